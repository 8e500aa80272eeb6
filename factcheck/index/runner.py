"""Where the shards' jobs run: in this process (``LocalRunner``), or on a Ray cluster
(``factcheck.scale.cluster.RayRunner``, imported only for ``--ray``)."""

from __future__ import annotations

from typing import Protocol

from ..runtime.embed import Embedder, load_embedder
from .shard_job import (
    Progress,
    ShardJob,
    ShardRead,
    ShardWritten,
    WriteSpec,
    read_shard,
    write_shard,
)


class Runner(Protocol):
    """Runs every shard's step 1, then (if anything changed) every shard's step 2."""

    #: shards of a new index when none is asked for
    shards: int
    #: whether its workers may outlive the driver (then each run writes a folder of its own)
    fenced: bool

    def read(self, jobs: list[ShardJob], progress: Progress) -> list[ShardRead]: ...

    def write(self, jobs: list[ShardJob], spec: WriteSpec) -> list[ShardWritten]: ...


class LocalRunner:
    """The shards one after another in this process, with one embedder (loaded only when
    something is to be written)."""

    shards = 1
    fenced = False

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder = embedder

    def read(self, jobs: list[ShardJob], progress: Progress) -> list[ShardRead]:
        return [read_shard(job, progress) for job in jobs]

    def write(self, jobs: list[ShardJob], spec: WriteSpec) -> list[ShardWritten]:
        if self.embedder is None and jobs:
            self.embedder = load_embedder(jobs[0].model, jobs[0].backend)
        return [write_shard(job, spec, self.embedder) for job in jobs]
