"""An open index: hybrid search (FAISS + BM25, reciprocal rank fusion) and what it holds."""

from __future__ import annotations

import heapq
import os
from functools import cached_property
from pathlib import Path

import numpy as np

from .. import config
from ..errors import IndexDamagedError, IndexMismatchError, InputError
from ..models import Hit, IndexInfo, SearchResult, format_citation
from ..runtime.embed import Embedder, canonical_model_name, load_embedder
from .dense import FAISS_FILE, Dense
from .manifest import Manifest, check_generation, read_manifest
from .shards import Stores, shard_dir, split_id
from .sparse import Lexical, tokenize
from .store import Store

MODES = ("hybrid", "dense", "lexical")


def check_query(query: str) -> str:
    """The query stripped; InputError if it is empty or too long."""
    text = " ".join(query.split())
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # bytes that are not UTF-8 in a command-line argument arrive as lone surrogates
        raise InputError(
            "the query is not valid text (bytes that are not UTF-8, or a lone surrogate); "
            "give it as UTF-8"
        ) from None
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


def _leading(fused: dict[int, float], n: int) -> list[int]:
    """The ``n`` best-scored ids, and every id tied with the last of them: which copies of a
    tied sentence are cited is then settled by (path, line), never by retrieval order."""
    order = sorted(fused, key=lambda i: -fused[i])
    if len(order) <= n:
        return order
    floor = round(fused[order[n - 1]], 9)
    return [i for i in order if round(fused[i], 9) >= floor]


def rrf(rankings: list[dict[int, int]], k: int = config.RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: each id scores sum(1 / (k + rank)) over the rankings."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for key, rank in ranking.items():
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return scores


class Shard:
    """One shard of an open index: its store, FAISS and BM25 (these two loaded on first use)."""

    def __init__(self, folder: Path, repair: str) -> None:
        self.dir = folder
        self.repair = repair
        self.store = Store(folder / "store.sqlite", repair=repair)

    @cached_property
    def dense(self) -> Dense:
        try:
            return Dense(self.dir)
        except (RuntimeError, OSError, ValueError) as exc:  # FAISS / numpy on a damaged file
            raise self._damaged(self.dir / FAISS_FILE, exc) from exc

    @cached_property
    def lexical(self) -> Lexical:
        path = self.dir / "bm25"
        try:
            return Lexical.load(path)
        except (OSError, ValueError, KeyError) as exc:  # numpy / bm25s on a damaged file
            raise self._damaged(path, exc) from exc

    def _damaged(self, path: Path, exc: Exception) -> IndexDamagedError:
        why = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        return IndexDamagedError(
            f"{path}: cannot be read ({why}; the index is damaged); repair it with: {self.repair}"
        )


def merged(parts: list[list[tuple[int, float]]], k: int) -> list[tuple[int, float]]:
    """The best ``k`` of the shards' (id, score) lists, as one index would rank them."""
    if len(parts) == 1:
        return parts[0][:k]
    return heapq.nlargest(k, (hit for part in parts for hit in part), key=lambda h: h[1])


class Index:
    """A built index, opened read-only: one or more shards searched as one. Heavy parts
    (FAISS, BM25, the model) load on first use."""

    def __init__(self, index_dir: Path, manifest: Manifest, embedder: Embedder | None = None):
        self.dir = Path(index_dir)
        self.manifest = manifest
        self._embedder = embedder
        self.gen_dir = self.dir / manifest.generation_dir
        self.repair = manifest.repair_command(self.dir)
        self.shards = [
            Shard(shard_dir(self.gen_dir, k, manifest.shards), self.repair)
            for k in range(manifest.shards)
        ]
        self.store = Stores([s.store for s in self.shards])

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

    def dense(self, qvec: np.ndarray, depth: int) -> list[tuple[int, float]]:
        """(sentence id, cosine) of the ``depth`` nearest sentences over all shards."""
        return merged([s.dense.search(qvec, depth) for s in self.shards], depth)

    def lexical(self, query: str, depth: int) -> list[tuple[int, float]]:
        """(sentence id, BM25 score) of the ``depth`` best sentences over all shards (their
        scores are comparable: every shard is scored with the archive's statistics)."""
        tokens = tokenize(query)
        return merged([s.lexical.search(tokens, depth) for s in self.shards], depth)

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of the given sentence ids, in order."""
        out = np.zeros((len(ids), self.manifest.dimension), dtype=np.float32)
        groups: dict[int, list[int]] = {}
        for position, ident in enumerate(ids):
            groups.setdefault(split_id(ident, len(self.shards))[0], []).append(position)
        for shard, positions in groups.items():
            out[positions] = self.shards[shard].dense.vectors([ids[p] for p in positions])
        return out

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
            dense = self.dense(qvec, depth) if mode != "lexical" else []
            lexical = self.lexical(query, depth) if mode != "dense" else []
            dense_rank, lexical_rank = ranks(dense), ranks(lexical)
            fused = rrf([r for r in (dense_rank, lexical_rank) if r])
            hits = self._hits(qvec, fused, dense_rank, lexical_rank, k, context)
            results.append(SearchResult(query=query, mode=mode, hits=hits))
        return results

    def _hits(self, qvec, fused, dense_rank, lexical_rank, k, context) -> list[Hit]:  # noqa: ANN001
        order = _leading(fused, k * config.FUSED_FACTOR)
        rows = self.store.passages(order)
        sims = self.vectors(order) @ qvec if order else []
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

    def hits_of(self, ids: list[int], qvec: np.ndarray) -> list[Hit]:
        """The given sentences as hits for a query (``qvec``), in the order given, with their
        similarity to it and no rank: passages a reader adds to what the search found (a
        table's rows under the header it found)."""
        rows = self.store.passages(ids)
        order = [i for i in ids if i in rows]
        sims = self.vectors(order) @ qvec if order else []
        return [
            Hit(
                **rows[i][0].model_dump(),
                citation=format_citation(
                    rows[i][0].file, rows[i][0].line, rows[i][0].page, rows[i][0].para
                ),
                score=0.0, similarity=round(float(sim), 4),
            )
            for i, sim in zip(order, sims, strict=True)
        ]  # fmt: skip

    def info(self) -> IndexInfo:
        """What the index holds."""
        m = self.manifest
        size = sum(p.stat().st_size for p in self.dir.rglob("*") if p.is_file())
        documents, sentences, unique = self.store.counts()
        return IndexInfo(
            index_dir=str(self.dir), root=m.root, model=m.model, backend=m.backend,
            dimension=m.dimension, format_version=m.format_version, faiss=m.faiss, shards=m.shards,
            built_at=m.built_at, documents=documents, sentences=sentences,
            unique_sentences=unique, size_bytes=size, formats=self.store.formats(),
        )  # fmt: skip
