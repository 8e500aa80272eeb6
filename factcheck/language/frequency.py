"""How often something is done: "every quarter", "monthly", "twice a year", "every two weeks".

A frequency is a measure of an act, like a figure: "must report every month" and "must report
every quarter" say two different duties. A rate of a quantity ("60 million gallons a year",
"$5 a month") is not a frequency: a figure right before it makes it the figure's unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# The length of each period in days.
PERIOD_DAYS = {
    "day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365,
    "decade": 3650,
}  # fmt: skip
ADVERB_DAYS = {
    "daily": 1, "weekly": 7, "fortnightly": 14, "monthly": 30, "quarterly": 91,
    "annually": 365, "yearly": 365,
}  # fmt: skip
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
          "twelve": 12, "other": 2}  # fmt: skip
TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}

_PERIOD = r"(?P<unit>day|week|fortnight|month|quarter|year|decade)s?"
FREQUENCY = re.compile(
    rf"\b(?:(?:every|each)\s+(?:(?P<count>\d+|{'|'.join(COUNTS)})\s+)?{_PERIOD}"
    rf"|(?P<times>{'|'.join(TIMES)})\s+(?:a|an|per|every|each)\s+{_PERIOD.replace('unit', 'unit2')}"
    rf"|(?P<adverb>{'|'.join(ADVERB_DAYS)})"
    r"|(?:on|every|each)\s+(?P<part>weekend|weekday)s?)\b",
    re.IGNORECASE,
)
# The part of a week an act is done on, as the mean days between acts: weekends are two days
# of seven, weekdays five ("open on weekends" is not "open every day").
WEEK_PART_DAYS = {"weekend": 7 / 2, "weekday": 7 / 5}
# a figure right before: "60 million gallons a year", "$300 monthly", "12 each month"
FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|percent|[a-z]+illion)?(?:\s+[a-z]+){0,2}\s*$")
# (how close two periods must be to be the same: "every 30 days" is monthly)
SAME_WITHIN = 0.15


@dataclass(frozen=True)
class Frequency:
    text: str
    start: int
    days: float  # the period between two acts, in days


@lru_cache(maxsize=4096)
def frequencies(text: str) -> tuple[Frequency, ...]:
    """The frequencies of acts a text states, not the units of its figures."""
    out = []
    for m in FREQUENCY.finditer(text):
        if FIGURE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        out.append(Frequency(m.group(0), m.start(), _days(m)))
    return tuple(out)


def _days(m: re.Match[str]) -> float:
    if m.group("part"):
        return WEEK_PART_DAYS[m.group("part").lower()]
    if m.group("adverb"):
        return float(ADVERB_DAYS[m.group("adverb").lower()])
    if m.group("times"):
        return PERIOD_DAYS[m.group("unit2").lower()] / TIMES[m.group("times").lower()]
    count = (m.group("count") or "1").lower()
    n = int(count) if count.isdigit() else COUNTS[count]
    return float(PERIOD_DAYS[m.group("unit").lower()] * n)


def same(a: Frequency, b: Frequency) -> bool:
    """Whether two frequencies name the same period ("monthly" and "every month")."""
    return abs(a.days - b.days) <= SAME_WITHIN * max(a.days, b.days)
