"""DOCX via python-docx: one block per body paragraph, cited as ``file:¶N``.

N counts every paragraph of the document body from 1, empty ones included, in document order
(tables are read after the paragraphs and numbered on from there).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import datetime

from ..errors import IngestError
from .pieces import Block, Piece, strip_piece

# A .docx is a zip, and python-docx would inflate its parts trusting the sizes the zip
# declares: a bomb that understates them (1 GiB declared as 5,000 bytes) took 2.16 GB. So the
# XML parts are inflated here first, counting the bytes that actually come out, at most
# MAX_UNPACKED_XML in all, and python-docx reads a clean copy of just those parts. A real
# document's text and styles unpack to a few MB; images are not read.
MAX_UNPACKED_XML = 64 * 2**20
CHUNK = 2**16


def _too_large(where: str) -> IngestError:
    return IngestError(
        f"{where}: its XML unpacks to over {MAX_UNPACKED_XML:,} bytes; not read, skipped"
    )


def _inflate(data: bytes, info: zipfile.ZipInfo, budget: int, where: str) -> bytes:
    """A member's bytes, inflated from its local header on, never more than ``budget`` + 1."""
    off = info.header_offset
    if data[off : off + 4] != b"PK\x03\x04":
        raise IngestError(f"{where}: not a readable .docx file (bad zip entry), skipped")
    name_len, extra_len = struct.unpack("<HH", data[off + 26 : off + 30])
    start = off + 30 + name_len + extra_len
    if info.compress_type == zipfile.ZIP_STORED:
        if info.compress_size > budget:
            raise _too_large(where)
        return data[start : start + info.compress_size]
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise IngestError(f"{where}: not a readable .docx file (unknown compression), skipped")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    out: list[bytes] = []
    total, pos = 0, start
    pending = b""
    try:
        while not inflater.eof:
            if not pending:
                if pos >= len(data):
                    break
                pending, pos = data[pos : pos + CHUNK], pos + CHUNK
            piece = inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
            total += len(piece)
            if total > budget:
                raise _too_large(where)
            out.append(piece)
    except zlib.error as exc:
        raise IngestError(f"{where}: not a readable .docx file ({exc}), skipped") from None
    return b"".join(out)


def _clean_copy(data: bytes, where: str) -> bytes:
    """The document's XML parts, inflated within the limit, as a new zip with true sizes."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise IngestError(f"{where}: not a readable .docx file ({exc}), skipped") from exc
    out = io.BytesIO()
    left = MAX_UNPACKED_XML
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                copy.writestr(info.filename, b"")  # images and the like: present, not read
                continue
            part = _inflate(data, info, left, where)
            left -= len(part)
            copy.writestr(info.filename, part)
    return out.getvalue()


def docx_blocks(data: bytes, where: str) -> tuple[list[Block], str, datetime | None]:
    """Blocks, one per non-empty paragraph, and the core-properties title and creation date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    clean = _clean_copy(data, where)
    try:
        document = docx.Document(io.BytesIO(clean))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"{where}: not a readable .docx file ({exc}), skipped") from exc
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    blocks: list[Block] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        piece = strip_piece(Piece(paragraph.text.replace("\n", " "), number, 1, " ", para=number))
        if piece is not None:
            blocks.append([piece])
    props = document.core_properties
    return blocks, (props.title or "").strip(), props.created
