"""Training and held-out pairs for the stance cross-encoder, from ../shared/datasets.

Each pair is (passage, claim, label) with label supports / conflicts / neutral. Sources, and
what each is for (licences in ../shared/datasets/README.md):

- ``news``: pairs generated from FNC-1 article bodies (real news text). A sentence, or the
  sentence with its neighbours (an evidence window), is the passage. Supports: the sentence
  itself, without its attribution ("..., officials said"), without a leading or trailing
  clause. Conflicts: the same with one figure, year, month, name, negation or opposite word
  changed. Neutral: another sentence of the same article (related, not stated).
- ``fnc``: FNC-1 headline / body pairs (agree, disagree, discuss), the body reduced to the
  two sentences that share the most words with the headline.
- ``fever``: the FEVER tuning half's train part (even ids, not the dev fifth): gold passages
  of SUPPORTS / REFUTES claims, and other retrieved passages as neutral.
- ``snli`` (dev), ``cad`` (counterfactually augmented SNLI, train), ``breaking`` (one-word
  swaps): pair-level entailment, contradiction and neutral.

Held out, never trained on: FNC-1 bodies with ``Body ID % 5 == 0``, the FEVER held-out half
(odd ids) and its dev fifth, SNLI test, CAD dev/test, SciFact.

FNC-1 has no licence file (research data of the challenge): weights trained on it are
documented as such in docs/accuracy.md.
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

from pairs import DATASETS, OUT, need, snli

FNC = DATASETS / "fnc1-train"
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
AUX = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|does|did|do|may|must)\b"
)
NEGATED = re.compile(r"\b(not|never|no longer)\s+|n't\b")
ATTRIBUTION_TAIL = re.compile(
    r",?\s+(?:according to [^,.]+|(?:he|she|they|it|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|"
    r"the [\w\s]{1,30}?)\s+(?:said|says|reported|reports|told [\w\s]{1,30}?|added|"
    r"announced|wrote|stated|claimed))\s*\.?$"
)
ATTRIBUTION_HEAD = re.compile(
    r"^(?:According to [^,]+,\s*|(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+"
    r"(?:said|says|reported|announced|claimed|told [\w\s]{1,20}?)\s+(?:that\s+)?)"
)
KEEP_CLAUSE = re.compile(r"^\s*(unless|if|except|only|not|until)\b", re.I)
NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,})\b")
STOP_NAMES = set(MONTHS) | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
    "This", "That", "However", "But", "And", "In", "On", "At", "It", "He", "She", "They", "We",
    "I", "A", "An", "Mr", "Mrs", "Ms", "Dr",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z0-9']+")


def _sentences(body: str) -> list[list[str]]:
    """Paragraphs of sentences (a plain splitter: enough for generating pairs)."""
    out = []
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split())
        if not para:
            continue
        sents = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])", para)
        out.append([s.strip() for s in sents if s.strip()])
    return out


def _good(s: str) -> bool:
    words = s.split()
    return 8 <= len(words) <= 45 and s[-1] in '.!?"”' and not re.search(r"https?:|@|\|", s)


def _finish(s: str) -> str:
    s = s.strip().rstrip(",;:")
    if not s.endswith((".", "!", "?")):
        s += "."
    return s[0].upper() + s[1:] if s else s


def supports_forms(s: str) -> list[str]:
    """The sentence restated as a claim: without attribution, leading or trailing clause."""
    out = []
    tail = ATTRIBUTION_TAIL.sub("", s)
    if tail != s and len(tail.split()) >= 6:
        out.append(_finish(tail))
    head = ATTRIBUTION_HEAD.sub("", s)
    if head != s and len(head.split()) >= 6:
        out.append(_finish(head))
    first, _, rest = s.partition(", ")
    if rest and len(first.split()) <= 5 and len(rest.split()) >= 6:
        out.append(_finish(rest))
    parts = s.rsplit(", ", 1)
    if len(parts) == 2 and len(parts[0].split()) >= 7 and not KEEP_CLAUSE.match(parts[1]):
        out.append(_finish(parts[0]))
    return out


def conflict_forms(s: str, rng: random.Random, names: list[str]) -> list[tuple[str, str]]:
    """(kind, sentence) with one thing changed so that the sentence no longer holds."""
    out = []
    years = list(YEAR.finditer(s))
    if years:
        m = rng.choice(years)
        y = int(m.group()) + rng.choice([-3, -2, -1, 1, 2, 3])
        out.append(("year", s[: m.start()] + str(y) + s[m.end() :]))
    nums = [m for m in NUMBER.finditer(s) if not YEAR.fullmatch(m.group())]
    if nums:
        m = rng.choice(nums)
        raw = m.group().replace(",", "")
        value = float(raw)
        new = value * rng.choice([2, 3, 0.5, 10, 0.1]) if value > 3 else value + rng.randint(2, 9)
        text = f"{new:,.0f}" if "," in m.group() else (f"{new:g}" if "." in raw else f"{new:.0f}")
        if text != m.group():
            out.append(("figure", s[: m.start()] + text + s[m.end() :]))
    for month in MONTHS:
        if re.search(rf"\b{month}\b", s):
            other = rng.choice([x for x in MONTHS if x != month])
            out.append(("month", re.sub(rf"\b{month}\b", other, s, count=1)))
            break
    cands = [m for m in NAME.finditer(s) if m.group() not in STOP_NAMES]
    if cands and names:
        m = rng.choice(cands)
        other = rng.choice(names)
        if other != m.group() and other not in s:
            out.append(("name", s[: m.start()] + other + s[m.end() :]))
    if NEGATED.search(s):
        out.append(("negation", NEGATED.sub("", s, count=1).replace("  ", " ")))
    else:
        aux = AUX.search(s)
        if aux:
            out.append(("negation", s[: aux.end()] + " not" + s[aux.end() :]))
    for word in WORD.findall(s):
        opposite = _antonyms().get(word.lower())
        if opposite:
            out.append(("antonym", re.sub(rf"\b{re.escape(word)}\b", opposite, s, count=1)))
            break
    return out


_ANTONYMS: dict[str, str] = {}


def _antonyms() -> dict[str, str]:
    if not _ANTONYMS:
        path = Path(__file__).resolve().parent.parent / "factcheck/stance/data/antonyms.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            a, b = line.split("\t")[:2]
            _ANTONYMS.setdefault(a, b)
            _ANTONYMS.setdefault(b, a)
    return _ANTONYMS


def bodies() -> dict[int, str]:
    with need(FNC / "train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        return {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}


def heldout_body(body_id: int) -> bool:
    return body_id % 5 == 0


def news_pairs(held_out: bool, rng: random.Random, per_body: int = 8) -> list[tuple]:
    """Generated (passage, claim, label, kind) pairs from FNC-1 bodies of one split."""
    out = []
    all_bodies = bodies()
    names = sorted({m.group() for b in all_bodies.values() for m in NAME.finditer(b)} - STOP_NAMES)
    for body_id, body in sorted(all_bodies.items()):
        if heldout_body(body_id) != held_out:
            continue
        paras = _sentences(body)
        flat = [(pi, si, s) for pi, p in enumerate(paras) for si, s in enumerate(p) if _good(s)]
        if len(flat) < 3:
            continue
        for pi, si, s in rng.sample(flat, min(per_body, len(flat))):
            para = paras[pi]
            window = " ".join(para[max(0, si - 1) : si + 2])
            passage = window if rng.random() < 0.5 else s
            forms = supports_forms(s)
            claim = rng.choice(forms) if forms and rng.random() < 0.75 else s
            out.append((passage, claim, "supports", "restated" if claim != s else "verbatim"))
            changed = conflict_forms(claim, rng, names)
            if changed:
                # Figures and dates are what a desk checks most: they are drawn 3x as often.
                weights = [3 if k in ("figure", "year", "month") else 1 for k, _ in changed]
                kind, text = rng.choices(changed, weights=weights)[0]
                out.append((passage, text, "conflicts", kind))
            others = [x for x in flat if abs((x[0] - pi) * 100 + x[1] - si) > 1]
            if others:
                other = rng.choice(others)[2]
                oforms = supports_forms(other)
                text = rng.choice(oforms) if oforms and rng.random() < 0.5 else other
                out.append((passage, text, "neutral", "same-article"))
    return out


def _overlap(a: str, b: str) -> float:
    wa = {w.lower() for w in WORD.findall(a) if len(w) > 3}
    wb = {w.lower() for w in WORD.findall(b) if len(w) > 3}
    return len(wa & wb) / (len(wa) or 1)


def fnc_pairs(held_out: bool) -> list[tuple]:
    """FNC-1 related pairs: the headline against its body's two most overlapping sentences."""
    label = {"agree": "supports", "disagree": "conflicts", "discuss": "neutral"}
    all_bodies = bodies()
    out = []
    with need(FNC / "train_stances.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            body_id = int(r["Body ID"])
            if r["Stance"] not in label or heldout_body(body_id) != held_out:
                continue
            sents = [s for p in _sentences(all_bodies[body_id]) for s in p]
            if not sents:
                continue
            best = sorted(range(len(sents)), key=lambda i: -_overlap(r["Headline"], sents[i]))
            passage = " ".join(sents[i] for i in sorted(best[:2]))
            out.append((passage, r["Headline"], label[r["Stance"]], "fnc-" + r["Stance"]))
    return out


def fever_pairs(rng: random.Random, neutral_per_claim: int = 2) -> list[tuple]:
    """The FEVER tuning half's train part (bench_fever.py prepare must have run)."""
    hits = need(OUT / "fever" / "hits.jsonl")
    out = []
    for line in hits.open(encoding="utf-8"):
        r = json.loads(line)
        cid = r["id"]
        if cid % 2 == 1 or (cid // 2) % 5 == 0:
            continue
        kept = [h for h in r["hits"] if h[3] >= 0.25]
        gold = [h for h in kept if h[0] == r["gold"]]
        other = [h for h in kept if h[0] != r["gold"]]
        lab = {"supported": "supports", "contradicted": "conflicts"}.get(r["label"])
        if lab:
            out += [(h[2], r["claim"], lab, "fever") for h in gold[:2]]
        out += [
            (h[2], r["claim"], "neutral", "fever")
            for h in rng.sample(other, min(len(other), neutral_per_claim))
        ]
    return out


def nli_tsv(path: Path) -> list[tuple]:
    lab = {"entailment": "supports", "contradiction": "conflicts", "neutral": "neutral"}
    with need(path).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        (r["sentence1"], r["sentence2"], lab[r["gold_label"]], "cad")
        for r in rows
        if r["gold_label"] in lab
    ]


def breaking() -> list[tuple]:
    lab = {"entailment": "supports", "contradiction": "conflicts", "neutral": "neutral"}
    path = need(DATASETS / "nli-extra" / "breaking-nli" / "data" / "dataset.jsonl")
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["gold_label"] in lab:
            out.append((r["sentence1"], r["sentence2"], lab[r["gold_label"]], "breaking"))
    return out


def training_mixture(seed: int = 0, sizes: dict[str, int] | None = None) -> list[tuple]:
    """The shuffled training mixture, each source sampled to its size."""
    rng = random.Random(seed)
    sizes = sizes or {
        "news": 11000, "fever": 10000, "fnc": 4000, "snli": 4000, "cad": 5000, "breaking": 2000,
    }  # fmt: skip
    sources = {
        "news": news_pairs(False, rng),
        "fever": fever_pairs(rng),
        "fnc": fnc_pairs(False),
        "snli": [(p, c, lab, "snli") for c, p, lab in snli("dev")],
        "cad": nli_tsv(DATASETS / "nli-extra" / "cad" / "train.tsv"),
        "breaking": breaking(),
    }
    out = []
    for name, pairs in sources.items():
        rng.shuffle(pairs)
        out += pairs[: sizes[name]]
    rng.shuffle(out)
    return out


def fever_dev_pairs(rng: random.Random) -> list[tuple]:
    """The FEVER dev fifth (even ids, (id // 2) % 5 == 0), for monitoring."""
    out = []
    for line in need(OUT / "fever" / "hits.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["id"] % 2 == 1 or (r["id"] // 2) % 5 != 0:
            continue
        kept = [h for h in r["hits"] if h[3] >= 0.25]
        lab = {"supported": "supports", "contradicted": "conflicts"}.get(r["label"])
        gold = [h for h in kept if h[0] == r["gold"]]
        other = [h for h in kept if h[0] != r["gold"]]
        if lab and gold:
            out.append((gold[0][2], r["claim"], lab, "fever"))
        if other:
            out.append((rng.choice(other)[2], r["claim"], "neutral", "fever"))
    return out


if __name__ == "__main__":
    from collections import Counter

    mix = training_mixture()
    print(
        len(mix), Counter((x[3] if x[3] in ("fever", "cad", "snli") else x[3], x[2]) for x in mix)
    )
    for x in random.Random(1).sample([m for m in mix if m[3] not in ("fever", "snli", "cad")], 12):
        print(x[2], x[3], "|", x[1], "||", x[0][:200])
