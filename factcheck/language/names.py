"""Name variants: one entity written several ways (VW / Volkswagen; Diess / Deiss / Dis).

Aliases come from ``data/aliases.tsv``. Spelling variants of a capitalized name, as a
machine translation produces them, are matched by rule: same first letter, and either the
same letters transposed (Diess / Deiss) or one name a subsequence of the other, at most two
letters shorter (Diess / Dis), with Jaro-Winkler similarity >= 0.85 (rapidfuzz). A single
substituted letter is *not* a variant (Zhang / Zheng, Wang / Wong are different people).
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import JaroWinkler

MIN_VARIANT_SIMILARITY = 0.85


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


@cache
def is_variant(a: str, b: str) -> bool:
    """Whether two lower-case name keys are spellings of one name (exact match included)."""
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3 or a[0] != b[0] or a.isdigit() or b.isdigit():
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        transposed = (
            len(differ) == 2 and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
        )  # fmt: skip
        return transposed
    if len(long) - len(short) > 2 or not _is_subsequence(short, long):
        return False
    return JaroWinkler.similarity(a, b) >= MIN_VARIANT_SIMILARITY


# Words a name's initials skip: "Dunmore Regional Transit Authority" is DRTA, "Bank of
# England" BoE or BE.
_SKIPPED = frozenset({"of", "and", "the", "for", "&", "de", "on"})
_NAME_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|the|for|&|de|on))+")


def initials_in(text: str) -> frozenset[str]:
    """The initialisms of the runs of capitalized words in ``text`` ("Dunmore Regional Transit
    Authority" -> "DRTA", and of each run's tail: "RTA"): an all-capital name in a claim is
    the name whose initials it spells."""
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower() not in _SKIPPED and w[:1].isupper()]
        letters = "".join(w[0] for w in words).upper()
        out.update(letters[i:] for i in range(len(letters) - 1))
    return frozenset(out)


def referred_to(lead: str, sentence: str) -> list[str]:
    """The names of ``lead`` (a story's first sentence) that ``sentence`` refers to by their
    head noun with "the" ("the authority" for "Dunmore Regional Transit Authority", "the
    district" for "Orrin Valley School District"): a later sentence names a body once
    introduced by its kind, never another body of another kind."""
    said = {m.group(1).lower() for m in re.finditer(r"\b[Tt]he\s+([a-z]+)\b", sentence)}
    out = []
    runs = [r for m in _NAME_RUN.finditer(lead) for r in re.split(r"\s+and\s+", m.group())]
    for run in runs:
        words = run.split()
        while words and not words[-1][:1].isupper():
            words.pop()  # "... Authority and the"
        if words and words[0].lower() == "the":
            words = words[1:]
        # the name ends at the noun: "The Dunmore Regional Transit Authority on Wednesday"
        ends = [i for i, w in enumerate(words) if i >= 1 and w.lower() in said]
        if ends:
            out.append(" ".join(words[: ends[-1] + 1]))
    # ... or a record's labelled field: "Operator: Verdell Waste Services.", which "the
    # operator" refers to
    for m in _FIELD.finditer(lead):
        if m.group("label").lower() in said and m.group("name") not in out:
            out.append(m.group("name"))
    # ... or a name with the common nouns after it: "Tamsin County rural fiber project", which
    # "the project" refers to
    for m in _DESCRIBED.finditer(lead):
        if m.group("head").lower() in said and m.group() not in out:
            out.append(m.group())
    return out


def short_names(lead: str, sentence: str) -> list[str]:
    """The company names of ``lead`` that ``sentence`` gives without their initialism or
    suffix: "Meridian EMS", "Harbor Leaf Co.", which "Meridian paid its reduced $180,000
    penalty" names (no person's name ends in an initialism or "Inc.")."""
    out = []
    for m in _COMPANY.finditer(lead):
        first, rest = m.group().split(maxsplit=1)
        # (its first word, without the rest of the name after it: "Ostrava" of "Ostrava
        # Paving Co.", "Harbor Leaf" of "Harbor Leaf Co.")
        if re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(rest)})", sentence):
            out.append(m.group())
    return out


# A company's name: capitalized words and an initialism or a company's suffix after them.
_COMPANY = re.compile(
    r"\b(?P<first>[A-Z][a-z][\w'&-]*(?:\s+[A-Z][a-z][\w'&-]*)*)\s+"
    r"(?P<rest>[A-Z]{2,5}|(?:Inc|LLC|LLP|Co|Corp|Corporation|Ltd|Plc|Group|Company|Holdings)"
    r"\b\.?)(?![\w-])"
)


# A record's field, its label and the name it gives: "Operator: Verdell Waste Services".
_FIELD = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<label>[A-Z][a-z]{3,}):\s+(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*)"
)


# A name and up to three lower-case words after it, ending in a noun a later sentence may
# call it by ("Tamsin County rural fiber project" / "the project").
_DESCRIBED = re.compile(
    r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+[a-z][\w-]*){0,2}\s+(?P<head>[a-z]{4,})\b"
    r"(?=\s*(?:[(.,;:]|$))"
)
