"""A Markdown table row read as a record: each cell with its column's header.

The index keeps a row as its cells ("Teresa Alvarez | Democratic | 48,977 | 48.2%"), cited by
its own line. Alone it does not say what 48,977 counts; read with the header row ("Candidate |
Party | Votes | Share") it does: "Candidate: Teresa Alvarez; Party: Democratic; Votes: 48,977;
Share: 48.2%." The other rows are other records, not context for this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import dates as dates_of
from .polarity import ASKING
from .synonyms import canon
from .tokens import stem

SEPARATOR = " | "


def cells(text: str) -> list[str]:
    """The cells of a table row as the index keeps it; [] for a sentence that is no row."""
    if SEPARATOR not in text:
        return []
    # (a cell's emphasis is no part of it: "**Citywide** | **334**")
    return [c.strip().strip("*_").strip() for c in text.split("|")]


def is_row(text: str) -> bool:
    return len(cells(text)) >= 2


def row_of(row: str, said: set[str], figures: bool = True) -> bool:
    """Whether a claim (``said``: its words' keys) is about a table row: it names what the
    row is about (its first cell: "Level 2", "Top deck"), or the row is the whole ("Total",
    "All levels") and the claim gives a figure (``figures``) for it to answer. Any other row
    is another record: "Level 1 | Fair | $0.4 million" is not the cost of the whole garage."""
    values = cells(row)
    if not values:
        return False
    return about(values[0], said) if figures else about(values[0], said, whole=False)


def about(key: str, said: set[str], whole: bool = True) -> bool:
    """Whether a claim (``said``: its words' keys) is about the row whose first cell is
    ``key``: it names most of its words ("Level 2", "Tamsin County rural fiber project" of
    "... project (grant BA-2026-017)") or of its first phrase, or the row is the whole
    ("Total")."""
    if _WHOLE.match(key):
        return whole
    # (the whole cell, or its first phrase, which names what the rest describes: '"Orchard
    # at Dusk," Teodor Nesbit, oil on canvas')
    plain = re.sub(r"\([^)]*\)", " ", key.lower())
    # (a rate's unit is how it is counted, not what: "Lunches per day" is about lunches)
    plain = re.sub(r"\s+per\s+[a-z]+\b", " ", plain)
    said = said | {canon(k) for k in said}  # ("died" names "deaths": one synonym group)
    for part in dict.fromkeys([plain, plain.split(",")[0]]):
        words = re.findall(r"[a-z0-9]+", part)
        keys = {canon(stem(w)) for w in words if w not in _KEY_STOPWORDS}
        if keys and len(keys & said) >= ABOUT_SHARE * len(keys):
            return True
    return False


#: The share of a row's first-cell words a claim names to be about that row.
ABOUT_SHARE = 2 / 3
_KEY_STOPWORDS = frozenset({"the", "of", "and", "a", "an", "in", "for", "to", "at", "on"})


# A row that sums the others: "Total", "All levels", "Overall".
_WHOLE = re.compile(
    # ("Citywide", "Statewide", "Countywide": the whole the rows are parts of)
    r"^\s*(?:total|all\b|overall|combined|grand total|[a-z]+wide\b)",
    re.IGNORECASE,
)


def is_whole(key: str) -> bool:
    """A row (or column) that sums the others: "Total", "All ages"."""
    return _WHOLE.match(key) is not None


def read_with_header(
    header: str, row: str, dates: tuple[dates_of.Date, ...] = (),
    ranks: dict[int, str] | None = None, caption: str = "", said: frozenset[str] = frozenset(),
    against: dict[int, str] | None = None,
) -> str:  # fmt: skip
    """The row as "Header: cell; ..." where the header has a name for each of its cells, each
    figure's header led by the row's first cell, what the row is about ("Violent crime
    change: -4%"); the row as it is where the two do not line up. A column's unit in brackets
    goes with its figures ("Toluene (ppb)": "38 ppb"), a lab's "ND" is "not detected", and
    where columns are dated ("July 8 | July 15") and the claim names one of their dates
    (``dates``), the other dates' cells are other records, left out. ``ranks``: a column's
    rank of the row's figure among the table's records, said in a part of its own ("Food
    service Workers: the largest, the highest"). Where a column is headed by its period alone
    ("2022 | 2024"), the ``caption`` says what its figures measure ("Table 2. Share of
    households that are food insecure, by town"), said with each one: "Carver Falls 2022:
    11.9% (share of households that are food insecure)"; so does a bare count's ("Table 4.
    Adult salmon counted ...": "2024 Chinook: 860 (adult salmon counted ...)"). Where the
    claim (``said``: its words' keys) names one of the figure columns ("Chinook" of "Year |
    Chinook | Coho"), the other figure columns are other measures, left out. ``against``: a
    column's figure against another row's the claim names ("North Shore Total: fewer than Old
    Town (137)")."""
    names, values = cells(header), cells(row)
    if len(names) != len(values) or len(values) < 2:
        return row
    key = values[0]
    # the row's label, its first cell with words, and its own unit in brackets, which goes
    # with its figures: "Average vehicle speed (mph) | 34 | 27" is "27 mph" in each column
    first = next((k for k, v in enumerate(values) if v.strip()), 0)
    row_unit = _UNIT.search(values[first])
    # (a row that names its own measure, "Measure | 2023 | 2024", needs no caption's)
    measure = "" if names[0].lower() in META_HEADERS else _measure(caption)
    # (a caption over rows of periods says what their bare figures count, "Adult salmon
    # counted ..., by year"; not one that names the columns' own measures, "Enrollment,
    # attendance and teachers who left", nor one over rows of things, which names them)
    listed = {stem(w) for w in re.findall(r"[a-z0-9]+", caption.lower())}
    counts = _PERIOD_ONLY.fullmatch(key.strip()) is not None and not any(
        about(n, listed, whole=False) for n in names[1:]
    )  # fmt: skip
    asked = any(ASKING.search(n) for n in names)
    kept = _dated_columns(names, dates) & _named_columns(names, values, said)
    within = part_columns(names)
    parts = []
    for i, (n, v) in enumerate(zip(names, values, strict=True)):
        if not v or i not in kept:
            continue
        if i in within:  # "Involving fentanyl" under "Overdose deaths": what it counts
            n = f"{names[within[i]]} {n[:1].lower()}{n[1:]}"
        n, v = _with_unit(n, _NOT_DETECTED.sub("not detected", v))
        if i > first and row_unit and _BARE_FIGURE.match(v):
            v = _with_unit(values[first], v)[1]
        if n and not (i == 0 and n.lower() in META_HEADERS):
            parts.append(_figure_cell(key, n, v, asked) if i and _FIGURE.search(v) else f"{n}: {v}")
            counted = _counted(measure) if counts and _BARE_COUNT.match(v) else ""
            if i and counted and parts[-1].endswith(f": {v}"):
                parts[-1] += f" {counted}"  # "2024 Chinook: 860 adult salmon counted ..."
            elif i and _FIGURE.search(v) and measure and _PERIOD_ONLY.fullmatch(n):
                parts[-1] += f" ({measure})"
            for said_of in (ranks, against):
                if said_of and i in said_of:
                    parts.append(f"{key} {n}: {said_of[i]}")  # (a clause of its own)
        else:
            parts.append(v)
    # (said where the claim says how the row changed: a figure's own claim reads the cells)
    change = _between_periods(names, values, first) if _says_a_change(said) else ""
    return "; ".join([*parts, *([change] if change else [])]) + "."


def _between_periods(names: list[str], values: list[str], first: int) -> str:
    """A row's change between the two columns of a before-and-after table, each headed by
    its period ("Measure | May-June 2025 | May-June 2026"), the later to the right: "Average
    vehicle speed fell from 34 mph in May-June 2025 to 27 mph in May-June 2026"; "" where
    the rows are things, not measures, the row has other cells than the two, or the columns
    are no two periods in order."""
    if names[first].split(",")[0].strip().lower() not in META_HEADERS:
        return ""  # (rows of things, "Town | 2022 | 2024": each row's figures are its own)
    cells_after = [i for i in range(first + 1, len(values)) if values[i].strip()]
    figures = [i for i in cells_after if _plain_figure(values[i]) is not None]
    years = [_YEAR.findall(names[i]) for i in figures]
    if (
        len(figures) != 2 or figures != cells_after
        or not all(len(y) == 1 for y in years) or years[0][0] >= years[1][0]
    ):  # fmt: skip
        return ""
    (a, b), label = figures, values[first]
    x, y = _plain_figure(values[a]), _plain_figure(values[b])
    if x is None or y is None or x == y:
        return ""
    bare, was = _with_unit(label, values[a].strip())
    now = _with_unit(label, values[b].strip())[1]
    return (
        f"{bare} {'rose' if y > x else 'fell'} from {was} in {names[a].strip()} to {now} in "
        f"{names[b].strip()}"
    )


def _says_a_change(said: frozenset[str]) -> bool:
    """Whether a claim's words (keys) say how a measure changed ("fell to 27 mph", "rose by
    half"): a verb of a change, either way, as quantities reads them. (Imported here: the
    module loads with the command line, quantities with a verify.)"""
    from . import quantities as qty

    return bool(said & (qty.RISING | qty.FALLING))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A column headed by a period alone: "2022", "2024-25", "FY 2026", "Q3 2025"
_PERIOD_ONLY = re.compile(r"(?:(?:FY|Q[1-4])\s*)?(?:19|20)\d\d(?:[-/\u2013](?:\d\d){1,2})?")
# a caption's label: "Table 2.", "Figure 3:"
_CAPTION_LABEL = re.compile(r"^\W*(?:table|figure|chart)\s+\w+\s*[.:]\s*", re.IGNORECASE)


def _measure(caption: str) -> str:
    """What a caption says its figures measure: its words before the first comma, less its
    label ("Table 2. Share of households that are food insecure, by town, 2022 and 2024" ->
    "share of households that are food insecure")."""
    label = _CAPTION_LABEL.match(caption)
    if label is None:
        return ""  # (a sentence before a table is no caption: "This bulletin reports ...")
    words = caption[label.end() :].split(",")[0].strip().rstrip(".:")
    return words[:1].lower() + words[1:] if words else ""


def _counted(measure: str) -> str:
    """What a caption's bare counts count ("adult salmon counted at the fish ladder" of
    "Table 4. Adult salmon counted ..."; "teachers who left" of "Number of teachers who
    left"); "" for a measure that is no count ("share of households ...", "median rent")."""
    words = _COUNT_OF.sub("", measure)
    return "" if not words or _NO_COUNT.match(words) else words


# a caption's words before what it counts; a caption's measure that is no count
_COUNT_OF = re.compile(r"^(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+", re.IGNORECASE)
_NO_COUNT = re.compile(
    r"^(?:share|percent(?:age)?|proportion|rate|ratio|average|mean|median|index|change|"
    r"growth|value|cost|price|amount|spending|revenue|income|level)\b",
    re.IGNORECASE,
)


def _dated_columns(names: list[str], dates: tuple[dates_of.Date, ...]) -> set[int]:
    """The columns read for a claim naming ``dates``: where some column's header gives one of
    them, not the columns whose header gives only other dates; else every column."""
    dated = {i: dates_of.extract(n) for i, n in enumerate(names) if i}
    dated = {i: ds for i, ds in dated.items() if ds}
    named = {
        i for i, ds in dated.items()
        if any(dates_of.comparable(c, d) and dates_of.agrees(c, d) for c in dates for d in ds)
    }  # fmt: skip
    if not named:
        return set(range(len(names)))
    return {i for i in range(len(names)) if i not in dated or i in named}


def _named_columns(names: list[str], values: list[str], said: frozenset[str]) -> set[int]:
    """The columns read for a claim (``said``: its words' keys) in a row of a period ("2024 |
    860 | 2,450"), whose columns are measures: where it names some of the figure columns
    ("Chinook salmon" of "Year | Chinook | Coho"), not the others; else every column."""
    if not _PERIOD_ONLY.fullmatch(values[0].strip()):
        return set(range(len(names)))
    figures = {i for i, v in enumerate(values) if i and _FIGURE.search(v)}
    named = {i for i in figures if about(names[i], set(said), whole=False)}
    if not named:
        return set(range(len(names)))
    # (a claim that names a part, "deaths involving fentanyl", is not about the whole's
    # figure, "Overdose deaths", whose words it also says)
    within = part_columns(names)
    named -= {within[i] for i in named if i in within}
    return {i for i in range(len(names)) if i not in figures or i in named}


def part_columns(names: list[str]) -> dict[int, int]:
    """The columns that count a part of the column before them, each with that column: a
    header that begins with what picks the part ("Year | Overdose deaths | Involving
    fentanyl": 2 -> 1; "With disabilities", "Of which online", "Including ...")."""
    within: dict[int, int] = {}
    for i, name in enumerate(names):
        if i < 2 or _PART_OF.match(name) is None:
            continue
        whole = next(j for j in range(i - 1, 0, -1) if j not in within or j == 1)
        within[i] = whole
    return within


# A column header that picks a part of the column before it
_PART_OF = re.compile(
    r"^\s*(?:involving|with|without|of\s+which|of\s+them|including|among\s+them|"
    r"due\s+to|caused\s+by|attributed\s+to)\b",
    re.IGNORECASE,
)


def _with_unit(name: str, value: str) -> tuple[str, str]:
    """A column's unit in brackets said with its bare figure: ("Toluene (ppb), July 8", "38")
    -> ("Toluene, July 8", "38 ppb"); ("Cost ($ million)", "4.2") -> ("Cost", "$4.2 million")."""
    m = _UNIT.search(name)
    if m is None or not _BARE_FIGURE.match(value):
        return name, value
    unit = m.group(1).strip()
    bare = (name[: m.start()] + name[m.end() :]).strip()
    if unit.startswith("$"):
        return bare, f"${value}{(' ' + unit[1:].strip()) if unit[1:].strip() else ''}"
    return bare, f"{value}{unit}" if unit == "%" else f"{value} {unit}"


# A unit in brackets in a column's header: "(ppb)", "(%)", "($ million)", "(mg/L)"; not a
# year or a note ("(2020)", "(see note 3)").
_UNIT = re.compile(
    r"\s*\(\s*(%|\$\s*(?:million|billion|thousand|m|bn)?|"
    r"(?!(?:est|approx|prov|provisional|revised|rev|note|notes|see|p|r|e|final|prelim|"
    r"preliminary|total|avg|average)\b)[A-Za-z][A-Za-z/µ.]{0,7})\s*\)",
    re.IGNORECASE,
)
_BARE_FIGURE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
# A laboratory's "not detected" (below what the method can measure)
_NOT_DETECTED = re.compile(r"^(?:ND|N\.D\.|n\.d\.)$")


def _figure_cell(key: str, name: str, value: str, asked: bool = False) -> str:
    """A figure's cell said of its row: "Violent crime Change: -4%"; a bare count in a row that
    names things counted ("Locations able to connect") is a count of them: "Reported at Sept.
    30: 410 locations able to connect". In a table of what was asked for and what was granted
    (``asked``), each figure is said in one clause with what it counts and its column: "84
    turbines applied for; 76 turbines (approved)" (one measure, asked for and granted). A
    period's bare count under a column that names what it counts counts that: "2024
    Heat-related deaths: 17 heat-related deaths"."""
    if (
        _BARE_COUNT.match(value) and _COUNTED.search(key) and not _PROPER.match(key)
        and not _PLANNED.search(name)
    ):  # fmt: skip
        return f"{name}: {value} {key[:1].lower()}{key[1:]}"
    if asked:
        # (a column of what was asked for says so in the figure's clause: "84 turbines applied
        # for"; the others in brackets, which no parse reads as a verb of the figure)
        column = name[:1].lower() + name[1:]
        column = column if ASKING.search(name) else f"({column})"
        if _BARE_COUNT.match(value):
            return f"{value} {key[:1].lower()}{key[1:]} {column}"
        return f"{key} {value} {column}"  # "Nameplate capacity 330 MW applied for"
    if (
        _BARE_COUNT.match(value) and _PERIOD_ONLY.fullmatch(key.strip())
        and _COUNTED.search(name.lower()) and not _NO_COUNT.match(name)
        and not _PLANNED.search(name)
    ):  # fmt: skip
        # a bare count in a period's row, under a column that names what it counts ("Year |
        # Heat-related deaths"): "2024 Heat-related deaths: 17 heat-related deaths" (a row of
        # things names what its counts count itself: "Retail | 7,400")
        return f"{key} {name}: {value} {name.lower()}"
    return f"{key} {name}: {value}"


# A first column's header that only says the column holds what each row is about ("Measure |
# Planned | Reported"): the row's first cell is read alone, not as "Measure: ...".
META_HEADERS = frozenset({"measure", "item", "indicator", "metric", "category", "description"})
# A column of plans, targets or estimates: its counts are not said as what there is.
_PLANNED = re.compile(
    r"\b(?:plan|planned|target|targets|goal|goals|budget|budgeted|forecast|projected|"
    r"projection|estimate|estimated|expected)\b",
    re.IGNORECASE,
)


_FIGURE = re.compile(r"\d")
_BARE_COUNT = re.compile(r"^\d[\d,]*$")
# a plural common noun ("Locations able to connect", "Licensed beds"), not a name's words
_COUNTED = re.compile(r"\b[A-Za-z][a-z]{2,}[^s\W]s\b")
_PROPER = re.compile(r"^(?:[A-Z][\w.'-]*\s*)+$")


#: A column's rank of a row among at least this many records (the total row not counted)
RANKED_MIN = 3
_RANKS = ("the smallest, the lowest", "the largest, the highest")
#: How a row's read says its rank, by the way it ranks ("most", "least")
RANK_SAID = {"least": _RANKS[0], "most": _RANKS[1]}


# A row that averages the others ("State average"): no record among them, as a total is not.
_AVERAGE = re.compile(r"\b(?:average|mean|median)\b", re.I)


def _not_a_record(key: str) -> bool:
    return _WHOLE.match(key) is not None or _AVERAGE.search(key) is not None


def ranks(header: str, row: str, rows: list[str]) -> dict[int, str]:
    """Column -> the row's rank where its figure is the largest or the smallest of the
    column's among the table's records ("Food service | 8,900" of four sectors: "the largest,
    the highest"); a row that sums the others ("Total") has none, and is none of the others."""
    names, values = cells(header), cells(row)
    if len(values) != len(names) or _not_a_record(values[0]):
        return {}
    table = [c for r in rows if len(c := cells(r)) == len(names) and not _not_a_record(c[0])]
    out: dict[int, str] = {}
    for i in range(1, len(names)):
        column = [_plain_figure(c[i]) for c in table]
        mine = _plain_figure(values[i])
        if mine is None or len(column) < RANKED_MIN or any(v is None for v in column):
            continue
        others = sorted(v for v in column if v is not None)
        if mine == others[-1] and others.count(mine) == 1:
            out[i] = _RANKS[1]
        elif mine == others[0] and others.count(mine) == 1:
            out[i] = _RANKS[0]
    return out


def compared(header: str, row: str, rows: list[str], claim: str) -> dict[int, str]:
    """Column -> the row's figure against another row's that a claim compares it with ("North
    Shore had more registrations than Old Town"): "fewer than Old Town (137)" of "North Shore
    | 71 | 22 | 93"; {} where the claim compares it with no other row of the table."""
    m = THAN_ROW.search(claim)
    names, values = cells(header), cells(row)
    if m is None or len(values) != len(names) or len(values) < 2:
        return {}
    said = {stem(w) for w in re.findall(r"[a-z0-9]+", m.group("other").lower())}
    others = [
        c for r in rows
        if len(c := cells(r)) == len(names) and c[0] != values[0] and not _not_a_record(c[0])
        and about(c[0], said, whole=False)
    ]  # fmt: skip
    if len(others) != 1:
        return {}
    other = others[0]
    out: dict[int, str] = {}
    for i in range(1, len(names)):
        mine, theirs = _plain_figure(values[i]), _plain_figure(other[i])
        if mine is None or theirs is None:
            continue
        how = "more than" if mine > theirs else "fewer than" if mine < theirs else "as many as"
        out[i] = f"{how} {other[0]} ({other[i]})"
    return out


# A comparison of one thing with another the claim names: "more registrations than Old Town"
THAN_ROW = re.compile(
    r"\b(?P<cmp>more|fewer|less)\b(?P<what>(?:\s+[\w'-]+){0,6}?)\s+than\s+"
    r"(?P<other>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
)


def _plain_figure(cell: str) -> float | None:
    """A cell's figure where the cell is one ("8,900", "71%", "$4.2", "-4%"), else None."""
    m = re.fullmatch(r"\s*[-\u2212]?\$?(\d[\d,]*(?:\.\d+)?)\s*%?\s*", cell)
    if m is None:
        return None
    value = float(m.group(1).replace(",", ""))
    return -value if cell.strip()[:1] in "-\u2212" else value


@dataclass(frozen=True)
class Category:
    """A row's cell in a column of a few values the rows choose from ("Condition": "Fair",
    "Poor", "Critical"): the row's value and the others it is not."""

    key: str  # what the row is about, its first cell ("Level 2")
    column: str
    value: str
    others: tuple[str, ...]


# A categorical cell: a few words, no figure.
_CATEGORY_CELL = re.compile(r"^[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,2}$")


def categories(header: str, row: str, rows: list[str]) -> tuple[Category, ...]:
    """The row's cells in the columns whose values are categories: every row of the table
    (``rows``) fills the column with a few words and no figure, and at least two values
    differ. The first column, what each row is about, is none."""
    names, values = cells(header), cells(row)
    table = [c for r in rows if len(c := cells(r)) == len(names)]
    if len(values) != len(names) or len(table) < 2:
        return ()
    out = []
    for i in range(1, len(names)):
        column = [c[i] for c in table if c[i]]
        distinct = list(dict.fromkeys(v.lower() for v in column))
        if (
            not names[i] or not values[i] or len(distinct) < 2
            or not all(_CATEGORY_CELL.match(v) for v in column)
        ):  # fmt: skip
            continue
        others = tuple(v for v in distinct if v != values[i].lower())
        out.append(Category(values[0], names[i], values[i], others))
    return tuple(out)
