"""When a claim was first reported in the archive, and by whom.

Shared by ``trace`` (over every document carrying a claim) and ``verify`` / ``review`` (over
the passages that support it, for their "first reported by" line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from ..index.store import SCHEMA_VERSION, Store
from ..ingest.published import publication_date
from ..models import (
    Attributed,
    DateSource,
    DocumentDate,
    Evidence,
    FirstSeen,
    FoundDate,
    Stance,
    TraceEntry,
)
from .attribution import attributions

NAMED = ("outlet", "official", "named")  # attribution kinds that name a source


def attributed_in(text: str, line: int, where: str = "passage") -> list[Attributed]:
    """Who a sentence attributes its content to, with where that sentence stands."""
    return [
        Attributed.model_validate({**asdict(a), "where": where, "line": line})
        for a in attributions(text)
    ]


def document_date(dates: Sequence[FoundDate]) -> DocumentDate:
    """The date a document goes by (its file modified time when it carries none)."""
    chosen, conflicts = publication_date(dates)
    assert chosen is not None  # the file modified time is always there
    return DocumentDate(date=chosen, own=chosen.source is not DateSource.MTIME, conflicts=conflicts)


def order(entry: TraceEntry) -> tuple:
    """Timeline order: dated documents by date, then the undated ones; carriers first."""
    d = entry.date
    return (not d.own, d.date.value, entry.role != "carries", entry.file)


def first_seen(carrying: Sequence[TraceEntry]) -> FirstSeen | None:
    """The earliest dated document(s) carrying the claim (ties all listed)."""
    if not carrying:
        return None
    dated = [e for e in carrying if e.date.own]
    note = ""
    if not dated:
        dated = list(carrying)
        note = (
            "no document carrying the claim has a date of its own; this is the earliest by "
            "file modified time, which may only be when the file was copied"
        )
    earliest = min(e.date.date.value for e in dated)
    first = sorted({e.file: e for e in dated if e.date.date.value == earliest}.values(), key=order)
    named: list[str] = []
    for e in first:
        for a in e.attributions:
            shown = a.source if a.kind in NAMED else a.shown
            if shown not in named:
                named.append(shown)
    if len({e.date.date.precision for e in first}) > 1 or first[0].date.date.precision != "day":
        note = note or "the earliest date is known only to the month or year"
    return FirstSeen(
        files=[e.file for e in first], date=first[0].date.date.shown, how=first[0].date.date.how,
        attributed_to=named, note=note,
    )  # fmt: skip


def first_reported(store: Store, evidence: Sequence[Evidence]) -> FirstSeen | None:
    """For verify and review: the earliest dated document among the supporting passages."""
    if store.schema_version < SCHEMA_VERSION:
        return None
    # what states the claim, as a fact or as reported ("it is reported that ...")
    support = [e for e in evidence if e.stance is Stance.SUPPORTS or e.carried]
    if not support:
        return None
    meta = store.document_dates(sorted({e.file for e in support}))
    entries = []
    for e in support:
        if e.file not in meta:
            continue
        entries.append(
            TraceEntry(
                file=e.file,
                title=meta[e.file].title,
                date=document_date(meta[e.file].dates),
                role="carries",
                citation=e.citation,
                text=e.text,
                score=e.score,
                similarity=e.similarity,
                reasons=e.reasons,
                attributions=attributed_in(e.text, e.line),
            )
        )
    found_first = first_seen(entries)
    if found_first is None or not any(x.date.own for x in entries):
        return None  # dated only by file modified time: not worth a "first reported" line
    return found_first
