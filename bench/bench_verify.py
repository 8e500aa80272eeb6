"""Speed of verify on the 100k-sentence generated index (built by bench/bench_index.py).

    .venv/bin/python bench/bench_index.py --sentences 100000   # once, ~6 min
    .venv/bin/python bench/bench_verify.py [--claims 200]

Warm: one process, one claim at a time (p50 / p95 per claim, and where the time goes:
embedding, retrieval, stance). Cold: `factcheck verify` in a new process, median of 5.
Writes bench/out/verify-100000.json. Targets: warm p50 <= 40 ms, cold <= 2 s. `--fever`
times real FEVER claims on the FEVER index instead (bench/out/verify-fever.json): the
generated claims are mostly decided by exact figures, which spares the cross-encoder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from corpus import OUT, built_index, sentence  # noqa: E402

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=100_000)
    ap.add_argument("--claims", type=int, default=200)
    ap.add_argument(
        "--fever", action="store_true",
        help="real claims instead: FEVER dev held-out claims on the FEVER index "
        "(bench_fever.py prepare), where the cross-encoder reads more passages",
    )  # fmt: skip
    args = ap.parse_args()

    from factcheck import Index
    from factcheck.verify.verifier import Verifier

    rng = random.Random(7)
    if args.fever:
        import bench_fever

        index_dir = bench_fever.OUT / "index"
        rows = bench_fever.rows_of("heldout")
        claims = [r["claim"] for r in rng.sample(rows, args.claims)]
        args.sentences = "fever"
    else:
        index_dir = built_index(args.sentences)
        claims = [sentence(rng) for _ in range(args.claims)]
    verifier = Verifier(Index.open(index_dir))
    verifier.verify("warm up the model, FAISS, BM25 and the stance models")
    idx = verifier.index
    total, embed, search = [], [], []
    verdicts: dict[str, int] = {}
    for claim in claims:
        t0 = time.perf_counter()
        vec = idx.embedder.encode([claim])
        t1 = time.perf_counter()
        idx.search_many([claim], k=verifier.k, query_vecs=vec)
        t2 = time.perf_counter()
        v = verifier.verify(claim)
        t3 = time.perf_counter()
        embed.append((t1 - t0) * 1000)
        search.append((t2 - t1) * 1000)
        total.append((t3 - t2) * 1000)
        verdicts[v.verdict.value] = verdicts.get(v.verdict.value, 0) + 1

    def pct(xs: list[float], q: float) -> float:
        return round(sorted(xs)[int(len(xs) * q)], 2)

    report: dict[str, object] = {
        "sentences": args.sentences, "claims": len(claims), "engine": verifier.engine.name,
        "warm_verify_ms_p50": pct(total, 0.5), "warm_verify_ms_p95": pct(total, 0.95),
        "of_which_embed_ms_p50": pct(embed, 0.5), "of_which_search_ms_p50": pct(search, 0.5),
        "stance_and_verdict_ms_p50": round(pct(total, 0.5) - pct(embed, 0.5) - pct(search, 0.5), 2),
        "verdicts": verdicts,
    }  # fmt: skip
    cold = []
    for claim in claims[:5]:
        t = time.perf_counter()
        subprocess.run([FACTCHECK, "verify", claim, "--index", str(index_dir)], check=True,
                       stdout=subprocess.DEVNULL, env=os.environ)  # fmt: skip
        cold.append(time.perf_counter() - t)
    report["cold_verify_seconds_median"] = round(statistics.median(cold), 3)
    report["cold_verify_seconds_all"] = [round(c, 3) for c in cold]
    print(json.dumps(report, indent=1))
    (OUT / f"verify-{args.sentences}.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
