"""Newsroom claims: ../shared/newsbench (four archives, 140 labelled claims, four drafts).

    .venv/bin/python bench/bench_newsbench.py [--archives a,b] [--json OUT] [--stance rules]

Each archive's ``docs/`` is indexed on its own (in bench/out/newsbench/<archive>, kept between
runs), its claims verified and its draft reviewed. Printed per archive and per claim type:
accuracy; harmful errors (a supported or mixed claim called contradicted, a contradicted or
not_enough_evidence claim called supported, a not_enough_evidence claim called contradicted);
whether the gold file:line is cited for supported / contradicted claims (strict: the line;
lenient: the file); confidence AUROC (right vs wrong); the draft lines whose status is right.

Tuning protocol (docs/accuracy.md): rules are tuned looking at two archives and reported on the
other two, then swapped; ``--archives`` picks which.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
NEWSBENCH = REPO.parent / "shared" / "newsbench"
OUT = REPO / "bench" / "out" / "newsbench"
ARCHIVES = ("hospital_merger", "election_campaign", "drought_reservoir", "tech_recall")


def harmful(gold: str, got: str) -> bool:
    if gold == got:
        return False
    if got == "contradicted":
        return gold in ("supported", "mixed", "not_enough_evidence")
    if got == "supported":
        return gold in ("contradicted", "not_enough_evidence")
    return False


def auroc(scores: list[float], right: list[bool]) -> float | None:
    pos = [s for s, r in zip(scores, right, strict=True) if r]
    neg = [s for s, r in zip(scores, right, strict=True) if not r]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def run_archive(name: str, stance: str | None, k: int = 10) -> dict:
    from factcheck.index.build import build_index
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier
    from factcheck.workflows.review import review

    root = NEWSBENCH / name
    index_dir = OUT / name
    build_index(root / "docs", index_dir)
    verifier = Verifier(Index.open(index_dir), stance=stance, k=k)
    with (root / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    results = []
    for r in rows:
        v = verifier.verify(r["claim"])
        decisive = [e for e in v.evidence if e.decisive] or v.evidence[:1]
        cited_files = {Path(e.file).name for e in decisive}
        cited_lines = {(Path(e.file).name, ln) for e in decisive
                       for ln in range(e.line, (e.end_line or e.line) + 1)}  # fmt: skip
        results.append({
            "id": r["id"], "type": r["type"], "gold": r["label"], "got": v.verdict.value,
            "confidence": v.confidence, "claim": r["claim"],
            "cites_file": r["file"] in cited_files if r["file"] else None,
            "cites_line": (r["file"], int(r["line"])) in cited_lines if r["file"] else None,
            "reasons": v.reasons[:3],
            "citations": [e.citation for e in decisive][:3],
            "verification": v.model_dump(mode="json"),
        })  # fmt: skip
    report = review(verifier, root / "draft.md")
    with (root / "draft_expected.csv").open(encoding="utf-8", newline="") as fh:
        expected = {int(r["line"]): r["status"] for r in csv.DictReader(fh)}
    by_line: dict[int, list[str]] = defaultdict(list)
    for item in report.items:
        by_line[item.line].append(item.status.value)
    draft = []
    for line, status in sorted(expected.items()):
        got = by_line.get(line, ["not_checkworthy"])
        # a line with several checked sentences shows its worst status
        order = ["contradicted", "mixed", "not_enough_evidence", "supported"]
        shown = min(got, key=lambda s: order.index(s) if s in order else len(order))
        shown = {"no source found": "no_source", "not a factual claim": "not_a_claim"}.get(
            shown, shown
        )
        draft.append({"line": line, "expected": status, "got": shown})
    return {"claims": results, "draft": draft}


def summary(claims: list[dict], draft: list[dict]) -> dict:
    n = len(claims)
    right = [c["gold"] == c["got"] for c in claims]
    bad = sum(harmful(c["gold"], c["got"]) for c in claims)
    decided = [c for c in claims if c["gold"] in ("supported", "contradicted")]
    return {
        "claims": n,
        "accuracy": round(sum(right) / n, 3) if n else None,
        "harmful": bad,
        "harmful_rate": round(bad / n, 3) if n else None,
        "gold_line_cited": round(sum(bool(c["cites_line"]) for c in decided) / len(decided), 3)
        if decided else None,
        "gold_file_cited": round(sum(bool(c["cites_file"]) for c in decided) / len(decided), 3)
        if decided else None,
        "auroc": auroc([c["confidence"] for c in claims], right),
        "draft_lines_right": f"{sum(d['expected'] == d['got'] for d in draft)}/{len(draft)}",
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archives", default=",".join(ARCHIVES))
    ap.add_argument("--stance", default=None, help="cross (default) or rules")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("-k", type=int, default=10, help="passages weighed per claim")
    ap.add_argument("--mistakes", action="store_true", help="print each wrong claim")
    args = ap.parse_args()
    if not NEWSBENCH.exists():
        sys.exit(f"{NEWSBENCH} is absent; this benchmark needs ../shared/newsbench")
    every: dict[str, dict] = {}
    for name in args.archives.split(","):
        every[name] = run_archive(name, args.stance, args.k)
        print(name, json.dumps(summary(every[name]["claims"], every[name]["draft"])), flush=True)
    claims = [c for v in every.values() for c in v["claims"]]
    draft = [d for v in every.values() for d in v["draft"]]
    print("all", json.dumps(summary(claims, draft)))
    by_type: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_type[c["type"]].append(c)
    for t, cs in sorted(by_type.items()):
        right = sum(c["gold"] == c["got"] for c in cs)
        bad = sum(harmful(c["gold"], c["got"]) for c in cs)
        print(f"  {t:18} {right}/{len(cs)} right, {bad} harmful")
    print("confusion (gold -> got):", dict(Counter((c["gold"], c["got"]) for c in claims)))
    if args.mistakes:
        for c in claims:
            if c["gold"] != c["got"]:
                flag = "HARMFUL " if harmful(c["gold"], c["got"]) else ""
                print(f"{flag}{c['id']} [{c['type']}] gold {c['gold']} got {c['got']} "
                      f"({c['confidence']}): {c['claim']}")  # fmt: skip
                print(f"    {c['reasons'][:2]} {c['citations']}")
    if args.json:
        args.json.write_text(json.dumps(every, indent=1))


if __name__ == "__main__":
    main()
