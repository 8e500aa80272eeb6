"""A hostile archive indexed with the real model: what happens to each file, time, peak memory.

    .venv/bin/python bench/bench_hostile.py

Builds bench/out/hostile/ (a 50 MB one-line file, a 100,000-character sentence, binary files
named .txt, a 0-byte file, a FIFO, links out of the folder and in a loop, a folder 1,100 levels
deep, names with spaces, a newline and non-UTF-8 bytes, a truncated and an encrypted PDF, a
DOCX that is not a zip and one that inflates to 1 GB, HTML with script and style, UTF-16 and
cp1252 text, and three ordinary articles), runs ``factcheck index`` on it in its own process,
and prints a JSON report: seconds, peak RSS, and every skipped file with its reason.
"""

from __future__ import annotations

import io
import json
import os
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "out"
ARTICLE = (
    "Volkswagen agreed to pay about $700 million for a 4.99% stake in XPeng, the companies said "
    "on Wednesday. The two carmakers plan to build two electric models for China by 2026. "
)


def _pdf(text: str, encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    try:
        from reportlab.pdfgen import canvas

        pdf = canvas.Canvas(buf)
        pdf.drawString(72, 750, text)
        pdf.save()
    except ImportError:  # reportlab is a dev dependency; a blank page still tests the reader
        writer = PdfWriter()
        writer.add_blank_page(612, 792)
        writer.write(buf)
    if not encrypt:
        return buf.getvalue()
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_archive(root: Path) -> None:
    if root.exists():
        (root / "unreadable.txt").chmod(0o644) if (root / "unreadable.txt").exists() else None
        subprocess.run(["rm", "-rf", str(root)], check=True)  # (1,100 levels: rmtree recurses)
    root.mkdir(parents=True)
    (root / "article.txt").write_text(ARTICLE * 3)
    (root / "one-line-50mb.txt").write_text("word " * (10 * 2**20))
    (root / "sentence-100k.txt").write_text("Tesla " + "very " * 20_000 + "long sentence.\n")
    (root / "binary.txt").write_bytes(os.urandom(4096))
    (root / "nul-late.txt").write_bytes(b"Text first. " * 10_000 + b"\x00tail")
    (root / "empty.txt").write_bytes(b"")
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "outside.txt").symlink_to("/etc/hostname")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (root / "dir-loop").symlink_to(root, target_is_directory=True)
    deep = root
    for _ in range(1100):  # one level at a time: pathlib's mkdir(parents=True) recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "deep.txt").write_text(ARTICLE)
    (root / "name with spaces.txt").write_text(ARTICLE)
    (root / "new\nline.txt").write_text(ARTICLE)
    (root / os.fsdecode(b"latin-\xe9.txt")).write_text(ARTICLE)
    (root / "unreadable.txt").write_text(ARTICLE)
    (root / "unreadable.txt").chmod(0)
    pdf = _pdf("Quarterly report: deliveries rose 12% in 2024.")
    (root / "report.pdf").write_bytes(pdf)
    (root / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (root / "encrypted.pdf").write_bytes(_pdf("A secret page.", encrypt=True))
    (root / "not-a-zip.docx").write_bytes(b"PK\x03\x04 this is not really a zip file")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<a>" + " " * 2**30 + "</a>")
    (root / "bomb.docx").write_bytes(bomb.getvalue())
    (root / "script.html").write_text(
        "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
        f"<p>{ARTICLE}</p><script>document.write('x')</script></body></html>"
    )
    (root / "utf16.txt").write_text(ARTICLE + "Škoda in Zürich.", encoding="utf-16")
    (root / "cp1252.txt").write_bytes(("Citroën opened a plant in Besançon. " * 3).encode("cp1252"))


def main() -> None:
    root = OUT / "hostile"
    index_dir = OUT / "hostile-index"
    build_archive(root)
    shutil.rmtree(index_dir, ignore_errors=True)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", "from factcheck.cli import app; app()", "index", str(root),
         "--index", str(index_dir), "--json"],
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stats = json.loads(proc.stdout) if proc.returncode == 0 else {}
    report = {
        "exit": proc.returncode, "stderr": proc.stderr.strip()[-500:], "seconds": round(seconds, 1),
        "peak_rss_mib": round(peak), "documents": stats.get("documents"),
        "sentences": stats.get("sentences"),
        "indexed": sorted(stats.get("added", [])),
        "skipped": {s["path"]: s["reason"] for s in stats.get("skipped", [])},
    }  # fmt: skip
    (root / "unreadable.txt").chmod(0o644)
    OUT.mkdir(exist_ok=True)
    (OUT / "hostile.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
