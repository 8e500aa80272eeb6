"""``factcheck batch``: verify a file of claims in batches, writing results as it goes.

The input is streamed (a 100,000-row file never sits whole in memory); results go to CSV,
JSONL or JSON, one record per claim, each flushed with its batch, so an interrupted run loses
at most the batch in flight and ``resume`` picks up after the last complete record.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from ..errors import InputError, OutputError
from ..models import Atom, BatchSummary, Evidence, SkippedRow, Stance, Verification
from ..verify.verifier import Verifier
from .claims_io import ClaimRow, read_claims

BATCH_SIZE = 64
RESULT_COLUMNS = [
    "id", "claim", "verdict", "confidence", "supports", "supports_quote", "conflicts",
    "conflicts_quote", "discrepancy", "checklist",
]  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
OUTPUT_SUFFIXES = (".csv", ".jsonl", ".json")
MAX_SKIPPED_LISTED = 100


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run: formulas neutralized, line breaks flattened."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _best(v: Verification, stance: Stance) -> Evidence | None:
    side = [e for e in v.evidence if e.stance == stance]
    return max(side, key=lambda e: (e.decisive, e.score), default=None)


def discrepancy(v: Verification) -> str:
    """The difference in words: the claim's part that the deciding passage contradicts."""
    conflict = _best(v, Stance.CONFLICTS)
    if conflict is None or v.verdict.value not in ("contradicted", "mixed"):
        return ""
    atom = v.discrepancy
    if atom is not None:
        return atom.difference
    return f"{conflict.citation} conflicts with the claim; no rule names the difference"


def checklist(v: Verification) -> str:
    """The atoms in one cell: 'figure "$700 million": found (004.txt:16); ...'."""
    return "; ".join(a.shown for a in v.atoms)


def result_record(row: ClaimRow, v: Verification) -> dict:
    s, c = _best(v, Stance.SUPPORTS), _best(v, Stance.CONFLICTS)
    return {
        "id": row.id, "row": row.row, "claim": v.claim, "verdict": v.verdict.value,
        "confidence": v.confidence, "supports": s.citation if s else "",
        "supports_quote": s.text if s else "", "conflicts": c.citation if c else "",
        "conflicts_quote": c.text if c else "", "discrepancy": discrepancy(v),
        "checklist": checklist(v),
    }  # fmt: skip


def _truncate_partial(path: Path) -> None:
    """Drop a last record cut off by an interrupted run (records are one line each)."""
    with path.open("rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            fh.truncate(data.rfind(b"\n") + 1)


class _Output:
    """Where results go, one record per line; knows which ids it already holds.

    A .json output is one array written as it goes: ``[`` on the first line, a record per
    line (later ones after a comma), ``]`` when the run completes; a resumed run reopens it.
    """

    def __init__(self, path: Path, input_columns: list[str], resume: bool) -> None:
        self.path = path
        self.kind = path.suffix.lower()
        self.input_columns = input_columns
        self.rename = {c: f"input_{c}" if c in RESULT_COLUMNS else c for c in input_columns}
        self.done: dict[str, str] = {}  # id -> its claim, as the output holds them
        if resume and path.exists():
            _truncate_partial(path)
            if self.kind == ".json":
                _reopen_array(path)
            self.done = self._existing_ids()
        elif path.exists():
            path.unlink()
        new = not path.exists() or path.stat().st_size == 0
        self.records = 0 if new else len(self.done)
        self.fh = path.open("a", encoding="utf-8", newline="")
        if new:
            self.fh.write(self._csv_line(self.header) if self.kind == ".csv" else "")
            self.fh.write("[\n" if self.kind == ".json" else "")
            self.fh.flush()

    @property
    def header(self) -> list[str]:
        return [self.rename[c] for c in self.input_columns] + RESULT_COLUMNS

    def is_done(self, row_id: str, claim: str) -> bool:
        """The id is already in the output (in a CSV as written there: neutralized), for the
        same claim; the same id with another claim means another input: refused."""
        key = safe_cell(row_id) if self.kind == ".csv" else row_id
        if key not in self.done:
            return False
        written = " ".join(self.done[key].split())
        wanted = " ".join(claim.split())
        if written and written != (safe_cell(wanted) if self.kind == ".csv" else wanted):
            raise InputError(
                f"{self.path}: row id {row_id!r} holds another claim ({written[:60]!r}); "
                "--resume needs the output of the same input file (or choose another --out)"
            )
        return True

    def _existing_ids(self) -> dict[str, str]:
        with self.path.open(encoding="utf-8", newline="") as fh:
            if self.kind == ".csv":
                reader = csv.reader(fh)
                header = next(reader, None)
                if header is None:
                    return {}
                # cells are written neutralized ("'=x"): compare them as they were written
                if header != [safe_cell(c) for c in self.header]:
                    raise InputError(
                        f"{self.path}: its columns are not this run's; --resume needs the output "
                        "of the same input file (or choose another --out)"
                    )
                at, claim_at = header.index("id"), header.index("claim")
                return {r[at]: r[claim_at] for r in reader if len(r) == len(header)}
            ids: dict[str, str] = {}
            for n, line in enumerate(fh, start=1):
                line = line.strip().lstrip(",")
                if not line or line in ("[", "]"):
                    continue
                try:
                    record = json.loads(line)
                    ids[str(record["id"])] = str(record.get("claim", ""))
                except (ValueError, KeyError, TypeError):
                    raise InputError(
                        f"{self.path}: line {n} is not a result of factcheck batch; --resume "
                        "needs the output of the same input file (or choose another --out)"
                    ) from None
            return ids

    def _csv_line(self, values: list) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([safe_cell(v) for v in values])
        return buf.getvalue()

    def write(self, rows: list[tuple[ClaimRow, Verification]]) -> None:
        parts = []
        for row, v in rows:
            record = result_record(row, v)
            if self.kind == ".csv":
                original = [row.columns.get(c, "") for c in self.input_columns]
                parts.append(self._csv_line(original + [record[c] for c in RESULT_COLUMNS]))
                continue
            record.pop("checklist")
            record["atoms"] = [a.model_dump(mode="json") for a in v.atoms]
            record["reasons"] = v.reasons
            record["evidence"] = [e.model_dump(mode="json", exclude_none=True) for e in v.evidence]
            record["input"] = row.columns
            comma = "," if self.kind == ".json" and self.records else ""
            parts.append(comma + json.dumps(record, ensure_ascii=False) + "\n")
            self.records += 1
        self.fh.write("".join(parts))
        self.fh.flush()
        os.fsync(self.fh.fileno())

    def close(self, complete: bool) -> None:
        if self.kind == ".json" and complete:
            self.fh.write("]\n")
        self.fh.close()


def _reopen_array(path: Path) -> None:
    """Take the closing bracket off a complete .json output so records can be added."""
    with path.open("rb+") as fh:
        data = fh.read()
        end = data.rstrip()
        if end.endswith(b"]"):
            fh.truncate(len(end) - 1)


def _check_paths(source: Path, out: Path, resume: bool, overwrite: bool) -> None:
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        raise InputError(f"{out}: the output must end in .csv, .jsonl or .json")
    if out.is_symlink():
        raise InputError(f"{out}: is a symbolic link; write the results to a plain path")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give a file name ending in .csv, .jsonl or .json")
    if out.resolve() == source.resolve():
        raise InputError(f"{out}: is the input file; choose another --out")
    if out.exists() and not (resume or overwrite):
        raise InputError(
            f"{out}: already exists; pass --resume to continue it or --overwrite to replace it"
        )
    if not out.parent.exists():
        raise InputError(f"{out.parent}: no such folder for the output")


class Pool(Protocol):
    """Checks batches of claims; yields (batch, its verifications) in the batches' order."""

    def map(
        self, batches: Iterable[list[ClaimRow]], claims: Callable[[list[ClaimRow]], list[str]]
    ) -> Iterator[tuple[list[ClaimRow], list[Verification]]]: ...


class LocalPool:
    """The batches one after another, with one Verifier in this process."""

    def __init__(self, verifier: Verifier) -> None:
        self.verifier = verifier

    def map(
        self, batches: Iterable[list[ClaimRow]], claims: Callable[[list[ClaimRow]], list[str]]
    ) -> Iterator[tuple[list[ClaimRow], list[Verification]]]:
        for batch in batches:
            yield batch, self.verifier.verify_many(claims(batch))


class _Tally:
    """What a run met: rows read, skipped (why), already done (--resume)."""

    def __init__(self) -> None:
        self.total = self.resumed = 0
        self.reasons: Counter = Counter()
        self.skipped: list[SkippedRow] = []


def run_batch(
    verifier: Verifier | None, source: str | Path, out: str | Path, column: str | None = None,
    id_column: str | None = None, resume: bool = False, overwrite: bool = False,
    batch_size: int = BATCH_SIZE, progress: Callable[[int], None] | None = None,
    pool: Pool | None = None,
) -> BatchSummary:  # fmt: skip
    """Verify every claim in ``source`` and write one result per claim to ``out``, in input
    order; ``pool`` checks the batches (default: ``verifier`` in this process)."""
    source, out = Path(source), Path(out)
    _check_paths(source, out, resume, overwrite)
    if pool is None:
        if verifier is None:
            raise ValueError("run_batch needs a verifier or a pool")
        pool = LocalPool(verifier)
    columns, rows = read_claims(source, column, id_column)
    started = time.perf_counter()
    try:
        output = _Output(out, columns, resume)
    except OSError as exc:
        raise OutputError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    verdicts: Counter = Counter()
    tally = _Tally()
    checked = 0
    complete = False
    try:
        batches = _batches(rows, output, tally, batch_size, progress)
        for batch, results in pool.map(batches, lambda b: [r.claim for r in b]):
            output.write(list(zip(batch, results, strict=True)))
            verdicts.update(v.verdict.value for v in results)
            checked += len(batch)
        complete = True
    except OSError as exc:
        # a full disk or a lost permission: the results written so far stay, and say so
        raise OutputError(
            f"{out}: writing stopped ({exc.strerror or exc}) after {checked} results; free "
            "space and run again with --resume to continue"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            output.close(complete)
    seconds = time.perf_counter() - started
    return BatchSummary(
        input=str(source), output=str(out), rows=tally.total, checked=checked,
        resumed=tally.resumed, skipped=sum(tally.reasons.values()),
        skipped_by_reason=dict(tally.reasons), skipped_rows=tally.skipped,
        verdicts=dict(verdicts), seconds=round(seconds, 2),
        claims_per_second=round(checked / seconds, 1) if seconds > 0 else 0.0,
    )  # fmt: skip


def _batches(
    rows: Iterator[ClaimRow], output: _Output, tally: _Tally, size: int,
    progress: Callable[[int], None] | None,
) -> Iterator[list[ClaimRow]]:  # fmt: skip
    """The rows to check, ``size`` at a time (skipped and already written ones counted)."""
    pending: list[ClaimRow] = []
    for row in rows:
        tally.total += 1
        if progress:
            progress(1)
        if row.problem:
            tally.reasons[row.problem_kind] += 1
            if len(tally.skipped) < MAX_SKIPPED_LISTED:
                tally.skipped.append(SkippedRow(row=row.row, id=row.id, reason=row.problem))
            continue
        if output.is_done(row.id, row.claim):
            tally.resumed += 1
            continue
        pending.append(row)
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


def csv_from_jsonl(source: Path, target: Path, input_columns: list[str]) -> None:
    """The CSV a batch run writes, from the JSONL one wrote (the web app keeps JSONL, which
    carries every field, and gives either): same columns, same neutralized cells."""
    output = _Output(target, input_columns, resume=False)
    try:
        with source.open(encoding="utf-8") as fh:
            lines = []
            for line in fh:
                if not line.strip():
                    continue
                record = json.loads(line)
                atoms = [Atom.model_validate(a) for a in record.get("atoms", [])]
                record["checklist"] = "; ".join(a.shown for a in atoms)
                original = [record["input"].get(c, "") for c in input_columns]
                lines.append(output._csv_line(original + [record[c] for c in RESULT_COLUMNS]))
            output.fh.write("".join(lines))
    finally:
        output.close(complete=True)
