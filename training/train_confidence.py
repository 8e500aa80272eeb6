"""Fit the confidence ranker (factcheck/verify/confidence.py) on newsroom claims.

    .venv/bin/python bench/bench_newsbench.py --json bench/out/newsbench.json
    .venv/bin/python -m training.train_confidence bench/out/newsbench.json [--write]

Reads the verifications ``bench_newsbench.py --json`` dumps (each claim with its gold label),
and reports, by the newsbench protocol, the ranker fitted on two archives and measured on the
other two, then swapped: AUROC of the confidence (right vs wrong), the share of verdicts below
the "check by hand" threshold and the accuracy of those above it, with the same figures for the
confidence the dump holds (the verdict's own where the dump was made without a ranker file; the
shipped ranker's, fitted on all four archives and so not held out, where it was made with one).
``--write`` then fits on all four archives and writes
factcheck/verify/data/confidence.json (the figures measured held out go in the file too).

The model is logistic regression on standardized features with an L2 penalty, fitted with
numpy: ten features and 140 claims need nothing more.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from factcheck.models import Verification
from factcheck.verify.confidence import FEATURES, Ranker, features

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "factcheck" / "verify" / "data" / "confidence.json"
SPLITS = (
    ("hospital_merger", "election_campaign"),
    ("drought_reservoir", "tech_recall"),
)
L2 = 1.0  # the penalty on the standardized weights (strong: 70 claims per fit)
STEPS, RATE = 3000, 0.1
REVIEW_BELOW = 0.5  # below an even chance of being right, a verdict is checked by hand


def rows(dump: dict, archives: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, right (1) / wrong (0), and the verdict's own confidence, per claim."""
    x, y, own = [], [], []
    for name in archives:
        for c in dump[name]["claims"]:
            v = Verification.model_validate(c["verification"])
            x.append(features(v.verdict, v.evidence))
            y.append(float(c["gold"] == c["got"]))
            own.append(v.confidence)
    return np.array(x), np.array(y), np.array(own)


def fit(x: np.ndarray, y: np.ndarray) -> Ranker:
    mean, std = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / std
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= RATE * (z.T @ (p - y) + L2 * w) / len(y)
        b -= RATE * float(np.mean(p - y))
    return Ranker(tuple(mean), tuple(std), tuple(w), b, REVIEW_BELOW)


def auroc(scores: np.ndarray, right: np.ndarray) -> float:
    pos, neg = scores[right == 1], scores[right == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = sum(float(p > n) + 0.5 * float(p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def report(scores: np.ndarray, right: np.ndarray, below: float) -> dict:
    kept = scores >= below
    return {
        "auroc": auroc(scores, right),
        "check_by_hand": round(float(np.mean(~kept)), 3),
        "accuracy_above": round(float(np.mean(right[kept])), 3) if kept.any() else None,
        "accuracy_all": round(float(np.mean(right)), 3),
    }


def score(ranker: Ranker, x: np.ndarray) -> np.ndarray:
    mean, std, coef = (np.array(v) for v in (ranker.mean, ranker.std, ranker.coef))
    return 1.0 / (1.0 + np.exp(-(((x - mean) / std) @ coef + ranker.intercept)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path, help="bench_newsbench.py --json output")
    ap.add_argument("--write", action="store_true", help="fit on all and write the model")
    args = ap.parse_args()
    dump = json.loads(args.dump.read_text(encoding="utf-8"))
    held_out = {}
    for train, test in (SPLITS, SPLITS[::-1]):
        ranker = fit(*rows(dump, train)[:2])
        x, y, own = rows(dump, test)
        name = "+".join(test)
        held_out[name] = {
            "ranker": report(score(ranker, x), y, REVIEW_BELOW),
            "confidence_in_dump": report(own, y, REVIEW_BELOW),
        }
        print(name, json.dumps(held_out[name]))
    if args.write:
        x, y, _ = rows(dump, SPLITS[0] + SPLITS[1])
        ranker = fit(x, y)
        spec = {
            "features": list(FEATURES), "mean": list(ranker.mean), "std": list(ranker.std),
            "coef": list(ranker.coef), "intercept": ranker.intercept,
            "review_below": REVIEW_BELOW,
            "fitted_on": "../shared/newsbench, all four archives (140 claims), "
                         f"from {args.dump.name}",
            "held_out": held_out,
        }  # fmt: skip
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
