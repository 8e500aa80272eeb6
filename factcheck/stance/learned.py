"""A small learned stance model: an MLP over the rule findings and the two sentence embeddings.

Input per (claim, passage) pair: the product and absolute difference of the claim's and the
passage's all-MiniLM-L6-v2 vectors (the pair, never either sentence alone, so it cannot learn
a claim-only shortcut), and the rule features below. Output: P(supports), P(conflicts),
P(neutral). Trained by ``bench/train_stance.py`` on the tuning half of FEVER dev and on SNLI
dev; the weights (``data/stance_mlp.npz``, ~0.4 MB) are ours. Used only with the model it was
trained on; with any other embedding model, the rules decide alone.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np

from .rules import Comparison

LABELS = ("supports", "conflicts", "neutral")
CONFLICT_KINDS = {
    "amount": 0, "percentage": 0, "number": 0, "duration": 0, "ordinal": 0,
    "date": 1, "negation": 2, "direction": 3, "roles": 4, "name": 5,
}  # fmt: skip
AGREEMENT_KINDS = {
    "amount": 0, "percentage": 0, "number": 0, "duration": 0, "ordinal": 0, "date": 1, "roles": 2
}  # fmt: skip
N_RULE_FEATURES = 5 + 6 + 3 + 1


def rule_features(comp: Comparison, similarity: float, claim_words: int) -> np.ndarray:
    x = np.zeros(N_RULE_FEATURES, dtype=np.float32)
    x[:5] = (
        similarity, comp.coverage, comp.about, comp.name_coverage, min(claim_words, 20) / 20
    )  # fmt: skip
    for f in comp.findings:
        if f.supports:
            if f.kind in AGREEMENT_KINDS:
                x[11 + AGREEMENT_KINDS[f.kind]] = max(x[11 + AGREEMENT_KINDS[f.kind]], f.weight)
        elif f.kind in CONFLICT_KINDS:
            x[5 + CONFLICT_KINDS[f.kind]] = 1.0
    x[14] = float(bool(comp.hedges))
    return x


def pair_features(claim_vec: np.ndarray, passage_vecs: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Rows of [u * v, |u - v|, rule features] for one claim and its passages."""
    u = np.broadcast_to(claim_vec, passage_vecs.shape)
    return np.hstack([u * passage_vecs, np.abs(u - passage_vecs), rules]).astype(np.float32)


class StanceMLP:
    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w1, self.b1 = weights["w1"], weights["b1"]
        self.w2, self.b2 = weights["w2"], weights["b2"]
        self.mean, self.std = weights["mean"], weights["std"]
        self.model = str(weights["model"])
        self.dimension = int(weights["dimension"])

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Probabilities (n, 3) in the order of LABELS."""
        x = (x - self.mean) / self.std
        h = np.maximum(x @ self.w1 + self.b1, 0.0)
        logits = h @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)


@cache
def load(model: str, dimension: int) -> StanceMLP | None:
    """The shipped model if it was trained on vectors of ``model``; None otherwise."""
    ref = resources.files(__package__).joinpath("data").joinpath("stance_mlp.npz")
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path, np.load(path) as data:
        mlp = StanceMLP({k: data[k] for k in data.files})
    if mlp.model != model or mlp.dimension != dimension:
        return None
    return mlp
