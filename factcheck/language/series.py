"""A table of periods read as a series: a claim that compares periods, against the column it
names.

A statistics table often gives each period a row ("| 2024 | 860 | 2,450 |"). A claim that
compares periods ("fewer Chinook in 2025 than in 2021", "fell by 12.5 percent from 2021 to
2025", "rose every year from 2021 to 2025", "peaked in 2024") is stated by no one row: its
column across the rows states it. ``read`` gives that column's figures for the claim's
periods as a sentence, with what they show, and whether the claim holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, quarters
from .table import about, cells, is_whole
from .tokens import tokenize

# The months a period may name before its year ("September 2024", "Sept. 2024")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A year, a school or fiscal year ("2021-22", "2024-2025"), a month of a year ("September
# 2024") or a quarter ("2024 Q3", "Q3 2024", "the third quarter of 2024") as a row's first
# cell or in a claim
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# (a quarter by its months, as a table's row may give it: "Oct-Dec 2025")
_SPAN = r"(?i:(?:jan|apr|jul|oct)[a-z]*\.?\s*[-\u2013]\s*(?:mar|jun|sep|dec)[a-z]*\.?)"
PERIOD = (
    rf"(?:(?:(?i:{_MONTH})\.?\s+)?(?:19|20)\d\d(?:[-/\u2013](?:\d\d){{1,2}}|\s*Q[1-4])?"
    rf"|Q[1-4]\s*(?:19|20)\d\d|(?i:{'|'.join(_QUARTERS)})\s+quarter\s+of\s+(?:19|20)\d\d"
    rf"|{_SPAN}\s+(?:19|20)\d\d)"
)
# A claim's one quarter of a year: "in the last quarter of 2025", "the third quarter of 2024"
ONE_QUARTER = re.compile(
    rf"\b(?P<p>(?:{'|'.join(_QUARTERS)}|last|final)\s+quarter\s+of\s+(?:19|20)\d\d"
    r"|Q[1-4]\s*(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PERIOD_CELL = re.compile(rf"\s*({PERIOD})\s*")
_NOTED = re.compile(rf"\s*{PERIOD}\s*\([^)]*\)\s*")
# a claim's period, after its words for a kind of year ("in the 2023-24 school year")
_YEAR_WORDS = r"(?:the\s+)?(?:(?:school|fiscal|calendar)\s+year\s+)?"

# The verbs of a change and the verb of the other way, in the same form.
_UP = {
    "rose": "fell", "risen": "fallen", "rise": "fall", "rises": "falls",
    "increased": "decreased", "increase": "decrease", "increases": "decreases",
    "grew": "shrank", "grown": "shrunk", "grow": "shrink", "grows": "shrinks",
    "climbed": "fell", "jumped": "fell", "went up": "went down", "gone up": "gone down",
}  # fmt: skip
_DOWN = {
    "fell": "rose", "fallen": "risen", "fall": "rise", "falls": "rises",
    "declined": "increased", "decline": "increase", "declines": "increases",
    "decreased": "increased", "decrease": "increase", "decreases": "increases",
    "dropped": "rose", "drop": "rise", "drops": "rises", "shrank": "grew", "shrunk": "grown",
    "went down": "went up", "gone down": "gone up",
}  # fmt: skip
_VERB = "|".join(sorted((re.escape(v) for v in {**_UP, **_DOWN}), key=len, reverse=True))
# Words that compare amounts, each way (rules.py reads them too)
MORE = ("more", "higher", "greater", "larger", "bigger")
LESS = ("fewer", "less", "lower", "smaller")

# "more Chinook were counted in 2025 than in 2021"
COMPARED = re.compile(
    rf"\b(?P<word>{'|'.join(MORE + LESS)})\b[^.;]*?"
    rf"\bin\s+{_YEAR_WORDS}(?P<a>{PERIOD})\s+than\s+(?:in\s+)?{_YEAR_WORDS}(?P<b>{PERIOD})\b",
    re.IGNORECASE,
)
# "fell by 12.5 percent from 2021 to 2025", "rose between 2024 and 2025"
CHANGED = re.compile(
    rf"\b(?P<word>{_VERB})\b(?:\s+(?:by\s+)?(?P<qualifier>more\s+than|less\s+than|over|under|"
    r"at\s+least|about|around|roughly|nearly|almost)?\s*(?:(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?P<percent>%|percent\b|per\s+cent\b))?|(?P<half>half)\b))?[^.;]*?"
    rf"\b(?:from|between)\s+{_YEAR_WORDS}(?P<a>{PERIOD})\s+(?:to|and|through|until)\s+"
    rf"{_YEAR_WORDS}(?P<b>{PERIOD})\b",
    re.IGNORECASE,
)
# "fell by 12.5 percent over the five years", "rose 8% over the past three years": the last
# so many periods of the table
OVER_YEARS = re.compile(
    rf"\b(?P<word>{_VERB})\b(?:\s+by\s+(?P<qualifier>more\s+than|less\s+than|over|under|"
    r"at\s+least|about|around|roughly|nearly|almost)?\s*(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?P<percent>%|percent\b|per\s+cent\b))?)?[^.;]*?"
    r"\bover\s+(?:the\s+)?(?:(?:past|last)\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+years\b",
    re.IGNORECASE,
)
_YEARS_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10}  # fmt: skip
# "rose every year since 2021"
SINCE = re.compile(
    rf"\b(?P<word>{_VERB})\b[^.;]*?\bsince\s+{_YEAR_WORDS}(?P<a>{PERIOD})\b", re.IGNORECASE
)
EVERY = re.compile(
    r"\b(?:every|each)\s+(?:(?:school|fiscal|calendar)\s+)?(?:year|quarter)\b|"
    r"\b(?:year\s+after\s+year|quarter\s+after\s+quarter)\b|"
    r"\bin\s+a\s+row\b",
    re.IGNORECASE,
)
# "peaked in 2024", "was highest in 2024", "the lowest ... in 2023"
PEAKED = re.compile(
    rf"\b(?P<word>peaked|highest|lowest)\b[^.;]*?\bin\s+{_YEAR_WORDS}(?P<p>{PERIOD})\b",
    re.IGNORECASE,
)
# ... "drew more visitors in 2023 than in any other year": the highest
ANY_OTHER = re.compile(
    rf"\b(?P<word>{'|'.join(MORE + LESS)})\b[^.;]*?\bin\s+{_YEAR_WORDS}(?P<p>{PERIOD})\s+"
    r"than\s+(?:in\s+)?any\s+other\s+year\b",
    re.IGNORECASE,
)
# "fell in both 2024 and 2025": each of the two periods against the one before it
IN_BOTH = re.compile(
    rf"\b(?P<word>{_VERB})\b\s+in\s+(?:both\s+|each\s+of\s+)(?P<a>{PERIOD})\s+and\s+"
    rf"(?:in\s+)?(?P<b>{PERIOD})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Point:
    period: str  # as the row gives it ("2021-22")
    value: float
    cell: str  # the figure as written ("1,240")


@dataclass(frozen=True)
class Trend:
    """What a table of periods says of a claim that compares them."""

    text: str  # the column's figures for the claim's periods, and what they show
    holds: bool
    word: str  # the claim's word the table settles ("fell", "Fewer", "peaked")
    reason: str


def is_period(cell: str) -> bool:
    """Whether a table row's first cell is a period of a series ("2024", "2021-22")."""
    return _PERIOD_CELL.fullmatch(cell) is not None


def claimed_periods(claim: str) -> list[str]:
    """The periods a claim compares, in the form a table's first cell gives them ("2024 Q3"
    for "the third quarter of 2024"): what to look for a table of periods by."""
    found = [
        m.group(g) for form in (COMPARED, CHANGED, SINCE, PEAKED, ANY_OTHER, IN_BOTH, ONE_QUARTER)
        for m in form.finditer(claim) for g in ("a", "b", "p") if g in m.groupdict()
    ]  # fmt: skip
    out = []
    for period in found:
        year = re.search(r"(?:19|20)\d\d", period)
        quarter = _quarter(period)
        out.append(f"{year.group()} Q{quarter}" if year and quarter else period)
    return list(dict.fromkeys(out))


def same_period(a: str, b: str) -> bool:
    """Whether two periods are one, however written ("2024 Q3", "the third quarter of 2024")."""
    return _key(a) == _key(b)


def read(claim: str, header: str, rows: list[str]) -> Trend | None:
    """The claim's comparison of periods against the column it names of a table whose rows
    are periods (``header`` and ``rows``: the table's lines, as the index keeps them); None
    where the claim compares no periods the table has, or names no one column."""
    names = cells(header)
    # (a row that sums the others is no period; a period with a note, "2025 (to Sept. 30)",
    # is part of one, set aside)
    table = [c for r in rows if len(c := cells(r)) == len(names) and not is_whole(c[0])]
    if not all(_PERIOD_CELL.fullmatch(c[0]) or _NOTED.fullmatch(c[0]) for c in table):
        return None
    table = [c for c in table if _PERIOD_CELL.fullmatch(c[0])]
    if len(names) < 2 or len(table) < 2:
        return None
    column = _column(claim, names, table)
    if column is None:
        return None
    points = sorted(
        (Point(c[0].strip(), v, c[column].strip()) for c in table
         if (v := _figure(c[column])) is not None),
        key=lambda p: _start(p.period),
    )  # fmt: skip
    if len(points) != len(table):
        return None
    measure = names[column]
    percent = any("%" in p.cell for p in points) or "%" in measure
    return (
        _compared(claim, measure, points) or _in_both(claim, measure, points)
        or _changed(claim, measure, points, percent) or _peaked(claim, measure, points)
    )  # fmt: skip


def _column(claim: str, names: list[str], table: list[list[str]]) -> int | None:
    """The figure column the claim names ("Coho counts" of "Year | Chinook | Coho"), or the
    only one in the currency of the claim's sum ("peaked in 2023 at $265,000" of "Year |
    Payments | Amount"); where it names none, the one that sums the others ("All ages"), or
    the only one."""
    said = {t.key for t in tokenize(claim)}
    figures = [i for i in range(1, len(names)) if all(_figure(c[i]) is not None for c in table)]
    money = [i for i in figures if all("$" in c[i] for c in table)]
    if "$" in claim and len(money) == 1:
        return money[0]
    named = [i for i in figures if about(names[i], said, whole=False)]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    whole = [i for i in figures if is_whole(names[i])]
    if len(whole) == 1:
        return whole[0]
    return figures[0] if len(figures) == 1 else None


def _figure(cell: str) -> float | None:
    m = re.fullmatch(r"\s*([-\u2212]?)\$?(\d[\d,]*(?:\.\d+)?)\s*%?\s*", cell)
    if m is None:
        return None
    value = float(m.group(2).replace(",", ""))
    return -value if m.group(1) else value


def _month(period: str) -> int:
    """The month a period names before its year ("Sept. 2024": 9), or 0."""
    m = re.match(rf"\s*({_MONTH})\b", period, re.IGNORECASE)
    return MONTHS[m.group(1).lower()] if m else 0


def _quarter(period: str) -> int:
    """The quarter a period names ("2024 Q3", "the third quarter of 2024", "Jul-Sep 2024":
    3), or 0."""
    m = re.search(rf"\bQ([1-4])\b|\b({'|'.join(_QUARTERS)})\s+quarter\b", period, re.I)
    if m is None:
        return next((n for n, _, _ in quarters(period)), 0)
    return int(m.group(1)) if m.group(1) else _QUARTERS[m.group(2).lower()]


def _start(period: str) -> int:
    year = re.search(r"(?:19|20)\d\d", period)
    quarter = _quarter(period)
    month = 3 * quarter - 2 if quarter else _month(period)
    return (int(year.group()) if year else 0) * 100 + month


def _key(period: str) -> tuple[int, int | None]:
    """A period's years, written either way ("2021-22" and "2021-2022" are one); a month's
    year and month ("Sept. 2024" and "September 2024" are one); a quarter's year and quarter
    ("2024 Q3" and "the third quarter of 2024")."""
    if quarter := _quarter(period):
        return _start(period) // 100, 200 + quarter
    month = _month(period)
    if month:
        return _start(period) // 100, 100 + month
    parts = re.split(r"[-/\u2013]", period)
    return int(parts[0]), (int(parts[1][-2:]) if len(parts) > 1 else None)


def _at(points: list[Point], period: str) -> int | None:
    return next((i for i, p in enumerate(points) if _key(p.period) == _key(period)), None)


def _listed(measure: str, points: list[Point]) -> str:
    return f"{measure}: " + "; ".join(f"{p.cell} in {p.period}" for p in points) + "."


def _compared(claim: str, measure: str, points: list[Point]) -> Trend | None:
    m = COMPARED.search(claim)
    if m is None:
        return None
    a, b = _at(points, m.group("a")), _at(points, m.group("b"))
    if a is None or b is None or a == b:
        return None
    first, second = points[a], points[b]
    more = m.group("word").lower() in MORE
    holds = first.value > second.value if more else first.value < second.value
    way = "more" if first.value > second.value else "less" if first.value < second.value else "same"
    reason = (
        f"table: {measure} {first.cell} in {first.period} against {second.cell} in "
        f"{second.period} ({way})"
    )
    return Trend(_listed(measure, [first, second]), holds, m.group("word"), reason)


def _changed(claim: str, measure: str, points: list[Point], percent: bool) -> Trend | None:
    """A change between two periods ("fell by 12.5 percent from 2021 to 2025"), or in each
    period of a span ("rose every year from 2021 to 2025", "... since 2021")."""
    every = EVERY.search(claim) is not None
    m = CHANGED.search(claim) or (SINCE.search(claim) if every else None)
    over = OVER_YEARS.search(claim) if m is None else None
    if over is not None:
        # the last so many periods ("over the five years": the table's five rows)
        m, n = over, _YEARS_IN_WORDS.get(over.group("n").lower()) or int(over.group("n"))
        a, b = (len(points) - n, len(points) - 1) if 1 < n <= len(points) else (None, None)
    elif m is None:
        return None
    else:
        a = _at(points, m.group("a"))
        b = _at(points, m.group("b")) if "b" in m.groupdict() else len(points) - 1
    if a is None or b is None or a >= b:
        return None
    word = m.group("word")
    up = word.lower() in _UP
    other = (_UP if up else _DOWN)[word.lower()]
    span = points[a : b + 1]
    if every:
        return _every(measure, span, word, other, up)
    first, last = points[a], points[b]
    went_up, went_down = last.value > first.value, last.value < first.value
    holds = went_up if up else went_down
    said = word if holds else other if (went_up or went_down) else f"did not {word}"
    amount = m.group("amount") if "amount" in m.groupdict() else None
    # ("rose by more than half": by more than 50 percent)
    half = "half" in m.groupdict() and m.group("half") is not None
    amount = "50" if half else amount
    by = ""
    if amount is not None and holds:
        if percent or not (m.group("percent") or half) or first.value == 0:
            return None  # (a share's change is in points; a count's by a count: not read)
        change = abs(last.value - first.value) / first.value * 100
        holds = _as_said(change, amount, m.group("qualifier") or "")
        by = f" by {change:.1f} percent"
    reason = (
        f"table: {measure} {first.cell} in {first.period}, {last.cell} in {last.period}: {said}{by}"
    )
    # (the span as the claim gives it, too: "over five years")
    over_said = f" over {over.group('n')} years" if over is not None else ""
    text = (
        f"{_listed(measure, [first, last])} {measure} {said}{by} from {first.period} to "
        f"{last.period}{over_said}."
    )
    return Trend(text, holds, word, reason)


def _in_both(claim: str, measure: str, points: list[Point]) -> Trend | None:
    """A change in each of two periods ("fell in both 2024 and 2025"): each against the
    period before it."""
    m = IN_BOTH.search(claim)
    if m is None:
        return None
    a, b = _at(points, m.group("a")), _at(points, m.group("b"))
    if a is None or b is None or not 0 < a < b:
        return None
    word = m.group("word")
    up = word.lower() in _UP
    other = (_UP if up else _DOWN)[word.lower()]
    if b == a + 1:
        return _every(measure, points[a - 1 : b + 1], word, other, up)
    first = _every(measure, points[a - 1 : a + 1], word, other, up)
    return first if not first.holds else _every(measure, points[b - 1 : b + 1], word, other, up)


def _every(measure: str, span: list[Point], word: str, other: str, up: bool) -> Trend:
    """Each period against the one before it: the claim holds where every one went its way."""
    for before, after in zip(span, span[1:], strict=False):
        if (after.value > before.value) if up else (after.value < before.value):
            continue
        said = other if after.value != before.value else f"did not {word}"
        reason = (
            f"table: {measure} {before.cell} in {before.period}, {after.cell} in "
            f"{after.period}: {said}"
        )
        text = f"{_listed(measure, span)} {measure} {said} from {before.period} to {after.period}."
        return Trend(text, False, word, reason)
    first, last = span[0], span[-1]
    grain = "quarter" if _quarter(first.period) else "month" if _month(first.period) else "year"
    reason = f"table: {measure} {word} in each {grain} from {first.period} to {last.period}"
    text = (
        f"{_listed(measure, span)} {measure} {word} every {grain} from {first.period} to "
        f"{last.period}."
    )
    return Trend(text, True, word, reason)


def _as_said(change: float, amount: str, qualifier: str) -> bool:
    """A percent change read as the claim says it: "more than 40", "about 12", "12.5" (to its
    last digit)."""
    n = float(amount.replace(",", ""))
    q = " ".join(qualifier.lower().split())
    if q in ("more than", "over"):
        return change > n
    if q == "at least":
        return change >= n
    if q in ("less than", "under"):
        return change < n
    if q in ("nearly", "almost"):
        return 0.9 * n <= change <= n
    if q:
        return abs(change - n) <= 0.1 * n
    decimals = len(amount.split(".")[1]) if "." in amount else 0
    return round(change, decimals) == n


def _peaked(claim: str, measure: str, points: list[Point]) -> Trend | None:
    """The period a column was highest (or lowest) in, of the claim's span or the table's."""
    m = PEAKED.search(claim) or ANY_OTHER.search(claim)
    if m is None:
        return None
    span = points
    within = CHANGED.search(claim) or re.search(
        rf"\bfrom\s+(?P<a>{PERIOD})\s+(?:to|through)\s+(?P<b>{PERIOD})\b", claim
    )
    if within is not None:
        a, b = _at(points, within.group("a")), _at(points, within.group("b"))
        if a is None or b is None or a >= b:
            return None
        span = points[a : b + 1]
    at = _at(span, m.group("p"))
    if at is None:
        return None
    low = m.group("word").lower() in ("lowest", *LESS)
    best = (min if low else max)(p.value for p in span)
    holds = span[at].value == best and [p.value for p in span].count(best) == 1
    top = next(p for p in span if p.value == best)
    peaked = m.group("word").lower() == "peaked"
    said = "was lowest" if low else "peaked" if peaked else "was highest"
    reason = (
        f"table: {measure} {said} in {top.period} ({top.cell}) of {span[0].period} to "
        f"{span[-1].period}"
    )
    text = f"{_listed(measure, span)} {measure} {said} in {top.period} at {top.cell}."
    return Trend(text, holds, m.group("word"), reason)
