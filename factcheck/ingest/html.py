"""HTML: visible text only, at the line and column where it stands in the source file."""

from __future__ import annotations

from html.parser import HTMLParser

from .pieces import Block, Piece

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
    "title", "tr", "ul", "body", "html",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block = []
        self.skip_depth = 0
        self.title: str = ""
        self._in_title = False

    def _close_block(self) -> None:
        if any(p.text.strip() for p in self.current):
            self.blocks.append(self.current)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCK:
            self._close_block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._close_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
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


def html_blocks(text: str) -> tuple[list[Block], str]:
    """Blocks of visible text and the <title> (may be empty)."""
    parser = _Visible()
    parser.feed(text)
    parser.close()
    parser._close_block()
    blocks = [[p for p in block if p.text] for block in parser.blocks]
    return [b for b in blocks if b], " ".join(parser.title.split())
