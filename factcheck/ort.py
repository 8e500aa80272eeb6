"""onnxruntime sessions set up for a small CPU machine (shared by the embedder and the
stance cross-encoder)."""

from __future__ import annotations

from pathlib import Path

from . import config


def session(model_file: Path):  # noqa: ANN201 - onnxruntime.InferenceSession
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = config.threads()
    options.inter_op_num_threads = 1
    # Spinning worker threads would starve FAISS and BM25 on a 2-core machine.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
