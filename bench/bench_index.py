"""Indexing speed, memory, size, and search latency at N generated sentences.

    .venv/bin/python bench/bench_index.py --sentences 100000

Prints a JSON report (and writes it to bench/out/index-N.json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import make_corpus, sentence  # noqa: E402

OUT = Path(__file__).parent / "out"
FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    n = args.sentences
    corpus = OUT / f"corpus-{n}"
    index_dir = OUT / f"index-{n}"
    shutil.rmtree(index_dir, ignore_errors=True)
    if not corpus.exists():
        make_corpus(corpus, n)
    words = [len(t.split()) for t in (corpus / "doc-00000.txt").read_text().split("\n\n")]
    report: dict[str, object] = {"sentences": n, "mean_words": round(statistics.mean(words), 1)}

    started = time.perf_counter()
    subprocess.run([FACTCHECK, "index", str(corpus), "--index", str(index_dir)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    size = sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())
    report |= {
        "index_seconds": round(seconds, 1),
        "sentences_per_second": round(n / seconds, 1),
        "index_peak_rss_mib": round(peak_kib / 1024, 1),
        "index_size_mib": round(size / 2**20, 1),
    }

    from factcheck import Index

    rng = random.Random(99)
    queries = [sentence(rng) for _ in range(args.queries)]
    idx = Index.open(index_dir)
    idx.search("warm up the model, FAISS and BM25", k=10)
    times = []
    for q in queries:
        t = time.perf_counter()
        idx.search(q, k=10)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    report |= {
        "warm_search_ms_p50": round(times[len(times) // 2], 2),
        "warm_search_ms_p95": round(times[int(len(times) * 0.95)], 2),
    }
    cold = []
    for q in queries[:5]:
        t = time.perf_counter()
        subprocess.run([FACTCHECK, "search", q, "--index", str(index_dir)], check=True,
                       stdout=subprocess.DEVNULL, env=os.environ)  # fmt: skip
        cold.append(time.perf_counter() - t)
    report["cold_search_seconds_median"] = round(statistics.median(cold), 3)
    OUT.mkdir(exist_ok=True)
    (OUT / f"index-{n}.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
