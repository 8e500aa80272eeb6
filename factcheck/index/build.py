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
from datetime import UTC, datetime
from pathlib import Path

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
from .store import SCHEMA_VERSION, Store, VectorCache, content_hash

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
        try:
            return _build(
                root, index_dir, gen_dir, generation, base, live, model, backend, files,
                progress, embedder, started,
            )  # fmt: skip
        except BaseException as exc:
            shutil.rmtree(gen_dir, ignore_errors=True)
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                exc, sqlite3.OperationalError
            ):
                raise IndexDamagedError(
                    f"{index_dir}: a database of the index is damaged ({exc}); the previous "
                    f"index is unchanged; repair it with: factcheck index {root} --index "
                    f"{index_dir} --rebuild"
                ) from exc
            if isinstance(exc, OSError | sqlite3.OperationalError):
                # (SQLite says "database or disk is full" where the OS says ENOSPC)
                raise FactcheckError(
                    f"writing {index_dir} failed ({getattr(exc, 'strerror', None) or exc}); the "
                    "previous index is "
                    "unchanged; free space or fix permissions, then run index again"
                ) from exc
            raise


def _build(
    root: Path,
    index_dir: Path,
    gen_dir: Path,
    generation: int,
    base: Manifest | None,
    live: Manifest | None,
    model: str,
    backend: str,
    files: list[tuple[str, Path]],
    progress: Progress,
    embedder: Embedder | None,
    started: float,
) -> IndexStats:
    if base:
        old = Store(index_dir / base.generation_dir / "store.sqlite")
        store = old.copy_to(gen_dir / "store.sqlite")
        old.close()
    else:
        store = Store(gen_dir / "store.sqlite", create=True)
    # an index from an older factcheck: every document is read again for what the old schema
    # lacks (document dates); its sentences' vectors are in the cache, so none is re-embedded
    had_schema = store.migrate()
    reread = had_schema < SCHEMA_VERSION
    known = store.documents()
    seen: set[str] = set()
    added: list[str] = []
    changed: list[str] = []
    skipped: list[SkippedFile] = []
    unchanged = 0
    touched = False
    advance = progress("reading", len(files))
    for rel, path in files:
        seen.add(rel)
        advance(1)
        refused = _refusal(path, root)
        if refused:
            # a name that is not UTF-8 is reported with its bytes escaped (\xe9), never raw
            shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            skipped.append(SkippedFile(path=shown, reason=refused))
            continue
        try:
            stat = path.stat()
            previous = known.get(rel)
            same_stat = (
                previous and previous.size == stat.st_size and previous.mtime == stat.st_mtime
            )
            if same_stat and not reread:
                unchanged += 1
                continue
            data = path.read_bytes()
        except OSError as exc:
            skipped.append(SkippedFile(path=rel, reason=f"cannot be read ({exc.strerror})"))
            continue
        digest = content_hash(data)
        if previous and previous.content_hash == digest and not reread:
            store.touch(previous.id, stat.st_size, stat.st_mtime)
            touched = True
            unchanged += 1
            continue
        try:
            document = parse_document(rel, data)
        except IngestError as exc:
            skipped.append(SkippedFile(path=rel, reason=str(exc).split(": ", 1)[-1]))
            continue
        except Exception as exc:  # noqa: BLE001 - a parser's own failure on one damaged file
            # (lxml on broken DOCX XML, pypdf on a fuzzed PDF): skip that file, say why, go on
            why = f"could not be parsed ({type(exc).__name__}: {str(exc)[:200]})"
            skipped.append(SkippedFile(path=rel, reason=why))
            continue
        store.add(document, digest, stat.st_size, stat.st_mtime)
        (changed if previous else added).append(rel)
    removed = sorted(p for p in known if p not in seen)
    store.remove(removed)
    store.commit()
    documents, sentences, unique = store.counts()
    undated, conflicts = _date_report(store)
    dating = {
        "undated": undated, "date_conflicts": conflicts,
        "upgraded_from": had_schema if reread and base else None,
    }  # fmt: skip
    if base and not (added or changed or removed or touched):
        store.close()
        shutil.rmtree(gen_dir, ignore_errors=True)  # nothing changed: keep the live generation
        return IndexStats(
            root=str(root), index_dir=str(index_dir), added=[], changed=[], removed=[],
            unchanged=unchanged, skipped=skipped, documents=documents, sentences=sentences,
            embedded=0, seconds=round(time.perf_counter() - started, 3), **dating,
        )  # fmt: skip
    if documents == 0:
        store.close()
        raise InputError(
            f"no document under {root} could be read ({len(skipped)} skipped: "
            f"{skipped[0].path if skipped else '-'}: {skipped[0].reason if skipped else ''}); "
            "the previous index is unchanged"
        )

    embedder = embedder or load_embedder(model, backend)
    cache_name = base.cache if base else f"cache-{generation:06d}.sqlite"
    cache = VectorCache(
        index_dir / cache_name,
        embedder.dimension,
        f"{embedder.name}|{getattr(embedder, 'recipe', embedder.backend)}",
    )
    with contextlib.closing(cache):  # (closed on failure too: no -wal file left behind)
        texts = store.unique_texts()
        missing = cache.missing(texts)
        advance = progress("embedding", len(missing))
        for i in range(0, len(missing), CHUNK):
            chunk = missing[i : i + CHUNK]
            cache.put(chunk, embedder.encode([texts[h] for h in chunk], progress=advance))

        ids, hashes = store.sentence_hashes()
        kind = vectors.kind_for(len(ids))
        advance = progress("writing", 2)
        faiss_index = vectors.build(ids, cache.get(hashes), kind)
        vectors.save(faiss_index, gen_dir / "vectors.faiss")
        del faiss_index
        advance(1)
        ids, all_texts = store.texts()
        lexical.Lexical.build(ids, all_texts).save(gen_dir / "bm25")
        advance(1)
        store.close()
        _fsync_tree(gen_dir)
        seals = seal(gen_dir)

        manifest = Manifest(
            format_version=FORMAT_VERSION, model=embedder.name, backend=embedder.backend,
            dimension=embedder.dimension, faiss=kind, root=str(root), generation=generation,
            cache=cache_name, built_at=datetime.now(UTC), documents=documents, sentences=sentences,
            unique_sentences=unique, files=seals,
        )  # fmt: skip
        write_manifest(index_dir, manifest)  # the commit point
        cache.prune(texts)
    if live:
        shutil.rmtree(index_dir / live.generation_dir, ignore_errors=True)
        if live.cache != cache_name:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (index_dir / (live.cache + suffix)).unlink()
    return IndexStats(
        root=str(root), index_dir=str(index_dir), added=added, changed=changed, removed=removed,
        unchanged=unchanged, skipped=skipped, documents=documents, sentences=sentences,
        embedded=len(missing), seconds=round(time.perf_counter() - started, 3), **dating,
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
