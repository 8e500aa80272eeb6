"""Files -> documents of sentences with exact positions.

``walk`` finds the supported files under a folder; ``read_document`` reads one of them.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

from ..errors import IngestError
from ..models import DateSource, Document, Format, FoundDate
from .decode import decode
from .docx import docx_blocks
from .html import html_blocks
from .pdf import pdf_blocks
from .plain import text_blocks
from .published import (
    file_name_dates,
    front_matter,
    front_matter_dates,
    header_dates,
    meta_dates,
    property_date,
)
from .segment import segment_blocks

__all__ = ["walk", "read_document", "parse_document", "format_of"]

_FORMATS = {
    ".txt": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
}


def format_of(path: str | Path) -> Format | None:
    """The format of a file by its suffix, or None if factcheck does not read it."""
    return _FORMATS.get(Path(path).suffix.lower())


def _excluded(rel: str, patterns: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) or rel.startswith(p.rstrip("/") + "/")
        for p in patterns
    )


def _tree(root: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(root)`` (top down, links to folders not entered) without recursion: the
    standard one recurses once per level, so a folder 1,000 levels deep raised
    RecursionError. The caller may prune ``dirs`` in place, as with os.walk."""
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue  # unreadable folder: skipped, as os.walk does
        dirs, files, links = [], [], set()
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(e.name)
            if is_dir and e.is_symlink():
                links.add(e.name)
        # a link to a folder is not entered (it may loop, or lead out of the archive): it is
        # passed on with the files, so the run reports it instead of passing over it in silence
        files.extend(d for d in dirs if d in links)
        yield folder, dirs, files
        stack.extend(os.path.join(folder, d) for d in reversed(dirs) if d not in links)


def _is_link(path: Path) -> bool:
    return path.is_symlink()


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def walk(
    root: Path, exclude: Sequence[str] = (), skip_dirs: Sequence[Path] = ()
) -> Iterator[tuple[str, Path]]:
    """(relative POSIX path, absolute path) of each supported file under ``root``, sorted.

    Hidden files and folders are skipped, and so are paths matching an ``exclude`` glob (tested
    against the relative path and the file name) and the folders in ``skip_dirs``.
    """
    root = root.resolve()
    # folders to skip, by identity (device, inode): one stat a folder, where resolving each
    # folder's path again cost time in proportion to its depth
    skip = {(s.st_dev, s.st_ino) for s in (_stat(d) for d in skip_dirs) if s is not None}

    def skipped(path: Path) -> bool:
        s = _stat(path) if skip else None
        return s is not None and (s.st_dev, s.st_ino) in skip

    for folder, dirs, files in _tree(root):
        here = Path(folder)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and not skipped(here / d)
            and not _excluded((here / d).relative_to(root).as_posix(), exclude)
        )
        for name in sorted(files):
            if name.startswith(".") or (format_of(name) is None and not _is_link(here / name)):
                continue
            path = here / name
            rel = path.relative_to(root).as_posix()
            if not _excluded(rel, exclude):
                yield rel, path


def _title(blocks: list, fallback: str, datelines: Collection[str] = ()) -> str:
    """The first heading or line that is not a dateline."""
    for block in blocks:
        for piece in block:
            words = " ".join(piece.text.lstrip("#> ").split())
            if words and piece.text.strip() not in datelines:
                return words[:200]
    return fallback


def parse_document(rel: str, data: bytes) -> Document:
    """Read a document from its bytes; ``rel`` is its path relative to the indexed root."""
    fmt = format_of(rel)
    if fmt is None:
        raise IngestError(f"{rel}: unsupported file type; supported: {', '.join(_FORMATS)}")
    meta_title = ""
    dates: list[FoundDate] = []
    if fmt is Format.PDF:
        blocks, meta_title, created = pdf_blocks(data, rel)
        properties = property_date(created, "PDF creation date")
    elif fmt is Format.DOCX:
        blocks, meta_title, created = docx_blocks(data, rel)
        properties = property_date(created, "DOCX creation date")
    elif fmt is Format.HTML:
        blocks, meta_title, tags = html_blocks(decode(data, rel))
        dates, properties = meta_dates(tags), []
    else:
        text = decode(data, rel)
        blocks = text_blocks(text, markdown=fmt is Format.MARKDOWN)
        fields = front_matter(text) if fmt is Format.MARKDOWN else []
        dates, properties = front_matter_dates(fields), []
        meta_title = next((v for k, v, _ in fields if k.lower() == "title"), "")
    dates += header_dates(blocks) + file_name_dates(rel) + properties
    layout = fmt in (Format.TEXT, Format.MARKDOWN, Format.PDF)
    sentences = segment_blocks(blocks, layout=layout)
    datelines = {d.text for d in dates if d.source is DateSource.HEADER}
    title = meta_title or _title(blocks, Path(rel).stem, datelines)
    return Document(path=rel, format=fmt, title=title, sentences=sentences, dates=dates)


def read_document(root: Path, rel: str) -> Document:
    """Read ``root/rel``; IngestError if it cannot be read."""
    try:
        data = (root / rel).read_bytes()
    except OSError as exc:
        raise IngestError(f"{rel}: cannot be read ({exc.strerror}), skipped") from exc
    return parse_document(rel, data)
