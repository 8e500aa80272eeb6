"""Issue 21's attack groups run again against a real `factcheck serve` and the real CLI.

    .venv/bin/python bench/bench_attacks.py [--json OUT]

Indexes examples/corpus with the bundled model into bench/out/attacks/, starts `factcheck
serve` on a free loopback port in its own process, and tries each attack as the attack run
did (raw HTTP where a client library would refuse to send it). Prints one row per attack:
held or broke, and what was seen. The browser versions of CSRF and DNS rebinding run in
Chromium in tests/test_web_browser.py; a full disk is simulated in tests (no tmpfs here).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out" / "attacks"
CLI = [sys.executable, "-m", "factcheck"]
CLAIMS = b"id,claim\n1,Xiaomi delivered over 7,000 SU7 cars.\n"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _raw(port: int, head: bytes, body: bytes = b"", wait: float = 10) -> tuple[bytes, float]:
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(head + body)
        answer = s.recv(4096)
    return answer, time.monotonic() - started


def _bomb_docx(folder: Path) -> Path:
    """A DOCX whose 1 GiB document.xml is declared as 5,000 bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            block = b" " * 2**20
            for _ in range(1024):
                f.write(block)
    data = bytearray(buf.getvalue())
    name = b"word/document.xml"
    for sig, off_size, off_name in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = data.find(sig)
        while at >= 0:
            if data[at + off_name : at + off_name + len(name)] == name:
                data[at + off_size : at + off_size + 4] = struct.pack("<I", 5000)
            at = data.find(sig, at + 4)
    path = folder / "bomb.docx"
    path.write_bytes(bytes(data))
    return path


def main() -> None:  # noqa: PLR0915
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    index = OUT / "index"
    env = {**os.environ, "FACTCHECK_INDEX": str(index)}
    subprocess.run([*CLI, "index", str(REPO / "examples" / "corpus")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    port = _port()
    server = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--jobs", str(OUT / "jobs")], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{base}/static/app.js", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    rows: list[dict] = []

    def attack(group: str, what: str, check: Callable[[], tuple[bool, str]]) -> None:
        try:
            held, seen = check()
        except Exception as exc:  # noqa: BLE001 - an attack that breaks the bench broke
            held, seen = False, f"{type(exc).__name__}: {exc}"
        rows.append({"group": group, "attack": what, "held": held, "seen": seen})
        print(f"{'held ' if held else 'BROKE'}  {group:<22} {what}: {seen}", flush=True)

    evil = {"Origin": "http://evil.example"}

    def csrf_jobs() -> tuple[bool, str]:
        r = httpx.post(f"{base}/api/jobs", files={"file": ("c.csv", CLAIMS)}, headers=evil)
        jobs = httpx.get(f"{base}/api/jobs").json()
        return r.status_code == 403 and jobs == [], f"{r.status_code}, {len(jobs)} jobs"

    def csrf_review() -> tuple[bool, str]:
        r = httpx.post(f"{base}/review", data={"text": "Xiaomi sold cars."}, headers=evil)
        return r.status_code == 403, str(r.status_code)

    def csrf_no_cors() -> tuple[bool, str]:
        r = httpx.post(f"{base}/api/jobs", files={"file": ("c.csv", CLAIMS)},
                       headers={"Sec-Fetch-Site": "cross-site", "Origin": "null"})  # fmt: skip
        return r.status_code == 403, str(r.status_code)

    def rebinding() -> tuple[bool, str]:
        r = httpx.get(f"{base}/api/documents", headers={"Host": "evil.example.com"})
        d = httpx.get(f"{base}/api/document", params={"path": "vw-xpeng.md"},
                      headers={"Host": f"rebind.test:{port}"})  # fmt: skip
        return r.status_code == 400 and d.status_code == 400, f"{r.status_code}, {d.status_code}"

    def frozen_loop() -> tuple[bool, str]:
        draft = ("Xiaomi delivered over 7,000 SU7 cars in March 2024. " * 4000).encode()
        done: list[int] = []
        worker = threading.Thread(target=lambda: done.append(httpx.post(
            f"{base}/api/review/upload", files={"file": ("big.txt", draft)}, timeout=600
        ).status_code))  # fmt: skip
        worker.start()
        time.sleep(1.0)
        started = time.monotonic()
        a = httpx.get(f"{base}/static/app.js", timeout=30).status_code
        j = httpx.get(f"{base}/api/jobs", timeout=30).status_code
        took = time.monotonic() - started
        still = worker.is_alive()
        worker.join()
        return (a == j == 200 and took < 2 and still), (
            f"app.js and /api/jobs in {took:.2f} s while the review ran (review {done})"
        )

    def json_limit() -> tuple[bool, str]:
        body = b'{"name": "d.md", "text": "' + b"a" * (21 * 2**20) + b'"}'
        started = time.monotonic()
        r = httpx.post(f"{base}/api/review", content=body,
                       headers={"Content-Type": "application/json"}, timeout=600)  # fmt: skip
        return r.status_code == 413, f"{r.status_code} in {time.monotonic() - started:.1f} s"

    def declared_400mb() -> tuple[bool, str]:
        head = (b"POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data;"
                b" boundary=x\r\nContent-Length: 400000000\r\n\r\n")  # fmt: skip
        answer, took = _raw(port, head, b"--x\r\n")
        return answer.startswith(b"HTTP/1.1 413"), f"{answer[:12].decode()} in {took:.2f} s"

    def tokens() -> tuple[bool, str]:
        r = httpx.get(f"{base}/api/documents", headers={"Authorization": "Bearer s3crét".encode()})
        return r.status_code != 500, f"non-ASCII bearer on a token-less server: {r.status_code}"

    def surrogates() -> tuple[bool, str]:
        codes = []
        for path, key in (("/api/verify", "claim"), ("/api/trace", "claim"),
                          ("/api/review", "text")):  # fmt: skip
            body = '{"' + key + '": "Tesla \\ud800 sold cars"}'
            json_type = {"Content-Type": "application/json"}
            codes.append(httpx.post(f"{base}{path}", content=body, headers=json_type).status_code)
        return all(c == 400 for c in codes), str(codes)

    def jobs_rows() -> tuple[bool, str]:
        many = b"id,claim\n" + b"".join(
            b"%d,Xiaomi sold %d cars.\n" % (i, i) for i in range(409_787)
        )
        r = httpx.post(f"{base}/api/jobs", files={"file": ("many.csv", many)}, timeout=120)
        return r.status_code == 400, f"{r.status_code}: {r.json().get('error', '')[:70]}"

    def jobs_paths() -> tuple[bool, str]:
        job = httpx.post(f"{base}/api/jobs", files={"file": ("c.csv", CLAIMS)}).json()
        for _ in range(300):
            got = httpx.get(f"{base}/api/jobs/{job['id']}").json()
            if got["state"] in ("done", "failed"):
                break
            time.sleep(0.2)
        shown = json.dumps(got)
        return str(OUT) not in shown, f"summary input={got['summary']['input']!r}"

    def jobs_damaged() -> tuple[bool, str]:
        folder = OUT / "jobs" / "0badc0de"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "job.json").write_text("{not json")
        port2 = _port()
        argv = [*CLI, "serve", "--port", str(port2), "--jobs", str(OUT / "jobs")]
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ok = False
        for _ in range(150):
            if proc.poll() is not None:
                break
            try:
                ok = httpx.get(f"http://127.0.0.1:{port2}/api/jobs", timeout=1).status_code == 200
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        proc.terminate()
        proc.wait(10)
        return ok, "serve starts and lists jobs" if ok else "serve exited"

    def docx_bomb() -> tuple[bool, str]:
        folder = OUT / "bomb"
        folder.mkdir()
        _bomb_docx(folder)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        r = subprocess.run([*CLI, "index", str(folder), "--index", str(OUT / "bomb-index")],
                           capture_output=True, text=True, env=env)  # fmt: skip
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        said = "unpacks to over" in (r.stdout + r.stderr)
        return said and peak < 1500, f"peak {peak:.0f} MB, skipped with a reason: {said}"

    def cli_bytes() -> tuple[bool, str]:
        codes = []
        for command in ("verify", "search", "trace"):
            argv: list = [*CLI, command, b"Tesla \xff sold 1,000 cars"]
            r = subprocess.run(argv, capture_output=True, env=env)
            codes.append((r.returncode, b"Traceback" in r.stderr))
        return all(c == 1 and not t for c, t in codes), str(codes)

    def csv_quote() -> tuple[bool, str]:
        src = OUT / "quote.csv"
        src.write_text('id,claim\n1,"Xiaomi sold cars\n2,VW invested in XPeng\n')
        r = subprocess.run([*CLI, "batch", str(src), "--out", str(OUT / "quote-out.csv"),
                            "--json"], capture_output=True, text=True, env=env)  # fmt: skip
        summary = json.loads(r.stdout) if r.stdout.strip().startswith("{") else {}
        reasons = [s["reason"] for s in summary.get("skipped_rows", [])]
        return any("quote" in x for x in reasons), str(reasons)[:90]

    def resume_foreign() -> tuple[bool, str]:
        out = OUT / "foreign.jsonl"
        out.write_text('{"name": "x"}\n')
        src = OUT / "c.csv"
        src.write_bytes(CLAIMS)
        r = subprocess.run([*CLI, "batch", str(src), "--out", str(out), "--resume"],
                           capture_output=True, text=True, env=env)  # fmt: skip
        return r.returncode == 1 and "Traceback" not in r.stderr, r.stderr.strip()[:90]

    def open_range() -> tuple[bool, str]:
        r = subprocess.run([*CLI, "verify", "Xiaomi sold 7 million SU7 cars", "--json"],
                           capture_output=True, text=True, env=env)  # fmt: skip
        verdict = json.loads(r.stdout)["verdict"]
        return verdict != "supported", verdict

    attack("1 CSRF", "foreign Origin POST /api/jobs", csrf_jobs)
    attack("1 CSRF", "foreign Origin POST /review", csrf_review)
    attack("1 CSRF", "no-cors fetch (Sec-Fetch-Site cross-site)", csrf_no_cors)
    attack("2 DNS rebinding", "Host evil.example.com / rebind.test", rebinding)
    attack("3 event loop", "a 200 KB draft reviewed", frozen_loop)
    attack("4 body limits", "21 MiB JSON to /api/review", json_limit)
    attack("4 body limits", "400 MB declared multipart", declared_400mb)
    attack("5 tokens", "non-ASCII bearer", tokens)
    attack("6 Unicode", "lone surrogates", surrogates)
    attack("7 jobs", "409,787-row upload", jobs_rows)
    attack("7 jobs", "absolute paths in summaries", jobs_paths)
    attack("7 jobs", "damaged job.json at start", jobs_damaged)
    attack("8 DOCX bomb", "1 GiB declared as 5,000 bytes", docx_bomb)
    attack("10 CLI bytes", "non-UTF-8 argument", cli_bytes)
    attack("12 CSV", "unclosed quote", csv_quote)
    attack("9 batch", "--resume onto a foreign .jsonl", resume_foreign)
    attack("13 open range", "7 million vs over 7,000", open_range)
    server.terminate()
    server.wait(10)
    held = sum(r["held"] for r in rows)
    print(f"{held} of {len(rows)} attacks held")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
