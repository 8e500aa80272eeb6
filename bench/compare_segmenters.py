"""Compare pysbd with a plain regex splitter on the seed archive (same layout rules for both).

    .venv/bin/python bench/compare_segmenters.py

Prints, per segmenter, the sentence count and every sentence that the other one splits
differently, so a person can judge which split is right.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcheck.ingest import read_document, segment

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
_NAIVE = re.compile(r'(?<=[.!?])\s+(?=["“A-Z0-9])')


def naive(text: str) -> list[str]:
    return [s for s in _NAIVE.split(text) if s.strip()]


def sentences(split) -> set[tuple[str, str]]:  # noqa: ANN001
    original = segment._split
    segment._split = split
    try:
        return {
            (f.name[:3], s.text)
            for f in sorted(SEEDS.glob("*.txt"))
            for s in read_document(SEEDS, f.name).sentences
        }
    finally:
        segment._split = original


def main() -> None:
    if not SEEDS.exists():
        sys.exit(f"skipped: {SEEDS} not found")
    with_pysbd = sentences(segment._split)
    with_regex = sentences(naive)
    print(f"pysbd: {len(with_pysbd)} sentences; regex: {len(with_regex)} sentences")
    print("\nonly pysbd:")
    for doc, text in sorted(with_pysbd - with_regex):
        print(f"  {doc} {text}")
    print("\nonly regex:")
    for doc, text in sorted(with_regex - with_pysbd):
        print(f"  {doc} {text}")


if __name__ == "__main__":
    main()
