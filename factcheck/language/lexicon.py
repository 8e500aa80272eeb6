"""The word lists every stage shares (stop words for the rules and for BM25, negations,
hedges, antonyms, aliases...), kept as data in ``language/data/`` and loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


def words(name: str) -> list[str]:
    """A one-word-per-line list from ``data/``."""
    return [w.lower() for w in _lines(name)]


def _pairs(name: str) -> list[tuple[str, str]]:
    pairs = []
    for line in _lines(name):
        left, right = line.split("\t")
        pairs.append((left.strip().lower(), right.strip().lower()))
    return pairs


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """Word -> the words opposite to it (both directions), as raw lower-case words."""
    table: dict[str, set[str]] = {}
    for a, b in _pairs("antonyms.tsv"):
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in table.items()}


@cache
def aliases() -> dict[str, str]:
    """Name variant -> canonical name, lower case."""
    return dict(_pairs("aliases.tsv"))


@cache
def irregular() -> dict[str, str]:
    """Irregular form -> base form."""
    return dict(_pairs("irregular.tsv"))


@cache
def hedges() -> tuple[tuple[str, ...], ...]:
    """Hedge phrases as word tuples, longest first."""
    return tuple(sorted((tuple(p.lower().split()) for p in _lines("hedges.txt")), key=len)[::-1])


@cache
def negations() -> tuple[tuple[str, ...], ...]:
    """Negation cues as word tuples, longest first."""
    return tuple(sorted((tuple(p.lower().split()) for p in _lines("negations.txt")), key=len)[::-1])


@cache
def synonym_groups() -> dict[str, str]:
    """Stem -> its group's first word's stem (``data/synonyms.tsv``; groups do not overlap),
    so that "plunged" and "fell" compare equal."""
    from .tokens import stem

    table: dict[str, str] = {}
    for line in _lines("synonyms.tsv"):
        group = [stem(w.strip().lower()) for w in line.split("\t") if w.strip()]
        for w in group:
            table.setdefault(w, group[0])
    return table


@cache
def synonyms() -> dict[str, frozenset[str]]:
    """Stem -> the stems of the other words of its group."""
    groups: dict[str, set[str]] = {}
    for w, head in synonym_groups().items():
        groups.setdefault(head, set()).add(w)
    return {w: frozenset(groups[head] - {w}) for w, head in synonym_groups().items()}
