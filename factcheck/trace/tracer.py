"""``factcheck trace``: where a claim comes from in the archive.

The claim's passages are retrieved and weighed as in ``verify`` (more of them: a claim may be
carried by many documents), then grouped by document and put on one timeline by each
document's publication date. For each passage: who it is attributed to ("Bloomberg
reported"), looked for in the passage and then the sentences next to it. Across documents:
the earliest dated one ("first seen in"), the sources named (with counts), and documents that
copy each other nearly word for word (the earlier one is the likely original).

Nothing is guessed silently: an undated document is placed after the dated ones and marked, a
document whose dates disagree shows both, an unnamed source is shown as unnamed, and a copy
whose direction the dates cannot tell is marked undetermined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import IndexMismatchError
from ..index.search import Index, check_query
from ..index.store import SCHEMA_VERSION, Store
from ..ingest.published import conflict_note
from ..models import Attributed, CopyPair, DocumentDate, Hit, SourceCount, Stance, Trace, TraceEntry
from ..provenance.origin import NAMED, attributed_in, document_date, first_seen, order
from ..stance.engine import Judgement
from ..verify.verifier import Verifier, evidence_of
from .copies import Line, Text, is_copy, shared_all

TRACE_K = 40  # passages retrieved and weighed per claim
# A passage verify calls neutral still carries the claim as a paraphrase when it is this close
# to it and has this share of its words, and the learned model does not lean to conflict
# (a machine-translated 'covenant' for 'agreement'). Set on the even half of FEVER dev by
# bench/bench_trace_carry.py; held-out figures in docs/accuracy.md.
PARAPHRASE_SIMILARITY = 0.6
PARAPHRASE_COVERAGE = 0.5


def carries(
    j: Judgement, similarity: float = PARAPHRASE_SIMILARITY,
    coverage: float = PARAPHRASE_COVERAGE,
) -> bool:  # fmt: skip
    """Whether a weighed passage carries the claim: it supports it, or paraphrases it, and the
    rules see no conflict in it (the learned model misses some negations: "has not agreed")."""
    if j.stance is Stance.CONFLICTS or j.rule_conflicts or j.signals.missing_specifics:
        return False  # nor does a passage without the claim's figure or date
    if j.stance is Stance.SUPPORTS or j.signals.as_reported:
        return True  # as a fact, or as planned, reported or said: it carries the claim
    if j.signals.exact:
        return False
    learned = j.signals.learned
    leans = learned is None or learned.supports >= learned.conflicts
    return leans and j.signals.similarity >= similarity and j.coverage >= coverage


def require_dates(index: Index) -> None:
    """Trace needs document dates, which indexes before schema 2 lack."""
    if index.store.schema_version < SCHEMA_VERSION:
        raise IndexMismatchError(
            f"{index.dir} was built by an older factcheck without document dates; upgrade it "
            f"with: factcheck index {index.manifest.root} --index {index.dir} "
            "(documents are read again, nothing is re-embedded)"
        )


class Tracer:
    """Traces claims through an open index."""

    def __init__(
        self, index: Index, nli_model: str | None = None, stance: str | None = None,
        k: int = TRACE_K,
    ) -> None:  # fmt: skip
        require_dates(index)
        self.index = index
        # verify's retrieval and stance engine, over more passages, all read by the model
        self.verifier = Verifier(index, nli_model=nli_model, k=k, stance=stance, cross_k=k)

    def trace(self, claim: str) -> Trace:
        claim = check_query(claim)
        ((hits, judged),) = self.verifier.weigh_many([claim])
        return build_trace(claim, hits, judged, self.index.store)


def attributed(hit: Hit) -> list[Attributed]:
    """Attributions in the passage; failing that, in the sentence after it, then before it."""
    places = [("passage", hit.text, hit.line)]
    if hit.after:
        places.append(("next sentence", hit.after[0].text, hit.after[0].line))
    if hit.before:
        places.append(("previous sentence", hit.before[-1].text, hit.before[-1].line))
    for where, text, line in places:
        found = attributed_in(text, line, where)
        if found:
            return found
    return []


def role_of(hit: Hit, j: Judgement) -> tuple[str, float, list[str]] | None:
    """(role, score, reasons) of a weighed passage in a trace, or None if it plays none."""
    if j.stance is Stance.CONFLICTS:
        return "conflicts", j.score, j.reasons
    if j.rule_conflicts:  # the rules see a conflict the learned model outweighed
        note = (
            "listed as conflicting: the learned model leans to support, but trace does not "
            "count a passage the rules see a conflict in as carrying the claim"
        )
        return "conflicts", j.signals.rule_conflict, [*j.rule_conflicts, note]
    if not carries(j):
        return None
    if j.stance is Stance.SUPPORTS or j.signals.as_reported:
        return "carries", j.score, j.reasons
    why = f"a paraphrase: similarity {hit.similarity:.2f}, {j.coverage:.0%} of the claim's words"
    learned = j.signals.learned
    score = learned.supports if learned is not None else j.signals.rule_support
    return "carries", score, [why, *j.reasons]


def build_trace(claim: str, hits: list[Hit], judged: list[Judgement], store: Store) -> Trace:
    """The trace from weighed passages: timeline, first seen, sources and copies."""
    # per document and role: the passage closest to the claim (highest similarity), its score
    # and reasons, and how many passages of the document play that role
    best: dict[tuple[str, str], tuple[Hit, float, list[str], int, Judgement]] = {}
    for hit, j in zip(hits, judged, strict=True):
        found = role_of(hit, j)
        if found is None:
            continue
        role, score, reasons = found
        key = (hit.file, role)
        count = best[key][3] + 1 if key in best else 1
        if key not in best or hit.similarity > best[key][0].similarity:
            best[key] = (hit, score, reasons, count, j)
        else:
            best[key] = (*best[key][:3], count, best[key][4])
    meta = store.document_dates(sorted({f for f, _ in best}))
    entries = [
        TraceEntry(
            file=file,
            title=meta[file].title,
            date=document_date(meta[file].dates),
            role=role,  # type: ignore[arg-type]
            citation=hit.citation,
            text=hit.text,
            score=round(score, 3),
            similarity=round(hit.similarity, 3),
            reasons=reasons,
            attributions=attributed(hit),
            passages=count,
            atoms=evidence_of(hit, j).atoms,
        )
        for (file, role), (hit, score, reasons, count, j) in best.items()
    ]
    entries.sort(key=order)
    carrying = [e for e in entries if e.role == "carries"]
    notes: list[str] = []
    if not carrying:
        notes.append("no document in the archive carries the claim")
    undated = sorted({e.file for e in entries if not e.date.own})
    if undated:
        notes.append(
            f"{len(undated)} document(s) carry no date of their own and are placed last, by "
            f"file modified time: {', '.join(undated)}"
        )
    notes += [
        conflict_note(e.file, e.date.date, e.date.conflicts) for e in entries if e.date.conflicts
    ]
    rows = store.passages([hit.id for hit, *_ in best.values()])
    marked: dict[str, set[int]] = {file: set() for file, _ in best}
    for passage, _, position in rows.values():
        marked[passage.file].add(position)
    return Trace(
        claim=claim,
        timeline=entries,
        first_seen=first_seen(carrying),
        sources=_sources(carrying),
        unnamed=[e.file for e in carrying if any(a.kind == "unnamed" for a in e.attributions)],
        own_voice=[e.file for e in carrying if not e.attributions],
        copies=_copies(entries, store, meta, marked),
        notes=list(dict.fromkeys(notes)),
    )


def _key(source: str) -> str:
    """Sources compared without case, possessives or a leading article."""
    low = re.sub(r"^(?:the|a|an)\s+|['’]s\b", "", source.casefold()).strip()
    return " ".join(low.split())


def _sources(carrying: Sequence[TraceEntry]) -> list[SourceCount]:
    """Named sources across documents, most documents first, then earliest."""
    found: dict[str, tuple[str, str, list[TraceEntry]]] = {}
    for e in carrying:
        for a in e.attributions:
            if a.kind not in NAMED:
                continue
            key = _key(a.source)
            name, kind, docs = found.setdefault(key, (a.source, a.kind, []))
            if e not in docs:
                docs.append(e)
    out = []
    for name, kind, docs in found.values():
        docs.sort(key=order)
        first = docs[0].date.shown if docs[0].date.own else "undated"
        out.append(
            SourceCount(source=name, kind=kind, documents=[d.file for d in docs], first_date=first)
        )
    out.sort(key=lambda s: (-len(s.documents), s.first_date == "undated", s.first_date, s.source))
    return out


def _copies(
    entries: Sequence[TraceEntry], store: Store, meta: dict, marked: dict[str, set[int]]
) -> list[CopyPair]:
    """Pairs of timeline documents that share text nearly word for word; ``marked`` holds the
    positions of each document's passages that carry or conflict with the claim."""
    files = sorted({e.file for e in entries})
    dates = {e.file: e.date for e in entries}
    texts = {
        f: Text([Line(t, line, end, pos) for t, line, end, pos in store.lines(meta[f].id)])
        for f in files
    }
    pairs = []
    found_all = shared_all([texts[f] for f in files])
    for (ia, ib), found in sorted(found_all.items()):
        if not is_copy(found):
            continue
        a, b = files[ia], files[ib]
        original, later, why = _direction(a, b, dates[a], dates[b])
        first, second = (original, later) if original and later else (a, b)
        if first != a:
            found = found.swapped()
        spans = [
            f"{second}:{_lines(l2)} = {first}:{_lines(l1)} ({n} sentence{'s' if n > 1 else ''})"
            for l1, l2, n in found.spans
        ]
        carries = any(
            p1.position in marked[first] or p2.position in marked[second]
            for p1, p2, _ in found.pairs
        )
        pairs.append(
            CopyPair(
                original=original,
                duplicate=later,
                files=[first, second],
                why=why,
                shared_sentences=len(found.pairs),
                shares=[found.share_a, found.share_b],
                spans=spans,
                carries_claim=carries,
            )
        )
    return pairs


def _lines(span: tuple[int, int]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}"


def _direction(
    a: str, b: str, da: DocumentDate, db: DocumentDate
) -> tuple[str | None, str | None, str]:
    """(original, copy, why): the earlier dated document is the likely original."""
    if not (da.own and db.own):
        missing = ", ".join(f for f, d in ((a, da), (b, db)) if not d.own)
        return None, None, f"undetermined: {missing} has no date of its own"
    if da.date.value == db.date.value:
        return None, None, f"undetermined: both are dated {da.date.shown}"
    (first, fd), (later, ld) = sorted(((a, da), (b, db)), key=lambda t: t[1].date.value)
    return first, later, f"{first} is dated {fd.date.shown}, {later} {ld.date.shown}"
