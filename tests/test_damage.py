"""A damaged index or a full disk: one line naming the file and the repair, never a traceback,
never a silently wrong answer; the repair command then gives the clean build's answers."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Index
from factcheck.cli import app
from factcheck.errors import FactcheckError, IndexDamagedError
from factcheck.index import dense as vectors
from factcheck.index.manifest import read_manifest
from factcheck.index.store import VectorCache

from .conftest import FAKE_MODEL, fake_build

runner = CliRunner()
QUERY = "SU7 costs under $30,000"


def _fails(*args: str) -> str:
    """The one stderr line of a command that must fail cleanly."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == 1, result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def _cites(index_dir: Path) -> list[str]:
    index = Index.open(index_dir)
    try:
        return [h.citation for h in index.search(QUERY, k=3).hits]
    finally:
        index.close()


def _gen(index_dir: Path) -> Path:
    return index_dir / read_manifest(index_dir).generation_dir


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip(path: Path) -> None:
    """Same size, other bytes: only the checksum can tell."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    path.write_bytes(bytes(data))


DAMAGE = {
    "deleted generation": lambda gen: shutil.rmtree(gen),
    "truncated store": lambda gen: _truncate(gen / "store.sqlite"),
    "truncated FAISS": lambda gen: _truncate(gen / "vectors.faiss"),
    "truncated BM25": lambda gen: _truncate(gen / "bm25" / "ids.npy"),
    "deleted BM25 file": lambda gen: next(p for p in (gen / "bm25").iterdir()).unlink(),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_generation_is_named_with_its_repair(
    damage: str, corpus: Path, index_env: Path
) -> None:
    fake_build(corpus, index_env)
    clean = _cites(index_env)
    gen = _gen(index_env)
    DAMAGE[damage](gen)
    repair = f"repair it with: factcheck index {corpus.resolve()} --index {index_env} --rebuild"
    for command in (["search", QUERY], ["verify", QUERY], ["info"]):
        line = _fails(*command)
        assert str(gen) in line and "damaged" in line and line.endswith(repair), line
    # an update would build on the damage: it is refused the same way, never "0 changed"
    line = _fails("index", str(corpus), "--model", FAKE_MODEL)
    assert str(gen) in line and line.endswith(repair), line
    out = runner.invoke(app, ["index", str(corpus), "--index", str(index_env), "--rebuild"])
    assert out.exit_code == 0, out.output + out.stderr
    assert _cites(index_env) == clean
    assert runner.invoke(app, ["info", "--check"]).exit_code == 0


@pytest.mark.parametrize("name", ["store.sqlite", "vectors.faiss", "bm25/ids.npy"])
def test_same_size_corruption_is_found_by_the_checksum(
    name: str, corpus: Path, index_env: Path
) -> None:
    fake_build(corpus, index_env)
    path = _gen(index_env) / name
    _flip(path)
    line = _fails("info", "--check")
    assert line.startswith(f"Error: {path}: ") and "--rebuild" in line, line
    assert f"{path}: its contents changed" in _fails("index", str(corpus), "--model", FAKE_MODEL)


def test_sqlite_damage_found_while_reading_is_named(corpus: Path, index_env: Path) -> None:
    """Past the size check (an index from before seals, or damage of the same size): SQLite's
    own "malformed" error becomes the one-line damage error."""
    fake_build(corpus, index_env)
    index = Index.open(index_env)
    store = index.store.parts[0]
    store.conn.close()
    path = store.path
    path.write_bytes(b"not a database at all, but the same length" * 10)
    store.conn = sqlite3.connect(str(path))
    with pytest.raises(IndexDamagedError, match=f"^{path}: file is not a database"):
        index.store.counts()


def test_index_from_before_seals_still_opens(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    path = index_env / "manifest.json"
    raw = path.read_text()
    import json

    data = json.loads(raw)
    del data["files"]
    path.write_text(json.dumps(data))
    assert _cites(index_env) == ["story.md:11", *_cites(index_env)[1:]]
    (_gen(index_env) / "vectors.faiss").unlink()
    assert "vectors.faiss: missing" in _fails("search", QUERY)


def test_damaged_vector_cache_is_started_again(corpus: Path, index_env: Path) -> None:
    """The cache holds only what can be computed again: a damaged one is replaced, not fatal."""
    fake_build(corpus, index_env)
    clean = _cites(index_env)
    cache = index_env / read_manifest(index_env).cache
    cache.write_bytes(b"garbage" * 1000)
    (corpus / "new.txt").write_text("A new sentence about Xiaomi deliveries in May.\n")
    stats = fake_build(corpus, index_env)
    assert stats.added == ["new.txt"] and stats.embedded == stats.sentences
    assert _cites(index_env) == clean


def _previous_index_survives(corpus: Path, index_env: Path, fail: object) -> str:
    fake_build(corpus, index_env)
    before = (_cites(index_env), sorted(p.name for p in index_env.iterdir()))
    (corpus / "new.txt").write_text("A new sentence about Xiaomi deliveries in May.\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(*fail)
        with pytest.raises(FactcheckError) as caught:
            fake_build(corpus, index_env)
    assert (_cites(index_env), sorted(p.name for p in index_env.iterdir())) == before
    stats = fake_build(corpus, index_env)  # space again: the run finishes
    assert stats.added == ["new.txt"]
    return str(caught.value)


def test_full_disk_while_caching_vectors(corpus: Path, index_env: Path) -> None:
    def full(self: VectorCache, hashes: object, vecs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    message = _previous_index_survives(corpus, index_env, (VectorCache, "put", full))
    assert message == (
        f"writing {index_env} failed (database or disk is full); the previous index is "
        "unchanged; free space or fix permissions, then run index again"
    )


def test_full_disk_while_writing_faiss(corpus: Path, index_env: Path) -> None:
    def full(writer: vectors.DenseWriter) -> None:
        (writer.folder / vectors.FAISS_FILE).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    message = _previous_index_survives(corpus, index_env, (vectors.DenseWriter, "close", full))
    assert message.startswith(f"writing {index_env} failed (No space left on device)")


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201 - a 1 MiB tmpfs, where the machine allows it
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); the ENOSPC tests above stand in")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_real_full_disk(small_disk: Path, corpus: Path) -> None:
    index_dir = small_disk / "index"
    fake_build(corpus, index_dir)
    clean = _cites(index_dir)
    lines = [f"Report {i}: Acme sold {i * 7} cars in region {i % 90}." for i in range(4000)]
    (corpus / "big.txt").write_text("\n\n".join(lines))
    with pytest.raises(FactcheckError) as caught:
        fake_build(corpus, index_dir)
    assert str(caught.value) == (
        f"writing {index_dir} failed (database or disk is full); the previous index is "
        "unchanged; free space or fix permissions, then run index again"
    ) or str(caught.value).startswith(f"writing {index_dir} failed (No space left on device)")
    assert _cites(index_dir) == clean
    index = Index.open(index_dir)
    index.check()
    index.close()
    assert sorted(p.name for p in index_dir.iterdir() if p.name.startswith("gen-")) == [
        "gen-000001"
    ]
