"""An open index: hybrid search (FAISS + BM25, reciprocal rank fusion) and what it holds."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

import numpy as np

from .. import config
from ..errors import IndexDamagedError, IndexMismatchError, InputError
from ..models import Hit, IndexInfo, SearchResult, format_citation
from ..runtime.embed import Embedder, canonical_model_name, load_embedder
from . import dense as vectors
from .manifest import Manifest, check_generation, read_manifest
from .sparse import Lexical
from .store import Store

MODES = ("hybrid", "dense", "lexical")


def check_query(query: str) -> str:
    """The query stripped; InputError if it is empty or too long."""
    text = " ".join(query.split())
    if not text:
        raise InputError("the query is empty; give a sentence or a few words to search for")
    if len(text) > config.MAX_QUERY_CHARS:
        raise InputError(
            f"the query is {len(text)} characters long; the limit is {config.MAX_QUERY_CHARS}"
        )
    return text


#: Scores equal to this many decimals tie (float32 cosines of one text agree to ~1e-7).
SCORE_DIGITS = 6


def ranks(scored: list[tuple[int, float]]) -> dict[int, int]:
    """1-based rank of each id, best score first; equal scores share the better rank, so a
    rank never depends on the ids' order (sentences with the same text, as a re-built or an
    incrementally updated index numbers them differently, tie)."""
    out: dict[int, int] = {}
    previous, rank = None, 0
    for position, (key, score) in enumerate(scored, start=1):
        value = round(score, SCORE_DIGITS)
        if value != previous:
            previous, rank = value, position
        out[key] = rank
    return out


def rrf(rankings: list[dict[int, int]], k: int = config.RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: each id scores sum(1 / (k + rank)) over the rankings."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for key, rank in ranking.items():
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return scores


class Index:
    """A built index, opened read-only. Heavy parts (FAISS, BM25, the model) load on first use."""

    def __init__(self, index_dir: Path, manifest: Manifest, embedder: Embedder | None = None):
        self.dir = Path(index_dir)
        self.manifest = manifest
        self._embedder = embedder
        self.gen_dir = self.dir / manifest.generation_dir
        self.repair = manifest.repair_command(self.dir)
        self.store = Store(self.gen_dir / "store.sqlite", repair=self.repair)

    @classmethod
    def open(
        cls, index_dir: str | Path | None = None, model: str | None = None,
        embedder: Embedder | None = None,
    ) -> Index:  # fmt: skip
        """Open the index at ``index_dir`` (default: config.index_dir()).

        ``model``, if given, must be the model the index was built with.
        """
        folder = config.index_dir(index_dir)
        manifest = read_manifest(folder)
        check_generation(folder, manifest)  # a stat per file; `info --check` reads them all
        wanted = model or (embedder.name if embedder else None)
        wanted = canonical_model_name(wanted) if wanted else None
        if wanted and wanted != manifest.model:
            raise IndexMismatchError(
                f"{folder} was built with model {manifest.model!r}, not {wanted!r}; search it "
                f"without --model, or rebuild it with: factcheck index {manifest.root} --rebuild "
                f"--model {wanted}"
            )
        return cls(folder, manifest, embedder)

    def close(self) -> None:
        self.store.close()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.manifest.model, self.manifest.backend)
            if self._embedder.dimension != self.manifest.dimension:
                raise IndexMismatchError(
                    f"model {self.manifest.model!r} now gives {self._embedder.dimension}-d "
                    f"vectors but {self.dir} holds {self.manifest.dimension}-d ones; rebuild with "
                    "factcheck index FOLDER --rebuild"
                )
        return self._embedder

    def check(self) -> None:
        """Read every file of the generation against its seal (IndexDamagedError if not)."""
        check_generation(self.dir, self.manifest, deep=True)

    @cached_property
    def faiss(self):  # noqa: ANN201
        path = self.gen_dir / "vectors.faiss"
        try:
            return vectors.load(path)
        except RuntimeError as exc:  # FAISS's own error for an unreadable file
            raise self._damaged(path, exc) from exc

    @cached_property
    def lexical(self) -> Lexical:
        path = self.gen_dir / "bm25"
        try:
            return Lexical.load(path)
        except (OSError, ValueError, KeyError) as exc:  # numpy / bm25s on a damaged file
            raise self._damaged(path, exc) from exc

    def _damaged(self, path: Path, exc: Exception) -> IndexDamagedError:
        why = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        return IndexDamagedError(
            f"{path}: cannot be read ({why}; the index is damaged); repair it with: {self.repair}"
        )

    def display_path(self, file: str) -> str:
        """A path for humans: relative to the working directory when the root is below it."""
        full = Path(self.manifest.root) / file
        try:
            rel = os.path.relpath(full)
        except ValueError:  # another drive
            return full.as_posix()
        return full.as_posix() if rel.startswith("..") else Path(rel).as_posix()

    def search(
        self, query: str, k: int = 10, context: int = 0, mode: str = "hybrid"
    ) -> SearchResult:
        """The ``k`` best passages for ``query``, fused from dense and lexical rankings."""
        return self.search_many([query], k, context, mode)[0]

    def search_many(
        self, queries: list[str], k: int = 10, context: int = 0, mode: str = "hybrid",
        query_vecs: np.ndarray | None = None,
    ) -> list[SearchResult]:  # fmt: skip
        """Search several queries at once (embedded in one batch unless ``query_vecs`` given)."""
        if mode not in MODES:
            raise InputError(f"unknown search mode {mode!r}; use one of: {', '.join(MODES)}")
        if not 1 <= k <= config.MAX_K:
            raise InputError(f"-k must be from 1 to {config.MAX_K:,} (got {k})")
        queries = [check_query(q) for q in queries]
        depth = max(config.MIN_CANDIDATES, k * config.CANDIDATE_FACTOR)
        if query_vecs is None:
            query_vecs = self.embedder.encode(queries)
        results = []
        for query, qvec in zip(queries, query_vecs, strict=True):
            dense = vectors.search(self.faiss, qvec, depth) if mode != "lexical" else []
            lexical = self.lexical.search(query, depth) if mode != "dense" else []
            dense_rank, lexical_rank = ranks(dense), ranks(lexical)
            fused = rrf([r for r in (dense_rank, lexical_rank) if r])
            hits = self._hits(qvec, fused, dense_rank, lexical_rank, k, context)
            results.append(SearchResult(query=query, mode=mode, hits=hits))
        return results

    def _hits(self, qvec, fused, dense_rank, lexical_rank, k, context) -> list[Hit]:  # noqa: ANN001
        order = sorted(fused, key=lambda i: -fused[i])[: k * config.FUSED_FACTOR]
        rows = self.store.passages(order)
        sims = vectors.reconstruct(self.faiss, order) @ qvec if order else []
        similarity = {i: float(s) for i, s in zip(order, sims, strict=True)}
        ranked = sorted(
            (i for i in order if i in rows),
            key=lambda i: (-round(fused[i], 9), rows[i][0].file, rows[i][0].line),
        )
        hits: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        for i in ranked:
            passage, doc_id, position = rows[i]
            key = (passage.file, passage.text)
            if key in seen:  # the same sentence repeated in one document: cite it once
                continue
            seen.add(key)
            before, after = (
                self.store.neighbours(doc_id, position, context) if context else ([], [])
            )
            hits.append(
                Hit(
                    **passage.model_dump(),
                    citation=format_citation(
                        passage.file, passage.line, passage.page, passage.para
                    ),
                    score=round(fused[i], 6),
                    similarity=round(similarity[i], 4),
                    dense_rank=dense_rank.get(i),
                    lexical_rank=lexical_rank.get(i),
                    before=before,
                    after=after,
                )
            )
            if len(hits) == k:
                break
        return hits

    def info(self) -> IndexInfo:
        """What the index holds."""
        m = self.manifest
        size = sum(p.stat().st_size for p in self.dir.rglob("*") if p.is_file())
        documents, sentences, unique = self.store.counts()
        return IndexInfo(
            index_dir=str(self.dir), root=m.root, model=m.model, backend=m.backend,
            dimension=m.dimension, format_version=m.format_version, faiss=m.faiss,
            built_at=m.built_at, documents=documents, sentences=sentences,
            unique_sentences=unique, size_bytes=size, formats=self.store.formats(),
        )  # fmt: skip
