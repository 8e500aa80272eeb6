"""Generated (passage, claim) pairs from real news and encyclopedic sentences.

From one sentence of a document (FNC-1 news bodies, FEVER evidence, Check-COVID abstracts;
never the seeds, never newsbench):

- supports: the sentence restated: without its attribution ("..., officials said"), without a
  leading or trailing clause, a word swapped for a WordNet synonym or hypernym of a single
  sense ("sedans" -> "vehicles"), "largest" read as "biggest";
- conflicts: one figure, year, month, name, negation or opposite word changed; the roles of
  two names swapped ("A beat B" -> "B beat A"); a partitive after the sentence ("300 jobs.
  Only 18 of those are permanent." against "300 permanent jobs"); a denial of the sentence
  ("X denied that ...", "Reports that ... are false");
- not_supports (conflict or neutral, not said which): a qualifier the sentence does not state
  ("permanent", "confirmed"), a plan read as done ("plans to build" -> "built"), "there is no
  evidence that ...";
- neutral: another sentence of the same document (related, not stated).

Every rule is about language, not about one document: each kind is drawn for any sentence
where its pattern occurs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from factcheck.verify import metamorphic

from .sources import Pair

MONTHS = list(metamorphic.MONTHS)  # the generated pairs change months as the checks do
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
WORD = re.compile(r"[A-Za-z][a-z']+")
# "<number> <noun>" that a qualifier can sit in: "300 jobs", "12 cases".
COUNTED = re.compile(r"\b(\d[\d,.]*)\s+([a-z]{3,}s)\b")
QUALIFIERS = ["permanent", "confirmed", "full-time", "new", "annual", "additional", "total"]
PLANNED = re.compile(
    r"\b(plans? to|planned to|intends? to|is expected to|are expected to|will|would|"
    r"aims? to|is set to|are set to|proposed to|hopes? to)\s+([a-z]+)\b"
)
TWO_NAMES = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) ((?:has |had |have )?[a-z]+ed|beat|won against|met|"
    r"sued|defeated|acquired|bought|hired|fired|replaced|overtook|surpassed)"
    r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
SUPERLATIVES = {
    "largest": "biggest", "biggest": "largest", "smallest": "tiniest", "highest": "top",
    "lowest": "bottom", "rose": "increased", "fell": "dropped", "increased": "rose",
    "dropped": "fell", "bought": "purchased", "purchased": "bought", "said": "stated",
    "began": "started", "started": "began", "ended": "finished", "big": "large",
    "large": "big", "help": "assist", "about": "around", "roughly": "about",
}  # fmt: skip


def sentences(body: str) -> list[list[str]]:
    """Paragraphs of sentences (a plain splitter: enough for generating pairs)."""
    out = []
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split())
        if not para:
            continue
        sents = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])", para)
        out.append([s.strip() for s in sents if s.strip()])
    return out


def good(s: str) -> bool:
    words = s.split()
    return 7 <= len(words) <= 45 and s[-1] in '.!?"”' and not re.search(r"https?:|@|\|", s)


def finish(s: str) -> str:
    s = s.strip().rstrip(",;:")
    if not s.endswith((".", "!", "?")):
        s += "."
    return s[0].upper() + s[1:] if s else s


@cache
def antonyms() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "factcheck/language/data/antonyms.tsv"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        a, b = line.split("\t")[:2]
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


@cache
def wordnet() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Synonyms and hypernyms of nouns, verbs and adjectives with a single sense in WordNet
    (so a swap keeps the meaning), from Debian's wordnet-base; empty where it is absent."""
    base = Path("/usr/share/wordnet")
    syn: dict[str, list[str]] = {}
    hyper: dict[str, str] = {}
    if not (base / "data.noun").exists():
        return syn, hyper
    for pos in ("noun", "verb", "adj"):
        single = set()
        for line in (base / f"index.{pos}").open(encoding="utf-8"):
            if line.startswith(" "):
                continue
            parts = line.split()
            if len(parts) > 2 and parts[2] == "1" and "_" not in parts[0]:
                single.add(parts[0])
        lemma_of: dict[str, list[str]] = {}
        words_of: dict[str, list[str]] = {}  # every lemma, in WordNet's order
        hyper_ptr: dict[str, str] = {}
        for line in (base / f"data.{pos}").open(encoding="utf-8"):
            if line.startswith(" "):
                continue
            parts = line.split(" ")
            offset, count = parts[0], int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(count)]
            lemma_of[offset] = [w for w in words if "_" not in w and "(" not in w]
            words_of[offset] = words
            rest = parts[4 + 2 * count :]
            nptr = int(rest[0])
            for k in range(nptr):
                symbol, target = rest[1 + 4 * k], rest[2 + 4 * k]
                if symbol == "@":
                    hyper_ptr[offset] = target
                    break
        for offset, words in lemma_of.items():
            for w in words:
                if w not in single:
                    continue
                others = [o for o in words if o != w]
                if others:
                    syn[w] = others
                target = hyper_ptr.get(offset)
                # The hypernym's first lemma, when it is one plain word ("vehicle").
                first = (words_of.get(target) or [""])[0] if target else ""
                if pos == "noun" and first and "_" not in first and "(" not in first:
                    hyper[w] = first
    return syn, hyper


def supports_forms(s: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, claim) restatements that the sentence states."""
    out = []
    tail = ATTRIBUTION_TAIL.sub("", s)
    if tail != s and len(tail.split()) >= 6:
        out.append(("no-attribution", finish(tail)))
    head = ATTRIBUTION_HEAD.sub("", s)
    if head != s and len(head.split()) >= 6:
        out.append(("no-attribution", finish(head)))
    first, _, rest = s.partition(", ")
    if rest and len(first.split()) <= 5 and len(rest.split()) >= 6:
        out.append(("clause-dropped", finish(rest)))
    parts = s.rsplit(", ", 1)
    if len(parts) == 2 and len(parts[0].split()) >= 7 and not KEEP_CLAUSE.match(parts[1]):
        out.append(("clause-dropped", finish(parts[0])))
    syn, hyper = wordnet()
    words = [w for w in WORD.findall(s) if w.islower() and len(w) > 3]
    rng.shuffle(words)
    for w in words:
        if w in SUPERLATIVES:
            out.append(("synonym", re.sub(rf"\b{w}\b", SUPERLATIVES[w], s, count=1)))
            break
        if w in syn:
            out.append(("synonym", re.sub(rf"\b{w}\b", rng.choice(syn[w]), s, count=1)))
            break
        if w.endswith("s") and w[:-1] in hyper:
            out.append(("hypernym", re.sub(rf"\b{w}\b", hyper[w[:-1]] + "s", s, count=1)))
            break
        if w in hyper:
            out.append(("hypernym", re.sub(rf"\b{w}\b", hyper[w], s, count=1)))
            break
    return out


def conflict_forms(s: str, rng: random.Random, names: list[str]) -> list[tuple[str, str]]:
    """(kind, claim) with one thing changed so that the sentence no longer holds."""
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
        opposite = antonyms().get(word.lower())
        if opposite:
            out.append(("antonym", re.sub(rf"\b{re.escape(word)}\b", opposite, s, count=1)))
            break
    swap = TWO_NAMES.search(s)
    if (
        swap
        and swap.group(1) != swap.group(3)
        and not {swap.group(1).split()[0], swap.group(3).split()[0]} & STOP_NAMES
    ):
        a, verb, b = swap.groups()
        out.append(("role-swap", s[: swap.start()] + f"{b} {verb} {a}" + s[swap.end() :]))
    return out


def partitive(s: str, rng: random.Random) -> tuple[str, str] | None:
    """(passage, claim): the sentence plus a partitive that takes the claim's qualifier back."""
    m = COUNTED.search(s)
    if not m:
        return None
    try:
        total = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    if total < 10:
        return None
    part = max(1, int(total * rng.choice([0.05, 0.1, 0.2, 0.3])))
    qual = rng.choice(QUALIFIERS[:3])
    follow = rng.choice([
        f"Only {part} of those are {qual}.", f"Of those, just {part} are {qual}.",
        f"Only {part} of the {m.group(2)} are {qual}.",
    ])  # fmt: skip
    claim = s[: m.start(2)] + f"{qual} " + s[m.start(2) :]
    return f"{s} {follow}", claim


def unsupported_forms(s: str, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, passage, claim) where the passage does not state the claim (no label beyond)."""
    out = []
    m = COUNTED.search(s)
    if m:
        qual = rng.choice(QUALIFIERS)
        out.append(("qualifier", s, s[: m.start(2)] + f"{qual} " + s[m.start(2) :]))
    plan = PLANNED.search(s)
    if plan and plan.group(2) not in ("be", "have", "not"):
        verb = plan.group(2)
        done = verb + ("d" if verb.endswith("e") else "ed")
        out.append(("plan-as-done", s, s[: plan.start()] + done + s[plan.end() :]))
    body = _inner(s)
    out.append(("no-evidence", f"There is no evidence that {body}.", s))
    return out


def _inner(s: str) -> str:
    """The sentence as a clause after "that": its first word lower-cased unless a name."""
    s = s.rstrip(".")
    return s[0].lower() + s[1:] if len(s) > 1 and s[1].islower() and s[0] != "I" else s


def denial(s: str, rng: random.Random) -> tuple[str, str]:
    body = _inner(s)
    passage = rng.choice([
        f"Reports that {body} are false, officials said.",
        f"Officials denied that {body}.",
        f"It is not true that {body}.",
    ])  # fmt: skip
    return passage, s


def from_documents(
    docs: dict[str, list[list[str]]], source: str, rng: random.Random, per_doc: int = 8
) -> Iterator[Pair]:
    """Pairs from each document's sentences (paragraphs of sentences)."""
    names = sorted(
        {m.group() for paras in docs.values() for p in paras for s in p for m in NAME.finditer(s)}
        - STOP_NAMES
    )
    for doc, paras in docs.items():
        flat = [(pi, si, s) for pi, p in enumerate(paras) for si, s in enumerate(p) if good(s)]
        if not flat:
            continue
        for pi, si, s in rng.sample(flat, min(per_doc, len(flat))):
            para = paras[pi]
            window = " ".join(para[max(0, si - 1) : si + 2])
            passage = window if rng.random() < 0.4 else s
            forms = supports_forms(s, rng)
            kind, claim = rng.choice(forms) if forms and rng.random() < 0.8 else ("verbatim", s)
            yield Pair(passage, claim, "supports", source, doc, kind)
            changed = conflict_forms(claim, rng, names)
            if changed:
                weights = [3 if k in ("figure", "year", "month", "role-swap") else 1
                           for k, _ in changed]  # fmt: skip
                kind, text = rng.choices(changed, weights=weights)[0]
                yield Pair(passage, text, "conflicts", source, doc, kind)
            got = partitive(s, rng)
            if got and rng.random() < 0.6:
                yield Pair(got[0], got[1], "conflicts", source, doc, "partitive")
            if rng.random() < 0.1:
                p, c = denial(s, rng)
                yield Pair(p, c, "conflicts", source, doc, "denial")
            options = unsupported_forms(s, rng)
            # The qualifier and plan forms are rarer than "no evidence": drawn whenever found.
            specific = [o for o in options if o[0] != "no-evidence"]
            if specific or rng.random() < 0.15:
                kind, p, c = rng.choice(specific or options)
                yield Pair(p, c, "not_supports", source, doc, kind)
            others = [x for x in flat if abs((x[0] - pi) * 100 + x[1] - si) > 1]
            if others:
                other = rng.choice(others)[2]
                oforms = supports_forms(other, rng)
                text = rng.choice(oforms)[1] if oforms and rng.random() < 0.5 else other
                yield Pair(passage, text, "neutral", source, doc, "same-document")
