"""Loading models from local files only, shared by the embedder, its ONNX export and the NLI
cross-encoder: nothing may wait on a model hub."""

from __future__ import annotations

import os


def go_offline() -> None:
    """Tell Hugging Face libraries not to reach the network (HF_HUB_OFFLINE semantics)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def embedding_dimension(model) -> int | None:  # noqa: ANN001 - a SentenceTransformer
    """The embedding dimension (the method was renamed in sentence-transformers 6)."""
    getter = getattr(model, "get_embedding_dimension", None)
    getter = getter or model.get_sentence_embedding_dimension
    return getter()
