"""Labeled sentence pairs from ../shared/datasets, and an embedding cache, for the stance
benchmarks and training. Each pair is (claim, passage, label) with label in
supports / conflicts / neutral."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO.parent / "shared" / "datasets"
OUT = REPO / "bench" / "out"
SNLI = {"entailment": "supports", "contradiction": "conflicts", "neutral": "neutral"}
SCIFACT = {"entailment": "supports", "not_entailment": "conflicts"}


def need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"{path} is absent; this benchmark needs ../shared/datasets")
    return path


def detok(text: str) -> str:
    import re

    text = re.sub(r"\s+([.,;:!?%)\]}'])", r"\1", text)
    return re.sub(r"([(\[{$])\s+", r"\1", text).strip()


def snli(split: str) -> list[tuple[str, str, str]]:
    path = need(DATASETS / "snli-devtest" / f"snli_{split}.jsonl")
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["label"] in SNLI:
            out.append((detok(r["hypothesis"]), detok(r["premise"]), SNLI[r["label"]]))
    return out


def scifact(split: str) -> list[tuple[str, str, str]]:
    path = need(DATASETS / "scifact" / "rationale_pairs" / f"{split}.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["sentence2"], r["sentence1"], SCIFACT[r["entailment"]]) for r in rows]


class VectorCache:
    """Sentence vectors by text, computed once with the default model and kept in bench/out."""

    def __init__(self, name: str) -> None:
        self.path = OUT / f"vectors-{name}.npz"
        self.vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path, allow_pickle=False) as data:
                self.vectors = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def ensure(self, texts: list[str]) -> None:
        missing = sorted({t for t in texts if t not in self.vectors})
        if not missing:
            return
        from factcheck.runtime.embed import load_embedder

        embedder = load_embedder()
        vecs = embedder.encode(missing)
        self.vectors.update(zip(missing, vecs, strict=True))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts_all = list(self.vectors)
        np.savez(
            self.path, texts=np.array(texts_all),
            vectors=np.stack([self.vectors[t] for t in texts_all]),
        )  # fmt: skip

    def __getitem__(self, text: str) -> np.ndarray:
        return self.vectors[text]
