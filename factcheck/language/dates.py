"""Dates in a sentence (full dates, month and year, bare years) and whether two agree.

A claim agrees with a source date when every part both of them state is equal: "in July 2023"
agrees with "on July 26, 2023", "in 2023" with either; "on July 26, 2023" conflicts with
"in 2021". A less specific source ("in 2023" for a claim of "July 26, 2023") agrees weakly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta as _timedelta

from .tokens import Token, is_content, tokenize

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
_month = "|".join(sorted(MONTHS, key=len, reverse=True))
_year = r"(?:1[89]\d\d|20\d\d|2100)"
_full_month = "|".join(m for m in MONTHS if len(m) > 3)  # a month alone: "in early September"
# A season of a year ("spring 2026", "the fall of 2026"): its months. A season word without a
# year is not read ("fall" and "spring" are also verbs and nouns).
SEASONS = {
    "spring": frozenset({3, 4, 5}), "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}), "fall": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
}  # fmt: skip
_season = "|".join(SEASONS)
DATE = re.compile(
    rf"(?P<iso>(?P<iy>{_year})-(?P<im>0?[1-9]|1[0-2])-(?P<id>0?[1-9]|[12]\d|3[01]))\b"
    rf"|\b(?P<md>(?P<m1>{_month})\.?\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    rf"(?:,?\s*(?P<y1>{_year})\b)?)"
    rf"|\b(?P<dm>(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_month})\b\.?"
    rf"(?:,?\s+(?P<y2>{_year})\b)?)"
    rf"|\b(?P<my>(?P<m3>{_month})\.?,?\s+(?:of\s+)?(?P<y3>{_year})\b)"
    rf"|\b(?P<sn>(?P<season>{_season})\s+(?:of\s+)?(?P<y4>{_year})\b)"
    rf"|\b(?P<mo>{_full_month})\b"
    # "May" alone only after a word that takes a month ("in May"): "may" is also a verb (not
    # where a day or a year follows: "through May 14, 2026" is a date in full)
    r"|\b(?:in|since|until|by|from|through|during|early|late|mid|last|next|this)[\s-]+(?P<may>May)\b"
    r"(?!\.?\s+(?:[12]\d|3[01]|0?[1-9])\b|,?\s+(?:19|20)\d\d\b)"
    rf"|(?<![\d,.$€£¥])(?:(?<=[Mm]id-)|(?<!-))\b(?P<y>{_year})\b(?![,.]?\d)(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
CONTEXT_WINDOW = 6
# the end of a span of years after its first ("2021-2025"; "2024-25" is one school year)
YEAR_SPAN = re.compile(r"\s*[-\u2013]\s*((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int | None
    day: int | None
    text: str
    start: int
    end: int
    context: frozenset[str]
    season: str | None = None  # "spring" of "spring 2026": a span of months, no month

    def describe(self) -> str:
        parts = []
        if self.season:
            parts.append(self.season)
        if self.month:
            parts.append(MONTH_NAMES[self.month] + (f" {self.day}" if self.day else ""))
        if self.year:
            parts.append(str(self.year))
        return ", ".join(parts) if self.day and self.year else " ".join(parts)


def extract(sentence: str, tokens: list[Token] | None = None) -> list[Date]:
    tokens = tokens if tokens is not None else tokenize(sentence)
    found = []
    for m in DATE.finditer(sentence):
        g = m.groupdict()
        if g["iso"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["md"]:
            y, mo, d = _int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"])
        elif g["dm"]:
            y, mo, d = _int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"])
        elif g["my"]:
            y, mo, d = int(g["y3"]), MONTHS[g["m3"].lower()], None
        elif g["sn"]:
            found.append(
                Date(int(g["y4"]), None, None, m.group().strip(), m.start(), m.end(),
                     _context(tokens, m.start(), m.end()), season=g["season"].lower())
            )  # fmt: skip
            continue
        elif g["may"]:
            if not g["may"][0].isupper():
                continue
            found.append(Date(None, 5, None, "May", m.start("may"), m.end("may"),
                              _context(tokens, m.start("may"), m.end("may"))))  # fmt: skip
            continue
        elif g["mo"]:
            # A month alone, capitalized ("May" is left out: it is also a verb).
            if not g["mo"][0].isupper():
                continue
            y, mo, d = None, MONTHS[g["mo"].lower()], None
        else:
            if counts(sentence, m.start(), m.end()):
                continue  # "would create 2000 jobs": a count, not a year
            y, mo, d = int(g["y"]), None, None
            span = YEAR_SPAN.match(sentence, m.end())
            if span is not None and int(span.group(1)) > y + 1:
                continue  # "drowning deaths, 2021-2025": years of a span, none its date
        # "may" and "march" are also words: a month needs a capital letter.
        text = m.group().strip()
        if mo and not (g["iso"] or _month_capitalized(text)):
            if g["y"] is None and y is None:
                continue
            if not _month_capitalized(text):
                mo, d = None, None
                if y is None:
                    continue
        found.append(Date(y, mo, d, text, m.start(), m.end(), _context(tokens, m.start(), m.end())))
    return found + _that_day(sentence, tokens, found) + _era_years(sentence, tokens, found)


# A year of an era: "14 AD", "AD 14", "44 BC", "681 BCE" (a year before the era is negative).
ERA_YEAR = re.compile(
    r"\b(?:(?P<n>\d{1,4})\s*(?P<era>AD|CE|BC|BCE|A\.D\.|B\.C\.)|(?:AD|A\.D\.)\s*(?P<ad>\d{1,4}))"
    r"(?![\w])"
)


def _era_years(sentence: str, tokens: list[Token], found: list[Date]) -> list[Date]:
    taken = [(d.start, d.end) for d in found]
    out = []
    for m in ERA_YEAR.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = (m["era"] or "").replace(".", "").upper() in ("BC", "BCE")
        year = -int(m["n"]) if before else int(m["n"] or m["ad"])
        out.append(Date(year, None, None, m.group(), m.start(), m.end(),
                        _context(tokens, m.start(), m.end())))  # fmt: skip
    return out


# A day named again by reference: "by 11 p.m. that day", "later the same day".
THAT_DAY = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+day\b", re.IGNORECASE)


def _that_day(sentence: str, tokens: list[Token], found: list[Date]) -> list[Date]:
    """ "that day" is the day the sentence named last before it ("by 6 a.m. on July 11 and
    ... by 11 p.m. that day": July 11)."""
    out = []
    for m in THAT_DAY.finditer(sentence):
        named = [d for d in found if d.day is not None and d.end <= m.start()]
        if named:
            d = named[-1]
            out.append(Date(d.year, d.month, d.day, m.group(), m.start(), m.end(),
                            _context(tokens, m.start(), m.end())))  # fmt: skip
    return out


# A dateline: "KESTREL BAY, Oct. 2 - " or "LINDEN, May 4, 2025 — " opening a story's first
# sentence, its weekday sometimes named ("RIVERMONT, Wednesday, Sept. 16, 2026 — "). Its
# date is when the story was filed, not when anything in it happened.
DATELINE_BEFORE = re.compile(
    r"(?:^|\s)[A-Z]{2}[A-Z.'-]*(?:\s+[A-Z][A-Z.'-]+)*,\s*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*)?$"
)
DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?[-\u2014\u2013]")


# A release's header before its date: "PARKS DEPARTMENT — FOR IMMEDIATE RELEASE — May 14, 2025"
RELEASE_BEFORE = re.compile(
    r"\b(?:FOR\s+IMMEDIATE\s+RELEASE|(?:NEWS|PRESS|MEDIA)\s+RELEASE)\s*[-\u2014\u2013:,|]?\s*$"
)


def in_dateline(sentence: str, d: Date) -> bool:
    """Whether ``d`` is a dateline's date ("KESTREL BAY, Oct. 20 - A survey ..."), or a
    release header's ("FOR IMMEDIATE RELEASE — May 14, 2025"): when it was issued."""
    return bool(
        DATELINE_BEFORE.search(sentence[: d.start])
        and DATELINE_AFTER.match(sentence[d.end :])
        or RELEASE_BEFORE.search(sentence[: d.start])
    )


# The plural noun after a number that makes it a count ("2000 jobs", "1900 homes"), unless a
# word of time or a month stands before it ("in 2000", "May 2000").
COUNTED_AFTER = re.compile(r"^\s+(?:[A-Za-z][a-z]+\s+)?[a-z]{3,}s\b")


_WEEKDAY_NUMBER = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# a weekday a story reports something on: "on Monday", "late Saturday", "Monday night";
# never "next Monday" nor "this coming Friday" (what is due)
_REPORTED_WEEKDAY = re.compile(
    r"(?<!next )(?<!coming )(?<!following )\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)


def weekday_back(day: _date, weekday: str, before: bool = False) -> _date:
    """The last ``weekday`` ("Monday") on or before ``day`` (strictly before it, ``before``):
    "on Monday" of a story filed Wednesday, March 4 is March 2."""
    back = (day.weekday() - _WEEKDAY_NUMBER[weekday.lower()]) % 7
    return day - _timedelta(days=back or (7 if before else 0))


def reported_days(sentence: str, filed: list[Date]) -> list[Date]:
    """The dates a story's weekdays stand for, counted back from its dateline ("on Monday"
    in a story filed Wednesday, March 4, 2026 is March 2): the newsroom's convention for
    what has happened."""
    dated = [d for d in filed if d.year and d.month and d.day]
    if not dated:
        return []
    try:
        day = _date(dated[0].year, dated[0].month, dated[0].day)  # type: ignore[arg-type]
    except ValueError:
        return []
    out = []
    for m in _REPORTED_WEEKDAY.finditer(sentence):
        if m.start() < dated[0].end:
            continue
        when = weekday_back(day, m.group("day"))
        out.append(
            Date(when.year, when.month, when.day, f"{m.group('day')} ({when:%b} {when.day})",
                 m.start(), m.end(), dated[0].context)
        )  # fmt: skip
    return out


def counts(sentence: str, start: int, end: int) -> bool:
    """Whether a year-like number counts things: followed by a plural noun ("2000 jobs",
    "1900 new homes") and not after a word of time or a month ("in 2000", "May 2000")."""
    if not COUNTED_AFTER.match(sentence[end:]):
        return False
    word = re.search(r"([A-Za-z]+)\.?\s*$", sentence[:start])
    low = word.group(1).lower() if word else ""
    # (after a possessive, a year says whose and which: "its 2024 response times", "the
    # county's 2025 budget figures"; a count that large would be written "2,024")
    owned = low in _POSSESSIVES or re.search(r"['\u2019]s\s*$", sentence[:start]) is not None
    return not (low in MONTHS or low in _TIME_WORDS or owned)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your", "whose"})


_TIME_WORDS = frozenset([
    "in", "since", "by", "until", "till", "from", "of", "during", "for", "before", "after", "to",
    "between", "and", "through", "early", "late", "mid", "year", "fiscal", "spring", "summer",
    "autumn", "fall", "winter", "the",
])  # fmt: skip


def _month_capitalized(text: str) -> bool:
    return any(w[:1].isupper() and w.lower().rstrip(".") in MONTHS for w in text.split())


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _context(tokens: list[Token], start: int, end: int) -> frozenset[str]:
    before = [t for t in tokens if t.end <= start][-CONTEXT_WINDOW:]
    after = [t for t in tokens if t.start >= end][:CONTEXT_WINDOW]
    return frozenset(
        t.key for t in before + after if is_content(t) and t.lower.rstrip(".") not in MONTHS
    )


def agrees(claim: Date, source: Date) -> bool:
    """Every part stated by both is equal; a month agrees with a season that holds it."""
    if claim.season or source.season:
        if claim.year and source.year and claim.year != source.year:
            return False
        months = [SEASONS[x.season] for x in (claim, source) if x.season]
        if len(months) == 2:
            return months[0] == months[1]
        month = claim.month or source.month
        return month is None or month in months[0]
    return all(
        a is None or b is None or a == b
        for a, b in (
            (claim.year, source.year),
            (claim.month, source.month),
            (claim.day, source.day),
        )
    )


def comparable(claim: Date, source: Date) -> bool:
    """They state at least one part in common (a year, or a month)."""
    return bool((claim.year and source.year) or (claim.month and source.month))


def less_specific(claim: Date, source: Date) -> bool:
    """The source leaves out a part the claim states (weaker support)."""
    if claim.season and not (source.season or source.month):
        return True
    return any(
        a is not None and b is None
        for a, b in (
            (claim.year, source.year),
            (claim.month, source.month),
            (claim.day, source.day),
        )
    )


# A fiscal or calendar quarter, as a claim names it ("second-quarter revenue", "Q2") and as a
# results story does ("in the three months to June 30", "the quarter ended March 31").
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTER_NAMED = re.compile(r"\b(?P<nth>first|second|third|fourth)[-\s]quarter\b|\bQ(?P<q>[1-4])\b",
                           re.IGNORECASE)  # fmt: skip
QUARTER_ENDING = re.compile(
    rf"\b(?:three|3)[-\s]months?\s+(?:to|ended|ending|through)\s+(?P<m>{_full_month})\b"
    rf"|\bquarter\s+(?:ended|ending|through|to)\s+(?P<m2>{_full_month})\b",
    re.IGNORECASE,
)


# A quarter by its first and last months ("Oct-Dec 2025", "October to December"), or as the
# last of a year's ("the last quarter of 2025")
QUARTER_MONTHS = re.compile(
    r"\b(?P<a>jan|apr|jul|oct)[a-z]*\.?\s*(?:[-\u2013]|\s+(?:to|through)\s+)\s*"
    r"(?P<b>mar|jun|sep|dec)[a-z]*\b\.?|\b(?:the\s+)?(?P<last>last|final)\s+quarter\s+of\b",
    re.IGNORECASE,
)
_FIRST_MONTHS = {"jan": 1, "apr": 2, "jul": 3, "oct": 4}
_LAST_MONTHS = {"mar": 1, "jun": 2, "sep": 3, "dec": 4}


def quarters(text: str) -> list[tuple[int, int, int]]:
    """Each quarter ``text`` names: (quarter, start, end), "second-quarter" and "Q2" by name,
    "the three months to June 30" by the month it ends with (a calendar quarter: a month
    that ends one), "Oct-Dec" by its months and "the last quarter of 2025" as the fourth."""
    out = []
    for m in QUARTER_NAMED.finditer(text):
        n = _ORDINAL_QUARTER[m.group("nth").lower()] if m.group("nth") else int(m.group("q"))
        out.append((n, m.start(), m.end()))
    for m in QUARTER_MONTHS.finditer(text):
        if m.group("last"):
            out.append((4, m.start(), m.end()))
        elif _FIRST_MONTHS[m.group("a").lower()] == _LAST_MONTHS[m.group("b").lower()]:
            out.append((_FIRST_MONTHS[m.group("a").lower()], m.start(), m.end()))
    for m in QUARTER_ENDING.finditer(text):
        month = MONTHS[(m.group("m") or m.group("m2")).lower()]
        if month % 3 == 0:
            out.append((month // 3, m.start(), m.end()))
    return out
