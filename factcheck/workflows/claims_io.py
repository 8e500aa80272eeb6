"""Reading claims to check, as a stream: CSV (delimiter and quoting sniffed), JSONL, or plain
text with one claim per line. Rows that cannot be used are reported, not fatal."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..errors import IngestError, InputError
from ..ingest.decode import sniff_encoding

SAMPLE_BYTES = 64 * 1024
TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class ClaimRow:
    row: int  # 1-based data row (the header is not counted) or line of a JSONL/text file
    id: str
    claim: str
    columns: dict[str, str] = field(default_factory=dict)  # the original row, carried through
    problem: str | None = None  # why the row cannot be checked: "kind (details)"

    @property
    def problem_kind(self) -> str:
        return (self.problem or "").split(" (")[0]


class _Lines:
    """Decoded lines of a binary file; remembers which lines did not decode."""

    def __init__(self, fh: io.BufferedReader, encoding: str) -> None:
        self.fh, self.encoding = fh, encoding
        self.bad: set[int] = set()
        self.count = 0
        self.undecodable = (
            f"undecodable bytes (the file reads as {encoding}, this row does not; "
            "save the file as UTF-8)"
        )

    def __iter__(self) -> Iterator[str]:
        if self.encoding.startswith(("utf-16", "utf-32")):
            # Newline bytes are wider than one byte: let the codec split the stream.
            wide = io.TextIOWrapper(self.fh, encoding=self.encoding, errors="replace", newline="")
            try:
                for line in wide:
                    self.count += 1
                    if "\ufffd" in line:
                        self.bad.add(self.count)
                    yield line
            finally:  # the file is the caller's to close (a wrapper would close it on exit)
                with contextlib.suppress(ValueError):  # (already closed by the caller)
                    wide.detach()
            return
        for raw in self.fh:
            self.count += 1
            try:
                yield raw.decode(self.encoding)
            except UnicodeDecodeError:
                self.bad.add(self.count)
                yield raw.decode(self.encoding, errors="replace")


def count_rows(path: Path) -> int:
    """About how many rows the file holds (line breaks), for a progress bar."""
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def _check(row: ClaimRow) -> ClaimRow:
    text = " ".join(row.claim.split())
    row.claim = text
    if row.problem:
        return row
    if not text:
        row.problem = "empty claim"
    elif "\x00" in text:
        row.problem = "NUL byte in the claim (a binary or damaged row)"
    elif len(text) > config.MAX_QUERY_CHARS:
        row.problem = f"too long ({len(text)} characters; the limit is {config.MAX_QUERY_CHARS})"
    return row


def read_claims(
    path: str | Path, column: str | None = None, id_column: str | None = None
) -> tuple[list[str], Iterator[ClaimRow]]:
    """(the input's columns, an iterator over its rows). Fails at once on a missing file, a
    missing column or a binary file; bad rows come out with ``problem`` set."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass a CSV, JSONL or text file of claims")
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    if not sample.strip():
        raise InputError(f"{path}: the file is empty; it needs a header row and claims")
    try:
        encoding = sniff_encoding(sample, str(path))
    except IngestError as exc:
        raise InputError(str(exc)) from None
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        if column or id_column:
            raise InputError(f"{path}: a text file has one claim per line and no columns")
        return ["claim"], _text_rows(path, encoding)
    if suffix in JSONL_SUFFIXES:
        return _jsonl(path, encoding, column, id_column)
    return _csv(path, encoding, sample, column, id_column)


def _text_rows(path: Path, encoding: str) -> Iterator[ClaimRow]:
    with path.open("rb") as fh:
        lines = _Lines(fh, encoding)
        for line in lines:
            n = lines.count
            text = line.rstrip("\r\n").lstrip("\ufeff")
            if not text.strip():
                continue
            problem = lines.undecodable if n in lines.bad else None
            yield _check(ClaimRow(n, str(n), text, {"claim": text}, problem))


#: Control characters in a column name shown escaped: an error message stays one line.
_CONTROL = {i: f"\\x{i:02x}" for i in range(32)}


def _pick(columns: list[str], column: str | None, id_column: str | None, where: Path) -> str:
    shown = [c.translate(_CONTROL)[:60] for c in columns[:20]]
    have = ", ".join(shown) + (f", ... ({len(columns)} in all)" if len(columns) > 20 else "")
    have = have or "none"
    claim_col = column or ("claim" if "claim" in columns else None)
    if claim_col is None or claim_col not in columns:
        what = f"no column {column!r}" if column else "no 'claim' column"
        raise InputError(f"{where}: {what} (columns: {have}); pass --column NAME")
    if id_column and id_column not in columns:
        raise InputError(f"{where}: no id column {id_column!r} (columns: {have})")
    return claim_col


def _csv(
    path: Path, encoding: str, sample: bytes, column: str | None, id_column: str | None
) -> tuple[list[str], Iterator[ClaimRow]]:
    text = sample.decode(encoding, errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[: 16 * 1024], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column: nothing to sniff
    fh = path.open("rb")
    lines = _Lines(fh, encoding)
    reader = csv.reader(iter(lines), dialect)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        fh.close()
        raise InputError(f"{path}: no header row") from None
    except csv.Error as exc:
        fh.close()
        raise InputError(
            f"{path}: line {lines.count}: the header row cannot be read as CSV ({exc}); "
            "save it as CSV with a header row"
        ) from None
    try:
        claim_col = _pick(header, column, id_column, path)
    except InputError:
        fh.close()
        raise

    def rows() -> Iterator[ClaimRow]:
        with fh:
            seen = lines.count
            for n, values in enumerate(_records(reader), start=1):
                spans = range(seen + 1, lines.count + 1)
                seen = lines.count
                if isinstance(values, csv.Error):
                    yield ClaimRow(n, str(n), "", {}, f"not a CSV row ({values})")
                    continue
                if not any(v.strip() for v in values):
                    continue
                record = dict(zip(header, values, strict=False))
                problem = lines.undecodable if any(i in lines.bad for i in spans) else None
                if len(values) > len(header):
                    problem = (
                        problem or f"too many fields ({len(values)} for {len(header)} columns)"
                    )
                claim_text = record.get(claim_col) or ""
                if len(spans) > 1 and "\n" in claim_text:
                    # A quote that does not close swallows the rows after it: said, not merged.
                    problem = problem or (
                        f"a quoted field runs from line {spans[0]} to line {spans[-1]} (a quote "
                        "that does not close?); close the quote or remove the line breaks"
                    )
                rid = (record.get(id_column) or "").strip() if id_column else str(n)
                if id_column and not rid:
                    problem = problem or f"empty id (column {id_column!r})"
                yield _check(ClaimRow(n, rid, record.get(claim_col) or "", record, problem))

    return header, rows()


def _records(reader: Iterator[list[str]]) -> Iterator[list[str] | csv.Error]:
    """The reader's rows; a row the csv module cannot read (a stray carriage return, a field
    over its size limit) comes out as its error, and reading goes on with the next line."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield exc


def _jsonl(
    path: Path, encoding: str, column: str | None, id_column: str | None
) -> tuple[list[str], Iterator[ClaimRow]]:
    claim_col = column or "claim"

    def rows() -> Iterator[ClaimRow]:
        with path.open("rb") as fh:
            lines = _Lines(fh, encoding)
            for line in lines:
                n = lines.count
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield ClaimRow(n, str(n), "", {}, f"not valid JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict):
                    yield ClaimRow(n, str(n), "", {}, "not a JSON object")
                    continue
                if claim_col not in record:
                    yield ClaimRow(n, str(n), "", {}, f"no claim field ({claim_col!r})")
                    continue
                flat = {k: v if isinstance(v, str) else json.dumps(v) for k, v in record.items()}
                rid = flat.get(id_column, "") if id_column else str(n)
                problem = lines.undecodable if n in lines.bad else None
                yield _check(
                    ClaimRow(n, rid or str(n), str(record[claim_col] or ""), flat, problem)
                )

    return [claim_col], rows()
