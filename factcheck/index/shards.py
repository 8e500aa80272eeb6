"""Shards: an index split into N parts, each its own SQLite store, FAISS file and BM25 arrays.

A document belongs to shard ``shard_of(path, N)``: a stable hash of its path, so it stays in
its shard from run to run and on any machine. Shards are built independently (by one process
or by Ray workers) and searched together: a sentence or document id is global,
``local id * N + shard``, so the ids the shards' FAISS and BM25 files hold, and those a search
returns, name their shard. With one shard, global ids are the store's own.

``Stores`` reads the shards' stores as one.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

import numpy as np

from ..models import FoundDate, Passage
from .store import DatedDocument, Store, TableHead

#: The most shards an index may have.
MAX_SHARDS = 1024
T = TypeVar("T", int, np.ndarray)
V = TypeVar("V")


def shard_of(path: str, shards: int) -> int:
    """The shard of a document (its path relative to the archive's root)."""
    if shards == 1:
        return 0
    key = hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=8).digest()
    return int.from_bytes(key, "big") % shards


def shard_dir(gen_dir: Path, shard: int, shards: int) -> Path:
    """Where a shard's files lie in a generation (one shard: the generation folder itself)."""
    return gen_dir if shards == 1 else gen_dir / f"shard-{shard:03d}"


def cache_file(cache: str, shard: int, shards: int) -> str:
    """The file name of a shard's vector cache (``cache`` as the manifest names it)."""
    return cache if shards == 1 else f"{cache.removesuffix('.sqlite')}-s{shard:03d}.sqlite"


def cache_owner(name: str) -> str | None:
    """The manifest's cache name a file belongs to (a shard's cache, a -wal or -shm file)."""
    match = re.match(r"(cache-\d+)(?:-s\d+)?\.sqlite", name)
    return f"{match.group(1)}.sqlite" if match else None


def global_id(local: T, shard: int, shards: int) -> T:
    """The global id of a shard's local id (or array of ids)."""
    return local * shards + shard


def split_id(ident: int, shards: int) -> tuple[int, int]:
    """(shard, local id) of a global id."""
    return ident % shards, ident // shards


class Stores:
    """The stores of all shards, read as one store (the methods readers use), ids global."""

    def __init__(self, stores: Sequence[Store]) -> None:
        self.parts = list(stores)
        self.n = len(self.parts)

    def close(self) -> None:
        for store in self.parts:
            store.close()

    @property
    def schema_version(self) -> int:
        return min(s.schema_version for s in self.parts)

    def _by_shard(self, paths: Sequence[str]) -> dict[int, list[str]]:
        groups: dict[int, list[str]] = {}
        for path in paths:
            groups.setdefault(shard_of(path, self.n), []).append(path)
        return groups

    def titles(self, paths: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for shard, group in self._by_shard(paths).items():
            out |= self.parts[shard].titles(group)
        return out

    def openings(self, paths: Sequence[str], n: int = 6) -> dict[str, list[Passage]]:
        out: dict[str, list[Passage]] = {}
        for shard, group in self._by_shard(paths).items():
            for path, passages in self.parts[shard].openings(group, n).items():
                out[path] = [self._global(p, shard) for p in passages]
        return out

    def closings(self, paths: Sequence[str], n: int = 3) -> dict[str, str]:
        out: dict[str, str] = {}
        for shard, group in self._by_shard(paths).items():
            out |= self.parts[shard].closings(group, n)
        return out

    def document_dates(self, paths: Sequence[str]) -> dict[str, DatedDocument]:
        out: dict[str, DatedDocument] = {}
        for shard, group in self._by_shard(paths).items():
            for path, doc in self.parts[shard].document_dates(group).items():
                out[path] = doc._replace(id=global_id(doc.id, shard, self.n))
        return out

    def lines(self, doc_id: int) -> list[tuple[str, int, int, int]]:
        shard, local = split_id(doc_id, self.n)
        return self.parts[shard].lines(local)

    def catalogue(self) -> list[tuple[str, str, str, int]]:
        return list(heapq.merge(*(s.catalogue() for s in self.parts)))

    def dated(self, day: date) -> list[str]:
        return sorted(p for store in self.parts for p in store.dated(day))

    def all_dates(self) -> list[tuple[str, list[FoundDate]]]:
        return list(heapq.merge(*(s.all_dates() for s in self.parts), key=lambda r: r[0]))

    def _global(self, passage: Passage, shard: int) -> Passage:
        if self.n == 1:
            return passage
        return passage.model_copy(update={"id": global_id(passage.id, shard, self.n)})

    def passages(self, ids: Sequence[int]) -> dict[int, tuple[Passage, int, int]]:
        """global id -> (passage, global document id, position in document)."""
        groups: dict[int, list[int]] = {}
        for ident in ids:
            shard, local = split_id(ident, self.n)
            groups.setdefault(shard, []).append(local)
        out: dict[int, tuple[Passage, int, int]] = {}
        for shard, locals_ in groups.items():
            for local, (passage, doc_id, position) in self.parts[shard].passages(locals_).items():
                out[global_id(local, shard, self.n)] = (
                    self._global(passage, shard),
                    global_id(doc_id, shard, self.n),
                    position,
                )
        return out

    def table_headers(self, ids: Sequence[int]) -> dict[int, str]:
        return self._by_id(ids, Store.table_headers)

    def table_captions(self, ids: Sequence[int]) -> dict[int, str]:
        return self._by_id(ids, Store.table_captions)

    def table_heads(self, ids: Sequence[int]) -> dict[int, TableHead]:
        return self._by_id(ids, Store.table_heads)

    def tables(self, ids: Sequence[int]) -> dict[int, list[str]]:
        return self._by_id(ids, Store.tables)

    def table_rows(self, ids: Sequence[int], limit: int) -> dict[int, list[Passage]]:
        return {
            ident: [self._global(p, split_id(ident, self.n)[0]) for p in passages]
            for ident, passages in self._by_id(
                ids, lambda store, local: store.table_rows(local, limit)
            ).items()
        }

    def line_starts(self, ids: Sequence[int]) -> dict[int, Passage]:
        return {
            ident: self._global(passage, split_id(ident, self.n)[0])
            for ident, passage in self._by_id(ids, Store.line_starts).items()
        }

    def near(
        self, ids: Sequence[int], words: Sequence[str], reach: int
    ) -> dict[int, list[Passage]]:
        return {
            ident: [self._global(p, split_id(ident, self.n)[0]) for p in passages]
            for ident, passages in self._by_id(
                ids, lambda store, local: store.near(local, words, reach)
            ).items()
        }

    def _by_id(
        self, ids: Sequence[int], read: Callable[[Store, Sequence[int]], dict[int, V]]
    ) -> dict[int, V]:
        """``read`` on each shard's store for its local ids, keyed by global id."""
        groups: dict[int, list[int]] = {}
        for ident in ids:
            shard, local = split_id(ident, self.n)
            groups.setdefault(shard, []).append(local)
        out: dict[int, V] = {}
        for shard, locals_ in groups.items():
            for local, value in read(self.parts[shard], locals_).items():
                out[global_id(local, shard, self.n)] = value
        return out

    def neighbours(self, doc_id: int, position: int, n: int) -> tuple[list[Passage], list[Passage]]:
        shard, local = split_id(doc_id, self.n)
        before, after = self.parts[shard].neighbours(local, position, n)
        return [self._global(p, shard) for p in before], [self._global(p, shard) for p in after]

    def counts(self) -> tuple[int, int, int]:
        """(documents, sentences, distinct sentence texts: per shard, summed)."""
        parts = [s.counts() for s in self.parts]
        return tuple(sum(c[i] for c in parts) for i in range(3))  # type: ignore[return-value]

    def formats(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for store in self.parts:
            total.update(store.formats())
        return dict(total)
