"""A small fictional archive of our own (examples/newsroom, examples/schoolboard): its labelled
claims through verify.

    .venv/bin/python bench/bench_newsroom.py [--archive examples/ferry] [--part odd|even]
        [--mistakes]

Indexes ARCHIVE/docs (into bench/out/<archive name>, kept between runs), verifies each claim of
ARCHIVE/claims.csv and prints accuracy, harmful errors (as bench_newsbench.py counts them) and
the confusion; ``--mistakes`` lists each wrong claim with the verdict's first reasons.
``--part odd`` keeps the 1st, 3rd, 5th ... claim of the file and ``--part even`` the others: tune
on one half of an archive and report on the other.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_newsbench import harmful  # noqa: E402

ARCHIVE = REPO / "examples" / "newsroom"


def main() -> None:
    from factcheck.index.build import build_index
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier

    ap = argparse.ArgumentParser()
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--mistakes", action="store_true")
    ap.add_argument("--part", choices=("odd", "even"), default=None)
    args = ap.parse_args()
    archive = args.archive.resolve()
    out = REPO / "bench" / "out" / archive.name
    build_index(archive / "docs", out)
    verifier = Verifier(Index.open(out))
    with (archive / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if args.part:
        rows = rows[0 if args.part == "odd" else 1 :: 2]
    results = verifier.verify_many([r["claim"] for r in rows])
    confusion: Counter = Counter()
    for r, v in zip(rows, results, strict=True):
        confusion[(r["label"], v.verdict.value)] += 1
        if args.mistakes and v.verdict.value != r["label"]:
            print(f"{r['id']} {r['label']} -> {v.verdict.value}: {r['claim']}")
            for reason in v.reasons[:2]:
                print(f"    {reason}")
    right = sum(n for (g, p), n in confusion.items() if g == p)
    harm = sum(n for (g, p), n in confusion.items() if harmful(g, p))
    print(
        json.dumps(
            {"claims": len(rows), "accuracy": round(right / len(rows), 3), "harmful": harm,
             "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())}},
            indent=1,
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
