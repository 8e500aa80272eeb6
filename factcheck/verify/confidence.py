"""How likely a verdict is to be right, from what it rests on: a small logistic model fitted
on newsroom claims (``training/train_confidence.py``, on ../shared/newsbench), so that right
verdicts score above wrong ones, and a verdict below ``Ranker.review_below`` is marked for a
human look ("check by hand").

What it reads, for the verdict and its passages (``FEATURES``): which verdict it is (a "not
enough evidence" is right less often than a named conflict), how close the nearest passage is,
the deciding passage's score and coverage, the share of the claim's parts the rules found
there (not the model's reading), how many passages lean one way, and whether a passage states
the claim only as planned or reported. The fitted weights, the threshold and the held-out
figures they were chosen on are in ``data/confidence.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..models import AtomStatus, Evidence, Stance, Verdict

FEATURES = (
    "supported", "contradicted", "mixed", "not_enough_evidence", "top_similarity",
    "deciding_score", "rules_found", "deciding_coverage", "leaning", "carried",
)  # fmt: skip
LEANING_CAP = 5  # passages that lean one way, counted up to this many


def features(verdict: Verdict, evidence: Sequence[Evidence]) -> list[float]:
    """The values ``FEATURES`` names, for one verified claim."""
    deciding = next((e for e in evidence if e.decisive), None)
    atoms = deciding.atoms if deciding is not None else []
    by_rules = sum(a.status == AtomStatus.FOUND and a.by != "model" for a in atoms)
    leaning = sum(e.stance != Stance.NEUTRAL for e in evidence)
    return [
        *(float(verdict == v) for v in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.MIXED,
                                        Verdict.NOT_ENOUGH_EVIDENCE)),
        max((e.similarity for e in evidence), default=0.0),
        deciding.score if deciding is not None else 0.0,
        by_rules / len(atoms) if atoms else 0.0,
        deciding.coverage if deciding is not None else 0.0,
        min(leaning, LEANING_CAP) / LEANING_CAP,
        float(any(e.carried for e in evidence)),
    ]  # fmt: skip


@dataclass(frozen=True)
class Ranker:
    """A fitted logistic model: standardized features, weights, intercept."""

    mean: tuple[float, ...]
    std: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    review_below: float  # a verdict scored below this is marked "check by hand"

    def __call__(self, verdict: Verdict, evidence: Sequence[Evidence]) -> float:
        x = features(verdict, evidence)
        z = self.intercept + sum(
            w * (v - m) / s for w, v, m, s in zip(self.coef, x, self.mean, self.std, strict=True)
        )
        return round(1.0 / (1.0 + math.exp(-z)), 4)

    @classmethod
    def from_json(cls, spec: dict) -> Ranker:
        if tuple(spec["features"]) != FEATURES:
            raise ValueError("confidence model features do not match this version")
        return cls(
            tuple(spec["mean"]), tuple(spec["std"]), tuple(spec["coef"]),
            float(spec["intercept"]), float(spec["review_below"]),
        )  # fmt: skip


@cache
def load() -> Ranker | None:
    """The shipped ranker, or None where its file is absent (the verdict's own confidence is
    then reported)."""
    ref = resources.files(__package__).joinpath("data").joinpath("confidence.json")
    if not ref.is_file():
        return None
    return Ranker.from_json(json.loads(ref.read_text(encoding="utf-8")))
