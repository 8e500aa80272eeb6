"""One shard's share of an index run, in two steps a process or a Ray worker carries out.

1. ``read_shard``: the shard's store is copied from the live generation (or created), its new
   and changed files are read and segmented, removed ones dropped; it reports what changed
   and the BM25 statistics of its sentences.
2. ``write_shard``: once every shard is read (so the archive's size, which picks the FAISS
   type, and its BM25 statistics are known), the sentences the vector cache lacks are embedded
   (committed every CHUNK) and the shard's FAISS and BM25 files are written, streamed from the
   store and the cache, fsynced and sealed.

A job only writes under its own shard folder and its own vector cache, so running it again
(a Ray retry after a lost worker) starts it afresh. Nothing here is visible to readers until
the driver (``build.py``) commits the manifest.
"""

from __future__ import annotations

import os
import resource
import shutil
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from .. import config
from ..errors import IngestError
from ..ingest import parse_document
from ..ingest.published import conflict_note, publication_date
from ..models import SkippedFile
from ..runtime.embed import Embedder, load_embedder
from .dense import EXACT_FILE, EXACT_IDS, EXACT_ROWS, FAISS_FILE, DenseWriter, training_rows
from .manifest import FileSeal, seal
from .shards import global_id
from .sparse import Lexical, Statistics
from .store import SCHEMA_VERSION, KnownDocument, Store, VectorCache, content_hash

#: progress(stage, total) -> advance(n); the CLI draws bars, the library only reports.
Progress = Callable[[str, int], Callable[[int], None]]
#: Sentences embedded (and committed to the cache) per chunk, and streamed per FAISS add.
CHUNK = 1024
STREAM = 16_384
#: A shard's BM25 statistics (``sparse.Statistics``), kept for the next run.
STATISTICS = "statistics.json"


def no_progress(stage: str, total: int) -> Callable[[int], None]:
    return lambda n: None


@dataclass(frozen=True)
class ShardJob:
    """What one shard's worker needs to know: plain data, sent to Ray workers as is."""

    shard: int
    shards: int
    root: str
    folder: str  # the shard's folder in the new generation
    base_store: str | None  # the live generation's store of this shard (None: a new one)
    cache: str  # this shard's vector cache (kept from run to run)
    files: list[tuple[str, str]]  # (path relative to root, absolute path) of the shard's files
    model: str
    backend: str
    #: the live generation's folder of this shard when nothing in the shard changed: its FAISS
    #: files are still right and are linked, not written again (BM25 always is: the archive's
    #: statistics may have changed)
    reuse_dense: str | None = None

    @property
    def label(self) -> str:
        return f" (shard {self.shard + 1}/{self.shards})" if self.shards > 1 else ""


class Changes(BaseModel):
    """What reading one shard's files found."""

    added: list[str] = []
    changed: list[str] = []
    removed: list[str] = []
    skipped: list[SkippedFile] = []
    unchanged: int = 0
    touched: bool = False  # a file's time changed but not its bytes

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.touched)


class ShardRead(BaseModel):
    """What ``read_shard`` reports to the driver."""

    shard: int
    changes: Changes
    documents: int
    sentences: int
    unique: int
    undated: list[str]
    date_conflicts: list[str]
    statistics: Statistics
    schema_was: int  # the store schema the live generation had (SCHEMA_VERSION: current)
    peak_rss_mib: float  # of the process that read the shard (a Ray worker's, with --ray)


class ShardWritten(BaseModel):
    """What ``write_shard`` reports: sentences embedded, and the seal of each file written."""

    shard: int
    embedded: int
    files: dict[str, FileSeal]
    recipe: str
    dimension: int
    backend: str
    model: str
    peak_rss_mib: float  # of the process that wrote the shard


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# step 1 ------------------------------------------------------------------------------------
def read_shard(job: ShardJob, progress: Progress = no_progress) -> ShardRead:
    folder = Path(job.folder)
    shutil.rmtree(folder, ignore_errors=True)  # a retried job starts afresh
    folder.mkdir(parents=True)
    store = _open_store(job, folder)
    try:
        # an index from an older factcheck: every document is read again for what the old
        # schema lacks (document dates); its sentences' vectors are cached, none re-embedded
        schema_was = store.migrate()
        changes = _read(job, store, reread=schema_was < SCHEMA_VERSION, progress=progress)
        documents, sentences, unique = store.counts()
        undated, conflicts = _date_report(store)
        statistics = _statistics(job, store, changes)
    finally:
        store.close()
    return ShardRead(
        shard=job.shard, changes=changes, documents=documents, sentences=sentences,
        unique=unique, undated=undated, date_conflicts=conflicts, statistics=statistics,
        schema_was=schema_was, peak_rss_mib=peak_rss_mib(),
    )  # fmt: skip


def _statistics(job: ShardJob, store: Store, changes: Changes) -> Statistics:
    """The shard's BM25 statistics, saved in its folder for the next run: those the live
    generation saved when nothing in the shard changed (counting them means tokenizing every
    sentence again), else counted."""
    saved = Path(job.base_store).parent / STATISTICS if job.base_store else None
    statistics = None
    if saved is not None and saved.exists() and not changes.any:
        # (sealed with the live generation, whose digests the run checked before it began)
        statistics = Statistics.model_validate_json(saved.read_text(encoding="utf-8"))
    statistics = statistics or Statistics.of(store.iter_texts())
    (Path(job.folder) / STATISTICS).write_text(statistics.model_dump_json(), encoding="utf-8")
    return statistics


def _open_store(job: ShardJob, folder: Path) -> Store:
    """The new generation's store of this shard: a copy of the live one, or a new one."""
    if not job.base_store:
        return Store(folder / "store.sqlite", create=True)
    old = Store(Path(job.base_store))
    try:
        return old.copy_to(folder / "store.sqlite")
    finally:
        old.close()


def _read(job: ShardJob, store: Store, reread: bool, progress: Progress) -> Changes:
    """Read new and changed files into the store, drop removed ones; what it did."""
    known = store.documents()
    changes = Changes()
    advance = progress("reading" + job.label, len(job.files))
    root = Path(job.root)
    for rel, path in job.files:
        advance(1)
        _read_one(root, store, rel, Path(path), known.get(rel), reread, changes)
    seen = {rel for rel, _ in job.files}
    changes.removed = sorted(p for p in known if p not in seen)
    store.remove(changes.removed)
    store.commit()
    return changes


def refusal(path: Path, root: Path) -> str | None:
    """Why a file is not read at all, or None: a link out of the indexed folder (its text
    would be quoted under the archive's name), anything but a regular file (a pipe would
    hang the run, a device never end), or a file over the size limit."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8: not read (rename the file)"
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                return f"a symbolic link to {target}, outside {root}: not followed"
            if target.is_dir():
                return f"a symbolic link to the folder {target}: not entered (it may loop)"
        st = path.stat()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a link loop
        return f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a pipe, device or socket): not read"
    if st.st_size > config.MAX_FILE_BYTES:
        return (
            f"{st.st_size:,} bytes, over the {config.MAX_FILE_BYTES:,}-byte limit for one file: "
            "not read (split it into smaller files)"
        )
    return None


def _read_one(
    root: Path, store: Store, rel: str, path: Path, previous: KnownDocument | None,
    reread: bool, changes: Changes,
) -> None:  # fmt: skip
    refused = refusal(path, root)
    if refused:
        # a name that is not UTF-8 is reported with its bytes escaped (\xe9), never raw
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        changes.skipped.append(SkippedFile(path=shown, reason=refused))
        return
    try:
        st = path.stat()
        same_stat = previous and (previous.size, previous.mtime) == (st.st_size, st.st_mtime)
        if same_stat and not reread:
            changes.unchanged += 1
            return
        data = path.read_bytes()
    except OSError as exc:
        changes.skipped.append(SkippedFile(path=rel, reason=f"cannot be read ({exc.strerror})"))
        return
    digest = content_hash(data)
    if previous and previous.content_hash == digest and not reread:
        store.touch(previous.id, st.st_size, st.st_mtime)
        changes.touched = True
        changes.unchanged += 1
        return
    try:
        document = parse_document(rel, data)
    except IngestError as exc:
        changes.skipped.append(SkippedFile(path=rel, reason=str(exc).split(": ", 1)[-1]))
        return
    except Exception as exc:  # noqa: BLE001 - a parser's own failure on one damaged file
        # (lxml on broken DOCX XML, pypdf on a fuzzed PDF): skip that file, say why, go on
        why = f"could not be parsed ({type(exc).__name__}: {str(exc)[:200]})"
        changes.skipped.append(SkippedFile(path=rel, reason=why))
        return
    store.add(document, digest, st.st_size, st.st_mtime)
    (changes.changed if previous else changes.added).append(rel)


def _date_report(store: Store) -> tuple[list[str], list[str]]:
    """Documents with no date of their own, and those whose dates disagree (with how)."""
    undated: list[str] = []
    conflicts: list[str] = []
    for path, dates in store.all_dates():
        chosen, others = publication_date(dates)
        if chosen is None:
            undated.append(path)
        elif others:
            conflicts.append(conflict_note(path, chosen, others))
    return undated, conflicts


# step 2 ------------------------------------------------------------------------------------
@dataclass
class WriteSpec:
    """What every shard's second step shares: the FAISS type and the archive's statistics."""

    kind: str
    statistics: Statistics
    gen_dir: str
    progress: Progress = field(default=no_progress)


def write_shard(job: ShardJob, spec: WriteSpec, embedder: Embedder | None = None) -> ShardWritten:
    folder = Path(job.folder)
    embedder = embedder or load_embedder(job.model, job.backend)
    recipe = f"{embedder.name}|{embedder.recipe}"
    store = Store(folder / "store.sqlite")
    cache = VectorCache(Path(job.cache), embedder.dimension, recipe)
    try:
        # a shard where nothing changed has no vector to embed, write or prune
        embedded = 0
        if not job.reuse_dense:
            embedded = _embed_missing(job, store, cache, embedder, spec.progress)
        advance = spec.progress("writing" + job.label, 2)
        if job.reuse_dense:
            _link_dense(Path(job.reuse_dense), folder)
        else:
            _write_dense(job, store, cache, spec.kind, embedder.dimension)
            cache.prune(store.iter_hashes())
        advance(1)
        ids = _global_ids(job, store)
        Lexical.build(ids, store.iter_texts(), spec.statistics).save(folder / "bm25")
        advance(1)
    finally:
        store.close()
        cache.close()  # (closed on failure too: no -wal file left behind)
    _fsync_tree(folder)
    prefix = folder.relative_to(spec.gen_dir).as_posix()
    files = {(name if prefix == "." else f"{prefix}/{name}"): s for name, s in seal(folder).items()}
    return ShardWritten(
        shard=job.shard, embedded=embedded, files=files, recipe=recipe,
        dimension=embedder.dimension, backend=embedder.backend, model=embedder.name,
        peak_rss_mib=peak_rss_mib(),
    )  # fmt: skip


def _embed_missing(
    job: ShardJob, store: Store, cache: VectorCache, embedder: Embedder, progress: Progress
) -> int:
    """Embed the sentence texts the cache lacks, committing every CHUNK; how many."""
    missing = cache.missing(store.iter_hashes())
    advance = progress("embedding" + job.label, len(missing))
    for i in range(0, len(missing), CHUNK):
        chunk = missing[i : i + CHUNK]
        texts = store.texts_for(chunk)
        cache.put(chunk, embedder.encode([texts[h] for h in chunk], progress=advance))
    return len(missing)


def _global_ids(job: ShardJob, store: Store) -> np.ndarray:
    ids = np.fromiter((i for i, _ in store.iter_sentences()), dtype=np.int64)
    return global_id(ids, job.shard, job.shards)


def _write_dense(job: ShardJob, store: Store, cache: VectorCache, kind: str, dim: int) -> None:
    """The shard's FAISS index, its vectors streamed from the cache in archive order."""
    count = store.counts()[1]
    if kind == "ivfpq" and count < config.IVFPQ_MIN_SHARD:
        kind = "flat"  # a small shard of a large archive: exact search costs nothing there
    train_rows = training_rows(count, kind)
    train = None
    if len(train_rows):
        wanted = set(train_rows.tolist())
        hashes = [h for row, (_, h) in enumerate(store.iter_sentences()) if row in wanted]
        train = cache.get(hashes)
    writer = DenseWriter(Path(job.folder), kind, dim, count, train)
    del train
    for ids, hashes in _chunks(store.iter_sentences(), STREAM):
        writer.add(
            global_id(np.array(ids, dtype=np.int64), job.shard, job.shards), cache.get(hashes)
        )
    writer.close()


def _link_dense(source: Path, folder: Path) -> None:
    """The unchanged shard's FAISS files, hard-linked from the live generation (copied where
    a link cannot be made); the live generation's own names stay until the commit."""
    for name in (FAISS_FILE, EXACT_FILE, EXACT_IDS, EXACT_ROWS):
        if (source / name).exists():
            try:
                os.link(source / name, folder / name)
            except OSError:
                shutil.copyfile(source / name, folder / name)


def _chunks(rows: Iterator[tuple[int, str]], size: int) -> Iterator[tuple[list[int], list[str]]]:
    ids: list[int] = []
    hashes: list[str] = []
    for ident, text_hash in rows:
        ids.append(ident)
        hashes.append(text_hash)
        if len(ids) == size:
            yield ids, hashes
            ids, hashes = [], []
    if ids:
        yield ids, hashes


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
