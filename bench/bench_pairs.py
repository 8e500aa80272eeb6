"""Pair-level stance accuracy: does the engine call entailment and contradiction right for a
given claim and sentence? SNLI test and SciFact rationale pairs (train + dev: the stance
models never trained on SciFact; they saw SNLI dev only, never SNLI test).

    .venv/bin/python bench/bench_pairs.py [--engine rules|learned] [--limit N]

For each labeled pair: strict accuracy (entailment must come out "supports", contradiction
"conflicts"; "neutral" counts as wrong), forced-choice accuracy (whichever of the support and
conflict scores is higher), and, for SNLI, how often neutral pairs stay neutral.
Writes bench/out/pairs.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from pairs import OUT, VectorCache, scifact, snli  # noqa: E402

from factcheck.stance.engine import StanceEngine  # noqa: E402


def score(pairs: list, engine: StanceEngine, cache: VectorCache) -> dict:
    cache.ensure([c for c, _, _ in pairs] + [p for _, p, _ in pairs])
    counts: Counter = Counter()
    t = time.perf_counter()
    for claim, passage, label in pairs:
        u, v = cache[claim], cache[passage]
        (j,) = engine.weigh(claim, [passage], [float(u @ v)])
        f = j.signals
        if f.learned is not None:
            says_supports = f.learned.supports >= f.learned.conflicts
        else:  # the rules name a conflict or stay silent
            says_supports = f.rule_conflict == 0
        counts[(label, "strict")] += j.stance.value == label
        counts[(label, "forced")] += says_supports == (label == "supports")
        counts[(label, "n")] += 1
    out: dict = {"pairs": sum(v for (lab, k), v in counts.items() if k == "n")}
    for label in ("supports", "conflicts", "neutral"):
        n = counts[(label, "n")]
        if n:
            out[label] = {"n": n, "strict": round(counts[(label, "strict")] / n, 4)}
            if label != "neutral":
                out[label]["forced"] = round(counts[(label, "forced")] / n, 4)
    two = [lab for lab in ("supports", "conflicts") if counts[(lab, "n")]]
    n2 = sum(counts[(lab, "n")] for lab in two)
    out["strict_accuracy"] = round(sum(counts[(lab, "strict")] for lab in two) / n2, 4)
    out["forced_accuracy"] = round(sum(counts[(lab, "forced")] for lab in two) / n2, 4)
    out["ms_per_pair"] = round(1000 * (time.perf_counter() - t) / len(pairs), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", choices=("rules", "cross"), default="cross")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    model = None if args.engine == "rules" else "all-MiniLM-L6-v2"
    engine = StanceEngine(model, 384, learned=args.engine)
    cache = VectorCache("all-MiniLM-L6-v2")
    sets = {
        "snli_test": snli("test"),
        "scifact_rationales": scifact("train") + scifact("dev"),
    }
    report = {"engine": engine.name}
    for name, pairs in sets.items():
        if args.limit:
            pairs = pairs[: args.limit]
        report[name] = score(pairs, engine, cache)
        print(name, json.dumps(report[name]))
    path = OUT / f"pairs-{args.engine}.json"
    path.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
