"""FAISS: sentence vectors keyed by sentence id (L2-normalized, inner product = cosine)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .. import config
from ..errors import FactcheckError


def _faiss():  # noqa: ANN202
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - a dependency
        raise FactcheckError("faiss is not installed; run: pip install faiss-cpu") from exc
    faiss.omp_set_num_threads(config.threads())
    return faiss


def kind_for(count: int) -> str:
    """Exact search up to HNSW_THRESHOLD sentences, HNSW (approximate) above."""
    return "hnsw32" if count > config.HNSW_THRESHOLD else "flat"


def build(ids: np.ndarray, vectors: np.ndarray, kind: str):  # noqa: ANN201 - faiss.Index
    faiss = _faiss()
    dim = vectors.shape[1]
    if kind == "hnsw32":
        inner = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 80
    else:
        inner = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap2(inner)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return index


def save(index, path: Path) -> None:  # noqa: ANN001
    _faiss().write_index(index, str(path))


def load(path: Path):  # noqa: ANN201
    faiss = _faiss()
    return faiss.read_index(str(path), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)


def search(index, query: np.ndarray, k: int) -> list[tuple[int, float]]:  # noqa: ANN001
    """(sentence id, cosine) of the ``k`` nearest sentences."""
    if index.ntotal == 0:
        return []
    faiss = _faiss()
    inner = faiss.downcast_index(index.index)
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = max(128, 2 * k)
    sims, ids = index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
    return [(int(i), float(s)) for i, s in zip(ids[0], sims[0], strict=True) if i >= 0]


def reconstruct(index, ids: list[int]) -> np.ndarray:  # noqa: ANN001
    """Stored vectors of the given sentence ids."""
    return np.vstack([index.reconstruct(int(i)) for i in ids]) if ids else np.zeros((0, index.d))
