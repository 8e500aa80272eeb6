"""The shared shape every reader produces: blocks of positioned text pieces.

A *block* is a hard boundary (a blank-line paragraph, an HTML block element, a DOCX paragraph):
no sentence crosses it. A *piece* is a run of text at a known source position; ``sep`` is what
joins it to the previous piece of the block (" " for a line break, "" for inline HTML markup).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    line: int  # 1-based line (within the page for PDF; the paragraph number for DOCX)
    col: int  # 1-based column of text[0]
    sep: str = " "
    page: int | None = None
    para: int | None = None


Block = list[Piece]


def strip_piece(piece: Piece) -> Piece | None:
    """The piece without surrounding whitespace (column adjusted), or None if blank."""
    stripped = piece.text.lstrip()
    if not stripped.strip():
        return None
    lead = len(piece.text) - len(stripped)
    return Piece(stripped.rstrip(), piece.line, piece.col + lead, piece.sep, piece.page, piece.para)
