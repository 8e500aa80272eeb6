"""factcheck serve: the JSON API and the pages through FastAPI's test client (the hashing
embedder and the rules; the browser test is in test_web_browser.py)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from factcheck.cli import app as cli
from factcheck.index.search import Index
from factcheck.verify.verifier import Verifier
from factcheck.web.app import MAX_UPLOAD_BYTES, create_app
from factcheck.workflows.batch import run_batch

from .conftest import DATA, fake_build

CLAIM = "Acme sold 5 million cars last year"
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> [x](javascript:alert(3))'


@pytest.fixture
def archive(tmp_path: Path, index_env: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(DATA / "verify", root)
    (root / "hostile.txt").write_text(f"Acme said {HOSTILE} about its 4.1 million cars.\n")
    fake_build(root, index_env)
    return root


@pytest.fixture
def client(archive: Path, index_env: Path, tmp_path: Path) -> TestClient:
    return TestClient(
        create_app(index_env, jobs_dir=tmp_path / "jobs"), base_url="http://127.0.0.1"
    )


def test_verify_api_answers_as_the_library(client: TestClient, index_env: Path) -> None:
    got = client.post("/api/verify", json={"claim": CLAIM})
    assert got.status_code == 200
    expected = Verifier(Index.open(index_env)).verify(CLAIM).model_dump(mode="json")
    assert got.json() == expected
    assert got.json()["verdict"] == "contradicted"
    assert got.json()["evidence"][0]["citation"] == "official.txt:6"


def test_search_trace_documents_api(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Borealis plant", "k": 2}).json()["hits"]
    assert [h["citation"] for h in hits][0] == "official.txt:5"
    trace = client.post("/api/trace", json={"claim": CLAIM}).json()
    assert trace["claim"] == CLAIM and "timeline" in trace
    info = client.get("/api/documents").json()
    assert info["documents"] == len(info["documents_list"]) == 4
    dates = {d["path"]: (d["date"], d["date_how"]) for d in info["documents_list"]}
    assert dates["official.txt"] == ("2024-03-03", "header line 2: 'March 3, 2024'")
    assert dates["hostile.txt"] == (None, "no date found (file time used)")
    doc = client.get("/api/document", params={"path": "official.txt"}).json()
    assert {"text": "Acme sold 4.1 million cars last year.", "line": 6, "end_line": 6} in doc[
        "sentences"
    ]


def test_bad_input_is_a_4xx_with_one_message(client: TestClient) -> None:
    for response in (
        client.get("/api/search", params={"q": "  "}),
        client.post("/api/verify", json={"claim": "x" * 1001}),
        client.get("/api/document", params={"path": "../../etc/passwd"}),
        client.get("/api/document", params={"path": "/etc/passwd"}),
        client.get("/api/jobs/nope"),
        client.post("/api/review", json={"text": "A draft.", "name": "draft.pdf"}),
    ):
        assert response.status_code == 400, response.text
        assert set(response.json()) == {"error"} and "\n" not in response.json()["error"]
    page = client.get("/document", params={"path": "../archive/official.txt"})
    assert page.status_code == 400 and "is not a document of this index" in page.text
    assert "Traceback" not in page.text


def test_pages_escape_archive_and_draft_text(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Acme said about its cars"})
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert "<img src=x" not in page.text
    assert page.headers["content-security-policy"].startswith(
        "default-src 'none'; script-src 'self'"
    )
    # the only script is the vendored file: no inline script a page could be tricked into
    assert page.text.count("<script") == 1 and '<script src="/static/app.js"' in page.text
    review = client.post("/review", data={"text": f"# Draft\n\n{HOSTILE}\n\n{CLAIM}.\n"})
    assert review.status_code == 200
    assert "<script>alert" not in review.text and "onerror=alert(2)>" not in review.text
    assert 'href="javascript' not in review.text


def test_review_page_statuses_and_exports(client: TestClient) -> None:
    draft = f"# Draft\n\n{CLAIM}.\n\nThe Borealis plant in Tromsø has not yet started production.\n"
    page = client.post("/review", data={"text": draft})
    assert page.status_code == 200
    assert 'id="draft-line-3" class="claimline st-contradicted"' in page.text
    assert 'id="draft-line-5" class="claimline st-supported"' in page.text
    assert 'href="/document?path=official.txt&amp;line=6#line-6"' in page.text
    rid = page.text.split("/review/")[1].split("/export")[0]
    exported = client.get(f"/review/{rid}/export", params={"format": "json"}).json()
    assert [i["status"] for i in exported["items"] if i["line"] == 3] == ["contradicted"]
    assert client.get(f"/review/{rid}/export", params={"format": "md"}).text.startswith("#")
    assert "<html" in client.get(f"/review/{rid}/export", params={"format": "html"}).text
    upload = client.post(
        "/api/review/upload", files={"file": ("draft.md", draft.encode(), "text/markdown")}
    )
    assert [i["status"] for i in upload.json()["items"] if i["line"] == 3] == ["contradicted"]


def test_batch_job_gives_the_cli_results(
    client: TestClient, tmp_path: Path, index_env: Path
) -> None:
    claims = tmp_path / "claims.csv"
    claims.write_text(f"id,claim\na,{CLAIM}\nb,=HYPERLINK(1) Acme sold cars\nc,\n")
    job = client.post("/api/jobs", files={"file": ("claims.csv", claims.read_bytes())}).json()
    done = client.app.state.jobs.wait(job["id"])
    assert done.state == "done", done.error
    got = client.get(f"/api/jobs/{job['id']}/results", params={"format": "csv"})
    run_batch(Verifier(Index.open(index_env)), claims, tmp_path / "cli.csv", id_column="id")
    assert got.text == (tmp_path / "cli.csv").read_text()
    assert "'=HYPERLINK" in got.text  # formula cells neutralized as the CLI does
    lines = client.get(f"/api/jobs/{job['id']}/results", params={"format": "jsonl"}).text
    assert [json.loads(x)["id"] for x in lines.splitlines()] == ["a", "b"]
    status = client.get(f"/api/jobs/{job['id']}").json()
    assert status["state"] == "done" and status["progress"] == 1.0
    page = client.get(f"/batch/{job['id']}")
    assert 'id="download-csv"' in page.text and "2 checked, 1 skipped" in page.text


def test_a_job_cut_off_by_a_restart_resumes_without_duplicates(
    archive: Path, index_env: Path, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs"
    first = TestClient(create_app(index_env, jobs_dir=jobs), base_url="http://127.0.0.1")
    rows = "\n".join(f"r{i},Acme sold {i} million cars last year" for i in range(1, 31))
    job = first.post("/api/jobs", files={"file": ("c.csv", f"id,claim\n{rows}\n".encode())})
    job_id = job.json()["id"]
    first.app.state.jobs.wait(job_id)
    folder = jobs / job_id
    results = (folder / "results.jsonl").read_text().splitlines()
    # as if the server died after 12 results: half a line written, the job still "running"
    (folder / "results.jsonl").write_text("\n".join(results[:12]) + "\n" + results[12][:20])
    state = json.loads((folder / "job.json").read_text())
    (folder / "job.json").write_text(json.dumps({**state, "state": "running"}))
    second = TestClient(create_app(index_env, jobs_dir=jobs), base_url="http://127.0.0.1")
    done = second.app.state.jobs.wait(job_id)
    assert done.state == "done" and done.summary["resumed"] == 12
    ids = [json.loads(x)["id"] for x in (folder / "results.jsonl").read_text().splitlines()]
    assert ids == [f"r{i}" for i in range(1, 31)]


def test_uploads_have_a_size_limit(client: TestClient) -> None:
    big = b"id,claim\n" + b"x" * (MAX_UPLOAD_BYTES + 10)
    response = client.post("/api/jobs", files={"file": ("big.csv", big)})
    assert response.status_code == 413 and "upload limit" in response.json()["error"]
    wrong = client.post("/api/jobs", files={"file": ("claims.csv", b"text\nx\n")})
    assert wrong.status_code == 400 and "no 'claim' column" in wrong.json()["error"]


def test_a_token_guards_every_request(archive: Path, index_env: Path, tmp_path: Path) -> None:
    guarded = TestClient(
        create_app(index_env, token="s3cret", jobs_dir=tmp_path / "jobs"),
        base_url="http://127.0.0.1",
    )
    for path in ("/", "/api/documents", "/static/app.js", "/docs", "/openapi.json"):
        assert guarded.get(path).status_code == 401, path
    assert (
        guarded.get("/api/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
    )
    ok = guarded.get("/api/documents", headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    first = guarded.get("/", params={"token": "s3cret"})
    assert first.status_code == 200  # and the cookie it sets lets the page's links work
    assert guarded.get("/search", params={"q": "Acme"}).status_code == 200


def test_serve_refuses_other_interfaces_without_a_token(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: listening on 0.0.0.0 lets other machines in: give --token (or "
        "FACTCHECK_TOKEN), or keep the default --host 127.0.0.1"
    )


def test_a_new_generation_is_picked_up_at_the_next_request(
    client: TestClient, archive: Path, index_env: Path
) -> None:
    assert (
        client.get("/api/search", params={"q": "Zephyr turbines", "k": 1}).json()["hits"][0]["file"]
        != "new.txt"
    )
    (archive / "new.txt").write_text("Zephyr turbines were installed in Bergen in 2023.\n")
    fake_build(archive, index_env)
    hit = client.get("/api/search", params={"q": "Zephyr turbines", "k": 1}).json()["hits"][0]
    assert hit["citation"] == "new.txt:1"


def test_openapi_and_docs_page_without_a_cdn(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/verify", "/api/search", "/api/review", "/api/jobs", "/api/trace"} <= set(
        schema["paths"]
    )
    docs = client.get("/docs").text
    assert (
        "POST /api/verify" in docs
        and "cdn" not in docs.lower()
        and "http" not in docs.split("<main>")[1].split("openapi.json")[0]
    )


def rows_of(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_rebuild_with_another_model_is_served_too(
    client: TestClient, archive: Path, index_env: Path
) -> None:
    """The loaded embedder is kept across generations only while the model stays the same."""
    assert client.get("/api/search", params={"q": "Borealis plant", "k": 1}).status_code == 200
    from factcheck.index import build_index

    build_index(archive, index_env, model="hashing-128", rebuild=True)
    hits = client.get("/api/search", params={"q": "Borealis plant", "k": 1}).json()["hits"]
    assert hits[0]["citation"] == "official.txt:5"
    assert client.get("/").status_code == 200


def test_serve_on_a_port_in_use_is_one_line(archive: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port} (")
    assert result.stderr.strip().endswith("choose another --port or stop the program using it")


def test_a_sharded_index_serves_the_same_answers(
    archive: Path, client: TestClient, tmp_path: Path
) -> None:
    fake_build(archive, tmp_path / "sharded", shards=3)
    sharded = TestClient(
        create_app(tmp_path / "sharded", jobs_dir=tmp_path / "jobs3"), base_url="http://127.0.0.1"
    )
    for get in (
        lambda c: c.get("/api/search", params={"q": "Borealis plant", "k": 5}).json(),
        lambda c: c.post("/api/verify", json={"claim": CLAIM}).json(),
        lambda c: c.post("/api/trace", json={"claim": CLAIM}).json(),
        lambda c: c.get("/api/document", params={"path": "official.txt"}).json(),
        lambda c: {
            k: v
            for k, v in c.get("/api/documents").json().items()
            if k not in ("size_bytes", "index_dir", "built_at", "shards")
        },
    ):
        a, b = get(client), get(sharded)
        for result in (a, b):
            for hit in result.get("hits", []):
                for passage in [hit, *hit["before"], *hit["after"]]:
                    passage.pop("id")  # (ids name their shard)
        assert a == b
