"""FNC-1 news stance, held out: the bodies with Body ID % 5 == 0 (never trained on) indexed as
an archive, each related headline verified as a claim.

    .venv/bin/python bench/bench_fnc.py [--stance rules] [--limit N]

For related pairs (agree, disagree, discuss) whose body is among the passages verify weighs:
- body stance: what verify's passages from that body say (a conflicting passage: disagree;
  else a supporting one: agree; else neutral), against the FNC label;
- verdict: supported for agree, contradicted (or mixed) for disagree.
agree and disagree recall, and their mean (balanced), are reported. Writes bench/out/fnc.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from pairs import DATASETS, OUT, need  # noqa: E402

from factcheck import Index, build_index  # noqa: E402
from factcheck.models import Stance, Verdict  # noqa: E402
from factcheck.verify.verifier import Verifier  # noqa: E402

FNC = DATASETS / "fnc1-train"
WORK = OUT / "fnc"


def prepare() -> dict[int, str]:
    with need(FNC / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
    held = {i: b for i, b in bodies.items() if i % 5 == 0}
    corpus = WORK / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for i, body in held.items():
        path = corpus / f"body_{i}.txt"
        if not path.exists():
            path.write_text(body.strip() + "\n", encoding="utf-8")
    build_index(corpus, WORK / "index")
    return held


def body_stance(v, body: str) -> str:  # noqa: ANN001 - a Verification
    mine = [e for e in v.evidence if e.file == body]
    if any(e.stance == Stance.CONFLICTS for e in mine):
        return "disagree"
    if any(e.stance == Stance.SUPPORTS for e in mine):
        return "agree"
    return "discuss"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stance", default=None)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    held = prepare()
    with need(FNC / "train_stances.csv").open(encoding="utf-8", newline="") as fh:
        pairs = [
            (r["Headline"], int(r["Body ID"]), r["Stance"])
            for r in csv.DictReader(fh)
            if int(r["Body ID"]) in held and r["Stance"] != "unrelated"
        ]
    if args.limit:
        pairs = pairs[: args.limit]
    verifier = Verifier(Index.open(WORK / "index"), stance=args.stance)
    t = time.perf_counter()
    results = verifier.verify_many([h for h, _, _ in pairs])
    seconds = time.perf_counter() - t
    counts: Counter = Counter()
    for (_, body_id, label), v in zip(pairs, results, strict=True):
        body = f"body_{body_id}.txt"
        if not any(e.file == body for e in v.evidence):
            counts[(label, "not retrieved")] += 1
            continue
        counts[(label, "n")] += 1
        counts[(label, "body " + body_stance(v, body))] += 1
        ok = {"agree": v.verdict == Verdict.SUPPORTED,
              "disagree": v.verdict in (Verdict.CONTRADICTED, Verdict.MIXED),
              "discuss": v.verdict == Verdict.NOT_ENOUGH_EVIDENCE}[label]  # fmt: skip
        counts[(label, "verdict ok")] += ok
    out = {"pairs": len(pairs), "engine": verifier.engine.name, "seconds": round(seconds, 1)}
    for label in ("agree", "disagree", "discuss"):
        n = counts[(label, "n")]
        out[label] = {
            "retrieved": n, "not retrieved": counts[(label, "not retrieved")],
            "body recall": round(counts[(label, "body " + label)] / max(n, 1), 4),
            "verdict recall": round(counts[(label, "verdict ok")] / max(n, 1), 4),
            "body stances": {k[1][5:]: c for k, c in counts.items()
                             if k[0] == label and k[1].startswith("body ")},
        }  # fmt: skip
    out["balanced body recall (agree, disagree)"] = round(
        (out["agree"]["body recall"] + out["disagree"]["body recall"]) / 2, 4
    )
    out["balanced verdict recall (agree, disagree)"] = round(
        (out["agree"]["verdict recall"] + out["disagree"]["verdict recall"]) / 2, 4
    )
    print(json.dumps(out, indent=1))
    (OUT / f"fnc-{verifier.engine.name}.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
