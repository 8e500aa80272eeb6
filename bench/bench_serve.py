"""Load on `factcheck serve`: concurrent verify requests while a batch job runs, 100k index.

    .venv/bin/python bench/bench_index.py --sentences 100000     # once
    .venv/bin/python bench/bench_serve.py [--requests 200] [--concurrency 20]

Starts the server in its own process on 127.0.0.1, uploads a claims file as a batch job, and,
while the job runs, sends ``--requests`` verify requests ``--concurrency`` at a time (bounded
counts; nothing leaves this machine). Reports latency p50/p95, lost or failed requests, and
the job's result count; writes bench/out/serve.json.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import built_index, sentence  # noqa: E402

OUT = Path(__file__).parent / "out"


def _post(url: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"content-type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=300) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--job-claims", type=int, default=1000)
    args = parser.parse_args()
    index_dir = built_index(100_000)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    jobs = Path(tempfile.mkdtemp(prefix="serve-jobs-"))
    server = subprocess.Popen(
        [sys.executable, "-c", "from factcheck.cli import app; app()", "serve", "--index",
         str(index_dir), "--port", str(port), "--jobs", str(jobs)],
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"{base}/api/jobs")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        rng = random.Random(11)
        claims = "id,claim\n" + "".join(
            f"j{i},{sentence(rng).replace(',', '')}\n" for i in range(args.job_claims)
        )
        boundary = "----factcheck"
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="claims.csv"\r\nContent-Type: text/csv\r\n\r\n{claims}\r\n--{boundary}--\r\n'
        ).encode()
        status, raw = _post(f"{base}/api/jobs", body, f"multipart/form-data; boundary={boundary}")
        job = json.loads(raw)
        assert status == 200, raw
        queries = [sentence(rng) for _ in range(args.requests)]

        def verify(claim: str) -> tuple[int, float]:
            started = time.perf_counter()
            code, _ = _post(f"{base}/api/verify", json.dumps({"claim": claim}).encode(),
                            "application/json")  # fmt: skip
            return code, (time.perf_counter() - started) * 1000

        time.sleep(1.0)  # the job is running
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(verify, queries))
        wall = time.perf_counter() - started
        during = _get(f"{base}/api/jobs/{job['id']}")
        while (state := _get(f"{base}/api/jobs/{job['id']}"))["state"] not in ("done", "failed"):
            time.sleep(0.5)
        latencies = sorted(ms for code, ms in results if code == 200)
        report = {
            "index": str(index_dir), "requests": args.requests, "concurrency": args.concurrency,
            "answered_200": len(latencies), "failed": sum(code != 200 for code, _ in results),
            "latency_ms_p50": round(statistics.median(latencies), 1),
            "latency_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
            "requests_per_second": round(args.requests / wall, 1),
            "job_state_during": during["state"], "job_checked_during": during["checked"],
            "job_state": state["state"], "job_claims": args.job_claims,
            "job_results": state["checked"],
            "job_seconds": state["summary"]["seconds"] if state.get("summary") else None,
        }  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
    OUT.mkdir(exist_ok=True)
    (OUT / "serve.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
