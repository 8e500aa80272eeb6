"""The open index and the models behind every request.

Models load once per process. Each request asks ``current()``: when ``factcheck index`` has
committed a new generation (the manifest swap is atomic), the next request opens it, with the
embedder already loaded; a request never sees a half-built index.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..index.manifest import read_manifest
from ..index.search import Index
from ..trace.tracer import Tracer
from ..verify.verifier import Verifier


class Desk:
    """One index, its verifier and tracer; requests take turns on them (one SQLite
    connection, one set of FAISS and BM25 handles); batch jobs open their own."""

    def __init__(self, index_dir: Path, stance: str | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.stance = stance
        self._lock = threading.RLock()
        self._index: Index | None = None
        self._verifier: Verifier | None = None
        self._tracer: Tracer | None = None
        self.current()  # fail at start on a missing or damaged index

    def current(self) -> Index:
        """The live index, reopened if a new generation was committed since the last call."""
        with self._lock:
            live = read_manifest(self.index_dir)
            old = self._index
            if old is None or old.manifest.generation != live.generation:
                # the loaded model serves the new generation unless --rebuild changed it
                same = old is not None and (old.manifest.model, old.manifest.backend) == (
                    live.model,
                    live.backend,
                )
                embedder = old.embedder if same else None
                if old is not None:
                    old.close()
                self._index = Index.open(self.index_dir, embedder=embedder)
                self._verifier = None
                self._tracer = None
            return self._index

    @contextmanager
    def verifier(self) -> Iterator[Verifier]:
        with self._lock:
            index = self.current()
            if self._verifier is None:
                self._verifier = Verifier(index, stance=self.stance)
            yield self._verifier

    @contextmanager
    def tracer(self) -> Iterator[Tracer]:
        with self._lock:
            index = self.current()
            if self._tracer is None:
                self._tracer = Tracer(index)
            yield self._tracer

    @contextmanager
    def index(self) -> Iterator[Index]:
        with self._lock:
            yield self.current()

    def private_verifier(self) -> Verifier:
        """A verifier of its own (own SQLite connection) for a background job; it shares the
        loaded embedder, whose onnxruntime session may run from several threads."""
        with self._lock:
            shared = self.current()
            index = Index.open(self.index_dir, embedder=shared.embedder)
        return Verifier(index, stance=self.stance)
