"""Bytes -> text: BOMs, UTF-8, UTF-16, legacy single-byte encodings; binary files refused."""

from __future__ import annotations

import codecs
import re

from ..errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, where: str) -> str:
    """Decode a text file's bytes; raise IngestError for binary or undecodable content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"{where}: starts with a {encoding} BOM but does not decode"
                ) from exc
    if b"\x00" in data[:8192]:
        raise IngestError(f"{where}: binary file (NUL bytes), skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestError(
                f"{where}: unknown text encoding, skipped; save it as UTF-8"
            ) from None
        text = str(best)
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise IngestError(f"{where}: binary file (control characters), skipped")
    return text


def split_lines(text: str) -> list[str]:
    """Lines as editors number them: LF, CRLF and lone CR end a line; nothing else does."""
    return _LINE_BREAK.split(text)
