"""From rule findings, the learned model and (optionally) an NLI model to a stance per passage,
with a score and reasons.

Three ways to decide, all explained in the reasons:
- the rules alone (any embedding model): support from word coverage and similarity, conflict
  from the rule findings;
- the rules + the stance cross-encoder (the default with all-MiniLM-L6-v2, ``cross.py``); the
  exact rules (figures, role swaps) still overrule it;
- either of those + an NLI cross-encoder (``--nli-model``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Stance
from . import cross as cross_mod
from .rules import Comparison, Finding, analyse, compare

# Rules-only thresholds, set on the tuning half of FEVER dev (bench/bench_fever.py tune).
MIN_ABOUT = 0.5  # a conflict needs the passage to be about the claim: half its words found
MIN_NAME_COVERAGE = 0.5  # ... and half of its names (the sentence is about the same people)
CONFLICT_MIN = 0.45  # a conflict score at or above this makes the passage "conflicts"
SUPPORT_MIN = 0.62  # a support score at or above this makes the passage "supports"
COVERAGE_MIN = 0.75  # ... and at least this share of the claim's words must be in it
HEDGE_CAP = 0.55  # a hedged source ("would", "plans to") supports weakly at most
MISSING_SPECIFICS_CAP = 0.45  # no support from a passage without the claim's figure or date
SIM_LOW, SIM_HIGH = 0.3, 0.8  # similarity mapped to [0, 1] between these
SPECIFIC_AGREEMENT = 0.85  # an exact figure or full date agreeing ...
AGREEMENT_BONUS = 0.25  # ... counts as this much extra coverage
# With the learned model: probabilities needed, set on the dev fifth of the FEVER tuning half.
LEARNED_CONFLICT_MIN = 0.35
LEARNED_SUPPORT_MIN = 0.35
CROSS_K = 5  # passages the cross-encoder reads per claim, in retrieval order
# Findings exact enough to overrule the learned model (they are rare and precise on FEVER).
EXACT_KINDS = frozenset({"amount", "percentage", "number", "duration", "ordinal", "roles"})


@dataclass
class Judgement:
    stance: Stance
    score: float
    reasons: list[str]
    coverage: float
    hedged: bool
    features: dict[str, float] = field(default_factory=dict)
    rule_conflicts: list[str] = field(default_factory=list)  # what the rules see, whatever wins


def _sim01(similarity: float) -> float:
    return min(1.0, max(0.0, (similarity - SIM_LOW) / (SIM_HIGH - SIM_LOW)))


def judge(
    claim: str, passage: str, similarity: float, nli: dict[str, float] | None = None,
    learned: dict[str, float] | None = None,
) -> Judgement:  # fmt: skip
    """Weigh one passage against a claim."""
    comp = compare(analyse(claim), analyse(passage))
    return decide(comp, similarity, nli, learned)


class StanceEngine:
    """Weighs the passages found for one claim; picks the learned model when it applies."""

    def __init__(
        self, model: str | None = None, dimension: int = 0, nli: object = None,
        learned: str = "cross", cross_k: int = CROSS_K,
    ) -> None:  # fmt: skip
        self.cross = None
        self.cross_k = cross_k  # passages the cross-encoder reads per claim
        if model and learned == "cross" and model == cross_mod.BASE_MODEL and dimension == 384:
            self.cross = cross_mod.load()
        self.nli = nli  # an NliModel or None

    @property
    def learned(self) -> bool:
        return self.cross is not None

    @property
    def name(self) -> str:
        parts = ["rules"] + (["cross"] if self.cross else [])
        if self.nli is not None:
            parts.append(f"nli:{self.nli.name}")  # type: ignore[attr-defined]
        return "+".join(parts)

    def weigh(
        self, claim: str, passages: Sequence[str], similarities: Sequence[float],
        contexts: Sequence[str] | None = None,
    ) -> list[Judgement]:  # fmt: skip
        """Judge each passage; ``contexts`` are the sentences before each (may be empty)."""
        return self.weigh_many([(claim, passages, similarities, contexts)])[0]

    def weigh_many(
        self, requests: Sequence[tuple[str, Sequence[str], Sequence[float], Sequence[str] | None]]
    ) -> list[list[Judgement]]:
        """Judge the passages of several claims: (claim, passages, similarities, contexts)
        each; a claim's judgements do not depend on the other claims in the batch."""
        comps, views = [], []
        for claim, passages, sims, contexts in requests:
            a = analyse(claim)
            ctx = contexts or [""] * len(passages)
            cs = [compare(a, analyse(p), c) for p, c in zip(passages, ctx, strict=True)]
            comps.append(cs)
            views.append([rule_view(c, s) for c, s in zip(cs, sims, strict=True)])
        probs: list[list[dict[str, float] | None]] = [[None] * len(r[1]) for r in requests]
        if self.cross is not None:
            # The cross-encoder reads the cross_k best-ranked passages of each claim (CROSS_K
            # for verify); the rest are weighed by the rules alone (the 60 ms budget of a warm
            # verify; trace reads them all). A passage an
            # exact rule decides is not read: the model could not change it. Each claim's
            # pairs go in their own call: int8 activations are scaled per call, so sharing a
            # call with other claims would make a claim's scores depend on its batch.
            for i, (claim, passages, _, _) in enumerate(requests):
                read = [j for j in range(min(self.cross_k, len(passages))) if not views[i][j].exact]
                scores = self.cross.scores([(passages[j], claim) for j in read])
                for j, row in zip(read, scores, strict=True):
                    probs[i][j] = dict(zip(cross_mod.LABELS, map(float, row), strict=True))
        out = []
        for (claim, passages, sims, _), cs, vs, ps in zip(
            requests, comps, views, probs, strict=True
        ):
            nli = (
                self.nli.scores([(p, claim) for p in passages])  # type: ignore[attr-defined]
                if self.nli is not None
                else [None] * len(passages)
            )
            together = zip(cs, sims, nli, ps, vs, strict=True)
            out.append([decide(c, s, n, pr, v) for c, s, n, pr, v in together])
        return out


@dataclass
class RuleView:
    """What the rules alone make of a passage: the scores every way of deciding starts from."""

    conflicts: list[Finding]  # findings against the claim, once the topic check passes
    agreements: list[Finding]
    topical: float  # 0.5-1.0, how much of the claim the passage is about
    coverage: float  # word coverage, raised by an agreeing figure or date
    conflict: float
    support: float
    exact: bool  # a figure or role swap read exactly: it overrules the learned models


def rule_view(comp: Comparison, similarity: float) -> RuleView:
    about = comp.about
    on_topic = about >= MIN_ABOUT and comp.name_coverage >= MIN_NAME_COVERAGE
    swap_only = [f.kind for f in comp.conflicts] == ["name"]  # checked in rules.compare
    conflicts = comp.conflicts if on_topic or (swap_only and about >= MIN_ABOUT) else []
    topical = 0.5 + 0.5 * min(1.0, about)
    agreements = comp.agreements
    coverage = comp.coverage
    if any(f.weight >= SPECIFIC_AGREEMENT for f in agreements):
        # A matching figure or date, said of the same thing, outweighs a paraphrased verb.
        coverage = min(1.0, coverage + AGREEMENT_BONUS)
    support = 0.6 * coverage + 0.4 * _sim01(similarity)
    if agreements:
        support = min(1.0, support + 0.1 * max(f.weight for f in agreements))
    exact_agreement = any(
        f.kind in EXACT_KINDS and f.weight >= SPECIFIC_AGREEMENT for f in agreements
    )
    exact = any(f.kind in EXACT_KINDS for f in conflicts) or (
        exact_agreement and support >= SUPPORT_MIN and coverage >= COVERAGE_MIN
    )
    conflict = max((f.weight for f in conflicts), default=0.0) * topical
    return RuleView(conflicts, agreements, topical, coverage, conflict, support, exact)


def decide(
    comp: Comparison, similarity: float, nli: dict[str, float] | None = None,
    learned: dict[str, float] | None = None, view: RuleView | None = None,
) -> Judgement:  # fmt: skip
    v = view or rule_view(comp, similarity)
    about, conflicts, agreements, coverage = comp.about, v.conflicts, v.agreements, v.coverage
    topical, rule_conflict, rule_support, exact = v.topical, v.conflict, v.support, v.exact
    hedged = bool(comp.hedges)
    reasons: list[str] = []
    features = {
        "similarity": similarity, "coverage": comp.coverage, "about": about,
        "rule_conflict": rule_conflict, "rule_support": rule_support, "hedged": float(hedged),
        "exact": float(exact), "missing_specifics": float(bool(comp.missing_specifics)),
    }  # fmt: skip
    if learned is not None:
        features.update({f"learned_{k}": v for k, v in learned.items()})
    if learned is not None and not exact:
        # The model's conflict counts only for a passage about the claim (see MIN_ABOUT).
        conflict = learned["conflicts"] if about >= MIN_ABOUT else 0.0
        support = learned["supports"]
        conflict_min, support_min, coverage_min = LEARNED_CONFLICT_MIN, LEARNED_SUPPORT_MIN, 0.0
        reasons.append(
            f"learned model: supports {learned['supports']:.2f}, "
            f"conflicts {learned['conflicts']:.2f}"
        )
    else:
        conflict, support = rule_conflict, rule_support
        conflict_min, support_min, coverage_min = CONFLICT_MIN, SUPPORT_MIN, COVERAGE_MIN
    if nli is not None:
        features.update({f"nli_{k}": v for k, v in nli.items()})
        if not exact:
            conflict = max(conflict, nli.get("contradiction", 0.0) * topical)
            support = 0.5 * support + 0.5 * nli.get("entailment", 0.0)
        reasons.append(
            "nli: entailment {:.2f}, contradiction {:.2f}".format(
                nli.get("entailment", 0.0), nli.get("contradiction", 0.0)
            )
        )
    if comp.missing_specifics:
        # A passage that does not give the claim's figure or date cannot confirm it.
        support = min(support, MISSING_SPECIFICS_CAP)
    # The rules name a conflict only when they see one; the learned model weighs both sides.
    judged_by_model = not exact and (learned is not None or nli is not None)
    wins = conflict >= support - 0.2 if judged_by_model else True

    if conflict >= conflict_min and wins:
        stance, score = Stance.CONFLICTS, conflict
        reasons = [f.reason for f in conflicts] + reasons
        if not conflicts:
            reasons.append("no rule names the difference: read the passage against the claim")
    elif support >= support_min and coverage >= coverage_min and conflict < conflict_min:
        # A hedged source ("would", "plans to") supports, weakly: its score is capped.
        stance, score = Stance.SUPPORTS, min(support, HEDGE_CAP) if hedged else support
        reasons = [f.reason for f in agreements] + reasons
        reasons.append(_coverage_reason(comp))
        if hedged:
            reasons.append(
                "weak: the source hedges (" + ", ".join(f"'{h}'" for h in comp.hedges) + ")"
            )
    else:
        stance, score = Stance.NEUTRAL, max(0.0, min(1.0, 1.0 - max(conflict, support)))
        reasons.append(_coverage_reason(comp))
        if comp.missing_specifics:
            shown = ", ".join(comp.missing_specifics[:3])
            reasons.append(f"the passage does not state the claim's figures or dates ({shown})")
        if comp.conflicts and not conflicts:
            reasons.append("a possible conflict was set aside: the passage is about something else")
    reasons += comp.variants
    return Judgement(
        stance, round(score, 4), reasons, round(comp.coverage, 4), hedged, features,
        [f.reason for f in conflicts] if rule_conflict >= CONFLICT_MIN else [],
    )  # fmt: skip


def _coverage_reason(comp: Comparison) -> str:
    if not comp.unmatched:
        return "all of the claim's content words are in the passage"
    missing = ", ".join(f"'{w}'" for w in comp.unmatched[:5])
    return f"not in the passage: {missing} (coverage {comp.coverage:.0%})"
