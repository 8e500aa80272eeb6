"""Metamorphic checks of verify over an archive (factcheck/metamorphic.py): every sentence
checked verbatim and restated must be supported citing its own line; with one figure or date
changed, contradicted citing that line.

    .venv/bin/python bench/bench_metamorphic.py [FOLDER ...] [--stance rules] [--failures]

Default folders: examples/corpus and ../shared/seeds (skipped when absent). Each is indexed
into bench/out/metamorphic/ with the bundled model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import Index, build_index  # noqa: E402
from factcheck.verify import metamorphic  # noqa: E402
from factcheck.verify.verifier import Verifier  # noqa: E402

OUT = REPO / "bench" / "out" / "metamorphic"


def archive_sentences(index: Index) -> list[tuple[str, int, str, str]]:
    rows = (
        index.store.parts[0]
        .conn.execute(
            "SELECT d.path, s.line, s.page, s.para, s.text FROM sentences s "
            "JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.position"
        )
        .fetchall()
    )
    from factcheck.models import format_citation

    return [(f, ln, format_citation(f, ln, pg, pa), t) for f, ln, pg, pa, t in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--stance", default=None)
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    folders = args.folders or [REPO / "examples" / "corpus", REPO.parent / "shared" / "seeds"]
    for folder in folders:
        if not folder.exists():
            print(f"{folder}: absent, skipped")
            continue
        target = OUT / folder.name
        build_index(folder, target)
        index = Index.open(target)
        verifier = Verifier(index, stance=args.stance)
        t = time.perf_counter()
        outcomes = metamorphic.run(verifier, archive_sentences(index))
        seconds = time.perf_counter() - t
        print(f"\n{folder} ({verifier.engine.name}), {len(outcomes)} variants in {seconds:.1f}s")
        for name, (ok, n) in metamorphic.rates(outcomes).items():
            print(f"  {name:<9} {ok}/{n} = {ok / max(n, 1):.3f}")
        verdicts = Counter((o.variant.expected.value, o.verdict.value) for o in outcomes)
        print("  verdicts (expected, got): " + ", ".join(f"{k}: {n}" for k, n in verdicts.items()))
        by_kind = Counter((o.variant.kind, o.passed) for o in outcomes)
        kinds = sorted({k for k, _ in by_kind})
        print("  by kind: " + ", ".join(
            f"{k} {by_kind[(k, True)]}/{by_kind[(k, True)] + by_kind[(k, False)]}" for k in kinds
        ))  # fmt: skip
        if args.failures:
            for o in outcomes:
                if not o.passed:
                    cited = "" if o.cited else " (line not cited)"
                    print(f"  FAIL {o.variant.kind:<11} {o.citation} -> {o.verdict.value}{cited}: "
                          f"{o.variant.claim}")  # fmt: skip


if __name__ == "__main__":
    main()
