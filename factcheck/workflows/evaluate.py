"""``factcheck eval``: verify a labeled file and score the verdicts."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from ..errors import InputError
from ..index.search import check_query
from ..models import EvalReport, LabelScores, Mistake, Stance, Verdict, Verification
from ..verify.verifier import Verifier
from .claims_io import ClaimRow, read_claims

LABELS = [v.value for v in Verdict]


def metrics(expected: list[str], predicted: list[str]) -> dict:
    """Accuracy, macro-F1 over the labels present in ``expected``, per-label scores, confusion."""
    labels = [lab for lab in LABELS if lab in set(expected)]
    confusion = {e: {p: 0 for p in LABELS} for e in labels}
    for e, p in zip(expected, predicted, strict=True):
        confusion[e][p] += 1
    scores = []
    for lab in labels:
        tp = confusion[lab][lab]
        fp = sum(confusion[e][lab] for e in labels if e != lab)
        fn = sum(v for p, v in confusion[lab].items() if p != lab)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(
            LabelScores(label=lab, precision=round(precision, 4), recall=round(recall, 4),
                        f1=round(f1, 4), support=tp + fn)
        )  # fmt: skip
    n = len(expected)
    accuracy = sum(e == p for e, p in zip(expected, predicted, strict=True)) / n if n else 0.0
    macro = sum(s.f1 for s in scores) / len(scores) if scores else 0.0
    return {
        "accuracy": round(accuracy, 4), "macro_f1": round(macro, 4),
        "labels": [s.model_dump() for s in scores], "confusion": confusion,
    }  # fmt: skip


class LabeledClaim(BaseModel):
    row: int  # 1-based data row (header not counted) or JSONL line
    claim: str
    label: Verdict
    file: str | None = None
    line: int | None = None


def read_labeled(path: str | Path) -> list[LabeledClaim]:
    """Rows of a labeled CSV or JSONL file: ``claim``, ``label``, optional ``file``, ``line``.

    Read as ``batch`` reads claims (claims_io: dialect and encoding sniffed, JSONL); unlike
    ``batch``, a bad row stops the evaluation, since a score over a partial file misleads."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass a CSV or JSONL file with claim,label")
    columns, stream = read_claims(path)
    rows = list(stream)
    present = set(columns).union(*(r.columns.keys() for r in rows))
    if "label" not in present:
        have = ", ".join(sorted(present)) or "none"
        raise InputError(
            f"{path}: no 'label' column (columns: {have}); a labeled file needs claim and "
            "label columns"
        )
    if not rows:
        raise InputError(f"{path}: no rows to evaluate")
    return [_labeled(row, path) for row in rows]


def _labeled(row: ClaimRow, path: Path) -> LabeledClaim:
    where = f"{path}: row {row.row}"
    if row.problem:
        raise InputError(f"{where}: {row.problem}")
    label = (row.columns.get("label") or "").strip().lower()
    if label not in LABELS:
        raise InputError(f"{where}: unknown label {label!r}; allowed labels: {', '.join(LABELS)}")
    line = (row.columns.get("line") or "").strip()
    if line and not line.isdigit():  # "x", "[1, 2]", '{"a": 1}'
        raise InputError(f"{where}: line {line} is not a number")
    file = (row.columns.get("file") or "").strip() or None
    return LabeledClaim(
        row=row.row, claim=row.claim, label=Verdict(label), file=file,
        line=int(line) if line else None,
    )  # fmt: skip


def _cites(v: Verification, file: str, line: int | None) -> bool:
    for e in v.evidence:
        if e.stance == Stance.NEUTRAL:
            continue
        same_file = e.file == file or file.endswith("/" + e.file) or e.file.endswith("/" + file)
        if same_file and (line is None or e.line <= line <= e.end_line):
            return True
    return False


def evaluate(
    path: str | Path, verifier: Verifier, batch: int = 64,
    progress: Callable[[int], None] | None = None,
) -> EvalReport:  # fmt: skip
    """Verify every claim in a labeled file and score the verdicts against the labels."""
    rows = read_labeled(path)
    for r in rows:
        check_query(r.claim)
    started = time.perf_counter()
    results: list[Verification] = []
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        results += verifier.verify_many([r.claim for r in chunk])
        if progress:
            progress(len(chunk))
    expected = [r.label.value for r in rows]
    predicted = [v.verdict.value for v in results]
    m = metrics(expected, predicted)
    with_evidence = [(r, v) for r, v in zip(rows, results, strict=True) if r.file]
    hits = sum(_cites(v, r.file or "", r.line) for r, v in with_evidence)
    mistakes = [
        Mistake(row=r.row, claim=r.claim, expected=r.label, predicted=v.verdict,
                reasons=v.reasons)
        for r, v in zip(rows, results, strict=True) if r.label != v.verdict
    ]  # fmt: skip
    return EvalReport(
        file=str(path), claims=len(rows), accuracy=m["accuracy"], macro_f1=m["macro_f1"],
        labels=[LabelScores(**s) for s in m["labels"]], confusion=m["confusion"],
        evidence_rows=len(with_evidence),
        evidence_hit_rate=round(hits / len(with_evidence), 4) if with_evidence else None,
        seconds=round(time.perf_counter() - started, 2), mistakes=mistakes,
    )  # fmt: skip
