"""onnxruntime sessions set up for a small CPU machine (shared by the embedder and the
stance cross-encoder)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .. import config


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Keep third-party chatter that tells a user nothing off the terminal while a model is
    exported: transformers' "Loading weights" bar, onnxruntime's quantization advice (logged
    on the root logger), torch's export warnings. Errors still raise."""
    import logging
    import warnings

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    root.setLevel(logging.ERROR)
    hf = None
    try:
        from transformers.utils import logging as hf

        verbosity = hf.get_verbosity()
        hf.set_verbosity_error()
        hf.disable_progress_bar()
    except ImportError:  # the ONNX path needs no transformers; nothing to quiet then
        hf = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        # (onnxruntime's quantizer calls logging.basicConfig: a handler it leaves on the root
        # logger would print every library's debug lines afterwards, bm25s's among them)
        root.setLevel(level)
        root.handlers[:] = handlers
        if hf is not None:
            hf.set_verbosity(verbosity)
            hf.enable_progress_bar()


def session(model_file: Path, threads: int | None = None):  # noqa: ANN201 - InferenceSession
    """A CPU session with ``threads`` intra-op threads (default: config.threads())."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or config.threads()
    options.inter_op_num_threads = 1
    # Spinning worker threads would starve FAISS and BM25 on a 2-core machine.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
