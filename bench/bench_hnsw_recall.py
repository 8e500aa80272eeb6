"""Recall@10 of the index's FAISS search against exact NumPy search, on a built index.

.venv/bin/python bench/bench_hnsw_recall.py bench/out/index-100000
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from corpus import sentence  # noqa: E402

from factcheck import Index
from factcheck.index import dense as vectors  # noqa: E402
from factcheck.index.store import VectorCache  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1])
    idx = Index.open(folder)
    ids, hashes = idx.store.sentence_hashes()
    m = idx.manifest
    cache = VectorCache(folder / m.cache, m.dimension, f"{m.model}|{m.backend}")
    matrix = cache.get(hashes)
    rng = random.Random(5)
    queries = idx.embedder.encode([sentence(rng) for _ in range(200)])
    recall = []
    for q in queries:
        exact = set(ids[np.argsort(-(matrix @ q))[:10]].tolist())
        found = {i for i, _ in vectors.search(idx.faiss, q, 10)}
        recall.append(len(exact & found) / 10)
    print(json.dumps({"faiss": m.faiss, "sentences": len(ids), "recall@10": np.mean(recall)}))


if __name__ == "__main__":
    main()
