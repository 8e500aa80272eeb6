"""An optional NLI cross-encoder (sentence-transformers ``CrossEncoder``), loaded offline.

Its label order is read from the model's own config (``id2label``), never assumed: the label
names must contain "entail", "contradict" and, optionally, "neutral".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..runtime.onnx import softmax
from .signals import NliReading

LABEL_KEYS = {"entail": "entailment", "contradict": "contradiction", "neutral": "neutral"}


def label_map(id2label: dict) -> dict[int, str]:
    """Model output index -> entailment / contradiction / neutral, from the config."""
    mapping = {}
    for idx, name in id2label.items():
        low = str(name).lower()
        for key, label in LABEL_KEYS.items():
            if key in low:
                mapping[int(idx)] = label
    found = set(mapping.values())
    if not {"entailment", "contradiction"} <= found:
        raise ModelError(
            f"the NLI model's labels {sorted(map(str, id2label.values()))} do not name "
            "entailment and contradiction; use an NLI cross-encoder (id2label in config.json)"
        )
    return mapping


class NliModel:
    def __init__(self, name: str) -> None:
        from ..runtime.offline import go_offline

        go_offline()
        path = Path(name).expanduser()
        try:
            from sentence_transformers import CrossEncoder

            self.model = CrossEncoder(str(path if path.is_dir() else name), device="cpu")
        except Exception as exc:
            raise ModelError(
                f"NLI model {name!r} cannot be loaded offline ({type(exc).__name__}); pass "
                "--nli-model with a local cross-encoder folder"
            ) from exc
        config = getattr(self.model, "config", None) or self.model.model.config
        self.labels = label_map(dict(config.id2label))
        self.name = name

    def scores(self, pairs: list[tuple[str, str]]) -> list[NliReading]:
        """Probabilities of entailment, contradiction (and neutral) for (passage, claim) pairs."""
        if not pairs:
            return []
        logits = np.asarray(
            self.model.predict(
                [list(p) for p in pairs], batch_size=32, show_progress_bar=False,
                apply_softmax=False,
            ),
            dtype=np.float64,
        )  # fmt: skip
        if logits.ndim == 1:
            logits = logits[None, :]
        probs = softmax(logits)
        return [
            NliReading.of({self.labels[i]: float(row[i]) for i in self.labels}) for row in probs
        ]
