"""Scale: index build (1 process or a local Ray cluster) and search at 100k-1M sentences.

    # build: time, peak RSS of the driver and of the busiest worker, index size
    .venv/bin/python bench/bench_scale.py build --corpus bench/out/corpus-100000 --out NAME
    .venv/bin/python bench/bench_scale.py build --corpus ... --out NAME --ray 2
    # build from vectors already embedded (a cache another run filled): measures everything
    # but the embedding, whose throughput the full builds give
    .venv/bin/python bench/bench_scale.py build --corpus ... --out NAME --seed-cache CACHE
    # search: recall@10 of dense search against exact (numpy) search, on two query sets (A
    # tunes, B reports), warm hybrid and dense latency, cold `factcheck search`
    .venv/bin/python bench/bench_scale.py search --index bench/out/NAME

The corpus: bench/corpus.py's generated news (and make_large_corpus's real FNC-1 bodies and
seed articles). Reports go to bench/out/scale-NAME-{build,search}.json.
"""

from __future__ import annotations

import argparse
import csv
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

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from corpus import OUT, SHARED, sentence  # noqa: E402

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _sizes(folder: Path) -> dict[str, float]:
    """MiB on disk by kind of file: store, FAISS, exact vectors, BM25, vector cache."""
    kinds = {"store": 0, "faiss": 0, "exact_vectors": 0, "bm25": 0, "vector_cache": 0}
    for p in folder.rglob("*"):
        if not p.is_file():
            continue
        n = p.stat().st_size
        if p.name.startswith("cache-"):
            kinds["vector_cache"] += n
        elif p.name == "store.sqlite":
            kinds["store"] += n
        elif p.name == "vectors.faiss":
            kinds["faiss"] += n
        elif p.name.startswith("exact"):
            kinds["exact_vectors"] += n
        elif "bm25" in p.parts:
            kinds["bm25"] += n
    return {k: round(v / 2**20, 1) for k, v in kinds.items()}


def build(args: argparse.Namespace) -> None:
    index_dir = OUT / args.out
    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    shards = args.shards or (args.ray or 1)
    if args.seed_cache:  # the vectors of a previous run: every shard's cache starts with them
        names = (
            ["cache-000001.sqlite"]
            if shards == 1
            else [f"cache-000001-s{k:03d}.sqlite" for k in range(shards)]
        )
        for name in names:
            shutil.copyfile(args.seed_cache, index_dir / name)
    command = [FACTCHECK, "index", str(args.corpus), "--index", str(index_dir), "--json"]
    command += ["--shards", str(shards)]
    env = dict(os.environ)
    if args.ray:
        head = ["ray", "start", "--head", f"--num-cpus={args.ray}", "--include-dashboard=false"]
        subprocess.run([str(Path(sys.executable).parent / head[0]), *head[1:]], check=True,
                       capture_output=True)  # fmt: skip
        command += ["--ray", "auto"]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    finally:
        if args.ray:
            subprocess.run([str(Path(sys.executable).parent / "ray"), "stop", "--force"],
                           capture_output=True)  # fmt: skip
    seconds = time.perf_counter() - started
    stats = json.loads(done.stdout)
    driver_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    manifest = json.loads((index_dir / "manifest.json").read_text())
    report = {
        "corpus": str(args.corpus),
        "mode": f"ray ({args.ray} CPUs)" if args.ray else "one process",
        "seeded_cache": bool(args.seed_cache),
        "documents": stats["documents"],
        "sentences": stats["sentences"],
        "embedded": stats["embedded"],
        "shards": stats["shards"],
        "faiss": manifest["faiss"],
        "seconds": round(seconds, 1),
        "sentences_per_second": round(stats["sentences"] / seconds, 1),
        "driver_peak_rss_mib": round(driver_mib, 1),
        "worker_peak_rss_mib": stats["peak_rss_mib"],
        "index_mib": round(_size(index_dir) / 2**20, 1),
        "by_kind_mib": _sizes(index_dir),
    }
    print(json.dumps(report, indent=2))
    (OUT / f"scale-{args.out}-build.json").write_text(json.dumps(report, indent=2))


def queries(seed: int, n: int) -> list[str]:
    """Generated news sentences (not in the corpus) and real FNC-1 headlines."""
    rng = random.Random(seed)
    out = [sentence(rng) for _ in range(n // 2)]
    stances = SHARED / "datasets" / "fnc1-train" / "train_stances.csv"
    if stances.exists():
        with open(stances, encoding="utf-8", newline="") as fh:
            headlines = sorted({row["Headline"] for row in csv.DictReader(fh)})
        out += rng.sample(headlines, n - len(out))
    return out


def _exact_matrix(index) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """(global ids, float32 vectors) of every sentence, read from the shards' vector caches
    (the embedder's own vectors: exact search is numpy over these)."""
    from factcheck.index.shards import cache_file, global_id
    from factcheck.index.store import VectorCache

    m, embedder = index.manifest, index.embedder
    recipe = f"{embedder.name}|{embedder.recipe}"  # (the key the build wrote: nothing is reset)
    all_ids, all_vecs = [], []
    for k, shard in enumerate(index.shards):
        ids, hashes = shard.store.sentence_hashes()
        cache = VectorCache(index.dir / cache_file(m.cache, k, m.shards), m.dimension, recipe)
        all_vecs.append(cache.get(hashes))
        cache.close()
        all_ids.append(global_id(ids, k, m.shards))
    return np.concatenate(all_ids), np.vstack(all_vecs)


def _recall(index, ids: np.ndarray, matrix: np.ndarray, qs: list[str]) -> float:  # noqa: ANN001
    """Mean recall@10 of dense search against exact search; a found sentence counts if its
    exact score reaches the 10th best (ties between copies of one sentence count once)."""
    qvecs = index.embedder.encode(qs)
    recalls = []
    for q in qvecs:
        scores = matrix @ q
        tenth = np.partition(scores, -10)[-10]
        found = [i for i, _ in index.dense(q, 10)]
        top = np.argsort(-scores)[:50]
        exact = dict(zip(ids[top].tolist(), scores[top].tolist(), strict=True))
        hits = sum(1 for i in found if exact.get(i, -1.0) >= tenth - 1e-6)
        recalls.append(hits / 10)
    return float(np.mean(recalls))


def _timed(fn, items: list[str]) -> dict[str, float]:  # noqa: ANN001
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
    return {"p50_ms": round(p50, 2), "p95_ms": round(p95, 2)}


def search(args: argparse.Namespace) -> None:
    from factcheck import Index, config

    index_dir = Path(args.index)
    cold = []
    for q in queries(3, 6)[:5]:
        t = time.perf_counter()
        subprocess.run([FACTCHECK, "search", q, "--index", str(index_dir)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        cold.append(time.perf_counter() - t)
    index = Index.open(index_dir)
    index.search("warm up the model, FAISS and BM25", k=10)
    set_a, set_b = queries(1, args.queries), queries(2, args.queries)
    report: dict[str, object] = {
        "index": str(index_dir), "sentences": index.manifest.sentences,
        "faiss": index.manifest.faiss, "shards": index.manifest.shards,
        "nprobe": config.IVF_NPROBE, "rescore_min": config.RESCORE_MIN,
        "cold_search_seconds_median": round(statistics.median(cold), 3),
        "warm_hybrid": _timed(lambda q: index.search(q, k=10), set_b),
        "warm_dense": _timed(lambda q: index.search(q, k=10, mode="dense"), set_b),
        "warm_lexical": _timed(lambda q: index.search(q, k=10, mode="lexical"), set_b),
        "rss_mib_after_search": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }  # fmt: skip
    if not args.no_recall:
        ids, matrix = _exact_matrix(index)
        if args.tune:  # on set A only: the nprobe / re-score settings that reach the target
            tuning = {}
            for nprobe in (8, 16, 32, 64):
                for rescore in (100, 200, 400):
                    config.IVF_NPROBE, config.RESCORE_MIN = nprobe, rescore
                    index = Index.open(index_dir)
                    tuning[f"nprobe={nprobe},rescore={rescore}"] = round(
                        _recall(index, ids, matrix, set_a), 4
                    )
            report["tuning_set_a"] = tuning
        else:
            report["recall@10_set_a"] = round(_recall(index, ids, matrix, set_a), 4)
            report["recall@10_set_b"] = round(_recall(index, ids, matrix, set_b), 4)
    print(json.dumps(report, indent=2))
    name = index_dir.name + ("-tune" if args.tune else "")
    (OUT / f"scale-{name}-search.json").write_text(json.dumps(report, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--corpus", type=Path, required=True)
    b.add_argument("--out", required=True)
    b.add_argument("--ray", type=int, default=0, help="CPUs of a local Ray cluster")
    b.add_argument("--shards", type=int, default=0)
    b.add_argument("--seed-cache", type=Path)
    s = sub.add_parser("search")
    s.add_argument("--index", required=True)
    s.add_argument("--queries", type=int, default=200)
    s.add_argument("--tune", action="store_true")
    s.add_argument("--no-recall", action="store_true")
    args = parser.parse_args()
    build(args) if args.command == "build" else search(args)


if __name__ == "__main__":
    main()
