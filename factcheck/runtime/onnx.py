"""ONNX for every model factcheck runs (the sentence embedder, the stance cross-encoder): the
one-time export from installed torch weights into a cache, per-channel int8 quantization,
onnxruntime sessions set up for a small CPU machine, and the numeric helpers both use.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

from .. import config

INT8 = "model.int8.onnx"
FP32 = "model.onnx"
OPSET = 17


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise probabilities of logits (n, k) or (k,), computed in float64."""
    z = np.asarray(logits, dtype=np.float64)
    p = np.exp(z - z.max(axis=-1, keepdims=True))
    return p / p.sum(axis=-1, keepdims=True)


def mean_pool(hidden, mask):  # noqa: ANN001, ANN201 - torch tensors
    """Mean of the token vectors under the attention mask (sentence-transformers' pooling)."""
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def cached_export(
    target: Path, quantized: bool, export: Callable[[Path], None], keep: bool = False
) -> Path:
    """``target/model[.int8].onnx``, built once: ``export(folder)`` writes ``model.onnx`` (and
    whatever the model needs beside it) into a private folder, int8 is derived from it, and
    the folder replaces ``target`` in one rename, so a crash leaves no half-written model.
    ``keep`` starts from what ``target`` already holds (fp32 exported, int8 asked later).
    Raises what ``export`` raises; the caller turns it into its own error."""
    name = INT8 if quantized else FP32
    if (target / name).exists():
        return target / name
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        if keep and target.exists():
            for file in target.iterdir():
                shutil.copy2(file, work / file.name)
        with quiet():
            if not (work / FP32).exists():
                export(work)
            if quantized and not (work / INT8).exists():
                from onnxruntime.quantization import QuantType, quantize_dynamic

                # per output channel: per-tensor int8 loses too much (mean cosine 0.958)
                quantize_dynamic(
                    str(work / FP32), str(work / INT8), per_channel=True,
                    weight_type=QuantType.QInt8,
                )  # fmt: skip
        backup = target.with_name(target.name + ".old")
        shutil.rmtree(backup, ignore_errors=True)
        if target.exists():
            target.rename(backup)
        work.rename(target)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target / name


def torch_export(
    module,
    sample: Sequence,
    inputs: list[str],
    output: str,
    path: Path,  # noqa: ANN001
) -> None:
    """Export a torch module taking ``inputs`` (batch x tokens) and returning ``output``
    (per batch row), with dynamic batch and length."""
    import warnings

    import torch

    axes = {k: {0: "batch", 1: "tokens"} for k in inputs}
    axes[output] = {0: "batch"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module.eval(), tuple(sample), str(path), input_names=inputs, output_names=[output],
            dynamic_axes=axes, opset_version=OPSET, dynamo=False,
        )  # fmt: skip


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
