"""From rule findings (and, optionally, an NLI model) to a stance with a score and reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Stance
from .rules import Comparison, analyse, compare

# Thresholds, set on the tuning half of FEVER dev and checked on the example corpus
# (bench/bench_fever.py --tune; docs/accuracy.md).
MIN_ABOUT = 0.5  # a conflict needs the passage to be about the claim: half its words found
MIN_NAME_COVERAGE = 0.5  # ... and half of its names (the sentence is about the same people)
CONFLICT_MIN = 0.45  # a conflict score at or above this makes the passage "conflicts"
SUPPORT_MIN = 0.62  # a support score at or above this makes the passage "supports"
COVERAGE_MIN = 0.75  # ... and at least this share of the claim's words must be in it
HEDGE_CAP = 0.55  # a hedged source ("would", "plans to") supports weakly at most
SIM_LOW, SIM_HIGH = 0.3, 0.8  # similarity mapped to [0, 1] between these
SPECIFIC_AGREEMENT = 0.85  # an exact figure or full date agreeing ...
AGREEMENT_BONUS = 0.25  # ... counts as this much extra coverage


@dataclass
class Judgement:
    stance: Stance
    score: float
    reasons: list[str]
    coverage: float
    hedged: bool
    features: dict[str, float] = field(default_factory=dict)


def _sim01(similarity: float) -> float:
    return min(1.0, max(0.0, (similarity - SIM_LOW) / (SIM_HIGH - SIM_LOW)))


def judge(
    claim: str, passage: str, similarity: float, nli: dict[str, float] | None = None
) -> Judgement:
    """Weigh one passage against a claim."""
    comp = compare(analyse(claim), analyse(passage))
    return decide(comp, similarity, nli)


def decide(comp: Comparison, similarity: float, nli: dict[str, float] | None = None) -> Judgement:
    sim = _sim01(similarity)
    about = comp.about
    on_topic = about >= MIN_ABOUT and comp.name_coverage >= MIN_NAME_COVERAGE
    conflicts = comp.conflicts if on_topic else []
    conflict = max((f.weight for f in conflicts), default=0.0) * (0.5 + 0.5 * min(1.0, about))
    agreements = comp.agreements
    coverage = comp.coverage
    if any(f.weight >= SPECIFIC_AGREEMENT for f in agreements):
        # A matching figure or date, said of the same thing, outweighs a paraphrased verb.
        coverage = min(1.0, coverage + AGREEMENT_BONUS)
    support = 0.6 * coverage + 0.4 * sim
    if agreements:
        support = min(1.0, support + 0.1 * max(f.weight for f in agreements))
    hedged = bool(comp.hedges)
    if hedged:
        support = min(support, HEDGE_CAP)
    reasons: list[str] = []
    features = {
        "similarity": similarity, "coverage": comp.coverage, "about": about,
        "conflict": conflict, "support": support, "hedged": float(hedged),
    }  # fmt: skip
    if nli is not None:
        features.update({f"nli_{k}": v for k, v in nli.items()})
        conflict = max(conflict, nli.get("contradiction", 0.0) * (0.5 + 0.5 * min(1.0, about)))
        support = 0.5 * support + 0.5 * nli.get("entailment", 0.0)
        if hedged:
            support = min(support, HEDGE_CAP)
        reasons.append(
            "nli: entailment {:.2f}, contradiction {:.2f}".format(
                nli.get("entailment", 0.0), nli.get("contradiction", 0.0)
            )
        )
    if conflict >= CONFLICT_MIN and conflict >= support - 0.2:
        stance, score = Stance.CONFLICTS, conflict
        reasons = [f.reason for f in conflicts] + reasons
        if not conflicts:
            reasons.insert(0, "the NLI model reads the passage as contradicting the claim")
    elif support >= SUPPORT_MIN and coverage >= COVERAGE_MIN:
        stance, score = Stance.SUPPORTS, support
        reasons = [f.reason for f in agreements] + reasons
        reasons.append(_coverage_reason(comp))
        if hedged:
            reasons.append(
                "weak: the source hedges (" + ", ".join(f"'{h}'" for h in comp.hedges) + ")"
            )
    else:
        stance, score = Stance.NEUTRAL, max(0.0, min(1.0, 1.0 - max(conflict, support)))
        reasons.append(_coverage_reason(comp))
        if comp.conflicts and not conflicts:
            reasons.append("a possible conflict was set aside: the passage is about something else")
    reasons += comp.variants
    return Judgement(stance, round(score, 4), reasons, round(comp.coverage, 4), hedged, features)


def _coverage_reason(comp: Comparison) -> str:
    if not comp.unmatched:
        return "all of the claim's content words are in the passage"
    missing = ", ".join(f"'{w}'" for w in comp.unmatched[:5])
    return f"not in the passage: {missing} (coverage {comp.coverage:.0%})"
