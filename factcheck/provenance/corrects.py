"""Which story a correction corrects: the one its opening names by its date ("An article on
Oct. 22 about the transit board's fare vote ...", "A March 12 article about ...").

A correction rarely repeats the names its story gave: "It will rise from $80 to $88, not $90"
is about the Dunmore Regional Transit Authority's monthly pass because the story of Oct. 22,
whose lead names the authority, is. The correction is read with that story's headline and
lead, as a reader of the paper reads it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language import dates as dates_mod
from ..language.tokens import WEEKDAYS

# "An article on Oct. 22", "A March 12 article", "a story published Sept. 3", "Tuesday's
# story (Oct. 22)": the date within a few words of the noun for a story.
_STORY = re.compile(r"\b(?:article|story|report|headline|caption|item|column)\b", re.IGNORECASE)
NEAR = 30  # characters from the story's noun to its date after it ("article on Oct. 22")
AFTER = 12  # ... and from a date to the noun right after it ("March 12 article")


def corrected_date(opening: str, published: dt.date | None) -> dt.date | None:
    """The publication date of the story a correction's ``opening`` names, its year from the
    correction's own date (``published``) where the opening gives none; None when the opening
    names no story by a full day."""
    for found in dates_mod.extract(opening):
        if found.month is None or found.day is None:
            continue
        # on the date's own line: the noun before it ("An article on Oct. 22") or right
        # after it ("A March 12 article"), not the correction's own dateline above
        line_start = opening.rfind("\n", 0, found.start) + 1
        line_end = opening.find("\n", found.end)
        before = opening[max(line_start, found.start - NEAR) : found.start]
        after = opening[
            found.end : min(found.end + AFTER, len(opening) if line_end < 0 else line_end)
        ]
        if not (_STORY.search(before) or _STORY.match(after.strip())):
            continue
        year = found.year or (published.year if published is not None else None)
        if year is None:
            return None
        try:
            day = dt.date(year, found.month, found.day)
        except ValueError:
            return None
        if found.year is None and published is not None and day > published:
            day = day.replace(year=year - 1)  # "A Dec. 30 story" corrected on Jan. 4
        return day
    return _by_weekday(opening, published)


# "A story on Tuesday about ...", "Tuesday's article": the story by the day of its week
_DAYS = "|".join(sorted(WEEKDAYS))
_STORY_ON_DAY = re.compile(
    rf"\b(?:article|story|report|column)\s+(?:published\s+)?(?:on\s+)?(?P<a>{_DAYS})\b"
    rf"|\b(?P<b>{_DAYS})(?:'s|\u2019s)\s+(?:article|story|report|column)\b",
    re.IGNORECASE,
)


def _by_weekday(opening: str, published: dt.date | None) -> dt.date | None:
    """The day a correction names its story by the day of the week ("A story on Tuesday"):
    the last such day before the correction's own date, within the week before it."""
    m = _STORY_ON_DAY.search(opening)
    if m is None or published is None:
        return None
    return dates_mod.weekday_back(published, m.group("a") or m.group("b"), before=True)
