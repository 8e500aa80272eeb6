"""Plain text and Markdown: blank lines separate blocks; front matter and code fences skipped."""

from __future__ import annotations

import re

from .decode import split_lines
from .pieces import Block, Piece, strip_piece

_FENCE = re.compile(r"^\s*(```|~~~)")
#: A Markdown table row ("| Tesla | 1.8 million |") and the rule under its header ("|---|:-:|").
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")


def _table_row(raw: str, number: int) -> Piece | None:
    if _TABLE_RULE.match(raw):
        return None
    start = raw.index("|") + 1
    end = raw.rindex("|")
    return strip_piece(Piece(raw[start:end], number, start + 1))


def text_blocks(text: str, markdown: bool) -> list[Block]:
    """Blocks of line pieces; for Markdown, YAML front matter and fenced code are left out."""
    lines = split_lines(text)
    blocks: list[Block] = []
    current: Block = []
    skip_until = 0
    if markdown and lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                skip_until = j + 1
                break
    in_fence = False
    for number, raw in enumerate(lines, start=1):
        if number <= skip_until:
            continue
        if markdown and _FENCE.match(raw):
            in_fence = not in_fence
            if current:
                blocks.append(current)
                current = []
            continue
        if markdown and not in_fence and _TABLE_ROW.match(raw):
            # each row is a block of its own (rows joined into one "sentence" made a
            # 3,000-row table one claim); the outer pipes go, the rule under the header too
            if current:
                blocks.append(current)
                current = []
            row = _table_row(raw, number)
            if row is not None:
                blocks.append([row])
            continue
        piece = None if in_fence else strip_piece(Piece(raw, number, 1))
        if piece is None:
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(piece)
    if current:
        blocks.append(current)
    return blocks
