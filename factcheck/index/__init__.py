"""The index: built once and updated incrementally (``build``), opened and searched (``search``).

``store`` (SQLite: documents, sentences, the vector cache), ``dense`` (FAISS), ``sparse``
(BM25) and ``manifest`` (the live generation and its seal) are its parts.
"""

from .build import build_index
from .search import Index

__all__ = ["Index", "build_index"]
