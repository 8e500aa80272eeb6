"""Batch jobs of the web app: a claims file checked in the background, on disk.

A job is a folder: the uploaded claims file, ``results.jsonl`` written as it goes (the CLI's
batch, record by record, fsynced), and ``job.json`` (its state). A reloaded page or a second
tab reads the same job; after a server restart, a job that was running resumes where its
results end (``batch --resume``), so nothing already checked is lost or checked twice.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from ..errors import FactcheckError, InputError
from ..workflows.batch import csv_from_jsonl, run_batch
from ..workflows.claims_io import count_rows, read_claims
from .desk import Desk

CLAIM_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".txt")
#: Most rows a web job takes: one job runs at a time, and a larger file would hold the queue
#: for hours (the command line's ``factcheck batch`` has no such limit).
MAX_JOB_ROWS = 20_000

log = logging.getLogger("factcheck.web")


class _Cancelled(Exception):
    """Raised in a running job's progress callback once the job is cancelled."""


class Job(BaseModel):
    id: str
    name: str  # the uploaded file's name
    state: str  # queued, running, done, failed, cancelled
    rows: int  # about how many rows the file has (line breaks), for the progress bar
    checked: int = 0  # rows done so far (checked, skipped or kept from before); when done:
    # the results written
    error: str = ""
    created: datetime
    finished: datetime | None = None
    summary: dict | None = None  # the BatchSummary when done

    @property
    def progress(self) -> float:
        return 1.0 if self.state == "done" else min(1.0, self.checked / max(self.rows, 1))


class Jobs:
    """The jobs of one server, kept in ``folder``; one runs at a time, in a thread."""

    def __init__(self, folder: Path, desk: Desk) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.desk = desk
        self._lock = threading.Lock()
        self._queue: list[str] = []
        self._done: dict[str, int] = {}  # rows done by the job running now (its progress)
        self._wake = threading.Event()
        self._cancelled: set[str] = set()
        self._broken: dict[str, str] = {}  # jobs whose state could not be written (full disk)
        threading.Thread(target=self._worker, daemon=True, name="factcheck-jobs").start()
        for job in self.all():  # a restart: jobs cut off mid-run resume where they stopped
            if job.state in ("queued", "running"):
                self._enqueue(job.id)

    def _dir(self, job_id: str) -> Path:
        if not job_id.isalnum():
            raise InputError(f"no job {job_id!r}")
        return self.folder / job_id

    def create(self, name: str, data: bytes) -> Job:
        suffix = Path(name).suffix.lower()
        if suffix not in CLAIM_SUFFIXES:
            raise InputError(f"{name}: upload a claims file ({', '.join(CLAIM_SUFFIXES)})")
        job_id = uuid.uuid4().hex
        folder = self._dir(job_id)
        folder.mkdir()
        source = folder / f"claims{suffix}"
        source.write_bytes(data)
        try:
            _, rows = read_claims(source)  # a missing column or a binary file: said now
            next(rows, None)
        except FactcheckError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise InputError(str(exc).replace(str(source), name)) from None
        rows = count_rows(source)
        if rows > MAX_JOB_ROWS:
            shutil.rmtree(folder, ignore_errors=True)
            raise InputError(
                f"{name}: {rows:,} rows; the desk checks at most {MAX_JOB_ROWS:,} per job: split "
                "the file, or run `factcheck batch` on the command line"
            )
        job = Job(id=job_id, name=Path(name).name, state="queued", rows=rows,
                  created=datetime.now(UTC))  # fmt: skip
        try:
            self._save(job)
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise InputError(
                f"{name}: the job could not be saved ({exc.strerror or exc})"
            ) from None
        self._enqueue(job_id)
        return job

    def get(self, job_id: str) -> Job:
        path = self._dir(job_id) / "job.json"
        if not path.exists():
            raise InputError(f"no job {job_id!r}")
        try:
            job = Job.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise InputError(
                f"job {job_id}: its record (job.json) is damaged ({exc.__class__.__name__})"
            ) from None
        if job_id in self._broken:
            job.state, job.error = "failed", self._broken[job_id]
        if job.state == "running":
            job.checked = self._done.get(job_id, job.checked)
        return job

    def all(self) -> list[Job]:
        jobs = []
        for p in self.folder.iterdir():
            if (p / "job.json").exists():
                try:
                    jobs.append(self.get(p.name))
                except InputError as exc:  # a damaged record is skipped, and said in the log
                    log.warning("%s", exc)
        return sorted(jobs, key=lambda j: j.created, reverse=True)

    def cancel(self, job_id: str) -> Job:
        """Stop a queued or running job; what it already checked stays in its results."""
        job = self.get(job_id)
        if job.state not in ("queued", "running"):
            raise InputError(f"job {job_id} is {job.state}; only a queued or running job stops")
        with self._lock:
            if job_id in self._queue:
                self._queue.remove(job_id)
                job.state, job.finished = "cancelled", datetime.now(UTC)
                self._save(job)
                return job
            self._cancelled.add(job_id)
        return self.wait(job_id, timeout=30)

    def results(self, job_id: str, kind: str) -> Path:
        """The results so far as ``jsonl`` or ``csv`` (the CLI's batch formats)."""
        folder = self._dir(job_id)
        source = folder / "results.jsonl"
        if not source.exists():
            raise InputError(f"job {job_id} has no results yet")
        if kind == "jsonl":
            return source
        if kind != "csv":
            raise InputError(f"unknown format {kind!r}; use csv or jsonl")
        columns, _ = read_claims(next(folder.glob("claims.*")))
        target = folder / "results.csv"
        csv_from_jsonl(source, target, columns)
        return target

    def _save(self, job: Job) -> None:
        path = self._dir(job.id) / "job.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(job.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def _enqueue(self, job_id: str) -> None:
        with self._lock:
            if job_id not in self._queue:
                self._queue.append(job_id)
        self._wake.set()

    def _worker(self) -> None:
        while True:
            self._wake.wait()
            with self._lock:
                job_id = self._queue.pop(0) if self._queue else None
                if not self._queue:
                    self._wake.clear()
            if job_id is not None:
                try:
                    self._run(job_id)
                except Exception as exc:  # noqa: BLE001 - the worker never dies with a job
                    # (a full disk while saving the job's state): the job shows as failed
                    # from memory, and the queue goes on
                    self._broken[job_id] = f"{type(exc).__name__}: {exc}"
                    log.error("job %s failed: %s", job_id, exc)
                    self._done.pop(job_id, None)

    def _run(self, job_id: str) -> None:
        job = self.get(job_id)
        folder = self._dir(job_id)
        job.state = "running"
        self._save(job)
        try:
            source = next(folder.glob("claims.*"))
            columns, _ = read_claims(source)
            id_column = "id" if "id" in columns else None  # else the row number, as the CLI
            verifier = self.desk.private_verifier()
            self._done[job_id] = 0

            def advance(n: int) -> None:
                self._done[job_id] += n
                if job_id in self._cancelled:
                    raise _Cancelled

            try:
                summary = run_batch(
                    verifier, source, folder / "results.jsonl", id_column=id_column,
                    resume=True, progress=advance,
                )  # fmt: skip
            finally:
                verifier.index.close()
            shown = summary.model_dump()
            # the server's folders are nobody's business: the files by name
            for key in ("input", "output"):
                if isinstance(shown.get(key), str):
                    shown[key] = Path(shown[key]).name
            job.state, job.summary = "done", shown
        except _Cancelled:
            job.state = "cancelled"
            self._cancelled.discard(job_id)
        except FactcheckError as exc:
            job.state, job.error = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - a job's failure is shown on its page
            job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"
        job.checked = _lines(folder / "results.jsonl")
        job.finished = datetime.now(UTC)
        self._save(job)
        self._done.pop(job_id, None)  # (after the save: a poll never sees the bar go back)

    def wait(self, job_id: str, timeout: float = 60.0) -> Job:
        """Wait for a job to end (for tests and scripts)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self.get(job_id)
            if job.state in ("done", "failed", "cancelled"):
                return job
            time.sleep(0.05)
        return self.get(job_id)


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except FileNotFoundError:
        return 0


def job_json(job: Job) -> dict:
    return {**json.loads(job.model_dump_json()), "progress": round(job.progress, 4)}
