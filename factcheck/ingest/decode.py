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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:  # anywhere: a NUL past the first block would reach the index
        raise IngestError(f"{where}: binary file (NUL bytes), skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = _legacy_encoding(data)
        if encoding is None:
            raise IngestError(
                f"{where}: unknown text encoding, skipped; save it as UTF-8"
            ) from None
        text = data.decode(encoding, errors="replace")
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise IngestError(f"{where}: binary file (control characters), skipped")
    return text


UTF16_ZEROS = 0.4  # share of one byte column that is 0 in UTF-16 text of mostly Latin script


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark (Windows tools do), or None: in Latin-script
    text every other byte is 0 (the high byte, LE: odd positions; BE: even ones) and the other
    column never is. Anything else with NUL bytes stays binary."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    odd = sum(1 for b in sample[1::2] if b == 0) / pairs
    even = sum(1 for b in sample[0::2] if b == 0) / pairs
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= UTF16_ZEROS and low == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            head = text[:4096]
            if "\x00" not in text and len(_CONTROL.findall(head)) <= max(8, len(head) // 100):
                return text
    return None


def split_lines(text: str) -> list[str]:
    """Lines as editors number them: LF, CRLF and lone CR end a line; nothing else does."""
    return _LINE_BREAK.split(text)


def sniff_encoding(sample: bytes, where: str) -> str:
    """The encoding of a file from its first bytes (for reading it as a stream)."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample[:8192]:
        raise IngestError(f"{where}: binary file (NUL bytes); pass a text file")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # a character cut by the end of the sample
            return "utf-8"
        # A line that holds real multi-byte UTF-8 says the file was written as UTF-8, at least
        # in part: lines in another encoding (rows pasted from a cp1252 export) are reported
        # row by row as undecodable, never read as mojibake with the rest of the file.
        if any(_is_utf8_text(line) for line in sample.split(b"\n")[:-1]):
            return "utf-8"
        encoding = _legacy_encoding(sample)
        if encoding is None:
            raise IngestError(f"{where}: unknown text encoding; save it as UTF-8") from None
        return encoding


def _is_utf8_text(line: bytes) -> bool:
    """A line with non-ASCII bytes that decodes as UTF-8 (a legacy line almost never does)."""
    if line.isascii():
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CHAOS_MARGIN = 0.02


def _legacy_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess; Windows-1252 when it reads as cleanly as the best guess.

    On short texts several single-byte code pages read equally cleanly (cp1250 turns "ø" into
    "ř", cp1257 turns "ü" into "³"); cp1252 is by far the most common in Western archives.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return best.encoding if best else None
    if best is None or mess_ratio(western) <= best.chaos + CHAOS_MARGIN:
        return "cp1252"
    return best.encoding
