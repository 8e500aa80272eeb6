"""The desk in a real browser: Playwright driving Debian's Chromium against a running server."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import DATA, REPO, fake_build, live_server

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
DRAFT = (
    "# Acme's year\n\n"
    "Acme sold 5 million cars last year.\n\n"
    "The Borealis plant in Tromsø has not yet started production.\n\n"
    f"Acme's chief said {HOSTILE} on Monday.\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path, index_env: Path) -> Iterator[str]:
    from factcheck.web.app import create_app

    root = tmp_path / "archive"
    shutil.copytree(DATA / "verify", root)
    fake_build(root, index_env)
    with live_server(create_app(index_env, jobs_dir=tmp_path / "jobs")) as url:
        yield url


def test_the_desk_in_chromium(server: str, tmp_path: Path, browser) -> None:  # noqa: ANN001
    dialogs: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: requests.append(r.url))
    # paste a draft, see the statuses
    page.goto(f"{server}/review")
    page.fill("#text", DRAFT)
    page.click("#review-submit")
    page.wait_for_selector("#draft-line-3")
    assert "st-contradicted" in page.get_attribute("#draft-line-3", "class")
    assert "contradicted" in page.inner_text("#draft-line-3")
    assert "st-supported" in page.get_attribute("#draft-line-5", "class")
    assert HOSTILE in page.inner_text("#draft")  # shown as text, not run
    # click the contradicted sentence: its evidence, with the cited line
    assert page.is_hidden("#panel-3")
    page.click("#draft-line-3")
    assert page.is_visible("#panel-3")
    panel = page.inner_text("#panel-3")
    assert "official.txt:6" in panel and "Acme sold 4.1 million cars last year." in panel
    # filter to contradicted only
    page.check("#only-contradicted")
    assert page.is_hidden("#draft-line-5") and page.is_visible("#draft-line-3")
    # open the citation: the document at that line, highlighted
    page.click("#panel-3 a.cite >> nth=0")
    page.wait_for_selector("li.hit")
    assert "Acme sold 4.1 million cars last year." in page.inner_text("li.hit")
    assert page.url.startswith(f"{server}/document?path=official.txt&line=6")
    # upload claims/sample.csv, watch it finish, download the results
    page.goto(f"{server}/batch")
    page.set_input_files("#claims-file", str(REPO / "claims" / "sample.csv"))
    page.click("#batch-submit")
    page.wait_for_selector("#job-summary", timeout=60_000)
    assert "checked" in page.inner_text("#job-summary")
    link = page.get_attribute("#download-csv", "href")
    download = page.request.get(server + link)
    assert download.ok
    assert download.text().startswith("input_id,input_claim,source,id,claim,verdict")
    assert len(download.text().splitlines()) == 1 + 10  # claims/sample.csv: 10 claims
    page.screenshot(path=str(tmp_path / "job.png"))
    assert dialogs == [] and errors == []
    assert all(url.startswith(server) for url in requests)  # nothing from the internet


@pytest.fixture
def attacker(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A second origin (another port): the attacker's site, serving files from a folder."""
    import functools
    import http.server

    folder = tmp_path / "evil"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", folder
    httpd.shutdown()


def test_a_page_on_another_origin_cannot_start_jobs(  # noqa: ANN001
    server: str, attacker: tuple[str, Path], browser
) -> None:
    import httpx

    site, folder = attacker
    (folder / "index.html").write_text(
        f"""<!doctype html><form id="f" method="post" action="{server}/batch"
        enctype="multipart/form-data"><input type="file" name="file" id="i"></form>
        <script>
        const claims = "id,claim\\n1,Acme sold 5 million cars last year.\\n";
        const data = new FormData();
        data.append("file", new Blob([claims]), "claims.csv");
        fetch("{server}/api/jobs", {{method: "POST", mode: "no-cors", body: data}});
        const dt = new DataTransfer();
        dt.items.add(new File([claims], "claims.csv"));
        document.getElementById("i").files = dt.files;
        setTimeout(() => document.getElementById("f").submit(), 300);
        </script>""",
        encoding="utf-8",
    )
    page = browser.new_page()
    page.goto(f"{site}/index.html")
    page.wait_for_timeout(2500)
    assert httpx.get(f"{server}/api/jobs").json() == []
    page.close()


def test_a_rebinding_name_reads_nothing_in_chromium(server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    port = server.rsplit(":", 1)[1]
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--host-resolver-rules=MAP rebind.test 127.0.0.1"],
        )
        page = browser.new_page()
        response = page.goto(f"http://rebind.test:{port}/")
        assert response is not None and response.status == 400
        status = page.evaluate("fetch('/api/documents').then(r => r.status)")
        assert status == 400
        assert "Acme" not in page.content()
        browser.close()
