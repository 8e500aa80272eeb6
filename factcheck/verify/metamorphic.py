"""Metamorphic checks of verify over an archive: every sentence of the archive, checked as a
claim, must come back supported citing its own line; restated (its attribution or a trailing
clause removed) likewise; with one figure or date changed, contradicted citing that line.

The variants are made by plain text edits here, independently of the stance rules, so the
check does not grade the rules against themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Stance, Verdict, Verification

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:according to [^,.]+|(?:he|she|they|it|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
    r"{0,3}|(?:the|a|an) [a-z][\w\s-]{0,30}?)\s+(?:said|says|reported|reports|told [\w\s]{1,30}?"
    r"|added|announced|wrote|stated))(?=\s*[.!?]?$)"
)
ATTRIBUTION_HEAD = re.compile(
    r"^(?:According to [^,]+,\s*|(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(?:said|says|reported|announced|told [\w\s]{1,20}?)\s+(?:that\s+)?)"
)
KEEPS_MEANING = re.compile(r"^\s*(unless|if|except|only|not|until|but not|\d{4}\b)", re.I)
SUBORDINATE = re.compile(
    r"^(as|while|although|though|if|when|because|since|after|before|despite|with|unless|by)\b",
    re.I,
)
MIN_WORDS = 4  # sentences shorter than this are not claims
MIN_LOWER = 2  # ... nor those with fewer lower-case words (headlines, datelines, bylines)
LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


@dataclass(frozen=True)
class Variant:
    kind: str  # verbatim, attribution, clause, figure, date
    claim: str
    expected: Verdict


def _finish(text: str) -> str:
    text = text.strip().rstrip(",;:")
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


def restatements(sentence: str) -> list[Variant]:
    """The sentence verbatim, without its attribution, and without a trailing clause."""
    out = [Variant("verbatim", sentence, Verdict.SUPPORTED)]
    tail = ATTRIBUTION_TAIL.sub("", sentence)
    if tail != sentence and len(tail.split()) >= MIN_WORDS:
        out.append(Variant("attribution", _finish(tail), Verdict.SUPPORTED))
    else:
        head = ATTRIBUTION_HEAD.sub("", sentence)
        if head != sentence and len(head.split()) >= MIN_WORDS:
            out.append(Variant("attribution", _finish(head), Verdict.SUPPORTED))
    parts = sentence.rsplit(", ", 1)
    if (
        len(parts) == 2 and len(parts[0].split()) >= 6 and not KEEPS_MEANING.match(parts[1])
        and not ATTRIBUTION_TAIL.search(sentence) and not SUBORDINATE.match(parts[0])
    ):  # fmt: skip
        out.append(Variant("clause", _finish(parts[0]), Verdict.SUPPORTED))
    return out


def _changed_number(text: str) -> str:
    if YEAR.match(text):
        return str(int(text) + (3 if int(text) < 2090 else -3))
    raw = text.replace(",", "")
    value = float(raw)
    new = value * 3 if value >= 1 else value + 2
    if "," in text:
        return f"{new:,.0f}"
    return f"{new:g}" if "." in raw else f"{new:.0f}"


def alterations(sentence: str) -> list[Variant]:
    """The sentence with one figure, year or month changed (one variant per change)."""
    out = []
    for m in NUMBER.finditer(sentence):
        before = sentence[: m.start()].rstrip().split()
        prev = before[-1].strip("(,") if before else ""
        if prev[:1].isupper() and prev not in MONTHS and not prev.startswith(("$", "€", "£")):
            continue  # part of a name: "Model 3", "ID. 4"
        kind = "date" if YEAR.match(m.group()) else "figure"
        new = _changed_number(m.group())
        after = sentence[m.end() :].lstrip().split()
        if prev.rstrip(".") in MONTHS or (after and after[0].strip(",.") in MONTHS):
            kind, day = "date", int(m.group())  # the day of a date: another valid day
            new = str(day + 3 if day <= 25 else day - 3)
        changed = sentence[: m.start()] + new + sentence[m.end() :]
        out.append(Variant(kind, changed, Verdict.CONTRADICTED))
    for i, month in enumerate(MONTHS):
        for m in re.finditer(rf"\b{month}\b", sentence):
            other = MONTHS[(i + 4) % 12]
            changed = sentence[: m.start()] + other + sentence[m.end() :]
            out.append(Variant("date", changed, Verdict.CONTRADICTED))
    return out


def variants(sentence: str) -> list[Variant]:
    if len(sentence.split()) < MIN_WORDS or len(LOWER_WORD.findall(sentence)) < MIN_LOWER:
        return []
    return restatements(sentence) + alterations(sentence)


@dataclass(frozen=True)
class Outcome:
    citation: str  # the archive sentence's own citation
    variant: Variant
    verdict: Verdict
    cited: bool  # the deciding passages name the sentence's line
    superseded: bool = False  # the verdict says a newer statement replaced this line's

    @property
    def passed(self) -> bool:
        """Contradicted for an alteration; for a restatement supported, or mixed where the
        sentence's own line supports it and another source disagrees, or contradicted as
        superseded: the line states it and a newer document replaces it."""
        if self.variant.expected == Verdict.SUPPORTED:
            return (self.verdict in (Verdict.SUPPORTED, Verdict.MIXED) and self.cited) or (
                self.verdict == Verdict.CONTRADICTED and self.superseded
            )
        return self.verdict == self.variant.expected and self.cited


def _cites(v: Verification, file: str, line: int, text: str, stance: Stance) -> bool:
    """A deciding passage of that stance is the sentence's line (or the same sentence
    repeated elsewhere in the file: the index cites a repeated sentence once)."""
    return any(
        e.decisive and e.stance == stance and e.file == file
        and (e.line <= line <= e.end_line or text in e.text)
        for e in v.evidence
    )  # fmt: skip


def run(verifier, sentences: Iterable[tuple[str, int, str, str]]) -> list[Outcome]:  # noqa: ANN001
    """Check every variant of every (file, line, citation, text) with a Verifier."""
    cases = [(f, ln, c, t, v) for f, ln, c, t in sentences for v in variants(t)]
    results = verifier.verify_many([v.claim for *_, v in cases]) if cases else []
    out = []
    for (file, line, citation, text, variant), result in zip(cases, results, strict=True):
        stance = Stance.SUPPORTS if variant.expected == Verdict.SUPPORTED else Stance.CONFLICTS
        cited = _cites(result, file, line, text, stance)
        superseded = any(
            r.startswith("superseded:") and f", {citation})" in r.split(" -> ")[0]
            for r in result.reasons
        )
        out.append(Outcome(citation, variant, result.verdict, cited, superseded))
    return out


def rates(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """(passed, total) for restatements (supported) and alterations (contradicted)."""
    table: dict[str, tuple[int, int]] = {}
    for name, expected in (("restated", Verdict.SUPPORTED), ("altered", Verdict.CONTRADICTED)):
        group = [o for o in outcomes if o.variant.expected == expected]
        table[name] = (sum(o.passed for o in group), len(group))
    return table
