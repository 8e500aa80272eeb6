"""DOCX via python-docx: one block per body paragraph, cited as ``file:¶N``.

N counts every paragraph of the document body from 1, empty ones included, in document order
(tables are read after the paragraphs and numbered on from there).
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from ..errors import IngestError
from .pieces import Block, Piece, strip_piece

# A .docx is a zip: python-docx unpacks its parts in memory, so a "zip bomb" (2.9 MB that
# inflates to 1 GB took 7.7 GB of memory) is refused from the sizes its directory declares.
# A real document's text and styles unpack to a few MB; images are not read.
MAX_UNPACKED_XML = 64 * 2**20


def _check_unpacked_size(data: bytes, where: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = sum(i.file_size for i in z.infolist() if i.filename.endswith((".xml", ".rels")))
    except zipfile.BadZipFile as exc:
        raise IngestError(f"{where}: not a readable .docx file ({exc}), skipped") from exc
    if xml > MAX_UNPACKED_XML:
        raise IngestError(
            f"{where}: its XML would unpack to {xml:,} bytes (over {MAX_UNPACKED_XML:,}); "
            "not read, skipped"
        )


def docx_blocks(data: bytes, where: str) -> tuple[list[Block], str, datetime | None]:
    """Blocks, one per non-empty paragraph, and the core-properties title and creation date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_unpacked_size(data, where)
    try:
        document = docx.Document(io.BytesIO(data))
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
