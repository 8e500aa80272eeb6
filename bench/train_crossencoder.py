"""Train the stance cross-encoder: all-MiniLM-L6-v2 reading (passage, claim) together, its top
layers fine-tuned with a 3-way head (supports / conflicts / neutral).

    .venv/bin/python bench/bench_fever.py prepare     # once (FEVER passages for training)
    .venv/bin/python bench/train_crossencoder.py [--top 4] [--minutes 70] [--init FILE]

Data: ``bench/stance_data.py`` (generated news pairs from FNC-1 train bodies, FNC-1
headline/body pairs, the FEVER tuning half's train part, SNLI dev, CAD train, Breaking NLI).
Monitored on held-out pairs (FNC-1 bodies with Body ID % 5 == 0, the FEVER dev fifth); the
FEVER held-out half, SNLI test and SciFact are never seen. Runs on the CPU (dynamic padding,
the frozen lower layers run without gradients); ``--device cuda`` where a GPU is lent. One
epoch over the mixture, the learning rate decaying over it; ``--minutes`` stops early (the
schedule is set from the measured speed of the first 50 steps). Only the trained layers and
the head are saved (int8 per output channel), to factcheck/stance/data/cross_stance.npz.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from stance_data import fever_dev_pairs, fnc_pairs, news_pairs, training_mixture  # noqa: E402

from factcheck.runtime.onnx import mean_pool  # noqa: E402
from factcheck.stance import cross  # noqa: E402

LABELS = {"supports": 0, "conflicts": 1, "neutral": 2}


def main() -> None:
    import torch

    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=4, help="top layers to train")
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--minutes", type=float, default=0, help="stop after this long (0: no limit)")
    ap.add_argument("--limit", type=int, default=0, help="use only this many training pairs")
    ap.add_argument("--init", type=Path, default=None, help="start from these trained weights")
    ap.add_argument("--out", type=Path, default=cross.WEIGHTS)
    ap.add_argument("--device", default="cpu")
    args = ap.parse_args()
    torch.manual_seed(0)
    if args.device == "cpu":
        torch.set_num_threads(2)
    rng = random.Random(0)
    train = training_mixture()
    if args.limit:
        train = train[: args.limit]
    dev_rng = random.Random(1)
    dev = (
        dev_rng.sample(news_pairs(True, dev_rng), 800)
        + dev_rng.sample(fnc_pairs(True), 300)
        + dev_rng.sample(fever_dev_pairs(dev_rng), 700)
    )
    print(f"train pairs {len(train)}, dev pairs {len(dev)}", flush=True)
    tok, model, head = cross.build_trainable(args.top)
    if args.init:
        state, head_w, head_b = cross._trained_state(args.init)
        own = model.state_dict()
        for name, value in state.items():
            own[name] = torch.from_numpy(np.ascontiguousarray(value))
        model.load_state_dict(own)
        head.weight.data = torch.from_numpy(np.array(head_w))
        head.bias.data = torch.from_numpy(np.array(head_b))
        print(f"started from {args.init}", flush=True)
    model.to(args.device)
    head.to(args.device)
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    counts = np.bincount([LABELS[x[2]] for x in train], minlength=3)
    weight = torch.tensor(len(train) / (3 * counts), dtype=torch.float32).to(args.device)

    def batches(data: list, shuffle: bool) -> list:
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + len(data[i][1]))
        chunks = [order[i : i + args.batch] for i in range(0, len(order), args.batch)]
        if shuffle:
            rng.shuffle(chunks)
        return [[data[i] for i in c] for c in chunks]

    def logits(chunk: list) -> torch.Tensor:
        enc = tok(
            [x[0] for x in chunk], [x[1] for x in chunk], padding=True, truncation=True,
            max_length=cross.MAX_LENGTH, return_tensors="pt",
        )  # fmt: skip
        enc = {k: v.to(args.device) for k, v in enc.items()}
        return head(mean_pool(model(**enc).last_hidden_state, enc["attention_mask"]))

    def evaluate() -> float:
        model.eval()
        right, by_kind = 0, {}
        with torch.no_grad():
            for chunk in batches(dev, False):
                pred = logits(chunk).argmax(1).tolist()
                for p, x in zip(pred, chunk, strict=True):
                    ok = p == LABELS[x[2]]
                    right += ok
                    k = x[3].split("-")[0] if x[3].startswith("fnc") else x[2]
                    by_kind.setdefault(k, []).append(ok)
        model.train()
        print("  dev by label/source:", {k: round(sum(v) / len(v), 3) for k, v in by_kind.items()})
        return right / len(dev)

    chunks = batches(train, True)
    total = len(chunks)
    t = time.perf_counter()
    print(f"dev accuracy before {evaluate():.4f}", flush=True)
    budget = args.minutes * 60
    step = 0
    model.train()
    for n, chunk in enumerate(chunks, start=1):
        if n == 50 and budget:
            rate = (time.perf_counter() - t) / 50
            total = min(total, int(budget / rate))
            print(f"{rate:.2f}s a step: {total} of {len(chunks)} steps fit", flush=True)
        if n > total:
            break
        for g in opt.param_groups:  # linear decay over the steps that will run
            g["lr"] = args.lr * max(0.0, 1 - n / (total + 1))
        y = torch.tensor([LABELS[x[2]] for x in chunk]).to(args.device)
        loss = torch.nn.functional.cross_entropy(logits(chunk), y, weight=weight)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step = n
        if n % 200 == 0:
            print(f"step {n}/{total} loss {loss.item():.3f} {time.perf_counter() - t:.0f}s",
                  flush=True)  # fmt: skip
        if n % 1000 == 0:
            cross.save_trained(model.cpu(), head.cpu(), args.out.with_suffix(".ckpt.npz"), args.top)
            model.to(args.device)
            head.to(args.device)
    acc = evaluate()
    print(f"trained {step} steps ({step * args.batch} pairs), dev accuracy {acc:.4f} "
          f"({time.perf_counter() - t:.0f}s)", flush=True)  # fmt: skip
    cross.save_trained(model.cpu(), head.cpu(), args.out, args.top)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", flush=True)


if __name__ == "__main__":
    main()
