"""FAISS: sentence vectors keyed by sentence id (L2-normalized, inner product = cosine).

The index type follows the archive's size (``kind_for``): exact Flat, then HNSW, then IVF-PQ.
IVF-PQ keeps 48 bytes a vector in memory; its candidates are re-scored with the exact vectors,
kept beside it in a memory-mapped float16 file (``exact.npy``), so the similarities it returns
and ranks by are true cosines (to float16 precision, about 1e-3), not PQ estimates.

Vectors are added in chunks (``DenseWriter``): a build never holds them all in memory, except
what Flat and HNSW keep by design.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .. import config
from ..errors import FactcheckError

FAISS_FILE = "vectors.faiss"
EXACT_FILE = "exact.npy"  # float16 vectors, one row per sentence (IVF-PQ only)
EXACT_IDS = "exact-ids.npy"  # the sentence ids, ascending
EXACT_ROWS = "exact-rows.npy"  # the row of each id in EXACT_IDS


def _faiss():  # noqa: ANN202
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - a dependency
        raise FactcheckError("faiss is not installed; run: pip install faiss-cpu") from exc
    faiss.omp_set_num_threads(config.threads())
    return faiss


def kind_for(count: int) -> str:
    """Exact search up to HNSW_THRESHOLD sentences, HNSW up to IVFPQ_THRESHOLD, IVF-PQ above."""
    if count > config.IVFPQ_THRESHOLD:
        return "ivfpq"
    return "hnsw32" if count > config.HNSW_THRESHOLD else "flat"


def ivf_lists(count: int) -> int:
    """IVF lists for ``count`` vectors: about sqrt(count), a power of two, 64 to 65,536
    (1,024 at 1M: ~1,000 vectors a list, of which ``IVF_NPROBE`` are scanned a query)."""
    return int(2 ** round(np.log2(max(64, min(65_536, np.sqrt(max(count, 1)))))))


def pq_subvectors(dimension: int) -> int:
    """PQ sub-vectors: the most that divide the dimension and keep PQ_DIMENSIONS apiece."""
    return next(
        m for m in range(max(1, dimension // config.PQ_DIMENSIONS), 0, -1) if dimension % m == 0
    )


class DenseWriter:
    """Writes one shard's FAISS index (and, for IVF-PQ, its exact vectors) chunk by chunk."""

    def __init__(
        self, folder: Path, kind: str, dimension: int, count: int, train: np.ndarray | None
    ) -> None:
        faiss = _faiss()
        self.folder, self.kind, self.count = folder, kind, count
        self.row = 0
        self.ids = np.empty(count, dtype=np.int64)
        self.exact = None
        if kind == "ivfpq":
            quantizer = faiss.IndexFlatIP(dimension)
            lists = ivf_lists(count)
            self.index = faiss.IndexIVFPQ(
                quantizer, dimension, lists, pq_subvectors(dimension), 8,
                faiss.METRIC_INNER_PRODUCT,
            )  # fmt: skip
            if train is None or len(train) < lists:
                raise FactcheckError(f"IVF-PQ needs at least {lists} training vectors")
            self.index.train(np.ascontiguousarray(train, dtype=np.float32))
            self.exact = np.lib.format.open_memmap(
                folder / EXACT_FILE, mode="w+", dtype=np.float16, shape=(count, dimension)
            )
        else:
            if kind == "hnsw32":
                inner = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
                inner.hnsw.efConstruction = 80
            else:
                inner = faiss.IndexFlatIP(dimension)
            self.index = faiss.IndexIDMap2(inner)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.index.add_with_ids(vectors, ids.astype(np.int64))
        end = self.row + len(ids)
        self.ids[self.row : end] = ids
        if self.exact is not None:
            self.exact[self.row : end] = vectors
        self.row = end

    def close(self) -> None:
        """Write the index (and the exact vectors' id lookup) to the folder."""
        if self.row != self.count:
            raise FactcheckError(f"{self.folder}: {self.row} vectors added, {self.count} expected")
        _faiss().write_index(self.index, str(self.folder / FAISS_FILE))
        if self.exact is not None:
            self.exact.flush()
            del self.exact
            order = np.argsort(self.ids, kind="stable")
            np.save(self.folder / EXACT_IDS, self.ids[order], allow_pickle=False)
            np.save(self.folder / EXACT_ROWS, order.astype(np.int64), allow_pickle=False)


def training_rows(count: int, kind: str) -> np.ndarray:
    """The rows (archive order) whose vectors train IVF-PQ: an even spread, 40 per list (FAISS
    asks for 39); none for the other kinds."""
    if kind != "ivfpq":
        return np.zeros(0, dtype=np.int64)
    wanted = min(count, 40 * ivf_lists(count))
    return np.unique(np.linspace(0, count - 1, wanted).astype(np.int64))


class Dense:
    """One shard's vectors, opened read-only (FAISS memory-mapped where it can be)."""

    def __init__(self, folder: Path) -> None:
        faiss = _faiss()
        self.index = faiss.read_index(
            str(folder / FAISS_FILE), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY
        )
        self.exact = None
        if (folder / EXACT_FILE).exists():
            self.exact = np.load(folder / EXACT_FILE, mmap_mode="r")
            self.exact_ids = np.load(folder / EXACT_IDS, mmap_mode="r")
            self.exact_rows = np.load(folder / EXACT_ROWS, mmap_mode="r")
            self.index.nprobe = config.IVF_NPROBE
        else:
            inner = faiss.downcast_index(self.index.index)
            self.hnsw = inner.hnsw if isinstance(inner, faiss.IndexHNSW) else None

    @property
    def dimension(self) -> int:
        return int(self.index.d)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(sentence id, cosine) of the ``k`` nearest sentences, best first."""
        if self.index.ntotal == 0:
            return []
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if self.exact is None:
            if self.hnsw is not None:
                self.hnsw.efSearch = max(config.HNSW_EF_SEARCH, 2 * k)
            sims, ids = self.index.search(query, k)
            return [(int(i), float(s)) for i, s in zip(ids[0], sims[0], strict=True) if i >= 0]
        wide = max(k * config.RESCORE_FACTOR, config.RESCORE_MIN)
        _, ids = self.index.search(query, wide)
        found = [int(i) for i in ids[0] if i >= 0]
        exact = self.vectors(found) @ query[0]
        best = np.argsort(-exact, kind="stable")[:k]
        return [(found[j], float(exact[j])) for j in best]

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of the given sentence ids (float32)."""
        if not ids:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.exact is None:
            return np.vstack([self.index.reconstruct(int(i)) for i in ids])
        wanted = np.asarray(ids, dtype=np.int64)
        rows = np.asarray(self.exact_rows[np.searchsorted(self.exact_ids, wanted)])
        order = np.argsort(rows)  # read the memory map in file order
        out = np.empty((len(ids), self.dimension), dtype=np.float32)
        out[order] = self.exact[rows[order]]
        return out
