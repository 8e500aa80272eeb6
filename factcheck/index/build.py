"""``factcheck index``: build or incrementally update an index, atomically.

Each run writes a new *generation* folder (per shard: a copy of the live SQLite store with the
changes, a fresh FAISS file and BM25 index), then swaps ``manifest.json`` to point at it. Until
that rename, readers and a crashed run see the previous generation, whole. Vectors are cached
by sentence text in ``cache-N.sqlite`` (one per shard) and committed per batch, so identical
sentences are embedded once and the next run after an interruption only embeds what is still
missing.

This module is the driver: it takes the lock, walks the archive, splits it into shards, has a
``Runner`` carry out each shard's jobs (``shard_job.py``: read, then embed and write), and
commits. The shards' jobs run in this process or, with ``--ray``, on a Ray cluster.
"""

from __future__ import annotations

import contextlib
import fcntl
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from .. import config
from ..errors import (
    FactcheckError,
    IndexBusyError,
    IndexDamagedError,
    IndexMismatchError,
    InputError,
)
from ..ingest import walk
from ..models import IndexStats
from ..runtime.embed import Embedder, canonical_model_name
from . import dense as vectors
from .manifest import (
    FORMAT_VERSION,
    MANIFEST,
    FileSeal,
    Manifest,
    check_generation,
    generation_dir,
    read_manifest,
    write_manifest,
)
from .runner import LocalRunner, Runner
from .shard_job import Changes, Progress, ShardJob, ShardRead, ShardWritten, WriteSpec, no_progress
from .shards import MAX_SHARDS, cache_file, cache_owner, shard_dir, shard_of
from .sparse import Statistics
from .store import SCHEMA_VERSION


@contextlib.contextmanager
def _lock(index_dir: Path) -> Iterator[None]:
    fh = open(index_dir / ".lock", "w")  # noqa: SIM115 - held for the block
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusyError(
                f"{index_dir} is being written by another factcheck process; wait for it to finish"
            ) from exc
        yield
    finally:
        fh.close()


def _check_root(root: Path) -> Path:
    if not root.exists():
        raise InputError(f"{root}: no such folder; pass the folder of documents to index")
    if not root.is_dir():
        raise InputError(f"{root}: is a file; pass the folder that holds it")
    return root.resolve()


def _ensure_dir(index_dir: Path) -> None:
    """The index folder exists (it holds the lock file); a file in its place is refused."""
    if index_dir.exists() and not index_dir.is_dir():
        raise InputError(f"{index_dir}: is a file; choose a folder for the index with --index")
    index_dir.mkdir(parents=True, exist_ok=True)


def _live_manifest(index_dir: Path, rebuild: bool) -> Manifest | None:
    """The live manifest (None for a new index); refuse folders that are not ours. Read under
    the writers' lock: a manifest read before it could be replaced by another writer, whose
    new generation the stale-file cleanup would then delete. A live generation that is damaged
    is refused (an update would build on it) unless ``rebuild`` replaces it."""
    if (index_dir / MANIFEST).exists():
        try:
            live = read_manifest(index_dir)
        except IndexMismatchError:
            raise
        except FactcheckError:
            if rebuild:
                return None
            raise
        if not rebuild:
            check_generation(index_dir, live, deep=True)
        return live
    ours = {".lock", ".gitkeep", ".gitignore"}
    foreign = [
        p.name
        for p in index_dir.iterdir()
        if p.name not in ours and not p.name.startswith(("gen-", "cache-", MANIFEST))
    ]
    if foreign:
        raise InputError(
            f"{index_dir} is not empty and holds no factcheck index ({foreign[0]}, ...); "
            "choose an empty folder with --index"
        )
    return None


def _clean_stale(index_dir: Path, live: Manifest | None) -> None:
    """Remove generations and caches an interrupted run left behind (never the live ones;
    the next run's cache is kept: it holds the vectors an interrupted first run embedded)."""
    keep = {f"cache-{(live.generation if live else 0) + 1:06d}.sqlite"}
    if live:
        keep.add(live.cache)
    for path in index_dir.iterdir():
        if path.name.startswith("gen-") and not (live and path.name == live.generation_dir):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith("cache-") and cache_owner(path.name) not in keep:
            path.unlink(missing_ok=True)


def build_index(
    root: Path,
    index_dir: Path,
    model: str | None = None,
    backend: str | None = None,
    exclude: Sequence[str] = (),
    rebuild: bool = False,
    progress: Progress = no_progress,
    embedder: Embedder | None = None,
    shards: int | None = None,
    runner: Runner | None = None,
) -> IndexStats:
    """Index (or re-index) the documents under ``root`` into ``index_dir``.

    Only new or changed files are read and only sentences not yet embedded are embedded. With
    ``rebuild``, everything is read and embedded again (e.g. to change the model or the number
    of ``shards``). ``runner`` runs the shards' jobs (default: in this process).
    """
    started = time.perf_counter()
    root = _check_root(Path(root))
    index_dir = Path(index_dir)
    _check_shards(shards)
    _ensure_dir(index_dir)
    model = canonical_model_name(model) if model else None
    with _lock(index_dir):
        live = _live_manifest(index_dir, rebuild)
        if live and not rebuild:
            _check_same(live, index_dir, root, model, backend, shards)
        base = live if live and not rebuild else None
        model = model or (base.model if base else config.DEFAULT_MODEL)
        backend = backend or (base.backend if base else config.DEFAULT_BACKEND)
        runner = runner or LocalRunner(embedder)
        shards = shards or (base.shards if base else runner.shards)
        files = _files(root, index_dir, exclude)
        _clean_stale(index_dir, live)
        generation = (live.generation if live else 0) + 1
        run_name = secrets.token_hex(4) if runner.fenced else ""
        gen_dir = index_dir / generation_dir(generation, run_name)
        gen_dir.mkdir()
        run = _Run(
            root, index_dir, gen_dir, generation, run_name, base, live, model, backend, shards,
            progress, started,
        )  # fmt: skip
        try:
            return _build(run, files, runner)
        except BaseException as exc:
            shutil.rmtree(gen_dir, ignore_errors=True)
            failure = _failure(exc, root, index_dir)
            if failure is exc:
                raise
            raise failure from exc


def _check_shards(shards: int | None) -> None:
    if shards is not None and not 1 <= shards <= MAX_SHARDS:
        raise InputError(f"--shards must be from 1 to {MAX_SHARDS} (got {shards})")


def _files(root: Path, index_dir: Path, exclude: Sequence[str]) -> list[tuple[str, Path]]:
    files = list(walk(root, exclude, skip_dirs=[index_dir]))
    if not files:
        if not any(p for p in root.iterdir() if not p.name.startswith(".")):
            raise InputError(f"{root} is empty; put documents in it, then run index again")
        raise InputError(
            f"{root} has no supported documents "
            f"({', '.join(config.SUPPORTED_SUFFIXES)}); check the folder or --exclude"
        )
    return files


def _check_same(
    live: Manifest, index_dir: Path, root: Path, model: str | None, backend: str | None,
    shards: int | None,
) -> None:  # fmt: skip
    """An update keeps the live index's model, backend, shards and root (--rebuild changes
    them)."""
    if model and model != live.model:
        raise IndexMismatchError(
            f"{index_dir} was built with model {live.model!r}, not {model!r}; rebuild it "
            f"with --rebuild, or use another folder with --index"
        )
    if backend and backend != live.backend:
        raise IndexMismatchError(
            f"{index_dir} was built with backend {live.backend!r}, not {backend!r}; "
            "rebuild it with --rebuild, or use another folder with --index"
        )
    if shards and shards != live.shards:
        raise IndexMismatchError(
            f"{index_dir} has {live.shards} shard(s), not {shards}; re-shard it with "
            "--rebuild, or leave out --shards"
        )
    if Path(live.root) != root:
        raise IndexMismatchError(
            f"{index_dir} indexes {live.root}, not {root}; use another folder with "
            "--index, or --rebuild to replace it"
        )


def _failure(exc: BaseException, root: Path, index_dir: Path) -> BaseException:
    """What a failed run raises: a damaged database or a full disk in words; anything else
    (an interrupt, a bug) as it was."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return IndexDamagedError(
            f"{index_dir}: a database of the index is damaged ({exc}); the previous "
            f"index is unchanged; repair it with: factcheck index {root} --index "
            f"{index_dir} --rebuild"
        )
    if isinstance(exc, OSError | sqlite3.OperationalError):
        # (SQLite says "database or disk is full" where the OS says ENOSPC)
        return FactcheckError(
            f"writing {index_dir} failed ({getattr(exc, 'strerror', None) or exc}); the "
            "previous index is unchanged; free space or fix permissions, then run index again"
        )
    return exc


@dataclass
class _Run:
    """One index run: where it writes, what it builds on, what it reports."""

    root: Path
    index_dir: Path
    gen_dir: Path
    generation: int
    run_name: str  # in the generation folder's name when workers may outlive the driver
    base: Manifest | None  # the generation this run updates (None: build from scratch)
    live: Manifest | None  # the live generation, replaced at the end (also with --rebuild)
    model: str
    backend: str
    shards: int
    progress: Progress
    started: float

    @property
    def cache_name(self) -> str:
        return self.base.cache if self.base else f"cache-{self.generation:06d}.sqlite"


def _jobs(run: _Run, files: list[tuple[str, Path]]) -> list[ShardJob]:
    """One job per shard, each with the files whose path hashes to it."""
    parts: list[list[tuple[str, str]]] = [[] for _ in range(run.shards)]
    for rel, path in files:
        parts[shard_of(rel, run.shards)].append((rel, str(path)))
    base_gen = run.index_dir / run.base.generation_dir if run.base else None
    return [
        ShardJob(
            shard=k,
            shards=run.shards,
            root=str(run.root),
            folder=str(shard_dir(run.gen_dir, k, run.shards)),
            base_store=str(shard_dir(base_gen, k, run.shards) / "store.sqlite")
            if base_gen
            else None,
            cache=str(run.index_dir / cache_file(run.cache_name, k, run.shards)),
            files=part,
            model=run.model,
            backend=run.backend,
        )  # fmt: skip
        for k, part in enumerate(parts)
    ]


def _build(run: _Run, files: list[tuple[str, Path]], runner: Runner) -> IndexStats:
    jobs = _jobs(run, files)
    reads = runner.read(jobs, run.progress)
    changes = _merged(reads)
    schema_was = min(r.schema_was for r in reads)
    upgraded = schema_was if run.base and schema_was < SCHEMA_VERSION else None
    if run.base and not changes.any:
        shutil.rmtree(run.gen_dir, ignore_errors=True)  # nothing changed: keep the live one
        return _stats(run, reads, changes, 0, upgraded, [r.peak_rss_mib for r in reads])
    if sum(r.documents for r in reads) == 0:
        first = changes.skipped[0] if changes.skipped else None
        raise InputError(
            f"no document under {run.root} could be read ({len(changes.skipped)} skipped: "
            f"{first.path if first else '-'}: {first.reason if first else ''}); "
            "the previous index is unchanged"
        )
    kind = vectors.kind_for(sum(r.sentences for r in reads))
    jobs = _reusing(run, jobs, reads, kind)
    statistics = Statistics.total([r.statistics for r in reads])
    written = runner.write(jobs, WriteSpec(kind, statistics, str(run.gen_dir), run.progress))
    manifest = _manifest(run, reads, written, kind)
    write_manifest(run.index_dir, manifest)  # the commit point
    _remove_previous(run)
    peaks = [r.peak_rss_mib for r in reads] + [w.peak_rss_mib for w in written]
    return _stats(run, reads, changes, sum(w.embedded for w in written), upgraded, peaks)


def _reusing(run: _Run, jobs: list[ShardJob], reads: list[ShardRead], kind: str) -> list[ShardJob]:
    """The jobs, those of shards where nothing changed told to link their FAISS files from the
    live generation (same FAISS type, same sentences, so the same vectors in the same order)."""
    if not run.base or run.base.faiss != kind:
        return jobs
    base_gen = run.index_dir / run.base.generation_dir
    return [
        job if read.changes.any
        else replace(job, reuse_dense=str(shard_dir(base_gen, job.shard, run.shards)))
        for job, read in zip(jobs, reads, strict=True)
    ]  # fmt: skip


def _merged(reads: list[ShardRead]) -> Changes:
    """The shards' changes as one report, in path order."""
    return Changes(
        added=sorted(p for r in reads for p in r.changes.added),
        changed=sorted(p for r in reads for p in r.changes.changed),
        removed=sorted(p for r in reads for p in r.changes.removed),
        skipped=sorted((s for r in reads for s in r.changes.skipped), key=lambda s: s.path),
        unchanged=sum(r.changes.unchanged for r in reads),
        touched=any(r.changes.touched for r in reads),
    )


def _manifest(
    run: _Run, reads: list[ShardRead], written: list[ShardWritten], kind: str
) -> Manifest:
    files: dict[str, FileSeal] = {}
    for part in written:
        files |= part.files
    first = written[0]
    unique = reads[0].unique if run.shards == 1 else sum(r.unique for r in reads)
    return Manifest(
        format_version=FORMAT_VERSION, model=first.model, backend=first.backend,
        dimension=first.dimension, faiss=kind, shards=run.shards, root=str(run.root),
        generation=run.generation, run=run.run_name, cache=run.cache_name,
        built_at=datetime.now(UTC),
        documents=sum(r.documents for r in reads), sentences=sum(r.sentences for r in reads),
        unique_sentences=unique, files=dict(sorted(files.items())),
    )  # fmt: skip


def _remove_previous(run: _Run) -> None:
    """After the commit: the replaced generation, and its caches if this run started anew."""
    if not run.live:
        return
    shutil.rmtree(run.index_dir / run.live.generation_dir, ignore_errors=True)
    if run.live.cache != run.cache_name:
        for path in run.index_dir.iterdir():
            if cache_owner(path.name) == run.live.cache:
                path.unlink(missing_ok=True)


def _stats(
    run: _Run, reads: list[ShardRead], changes: Changes, embedded: int, upgraded: int | None,
    peaks: list[float],
) -> IndexStats:  # fmt: skip
    return IndexStats(
        root=str(run.root), index_dir=str(run.index_dir), added=changes.added,
        changed=changes.changed, removed=changes.removed, unchanged=changes.unchanged,
        skipped=changes.skipped, documents=sum(r.documents for r in reads),
        sentences=sum(r.sentences for r in reads), embedded=embedded,
        seconds=round(time.perf_counter() - run.started, 3),
        undated=sorted(p for r in reads for p in r.undated),
        date_conflicts=sorted(c for r in reads for c in r.date_conflicts),
        upgraded_from=upgraded, shards=run.shards, peak_rss_mib=max(peaks),
    )  # fmt: skip
