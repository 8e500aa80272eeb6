"""Trace: date extraction hit rate, and how long a trace takes.

1. Date extraction on the seeds (../shared/seeds, if present) and on examples/corpus: for each
   document, the date it goes by and how it was found, or "none". The hit rate is documents
   dated from their own text (or name) over all documents.
2. Upgrading the generated 100k-sentence index from schema 1 (bench_index.py builds it): every
   document is read again for its date; no sentence is embedded again.
3. Warm ``trace`` latency on that index (median and p95 over claims drawn from it) and a cold
   ``factcheck trace`` in a new process.

    python bench/bench_trace.py [--sentences 100000] [--claims 30]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import OUT, built_index  # noqa: E402

from factcheck.ingest import read_document, walk  # noqa: E402
from factcheck.ingest.published import publication_date  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def date_hit_rate(root: Path) -> dict:
    rows = []
    for rel, _ in walk(root):
        doc = read_document(root, rel)
        chosen, conflicts = publication_date(doc.dates)
        rows.append(
            {
                "file": rel,
                "date": chosen.shown if chosen else None,
                "how": chosen.how if chosen else "none",
                "conflicts": [c.how for c in conflicts],
            }
        )
    dated = sum(r["date"] is not None for r in rows)
    return {"documents": len(rows), "dated": dated, "hit_rate": round(dated / len(rows), 3),
            "rows": rows}  # fmt: skip


def upgrade(folder: Path, root: Path) -> dict:
    """Turn the live store into a schema-1 store, then time the index run that upgrades it."""
    from factcheck.index.build import build_index
    from factcheck.index.manifest import read_manifest

    store = folder / read_manifest(folder).generation_dir / "store.sqlite"
    conn = sqlite3.connect(store)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    if "dates" in cols:
        conn.execute("ALTER TABLE documents DROP COLUMN dates")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    t = time.perf_counter()
    stats = build_index(root, folder)
    return {"seconds": round(time.perf_counter() - t, 1), "upgraded_from": stats.upgraded_from,
            "documents": stats.documents, "embedded": stats.embedded}  # fmt: skip


def latency(folder: Path, n: int) -> dict:
    from factcheck.index.search import Index
    from factcheck.trace.tracer import Tracer

    index = Index.open(folder)
    _, texts = index.store.texts()
    rng = random.Random(7)
    claims = [t for t in rng.sample(texts, n * 3) if len(t.split()) >= 6][:n]
    tracer = Tracer(index)
    tracer.trace(claims[0])  # warm up: model, FAISS, BM25
    times, entries, copies = [], [], []
    for claim in claims:
        t = time.perf_counter()
        result = tracer.trace(claim)
        times.append((time.perf_counter() - t) * 1000)
        entries.append(len(result.timeline))
        copies.append(len(result.copies))
    times.sort()
    return {
        "claims": len(claims),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "mean_timeline": round(statistics.mean(entries), 1),
        "mean_copies": round(statistics.mean(copies), 1),
    }


def cold(folder: Path, claim: str, runs: int = 3) -> float:
    exe = Path(sys.executable).parent / "factcheck"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(exe), "trace", claim, "--index", str(folder)], check=True,
                       capture_output=True)  # fmt: skip
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=30)
    args = parser.parse_args()
    report: dict = {"dates": {}}
    for name, root in (("seeds", SEEDS), ("examples", REPO / "examples" / "corpus")):
        if root.exists():
            report["dates"][name] = found = date_hit_rate(root)
            print(f"{name}: {found['dated']}/{found['documents']} dated")
            for r in found["rows"]:
                print(f"  {r['file']:<28} {r['date'] or '-':<11} {r['how']}")
    folder = built_index(args.sentences)
    root = OUT / f"corpus-{args.sentences}"
    report["upgrade"] = upgrade(folder, root)
    print(f"upgrade: {report['upgrade']}")
    report["warm"] = latency(folder, args.claims)
    print(f"warm trace: {report['warm']}")
    report["cold_s"] = cold(folder, "Northwind Motors agreed to buy a stake in Helios Batteries")
    print(f"cold factcheck trace: median {report['cold_s']} s")
    (OUT / f"trace-{args.sentences}.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
