"""Retrieval quality on the seed archive: dense vs lexical vs fused, fp32 vs int8.

    .venv/bin/python bench/bench_retrieval.py

Needs ../shared/seeds (skips otherwise). Queries were written by hand from reading the seeds
(paraphrases, names, numbers); each lists the file:line that answers it. Nothing is tuned
here: the fusion is plain reciprocal rank fusion with the customary k=60. Also measures how
well the int8 ONNX path keeps the fp32 sentence-transformers neighbours on a generated corpus.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from corpus import sentence  # noqa: E402

from factcheck import Index, build_index  # noqa: E402
from factcheck.runtime.embed import load_embedder  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
A, B, C, D, E = (f"00{i}_" for i in range(5))
QUERIES = [
    ("VW paid $700 million", {f"{E}:21", f"{E}:16"}),
    ("nearly 5% stake", {f"{E}:16"}),
    ("joint announcement on July 26, 2023", {f"{E}:16"}),
    ("Xiaomi sold 7,000 units", {f"{D}:46"}),
    ("SU7 price under $30,000", {f"{D}:70"}),
    ("buyers wait six months for the car", {f"{D}:50"}),
    ("deliver 100,000 electric cars a year", {f"{D}:50"}),
    ("Tesla sold 1.7 million cars in China", {f"{C}:21"}),
    ("recall of 2 million vehicles for Autopilot safeguards", {f"{C}:21"}),
    ("10% workforce reduction", {f"{C}:19"}),
    ("Premier Li Qiang", {f"{C}:11"}),
    ("Ren Hongbin", {f"{C}:17"}),
    ("FSD is not available in China", {f"{C}:11"}),
    ("Tesla keeps Chinese fleet data in Shanghai since 2021", {f"{C}:13"}),
    ("Musk cancelled his trip to India to meet Modi", {f"{C}:19"}),
    ("Tesla and Volkswagen reached an agreement on electrification", {f"{A}:6"}),
    ("Musk test drove the ID.4", {f"{A}:8", f"{A}:10"}),
    ("Audi Mission T group", {f"{A}:10"}),
    ("Tesla will overtake Apple and Amazon", {f"{A}:12"}),
    ("Tesla surpassed Toyota in market capitalization", {f"{A}:16"}),
    ("VW wants to be 50 percent electric by 2030", {f"{B}:1"}),
    ("Diess said on LinkedIn", {f"{B}:7"}),
    ("Tesla factory at Grunheide near Berlin", {f"{B}:7"}),
    ("200 top managers in Alpbach", {f"{B}:9"}),
    ("Xmart OS and XPILOT", {f"{E}:12"}),
    ("90-year-old giant and a nine-year-old startup", {f"{E}:11"}),
    ("Tesla rewrote software for a new microchip in two weeks", {f"{B}:5"}),
    ("Tesla to build a data center in China", {f"{D}:18"}),
    ("Musk spent 72 hours in Germany", {f"{A}:6"}),
    ("a rival for the Porsche Taycan", {f"{D}:48"}),
]


def _key(citation: str) -> str:
    file, line = citation.rsplit(":", 1)
    return f"{file[:4]}:{line}"


def evaluate(index: Index, mode: str) -> dict[str, float]:
    ranks = []
    for query, expected in QUERIES:
        hits = index.search(query, k=10, mode=mode).hits
        keys = [_key(h.citation) for h in hits]
        ranks.append(next((i + 1 for i, k in enumerate(keys) if k in expected), None))
    n = len(ranks)
    return {
        "recall@1": round(sum(r == 1 for r in ranks) / n, 3),
        "recall@3": round(sum(r is not None and r <= 3 for r in ranks) / n, 3),
        "recall@10": round(sum(r is not None for r in ranks) / n, 3),
        "mrr@10": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def neighbour_overlap(n: int = 5000, queries: int = 200) -> dict[str, float]:
    """Recall@10 of int8 ONNX search against fp32 sentence-transformers search."""
    rng = random.Random(3)
    docs = [sentence(rng) for _ in range(n)]
    qs = [sentence(rng) for _ in range(queries)]
    exact = load_embedder(backend="torch")
    fast = load_embedder(backend="onnx-int8")
    de, qe = exact.encode(docs), exact.encode(qs)
    df, qf = fast.encode(docs), fast.encode(qs)
    top_exact = np.argsort(-(qe @ de.T), axis=1)[:, :10]
    top_fast = np.argsort(-(qf @ df.T), axis=1)[:, :10]
    overlap = [len(set(a) & set(b)) / 10 for a, b in zip(top_exact, top_fast, strict=True)]
    cosine = float(np.mean(np.sum(de * df, axis=1)))
    return {"recall@10_vs_fp32": round(float(np.mean(overlap)), 4), "mean_cosine": round(cosine, 4)}


def main() -> None:
    if not SEEDS.exists():
        print(f"skipped: {SEEDS} not found")
        return
    report: dict[str, object] = {"queries": len(QUERIES)}
    with tempfile.TemporaryDirectory() as tmp:
        for backend in ("onnx-int8", "torch"):
            folder = Path(tmp) / backend
            build_index(SEEDS, folder, backend=backend)
            index = Index.open(folder)
            report[backend] = {m: evaluate(index, m) for m in ("dense", "lexical", "hybrid")}
    report["generated_corpus_neighbours"] = neighbour_overlap()
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "retrieval.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
