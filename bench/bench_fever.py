"""FEVER dev as a retrieval + verdict benchmark (tune on one half, report on the other).

    .venv/bin/python bench/bench_fever.py prepare   # corpus, index, top-10 passages per claim
    .venv/bin/python bench/bench_fever.py tune      # thresholds searched on the tuning half
    .venv/bin/python bench/bench_fever.py report    # label accuracy, macro-F1, recall@5

The corpus is built from the gold evidence text: one file per distinct evidence text, named
after its first Wikipedia page, one sentence per line, duplicates removed, FEVER tokens
(-LRB-, ``, ...) restored. Claims with even ids are the tuning half, odd ids the held-out half.
NOT ENOUGH INFO claims have no evidence of their own: they are checked against everyone
else's. Needs ../shared/datasets (exits with a message otherwise). Outputs go to bench/out/.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from factcheck import Index, build_index  # noqa: E402
from factcheck.models import Evidence, Verdict  # noqa: E402
from factcheck.stance.engine import StanceEngine, Window  # noqa: E402
from factcheck.stance.settings import DEFAULTS  # noqa: E402
from factcheck.stance.signals import Signals  # noqa: E402
from factcheck.verify.verdict import aggregate, load_model  # noqa: E402
from factcheck.workflows.evaluate import metrics  # noqa: E402

DATA = REPO.parent / "shared" / "datasets" / "fever-dev" / "fever_dev_joined_with_evidence.jsonl"
OUT = REPO / "bench" / "out" / "fever"
LABELS = {
    "SUPPORTS": "supported", "REFUTES": "contradicted", "NOT ENOUGH INFO": "not_enough_evidence"
}  # fmt: skip
TOKENS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"', "--": "-",
}  # fmt: skip


def detokenize(text: str) -> str:
    for tok, ch in TOKENS.items():
        text = text.replace(tok, ch)
    text = re.sub(r"\s+([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+('s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r'"\s+(.*?)\s+"', r'"\1"', text)
    return re.sub(r"\s{2,}", " ", text).strip()


def sentences(evidence: str) -> list[str]:
    parts = re.split(r"(?<=\s\.)\s+(?=\S)", evidence)
    out, seen = [], set()
    for p in parts:
        s = detokenize(p)
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def load() -> list[dict]:
    if not DATA.exists():
        sys.exit(f"{DATA} is absent; this benchmark needs ../shared/datasets")
    return [json.loads(line) for line in DATA.open(encoding="utf-8")]


def prepare() -> None:
    rows = load()
    corpus = OUT / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    used: Counter = Counter()
    for r in rows:
        ev = r["evidence_text"]
        if not ev or ev in files:
            continue
        page = detokenize(r["evidence_pages"][0]).replace("/", "_")[:80] or "page"
        used[page] += 1
        name = f"{page}.txt" if used[page] == 1 else f"{page}__{used[page]}.txt"
        files[ev] = name
        (corpus / name).write_text("\n".join(sentences(ev)) + "\n", encoding="utf-8")
    print(f"{len(files)} evidence files")
    t = time.perf_counter()
    stats = build_index(corpus, OUT / "index")
    print(f"indexed {stats.sentences} sentences in {time.perf_counter() - t:.0f}s")
    index = Index.open(OUT / "index")
    t = time.perf_counter()
    with (OUT / "hits.jsonl").open("w", encoding="utf-8") as fh:
        for start in range(0, len(rows), 256):
            batch = rows[start : start + 256]
            results = index.search_many([r["claim"] for r in batch], k=10)
            for r, res in zip(batch, results, strict=True):
                fh.write(json.dumps({
                    "id": r["id"], "claim": r["claim"], "label": LABELS[r["label"]],
                    "gold": files.get(r["evidence_text"]),
                    "hits": [[h.file, h.line, h.text, h.similarity, h.citation] for h in res.hits],
                }) + "\n")  # fmt: skip
    print(f"retrieved for {len(rows)} claims in {time.perf_counter() - t:.0f}s")


def split_of(claim_id: int) -> str:
    """heldout: odd ids; the even (tuning) half is split into train and a dev fifth."""
    if claim_id % 2 == 1:
        return "heldout"
    return "dev" if (claim_id // 2) % 5 == 0 else "train"


def rows_of(split: str) -> list[dict]:
    rows = [json.loads(x) for x in (OUT / "hits.jsonl").open(encoding="utf-8")]
    if split == "tune":
        return [r for r in rows if split_of(r["id"]) != "heldout"]
    return [r for r in rows if split_of(r["id"]) == split]


_ENGINE: dict[str, StanceEngine] = {}
_SETTINGS = [DEFAULTS]  # the engine's settings for evaluate(); tune() tries the grid


LEARNED = "cross"  # the learned stance model beside the rules


class CachedCross:
    """The cross-encoder's scores for (passage, claim) pairs, kept on disk between runs."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        import hashlib

        from factcheck.stance import cross

        digest = hashlib.sha256(cross.WEIGHTS.read_bytes()).hexdigest()[:12]
        self.inner, self.path = inner, OUT / f"cross-scores-{digest}.jsonl"
        self.memo: dict[str, list[float]] = {}
        if self.path.exists():
            for line in self.path.open(encoding="utf-8"):
                key, probs = json.loads(line)
                self.memo[key] = probs

    def scores(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        keys = [p + "\x00" + c for p, c in pairs]
        todo = [(k, pair) for k, pair in zip(keys, pairs, strict=True) if k not in self.memo]
        if todo:
            new = self.inner.scores([pair for _, pair in todo])
            with self.path.open("a", encoding="utf-8") as fh:
                for (k, _), row in zip(todo, new, strict=True):
                    self.memo[k] = [float(x) for x in row]
                    fh.write(json.dumps([k, self.memo[k]]) + "\n")
        return np.array([self.memo[k] for k in keys], dtype=np.float32)


def stance_engine(use_learned: bool) -> StanceEngine:
    key = LEARNED if use_learned else "rules"
    if key not in _ENGINE:
        model = "all-MiniLM-L6-v2" if use_learned else None
        engine_ = StanceEngine(model, 384, learned=LEARNED, settings=_SETTINGS[0])
        if engine_.cross is not None:
            engine_.cross = CachedCross(engine_.cross)
        _ENGINE[key] = engine_
    return _ENGINE[key]


_LINES: dict[str, list[str]] = {}


def window(file: str, line: int, text: str) -> Window:
    """The passage with the sentences before and after it (one sentence a line in the corpus,
    so a file's lines are one paragraph), as verify reads it."""
    if file not in _LINES:
        _LINES[file] = (OUT / "corpus" / file).read_text(encoding="utf-8").splitlines()
    lines = _LINES[file]
    before, after = lines[max(0, line - 2) : line - 1], lines[line : line + 1]
    return Window((*before, text, *after), len(before))


def weigh(row: dict, use_learned: bool = True) -> tuple[list[Evidence], list[Signals]]:
    """The passages retrieved for a claim, weighed as verify weighs them (with windows)."""
    hits = [h for h in row["hits"] if h[3] >= 0.25]
    judgements = stance_engine(use_learned).weigh(
        row["claim"], [h[2] for h in hits], [h[3] for h in hits],
        windows=[window(h[0], h[1], h[2]) for h in hits],
    )  # fmt: skip
    evidence = [
        Evidence(
            stance=j.stance,
            score=j.score,
            similarity=sim,
            file=file,
            line=line,
            end_line=line,
            citation=cite,
            text=text,
            reasons=j.reasons,
            coverage=j.coverage,
            hedged=j.hedged,
        )  # fmt: skip
        for (file, line, text, sim, cite), j in zip(hits, judgements, strict=True)
    ]
    return evidence, [j.signals for j in judgements]


def predict(row: dict, use_learned: bool = True) -> tuple[Verdict, list[Evidence], float]:
    evidence, signals = weigh(row, use_learned)
    model = load_model() if use_learned else None
    verdict, confidence, _, _ = aggregate(evidence, signals, model)
    return verdict, evidence, confidence


def calibration(confidences: list[float], correct: list[bool], bins: int = 10) -> dict:
    """Expected calibration error and the reliability table (confidence vs accuracy)."""
    table, ece = [], 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if lo <= c < hi or (b == bins - 1 and c == 1)]
        if not idx:
            continue
        conf = sum(confidences[i] for i in idx) / len(idx)
        acc = sum(correct[i] for i in idx) / len(idx)
        ece += len(idx) / len(confidences) * abs(conf - acc)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "confidence": round(conf, 3),
                      "accuracy": round(acc, 3)})  # fmt: skip
    return {"ece": round(ece, 4), "table": table}


def evaluate(rows: list[dict], use_learned: bool = True) -> dict:
    outcomes = []
    for r in rows:
        verdict, _, confidence = predict(r, use_learned)
        outcomes.append((verdict.value, confidence))
    return scored(rows, outcomes)


def scored(rows: list[dict], outcomes: list[tuple[str, float]]) -> dict:
    """Accuracy, macro-F1, evidence recall@5 and calibration of (verdict, confidence) per row."""
    predicted = [v for v, _ in outcomes]
    correct = [v == r["label"] for (v, _), r in zip(outcomes, rows, strict=True)]
    recall = [any(h[0] == r["gold"] for h in r["hits"][:5]) for r in rows if r["gold"]]
    m = metrics([r["label"] for r in rows], predicted)
    m["recall@5"] = sum(recall) / len(recall)
    m["calibration"] = calibration([c for _, c in outcomes], correct)
    m["claims"] = len(rows)
    return m


GRID = {
    "conflict_min": [0.4, 0.45, 0.5, 0.55],
    "support_min": [0.55, 0.62, 0.7],
    "coverage_min": [0.6, 0.75, 0.85],
    "min_about": [0.5, 0.65],
}


def tune() -> None:
    from factcheck.stance import rules

    rows = rows_of("tune")
    best = None
    for values in itertools.product(*GRID.values()):
        _SETTINGS[0] = replace(DEFAULTS, **dict(zip(GRID, values, strict=True)))
        _ENGINE.clear()
        rules.analyse.cache_clear()
        m = evaluate(rows)
        print(
            dict(zip(GRID, values, strict=True)), f"acc {m['accuracy']:.3f} F1 {m['macro_f1']:.3f}"
        )
        if best is None or m["macro_f1"] > best[0]:
            best = (m["macro_f1"], dict(zip(GRID, values, strict=True)), m["accuracy"])
    print("best on the tuning half:", best)


def verify_split(split: str, stance: str | None = None, limit: int = 0) -> dict:
    """Verify a split's claims through the whole verify path (retrieval, evidence windows,
    atoms, verdict) on the FEVER index, as a user's `factcheck verify` would."""
    from factcheck.verify.verifier import Verifier

    rows = rows_of(split)
    if limit:
        rows = rows[:limit]
    verifier = Verifier(Index.open(OUT / "index"), stance=stance)
    t = time.perf_counter()
    results = []
    for start in range(0, len(rows), 256):
        chunk = rows[start : start + 256]
        results += verifier.verify_many([r["claim"] for r in chunk])
    m = scored(rows, [(v.verdict.value, v.confidence) for v in results])
    m["seconds"] = round(time.perf_counter() - t, 1)
    m["engine"] = verifier.engine.name
    return m


def verify_report() -> None:
    """The full verify path on the dev fifth and the held-out half (and rules alone)."""
    args = sys.argv[2:]
    splits = [a for a in args if a in ("train", "dev", "heldout")] or ["dev", "heldout"]
    stances = [a.split("=", 1)[1] for a in args if a.startswith("--stance=")] or ["cross"]
    path = OUT / "verify-report.json"
    out = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for split in splits:
        for stance in stances:
            m = verify_split(split, stance)
            out[f"{split}/{m['engine']}"] = m
            print(f"{split:<8} {m['engine']:<12} {summary(m)} ({m['seconds']}s)", flush=True)
    path.write_text(json.dumps(out, indent=1), encoding="utf-8")


def summary(m: dict) -> str:
    conf = " | ".join(
        f"{e[:4]}: " + " ".join(f"{p[:4]}={n}" for p, n in row.items() if n)
        for e, row in m["confusion"].items()
    )
    ece = m["calibration"]["ece"]
    head = f"acc {m['accuracy']:.3f} F1 {m['macro_f1']:.3f} R@5 {m['recall@5']:.3f}"
    return f"{head} ECE {ece:.3f} [{conf}]"


def dev() -> None:
    """Quick look at the dev fifth, rules alone and with the learned model."""
    for use_learned in (False, True):
        m = evaluate(rows_of("dev"), use_learned)
        print("learned" if use_learned else "rules  ", summary(m))


def report() -> None:
    """Every split, rules alone and with the learned models; the held-out half is the result."""
    out = {}
    for split in ("train", "dev", "heldout"):
        for use_learned in (False, True):
            t = time.perf_counter()
            m = evaluate(rows_of(split), use_learned)
            m["seconds"] = round(time.perf_counter() - t, 1)
            key = f"{split}/{'rules+' + LEARNED if use_learned else 'rules'}"
            out[key] = m
            print(f"{key:<20} {summary(m)}", flush=True)
    (OUT / "report.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    {"prepare": prepare, "tune": tune, "report": report, "dev": dev, "verify": verify_report}[
        sys.argv[1] if len(sys.argv) > 1 else "report"
    ]()
