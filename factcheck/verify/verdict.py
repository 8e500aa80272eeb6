"""From passage stances to a verdict with a confidence and the passages that decided it.

In order (``aggregate_raw``):

- conflicts whose figure a newer, at least as credible document restates are set aside
  (``_replaced``);
- ``superseded``: for the same figure or date the newest credible statement wins, said as
  "superseded: X (date, citation) -> Y (date, citation)";
- ``outranked``: for the same figure an official record outranks a news report, which outranks
  an interested party, an opinion column or an anonymous source (``provenance.kind``);
- ``mixed``: credible passages in *different* documents support and conflict (sources of the
  same standing disagree: an editor must see both, with their kinds);
- ``contradicted``: a passage conflicts with the claim (a part the rules name) and no other
  supports it as strongly;
- ``supported``: a passage states every part of the claim and none conflicts;
- ``not_enough_evidence``: the best passages are merely related, or state the claim only as
  planned or reported (named, to be read).

``verify`` passes no verdict model: the verdict is one function of the passages' checklists.
``VerdictModel`` (``data/verdict_lr.json``, ``training/train_verdict.py``) is kept for
``bench/bench_fever.py``'s cached path. The raw confidence is mapped through the isotonic
tables of ``data/calibration.json`` (fitted on FEVER's dev fifth); on newsroom claims it does
not rank right above wrong (docs/accuracy.md).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

import numpy as np

from ..language.polarity import reports_saying
from ..language.quantities import reached
from ..models import Atom, AtomKind, AtomStatus, Evidence, Stance, Verdict
from ..provenance.kind import RANK, SourceKind
from ..runtime.onnx import softmax
from ..stance.signals import Signals

MIXED_MIN = 0.6  # both sides need this score for "mixed"
# Rules only: the deciding score mapped to a confidence, 1 / (1 + exp(-(a * score + b))).
CALIBRATION: dict[str, tuple[float, float]] = {
    "supported": (4.0, -2.0),
    "contradicted": (4.0, -2.0),
    "mixed": (4.0, -2.5),
    "not_enough_evidence": (4.0, -1.5),
}
CLAIM_FEATURES = (
    "max_supports", "max_conflicts", "top_supports", "top_conflicts", "max_similarity",
    "mean_similarity_top3", "max_coverage", "max_rule_support", "max_rule_conflict",
    "n_supports", "n_conflicts", "best_support_coverage",
)  # fmt: skip
MODEL_VERDICTS = (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_ENOUGH_EVIDENCE)


def calibrate(verdict: Verdict, score: float) -> float:
    a, b = CALIBRATION[verdict.value]
    return round(1.0 / (1.0 + math.exp(-(a * score + b))), 4)


def claim_features(evidence: Sequence[Evidence], signals: Sequence[Signals]) -> np.ndarray:
    """Claim-level features from the weighed passages (zeros when there are none)."""
    x = np.zeros(len(CLAIM_FEATURES), dtype=np.float32)
    if not evidence:
        return x
    ps = [f.learned.supports if f.learned else 0.0 for f in signals]
    pc = [f.learned.conflicts if f.learned else 0.0 for f in signals]
    sims = [e.similarity for e in evidence]
    top = int(np.argmax(sims))
    best_s = int(np.argmax(ps))
    x[:] = (
        max(ps), max(pc), ps[top], pc[top], max(sims), float(np.mean(sorted(sims)[-3:])),
        max(e.coverage for e in evidence), max(f.rule_support for f in signals),
        max(f.rule_conflict for f in signals),
        sum(e.stance == Stance.SUPPORTS for e in evidence) / 10,
        sum(e.stance == Stance.CONFLICTS for e in evidence) / 10, evidence[best_s].coverage,
    )  # fmt: skip
    return x


class VerdictModel:
    def __init__(self, spec: dict) -> None:
        if tuple(spec["features"]) != CLAIM_FEATURES:
            raise ValueError("verdict model features do not match this version")
        self.mean = np.array(spec["mean"], dtype=np.float32)
        self.std = np.array(spec["std"], dtype=np.float32)
        self.coef = np.array(spec["coef"], dtype=np.float32)  # (3, F)
        self.intercept = np.array(spec["intercept"], dtype=np.float32)

    def probabilities(self, x: np.ndarray) -> dict[Verdict, float]:
        z = self.coef @ ((x - self.mean) / self.std) + self.intercept
        p = softmax(z)
        return dict(zip(MODEL_VERDICTS, map(float, p), strict=True))


@cache
def load_model() -> VerdictModel | None:
    ref = resources.files("factcheck.stance").joinpath("data").joinpath("verdict_lr.json")
    if not ref.is_file():
        return None
    return VerdictModel(json.loads(ref.read_text(encoding="utf-8")))


@cache
def calibration_tables() -> dict[str, np.ndarray]:
    """Raw confidence -> observed accuracy, per way of deciding (isotonic fits on the dev fifth
    of the FEVER tuning half, by training/train_verdict.py)."""
    ref = resources.files("factcheck.stance").joinpath("data").joinpath("calibration.json")
    if not ref.is_file():
        return {}
    raw = json.loads(ref.read_text(encoding="utf-8"))
    return {k: np.array(v, dtype=np.float64) for k, v in raw.items()}


def path_of(signals: Sequence[Signals] | None, model: VerdictModel | None) -> str:
    """How a verdict is decided: the verdict model, the rules in a learned engine (an exact
    figure or role swap), or the rules alone."""
    exact = signals is not None and any(f.exact or f.complete for f in signals)
    if model is None:
        return "rules"
    return "rules-exact" if exact else "model"


class Aggregate(NamedTuple):
    """What the passages add up to."""

    verdict: Verdict
    confidence: float
    reasons: list[str]
    deciding: set[int]  # indexes (into the evidence) of the passages that decide it


def aggregate(
    evidence: list[Evidence], signals: Sequence[Signals] | None = None,
    model: VerdictModel | None = None, calibrated: bool = True, attributed: bool = False,
    speech: bool = False, first: bool = False, said_when: frozenset[str] = frozenset(),
) -> Aggregate:  # fmt: skip
    """The verdict with its calibrated confidence, reasons and deciding passages;
    ``calibrated=False`` gives the raw confidence (to fit the maps); ``attributed``: the claim
    is about what someone said ("X said ..."), which their own words support; ``speech``: it
    is that as a whole (its main verb is one of saying), judged on the saying alone;
    ``first``: it is about what was first planned or said (``FIRST_STATED``); ``said_when``:
    the claim's dates of the saying (``polarity.dates_of_saying``)."""
    verdict, raw, reasons, decided = aggregate_raw(
        evidence, signals, model, attributed, speech, first, said_when
    )
    table = calibration_tables().get(path_of(signals, model)) if calibrated else None
    # FEVER, where the maps are fitted, has no "mixed" label: a mixed verdict keeps its own
    # confidence (how strongly both sides are stated) instead of FEVER's 0% for it.
    if table is not None and len(table) and verdict != Verdict.MIXED:
        raw = float(np.interp(raw, table[:, 0], table[:, 1]))
    return Aggregate(verdict, round(raw, 4), reasons, decided)


def _complete(e: Evidence) -> bool:
    return bool(e.atoms) and all(a.status == AtomStatus.FOUND for a in e.atoms)


def _named_conflict(e: Evidence) -> bool:
    return any(a.status == AtomStatus.CONFLICTS and a.by == "rules" for a in e.atoms)


def _corrects_in_place(e: Evidence) -> bool:
    """Whether a correction gives its right version in the claim's part's place ("..., not
    its chief operating officer"): the newsroom's last word on what the claim says."""
    return e.source_kind == SourceKind.CORRECTION and any(
        a.replaced and a.status == AtomStatus.CONFLICTS for a in e.atoms
    )


def _of_the_event(e: Evidence) -> bool:
    """Whether the passage states what the claim says happened (its relation atom is not
    missing), or replaces the claim's figure by name ("62 seats, not the 63"): a figure or
    date of a passage that does neither ("ratified ... with 88% in favour" for "voted 94% in
    favour of authorizing a strike") may be another event's."""
    return any(a.replaced for a in e.atoms) or not any(
        a.kind == AtomKind.RELATION and a.status == AtomStatus.MISSING for a in e.atoms
    )


#: A conflict decides over a support unless the support scores this much higher.
CONFLICT_MARGIN = 0.25

_Side = list[tuple[int, Evidence]]  # (index into the evidence, passage)


def aggregate_raw(
    evidence: list[Evidence], signals: Sequence[Signals] | None = None,
    model: VerdictModel | None = None, attributed: bool = False, speech: bool = False,
    first: bool = False, said_when: frozenset[str] = frozenset(),
) -> Aggregate:  # fmt: skip
    """As ``aggregate``, with the confidence before calibration; ``speech``: the claim is, as
    a whole, about what someone said (``polarity.speech_claim``)."""
    if speech:
        evidence = _as_said(evidence, said_when)
    if first:
        evidence = _as_first_stated(evidence)
    found = _aggregate_raw(evidence, signals, model)
    if found.verdict != Verdict.SUPPORTED or attributed:
        return found
    return _independently(found, evidence)


# A claim about what was first planned or said: "was first planned to open on Sept. 1",
# "originally estimated at $4.2 million", "initially".
FIRST_STATED = re.compile(
    r"\b(?:first|originally|initially|at first)\s+(?:\w+\s+)?(?:planned|scheduled|set|"
    r"estimated|expected|proposed|announced|projected|put|budgeted|priced|said)\b|"
    r"\b(?:original|initial|first)\s+(?:plan|estimate|schedule|proposal|budget|date|target)\b",
    re.IGNORECASE,
)


def _as_first_stated(evidence: list[Evidence]) -> list[Evidence]:
    """A claim about what was first planned ("was first planned to open on Sept. 1") is
    about the earliest statement that gives its figure or date: a later plan's figure or date
    ("now scheduled to open Nov. 1") replaced it, and does not say it was not first planned.
    Such later conflicts are shown, not weighed; a correction's still is."""
    stated = [
        e.published for e in evidence
        if e.stance == Stance.SUPPORTS and e.published
        and any(a.kind in (AtomKind.FIGURE, AtomKind.DATE) and a.status == AtomStatus.FOUND
                for a in e.atoms)
    ]  # fmt: skip
    if not stated:
        return evidence
    first = min(stated)
    return [
        e.model_copy(update={"stance": Stance.NEUTRAL})
        if e.stance == Stance.CONFLICTS and e.published and e.published > first
        and not e.corrects and e.source_kind != SourceKind.CORRECTION and _specific_conflicts(e)
        else e
        for e in evidence
    ]  # fmt: skip


def _as_said(evidence: list[Evidence], when: frozenset[str] = frozenset()) -> list[Evidence]:
    """A claim about what someone said is judged on whether they said it: a passage that
    states something else without reporting anyone's words ("a project it put at 74 million
    dollars" against "officials said the region could put as much as 37 million dollars")
    does not answer it, unless it is a correction. A party's own words (a transcript's turn,
    its release or statement) are what it said. Nor does a later revision ("now expects to
    finish 1,800 rather than 2,000") answer what was said before it: it says the figure
    changed, not that it was never said; a correction of the report still does. Nor does a
    statement at another time than the one the claim gives ("In April, Whitlock said nine"
    against what she said in July): ``when`` holds the claim's dates of the saying, which
    such a passage does not state."""
    return [
        e.model_copy(update={"stance": Stance.NEUTRAL})
        if e.stance == Stance.CONFLICTS and not e.corrects and not _corrects_in_place(e)
        and (not reports_saying(e.text) and e.source_kind not in SAYING_KINDS or _revision(e)
             or _said_another_time(e, when))
        else e
        for e in evidence
    ]  # fmt: skip


def _said_another_time(e: Evidence, when: frozenset[str]) -> bool:
    """Whether the passage does not state the time the claim gives its saying (its date
    atom for it is missing: neither the passage nor its document's date gives it)."""
    return any(
        a.kind == AtomKind.DATE and a.claim in when and a.status == AtomStatus.MISSING
        for a in e.atoms
    )  # fmt: skip


def _revision(e: Evidence) -> bool:
    """A passage whose only conflicts are figures or dates it names as replaced ("1,800
    rather than 2,000"), and that is no correction."""
    against = [a for a in e.atoms if a.status == AtomStatus.CONFLICTS]
    return (
        bool(against) and e.source_kind != SourceKind.CORRECTION
        and all(a.replaced and a.kind in (AtomKind.FIGURE, AtomKind.DATE) for a in against)
    )  # fmt: skip


#: Sources that are someone's own words.
SAYING_KINDS = frozenset({SourceKind.TRANSCRIPT, SourceKind.PRESS_RELEASE, SourceKind.STATEMENT})


def _interested(e: Evidence) -> bool:
    """An interested party's release, statement or interview, an opinion column or an
    anonymous source: its word alone shows that the claim was made, not that it is true. A
    party's own plan in its own voice is the exception: it is the evidence of the plan; so is
    a public body's record in its meeting's transcript (a decision, its staff's report), and
    a release's or a statement's report of its party's own act ("The county has opened 14
    cooling centers"), which a record or an independent source may still contradict."""
    own_act = e.own_act and e.source_kind in SELF_REPORTING
    return _rank(e) < 2 and not e.own_plan and not e.on_record and not own_act


#: Sources whose report of their party's own act is accepted (not a transcript's turn, a
#: column's or an unnamed source's).
SELF_REPORTING = frozenset({SourceKind.PRESS_RELEASE, SourceKind.STATEMENT})


def _independently(found: Aggregate, evidence: list[Evidence]) -> Aggregate:
    """A supported verdict needs a passage from a source that is not an interested party: if
    the deciding passages are all a party's own word (or a column's, or an unnamed source's),
    another supporting passage from a news report or a record decides instead, and where there
    is none the claim is only something said: not enough evidence, with the lines to read."""
    if not all(_interested(evidence[i]) for i in found.deciding):
        return found
    independent = [
        (i, e) for i, e in enumerate(evidence)
        if e.stance == Stance.SUPPORTS and not _interested(e)
    ]  # fmt: skip
    if independent:
        i, e = max(independent, key=lambda x: x[1].score)
        return Aggregate(found.verdict, found.confidence,
                         [f"{e.citation} supports the claim", *e.reasons], {i})  # fmt: skip
    said = [evidence[i] for i in sorted(found.deciding)]
    named = ", ".join(f"{e.citation} ({e.source_kind})" for e in said)
    reasons = [
        f"only {named} states it: an interested party's word, an opinion column or an unnamed "
        "source shows that it was said, not that it is so; read it against an independent source",
        *found.reasons,
    ]
    return Aggregate(Verdict.NOT_ENOUGH_EVIDENCE, found.confidence, reasons, set())


def _aggregate_raw(
    evidence: list[Evidence], signals: Sequence[Signals] | None = None,
    model: VerdictModel | None = None,
) -> Aggregate:  # fmt: skip
    supports = [(i, e) for i, e in enumerate(evidence) if e.stance == Stance.SUPPORTS]
    conflicts = [(i, e) for i, e in enumerate(evidence) if e.stance == Stance.CONFLICTS]
    # (... or a correction's "X, not the claim's Y": "He is Lumora's chief financial officer,
    # not its chief operating officer")
    corrections = [(i, e) for i, e in conflicts if e.corrects or _corrects_in_place(e)]
    if corrections:
        # A correction states the claim to say it was wrong: the newsroom's own last word on
        # that statement, whatever the story it corrects (or its copies) said.
        ci, c = corrections[0]
        reasons = [f"{c.citation} is a correction: it says the claim, as stated, was wrong",
                   *c.reasons[:1]]  # fmt: skip
        return Aggregate(Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, c.score),
                         reasons, {ci})  # fmt: skip
    if any(_complete(e) and not _interested(e) for _, e in supports):
        # A passage states every part of the claim: only a conflict a rule can name (a figure,
        # a date, a name, a negation, the event turned round) stands against it, never the
        # model's reading alone. (An interested party's or a column's word shields nothing:
        # the record it is read against may name the figure in other words.)
        conflicts = [(i, e) for i, e in conflicts if _named_conflict(e) and _of_the_event(e)]
        # ... nor another day's count of a vote ("voted 5-4" in September, against "voted 6-3"
        # in March): another meeting's vote
        days = {e.published for _, e in supports if _complete(e) and not _interested(e)}
        conflicts = [
            (i, e) for i, e in conflicts
            if not (_another_vote(e) and e.published and None not in days
                    and e.published not in days)
        ]  # fmt: skip
    conflicts = _done_since(supports, conflicts)
    conflicts, replaced = _replaced(evidence, conflicts)
    probs = _model_view(evidence, signals, model, supports, conflicts)
    settled = (
        _superseded(supports, conflicts) or _outranked(supports, conflicts)
        or _unnamed_overridden(supports, conflicts)
    )  # fmt: skip
    if settled is not None:
        return settled
    mixed = (
        _mixed(supports, conflicts, probs) or _disputed(supports, conflicts)
        or _figure_in_dispute(evidence, conflicts)
    )  # fmt: skip
    if mixed is not None:
        return mixed
    best_s = max(supports, key=lambda x: x[1].score, default=None)
    best_c = max(conflicts, key=lambda x: x[1].score, default=None)
    if probs is not None:
        verdict = max(probs, key=lambda v: probs[v])
        confidence = round(probs[verdict], 4)
    elif best_c and (not best_s or best_c[1].score >= best_s[1].score - CONFLICT_MARGIN):
        verdict, confidence = Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, best_c[1].score)
    elif best_s:
        verdict, confidence = Verdict.SUPPORTED, calibrate(Verdict.SUPPORTED, best_s[1].score)
    else:
        top = max((e.score for e in evidence if e.stance == Stance.NEUTRAL), default=1.0)
        verdict = Verdict.NOT_ENOUGH_EVIDENCE
        confidence = calibrate(verdict, top)
    explained = _explained(verdict, confidence, evidence, best_s, best_c)
    if replaced and explained.verdict == Verdict.NOT_ENOUGH_EVIDENCE:
        explained.reasons.extend(replaced)
    return explained


def _model_view(
    evidence: list[Evidence], signals: Sequence[Signals] | None, model: VerdictModel | None,
    supports: _Side, conflicts: _Side,
) -> dict[Verdict, float] | None:  # fmt: skip
    """The verdict model's probabilities, or None where the rules decide: a figure, date or
    role swap read exactly, or a window stating every part of the claim."""
    if model is None or signals is None:
        return None
    if any(
        f.exact or f.complete and e.stance == Stance.SUPPORTS
        for f, e in zip(signals, evidence, strict=True)
    ):
        return None
    probs = model.probabilities(claim_features(evidence, signals))
    # A verdict needs a passage to show for it.
    if not supports:
        probs[Verdict.SUPPORTED] = 0.0
    if not conflicts:
        probs[Verdict.CONTRADICTED] = 0.0
    total = sum(probs.values())
    return {k: v / total for k, v in probs.items()}


def _specific_conflicts(e: Evidence) -> list[Atom]:
    return [
        a for a in e.atoms
        if a.status == AtomStatus.CONFLICTS and a.by == "rules"
        and a.kind in (AtomKind.FIGURE, AtomKind.DATE)
    ]  # fmt: skip


def _replaced(evidence: list[Evidence], conflicts: _Side) -> tuple[_Side, list[str]]:
    """Conflicts whose figure a newer, at least as credible document gives as the claim does
    (even as a plan: "would invest $700 million"): the older figure is replaced, so it no
    longer speaks against the claim. Returns the conflicts that stand and why others fell."""
    kept: _Side = []
    said: list[str] = []
    for i, c in conflicts:
        atoms = _specific_conflicts(c)
        newer = [
            e for e in evidence
            if atoms and c.published and e.published and e.published > c.published
            and _rank(e) >= max(2, _rank(c))
            and all(
                any(a.claim == x.claim and a.status == AtomStatus.FOUND for a in e.atoms)
                for x in atoms
            )
        ]  # fmt: skip
        only_specific = all(
            a.kind in (AtomKind.FIGURE, AtomKind.DATE)
            for a in c.atoms if a.status == AtomStatus.CONFLICTS
        )  # fmt: skip
        if newer and only_specific:
            e = newer[0]
            said.append(
                f"superseded: {atoms[0].source} ({c.published}, {c.citation}) -> "
                f"{atoms[0].claim} ({e.published}, {e.citation}); the newer statement stands"
            )
            continue
        kept.append((i, c))
    return kept, said


def _superseded(supports: _Side, conflicts: _Side) -> Aggregate | None:
    """For the same figure or date, the newest document wins: a claim that states a figure
    one document gives and a later one replaces ("12 cases" on Apr 20, "17 cases" on May 9)
    is contradicted, and one that states the newer figure is supported; said as
    "superseded: 12 cases (2025-04-20) -> 17 cases (2025-05-09)". Documents of one date, or
    without dates, are left to ``_mixed``."""
    against = [
        (i, e) for i, e in conflicts
        if e.published and _specific_conflicts(e) and not _another_vote(e)
    ]  # fmt: skip
    if not supports or not against:
        return None
    claimed = {a.claim for _, e in against for a in _specific_conflicts(e)}
    backing = [
        (i, e) for i, e in supports
        if e.published and any(a.claim in claimed and a.status == AtomStatus.FOUND for a in e.atoms)
    ]  # fmt: skip
    if not backing:
        return None
    si, s = max(backing, key=lambda x: (x[1].published, x[1].score))
    ci, c = max(against, key=lambda x: (x[1].published, x[1].score))
    atom = _specific_conflicts(c)[0]
    # a newer statement replaces an older one only if it is as credible: an interview does
    # not supersede a wire story, nor an anonymous report a correction; a later revision
    # that names the figure it replaces ("$610 million, up from the $480 million estimate")
    # is news an older record could not have, from any independent source
    # (or says it is the level a change reached: "which raises the local share to $71.05
    # million")
    revised = _rank(c) >= 2 and any(
        a.replaced or reached(c.text, a.source) for a in _specific_conflicts(c)
    )  # fmt: skip
    if c.published > s.published and (_rank(c) >= max(2, _rank(s)) or revised):
        if _dated_as_then(s, c):
            return Aggregate(Verdict.SUPPORTED, calibrate(Verdict.SUPPORTED, s.score), [
                f"{s.citation} supports the claim as of the time it names; {c.citation} "
                f"({c.published}) gives {atom.source} for a later time, not the claim's",
            ], {si})  # fmt: skip
        reasons = [
            f"superseded: {atom.claim} ({s.published}, {s.citation}) -> {atom.source} "
            f"({c.published}, {c.citation}); the newer statement stands",
            *c.reasons[:1],
        ]
        return Aggregate(Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, c.score),
                         reasons, {ci})  # fmt: skip
    # (a correction mends the story before it; a later report's figure replaces its figure as
    # it would the story's: "the preliminary count was 24 homes", a week later "31 homes")
    corrected_then = (
        min(_rank(c), RANK[SourceKind.NEWS])
        if c.corrects or (c.source_kind == SourceKind.CORRECTION)
        else _rank(c)
    )
    if s.published > c.published and _rank(s) >= max(2, corrected_then):
        reasons = [
            f"superseded: {atom.source} ({c.published}, {c.citation}) -> {atom.claim} "
            f"({s.published}, {s.citation}); the newer statement stands",
            f"{s.citation} supports the claim",
        ]
        return Aggregate(Verdict.SUPPORTED, calibrate(Verdict.SUPPORTED, s.score), reasons, {si})
    return None


def _done_since(supports: _Side, conflicts: _Side) -> _Side:
    """Conflicts that say only that the act was still to come ("We plan to pay full wages",
    March 9), where a later independent document that supports the claim says it was done
    ("had paid full wages", March 20): the plan was carried out since, no disagreement."""
    done = [e.published for _, e in supports if e.published and not _interested(e)]
    if not done:
        return conflicts
    return [
        (i, e) for i, e in conflicts
        if not (
            e.published and e.published < max(done) and not _specific_conflicts(e) and e.pending
        )
    ]  # fmt: skip


def _another_vote(e: Evidence) -> bool:
    """Whether a passage conflicts only in a vote's count ("voted 5-4" against the claim's
    "6-3"), and does not say it replaces one: a count of votes is of one meeting's vote, and
    a later meeting's count is another vote, not a newer figure for the same one (a
    correction, or "not 6-3", does replace it)."""
    atoms = _specific_conflicts(e)
    return (
        bool(atoms) and e.source_kind != SourceKind.CORRECTION and not e.corrects
        and all(TALLY_ATOM.fullmatch(a.claim) and not a.replaced for a in atoms)
    )  # fmt: skip


# A vote's count as a claim gives it: "6-3", "5–4"
TALLY_ATOM = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}")


def _dated_as_then(s: Evidence, c: Evidence) -> bool:
    """Whether the claim dates its figure to the older statement's time and the newer one
    does not speak of that time: "estimated in January that 11,000 lines remained" is what
    the January release said, which "now estimates 9,400" in August does not undo (a claim
    that dates an old figure correctly is right). A newer passage that names the claim's
    time, or sets another date against it, still replaces it."""
    dates = [a for a in s.atoms if a.kind == AtomKind.DATE]
    if len(dates) >= 2 and all(a.status == AtomStatus.FOUND for a in dates):
        # a span with both ends ("between September and the end of February") is not the
        # running total a later document gives "since" its start
        return RUNNING_TOTAL.search(c.text) is not None
    return bool(dates) and all(
        a.status == AtomStatus.FOUND
        and any(b.claim == a.claim and b.status == AtomStatus.MISSING for b in c.atoms)
        for a in dates
    )  # fmt: skip


#: A figure counted up to the time of its document: "since the plan began", "so far".
RUNNING_TOTAL = re.compile(r"\b(?:since|so far|to date|in all|altogether)\b", re.IGNORECASE)


def _rank(e: Evidence) -> int:
    return RANK.get(SourceKind(e.source_kind), 2) if e.source_kind else 2


# A study, survey or analysis that found a figure of its own, as a report gives it: "A study by
# the public safety institute at Halvorsen University, released in June, put the share at".
FINDING = re.compile(
    r"\b(?:study|survey|analysis|researchers?)\b[^.;]{0,90}?\b(?:found|finds|put|puts|"
    r"estimated|estimates|showed|shows|concluded|calculated)\b",
    re.IGNORECASE,
)


def _outranked(supports: _Side, conflicts: _Side) -> Aggregate | None:
    """For the same figure or date, an official record outranks a news report, which
    outranks an interested party (press release, statement, interview), an opinion column and
    an anonymous source: the archive settles the disagreement, so it is not "mixed". A
    correction settles whatever it names ("he is the council's deputy mayor, not its finance
    chair"), a figure or not."""
    # ... and a later correction that supports the claim settles a point the story it mends
    # named against it ("she is Lena Ortega, not Lena Ortiz" after a list of who voted)
    mended = {
        e.published for _, e in supports if e.source_kind == SourceKind.CORRECTION and e.published
    }
    against = [
        (i, e) for i, e in conflicts
        if _specific_conflicts(e) or e.source_kind == SourceKind.CORRECTION and _named_conflict(e)
        or _named_conflict(e) and e.published and any(e.published < d for d in mended)
    ]  # fmt: skip
    if not supports or not against:
        return None
    si, s = max(supports, key=lambda x: (_rank(x[1]), x[1].score))
    ci, c = max(against, key=lambda x: (_rank(x[1]), x[1].score))
    if FINDING.search(s.text) or FINDING.search(c.text):
        # an independent study's finding against a record ("A study by the university put
        # the share at 5.4%"): the two measure it each their own way; neither outranks
        return None
    if _rank(c) > _rank(s):
        reasons = [
            f"{c.citation} ({c.source_kind}) outranks {s.citation} ({s.source_kind}) for this "
            + ("figure" if _specific_conflicts(c) else "point"),
            *c.reasons[:1],
        ]
        return Aggregate(Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, c.score),
                         reasons, {ci})  # fmt: skip
    # ... but a news report does not outrank a later figure it could not know of ("4,800
    # acres" on June 16, the chief's "6,300 acres" on June 19): an official record does
    # (and unnamed sources, later or not, never outrank a party's word on record)
    newer = bool(c.published and s.published and c.published > s.published)
    unnamed = c.source_kind == SourceKind.ANONYMOUS
    if _rank(s) > _rank(c) and (_rank(s) >= RANK[SourceKind.OFFICIAL] or not newer or unnamed):
        reasons = [
            f"{s.citation} ({s.source_kind}) outranks {c.citation} ({c.source_kind}) for this "
            + ("figure" if _specific_conflicts(c) else "point"),
            f"{s.citation} supports the claim",
        ]
        return Aggregate(Verdict.SUPPORTED, calibrate(Verdict.SUPPORTED, s.score), reasons, {si})
    return None


def _unnamed_overridden(supports: _Side, conflicts: _Side) -> Aggregate | None:
    """Only unnamed sources support the claim, and a later on-record source names a conflict
    with it (a meeting's roll call after "a majority is prepared to reject it, two members
    say"): the later record overrides the anonymous word, so it is not "mixed"."""
    if not supports or any(e.source_kind != SourceKind.ANONYMOUS for _, e in supports):
        return None
    later = [
        (i, e) for i, e in conflicts
        if _named_conflict(e) and e.source_kind and e.source_kind != SourceKind.ANONYMOUS
        and e.published and all(s.published and e.published > s.published for _, s in supports)
    ]  # fmt: skip
    if not later:
        return None
    ci, c = max(later, key=lambda x: x[1].score)
    reasons = [
        f"{c.citation} ({c.source_kind}, {c.published}) is on record after the unnamed sources "
        f"of {supports[0][1].citation}: the later record stands",
        *c.reasons[:1],
    ]
    return Aggregate(Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, c.score), reasons, {ci})


def _mixed(
    supports: _Side, conflicts: _Side, probs: dict[Verdict, float] | None
) -> Aggregate | None:
    """MIXED when strong passages of different documents support and conflict."""
    best_s = max(supports, key=lambda x: x[1].score, default=None)
    best_c = max(conflicts, key=lambda x: x[1].score, default=None)
    if not (best_s and best_c):
        return None
    # a passage stating every part of the claim is credible even when it hedges
    s_files = {e.file for _, e in supports if e.score >= MIXED_MIN or _complete(e)}
    c_files = {e.file for _, e in conflicts if e.score >= MIXED_MIN}
    if not (s_files and c_files and (s_files - c_files) and (c_files - s_files)):
        return None
    if probs is not None:
        confidence = round(probs[Verdict.SUPPORTED] + probs[Verdict.CONTRADICTED], 4)
    else:
        confidence = calibrate(Verdict.MIXED, min(best_s[1].score, best_c[1].score))
    decided = {i for i, e in supports + conflicts if e.score >= MIXED_MIN or _complete(e)}

    def kind(e: Evidence) -> str:
        return f" ({e.source_kind})" if e.source_kind else ""

    reasons = [
        f"sources disagree: {best_s[1].citation}{kind(best_s[1])} supports the claim, "
        f"{best_c[1].citation}{kind(best_c[1])} conflicts with it",
        *best_c[1].reasons[:1],
    ]
    return Aggregate(Verdict.MIXED, confidence, reasons, decided)


#: Share of the claim's words a passage must state for its figure to stand against another
#: document's (``_figure_in_dispute``): the passage is about the claim.
DISPUTE_COVERAGE = 0.5


def _figure_in_dispute(evidence: list[Evidence], conflicts: _Side) -> Aggregate | None:
    """MIXED when the conflicts rest on figures alone and a passage of another document, about
    the claim, states the claim's figure to the letter: two sources give two figures for one
    measure (a review's "about 27 gigalitres", an audit's "about 22 gigalitres") and no
    date, correction or rank settled which stands (those are read first). The figure must be
    stated as late as every conflicting one, or by a source of higher rank (an official record):
    an older figure is the one a newer report updates ("340 positions" in February, 412 in
    April), but a news report of a review does not update an audit's figure. An interested
    party's, a column's or an unnamed source's figure is no such dispute."""
    best_c = max(conflicts, key=lambda x: x[1].score, default=None)
    if best_c is None:
        return None
    c = best_c[1]
    figures = {a.claim for a in _specific_conflicts(c) if a.kind == AtomKind.FIGURE}
    if not figures or any(a.claim not in figures for a in _specific_conflicts(c)):
        return None
    for i, e in enumerate(evidence):
        # an official record is not updated by a lower-ranked report
        older = e.published is None or any(
            x.published is None or (e.published < x.published and _rank(e) <= _rank(x))
            for _, x in conflicts
        )  # fmt: skip
        if (
            e.file == c.file or e.coverage < DISPUTE_COVERAGE or e.stance == Stance.CONFLICTS
            or _interested(e) or older
        ):  # fmt: skip
            continue
        stated = [
            a for a in e.atoms
            if a.kind == AtomKind.FIGURE and a.claim in figures and a.by == "rules"
            and a.status == AtomStatus.FOUND and a.source == a.claim
        ]  # fmt: skip
        if stated:
            reasons = [
                f"sources disagree: {e.citation} gives {stated[0].source}, {c.citation} "
                f"conflicts with it",
                *c.reasons[:1],
            ]
            return Aggregate(Verdict.MIXED, calibrate(Verdict.MIXED, min(e.score, c.score)),
                             reasons, {i, best_c[0]})  # fmt: skip
    return None


def _disputed(supports: _Side, conflicts: _Side) -> Aggregate | None:
    """MIXED when every credible passage that supports the claim is disputed in the sentence
    after it ("The Transit Authority disputed the finding.") and nothing conflicts: the
    archive reports a disagreement it does not settle."""
    strong = [(i, e) for i, e in supports if e.score >= MIXED_MIN or _complete(e)]
    if conflicts or not strong or not all(e.disputed for _, e in strong):
        return None
    i, e = max(strong, key=lambda x: x[1].score)
    reasons = [
        f"sources disagree: {e.citation} supports the claim, and "
        + (
            "sets another side's figure against it"
            if e.disputed.startswith(f"{e.citation}:")
            else "the sentence after it says that is disputed"
        )
        + f" ({e.disputed})",
        *e.reasons[:1],
    ]
    return Aggregate(Verdict.MIXED, calibrate(Verdict.MIXED, e.score), reasons, {i})


def _explained(
    verdict: Verdict, confidence: float, evidence: list[Evidence],
    best_s: tuple[int, Evidence] | None, best_c: tuple[int, Evidence] | None,
) -> Aggregate:  # fmt: skip
    """The verdict with the passage that decides it, or why none does."""
    if verdict == Verdict.CONTRADICTED and best_c:
        i, e = best_c
        reasons = [f"{e.citation} conflicts with the claim", *e.reasons]
        return Aggregate(verdict, confidence, reasons, {i})
    if verdict == Verdict.SUPPORTED and best_s:
        i, e = best_s
        reasons = [f"{e.citation} supports the claim", *e.reasons]
        if e.hedged:
            reasons.append("the best support is hedged, so the confidence is lower")
        return Aggregate(verdict, confidence, reasons, {i})
    carried = [e for e in evidence if e.carried]
    if not evidence:
        reasons = ["nothing in the index is close to the claim"]
    elif carried:
        reasons = [
            f"{carried[0].citation} states it as planned, expected, reported or said, not as "
            "done: read it against the claim"
        ]
    elif any(e.stance != Stance.NEUTRAL for e in evidence):
        reasons = [
            "the passages that lean one way are too weak or too far from the claim to decide it"
        ]
    else:
        reasons = ["no passage supports or conflicts with the claim; the closest are only related"]
    return Aggregate(Verdict.NOT_ENOUGH_EVIDENCE, confidence, reasons, set())
