"""The index: incremental updates, crash safety, exact FAISS, manifest checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from factcheck import Index, build_index
from factcheck.errors import IndexMismatchError, IndexNotFoundError, InputError
from factcheck.index.store import VectorCache
from factcheck.runtime.embed import HashingEmbedder

from .conftest import FAKE_MODEL, fake_build


def _cites(index_dir: Path, query: str, k: int = 3) -> list[str]:
    idx = Index.open(index_dir)
    try:
        return [h.citation for h in idx.search(query, k=k).hits]
    finally:
        idx.close()


def test_build_then_search_cites_exact_lines(corpus: Path, index_env: Path) -> None:
    stats = fake_build(corpus, index_env)
    assert (stats.documents, sorted(stats.added)) == (3, ["news.txt", "page.html", "story.md"])
    assert _cites(index_env, "SU7 costs under $30,000", k=1) == ["story.md:11"]
    assert _cites(index_env, "Grünheide factory 12,000 people", k=1) == ["news.txt:10"]


def test_reindex_is_incremental(corpus: Path, index_env: Path) -> None:
    first = fake_build(corpus, index_env)
    again = fake_build(corpus, index_env)
    assert (again.added, again.changed, again.removed, again.unchanged, again.embedded) == (
        [], [], [], 3, 0,
    )  # fmt: skip
    (corpus / "new.txt").write_text("Volkswagen would invest $700 million in XPeng this year.\n")
    (corpus / "story.md").write_text(
        "# Xiaomi enters cars\n\nThe SU7 now costs $29,900 in China.\n"
    )
    (corpus / "page.html").unlink()
    stats = fake_build(corpus, index_env)
    assert (stats.added, stats.changed, stats.removed, stats.unchanged) == (
        ["new.txt"], ["story.md"], ["page.html"], 1,
    )  # fmt: skip
    assert stats.embedded == 3  # only the new sentences; news.txt is not re-embedded
    assert stats.sentences < first.sentences + 3
    assert _cites(index_env, "invest $700 million XPeng", k=1) == ["new.txt:1"]
    assert _cites(index_env, "SU7 costs $29,900", k=1) == ["story.md:3"]
    assert "page.html" not in {c.split(":")[0] for c in _cites(index_env, "Tesla Toyota", k=10)}
    generations = sorted(p.name for p in index_env.iterdir() if p.name.startswith("gen-"))
    assert generations == [
        "gen-000002"
    ]  # the no-op re-run wrote no generation  # old generations are cleaned up


def test_identical_sentences_are_embedded_once(tmp_path: Path, index_env: Path) -> None:
    root = tmp_path / "dupes"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        (root / name).write_text("The same headline appears in both files today.\n")
    stats = fake_build(root, index_env)
    assert (stats.sentences, stats.embedded) == (2, 1)


def test_faiss_results_equal_numpy_brute_force(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    idx = Index.open(index_env)
    ids, texts = idx.store.parts[0].texts()  # (one shard: its ids are the global ids)
    embedder = HashingEmbedder(256, FAKE_MODEL)
    matrix = embedder.encode(texts)
    for query in ["Tesla surpassed Toyota", "Xiaomi cars", "tabs Zürich", "revenue billion"]:
        q = embedder.encode([query])[0]
        scores = matrix @ q
        expected = [int(ids[i]) for i in np.argsort(-scores, kind="stable")[:5]]
        result = idx.search(query, k=5, mode="dense")
        assert [h.id for h in result.hits] == expected
        np.testing.assert_allclose(
            [h.similarity for h in result.hits], np.sort(scores)[::-1][:5], atol=1e-4
        )
    idx.close()


def test_search_with_context(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    hit = Index.open(index_env).search("Revenue rose to $1.5 billion", k=1, context=1).hits[0]
    assert hit.citation == "news.txt:4"
    assert [p.citation for p in hit.before + hit.after] == ["news.txt:3", "news.txt:6"]


def test_lexical_finds_names_and_numbers(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    hits = Index.open(index_env).search("SU7", k=2, mode="lexical").hits
    assert [h.citation for h in hits] == ["story.md:11", "news.txt:8"]


def test_other_model_is_a_clear_error(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    with pytest.raises(
        IndexMismatchError, match="was built with model 'hashing', not 'hashing-64'"
    ):
        build_index(corpus, index_env, model="hashing-64")
    with pytest.raises(IndexMismatchError, match="built with model 'hashing'"):
        Index.open(index_env, model="all-MiniLM-L6-v2")
    assert _cites(index_env, "SU7 costs under $30,000", k=1) == ["story.md:11"]


def test_newer_format_version_is_refused(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    manifest = json.loads((index_env / "manifest.json").read_text())
    manifest["format_version"] = 99
    (index_env / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="newer factcheck"):
        Index.open(index_env)


def test_missing_index_and_bad_roots(tmp_path: Path, index_env: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="no index at"):
        Index.open(index_env)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="is empty"):
        fake_build(empty, index_env)
    (empty / "data.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="has no supported documents"):
        fake_build(empty, index_env)
    with pytest.raises(InputError, match="no such folder"):
        fake_build(tmp_path / "nope", index_env)


def test_unreadable_file_is_skipped_and_old_version_kept(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    (corpus / "story.md").write_bytes(b"\x00\x01binary now\x00" * 50)
    stats = fake_build(corpus, index_env)
    assert [(s.path, s.reason) for s in stats.skipped] == [
        ("story.md", "binary file (NUL bytes), skipped")
    ]
    assert _cites(index_env, "SU7 costs under $30,000", k=1) == ["story.md:11"]


def test_interrupted_run_leaves_previous_index_usable(corpus: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    before = _cites(index_env, "SU7 costs under $30,000", k=1)

    class Exploding(HashingEmbedder):
        def encode(self, texts, progress=None):  # noqa: ANN001, ANN201
            raise KeyboardInterrupt

    (corpus / "new.txt").write_text("A brand new sentence about Xiaomi deliveries in May.\n")
    with pytest.raises(KeyboardInterrupt):
        fake_build(corpus, index_env, embedder=Exploding(256, FAKE_MODEL))
    assert _cites(index_env, "SU7 costs under $30,000", k=1) == before
    assert sorted(p.name for p in index_env.iterdir() if p.name.startswith("gen-")) == [
        "gen-000001"
    ]
    stats = fake_build(corpus, index_env)
    assert (stats.added, stats.embedded) == (["new.txt"], 1)


SLOW_BUILD = """
import sys, time
from pathlib import Path
from factcheck.index import build as builder, shard_job
from factcheck.runtime.embed import HashingEmbedder

class Slow(HashingEmbedder):
    def encode(self, texts, progress=None):
        time.sleep(0.3)
        return super().encode(texts, progress)

shard_job.CHUNK = 2
builder.build_index(Path(sys.argv[1]), Path(sys.argv[2]), model="hashing",
                    embedder=Slow(256, "hashing"))
"""


def test_kill_9_midway_then_resume(corpus: Path, index_env: Path, tmp_path: Path) -> None:
    fake_build(corpus, index_env)
    before = _cites(index_env, "SU7 costs under $30,000", k=1)
    lines = [f"Sentence number {i} reports {i * 7} new cars sold in region {i}." for i in range(40)]
    (corpus / "big.txt").write_text("\n\n".join(lines) + "\n")
    script = tmp_path / "slow.py"
    script.write_text(textwrap.dedent(SLOW_BUILD))
    proc = subprocess.Popen([sys.executable, str(script), str(corpus), str(index_env)])
    cache = index_env / "cache-000001.sqlite"

    def count() -> int:
        conn_cache = VectorCache(cache, 256, "hashing|hashing")
        n = conn_cache.conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
        conn_cache.close()
        return n

    initial = count()
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and stored < 6:
        time.sleep(0.1)
        stored = count() - initial
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored >= 6, "the slow build never got going"
    assert _cites(index_env, "SU7 costs under $30,000", k=1) == before  # old generation intact
    stats = fake_build(corpus, index_env)
    assert stats.added == ["big.txt"]
    assert 0 < stats.embedded < 40  # picks up where the killed run stopped
    assert _cites(index_env, "Sentence number 17 reports 119 new cars", k=1) == ["big.txt:35"]


def test_index_folder_that_is_not_an_index_is_refused(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InputError, match="is not empty and holds no factcheck index"):
        fake_build(corpus, other)
    assert (other / "holiday.jpg").exists()


def test_another_root_is_refused(corpus: Path, tmp_path: Path, index_env: Path) -> None:
    fake_build(corpus, index_env)
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("Another archive with its own words.\n")
    with pytest.raises(IndexMismatchError, match="use another folder with --index"):
        fake_build(other, index_env)
    stats = fake_build(other, index_env, rebuild=True)
    assert (stats.documents, stats.added) == (1, ["x.txt"])


def test_a_writer_reads_the_manifest_only_under_the_lock(
    corpus: Path, index_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14's destroyed index: writer B read the manifest before taking the lock, writer A
    committed a new generation in that gap, and B's stale-file cleanup deleted A's live
    generation. Here A runs to the end exactly when B asks for the lock: B must then see A's
    generation, and the index must stay whole."""
    import contextlib

    from factcheck.index import build as builder

    fake_build(corpus, index_env)  # generation 1
    real_lock = builder._lock
    raced: list[bool] = []

    @contextlib.contextmanager
    def racing_lock(index_dir: Path):  # noqa: ANN202
        if not raced:
            raced.append(True)
            (corpus / "a.txt").write_text("Writer A adds this sentence about Volkswagen.\n")
            fake_build(corpus, index_env)  # writer A: generation 2, committed in the gap
        with real_lock(index_dir):
            yield

    monkeypatch.setattr(builder, "_lock", racing_lock)
    (corpus / "b.txt").write_text("Writer B adds this sentence about Xiaomi.\n")
    stats = fake_build(corpus, index_env)  # writer B, after A indexed both new files
    assert (stats.added, stats.changed, stats.unchanged) == ([], [], 5)
    generations = sorted(p.name for p in index_env.iterdir() if p.name.startswith("gen-"))
    assert generations == ["gen-000002"]  # A's generation, live and whole
    assert _cites(index_env, "Writer A adds this sentence about Volkswagen", k=1) == ["a.txt:1"]
    assert _cites(index_env, "Writer B adds this sentence about Xiaomi", k=1) == ["b.txt:1"]


def test_links_out_pipes_and_oversized_files_are_skipped_with_a_reason(
    corpus: Path, index_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: a FIFO named pipe.txt hung the run forever, a link to /dev/zero ran out of
    memory, and links to files outside the folder were followed and quoted under the
    archive's path. Each is now skipped, said why, and the rest is indexed."""
    from factcheck import config

    outside = tmp_path / "private.txt"
    outside.write_text("A secret outside the archive.\n")
    (corpus / "leak.txt").symlink_to(outside)
    (corpus / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "inside.txt").symlink_to(corpus / "news.txt")  # a link within is followed
    (corpus / "big.txt").write_text("Acme sold cars. " * 1000)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 10_000)
    stats = fake_build(corpus, index_env)
    reasons = {s.path: s.reason for s in stats.skipped}
    assert reasons == {
        "big.txt": "16,000 bytes, over the 10,000-byte limit for one file: not read (split it "
        "into smaller files)",
        "elsewhere": f"a symbolic link to {tmp_path}, outside {corpus.resolve()}: not followed",
        "leak.txt": f"a symbolic link to {outside}, outside {corpus.resolve()}: not followed",
        "loop": f"a symbolic link to the folder {corpus.resolve()}: not entered (it may loop)",
        "pipe.txt": "not a regular file (a pipe, device or socket): not read",
        "zero.txt": f"a symbolic link to /dev/zero, outside {corpus.resolve()}: not followed",
    }
    assert sorted(stats.added) == ["inside.txt", "news.txt", "page.html", "story.md"]
    assert "A secret outside the archive" not in " ".join(
        h.text for h in Index.open(index_env).search("secret outside the archive", k=5).hits
    )


def test_one_damaged_file_or_bad_name_does_not_stop_the_run(corpus: Path, index_env: Path) -> None:
    """Issue 14: a DOCX with broken XML (lxml XMLSyntaxError) and a non-UTF-8 file name
    (UnicodeEncodeError) aborted the whole run with a traceback naming no file."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    (corpus / "broken.docx").write_bytes(buf.getvalue())
    os.makedirs(corpus, exist_ok=True)
    bad = os.fsencode(corpus) + b"/caf\xe9.txt"
    with open(bad, "wb") as fh:
        fh.write(b"Acme sold 4.1 million cars last year.\n")
    stats = fake_build(corpus, index_env)
    reasons = {s.path: s.reason for s in stats.skipped}
    assert reasons["caf\\xe9.txt"] == "its name is not valid UTF-8: not read (rename the file)"
    assert reasons["broken.docx"].startswith(("could not be parsed (", "not a valid"))
    assert sorted(stats.added) == ["news.txt", "page.html", "story.md"]
    from typer.testing import CliRunner

    from factcheck.cli import app

    (corpus / "news.txt").write_text("A change, so the next run reads the folder again.\n")
    result = CliRunner().invoke(app, ["index", str(corpus), "--model", FAKE_MODEL])
    assert result.exit_code == 0, result.output
    assert "Warning: skipped caf\\xe9.txt: its name is not valid UTF-8" in result.stderr


def test_a_folder_1100_levels_deep_is_walked(tmp_path: Path, index_env: Path) -> None:
    """Issue 14: 1,100 nested folders raised RecursionError (os.walk recurses per level)."""
    from factcheck.ingest import walk

    root = tmp_path / "deep"
    root.mkdir()
    folder = root
    for _ in range(1100):  # one level at a time: Path.mkdir(parents=True) recurses too
        folder = folder / "d"
        os.mkdir(folder)
    (folder / "bottom.txt").write_text("Acme sold 4.1 million cars at the bottom.\n")
    (root / "top.txt").write_text("Acme sold 4.1 million cars at the top.\n")
    try:
        found = [rel for rel, _ in walk(root)]
        assert found == ["top.txt", "d/" * 1100 + "bottom.txt"]
    finally:  # shutil.rmtree (and pytest's clean-up of old tmp dirs) recurses per level too
        (folder / "bottom.txt").unlink()
        while folder != root:
            os.rmdir(folder)
            folder = folder.parent


def test_a_file_changed_while_it_is_indexed_is_read_again_next_run(
    corpus: Path, index_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run indexes the bytes it read; the change made meanwhile is picked up by the next
    run (its size and time no longer match what was stored), never lost."""
    from factcheck.index import shard_job as builder

    parse = builder.parse_document

    def changing(rel: str, data: bytes):  # noqa: ANN202
        if rel == "news.txt":  # an editor saves the file just after it was read
            (corpus / "news.txt").write_text("Acme recalled 300,000 cars in March 2024.\n")
            os.utime(corpus / "news.txt", (1, 1))
        return parse(rel, data)

    monkeypatch.setattr(builder, "parse_document", changing)
    first = fake_build(corpus, index_env)
    monkeypatch.setattr(builder, "parse_document", parse)
    assert "news.txt" in first.added
    assert _cites(index_env, "Acme recalled 300,000 cars", k=1) != ["news.txt:1"]
    second = fake_build(corpus, index_env)
    assert second.changed == ["news.txt"]
    assert _cites(index_env, "Acme recalled 300,000 cars", k=1) == ["news.txt:1"]
