"""Shards: an index built as 1 or 4 shards answers the same; IVF-PQ re-scores exactly."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from factcheck import config
from factcheck.cli import app
from factcheck.index.manifest import read_manifest
from factcheck.index.search import Index
from factcheck.index.shards import cache_owner, shard_of
from factcheck.models import DateSource
from factcheck.runtime.embed import HashingEmbedder

from .conftest import EXAMPLES, FAKE_MODEL, TRACE_ARCHIVE, fake_build

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
from corpus import make_corpus  # noqa: E402

CLAIMS = [
    line.split(",")[0]
    for line in (EXAMPLES.parent / "claims.csv").read_text().splitlines()[1:]
    if line and not line.startswith('"')
]


def _archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(EXAMPLES, root / "examples")
    shutil.copytree(TRACE_ARCHIVE, root / "trace")
    return root


def _answers(index: Index, queries: list[str]) -> list[list[tuple]]:
    return [
        [
            (h.citation, h.text, h.score, h.similarity, h.dense_rank, h.lexical_rank)
            for h in result.hits
        ]
        for result in index.search_many(queries, k=10, context=1)
    ]


def _without_ids(results: list) -> list:
    """Search results as dicts, sentence ids left out (they name the shard)."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return [strip(r.model_dump()) for r in results]


@pytest.fixture
def one_and_four(tmp_path: Path) -> tuple[Index, Index, list[str]]:
    root = _archive(tmp_path)
    fake_build(root, tmp_path / "one")
    stats = fake_build(root, tmp_path / "four", shards=4)
    assert stats.shards == 4
    one, four = Index.open(tmp_path / "one"), Index.open(tmp_path / "four")
    sentences = list(one.store.parts[0].texts()[1])
    return one, four, sentences


def test_four_shards_search_exactly_as_one(one_and_four: tuple[Index, Index, list[str]]) -> None:
    one, four, sentences = one_and_four
    assert four.manifest.shards == 4 and len({p.path.parent.name for p in four.store.parts}) == 4
    held = sorted(s.store.counts()[0] for s in four.shards)
    # 16 paths fall in 2 of the 4 shards (5 and 11): empty shards are searched too
    assert held == [0, 0, 5, 11] and sum(held) == one.store.counts()[0]
    queries = CLAIMS + sentences + ["Bloomberg reported", "SU7 7,000 orders", "zzz unknown"]
    for mode in ("hybrid", "dense", "lexical"):
        a = _without_ids(one.search_many(queries, k=10, context=1, mode=mode))
        b = _without_ids(four.search_many(queries, k=10, context=1, mode=mode))
        assert a == b, mode
    assert one.info().documents == four.info().documents
    assert one.info().sentences == four.info().sentences


def test_four_shards_verify_trace_and_review_exactly_as_one(
    one_and_four: tuple[Index, Index, list[str]],
) -> None:
    from factcheck.trace.tracer import Tracer
    from factcheck.verify.verifier import Verifier
    from factcheck.workflows.review import review

    one, four, _ = one_and_four
    v1, v4 = Verifier(one), Verifier(four)
    for a, b in zip(v1.verify_many(CLAIMS), v4.verify_many(CLAIMS), strict=True):
        assert a.model_dump(exclude={"seconds"}) == b.model_dump(exclude={"seconds"})
    for claim in CLAIMS[:4] + ["Xiaomi sold SU7 cars"]:
        assert Tracer(one).trace(claim).model_dump() == Tracer(four).trace(claim).model_dump()
    draft = EXAMPLES.parent / "draft.md"
    r1 = review(v1, draft).model_dump(exclude={"seconds"})
    r4 = review(v4, draft).model_dump(exclude={"seconds"})
    assert r1 == r4


def test_sharded_store_reads_as_one(one_and_four: tuple[Index, Index, list[str]]) -> None:
    one, four, _ = one_and_four
    assert one.store.catalogue() == four.store.catalogue()
    assert one.store.all_dates() == four.store.all_dates()
    assert one.store.formats() == four.store.formats()
    paths = [p for p, *_ in one.store.catalogue()]
    assert one.store.titles(paths) == four.store.titles(paths)
    dated1, dated4 = one.store.document_dates(paths), four.store.document_dates(paths)
    for path in paths:
        assert dated1[path].title == dated4[path].title and dated1[path].dates == dated4[path].dates
        # a global document id names its shard: its lines come from that shard's store
        assert one.store.lines(dated1[path].id) == four.store.lines(dated4[path].id)
        assert four.store.lines(dated4[path].id)
        assert dated4[path].id % 4 == shard_of(path, 4)
    # the documents of one own date (a correction's story), from every shard
    days = {d.dates[0].value for d in dated1.values() if d.dates[0].source != DateSource.MTIME}
    assert days
    for day in days:
        assert one.store.dated(day) == four.store.dated(day)
        assert one.store.dated(day) == sorted(
            p for p in paths if dated1[p].dates[0].value == day
            and dated1[p].dates[0].source != DateSource.MTIME
        )  # fmt: skip


def test_shard_of_is_stable_and_spreads() -> None:
    paths = [f"news/{i:05d}.txt" for i in range(4000)]
    counts = np.bincount([shard_of(p, 4) for p in paths], minlength=4)
    assert counts.min() > 900  # an even spread
    assert shard_of("news/00001.txt", 4) == shard_of("news/00001.txt", 4)
    assert shard_of("a.txt", 1) == 0
    assert [shard_of(p, 7) for p in ("a.txt", "b/c.md", "é.html")] == [4, 6, 0]  # fixed forever


def test_cache_files_belong_to_their_manifest_name() -> None:
    assert cache_owner("cache-000003.sqlite") == "cache-000003.sqlite"
    assert cache_owner("cache-000003.sqlite-wal") == "cache-000003.sqlite"
    assert cache_owner("cache-000003-s012.sqlite-shm") == "cache-000003.sqlite"
    assert cache_owner("notes.txt") is None


def test_an_updated_sharded_index_equals_a_clean_sharded_build(tmp_path: Path) -> None:
    root = _archive(tmp_path)
    fake_build(root, tmp_path / "grown", shards=3)
    (root / "examples" / "vw-xpeng.md").unlink()
    (root / "examples" / "tesla-market-cap.md").write_text(
        "# Tesla\n\nTesla's market value fell below Toyota's in 2026, Reuters reported.\n"
    )
    (root / "new.txt").write_text("Xiaomi delivered 10,000 SU7 cars in March 2026.\n")
    stats = fake_build(root, tmp_path / "grown")  # keeps its 3 shards
    assert (stats.shards, stats.added, stats.removed) == (3, ["new.txt"], ["examples/vw-xpeng.md"])
    assert stats.changed == ["examples/tesla-market-cap.md"]
    fake_build(root, tmp_path / "clean", shards=3)
    grown, clean = Index.open(tmp_path / "grown"), Index.open(tmp_path / "clean")
    queries = CLAIMS + ["Tesla market value Toyota", "Xiaomi SU7 deliveries"]
    assert _answers(grown, queries) == _answers(clean, queries)
    names = sorted(p.name for p in (tmp_path / "grown").iterdir())
    assert names == [
        "cache-000001-s000.sqlite", "cache-000001-s001.sqlite", "cache-000001-s002.sqlite",
        "gen-000002", "manifest.json",
    ] or ".lock" in names  # fmt: skip


def test_shard_count_changes_only_with_rebuild(tmp_path: Path, index_env: Path) -> None:
    root = _archive(tmp_path)
    runner = CliRunner()
    done = runner.invoke(app, ["index", str(root), "--model", FAKE_MODEL, "--shards", "2"])
    assert done.exit_code == 0, done.output
    before = read_manifest(index_env)
    failed = runner.invoke(app, ["index", str(root), "--shards", "3"])
    assert failed.exit_code == 1
    assert failed.output.strip().splitlines()[-1] == (
        f"Error: {index_env} has 2 shard(s), not 3; re-shard it with --rebuild, or leave out "
        "--shards"
    )
    assert read_manifest(index_env) == before  # nothing changed
    bad = runner.invoke(app, ["index", str(root), "--shards", "0"])
    assert bad.exit_code == 1 and "--shards must be from 1 to 1024 (got 0)" in bad.output
    redone = runner.invoke(
        app, ["index", str(root), "--model", FAKE_MODEL, "--shards", "3", "--rebuild", "--json"]
    )
    assert redone.exit_code == 0, redone.output
    assert read_manifest(index_env).shards == 3
    assert not list(index_env.glob("cache-000001*"))  # the 2-shard caches went with it
    info = runner.invoke(app, ["info", "--check", "--json"])
    assert info.exit_code == 0 and json.loads(info.output)["shards"] == 3


@pytest.fixture
def ivfpq(monkeypatch: pytest.MonkeyPatch) -> None:
    """IVF-PQ from 2,000 sentences (it takes over from HNSW at 200,000 in real use)."""
    monkeypatch.setattr(config, "IVFPQ_THRESHOLD", 2000)
    monkeypatch.setattr(config, "IVFPQ_MIN_SHARD", 1000)


@pytest.mark.parametrize("shards", [1, 2])
def test_ivfpq_rescores_with_exact_vectors(tmp_path: Path, ivfpq: None, shards: int) -> None:
    texts = make_corpus(tmp_path / "news", 6000, per_file=50)
    fake_build(tmp_path / "news", tmp_path / "idx", shards=shards)
    index = Index.open(tmp_path / "idx")
    assert index.manifest.faiss == "ivfpq"
    assert all((s.dir / "exact.npy").exists() for s in index.shards)
    embedder = HashingEmbedder(256, FAKE_MODEL)
    matrix = embedder.encode(texts)
    recall = []
    for query in texts[::300]:
        q = embedder.encode([query])[0]
        found = index.dense(q, 10)
        # the scores are the exact cosines (float16 vectors: to 1e-3), best first
        exact = {t: float(s) for t, s in zip(texts, matrix @ q, strict=True)}
        rows = index.store.passages([i for i, _ in found])
        for ident, score in found:
            assert abs(exact[rows[ident][0].text] - score) < 2e-3
        assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
        assert found[0][1] == pytest.approx(1.0, abs=2e-3)  # the sentence finds itself
        best = {texts[i] for i in np.argsort(-(matrix @ q), kind="stable")[:10]}
        recall.append(len(best & {rows[i][0].text for i, _ in found}) / len(best))
    assert np.mean(recall) >= 0.9, recall
    assert index.search(texts[0], k=3).hits[0].text == texts[0]
    index.check()  # every file sealed, exact vectors included


def test_unchanged_shards_keep_their_faiss_files(tmp_path: Path) -> None:
    """An update writes FAISS only for the shards whose documents changed; the others link the
    live generation's files (BM25 is written again everywhere: the statistics changed)."""
    root = _archive(tmp_path)
    fake_build(root, tmp_path / "idx", shards=4)
    gen1 = Index.open(tmp_path / "idx").gen_dir
    before = {k: (gen1 / f"shard-{k:03d}" / "vectors.faiss").stat().st_ino for k in range(4)}
    name = next(f"new-{i}.txt" for i in range(100) if shard_of(f"new-{i}.txt", 4) == 2)
    (root / name).write_text("Xiaomi delivered 10,000 SU7 cars in March 2026.\n")
    assert fake_build(root, tmp_path / "idx").added == [name]
    index = Index.open(tmp_path / "idx")
    after = {
        k: (index.gen_dir / f"shard-{k:03d}" / "vectors.faiss").stat().st_ino for k in range(4)
    }
    assert [after[k] == before[k] for k in range(4)] == [True, True, False, True]
    index.check()  # sealed as any other generation
    assert index.search("Xiaomi delivered SU7 cars in March", k=1).hits[0].citation == f"{name}:1"
    fake_build(root, tmp_path / "clean", shards=4)
    queries = CLAIMS + ["Xiaomi SU7 deliveries"]
    assert _answers(index, queries) == _answers(Index.open(tmp_path / "clean"), queries)
