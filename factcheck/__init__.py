"""factcheck: check claims against your own archive, every passage cited as file:line.

The main objects, importable from here::

    from factcheck import Index, Verifier, build_index

    build_index("archive/", "index/")
    verdict = Verifier(Index.open("index/")).verify("Tesla surpassed Toyota in market cap")

``Verifier``, ``Tracer``, ``review`` and ``run_batch`` are imported on first use, so
``import factcheck`` (and ``factcheck --help``) stays quick.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from .errors import FactcheckError
from .index import Index, build_index
from .models import (
    ClaimCheck,
    Document,
    Evidence,
    Hit,
    IndexInfo,
    IndexStats,
    ReviewReport,
    SearchResult,
    Sentence,
    Trace,
    TraceEntry,
    Verdict,
    Verification,
)

if TYPE_CHECKING:
    from .trace.tracer import Tracer
    from .verify.verifier import Verifier
    from .workflows.batch import run_batch
    from .workflows.review import review

#: name -> module, for the objects loaded on first use
_LAZY = {
    "Verifier": "verify.verifier", "Tracer": "trace.tracer", "run_batch": "workflows.batch",
    "review": "workflows.review",
}  # fmt: skip

__all__ = [
    "ClaimCheck", "Document", "Evidence", "FactcheckError", "Hit", "Index", "IndexInfo",
    "IndexStats", "ReviewReport", "SearchResult", "Sentence", "Trace", "TraceEntry", "Tracer",
    "Verdict", "Verification", "Verifier", "build_index", "review", "run_batch",
]  # fmt: skip

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0.0.0"


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whichever object was asked for
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
