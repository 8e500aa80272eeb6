"""``factcheck index``: build or incrementally update an index, atomically.

Each run writes a new *generation* folder (a copy of the live SQLite store with the changes,
a fresh FAISS file and BM25 index), then swaps ``manifest.json`` to point at it. Until that
rename, readers and a crashed run see the previous generation, whole. Vectors are cached by
sentence text in ``cache-N.sqlite`` and committed per batch, so identical sentences are embedded
once and the next run after an interruption only embeds what is still missing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from .. import config
from ..errors import (
    FactcheckError,
    IndexBusyError,
    IndexDamagedError,
    IndexMismatchError,
    IngestError,
    InputError,
)
from ..ingest import parse_document, walk
from ..ingest.published import conflict_note, publication_date
from ..models import IndexStats, SkippedFile
from ..runtime.embed import Embedder, canonical_model_name, load_embedder
from . import dense as vectors
from . import sparse as lexical
from .manifest import (
    FORMAT_VERSION,
    MANIFEST,
    Manifest,
    check_generation,
    read_manifest,
    seal,
    write_manifest,
)
from .store import SCHEMA_VERSION, KnownDocument, Store, VectorCache, content_hash

#: progress(stage, total) -> advance(n); the CLI draws bars, the library only reports.
Progress = Callable[[str, int], Callable[[int], None]]
#: Sentences embedded (and committed to the cache) per chunk.
CHUNK = 1024


def _no_progress(stage: str, total: int) -> Callable[[int], None]:
    return lambda n: None


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


def _refusal(path: Path, root: Path) -> str | None:
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
    """Remove generations and caches an interrupted run left behind (never the live ones)."""
    keep = [f"cache-{(live.generation if live else 0) + 1:06d}.sqlite"]
    if live:
        keep += [live.generation_dir, live.cache]
    for path in index_dir.iterdir():
        if any(path.name == k or path.name.startswith(k + "-") for k in keep):
            continue  # (a cache's -wal and -shm files belong to it)
        if path.name.startswith("gen-"):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith("cache-"):
            path.unlink(missing_ok=True)


def build_index(
    root: Path,
    index_dir: Path,
    model: str | None = None,
    backend: str | None = None,
    exclude: Sequence[str] = (),
    rebuild: bool = False,
    progress: Progress = _no_progress,
    embedder: Embedder | None = None,
) -> IndexStats:
    """Index (or re-index) the documents under ``root`` into ``index_dir``.

    Only new or changed files are read and only sentences not yet embedded are embedded. With
    ``rebuild``, everything is read and embedded again (e.g. to change the model).
    """
    started = time.perf_counter()
    root = _check_root(Path(root))
    index_dir = Path(index_dir)
    _ensure_dir(index_dir)
    model = canonical_model_name(model) if model else None
    with _lock(index_dir):
        live = _live_manifest(index_dir, rebuild)
        if live and not rebuild:
            _check_same(live, index_dir, root, model, backend)
        base = live if live and not rebuild else None
        model = model or (base.model if base else config.DEFAULT_MODEL)
        backend = backend or (base.backend if base else config.DEFAULT_BACKEND)
        files = list(walk(root, exclude, skip_dirs=[index_dir]))
        if not files:
            if not any(p for p in root.iterdir() if not p.name.startswith(".")):
                raise InputError(f"{root} is empty; put documents in it, then run index again")
            raise InputError(
                f"{root} has no supported documents "
                f"({', '.join(config.SUPPORTED_SUFFIXES)}); check the folder or --exclude"
            )
        _clean_stale(index_dir, live)
        generation = (live.generation if live else 0) + 1
        gen_dir = index_dir / f"gen-{generation:06d}"
        gen_dir.mkdir()
        run = _Run(
            root, index_dir, gen_dir, generation, base, live, model, backend, progress, started
        )
        try:
            return _build(run, files, embedder)
        except BaseException as exc:
            shutil.rmtree(gen_dir, ignore_errors=True)
            failure = _failure(exc, root, index_dir)
            if failure is exc:
                raise
            raise failure from exc


def _check_same(
    live: Manifest, index_dir: Path, root: Path, model: str | None, backend: str | None
) -> None:
    """An update keeps the live index's model, backend and root (--rebuild changes them)."""
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
    base: Manifest | None  # the generation this run updates (None: build from scratch)
    live: Manifest | None  # the live generation, replaced at the end (also with --rebuild)
    model: str
    backend: str
    progress: Progress
    started: float


@dataclass
class _Changes:
    """What reading the files found."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    unchanged: int = 0
    touched: bool = False  # a file's time changed but not its bytes

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.touched)


def _build(run: _Run, files: list[tuple[str, Path]], embedder: Embedder | None) -> IndexStats:
    store = _open_store(run)
    # an index from an older factcheck: every document is read again for what the old schema
    # lacks (document dates); its sentences' vectors are in the cache, so none is re-embedded
    had_schema = store.migrate()
    reread = had_schema < SCHEMA_VERSION
    changes = _read(run, store, files, reread)
    upgraded = had_schema if reread and run.base else None
    content = _content(store)
    if run.base and not changes.any:
        store.close()
        shutil.rmtree(run.gen_dir, ignore_errors=True)  # nothing changed: keep the live one
        return _stats(run, content, changes, embedded=0, upgraded=upgraded)
    if content.documents == 0:
        store.close()
        first = changes.skipped[0] if changes.skipped else None
        raise InputError(
            f"no document under {run.root} could be read ({len(changes.skipped)} skipped: "
            f"{first.path if first else '-'}: {first.reason if first else ''}); "
            "the previous index is unchanged"
        )
    embedder = embedder or load_embedder(run.model, run.backend)
    cache_name = run.base.cache if run.base else f"cache-{run.generation:06d}.sqlite"
    recipe = f"{embedder.name}|{embedder.recipe}"
    cache = VectorCache(run.index_dir / cache_name, embedder.dimension, recipe)
    with contextlib.closing(cache):  # (closed on failure too: no -wal file left behind)
        texts = store.unique_texts()
        embedded = _embed_missing(run, cache, texts, embedder)
        manifest = _write_generation(run, store, cache, embedder, cache_name)
        write_manifest(run.index_dir, manifest)  # the commit point
        cache.prune(texts)
    _remove_previous(run, cache_name)
    return _stats(run, content, changes, embedded=embedded, upgraded=upgraded)


def _open_store(run: _Run) -> Store:
    """The new generation's store: a copy of the live one to update, or a new one."""
    if not run.base:
        return Store(run.gen_dir / "store.sqlite", create=True)
    old = Store(run.index_dir / run.base.generation_dir / "store.sqlite")
    store = old.copy_to(run.gen_dir / "store.sqlite")
    old.close()
    return store


def _read(run: _Run, store: Store, files: list[tuple[str, Path]], reread: bool) -> _Changes:
    """Read new and changed files into the store, drop removed ones; what it did."""
    known = store.documents()
    changes = _Changes()
    advance = run.progress("reading", len(files))
    for rel, path in files:
        advance(1)
        _read_one(run, store, rel, path, known.get(rel), reread, changes)
    seen = {rel for rel, _ in files}
    changes.removed = sorted(p for p in known if p not in seen)
    store.remove(changes.removed)
    store.commit()
    return changes


def _read_one(
    run: _Run, store: Store, rel: str, path: Path, previous: KnownDocument | None,
    reread: bool, changes: _Changes,
) -> None:  # fmt: skip
    refused = _refusal(path, run.root)
    if refused:
        # a name that is not UTF-8 is reported with its bytes escaped (\xe9), never raw
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        changes.skipped.append(SkippedFile(path=shown, reason=refused))
        return
    try:
        stat = path.stat()
        same_stat = previous and (previous.size, previous.mtime) == (stat.st_size, stat.st_mtime)
        if same_stat and not reread:
            changes.unchanged += 1
            return
        data = path.read_bytes()
    except OSError as exc:
        changes.skipped.append(SkippedFile(path=rel, reason=f"cannot be read ({exc.strerror})"))
        return
    digest = content_hash(data)
    if previous and previous.content_hash == digest and not reread:
        store.touch(previous.id, stat.st_size, stat.st_mtime)
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
    store.add(document, digest, stat.st_size, stat.st_mtime)
    (changes.changed if previous else changes.added).append(rel)


def _embed_missing(run: _Run, cache: VectorCache, texts: dict[str, str], embedder: Embedder) -> int:
    """Embed the sentence texts the cache lacks, committing every CHUNK; how many."""
    missing = cache.missing(texts)
    advance = run.progress("embedding", len(missing))
    for i in range(0, len(missing), CHUNK):
        chunk = missing[i : i + CHUNK]
        cache.put(chunk, embedder.encode([texts[h] for h in chunk], progress=advance))
    return len(missing)


def _write_generation(
    run: _Run, store: Store, cache: VectorCache, embedder: Embedder, cache_name: str
) -> Manifest:
    """FAISS and BM25 beside the store, everything fsynced and sealed; the manifest to commit."""
    documents, sentences, unique = store.counts()
    ids, hashes = store.sentence_hashes()
    kind = vectors.kind_for(len(ids))
    advance = run.progress("writing", 2)
    faiss_index = vectors.build(ids, cache.get(hashes), kind)
    vectors.save(faiss_index, run.gen_dir / "vectors.faiss")
    del faiss_index
    advance(1)
    ids, all_texts = store.texts()
    lexical.Lexical.build(ids, all_texts).save(run.gen_dir / "bm25")
    advance(1)
    store.close()
    _fsync_tree(run.gen_dir)
    return Manifest(
        format_version=FORMAT_VERSION, model=embedder.name, backend=embedder.backend,
        dimension=embedder.dimension, faiss=kind, root=str(run.root),
        generation=run.generation, cache=cache_name, built_at=datetime.now(UTC),
        documents=documents, sentences=sentences, unique_sentences=unique,
        files=seal(run.gen_dir),
    )  # fmt: skip


def _remove_previous(run: _Run, cache_name: str) -> None:
    """After the commit: the replaced generation, and its cache if this run started a new one."""
    if not run.live:
        return
    shutil.rmtree(run.index_dir / run.live.generation_dir, ignore_errors=True)
    if run.live.cache != cache_name:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (run.index_dir / (run.live.cache + suffix)).unlink()


class _Content(NamedTuple):
    documents: int
    sentences: int
    undated: list[str]
    date_conflicts: list[str]


def _content(store: Store) -> _Content:
    """What the new generation holds, for the report."""
    documents, sentences, _ = store.counts()
    return _Content(documents, sentences, *_date_report(store))


def _stats(
    run: _Run, content: _Content, changes: _Changes, embedded: int, upgraded: int | None
) -> IndexStats:
    return IndexStats(
        root=str(run.root), index_dir=str(run.index_dir), added=changes.added,
        changed=changes.changed, removed=changes.removed, unchanged=changes.unchanged,
        skipped=changes.skipped, documents=content.documents, sentences=content.sentences,
        embedded=embedded, seconds=round(time.perf_counter() - run.started, 3),
        undated=content.undated, date_conflicts=content.date_conflicts, upgraded_from=upgraded,
    )  # fmt: skip


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


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
