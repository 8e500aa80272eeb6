"""The index manifest: which model built the vectors, which generation is live, counts.

``manifest.json`` is replaced atomically (write, fsync, rename) as the last step of every
``index`` run, so a reader always sees one complete generation. It seals that generation: the
size and BLAKE2b digest of each of its files. Opening an index compares the sizes (a stat per
file); ``index`` and ``info --check`` compare the digests too, and a damaged generation is
named with the command that repairs it, never read into a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import IndexDamagedError, IndexMismatchError, IndexNotFoundError

#: 1: one store, FAISS and BM25 per generation; 2: ``shards`` of them (shard-NNN/ folders
#: when there are more than one) and IVF-PQ for large archives.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"


class FileSeal(BaseModel):
    """What one file of a generation was when it was written."""

    model_config = ConfigDict(frozen=True)

    size: int
    digest: str


class Manifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    format_version: int
    model: str
    backend: str
    dimension: int
    normalized: bool = True
    metric: str = "inner_product"
    faiss: str  # flat, hnsw32 or ivfpq (chosen by the archive's size)
    shards: int = 1
    root: str
    generation: int
    cache: str
    built_at: datetime
    documents: int
    sentences: int
    unique_sentences: int
    #: path inside the generation folder -> its seal (absent in indexes of factcheck < 0.6)
    files: dict[str, FileSeal] = {}

    #: a run whose workers may outlive it (Ray) writes into a folder named for the run too, so
    #: a worker left running by a killed driver never writes into a later run's folder
    run: str = ""

    @property
    def generation_dir(self) -> str:
        return generation_dir(self.generation, self.run)

    def repair_command(self, index_dir: Path) -> str:
        return f"factcheck index {self.root} --index {index_dir} --rebuild"


def generation_dir(generation: int, run: str = "") -> str:
    return f"gen-{generation:06d}" + (f"-{run}" if run else "")


#: The files every generation has (checked in indexes whose manifest has no seals).
REQUIRED = ("store.sqlite", "vectors.faiss", "bm25/ids.npy")


def digest(path: Path) -> str:
    """BLAKE2b of a file's bytes, read in 1 MiB blocks."""
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        while block := fh.read(2**20):
            h.update(block)
    return h.hexdigest()


def seal(gen_dir: Path) -> dict[str, FileSeal]:
    """The seal of every file under a finished generation folder."""
    return {
        path.relative_to(gen_dir).as_posix(): FileSeal(
            size=path.stat().st_size, digest=digest(path)
        )
        for path in sorted(gen_dir.rglob("*"))
        if path.is_file()
    }


def check_generation(index_dir: Path, manifest: Manifest, deep: bool = False) -> None:
    """IndexDamagedError naming the first file of the live generation that is missing, of the
    wrong size, or (``deep``) of the wrong digest or failing SQLite's integrity check."""
    gen_dir = index_dir / manifest.generation_dir
    repair = f"repair it with: {manifest.repair_command(index_dir)}"
    if not gen_dir.is_dir():
        raise IndexDamagedError(
            f"{gen_dir}: the live index generation is missing (the index is damaged); {repair}"
        )
    expected = manifest.files or {name: None for name in REQUIRED}
    for name, want in expected.items():
        path = gen_dir / name
        try:
            size = path.stat().st_size
        except OSError:
            raise IndexDamagedError(f"{path}: missing (the index is damaged); {repair}") from None
        if want is None:
            continue
        if size != want.size:
            raise IndexDamagedError(
                f"{path}: {size:,} bytes, not the {want.size:,} written (the index is damaged); "
                f"{repair}"
            )
        if deep and digest(path) != want.digest:
            raise IndexDamagedError(
                f"{path}: its contents changed since it was written (the index is damaged); "
                f"{repair}"
            )
    if deep:
        for name in expected:
            if name.endswith("store.sqlite"):
                _check_sqlite(gen_dir / name, repair)


def _check_sqlite(path: Path, repair: str) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        raise IndexDamagedError(f"{path}: {result} (the index is damaged); {repair}")


def read_manifest(index_dir: Path) -> Manifest:
    """The manifest of ``index_dir``; clear errors for a missing, damaged or newer index."""
    path = index_dir / MANIFEST
    if not index_dir.exists():
        raise IndexNotFoundError(
            f"no index at {index_dir}; build one with: factcheck index FOLDER --index {index_dir}"
        )
    if not path.exists():
        raise IndexNotFoundError(
            f"{index_dir} holds no factcheck index (no {MANIFEST}); "
            f"build one with: factcheck index FOLDER --index {index_dir}"
        )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexNotFoundError(
            f"{path}: unreadable manifest ({exc}); rebuild with: factcheck index FOLDER --rebuild"
        ) from exc
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise IndexMismatchError(
            f"{index_dir} was written by a newer factcheck (index format {version}, this one "
            f"reads {FORMAT_VERSION}); upgrade factcheck or rebuild with --rebuild"
        )
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        raise IndexNotFoundError(
            f"{path}: damaged manifest ({exc.error_count()} bad fields); "
            "rebuild with: factcheck index FOLDER --rebuild"
        ) from exc


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Atomically replace the manifest."""
    tmp = index_dir / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(manifest.model_dump_json(indent=2))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / MANIFEST)
    fd = os.open(index_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
