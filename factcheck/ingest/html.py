"""HTML: visible text only, at the line and column where it stands in the source file."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .pieces import Block, Piece

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
    "title", "tr", "ul", "body", "html",
}  # fmt: skip
TIME_BLOCKS = 12  # a plain <time datetime> dates the page only among its first blocks
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        # character references are decoded here, each at its own source column, so a sentence
        # after "&quot;" or "&amp;" is cited at the column where it stands in the file
        super().__init__(convert_charrefs=False)
        self.blocks: list[Block] = []
        self.current: Block = []
        self.skip_depth = 0
        self.title: str = ""
        self._in_title = False
        self.tags: list[tuple[str, str, int]] = []  # (meta key, value, line) for dates
        self._ld_json: list[str] | None = None

    def _close_block(self) -> None:
        if any(p.text.strip() for p in self.current):
            self.blocks.append(self.current)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        self._collect(tag, dict(attrs))
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCK:
            self._close_block()

    def _collect(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Meta tags, <time datetime> and JSON-LD that may carry the publication date."""
        line = self.getpos()[0]
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            if key and attrs.get("content"):
                self.tags.append((key, attrs["content"] or "", line))
        elif tag == "time" and attrs.get("datetime"):
            published = (attrs.get("itemprop") or "").lower() == "datepublished"
            if published or len(self.blocks) < TIME_BLOCKS:  # a <time> in the body is an event
                key = "datepublished" if published else "time"
                self.tags.append((key, attrs["datetime"] or "", line))
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self._ld_json = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._collect(tag, dict(attrs))
        if tag in _BLOCK:
            self._close_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._ld_json is not None:
            self.tags.extend(_ld_dates("".join(self._ld_json), self.getpos()[0]))
            self._ld_json = None
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self._close_block()

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, source: str) -> None:
        text = html.unescape(source)
        if self._in_title:
            self.title += text
        if self._ld_json is not None:
            self._ld_json.append(source)
        if self.skip_depth:
            return
        line, col0 = self.getpos()
        self.current.append(Piece(text, line, col0 + 1, "" if self.current else " "))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._ld_json is not None:
            self._ld_json.append(data)
        if self.skip_depth:
            return
        line, col0 = self.getpos()
        for i, chunk in enumerate(data.split("\n")):
            chunk = chunk.replace("\r", "")
            if i == 0:
                sep = "" if self.current else " "
                piece = Piece(chunk, line, col0 + 1, sep)
            else:
                stripped = chunk.lstrip()
                piece = Piece(stripped, line + i, 1 + len(chunk) - len(stripped), " ")
            if piece.text or i == 0:
                self.current.append(piece)


_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _ld_dates(text: str, line: int) -> list[tuple[str, str, int]]:
    """datePublished values of a JSON-LD block, read with a regex: many sites ship JSON-LD
    that is not valid JSON (trailing commas, raw newlines), and only this one field is needed."""
    return [("datepublished", m.group(1), line) for m in _LD_DATE.finditer(text)]


def html_blocks(text: str) -> tuple[list[Block], str, list[tuple[str, str, int]]]:
    """Blocks of visible text, the <title> (may be empty) and date-bearing tags."""
    parser = _Visible()
    parser.feed(text)
    parser.close()
    parser._close_block()
    blocks = [[p for p in block if p.text] for block in parser.blocks]
    return [b for b in blocks if b], " ".join(parser.title.split()), parser.tags
