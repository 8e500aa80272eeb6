"""PDF via pypdf (pure Python): each page's text lines, cited as ``file:page:line``."""

from __future__ import annotations

import io
import logging
from datetime import datetime

from ..errors import IngestError
from .decode import split_lines
from .pieces import Block, Piece, strip_piece


def pdf_blocks(data: bytes, where: str) -> tuple[list[Block], str, datetime | None]:
    """Blocks (one per run of non-blank lines on a page), the title and creation date, if any."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"{where}: encrypted PDF, skipped; save an unencrypted copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "")
        try:
            created = reader.metadata.creation_date if reader.metadata else None
        except (ValueError, TypeError):
            created = None  # a malformed /CreationDate is no reason to skip the file
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise IngestError(f"{where}: damaged PDF ({exc}), skipped") from exc
    blocks: list[Block] = []
    for page_number, text in enumerate(pages, start=1):
        current: Block = []
        for line_number, raw in enumerate(split_lines(text), start=1):
            piece = strip_piece(Piece(raw, line_number, 1, " ", page=page_number))
            if piece is None:
                if current:
                    blocks.append(current)
                current = []
                continue
            current.append(piece)
        if current:
            blocks.append(current)
    return blocks, title.strip(), created
