"""Error analysis on the held-out FEVER half: where the verdicts go wrong, and why.

    .venv/bin/python bench/fever_errors.py      # after bench_fever.py report

Splits the mistakes by (expected, predicted) and, for claims with gold evidence, by whether
the gold passage was retrieved and what the stance models made of it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_fever  # noqa: E402


def main() -> None:
    rows = bench_fever.rows_of("heldout")
    cells: Counter = Counter()
    causes: Counter = Counter()
    for r in rows:
        verdict, evidence, _ = bench_fever.predict(r, use_learned=True)
        got, want = verdict.value, r["label"]
        cells[(want, got)] += 1
        if got == want or want == "not_enough_evidence":
            if got != want:
                kinds = {e.stance.value for e in evidence if e.stance.value != "neutral"}
                causes[(want, got, "passages leaning: " + ",".join(sorted(kinds)))] += 1
            continue
        gold = [e for e in evidence if e.file == r["gold"]]
        if not gold:
            causes[(want, got, "gold evidence not among the weighed passages")] += 1
            continue
        stances = {e.stance.value for e in gold}
        wanted = "supports" if want == "supported" else "conflicts"
        if wanted in stances:
            causes[(want, got, f"gold passage read as {wanted}, outweighed at claim level")] += 1
        else:
            causes[(want, got, "gold passage read as " + "/".join(sorted(stances)))] += 1
    n = len(rows)
    print(f"{n} held-out claims")
    for (want, got), k in sorted(cells.items(), key=lambda x: -x[1]):
        if want != got:
            print(f"  {want:>20} -> {got:<20} {k:5d} ({k / n:.1%})")
    print("causes:")
    for (want, got, cause), k in sorted(causes.items(), key=lambda x: -x[1])[:20]:
        print(f"  {want} -> {got}: {cause}: {k}")
    out = [
        {"expected": w, "predicted": g, "cause": c, "count": k} for (w, g, c), k in causes.items()
    ]
    (bench_fever.OUT / "errors.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
