"""The word lists every stage shares (stop words for the rules and for BM25, negations,
hedges, antonyms, aliases...), kept as data in ``language/data/`` and loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


def lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


def words(name: str) -> list[str]:
    """A one-word-per-line list from ``data/``."""
    return [w.lower() for w in lines(name)]


def _pairs(name: str) -> list[tuple[str, str]]:
    pairs = []
    for line in lines(name):
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
    return tuple(sorted((tuple(p.lower().split()) for p in lines("hedges.txt")), key=len)[::-1])


@cache
def negations() -> tuple[tuple[str, ...], ...]:
    """Negation cues as word tuples, longest first."""
    return tuple(sorted((tuple(p.lower().split()) for p in lines("negations.txt")), key=len)[::-1])


@cache
def titles() -> frozenset[str]:
    """Titles written before a surname ("councilmember"), and their plurals."""
    return frozenset(words("titles.txt")) | plural_titles()


def plural_titles() -> frozenset[str]:
    """Titles before several surnames: "Councilmembers Feeney and Oduya"."""
    return frozenset(f"{w}s" for w in words("titles.txt"))
