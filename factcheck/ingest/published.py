"""A document's publication date: where it was found and how it was written.

Sources, most trusted first: Markdown front matter, HTML meta tags (and JSON-LD, ``<time>``),
a dated header line near the top ("Sep 7,2020 09:28CST", "Friday, May 17, 2024",
"Published: July 26, 2023 — Shanghai"), a date in the file name, and PDF/DOCX properties. The
file's modification time is added by the indexer as a last resort and always shown as such.

Dates are parsed by dateparser (many languages and layouts); the candidates it is given are
cut out of short header lines first, so a body sentence ("by 2023, the titan ...") is never
read as the date of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ..models import DateSource, FoundDate
from .pieces import Block

#: Languages dateparser may read dates in (a fixed list: detection over all is slow and shaky).
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]
#: How far down a document a header date may stand.
HEADER_PIECES = 12
HEADER_MAX_CHARS = 90
SEGMENT_MAX_CHARS = 48

FRONT_MATTER_KEYS = (
    "date", "published", "pubdate", "publish_date", "published_at", "date_published",
    "publication_date", "created", "created_at",
)  # fmt: skip
META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
    "citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date",
    "article.published",
)  # fmt: skip

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_LABEL = re.compile(
    r"^(?:first\s+)?(?:published|posted|dated?|publication date|released|issued|filed)"
    r"(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
_NOT_PUBLISHED = re.compile(
    r"^(?:last\s+)?(?:updated|modified|edited|revised|accessed|retrieved|copyright|©)\b",
    re.IGNORECASE,
)
# (a byline's "by", not a deadline's: "to open by November 2026", "by Friday")
_SPLIT = re.compile(
    r"\s*(?:[|•·—–]|\s-\s|\bby\s+(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Tt]he\s+end)[a-z]*\b))\s*"
)
_FILE_DATE = re.compile(
    r"(?<![\dA-Za-z])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\dA-Za-z])"
)
_PLACE = re.compile(r"^[A-Z][\w.'\-]*(?:\s+(?:of\s+)?[A-Z][\w.'\-]*){0,4},\s+(?P<rest>.+)$")
_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")


@lru_cache(maxsize=1)
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=LANGUAGES,
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year", "month"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )


def parse_date(text: str) -> tuple[date, str] | None:
    """(date, precision) of a text that is a date and nothing else, or None.

    The date is the one written (a time zone does not move it to another day); precision is
    "day" or "month" ("September 2020"). Years outside 1800-2199 are refused.
    """
    text = " ".join(text.split())
    if not text or len(text) > 64 or not _YEAR.search(text):
        return None
    iso = _iso(text)
    if iso:
        return iso, "day"
    try:
        data = _parser().get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    when: datetime | None = data.date_obj
    if when is None or not 1800 <= when.year < 2200:
        return None
    precision = data.period if data.period in ("day", "month") else "day"
    if data.period == "time":
        precision = "day"
    return when.date(), precision


def _iso(text: str) -> date | None:
    """An ISO 8601 date or timestamp (the form meta tags and front matter use)."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def front_matter(text: str) -> list[tuple[str, str, int]]:
    """(key, value, line) of each ``key: value`` line of a Markdown YAML front matter block."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return []
    fields: list[tuple[str, str, int]] = []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if line in ("---", "..."):
            return fields
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields.append((key.strip(), value.strip().strip("'\""), number))
    return []  # never closed: not front matter


def front_matter_dates(fields: Iterable[tuple[str, str, int]]) -> list[FoundDate]:
    """Dates in front matter fields (``date: 2023-07-27``), the most telling key first."""
    return [
        found
        for key, value, line in _by_key_order(fields, FRONT_MATTER_KEYS)
        if (found := _found(value, DateSource.FRONT_MATTER, f"{key}: {value}", line))
    ]


def meta_dates(tags: Iterable[tuple[str, str, int]]) -> list[FoundDate]:
    """Dates from HTML meta tags, JSON-LD and <time> elements: (key, value, line) triples."""
    return [
        found
        for key, value, line in _by_key_order(tags, META_KEYS + ("time",))
        if (
            found := _found(value, DateSource.HEADER, value, line)
            if key == "time"
            else _found(value, DateSource.HTML_META, f"{key}={value}", line)
        )
    ]


def _by_key_order(
    fields: Iterable[tuple[str, str, int]], keys: Sequence[str]
) -> list[tuple[str, str, int]]:
    """The fields whose key is one of ``keys`` (any case), in the order of ``keys``."""
    wanted = [f for f in fields if f[0].lower() in keys]
    return sorted(wanted, key=lambda f: keys.index(f[0].lower()))


def _found(text: str, source: DateSource, shown: str, line: int | None) -> FoundDate | None:
    """A FoundDate if ``text`` parses as a date."""
    parsed = parse_date(text)
    if parsed is None:
        return None
    return FoundDate(value=parsed[0], precision=parsed[1], source=source, text=shown, line=line)


def header_dates(blocks: Sequence[Block]) -> list[FoundDate]:
    """Dates on short lines near the top that are (mostly) a date: a dateline or byline."""
    found: list[FoundDate] = []
    seen = 0
    for block in blocks:
        for piece in block:
            seen += 1
            if seen > HEADER_PIECES:
                return found
            line = _MARKUP.sub("", piece.text)
            if len(line) > HEADER_MAX_CHARS or not _YEAR.search(line) or _data_row(line):
                continue
            for segment in _SPLIT.split(line):
                segment = segment.strip(" ,;()[]")
                if _NOT_PUBLISHED.match(segment):
                    continue
                segment = _LABEL.sub("", segment)
                if len(segment) > SEGMENT_MAX_CHARS:
                    continue
                dated = _found(segment, DateSource.HEADER, piece.text.strip(), piece.line)
                placed = _PLACE.match(segment)
                if dated is None and placed is not None:
                    # a place-and-date line: "RENNICK, June 27, 2025", "Dunmore, October 8, 2026"
                    dated = _found(placed.group("rest"), DateSource.HEADER, piece.text.strip(),
                                   piece.line)  # fmt: skip
                if dated:
                    found.append(dated)
                    break
    return found


def _data_row(line: str) -> bool:
    """Whether a line is a table's row of figures ("2026 Q3 | 71% | 1,210"): its period is the
    row's, not the document's date."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return len(cells) >= 3 and any(_FIGURE_CELL.fullmatch(c) for c in cells)


_FIGURE_CELL = re.compile(r"[-+\u2212]?[$€£]?\d[\d,]*(?:\.\d+)?\s*(?:%|percent)?")


def file_name_dates(rel: str) -> list[FoundDate]:
    """A date written in the file name or its folders (2024-05-17, 20240517, 2024/05/17)."""
    name = rel.rsplit("/", 1)[-1]
    for text in (name, rel):
        for m in _FILE_DATE.finditer(text):
            try:
                value = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                continue
            return [FoundDate(value=value, source=DateSource.FILE_NAME, text=name)]
    folders = re.search(r"(?<!\d)((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/", rel)
    if folders:
        try:
            value = date(*(int(g) for g in folders.groups()))
        except ValueError:
            return []
        return [FoundDate(value=value, source=DateSource.FILE_NAME, text=rel)]
    return []


def property_date(value: datetime | None, name: str) -> list[FoundDate]:
    """A PDF or DOCX creation date from the file's properties."""
    if value is None or not 1800 <= value.year < 2200:
        return []
    return [
        FoundDate(value=value.date(), source=DateSource.PROPERTIES, text=f"{name} {value:%Y-%m-%d}")
    ]


def _agree(a: FoundDate, b: FoundDate) -> bool:
    """Two dates agree when they are equal at the coarser of their precisions."""
    n = {"year": 4, "month": 7, "day": 10}[min(a.precision, b.precision, key=_fineness)]
    return a.value.isoformat()[:n] == b.value.isoformat()[:n]


def _fineness(precision: str) -> int:
    return {"year": 0, "month": 1, "day": 2}[precision]


def publication_date(dates: Sequence[FoundDate]) -> tuple[FoundDate | None, list[FoundDate]]:
    """The date to go by (the most trusted source) and the dates that disagree with it.

    ``dates`` are ordered most trusted first. A file modification time is only chosen when
    nothing else was found; it and document properties never count as a conflict.
    """
    ranked = sorted(dates, key=lambda d: list(DateSource).index(d.source))
    if not ranked:
        return None, []
    chosen = ranked[0]
    soft = (DateSource.MTIME, DateSource.PROPERTIES)
    conflicts = [d for d in ranked[1:] if d.source not in soft and not _agree(d, chosen)]
    unique: list[FoundDate] = []
    for d in conflicts:
        if not any(_agree(d, u) for u in unique):
            unique.append(d)
    return chosen, unique


def conflict_note(path: str, chosen: FoundDate, others: Sequence[FoundDate]) -> str:
    """'a.md: dated 2020-09-08 by front matter 2: ..., but header line 6: ... says 2020-09-06'."""
    said = "; ".join(f"{d.how} says {d.shown}" for d in others)
    return f"{path}: dated {chosen.shown} by {chosen.how}, but {said}"
