"""Speed of `factcheck review` on a 2,000-word draft against the 100k-sentence index.

    .venv/bin/python bench/bench_index.py --sentences 100000   # once
    .venv/bin/python bench/bench_review.py

The draft is generated from the benchmark's sentence templates, with a heading and a few
questions and opinions mixed in. Runs `factcheck review DRAFT --out report.html` in a new
process (start-up included), median of 3. Target: <= 20 s.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from corpus import OUT, built_index, sentence  # noqa: E402

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def main() -> None:
    index_dir = built_index(100_000)
    rng = random.Random(3)
    lines = ["# Carmakers and their numbers", ""]
    words = 0
    while words < 2000:
        s = sentence(rng)
        if rng.random() < 0.05:
            s = "Is this the end of the road for the old carmakers?"
        lines.append(s)
        words += len(s.split())
    draft = OUT / "draft-2000.md"
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(
            [FACTCHECK, "review", str(draft), "--out", str(OUT / "review-2000.html"), "--index",
             str(index_dir), "--overwrite"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        times.append(time.perf_counter() - t)
    report = {
        "draft_words": words, "draft_sentences": len(lines) - 2,
        "review_seconds_median": round(statistics.median(times), 2),
        "review_seconds_all": [round(x, 2) for x in times],
    }  # fmt: skip
    print(json.dumps(report, indent=1))
    (OUT / "review-2000.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
