"""Claims checked in worker processes on this machine: ``factcheck batch --workers N``.

Each worker opens the index and loads the models once, with one thread for onnxruntime and
FAISS, so N workers use N cores; the batches go out in order, at most ``IN_FLIGHT`` per worker
at a time (memory stays bounded on any input), and come back in the order they went out.
Workers are started with ``spawn``: a fresh interpreter each, nothing shared with the parent
but the arguments, so no thread pool or file handle is copied half-made. The standard
library's ``concurrent.futures`` does the work: a worker that dies fails the run with a
one-line error, and what was written stays (``--resume``).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from ..errors import FactcheckError

IN_FLIGHT = 2  # batches out per worker at once
T = TypeVar("T")

_verifier: Any = None  # each worker's Verifier, made by _start


def in_order(
    batches: Iterable[T], claims: Callable[[T], list[str]], submit: Callable[[list[str]], Any],
    result: Callable[[Any], list], limit: int,
) -> Iterator[tuple[T, list]]:  # fmt: skip
    """(batch, its verifications) for each batch, in the order the batches came: ``submit``
    sends a batch's claims off and ``result`` waits for what it gave back; at most ``limit``
    batches are out at once, so memory stays bounded on any input (Ray's pool uses it too)."""
    pending: deque[tuple[T, Any]] = deque()
    source = iter(batches)
    while True:
        while len(pending) < limit:
            batch = next(source, None)
            if batch is None:
                break
            pending.append((batch, submit(claims(batch))))
        if not pending:
            return
        batch, handle = pending.popleft()
        yield batch, result(handle)


def _start(index_dir: str, nli_model: str | None, stance: str | None) -> None:
    os.environ["FACTCHECK_THREADS"] = "1"
    from ..index.search import Index
    from ..verify.verifier import Verifier

    global _verifier
    _verifier = Verifier(Index.open(index_dir), nli_model=nli_model, stance=stance)


def _check(claims: list[str]) -> list:
    return _verifier.verify_many(claims)


class ProcessPool:
    """``workers`` processes, each with a Verifier on the index; ``map`` checks batches of
    claims on them and yields (batch, its verifications) in the order the batches came."""

    def __init__(
        self, workers: int, index_dir: str, nli_model: str | None, stance: str | None
    ) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start, initargs=(index_dir, nli_model, stance),
        )  # fmt: skip

    def map(self, batches: Iterable[T], claims: Callable[[T], list[str]]) -> Iterator[tuple]:
        def submit(chunk: list[str]) -> Future:
            return self.executor.submit(_check, chunk)

        try:
            yield from in_order(batches, claims, submit, Future.result, IN_FLIGHT * self.workers)
        except BrokenProcessPool as exc:
            raise FactcheckError(
                "a worker process stopped (out of memory, or killed); the results written so "
                "far are kept: run batch again with --resume, with fewer --workers"
            ) from exc

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
