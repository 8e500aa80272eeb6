"""Ray: a local 2-CPU cluster builds the index and checks a batch exactly as one process does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.index.build import build_index
from factcheck.index.manifest import read_manifest
from factcheck.index.search import Index

from .conftest import EXAMPLES, FAKE_MODEL

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'factcheck[ray]')")
cluster = pytest.importorskip("factcheck.scale.cluster")

CLAIMS = EXAMPLES.parent / "claims.csv"
FACTCHECK = str(Path(sys.executable).parent / "factcheck")


@pytest.fixture(scope="module")
def local_cluster():  # noqa: ANN201
    """A local Ray cluster of 2 CPUs for this module's tests, stopped after them."""
    ray.init(
        num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False,
        runtime_env={"env_vars": {"HF_HUB_OFFLINE": "1"}},
    )  # fmt: skip
    yield
    ray.shutdown()


def _answers(index_dir: Path) -> list:
    index = Index.open(index_dir)
    claims = [line.split(",")[0] for line in CLAIMS.read_text().splitlines()[1:8]]
    out = [
        [(h.citation, h.text, h.score, h.similarity, h.dense_rank, h.lexical_rank) for h in r.hits]
        for r in index.search_many(claims + ["Bloomberg reported", "SU7 orders"], k=10)
    ]
    index.close()
    return out


def test_ray_index_equals_one_process(local_cluster: None, tmp_path: Path) -> None:
    """The bundled model, two shards embedded in two Ray workers (one thread each)."""
    runner = cluster.RayRunner()
    assert runner.shards == 2
    stats = build_index(EXAMPLES, tmp_path / "ray", runner=runner)
    assert (stats.shards, stats.documents, len(stats.added)) == (2, 9, 9)
    build_index(EXAMPLES, tmp_path / "local")
    assert read_manifest(tmp_path / "ray").shards == 2
    assert _answers(tmp_path / "ray") == _answers(tmp_path / "local")
    again = build_index(EXAMPLES, tmp_path / "ray", runner=runner)  # nothing changed
    assert (again.embedded, again.unchanged, read_manifest(tmp_path / "ray").generation) == (
        0, 9, 1,
    )  # fmt: skip


def test_ray_batch_equals_one_process(local_cluster: None, tmp_path: Path) -> None:
    from factcheck.verify.verifier import Verifier
    from factcheck.workflows.batch import run_batch

    build_index(EXAMPLES, tmp_path / "index")
    local = run_batch(Verifier(Index.open(tmp_path / "index")), CLAIMS, tmp_path / "local.jsonl")
    pool = cluster.VerifierPool(None, str(tmp_path / "index"), None, None)
    try:
        spread = run_batch(None, CLAIMS, tmp_path / "ray.jsonl", pool=pool, batch_size=4)
    finally:
        pool.close()
    assert (spread.checked, spread.verdicts) == (local.checked, local.verdicts)
    a = [json.loads(line) for line in (tmp_path / "local.jsonl").read_text().splitlines()]
    b = [json.loads(line) for line in (tmp_path / "ray.jsonl").read_text().splitlines()]
    assert [r["id"] for r in b] == [r["id"] for r in a]  # one output, in input order
    assert a == b
    # interrupted after 9 records (and half of the 10th): --resume on Ray completes it
    lines = (tmp_path / "ray.jsonl").read_text().splitlines(keepends=True)
    (tmp_path / "ray.jsonl").write_text("".join(lines[:9]) + lines[9][:40])
    pool = cluster.VerifierPool(None, str(tmp_path / "index"), None, None)
    try:
        resumed = run_batch(None, CLAIMS, tmp_path / "ray.jsonl", resume=True, pool=pool,
                            batch_size=4)  # fmt: skip
    finally:
        pool.close()
    assert (resumed.resumed, resumed.checked) == (9, local.checked - 9)
    assert (tmp_path / "ray.jsonl").read_text() == (tmp_path / "local.jsonl").read_text()


def test_a_failed_ray_task_leaves_the_previous_index_whole(
    local_cluster: None, tmp_path: Path
) -> None:
    root = tmp_path / "archive"
    shutil.copytree(EXAMPLES, root)
    index_dir = tmp_path / "index"
    runner = cluster.RayRunner()
    build_index(root, index_dir, model=FAKE_MODEL, runner=runner)
    before = _answers(index_dir)
    (root / "new.txt").write_text("Xiaomi delivered 10,000 SU7 cars in March 2026.\n")
    for cache in index_dir.glob("cache-*-s00*.sqlite"):  # a shard's cache made unopenable
        cache.unlink()
        cache.mkdir()
    with pytest.raises(FactcheckError, match="the previous index is unchanged"):
        build_index(root, index_dir, runner=runner)
    assert read_manifest(index_dir).generation == 1 and not list(index_dir.glob("gen-000002*"))
    assert _answers(index_dir) == before


def test_cli_ray_index_and_batch(tmp_path: Path) -> None:
    """`--ray` alone starts a local cluster for the run (and stops it); the results equal the
    single-process ones."""
    env = {**os.environ, "FACTCHECK_INDEX": str(tmp_path / "ray")}
    run = [FACTCHECK, "index", "--ray", str(EXAMPLES), "--model", FAKE_MODEL, "--json"]
    done = subprocess.run(run, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["shards"] == 2
    out = tmp_path / "ray.csv"
    batch = [FACTCHECK, "batch", str(CLAIMS), "--out", str(out), "--ray", "--stance", "rules"]
    done = subprocess.run(batch, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    local = subprocess.run(
        [FACTCHECK, "batch", str(CLAIMS), "--out", str(tmp_path / "local.csv"), "--stance",
         "rules"], capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert local.returncode == 0, local.stderr
    assert out.read_text() == (tmp_path / "local.csv").read_text()


def test_unreachable_cluster_is_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCHECK_INDEX": str(tmp_path / "index")}
    done = subprocess.run(
        [FACTCHECK, "index", str(EXAMPLES), "--ray", "127.0.0.1:1"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Error: cannot start or reach Ray at '127.0.0.1:1' (nothing answers at 127.0.0.1:1: "
        "Connection refused); start one with `ray start --head` and pass --ray auto, give its "
        "address (host:port), or leave out --ray"
    ]
    assert not (tmp_path / "index" / "manifest.json").exists()


def test_nothing_imports_ray_without_the_flag(tmp_path: Path) -> None:
    code = f"""
import sys
from typer.testing import CliRunner
from factcheck.cli import app
r = CliRunner()
assert r.invoke(app, ["index", {str(EXAMPLES)!r}, "--model", "hashing"]).exit_code == 0
assert r.invoke(app, ["search", "Tesla Toyota"]).exit_code == 0
done = r.invoke(app, ["batch", {str(CLAIMS)!r}, "--out", "r.csv", "--stance", "rules"])
assert done.exit_code == 0
print(sorted(m for m in sys.modules if m == "ray" or m.startswith("ray.")))
"""
    env = {**os.environ, "FACTCHECK_INDEX": str(tmp_path / "index")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_bare_ray_flag_means_a_local_cluster() -> None:
    from factcheck.cli.app import optional_values

    assert optional_values(["index", "--ray", "docs"]) == ["index", "--ray", "local", "docs"]
    assert optional_values(["index", "docs", "--ray"]) == ["index", "docs", "--ray", "local"]
    assert optional_values(["batch", "c.csv", "--ray", "auto"]) == [
        "batch",
        "c.csv",
        "--ray",
        "auto",
    ]
    assert optional_values(["index", "d", "--ray", "10.0.0.5:6379", "--shards", "8"]) == [
        "index", "d", "--ray", "10.0.0.5:6379", "--shards", "8",
    ]  # fmt: skip
    assert optional_values(["index", "d", "--ray", "--json"]) == [
        "index", "d", "--ray", "local", "--json",
    ]  # fmt: skip


def _wait_for(pattern: str, timeout: float = 120.0) -> int | None:
    """The pid of the first process whose command line matches ``pattern``, once it appears."""
    import time

    deadline = time.time() + timeout
    while time.time() < deadline:
        found = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True)
        if found.stdout.split():
            return int(found.stdout.split()[0])
        time.sleep(0.02)
    return None


def _kill_first(pattern: str, timeout: float = 120.0) -> bool:
    """SIGKILL the first process whose command line matches ``pattern`` once it appears."""
    import signal

    pid = _wait_for(pattern, timeout)
    if pid is not None:
        os.kill(pid, signal.SIGKILL)
    return pid is not None


def test_a_killed_worker_is_retried_by_ray(local_cluster: None, tmp_path: Path) -> None:
    """kill -9 of the Ray worker writing a shard: Ray runs the task again, the index is whole."""
    import threading

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from corpus import make_corpus

    make_corpus(tmp_path / "news", 1200, per_file=40)
    outcome: dict = {}

    def build() -> None:
        try:
            outcome["stats"] = build_index(tmp_path / "news", tmp_path / "ray",
                                           runner=cluster.RayRunner())  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - reported below
            outcome["error"] = exc

    thread = threading.Thread(target=build)
    thread.start()
    killed = _kill_first("ray::_write_task")
    thread.join(timeout=600)
    assert killed, "no worker was seen writing a shard"
    assert "error" not in outcome, outcome.get("error")
    # the same 2 shards built in this process (the generated sentences tie often enough that 1
    # and 2 shards may keep different members of a tie at the 50th candidate: docs/design.md)
    build_index(tmp_path / "news", tmp_path / "local", shards=2)
    queries = ["Tesla would invest in battery plants near Berlin", "Xiaomi shares rose"]
    for path in (tmp_path / "ray", tmp_path / "local"):
        Index.open(path).check()
    a, b = Index.open(tmp_path / "ray"), Index.open(tmp_path / "local")
    for q in queries:
        assert [h.citation for h in a.search(q).hits] == [h.citation for h in b.search(q).hits]


def test_a_killed_driver_leaves_the_previous_index_whole(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(EXAMPLES, root)
    index_dir = tmp_path / "index"
    build_index(root, index_dir, model=FAKE_MODEL)
    before = _answers(index_dir)
    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from corpus import make_corpus

    make_corpus(root / "more", 600, per_file=30)
    import tempfile

    ray_dir = tempfile.mkdtemp(prefix="fc-ray-", dir="/tmp")  # (Ray's sockets want a short path)
    driver = subprocess.Popen(
        [FACTCHECK, "index", str(root), "--index", str(index_dir), "--ray"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "RAY_TMPDIR": ray_dir},
    )  # fmt: skip
    try:
        assert _wait_for("ray::_read_task|ray::_write_task", timeout=180), "no task ran"
        driver.kill()  # the driver dies while its workers are busy
        driver.wait(timeout=60)
    finally:
        driver.kill()
        subprocess.run(["pkill", "-9", "-f", ray_dir], check=False)  # its local cluster
        shutil.rmtree(ray_dir, ignore_errors=True)
    assert read_manifest(index_dir).generation == 1
    assert _answers(index_dir) == before
    stats = build_index(root, index_dir)  # the next run (no Ray) finishes the job
    assert len(stats.added) == 20 and read_manifest(index_dir).generation == 2
    assert sorted(p.name for p in index_dir.iterdir() if p.name.startswith("gen-")) == [
        "gen-000002"
    ]
