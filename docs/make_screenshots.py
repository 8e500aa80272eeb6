"""Screenshots of the desk for the README, from a real run: the bundled model over
examples/corpus (the review of examples/draft.md) and examples/trace (a trace).

    .venv/bin/python docs/make_screenshots.py      # needs Debian's chromium
"""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images"


def serve(index_dir: Path) -> tuple[str, object]:
    import uvicorn

    from factcheck.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    web = create_app(index_dir, jobs_dir=index_dir.parent / "jobs")
    server = uvicorn.Server(uvicorn.Config(web, host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def main() -> None:
    from playwright.sync_api import sync_playwright

    from factcheck import build_index

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Debian's chromium is needed: apt-get install chromium")
    work = Path(tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    build_index(REPO / "examples" / "corpus", work / "corpus-index")
    build_index(REPO / "examples" / "trace", work / "trace-index")
    review_url, review_server = serve(work / "corpus-index")
    trace_url, trace_server = serve(work / "trace-index")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 760})
        page.goto(f"{review_url}/review")
        page.fill("#text", (REPO / "examples" / "draft.md").read_text(encoding="utf-8"))
        page.click("#review-submit")
        page.wait_for_selector(".claimline.st-contradicted")
        page.click(".claimline.st-contradicted >> nth=0")
        page.screenshot(path=str(OUT / "review.png"))
        claim = "Northwind Motors agreed to buy a stake in Helios Batteries"
        page.goto(f"{trace_url}/trace?claim={claim.replace(' ', '+')}")
        page.wait_for_selector("table.timeline")
        page.screenshot(path=str(OUT / "trace.png"))
        browser.close()
    review_server.should_exit = trace_server.should_exit = True
    shutil.rmtree(work, ignore_errors=True)
    for name in ("review.png", "trace.png"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
