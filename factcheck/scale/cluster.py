"""Ray: index shards and batch claims spread over a cluster's workers (``--ray [ADDRESS]``).

Only ``--ray`` imports this module, and only this module imports Ray. ADDRESS ``auto`` joins
the cluster running on this machine (``ray start --head``), ``host:port`` or ``ray://host:port``
a remote one; none starts a local cluster for the run. Workers read the archive and write the
index at the same paths as the driver: on a cluster of several machines, both lie on a shared
file system, and every node has factcheck installed.

Index: each shard's two steps (``shard_job.read_shard``, ``shard_job.write_shard``) are Ray
tasks (one CPU each; a task whose worker dies is run again, ``max_retries``); the driver alone
commits the manifest, after every shard is written, so a failed or killed run leaves the
previous index whole. Batch: one actor per CPU holds a Verifier; the driver hands it batches of
claims and writes their results in input order.
"""

from __future__ import annotations

import itertools
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from ..errors import FactcheckError
from ..index.shard_job import (
    Progress,
    ShardJob,
    ShardRead,
    ShardWritten,
    WriteSpec,
    read_shard,
    write_shard,
)
from .processes import in_order

#: Times Ray runs a task again when its worker process or machine is lost.
RETRIES = 3
#: Batches of claims in flight per actor (one computing, one waiting).
IN_FLIGHT = 2
LOCAL = "local"
T = TypeVar("T")


def _ray():  # noqa: ANN202
    try:
        import ray
    except ImportError as exc:
        raise FactcheckError(
            "Ray is not installed; run: pip install 'factcheck[ray]' (or leave out --ray)"
        ) from exc
    return ray


def connect(address: str | None = LOCAL) -> Any:
    """Ray, joined to the cluster at ``address`` (``local`` or None: a new local one)."""
    ray = _ray()
    if ray.is_initialized():
        return ray
    options: dict[str, Any] = {"logging_level": "ERROR", "log_to_driver": False}
    # the workers run this Python, with the driver's environment (FACTCHECK_*, offline model)
    options["runtime_env"] = {"env_vars": {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "0"}}
    try:
        if address in (None, "", LOCAL):
            ray.init(include_dashboard=False, **options)
        else:
            _reachable(address)
            ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = "a local Ray cluster" if address in (None, "", LOCAL) else f"Ray at {address!r}"
        first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise FactcheckError(
            f"cannot start or reach {where} ({first}); start one with `ray start --head` and "
            "pass --ray auto, give its address (host:port), or leave out --ray"
        ) from exc
    return ray


def _reachable(address: str, timeout: float = 5.0) -> None:
    """ConnectionError unless something listens at host:port (Ray itself would wait for
    minutes on an address where no cluster runs); ``auto`` is Ray's to find."""
    if address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"not an address: {address!r} (give host:port or ray://host:port)")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConnectionError(f"nothing answers at {host}:{port}: {exc.strerror or exc}") from exc


def cluster_cpus() -> int:
    """CPUs of the joined cluster (at least 1)."""
    return max(1, int(_ray().cluster_resources().get("CPU", 1)))


def _one_thread() -> None:
    """A task has one CPU of its node: onnxruntime and FAISS use one thread."""
    os.environ["FACTCHECK_THREADS"] = "1"


def _read_task(job: ShardJob) -> ShardRead:
    _one_thread()
    return read_shard(job)


def _write_task(job: ShardJob, spec: WriteSpec) -> ShardWritten:
    _one_thread()
    return write_shard(job, spec)


class RayRunner:
    """Runs the shards' jobs as Ray tasks (see ``factcheck.index.runner.Runner``)."""

    #: a task can outlive a killed driver for a while: each run writes its own folder
    fenced = True

    def __init__(self, address: str | None = LOCAL) -> None:
        self.ray = connect(address)
        self.shards = cluster_cpus()  # a new index: one shard per CPU of the cluster

    def read(self, jobs: list[ShardJob], progress: Progress) -> list[ShardRead]:
        task = self.ray.remote(num_cpus=1, max_retries=RETRIES)(_read_task)
        return self._gather([task.remote(job) for job in jobs], jobs, "reading shards", progress)

    def write(self, jobs: list[ShardJob], spec: WriteSpec) -> list[ShardWritten]:
        plain = WriteSpec(spec.kind, spec.statistics, spec.gen_dir)  # (no progress callback)
        task = self.ray.remote(num_cpus=1, max_retries=RETRIES)(_write_task)
        refs = [task.remote(job, plain) for job in jobs]
        return self._gather(refs, jobs, "embedding and writing shards", spec.progress)

    def _gather(self, refs: list, jobs: list[ShardJob], stage: str, progress: Progress) -> list:
        advance = progress(stage, len(refs))
        waiting = list(refs)
        try:
            while waiting:
                done, waiting = self.ray.wait(waiting, num_returns=1)
                self.ray.get(done)  # a failed task raises here, at once
                advance(len(done))
            return self.ray.get(refs)
        except self.ray.exceptions.RayError as exc:
            for ref in waiting:
                self.ray.cancel(ref, force=True)
            raise _failure(exc, jobs, refs) from exc


def _failure(exc: Exception, jobs: list[ShardJob], refs: list) -> Exception:
    """A task's own FactcheckError as it was; anything else in one line, with its shard."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, FactcheckError | OSError):
        return cause
    first = str(cause or exc).strip().splitlines()
    why = first[-1][:300] if first else type(exc).__name__
    return FactcheckError(
        f"a Ray task failed ({type(cause or exc).__name__}: {why}); the previous index is "
        "unchanged; run index again (finished shards' vectors are cached)"
    )


class _Checker:
    """A Ray actor's state: a Verifier on the index, loaded once."""

    def __init__(self, index_dir: str, nli_model: str | None, stance: str | None) -> None:
        _one_thread()
        from ..index.search import Index
        from ..verify.verifier import Verifier

        self.verifier = Verifier(Index.open(index_dir), nli_model=nli_model, stance=stance)

    def verify(self, claims: list[str]) -> list:
        return self.verifier.verify_many(claims)


class VerifierPool:
    """Ray actors, one per CPU, each with a Verifier on the index; ``map`` checks batches of
    claims on them and yields the results in the order the batches came."""

    def __init__(
        self, address: str | None, index_dir: str, nli_model: str | None, stance: str | None
    ) -> None:
        self.ray = connect(address)
        checker = self.ray.remote(num_cpus=1, max_restarts=RETRIES, max_task_retries=RETRIES)(
            _Checker
        )
        self.actors = [checker.remote(index_dir, nli_model, stance) for _ in range(cluster_cpus())]

    def map(self, batches: Iterable[T], claims: Callable[[T], list[str]]) -> Iterator[tuple]:
        """(batch, its verifications) for each batch, in order; at most IN_FLIGHT batches per
        actor are out at once, so memory stays bounded on any input."""
        actors = itertools.cycle(self.actors)

        def submit(chunk: list[str]) -> Any:
            return next(actors).verify.remote(chunk)

        try:
            yield from in_order(batches, claims, submit, self.ray.get, IN_FLIGHT * len(self.actors))
        except self.ray.exceptions.RayError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, FactcheckError):
                raise cause from exc
            raise FactcheckError(
                f"a Ray worker failed ({type(cause or exc).__name__}); the results written so "
                "far are kept: run batch again with --resume"
            ) from exc

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)


def shutdown() -> None:
    """Leave the cluster (a local one started for the run stops)."""
    ray = _ray()
    if ray.is_initialized():
        ray.shutdown()
