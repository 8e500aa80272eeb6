"""kill -9 of `factcheck index` at points across a run (bench/bench_crash.py runs 44 with the
real model): the previous index stays whole, or the new one is whole; the next run equals a
clean build."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
from bench_crash import batch_torture, named_points, torture  # noqa: E402


def test_kill_9_at_every_stage_loses_nothing(tmp_path: Path) -> None:
    points = named_points("hashing")
    stages = {"parse_document", "Store.add", "VectorCache.put", "DenseWriter.close", "Lexical.save",
              "os:fsync", "seal", "os:replace", "shutil:rmtree"}  # fmt: skip
    chosen = [p for p in points if p[1] == 1 and any(s in p[0] for s in stages)]
    report = torture(sentences=400, model="hashing", timed=2, points=chosen, work=tmp_path)
    failed = [t for t in report["details"] if not t["ok"]]
    assert not failed, failed
    named = [t for t in report["details"] if not t["point"].startswith("timed")]
    assert all(t["killed"] for t in named), [t["point"] for t in named if not t["killed"]]
    assert report["previous_intact"] >= 1 and report["new_committed"] >= 1


def test_batch_resumed_after_kill_9_loses_and_duplicates_nothing(tmp_path: Path) -> None:

    report = batch_torture(claims=800, kills=2, work=tmp_path)
    assert report["ok"], report
    assert all(0 < n < 800 for n in report["killed_at_rows"]), report
