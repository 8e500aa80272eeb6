"""Train the claim-level verdict model (factcheck/stance/data/verdict_lr.json) and the
calibration maps.

    .venv/bin/python training/train_verdict.py

Since 2026-12-04 `verify` no longer consults the verdict model (the verdict is one function of
the claim's checklist, docs/accuracy.md); `bench/bench_fever.py`'s cached path still does.

A softmax regression over factcheck.verify.verdict.CLAIM_FEATURES, fitted on the dev fifth of the
FEVER tuning half (then the calibration maps, from `verify` run on that fifth): claims the
stance cross-encoder was not trained on, so its outputs there are as confident as on new
claims. 5-fold cross-validation on that fifth is printed first; the
held-out half is not touched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_fever  # noqa: E402

from factcheck.verify.verdict import (  # noqa: E402
    CLAIM_FEATURES,
    MODEL_VERDICTS,
    VerdictModel,
    claim_features,
)

TARGET = REPO / "factcheck" / "stance" / "data" / "verdict_lr.json"
CALIBRATION = TARGET.with_name("calibration.json")
INDEX = {v.value: i for i, v in enumerate(MODEL_VERDICTS)}


def dataset() -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for row in bench_fever.rows_of("dev"):
        evidence, signals = bench_fever.weigh(row, use_learned=True)
        xs.append(claim_features(evidence, signals))
        ys.append(INDEX[row["label"]])
    return np.stack(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3) -> dict:
    import torch

    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    xt = torch.tensor((x - mean) / std, dtype=torch.float32)
    yt = torch.tensor(y)
    lin = torch.nn.Linear(x.shape[1], 3)
    opt = torch.optim.LBFGS(lin.parameters(), max_iter=500)

    def closure():  # noqa: ANN202
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(lin(xt), yt) + l2 * (lin.weight**2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return {
        "features": list(CLAIM_FEATURES), "labels": [v.value for v in MODEL_VERDICTS],
        "mean": mean.tolist(), "std": std.tolist(),
        "coef": lin.weight.detach().numpy().tolist(),
        "intercept": lin.bias.detach().numpy().tolist(),
    }  # fmt: skip


def predict(spec: dict, x: np.ndarray) -> np.ndarray:
    z = ((x - np.array(spec["mean"])) / np.array(spec["std"])) @ np.array(spec["coef"]).T
    return np.argmax(z + np.array(spec["intercept"]), axis=1)


def main() -> None:
    x, y = dataset()
    rng = np.random.default_rng(0)
    folds = rng.integers(0, 5, len(y))
    accs = []
    for k in range(5):
        spec = fit(x[folds != k], y[folds != k])
        accs.append(float((predict(spec, x[folds == k]) == y[folds == k]).mean()))
    print(f"5-fold accuracy on the dev fifth ({len(y)} claims): {np.mean(accs):.3f} {accs}")
    spec = fit(x, y)
    TARGET.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
    fit_calibration(VerdictModel(spec))


def isotonic(xs: np.ndarray, ys: np.ndarray) -> list[list[float]]:
    """Pool-adjacent-violators: the increasing step function closest to (xs, ys)."""
    order = np.argsort(xs)
    blocks: list[list[float]] = []  # [sum_x, sum_y, n]
    for i in order:
        blocks.append([float(xs[i]), float(ys[i]), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            x2, y2, n2 = blocks.pop()
            blocks[-1] = [blocks[-1][0] + x2, blocks[-1][1] + y2, blocks[-1][2] + n2]
    return [[round(b[0] / b[2], 4), round(b[1] / b[2], 4)] for b in blocks]


def fit_calibration(model: VerdictModel) -> None:
    """Isotonic maps from raw confidence to accuracy on the dev fifth, per decision path, from
    the whole verify path (retrieval, windows, atoms) as users run it, with ``model`` just
    written. Mixed verdicts are left out: FEVER has no mixed label."""
    from factcheck import Index
    from factcheck.verify.verdict import load_model
    from factcheck.verify.verifier import Verifier

    load_model.cache_clear()
    assert load_model() is not None and load_model().coef.shape == model.coef.shape
    rows = bench_fever.rows_of("dev")
    points: dict[str, list[tuple[float, float]]] = {}
    index = Index.open(bench_fever.OUT / "index")
    for stance in ("cross", "rules"):
        verifier = Verifier(index, stance=stance, calibrated=False)
        for start in range(0, len(rows), 256):
            chunk = rows[start : start + 256]
            results = verifier.verify_many([r["claim"] for r in chunk])
            for row, v in zip(chunk, results, strict=True):
                if v.verdict.value == "mixed":
                    continue
                right = float(v.verdict.value == row["label"])
                points.setdefault(v.decided_by, []).append((v.confidence, right))
    tables = {}
    for path, pts in points.items():
        xs, ys = np.array([p[0] for p in pts]), np.array([p[1] for p in pts])
        tables[path] = isotonic(xs, ys)
        print(f"calibration {path}: {len(pts)} claims, accuracy {ys.mean():.3f}")
    CALIBRATION.write_text(json.dumps(tables) + "\n", encoding="utf-8")
    print(f"wrote {CALIBRATION}")


if __name__ == "__main__":
    main()
