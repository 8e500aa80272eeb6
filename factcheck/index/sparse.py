"""BM25 over sentences: scored with the statistics of the whole archive, searched with bm25s.

Tokens keep what embeddings blur: model names ("SU7", "ID.4"), numbers ("7,000" -> "7000",
"$1.5" -> "1.5"), and rare proper names.

An index may be split into shards. For their scores to be comparable (and a sharded index to
rank exactly as one index would), every shard's BM25 matrix is computed here with the
*archive's* document frequencies, document count and mean length (``Statistics``, summed over
the shards), not the shard's own. The matrix is written in bm25s's format (sparse scores as
.npy and .json, no pickle), which bm25s memory-maps and searches.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from ..language import lexicon

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[.'’-][^\W_]+)*")
_STOP = frozenset(lexicon.words("search_stopwords.txt"))
#: The token of a sentence with none of its own (it keeps a length of 1, as in bm25s).
EMPTY = "∅"
#: BM25 parameters (bm25s's defaults, Lucene's idf).
K1, B = 1.5, 0.75


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens, English stop words removed; a hyphenated word is
    also each of its parts ("work-release" is found by "work release", and the other way)."""
    tokens = []
    for match in _TOKEN.finditer(text.lower()):
        token = match.group()
        if token[0].isdigit():
            token = re.sub(r",(?=\d{3}\b)", "", token)
        else:
            token = token.replace("’", "'")
            if token.endswith("'s"):
                token = token[:-2]
        if token and token not in _STOP:
            tokens.append(token)
        if "-" in token and not token[0].isdigit():
            tokens += [part for part in token.split("-") if part and part not in _STOP]
    return tokens


class Statistics(BaseModel):
    """What BM25 needs to know of a whole archive: sentences, tokens, document frequencies."""

    sentences: int = 0
    tokens: int = 0
    df: dict[str, int] = {}

    @classmethod
    def of(cls, texts: Iterable[str]) -> Statistics:
        """The statistics of some sentences (one shard's), read once."""
        df: Counter[str] = Counter()
        sentences = tokens = 0
        for text in texts:
            words = tokenize(text) or [EMPTY]
            sentences += 1
            tokens += len(words)
            df.update(set(words))
        return cls(sentences=sentences, tokens=tokens, df=dict(df))

    @classmethod
    def total(cls, parts: Sequence[Statistics]) -> Statistics:
        """The statistics of the archive, from its shards'."""
        df: Counter[str] = Counter()
        for part in parts:
            df.update(part.df)
        return cls(
            sentences=sum(p.sentences for p in parts),
            tokens=sum(p.tokens for p in parts),
            df=dict(df),
        )

    def idf(self, token: str) -> float:
        df = self.df.get(token, 0)
        return math.log(1 + (self.sentences - df + 0.5) / (df + 0.5))


class Lexical:
    """A BM25 index whose rows map to sentence ids."""

    def __init__(self, retriever, ids: np.ndarray) -> None:  # noqa: ANN001 - bm25s.BM25
        self.retriever = retriever
        self.ids = ids

    @classmethod
    def build(cls, ids: np.ndarray, texts: Iterable[str], stats: Statistics) -> Lexical:
        """The BM25 matrix of ``texts`` (one per id, read once, in order), scored with the
        archive's ``stats``. Memory: a few bytes per (sentence, token) pair, never the texts."""
        import bm25s

        vocab: dict[str, int] = {}
        rows, cols, tfs = array("i"), array("i"), array("f")
        lengths = array("i")
        for row, text in enumerate(texts):
            counts = Counter(tokenize(text) or [EMPTY])
            lengths.append(sum(counts.values()))
            for token, tf in counts.items():
                rows.append(row)
                cols.append(vocab.setdefault(token, len(vocab)))
                tfs.append(tf)
        retriever = bm25s.BM25()
        if len(lengths):
            retriever.scores = _matrix(rows, cols, tfs, lengths, vocab, stats)
            retriever.vocab_dict = vocab
            retriever.nonoccurrence_array = None  # (Lucene BM25 has none)
        return cls(retriever if len(lengths) else None, ids)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "ids.npy", self.ids, allow_pickle=False)
        if self.retriever is not None:
            self.retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> Lexical:
        import bm25s

        ids = np.load(folder / "ids.npy", allow_pickle=False)
        retriever = bm25s.BM25.load(str(folder), mmap=True) if len(ids) else None
        return cls(retriever, ids)

    def search(self, tokens: Sequence[str], k: int) -> list[tuple[int, float]]:
        """(sentence id, BM25 score) of the best ``k`` sentences holding a query token, best
        first. A sentence's score adds its tokens' scores in the query's order, in float32,
        whichever way it is computed (and in whichever shard), so equal inputs score alike."""
        if self.retriever is None:
            return []
        vocab, matrix = self.retriever.vocab_dict, self.retriever.scores
        indptr, rows, data = matrix["indptr"], matrix["indices"], matrix["data"]
        columns = [vocab[t] for t in tokens if t in vocab]
        spans = [(int(indptr[c]), int(indptr[c + 1])) for c in columns]
        if not spans:
            return []
        if sum(end - start for start, end in spans) < matrix["num_docs"] // 8:
            # few postings: add them up over just the sentences they name
            found, where = np.unique(
                np.concatenate([rows[s:e] for s, e in spans]), return_inverse=True
            )
            scores = np.zeros(len(found), dtype=np.float32)
            at = 0
            for start, end in spans:
                np.add.at(scores, where[at : at + end - start], data[start:end])
                at += end - start
        else:  # common tokens: one score per sentence of the shard (bm25s does the same)
            found = None
            scores = np.zeros(matrix["num_docs"], dtype=np.float32)
            for start, end in spans:
                np.add.at(scores, rows[start:end], data[start:end])
        k = min(k, len(scores))
        best = np.argpartition(-scores, k - 1)[:k]
        best = best[np.argsort(-scores[best], kind="stable")]
        sentences = found[best] if found is not None else best
        return [
            (int(self.ids[s]), float(scores[j]))
            for s, j in zip(sentences, best, strict=True)
            if scores[j] > 0
        ]


def _matrix(
    rows: array, cols: array, tfs: array, lengths: array, vocab: dict[str, int],
    stats: Statistics,
) -> dict:  # fmt: skip
    """bm25s's scores dict: a CSC matrix (sentences x tokens) of Lucene BM25 scores."""
    row = np.frombuffer(rows, dtype=np.int32)
    col = np.frombuffer(cols, dtype=np.int32)
    tf = np.frombuffer(tfs, dtype=np.float32).astype(np.float64)
    length = np.frombuffer(lengths, dtype=np.int32).astype(np.float64)
    idf = np.array([stats.idf(t) for t in vocab], dtype=np.float64)
    mean_length = stats.tokens / stats.sentences
    norm = K1 * ((1 - B) + B * length[row] / mean_length)
    scores = (idf[col] * tf / (norm + tf)).astype(np.float32)
    order = np.lexsort((row, col))  # by token, then sentence
    indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    np.cumsum(np.bincount(col, minlength=len(vocab)), out=indptr[1:])
    return {
        "data": scores[order],
        "indices": row[order],
        "indptr": indptr,
        "num_docs": len(lengths),
    }
