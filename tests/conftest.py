from __future__ import annotations

import contextlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.index.build import build_index
from factcheck.models import IndexStats

DATA = Path(__file__).parent / "data"
DOCS = DATA / "docs"
REPO = Path(__file__).parent.parent
EXAMPLES = REPO / "examples" / "corpus"
SEEDS = REPO.parent / "shared" / "seeds"
TRACE_ARCHIVE = REPO / "examples" / "trace"  # dates, attributions and a copy, for trace
FAKE_MODEL = "hashing"


@pytest.fixture(autouse=True)
def index_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own index folder (FACTCHECK_INDEX) and starts in tmp_path."""
    folder = tmp_path / "index"
    monkeypatch.setenv("FACTCHECK_INDEX", str(folder))
    for var in ("FACTCHECK_MODEL", "FACTCHECK_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the fixture documents, free to change."""
    target = tmp_path / "corpus"
    shutil.copytree(DOCS, target)
    return target


def fake_build(root: Path, index_dir: Path, **kwargs) -> IndexStats:
    """Build with the deterministic hashing embedder."""
    return build_index(root, index_dir, model=FAKE_MODEL, **kwargs)


def archive_verifier(tmp_path: Path, docs: dict[str, str]):  # noqa: ANN201 - a Verifier
    """A verifier over an archive of the given documents (name -> text), built with the
    hashing model."""
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier

    root = tmp_path / "archive"
    root.mkdir()
    for name, text in docs.items():
        (root / name).write_text(text, encoding="utf-8")
    fake_build(root, tmp_path / "idx")
    return Verifier(Index.open(tmp_path / "idx"))


@pytest.fixture
def verifier(tmp_path: Path, index_env: Path):  # noqa: ANN201 - a factcheck.verify.Verifier
    """A verifier over tests/data/verify (three small documents), built with the hashing model."""
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier

    root = tmp_path / "archive"
    shutil.copytree(DATA / "verify", root)
    fake_build(root, index_env)
    return Verifier(Index.open(index_env))


@pytest.fixture
def browser():  # noqa: ANN201 - a playwright Browser
    """Headless Debian Chromium driven by Playwright; skips where either is missing (.ci/run
    installs chromium with apt; Playwright downloads nothing)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


@contextlib.contextmanager
def live_server(app: Any) -> Iterator[str]:  # noqa: ANN401 - an ASGI app
    """``app`` served by uvicorn on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def decisive(v) -> list[str]:  # noqa: ANN001 - a Verification
    """The citations of a verification's deciding passages."""
    return [e.citation for e in v.evidence if e.decisive]
