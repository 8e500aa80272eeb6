"""Words that say the same thing in news copy (``data/synonyms.tsv``), matched on stems."""

from __future__ import annotations

from functools import cache

from . import lexicon
from .tokens import stem


@cache
def groups() -> dict[str, str]:
    """Stem -> the stem of its group's first word (groups do not overlap), so that "plunged"
    and "fell" compare equal."""
    table: dict[str, str] = {}
    for line in lexicon.lines("synonyms.tsv"):
        group = [stem(w.strip().lower()) for w in line.split("\t") if w.strip()]
        for w in group:
            table.setdefault(w, group[0])
    return table


@cache
def synonyms() -> dict[str, frozenset[str]]:
    """Stem -> the stems of the other words of its group."""
    members: dict[str, set[str]] = {}
    for w, head in groups().items():
        members.setdefault(head, set()).add(w)
    return {w: frozenset(members[head] - {w}) for w, head in groups().items()}


def canon(key: str) -> str:
    """A word's key as clauses compare it: the head of its synonym group ("plung" -> "fall"),
    so that "profit plunged" and "earnings fell" share their words."""
    return groups().get(key, key)
