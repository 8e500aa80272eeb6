"""Speed and memory of `factcheck batch` on the 100k-sentence index.

    .venv/bin/python bench/bench_index.py --sentences 100000   # once
    .venv/bin/python bench/bench_batch.py [--claims 1000] [--workers 2]

Runs `factcheck batch` end to end in a new process (start-up, model and index loading, 1,000
generated claims, CSV out) and reports wall time, claims/s and the peak RSS of one process
(with ``--workers N``, the largest of the batch process and its N workers); then, in this
process, where the time goes per batch of 64. Target: 1,000 claims <= 30 s.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
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
    ap.add_argument("--claims", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1, help="factcheck batch --workers N")
    args = ap.parse_args()
    index_dir = built_index(args.sentences)
    rng = random.Random(11)
    src = OUT / f"claims-{args.claims}.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "claim"])
        for i in range(args.claims):
            w.writerow([f"c{i}", sentence(rng)])
    result = OUT / f"batch-{args.claims}.csv"
    t = time.perf_counter()
    subprocess.run(
        [FACTCHECK, "batch", str(src), "--id-column", "id", "--out", str(result), "--overwrite",
         "--index", str(index_dir), "--workers", str(args.workers)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = {
        "sentences": args.sentences, "claims": args.claims, "workers": args.workers,
        "end_to_end_seconds": round(seconds, 2),
        "claims_per_second": round(args.claims / seconds, 1),
        "peak_rss_mib": round(peak, 1),
    }  # fmt: skip

    from factcheck import Index
    from factcheck.verify.verifier import Verifier

    verifier = Verifier(Index.open(index_dir))
    claims = [sentence(random.Random(5)) for _ in range(64)]
    verifier.verify_many(claims[:4])
    idx = verifier.index
    t0 = time.perf_counter()
    vecs = idx.embedder.encode(claims)
    t1 = time.perf_counter()
    idx.search_many(claims, k=verifier.k, query_vecs=vecs, context=2)
    t2 = time.perf_counter()
    verifier.verify_many(claims)
    t3 = time.perf_counter()
    per = 1000 / len(claims)
    report["per_claim_ms_in_a_batch_of_64"] = {
        "embed": round((t1 - t0) * per, 2), "search": round((t2 - t1) * per, 2),
        "stance_and_verdict": round(((t3 - t2) - (t2 - t0)) * per, 2),
        "total": round((t3 - t2) * per, 2),
    }  # fmt: skip
    print(json.dumps(report, indent=1))
    (OUT / f"batch-{args.claims}.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
