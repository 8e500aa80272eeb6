"""BM25 over sentences (bm25s: sparse scores, saved as .npy/.json, no pickle).

Tokens keep what embeddings blur: model names ("SU7", "ID.4"), numbers ("7,000" -> "7000",
"$1.5" -> "1.5"), and rare proper names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..language import lexicon

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[.'’-][^\W_]+)*")
_STOP = frozenset(lexicon.words("search_stopwords.txt"))


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens, English stop words removed."""
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
    return tokens


class Lexical:
    """A BM25 index whose rows map to sentence ids."""

    def __init__(self, retriever, ids: np.ndarray) -> None:  # noqa: ANN001 - bm25s.BM25
        self.retriever = retriever
        self.ids = ids

    @classmethod
    def build(cls, ids: np.ndarray, texts: Sequence[str]) -> Lexical:
        import bm25s

        retriever = bm25s.BM25()
        corpus = [tokenize(t) or ["∅"] for t in texts]
        if corpus:
            retriever.index(corpus, show_progress=False)
        return cls(retriever, ids)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "ids.npy", self.ids, allow_pickle=False)
        if len(self.ids):
            self.retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> Lexical:
        import bm25s

        ids = np.load(folder / "ids.npy", allow_pickle=False)
        retriever = bm25s.BM25.load(str(folder), mmap=True) if len(ids) else None
        return cls(retriever, ids)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """(sentence id, BM25 score) of the best ``k`` sentences sharing a token with the query."""
        tokens = [t for t in tokenize(query) if t in self._vocab()]
        if not tokens or self.retriever is None:
            return []
        k = min(k, len(self.ids))
        docs, scores = self.retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1)
        return [
            (int(self.ids[d]), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0
        ]

    def _vocab(self) -> dict:
        return self.retriever.vocab_dict if self.retriever is not None else {}
