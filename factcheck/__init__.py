"""factcheck: check claims against your own archive, every passage cited as file:line."""

from .builder import build_index
from .errors import FactcheckError
from .index import Index
from .models import Document, Hit, IndexInfo, IndexStats, SearchResult, Sentence

__all__ = [
    "Document", "FactcheckError", "Hit", "Index", "IndexInfo", "IndexStats", "SearchResult",
    "Sentence", "build_index",
]  # fmt: skip
__version__ = "0.1.0"
