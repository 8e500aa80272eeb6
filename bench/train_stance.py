"""Train the learned stance model (factcheck/stance/data/stance_mlp.npz).

    .venv/bin/python bench/bench_fever.py prepare      # once: corpus, index, passages
    .venv/bin/python bench/train_stance.py

Training pairs: the FEVER tuning half (even claim ids) minus its dev fifth, each claim with
the passages verify retrieves for it (gold-file passages of a SUPPORTS / REFUTES claim are
supports / conflicts, every other passage neutral), plus SNLI dev. Early stopping and all
choices on the dev fifth ((id // 2) % 5 == 0). The held-out FEVER half (odd ids), SNLI test
and SciFact are never seen here. Needs torch (installed with sentence-transformers).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from pairs import OUT, VectorCache, snli  # noqa: E402

from factcheck.stance import learned  # noqa: E402
from factcheck.stance.rules import analyse, compare  # noqa: E402

HITS = OUT / "fever" / "hits.jsonl"
TARGET = REPO / "factcheck" / "stance" / "data" / "stance_mlp.npz"
MIN_SIMILARITY = 0.25
LABEL_INDEX = {lab: i for i, lab in enumerate(learned.LABELS)}


def fever_split(row: dict) -> str:
    if row["id"] % 2 == 1:
        return "heldout"
    return "dev" if (row["id"] // 2) % 5 == 0 else "train"


def fever_pairs(split: str) -> list[tuple[str, str, float, str]]:
    out = []
    for line in HITS.open(encoding="utf-8"):
        r = json.loads(line)
        if fever_split(r) != split:
            continue
        for file, _line, text, sim, _cite in r["hits"]:
            if sim < MIN_SIMILARITY:
                continue
            label = "neutral"
            if file == r["gold"]:
                label = {"supported": "supports", "contradicted": "conflicts"}.get(
                    r["label"], label
                )
            out.append((r["claim"], text, sim, label))
    return out


def featurize(pairs: list[tuple[str, str, float, str]], cache: VectorCache) -> tuple:
    cache.ensure([p[0] for p in pairs] + [p[1] for p in pairs])
    xs, ys = [], []
    for claim, passage, sim, label in pairs:
        a = analyse(claim)
        comp = compare(a, analyse(passage))
        rules = learned.rule_features(comp, sim, len(a.content))
        xs.append(learned.pair_features(cache[claim], cache[passage][None, :], rules[None, :])[0])
        ys.append(LABEL_INDEX[label])
    return np.stack(xs), np.array(ys)


def with_similarity(pairs: list[tuple[str, str, str]], cache: VectorCache) -> list:
    cache.ensure([p[0] for p in pairs] + [p[1] for p in pairs])
    return [(c, p, float(cache[c] @ cache[p]), lab) for c, p, lab in pairs]


def train(x: np.ndarray, y: np.ndarray, xd: np.ndarray, yd: np.ndarray, hidden: int = 128):
    import torch

    torch.manual_seed(0)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    xt = torch.tensor((x - mean) / std)
    yt = torch.tensor(y)
    xdt = torch.tensor((xd - mean) / std)
    ydt = torch.tensor(yd)
    counts = np.bincount(y, minlength=3)
    weight = torch.tensor(len(y) / (3 * np.maximum(counts, 1)), dtype=torch.float32)
    model = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Dropout(0.3),
        torch.nn.Linear(hidden, 3),
    )  # fmt: skip
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    best = (float("inf"), None, 0)
    for epoch in range(40):
        model.train()
        perm = torch.randperm(len(xt))
        for i in range(0, len(xt), 256):
            idx = perm[i : i + 256]
            opt.zero_grad()
            loss = loss_fn(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            dev_loss = float(loss_fn(model(xdt), ydt))
            acc = float((model(xdt).argmax(1) == ydt).float().mean())
        print(f"epoch {epoch:2d} dev loss {dev_loss:.4f} dev acc {acc:.4f}")
        if dev_loss < best[0]:
            best = (dev_loss, {k: v.clone() for k, v in model.state_dict().items()}, epoch)
    model.load_state_dict(best[1])
    print(f"kept epoch {best[2]} (dev loss {best[0]:.4f})")
    sd = {k: v.numpy() for k, v in model.state_dict().items()}
    return {
        "w1": sd["0.weight"].T.copy(), "b1": sd["0.bias"], "w2": sd["3.weight"].T.copy(),
        "b2": sd["3.bias"], "mean": mean.astype(np.float32), "std": std.astype(np.float32),
    }  # fmt: skip


def main() -> None:
    if not HITS.exists():
        sys.exit(f"{HITS} is absent; run: .venv/bin/python bench/bench_fever.py prepare")
    t = time.perf_counter()
    cache = VectorCache("all-MiniLM-L6-v2")
    x1, y1 = featurize(fever_pairs("train"), cache)
    x2, y2 = featurize(with_similarity(snli("dev"), cache), cache)
    xd, yd = featurize(fever_pairs("dev"), cache)
    print(
        f"pairs: FEVER train {len(y1)} {np.bincount(y1)}, SNLI dev {len(y2)}, FEVER dev {len(yd)}"
    )
    weights = train(np.vstack([x1, x2]), np.concatenate([y1, y2]), xd, yd)
    weights["model"] = np.array("all-MiniLM-L6-v2")
    weights["dimension"] = np.array((x1.shape[1] - learned.N_RULE_FEATURES) // 2)
    np.savez_compressed(TARGET, **{k: np.asarray(v) for k, v in weights.items()})
    print(
        f"wrote {TARGET} ({TARGET.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t:.0f}s"
    )


if __name__ == "__main__":
    main()
