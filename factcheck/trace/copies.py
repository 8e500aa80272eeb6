"""Near-duplicate text across documents: which sentences one document shares, nearly word for
word, with another, and how much of each that is.

Sentences are compared as word sequences. Candidate pairs share a word 4-gram (a shingle); a
pair is a copy when its word-level similarity (rapidfuzz's Indel, i.e. the longest common
subsequence of words, normalized) is at least ``SENTENCE_MIN``. A machine translation or a
light edit ("Deiss" for "Diess", a dropped clause) still matches; a paraphrase does not.
Consecutive copied sentences are joined into spans, cited as line ranges in both documents.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

SHINGLE = 4  # words per shingle
MIN_WORDS = 6  # shorter sentences (headings, "Accept", bylines) are never counted as copied
SENTENCE_MIN = 0.8  # word-level similarity for two sentences to count as one copied
POSTINGS_PER_DOCUMENT = 2  # a shingle found in more sentences than this many per document
# compared is boilerplate (a template, a standard phrase) and proposes no candidates by itself
MIN_RUN = 2  # copied sentences in a row that make two documents copies of each other
MIN_SCATTERED = 3  # ... or copied sentences in all, wherever they stand

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Line:
    """A sentence of a document and where it stands."""

    text: str
    line: int
    end_line: int
    position: int  # sentence number in the document


@dataclass(frozen=True)
class Shared:
    """What two documents share."""

    pairs: list[tuple[Line, Line, float]]  # (sentence in a, sentence in b, similarity)
    share_a: float  # share of a's words in copied sentences
    share_b: float
    spans: list[tuple[tuple[int, int], tuple[int, int], int]]  # (a lines, b lines, sentences)

    def swapped(self) -> Shared:
        """The same, seen from b."""
        return Shared(
            pairs=[(pb, pa, sim) for pa, pb, sim in self.pairs],
            share_a=self.share_b,
            share_b=self.share_a,
            spans=[(lb, la, n) for la, lb, n in self.spans],
        )


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


class Text:
    """A document's sentences, tokenized and shingled once for many comparisons."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = list(lines)
        self.tokens = [words(s.text) for s in self.lines]
        self.shingles = [
            _shingles(toks) if len(toks) >= MIN_WORDS else set() for toks in self.tokens
        ]


def shared_all(texts: Sequence[Text]) -> dict[tuple[int, int], Shared]:
    """What each pair of documents (i < j) shares, for the pairs that share anything.

    One shingle index over all the documents: a sentence is compared only with the sentences
    of other documents that share a shingle with it. A shingle found in more sentences than
    ``POSTINGS_PER_DOCUMENT`` per document (boilerplate repeated across the set) proposes no
    candidates on its own; the other shingles of a copied sentence still do.
    """
    from rapidfuzz.distance import Indel

    postings: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for d, text in enumerate(texts):
        for i, sh in enumerate(text.shingles):
            for g in sh:
                postings[g].append((d, i))
    limit = max(4, POSTINGS_PER_DOCUMENT * len(texts))
    scored: dict[tuple[int, int], list[tuple[float, int, int]]] = defaultdict(list)
    for d, text in enumerate(texts):
        for i, sh in enumerate(text.shingles):
            candidates: set[tuple[int, int]] = set()
            for g in sh:
                posted = postings[g]
                if len(posted) <= limit:
                    candidates.update(p for p in posted if p[0] > d)
            for d2, i2 in candidates:
                sim = Indel.normalized_similarity(text.tokens[i], texts[d2].tokens[i2])
                if sim >= SENTENCE_MIN:
                    scored[(d, d2)].append((sim, i, i2))
    return {pair: _match(texts[pair[0]], texts[pair[1]], found) for pair, found in scored.items()}


def _match(text_a: Text, text_b: Text, scored: list[tuple[float, int, int]]) -> Shared:
    """Pair sentences one to one, most similar first, and measure what is shared."""
    a, b, tokens_a, tokens_b = text_a.lines, text_b.lines, text_a.tokens, text_b.tokens
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for sim, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j, sim))
    pairs.sort(key=lambda p: (p[1], p[0]))
    total_a = sum(len(t) for t in tokens_a) or 1
    total_b = sum(len(t) for t in tokens_b) or 1
    return Shared(
        pairs=[(a[i], b[j], round(sim, 3)) for i, j, sim in pairs],
        share_a=round(sum(len(tokens_a[i]) for i, _, _ in pairs) / total_a, 3),
        share_b=round(sum(len(tokens_b[j]) for _, j, _ in pairs) / total_b, 3),
        spans=_spans([(a[i], b[j]) for i, j, _ in pairs]),
    )


def _spans(pairs: list[tuple[Line, Line]]) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """Runs of copied sentences that follow each other in both documents."""
    spans: list[tuple[tuple[int, int], tuple[int, int], int]] = []
    run: list[tuple[Line, Line]] = []
    for pa, pb in pairs:
        last_a, last_b = run[-1] if run else (None, None)
        if (
            last_a
            and last_b
            and (pa.position, pb.position) == (last_a.position + 1, last_b.position + 1)
        ):
            run.append((pa, pb))
            continue
        if run:
            spans.append(_span(run))
        run = [(pa, pb)]
    if run:
        spans.append(_span(run))
    return spans


def _span(run: list[tuple[Line, Line]]) -> tuple[tuple[int, int], tuple[int, int], int]:
    return (run[0][0].line, run[-1][0].end_line), (run[0][1].line, run[-1][1].end_line), len(run)


def is_copy(found: Shared) -> bool:
    """Whether two documents copy each other: a run of copied sentences, or several.

    One shared sentence is not enough: two reports of the same claim, or a quote, often agree
    word for word in the one sentence that states it.
    """
    longest = max((n for _, _, n in found.spans), default=0)
    return longest >= MIN_RUN or len(found.pairs) >= MIN_SCATTERED
