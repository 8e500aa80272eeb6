"""The sentence embedder's ONNX export: a local sentence-transformers model, once, cached.

The exported graph takes the tokenizer's tensors and returns the pooled, normalized sentence
embedding, so a query needs onnxruntime and ``tokenizers`` only (no torch). The int8 variant is
per-channel dynamic quantization (onnxruntime), ~1.5x faster at mean cosine ~0.99 to fp32;
per-tensor int8 loses too much. Nothing is downloaded: the export reads the installed weights.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from .. import config
from ..errors import ModelError
from .offline import embedding_dimension
from .onnx import FP32, cached_export, mean_pool, torch_export

_POOLING = {"pooling_mode_mean_tokens": "mean", "pooling_mode_cls_token": "cls",
            "pooling_mode_max_tokens": "max"}  # fmt: skip


def _model_key(model_dir: Path) -> str:
    digest = hashlib.sha256(str(model_dir).encode())
    for file in sorted(model_dir.rglob("*")):
        if file.is_file():
            stat = file.stat()
            digest.update(f"{file.relative_to(model_dir)}:{stat.st_size}".encode())
    return digest.hexdigest()[:16]


def _exportable(model_dir: Path) -> str | None:
    """The pooling mode if the model is Transformer + Pooling (+ Normalize), else None."""
    modules_file = model_dir / "modules.json"
    if not modules_file.exists() or not (model_dir / "tokenizer.json").exists():
        return None
    modules = json.loads(modules_file.read_text())
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    if kinds not in (["Transformer", "Pooling", "Normalize"], ["Transformer", "Pooling"]):
        return None
    pooling_dir = model_dir / modules[1].get("path", "1_Pooling")
    pooling = json.loads((pooling_dir / "config.json").read_text())
    modes = [mode for key, mode in _POOLING.items() if pooling.get(key)]
    if len(modes) != 1 or any(
        pooling.get(k)
        for k in ("pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens")
    ):
        return None
    return modes[0]


def onnx_model_file(model_dir: Path, quantized: bool) -> Path | None:
    """The cached ONNX file for ``model_dir``, exporting it first if needed.

    Returns None when the model's architecture is not one the export handles (the caller then
    uses torch).
    """
    pooling = _exportable(model_dir)
    if pooling is None:
        return None
    target = config.cache_dir() / "onnx" / _model_key(model_dir)
    if not (target / "spec.json").exists():
        shutil.rmtree(target, ignore_errors=True)  # an export from before spec.json: again
    try:
        return cached_export(
            target, quantized, lambda work: _export(model_dir, pooling, work), keep=True
        )
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(
            f"could not export {model_dir} to ONNX ({exc}); use --backend torch"
        ) from exc


def _export(model_dir: Path, pooling: str, out: Path) -> None:
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu")
    normalize = len(model) == 3
    transformer = model[0].auto_model.eval()
    tokenizer = model.tokenizer
    sample = tokenizer(
        ["one sentence", "and another, longer one"], padding=True, return_tensors="pt"
    )
    inputs = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in sample]

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            feeds = dict(zip(inputs, tensors, strict=True))
            hidden = self.transformer(**feeds).last_hidden_state
            mask = feeds["attention_mask"]
            if pooling == "cls":
                emb = hidden[:, 0]
            elif pooling == "max":
                m = mask.unsqueeze(-1).to(hidden.dtype)
                emb = (hidden - (1 - m) * 1e9).max(dim=1).values
            else:
                emb = mean_pool(hidden, mask)
            return torch.nn.functional.normalize(emb, p=2, dim=1) if normalize else emb

    torch_export(Pooled(), [sample[k] for k in inputs], inputs, "sentence_embedding", out / FP32)
    spec = {
        "dimension": embedding_dimension(model),
        "max_length": int(model.max_seq_length or 512),
        "inputs": inputs,
        "pooling": pooling,
        "normalize": normalize,
        "pad_id": int(tokenizer.pad_token_id or 0),
        "pad_token": str(tokenizer.pad_token or "[PAD]"),
        "source": str(model_dir),
    }
    (out / "spec.json").write_text(json.dumps(spec, indent=2))
