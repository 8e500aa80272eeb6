"""The desk's server under attack (issue 21): each test fails on the code before the guard.

CSRF, DNS rebinding, body limits, tokens, Unicode, and a review that must not freeze the
event loop; the browser versions of CSRF and rebinding are in test_web_browser.py.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from factcheck.cli import app as cli
from factcheck.web import app as web_app
from factcheck.web.app import MAX_BODY_BYTES, create_app

from .conftest import DATA, fake_build, live_server

LOCAL = "http://127.0.0.1"
CLAIMS = b"id,claim\n1,Acme sold 5 million cars last year.\n"


@pytest.fixture
def archive(tmp_path: Path, index_env: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(DATA / "verify", root)
    fake_build(root, index_env)
    return root


@pytest.fixture
def client(archive: Path, index_env: Path, tmp_path: Path) -> TestClient:
    return TestClient(create_app(index_env, jobs_dir=tmp_path / "jobs"), base_url=LOCAL)


def test_a_foreign_origin_cannot_start_jobs_or_reviews(client: TestClient) -> None:
    evil = {"Origin": "http://evil.example"}
    job = client.post("/api/jobs", files={"file": ("c.csv", CLAIMS)}, headers=evil)
    assert job.status_code == 403 and "another site" in job.json()["error"]
    form = client.post("/batch", files={"file": ("c.csv", CLAIMS)}, headers=evil)
    assert form.status_code == 403
    review = client.post("/review", data={"text": "Acme sold cars."}, headers=evil)
    assert review.status_code == 403
    # a no-cors fetch from another site carries Sec-Fetch-Site even where Origin is dropped
    fetch = client.post(
        "/api/jobs", files={"file": ("c.csv", CLAIMS)}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert fetch.status_code == 403
    assert client.get("/api/jobs").json() == []
    # the desk's own pages, and clients that are not browsers, still can
    own = client.post(
        "/api/jobs", files={"file": ("c.csv", CLAIMS)}, headers={"Origin": "http://127.0.0.1"}
    )
    assert own.status_code == 200
    assert client.post("/api/verify", json={"claim": "Acme sold cars"}).status_code == 200


def test_a_rebinding_host_name_reads_nothing(client: TestClient) -> None:
    for host in ("evil.example.com", "rebind.test:8000", "127.0.0.1.evil.example"):
        response = client.get("/api/documents", headers={"Host": host})
        assert response.status_code == 400, host
        assert "does not answer to the Host" in response.json()["error"]
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST"):
        assert client.get("/api/documents", headers={"Host": host}).status_code == 200, host


def test_every_body_has_a_limit(client: TestClient) -> None:
    draft = {"text": "Acme sold cars. " * ((MAX_BODY_BYTES // 16) + 10), "name": "d.md"}
    response = client.post("/api/review", json=draft)
    assert response.status_code == 413 and "limit" in response.json()["error"]


def test_a_huge_declared_body_is_refused_before_it_is_read(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(
            b"POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: 400000000\r\n\r\n--x\r\n"
        )
        started = time.monotonic()
        answer = s.recv(4096)
        assert time.monotonic() - started < 5
    assert answer.startswith(b"HTTP/1.1 413")


def test_a_body_without_a_length_is_counted_as_it_streams(server: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // 2**16 + 2):
            yield b"a" * 2**16
        yield b'", "name": "d.md"}'

    response = httpx.post(
        f"{server}/api/review", content=chunks(), headers={"Content-Type": "application/json"},
        timeout=30,
    )  # fmt: skip
    assert response.status_code == 413


def test_non_ascii_tokens_are_refused_or_accepted_never_a_500(
    archive: Path, index_env: Path, tmp_path: Path
) -> None:
    plain = TestClient(
        create_app(index_env, token="s3cret", jobs_dir=tmp_path / "j1"), base_url=LOCAL
    )
    bad = {"Authorization": "Bearer s3crét".encode()}
    assert plain.get("/api/documents", headers=bad).status_code == 401
    assert plain.get("/api/documents", params={"token": "s3crét"}).status_code == 401
    cookie = {"Cookie": "factcheck_token=\u00e9".encode()}
    assert plain.get("/api/documents", headers=cookie).status_code == 401
    unicode = TestClient(
        create_app(index_env, token="jeton-été", jobs_dir=tmp_path / "j2"), base_url=LOCAL
    )
    assert unicode.get("/api/documents").status_code == 401
    first = unicode.get("/", params={"token": "jeton-été"})
    assert first.status_code == 200
    assert unicode.get("/api/documents").status_code == 200  # the cookie it set
    raw = "Bearer jeton-été".encode()
    fresh = TestClient(unicode.app, base_url=LOCAL)
    assert fresh.get("/api/documents", headers={"Authorization": raw}).status_code == 200


@pytest.mark.parametrize("path", ["/api/verify", "/api/trace", "/api/review"])
def test_a_lone_surrogate_is_a_400(client: TestClient, path: str) -> None:
    key = "text" if path == "/api/review" else "claim"
    body = '{"' + key + '": "Tesla \\ud800 sold cars"}'
    response = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "not valid" in response.json()["error"]


def test_a_cli_argument_that_is_not_utf8_is_a_one_line_error(archive: Path) -> None:
    for command in ("verify", "search", "trace"):
        result = CliRunner().invoke(cli, [command, "Tesla \udcff sold 1,000 cars"])
        assert result.exit_code == 1, command
        assert result.stderr.strip().startswith("Error: the query is not valid text"), command
        assert "Traceback" not in result.output


def test_a_long_review_does_not_freeze_the_server(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = web_app._review

    def slow(*args: object) -> object:
        time.sleep(3)
        return real(*args)

    monkeypatch.setattr(web_app, "_review", slow)
    done: list[int] = []
    worker = threading.Thread(
        target=lambda: done.append(
            httpx.post(f"{server}/api/review/upload",
                       files={"file": ("d.txt", b"Acme sold 5 million cars.")}, timeout=30
                       ).status_code
        )
    )  # fmt: skip
    worker.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert httpx.get(f"{server}/static/app.js", timeout=10).status_code == 200
    assert httpx.get(f"{server}/api/jobs", timeout=10).status_code == 200
    assert time.monotonic() - started < 1.5  # answered while the review still runs
    worker.join()
    assert done == [200]


@pytest.fixture
def server(tmp_path: Path, archive: Path, index_env: Path) -> Iterator[str]:
    with live_server(create_app(index_env, jobs_dir=tmp_path / "jobs")) as url:
        yield url


def test_job_files_hold_no_absolute_paths(client: TestClient, tmp_path: Path) -> None:
    job = client.post("/api/jobs", files={"file": ("c.csv", CLAIMS)}).json()
    deadline = time.monotonic() + 60
    while client.get(f"/api/jobs/{job['id']}").json()["state"] not in ("done", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    shown = json.dumps(client.get(f"/api/jobs/{job['id']}").json())
    assert str(tmp_path) not in shown


def test_jobs_survive_damage_and_can_be_stopped(
    archive: Path, index_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.web import jobs as jobs_mod

    folder = tmp_path / "jobs"
    broken = folder / "0badc0de"
    broken.mkdir(parents=True)
    (broken / "job.json").write_text("{not json")
    client = TestClient(create_app(index_env, jobs_dir=folder), base_url=LOCAL)  # no crash
    assert client.get("/api/jobs").json() == []
    assert client.get("/api/jobs/0badc0de").status_code == 400
    monkeypatch.setattr(jobs_mod, "MAX_JOB_ROWS", 3)
    many = b"id,claim\n" + b"".join(b"%d,Acme sold %d cars.\n" % (i, i) for i in range(5))
    refused = client.post("/api/jobs", files={"file": ("many.csv", many)})
    assert refused.status_code == 400 and "at most 3 per job" in refused.json()["error"]
    done = client.post("/api/jobs", files={"file": ("c.csv", CLAIMS)}).json()
    jobs = client.app.state.jobs
    assert jobs.wait(done["id"]).state == "done"
    stop = client.post(f"/api/jobs/{done['id']}/cancel")
    assert stop.status_code == 400 and "only a queued or running job" in stop.json()["error"]


def test_a_full_disk_fails_the_job_not_the_queue(
    archive: Path, index_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = TestClient(create_app(index_env, jobs_dir=tmp_path / "jobs"), base_url=LOCAL)
    jobs = client.app.state.jobs
    real = jobs._save
    calls: list[str] = []

    def full(job: object) -> None:
        calls.append(job.state)  # type: ignore[attr-defined]
        if job.state != "queued":  # type: ignore[attr-defined]
            raise OSError(28, "No space left on device")
        real(job)

    monkeypatch.setattr(jobs, "_save", full)
    first = client.post("/api/jobs", files={"file": ("a.csv", CLAIMS)}).json()
    failed = jobs.wait(first["id"])
    assert failed.state == "failed" and "No space left" in failed.error
    monkeypatch.setattr(jobs, "_save", real)
    second = client.post("/api/jobs", files={"file": ("b.csv", CLAIMS)}).json()
    assert jobs.wait(second["id"]).state == "done"  # the worker thread lives on


def test_an_opaque_origin_needs_the_browsers_same_origin_word(client: TestClient) -> None:
    files = {"file": ("c.csv", CLAIMS)}
    evil = client.post("/api/jobs", files=files, headers={"Origin": "null"})
    assert evil.status_code == 403
    framed = {"Origin": "null", "Sec-Fetch-Site": "cross-site"}
    assert client.post("/api/jobs", files=files, headers=framed).status_code == 403
    own = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}  # a no-referrer page's own form
    assert client.post("/api/jobs", files=files, headers=own).status_code == 200


def test_a_queued_or_running_job_can_be_cancelled(
    archive: Path, index_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.web import jobs as jobs_mod

    started = threading.Event()

    def slow(*args: object, progress: object = None, **kwargs: object) -> object:
        started.set()
        for _ in range(600):  # a long file: one row every 50 ms until cancelled
            progress(1)  # type: ignore[operator]
            time.sleep(0.05)
        raise AssertionError("the job was not cancelled")

    monkeypatch.setattr(jobs_mod, "run_batch", slow)
    client = TestClient(create_app(index_env, jobs_dir=tmp_path / "jobs"), base_url=LOCAL)
    running = client.post("/api/jobs", files={"file": ("a.csv", CLAIMS)}).json()
    assert started.wait(10)
    queued = client.post("/api/jobs", files={"file": ("b.csv", CLAIMS)}).json()
    assert client.get(f"/api/jobs/{queued['id']}").json()["state"] == "queued"
    assert client.post(f"/api/jobs/{queued['id']}/cancel").json()["state"] == "cancelled"
    third = client.post("/api/jobs", files={"file": ("c.csv", CLAIMS)}).json()
    page = client.get(f"/batch/{third['id']}")
    assert 'id="job-cancel"' in page.text  # the job page offers it too
    by_page = client.post(f"/batch/{third['id']}/cancel", follow_redirects=False)
    assert by_page.status_code == 303
    assert client.get(f"/api/jobs/{third['id']}").json()["state"] == "cancelled"
    stopped = client.post(f"/api/jobs/{running['id']}/cancel").json()
    assert stopped["state"] == "cancelled"
