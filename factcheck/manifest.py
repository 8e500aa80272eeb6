"""The index manifest: which model built the vectors, which generation is live, counts.

``manifest.json`` is replaced atomically (write, fsync, rename) as the last step of every
``index`` run, so a reader always sees one complete generation.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import IndexMismatchError, IndexNotFoundError

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class Manifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    format_version: int
    model: str
    backend: str
    dimension: int
    normalized: bool = True
    metric: str = "inner_product"
    faiss: str
    root: str
    generation: int
    cache: str
    built_at: datetime
    documents: int
    sentences: int
    unique_sentences: int

    @property
    def generation_dir(self) -> str:
        return f"gen-{self.generation:06d}"


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
