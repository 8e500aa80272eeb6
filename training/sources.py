"""Labelled (passage, claim) pairs from the public sets in ../shared/datasets, one reader each.

A pair is a :class:`Pair`: ``label`` is ``supports``, ``conflicts``, ``neutral`` or
``not_supports`` (a 2-way set's "not entailed": conflict or neutral, the set does not say
which; the training loss then only pushes probability away from "supports"). ``doc`` names
the source document, so the held-out split never shares a document with training.

What is held out, never trained on: the FEVER held-out half (odd claim ids) and every
FEVER-Symmetric claim drawn from it, SNLI test, CAD dev/test, Curriculum's val files, and a
hash-chosen twentieth of every other source's documents (``held_out``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATASETS = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"

#: Each source with its licence, as ../shared/datasets/README.md records it.
LICENCES = {
    "curriculum": "MIT (repository); each task's text keeps its source's terms (Curriculum "
    "README.upstream.md)",
    "snli": "CC BY-SA 4.0",
    "cad": "Apache-2.0 (SNLI text CC BY-SA 4.0)",
    "breaking": "CC BY-SA 4.0",
    "mnli": "BSD-3 (DocNLI release; MNLI text OANC / mixed)",
    "fever": "CC BY-SA 3.0 (Wikipedia text)",
    "fever_symmetric": "CC BY-SA 3.0 (Wikipedia text)",
    "perspectrum": "CC BY-SA 4.0",
    "check_covid": "MIT",
    "scifact": "CC BY 4.0 / ODC-By",
    "fnc": "FNC-1 research data, no licence file: research-only",
    "synthetic_fnc": "generated from FNC-1 bodies: research-only",
    "synthetic_fever": "generated from FEVER evidence: CC BY-SA 3.0",
    "synthetic_covid": "generated from Check-COVID abstracts: MIT",
    "wordnet": "WordNet 3.0 licence (Debian wordnet-base)",
}
LABELS = ("supports", "conflicts", "neutral", "not_supports")
NLI = {
    "entailment": "supports", "contradiction": "conflicts", "neutral": "neutral",
    "entailed": "supports", "not-entailed": "not_supports", "not_entailment": "not_supports",
}  # fmt: skip


@dataclass(frozen=True)
class Pair:
    passage: str
    claim: str
    label: str
    source: str
    doc: str
    kind: str = ""

    def row(self) -> dict[str, str]:
        return {"p": self.passage, "h": self.claim, "y": self.label, "s": self.source,
                "d": self.doc, "k": self.kind}  # fmt: skip


def held_out(source: str, doc: str) -> bool:
    """A stable twentieth of each source's documents, never trained on."""
    return hashlib.sha1(f"{source}\0{doc}".encode()).digest()[0] < 13


def need(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"{path} is absent: training data comes from ../shared/datasets")
    return path


def detok(text: str) -> str:
    """Undo FEVER / SNLI tokenization (``-LRB-``, spaces before punctuation)."""
    for a, b in (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"),
                 ("``", '"'), ("''", '"'), ("-COLON-", ":")):  # fmt: skip
        text = text.replace(a, b)
    text = re.sub(r"\s+([.,;:!?%)\]}'])", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return re.sub(r"([(\[{$])\s+", r"\1", text).strip()


def curriculum(split: str = "train") -> Iterator[Pair]:
    """Curriculum (Chen & Gao 2022): 36 phenomena; ``val`` files are the held-out part."""
    for zpath in sorted(need(DATASETS / "curriculum").glob("*.zip")):
        task = zpath.stem
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if "MACOSX" in name or not name.endswith(f"{split}.jsonl"):
                    continue
                for i, line in enumerate(z.open(name)):
                    line = line.strip()
                    if not line:
                        continue
                    r = json.loads(line)
                    label = NLI.get(str(r.get("gold_label")))
                    if label and r.get("premise") and r.get("hypothesis"):
                        yield Pair(r["premise"], r["hypothesis"], label, "curriculum",
                                   f"{task}:{i}", task)  # fmt: skip


def snli(split: str) -> Iterator[Pair]:
    path = need(DATASETS / "snli-devtest" / f"snli_{split}.jsonl")
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["label"] in NLI:
            p = detok(r["premise"])
            yield Pair(p, detok(r["hypothesis"]), NLI[r["label"]], "snli", p, "snli")


def cad(split: str) -> Iterator[Pair]:
    with need(DATASETS / "nli-extra" / "cad" / f"{split}.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["gold_label"] in NLI:
                yield Pair(r["sentence1"], r["sentence2"], NLI[r["gold_label"]], "cad",
                           r["sentence1"], "cad")  # fmt: skip


def breaking() -> Iterator[Pair]:
    path = need(DATASETS / "nli-extra" / "breaking-nli" / "data" / "dataset.jsonl")
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["gold_label"] in NLI:
            yield Pair(r["sentence1"], r["sentence2"], NLI[r["gold_label"]], "breaking",
                       r["sentence1"], r.get("category", "breaking"))  # fmt: skip


def mnli_binary() -> Iterator[Pair]:
    for split in ("dev", "test"):
        path = need(DATASETS / "nli-extra" / "docnli-binary" / f"binary-MNLI_{split}.txt")
        for line in path.open(encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] in NLI:
                yield Pair(parts[1], parts[2], NLI[parts[0]], "mnli", parts[1], "mnli")


def fever_rows() -> list[dict]:
    path = need(DATASETS / "fever-dev" / "fever_dev_joined_with_evidence.jsonl")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def fever_tuning() -> Iterator[Pair]:
    """FEVER dev's tuning half (even ids): gold evidence supports / refutes; a NOT ENOUGH INFO
    claim, or a claim against another claim's evidence from the same page, is neutral."""
    rows = [r for r in fever_rows() if r["id"] % 2 == 0]
    by_page: dict[str, list[dict]] = {}
    for r in rows:
        for page in r["evidence_pages"] or []:
            by_page.setdefault(page, []).append(r)
    for r in rows:
        doc = (r["evidence_pages"] or [str(r["id"])])[0]
        if r["evidence_text"] and r["label"] in ("SUPPORTS", "REFUTES"):
            label = "supports" if r["label"] == "SUPPORTS" else "conflicts"
            yield Pair(detok(r["evidence_text"]), r["claim"], label, "fever", doc, "fever")
            others = [o for o in by_page.get(doc, []) if o is not r and o["evidence_text"]]
            for o in others[:1]:
                if o["claim"].lower() != r["claim"].lower():
                    yield Pair(detok(o["evidence_text"]), r["claim"], "not_supports", "fever",
                               doc, "fever-same-page")  # fmt: skip


def fever_symmetric() -> Iterator[Pair]:
    """FEVER-Symmetric, without any claim that comes from the FEVER held-out half."""
    held = {r["claim"].strip().lower() for r in fever_rows() if r["id"] % 2 == 1}
    base = DATASETS / "fever-symmetric"
    for name in ("fever_symmetric_dev.jsonl", "fever_symmetric_test.jsonl",
                 "fever_symmetric_generated.jsonl"):  # fmt: skip
        for line in need(base / name).open(encoding="utf-8"):
            r = json.loads(line)
            sid = str(r["id"])
            origin = int(sid[:-7]) if len(sid) > 7 else int(sid)
            claim = detok(r["claim"])
            if origin % 2 == 1 or claim.strip().lower() in held:
                continue
            evidence = r.get("evidence") or r.get("evidence_sentence") or ""
            label = {"SUPPORTS": "supports", "REFUTES": "conflicts"}.get(r.get("label", ""))
            if evidence and label:
                yield Pair(detok(evidence), claim, label, "fever_symmetric", str(origin),
                           "fever-symmetric")  # fmt: skip


def perspectrum() -> Iterator[Pair]:
    base = DATASETS / "perspectrum"
    pool = {
        p["pId"]: p["text"] for p in json.load(need(base / "perspective_pool_v1.0.json").open())
    }
    for c in json.load(need(base / "perspectrum_with_answers_v1.0.json").open()):
        for group in c["perspectives"]:
            label = {"SUPPORT": "supports", "UNDERMINE": "conflicts"}.get(group["stance_label_3"])
            if not label:
                continue
            for pid in group["pids"][:2]:
                if pid in pool:
                    # A perspective argues for or against the claim: the perspective is the
                    # passage, the debate claim the claim.
                    yield Pair(pool[pid], c["text"], label, "perspectrum", str(c["cId"]),
                               "perspectrum")  # fmt: skip


def covid_corpus() -> dict[str, dict]:
    path = need(DATASETS / "nli-extra" / "check-covid" / "corpus.json")
    return {r["cord_id"]: r for r in (json.loads(line) for line in path.open(encoding="utf-8"))}


def check_covid() -> Iterator[Pair]:
    corpus = covid_corpus()
    path = need(DATASETS / "nli-extra" / "check-covid" / "Check-COVID_all.json")
    label_of = {"SUPPORT": "supports", "REFUTE": "conflicts", "NOTENOUGHINFO": "neutral"}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        doc = corpus.get(r["cord_id"])
        if not doc or r["label"] not in label_of:
            continue
        sents = [doc["abstract"][e["sent_index"]] for e in r["evidence_set"]
                 if e["sent_index"] < len(doc["abstract"])]  # fmt: skip
        if sents:
            yield Pair(" ".join(sents), r["claim"].strip(), label_of[r["label"]], "check_covid",
                       r["cord_id"], "check-covid")  # fmt: skip


def scifact() -> Iterator[Pair]:
    """SciFact's train rationale pairs (its dev pairs stay a benchmark)."""
    path = need(DATASETS / "scifact" / "rationale_pairs" / "train.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            label = "supports" if r["entailment"] == "entailment" else "conflicts"
            yield Pair(r["sentence1"], r["sentence2"], label, "scifact", r["sentence1"][:60],
                       "scifact")  # fmt: skip


def fnc_bodies() -> dict[int, str]:
    with need(DATASETS / "fnc1-train" / "train_bodies.csv").open(encoding="utf-8") as fh:
        return {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}


WORD = re.compile(r"[A-Za-z0-9']+")


def _overlap(a: str, b: str) -> float:
    wa = {w.lower() for w in WORD.findall(a) if len(w) > 3}
    wb = {w.lower() for w in WORD.findall(b) if len(w) > 3}
    return len(wa & wb) / (len(wa) or 1)


def fnc(split_sentences) -> Iterator[Pair]:  # noqa: ANN001
    """FNC-1 headline / body pairs (agree, disagree, discuss), the body cut to the two
    sentences that share the most words with the headline. Bodies with ``Body ID % 5 == 0``
    are FNC's own held-out fifth."""
    label = {"agree": "supports", "disagree": "conflicts", "discuss": "neutral"}
    bodies = fnc_bodies()
    with need(DATASETS / "fnc1-train" / "train_stances.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["Stance"] not in label:
                continue
            body_id = int(r["Body ID"])
            sents = [s for p in split_sentences(bodies[body_id]) for s in p]
            if not sents:
                continue
            best = sorted(range(len(sents)), key=lambda i: -_overlap(r["Headline"], sents[i]))
            passage = " ".join(sents[i] for i in sorted(best[:2]))
            yield Pair(passage, r["Headline"], label[r["Stance"]], "fnc", f"fnc:{body_id}",
                       "fnc-" + r["Stance"])  # fmt: skip
