"""Every small archive of our own (examples/*/claims.csv) through verify, one line each.

    .venv/bin/python bench/bench_archives.py [--only campus,transit] [--json OUT]

Indexes each ARCHIVE/docs into bench/out/<name> (kept between runs), verifies its claims and
prints claims, accuracy and harmful errors (as bench_newsbench.py counts them) per archive,
then the totals. An archive whose README says "It is held out" is marked held out: read only
its totals (docs/accuracy.md says which were read, and when).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_newsbench import harmful  # noqa: E402

EXAMPLES = REPO / "examples"


def archives(only: set[str]) -> list[Path]:
    found = sorted(p.parent for p in EXAMPLES.glob("*/claims.csv") if (p.parent / "docs").is_dir())
    return [p for p in found if not only or p.name in only]


def held_out(archive: Path) -> bool:
    readme = archive / "README.md"
    return readme.is_file() and "It is held out" in readme.read_text(encoding="utf-8")


def run(archive: Path) -> dict:
    from factcheck.index.build import build_index
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier

    out = REPO / "bench" / "out" / archive.name
    build_index(archive / "docs", out)
    with (archive / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    results = Verifier(Index.open(out)).verify_many([r["claim"] for r in rows])
    got = [(r["label"], v.verdict.value) for r, v in zip(rows, results, strict=True)]
    return {
        "archive": archive.name, "held_out": held_out(archive), "claims": len(got),
        "right": sum(g == p for g, p in got), "harmful": sum(harmful(g, p) for g, p in got),
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated archive names")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    rows = [run(a) for a in archives({x for x in args.only.split(",") if x})]
    for r in rows:
        mark = " (held out)" if r["held_out"] else ""
        print(f"{r['archive']:<12} {r['right']:>3}/{r['claims']:<3} "
              f"{r['right'] / r['claims']:.3f}  harmful {r['harmful']}{mark}")  # fmt: skip
    for label, part in (("all", rows), ("held out", [r for r in rows if r["held_out"]])):
        n = sum(r["claims"] for r in part)
        if n:
            right = sum(r["right"] for r in part)
            harm = sum(r["harmful"] for r in part)
            print(f"{label}: {right}/{n} right ({right / n:.3f}), {harm} harmful ({harm / n:.1%})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
