"""A Markdown table row read as a record: each cell with its column's header.

The index keeps a row as its cells ("Teresa Alvarez | Democratic | 48,977 | 48.2%"), cited by
its own line. Alone it does not say what 48,977 counts; read with the header row ("Candidate |
Party | Votes | Share") it does: "Candidate: Teresa Alvarez; Party: Democratic; Votes: 48,977;
Share: 48.2%." The other rows are other records, not context for this one.
"""

from __future__ import annotations

import re

SEPARATOR = " | "


def cells(text: str) -> list[str]:
    """The cells of a table row as the index keeps it; [] for a sentence that is no row."""
    if SEPARATOR not in text:
        return []
    return [c.strip() for c in text.split("|")]


def is_row(text: str) -> bool:
    return len(cells(text)) >= 2


def read_with_header(header: str, row: str) -> str:
    """The row as "Header: cell; ..." where the header has a name for each of its cells, each
    figure's header led by the row's first cell, what the row is about ("Violent crime
    change: -4%"); the row as it is where the two do not line up."""
    names, values = cells(header), cells(row)
    if len(names) != len(values) or len(values) < 2:
        return row
    key = values[0]
    parts = [
        (f"{key} {n}: {v}" if i and _FIGURE.search(v) else f"{n}: {v}") if n else v
        for i, (n, v) in enumerate(zip(names, values, strict=True))
        if v
    ]  # fmt: skip
    return "; ".join(parts) + "."


_FIGURE = re.compile(r"\d")
