"""Assemble the stance training set and its held-out split, and pack them for a GPU run.

    python -m training.data                 # writes training/out/{train,heldout}.jsonl.xz
    python -m training.data --small 4000    # a small training set for a CPU run

Every source in ``sources.LICENCES`` is read from ../shared/datasets (the generated pairs too);
each pair's document decides its split (``held_out``), so no held-out document is trained
on. ``manifest.json`` beside the data names each source, its licence, its pair counts per
label and the seed.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from . import sources, synthetic
from .sources import Pair

OUT = Path(__file__).resolve().parent / "out"
SEED = 0
#: At most this many training pairs from each source (after the held-out split).
CAPS = {
    "curriculum": 200_000, "snli": 10_000, "cad": 10_000, "breaking": 9_000, "mnli": 20_000,
    "fever": 12_000, "fever_symmetric": 3_000, "perspectrum": 8_000, "check_covid": 2_000,
    "scifact": 1_000, "fnc": 14_000, "synthetic_fnc": 60_000, "synthetic_fever": 40_000,
    "synthetic_covid": 15_000,
}  # fmt: skip
#: Per Curriculum task, at most this many pairs (the largest tasks are templated).
CURRICULUM_TASK_CAP = 9_000
#: Pairs longer than this (characters, passage and claim) would be cut at 128 tokens: their
#: label could rest on the cut part, so they are left out.
MAX_CHARS = 600


def _is_held_out(pair: Pair) -> bool:
    if pair.doc.startswith("fnc:"):
        return int(pair.doc[4:]) % 5 == 0  # FNC-1's own held-out fifth of bodies
    return sources.held_out(pair.source, pair.doc)


def _fnc_docs() -> dict[str, list[list[str]]]:
    return {f"fnc:{k}": synthetic.sentences(v) for k, v in sources.fnc_bodies().items()}


def _fever_docs() -> dict[str, list[list[str]]]:
    """FEVER tuning-half evidence (even ids only), one document per Wikipedia page."""
    docs: dict[str, list[str]] = {}
    for r in sources.fever_rows():
        if r["id"] % 2 == 1 or not r["evidence_text"] or not r["evidence_pages"]:
            continue
        text = sources.detok(r["evidence_text"])
        page = docs.setdefault(r["evidence_pages"][0], [])
        for s in synthetic.sentences(text)[0] if text else []:
            if s not in page:
                page.append(s)
    return {k: [v] for k, v in docs.items() if len(v) >= 2}


def _covid_docs() -> dict[str, list[list[str]]]:
    return {k: [list(v["abstract"])] for k, v in sources.covid_corpus().items()}


def collect(rng: random.Random) -> dict[str, list[Pair]]:
    """Every source's pairs, before the split."""
    per_task: dict[str, list[Pair]] = {}
    for p in sources.curriculum("train"):
        if len(p.passage) + len(p.claim) <= MAX_CHARS:
            per_task.setdefault(p.kind, []).append(p)
    cur: list[Pair] = []
    for pairs in per_task.values():
        rng.shuffle(pairs)
        cur += pairs[:CURRICULUM_TASK_CAP]
    return {
        "curriculum": cur,
        "snli": list(sources.snli("dev")),
        "cad": list(sources.cad("train")),
        "breaking": list(sources.breaking()),
        "mnli": list(sources.mnli_binary()),
        "fever": list(sources.fever_tuning()),
        "fever_symmetric": list(sources.fever_symmetric()),
        "perspectrum": list(sources.perspectrum()),
        "check_covid": list(sources.check_covid()),
        "scifact": list(sources.scifact()),
        "fnc": list(sources.fnc(synthetic.sentences)),
        "synthetic_fnc": list(
            synthetic.from_documents(_fnc_docs(), "synthetic_fnc", rng, per_doc=16)
        ),
        "synthetic_fever": list(
            synthetic.from_documents(_fever_docs(), "synthetic_fever", rng, per_doc=4)
        ),
        "synthetic_covid": list(
            synthetic.from_documents(_covid_docs(), "synthetic_covid", rng, per_doc=12)
        ),
    }


def held_out_extra() -> dict[str, list[Pair]]:
    """Standard held-out splits (never trained on), reported beside the document split."""
    rng = random.Random(SEED + 1)
    val = [p for p in sources.curriculum("val") if len(p.passage) + len(p.claim) <= MAX_CHARS]
    rng.shuffle(val)
    sets = {
        "snli_test": list(sources.snli("test")),
        "cad_test": list(sources.cad("test")),
        "curriculum_val": val[:6000],
    }
    return {k: [replace(p, source=k) for p in v] for k, v in sets.items()}


def _write(path: Path, pairs: list[Pair]) -> None:
    with lzma.open(path, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as fh:
        for p in pairs:
            fh.write(json.dumps(p.row(), ensure_ascii=False) + "\n")


def read(path: Path) -> list[dict]:
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def build(small: int = 0) -> dict:
    rng = random.Random(SEED)
    train: list[Pair] = []
    held: list[Pair] = []
    counts: dict[str, dict] = {}
    for name, pairs in collect(rng).items():
        rng.shuffle(pairs)
        tr = [p for p in pairs if p.claim.strip() and p.passage.strip() and not _is_held_out(p)]
        ho = [p for p in pairs if p.claim.strip() and p.passage.strip() and _is_held_out(p)]
        tr = tr[: CAPS[name]]
        ho = ho[:3000]
        train += tr
        held += ho
        counts[name] = {"licence": sources.LICENCES[name],
                        "train": dict(Counter(p.label for p in tr)),
                        "held_out": dict(Counter(p.label for p in ho))}  # fmt: skip
    rng.shuffle(train)
    if small:
        train = train[:small]
    extra = held_out_extra()
    OUT.mkdir(exist_ok=True)
    _write(OUT / "train.jsonl.xz", train)
    _write(OUT / "heldout.jsonl.xz", held + [p for v in extra.values() for p in v])
    manifest = {
        "seed": SEED, "caps": CAPS, "curriculum_task_cap": CURRICULUM_TASK_CAP,
        "max_chars": MAX_CHARS, "train_pairs": len(train),
        "train_labels": dict(Counter(p.label for p in train)),
        "held_out_pairs": len(held), "held_out_standard": {k: len(v) for k, v in extra.items()},
        "sources": counts,
        "wordnet": bool(synthetic.wordnet()[0]),
        "never_used": ["FEVER dev odd ids (held-out half)", "../shared/seeds",
                       "../shared/newsbench"],
    }  # fmt: skip
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=0, help="keep only this many training pairs")
    args = ap.parse_args()
    m = build(args.small)
    print(json.dumps({k: m[k] for k in ("train_pairs", "train_labels", "held_out_pairs")}))
    for name, c in m["sources"].items():
        print(f"{name:18} train {c['train']}  held out {c['held_out']}")


if __name__ == "__main__":
    main()
