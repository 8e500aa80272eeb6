"""From passage stances to a verdict with a calibrated confidence and the passages that decided it.

- ``contradicted``: a credible passage conflicts with the claim, and no other source supports it
  as strongly (a conflict and a support in one document read as a contradiction: the document's
  full account disagrees with the claim);
- ``mixed``: credible passages in *different* documents support and conflict (sources
  disagree: an editor must see both);
- ``supported``: a passage supports the claim and none conflicts;
- ``not_enough_evidence``: the best passages are merely related.
"""

from __future__ import annotations

import math

from .models import Evidence, Stance, Verdict

MIXED_MIN = 0.6  # both sides need this score for "mixed"
# Platt scaling of the deciding score into P(verdict right), fitted on the tuning half of
# FEVER dev (bench/bench_fever.py --tune); (a, b) in 1 / (1 + exp(-(a * score + b))).
CALIBRATION: dict[str, tuple[float, float]] = {
    "supported": (4.0, -2.0),
    "contradicted": (4.0, -2.0),
    "mixed": (4.0, -2.5),
    "not_enough_evidence": (4.0, -1.5),
}


def calibrate(verdict: Verdict, score: float) -> float:
    a, b = CALIBRATION[verdict.value]
    return round(1.0 / (1.0 + math.exp(-(a * score + b))), 4)


def aggregate(evidence: list[Evidence]) -> tuple[Verdict, float, list[str], set[int]]:
    """(verdict, confidence, reasons, indexes of the deciding passages)."""
    supports = [(i, e) for i, e in enumerate(evidence) if e.stance == Stance.SUPPORTS]
    conflicts = [(i, e) for i, e in enumerate(evidence) if e.stance == Stance.CONFLICTS]
    best_s = max(supports, key=lambda x: x[1].score, default=None)
    best_c = max(conflicts, key=lambda x: x[1].score, default=None)
    if best_s and best_c:
        s_files = {e.file for _, e in supports if e.score >= MIXED_MIN}
        c_files = {e.file for _, e in conflicts if e.score >= MIXED_MIN}
        if s_files and c_files and (s_files - c_files) and (c_files - s_files):
            score = min(best_s[1].score, best_c[1].score)
            decided = {i for i, e in supports + conflicts if e.score >= MIXED_MIN}
            reasons = [
                f"sources disagree: {best_s[1].citation} supports the claim, "
                f"{best_c[1].citation} conflicts with it",
                *best_c[1].reasons[:1],
            ]
            return Verdict.MIXED, calibrate(Verdict.MIXED, score), reasons, decided
    if best_c and (not best_s or best_c[1].score >= best_s[1].score - 0.25):
        i, e = best_c
        reasons = [f"{e.citation} conflicts with the claim", *e.reasons]
        return Verdict.CONTRADICTED, calibrate(Verdict.CONTRADICTED, e.score), reasons, {i}
    if best_s:
        i, e = best_s
        reasons = [f"{e.citation} supports the claim", *e.reasons]
        if e.hedged:
            reasons.append("the best support is hedged, so the confidence is lower")
        return Verdict.SUPPORTED, calibrate(Verdict.SUPPORTED, e.score), reasons, {i}
    top = max((e.score for e in evidence if e.stance == Stance.NEUTRAL), default=1.0)
    reasons = ["no passage supports or conflicts with the claim; the closest are only related"]
    if not evidence:
        reasons = ["nothing in the index is close to the claim"]
    return Verdict.NOT_ENOUGH_EVIDENCE, calibrate(Verdict.NOT_ENOUGH_EVIDENCE, top), reasons, set()
