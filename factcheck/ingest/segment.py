"""Sentence segmentation with exact source positions.

Two stages:

1. **Layout** (plain text, Markdown, PDF): a block of lines is cut into *units* at list items,
   Markdown headings, and title lines. A line that ends without sentence punctuation and is much
   shorter than the block's longest line is a title ("Act I: The Courtship"); a long line that
   does so is a hard wrap, joined to the next line. HTML and DOCX get their units from markup.
2. **Sentences**: pysbd (rule-based, offline; handles abbreviations such as U.S., Inc., Sep.,
   Dr., decimals and money, initials and quotes) splits each unit; every sentence is then found
   again in the unit's text, so its offsets map back to the exact line and column of the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import config
from ..language.polarity import SPEAKER
from ..models import Sentence
from .pieces import Block, Piece

_LIST_ITEM = re.compile(r"^(?:[-*•◦▪‣–]|\(?\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_QUOTE_MARK = re.compile(r"^(?:>\s?)+")
_TERMINAL = re.compile(r"""[.!?:;…]["'”’)\]]*$""")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
#: A line shorter than this share of its block's longest line, ending without punctuation, is a
#: title or heading, not a hard-wrapped line.
TITLE_LINE_RATIO = 0.6


@lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _strip_marker(piece: Piece) -> tuple[Piece, bool]:
    """Remove a list bullet, Markdown heading or quote marker; say whether it was a unit start."""
    text = piece.text
    for pattern in (_QUOTE_MARK, _MD_HEADING, _LIST_ITEM):
        match = pattern.match(text)
        if match and match.end() < len(text):
            cut = match.end()
            return (
                Piece(text[cut:], piece.line, piece.col + cut, piece.sep, piece.page, piece.para),
                True,
            )
    return piece, False


def layout_units(block: Block) -> list[Block]:
    """Cut a block of text lines into units that no sentence crosses."""
    lines: list[tuple[Piece, bool]] = [_strip_marker(p) for p in block]
    width = max((len(p.text) for p, _ in lines), default=0)
    units: list[Block] = []
    current: Block = []
    for i, (piece, marked) in enumerate(lines):
        if marked and current:
            units.append(current)
            current = []
        current.append(piece)
        is_heading = bool(_MD_HEADING.match(block[i].text))
        ends_open = not _TERMINAL.search(piece.text)
        short = len(piece.text) < TITLE_LINE_RATIO * width
        if is_heading or (ends_open and short) or i == len(lines) - 1:
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


def _unit_text(unit: Block) -> tuple[str, list[tuple[int, Piece]]]:
    parts: list[str] = []
    offsets: list[tuple[int, Piece]] = []
    pos = 0
    for j, piece in enumerate(unit):
        if j:
            parts.append(piece.sep)
            pos += len(piece.sep)
        offsets.append((pos, piece))
        parts.append(piece.text)
        pos += len(piece.text)
    return "".join(parts), offsets


def _position(offsets: list[tuple[int, Piece]], at: int) -> tuple[Piece, int]:
    """The piece holding character ``at`` of the unit text, and the offset within it."""
    chosen = offsets[0]
    for start, piece in offsets:
        if start > at:
            break
        chosen = (start, piece)
    return chosen[1], at - chosen[0]


def is_indexable(text: str) -> bool:
    """Worth indexing: enough words, a number with a word (skips '0', 'Save', 'Accept all'),
    or a transcript turn's short answer with its speaker's label ("PETRAKIS: No."), which
    says who speaks in the sentences after it."""
    words = _WORD.findall(text)
    if len(words) >= config.MIN_WORDS:
        return True
    turn = SPEAKER.match(text)
    if turn is not None and _WORD.search(text, turn.end()):
        return True
    has_digit = any(ch.isdigit() for ch in text)
    return has_digit and any(w.isalpha() for w in words)


# pysbd's time grows with the square of an unpunctuated run (16 KB: 0.45 s, 128 KB: 26 s; a
# 50 MB one-line file never finished), so it reads a long unit in pieces of about this many
# characters, cut at the last clear sentence end (else at a space) within each piece.
PYSBD_CHUNK = 2_000
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])[\"')\]]*\s+(?=[A-Z\"'(])")


def _pieces(text: str) -> list[str]:
    """``text`` cut into consecutive pieces of at most PYSBD_CHUNK characters (so a cut may
    split a sentence only where none ends for that long)."""
    out: list[str] = []
    start = 0
    while len(text) - start > PYSBD_CHUNK:
        window = text[start : start + PYSBD_CHUNK]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < PYSBD_CHUNK // 4:  # no sentence end near the end of the window
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else PYSBD_CHUNK
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _split(text: str) -> list[str]:
    """Sentences of one unit, per pysbd, read in pieces (see PYSBD_CHUNK); a sentence pysbd
    ends at a name's abbreviation before a sum ("fined Ostrava Paving Co. $90,000 for ...")
    goes on: news copy opens no sentence with a figure."""
    out: list[str] = []
    for s in (s for piece in _pieces(text) for s in _segmenter().segment(piece) if s.strip()):
        if out and _NAME_ABBREVIATION.search(out[-1]) and _FIGURE_FIRST.match(s):
            out[-1] += s
        else:
            out.append(s)
    return out


_NAME_ABBREVIATION = re.compile(r"\b(?:Co|Inc|Corp|Ltd|Bros|Jr|Sr)\.\s*$")
_FIGURE_FIRST = re.compile(r"[$€£]?\d")


def segment_units(units: Iterable[Block]) -> list[Sentence]:
    """Split each unit into sentences with exact line, column and end line."""
    sentences: list[Sentence] = []
    for unit in units:
        text, offsets = _unit_text(unit)
        if not text.strip():
            continue
        cursor = 0
        for raw in _split(text):
            core = raw.strip()
            start = text.find(core, cursor)
            if start < 0:  # pysbd changed the text; fall back to the rest of the unit
                start = cursor + (len(text[cursor:]) - len(text[cursor:].lstrip()))
                core = text[start:].strip()
            end = start + len(core)
            cursor = end
            clean = _WS.sub(" ", core)
            if not is_indexable(clean):
                continue
            first, offset = _position(offsets, start)
            last, _ = _position(offsets, max(start, end - 1))
            sentences.append(
                Sentence(
                    text=clean,
                    line=first.line,
                    col=first.col + offset,
                    end_line=last.line,
                    page=first.page,
                    para=first.para,
                )
            )
            if end >= len(text):
                break
    return sentences


def segment_blocks(blocks: Iterable[Block], layout: bool) -> list[Sentence]:
    """Sentences of a document given as blocks; ``layout`` applies the text-layout rules."""
    units: list[Block] = []
    for block in blocks:
        if not block:
            continue
        units.extend(layout_units(block) if layout else [block])
    return segment_units(units)
