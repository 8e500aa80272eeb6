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


def docx_blocks(data: bytes, where: str) -> tuple[list[Block], str, datetime | None]:
    """Blocks, one per non-empty paragraph, and the core-properties title and creation date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

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
