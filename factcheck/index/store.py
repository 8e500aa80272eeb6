"""SQLite: documents and sentences of one index generation, and the embedding cache.

``store.sqlite`` (one per generation) holds documents and sentences; sentence ids are the FAISS
ids. ``cache.sqlite`` (one per index, shared by generations) maps a sentence text hash to its
vector, committed batch by batch, so identical sentences are embedded once and an interrupted
run's work is picked up by the next run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..errors import IndexDamagedError
from ..language import table
from ..models import DateSource, Document, FoundDate, Passage

#: 1: documents and sentences; 2: documents gain ``dates`` (publication dates found, as JSON).
SCHEMA_VERSION = 2
TABLE_ROWS = 500  # rows read back from a table row to its header

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime REAL NOT NULL,
    title TEXT NOT NULL,
    sentence_count INTEGER NOT NULL,
    dates TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    page INTEGER,
    para INTEGER,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_document ON sentences(document_id, position);
CREATE INDEX IF NOT EXISTS sentences_hash ON sentences(text_hash);
"""


def text_hash(text: str) -> str:
    """Stable key of a sentence text (the embedding cache key)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def connect(path: Path) -> sqlite3.Connection:
    # (the web app's requests run on a pool of threads and take turns on one connection)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class KnownDocument(NamedTuple):
    """A stored document as the next index run compares it with the file."""

    id: int
    content_hash: str
    size: int
    mtime: float


class TableHead(NamedTuple):
    """A table's header row and the caption right above it ("" for none)."""

    header: str
    caption: str


class DatedDocument(NamedTuple):
    id: int
    title: str
    dates: list[FoundDate]  # found in the document, most trusted first; the file's mtime last


def _damage_is_named(cls: type) -> type:
    """Every public method of ``cls`` turns SQLite's "malformed" / "not a database" errors
    into an IndexDamagedError naming the file and the repair (a full disk or a lock, which
    SQLite reports as OperationalError, passes unchanged)."""

    def guard(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(self: Store, *args: object, **kwargs: object) -> object:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise
                raise IndexDamagedError(
                    f"{self.path}: {exc} (the index is damaged); repair it with: {self.repair}"
                ) from exc

        return guarded

    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            setattr(cls, name, guard(value))
    return cls


#: Lines between two rows of one Markdown table: the separator rule under its header.
TABLE_GAP = 2
CAPTION_GAP = 2  # a table's caption is at most this many lines above its header ...
CAPTION_WORDS = 25  # ... and at most this many words long (a paragraph is no caption)
# ... and no document's date, byline or note ("Published February 3, 2026.", "Source: ...")
NO_CAPTION = re.compile(
    r"^\s*(?:published|released|updated|issued|posted|dated|by|sources?|notes?)\b", re.IGNORECASE
)


def _next_row(text: str, line: int, beside: int) -> bool:
    """Whether a sentence on ``line`` is a row of the same Markdown table as the one on line
    ``beside``: a row, at most TABLE_GAP lines away (the rule under the header)."""
    return table.is_row(text) and abs(line - beside) <= TABLE_GAP


def _header_below(found: list[Passage], at: int) -> int | None:
    """Where the table a heading (``found[at]``) heads starts: its header row right below it,
    or below a line or two of prose that says where the figures come from ("# Zoo attendance,
    2021-2026" / "Annual report to the city, filed September 10." / "| Year | Visitors |")."""
    for i in range(at + 1, min(at + 1 + HEADING_REACH, len(found))):
        if table.is_row(found[i].text):
            return i if found[i].line - found[at].line <= HEADING_LINES else None
    return None


#: How many sentences, and lines, below a heading its table's header may start.
HEADING_REACH = 2
HEADING_LINES = 4


@_damage_is_named
class Store:
    """Documents and sentences of one generation."""

    def __init__(self, path: Path, create: bool = False, repair: str = "") -> None:
        if not create and not path.exists():
            raise FileNotFoundError(path)
        self.path = path
        self.repair = repair or "factcheck index FOLDER --rebuild"
        self.conn = connect(path)
        if create:
            self.conn.executescript(_SCHEMA)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> int:
        """Bring an older store up to SCHEMA_VERSION; returns the version it had.

        Version 1 lacks document dates: the column is added empty, and the caller must read
        every document again to fill it (its sentences' vectors are cached, so nothing is
        embedded again).
        """
        version = self.schema_version
        if version < 2:
            self.conn.execute("ALTER TABLE documents ADD COLUMN dates TEXT NOT NULL DEFAULT '[]'")
        if version < SCHEMA_VERSION:
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.commit()
        return version

    def copy_to(self, target: Path) -> Store:
        """A copy of this store at ``target`` (SQLite online backup)."""
        dest = connect(target)
        with dest:
            self.conn.backup(dest)
        dest.close()
        return Store(target)

    # documents -----------------------------------------------------------------------------
    def documents(self) -> dict[str, KnownDocument]:
        """path -> what the store knows of the file (to tell whether it changed)."""
        rows = self.conn.execute("SELECT path, id, content_hash, size, mtime FROM documents")
        return {r[0]: KnownDocument(*r[1:]) for r in rows}

    def document_dates(self, paths: Sequence[str]) -> dict[str, DatedDocument]:
        """path -> its id, title, and the dates found in it + its file modification time, last."""
        if not paths:
            return {}
        marks = ",".join("?" * len(paths))
        rows = self.conn.execute(
            f"SELECT path, id, title, dates, mtime FROM documents WHERE path IN ({marks})",
            list(paths),
        )
        out: dict[str, DatedDocument] = {}
        for path, doc_id, title, raw, mtime in rows:
            dates = [FoundDate.model_validate(d) for d in json.loads(raw)]
            modified = datetime.fromtimestamp(mtime, UTC).date()
            dates.append(FoundDate(value=modified, source=DateSource.MTIME, text=""))
            out[path] = DatedDocument(doc_id, title, dates)
        return out

    def titles(self, paths: Sequence[str]) -> dict[str, str]:
        """path -> the document's title (its headline, for who "the company" is)."""
        if not paths:
            return {}
        marks = ",".join("?" * len(paths))
        rows = self.conn.execute(
            f"SELECT path, title FROM documents WHERE path IN ({marks})", list(paths)
        )
        return dict(rows.fetchall())

    def openings(self, paths: Sequence[str], n: int = 6) -> dict[str, list[Passage]]:
        """path -> the document's first ``n`` sentences (what a document says of its own form:
        a byline, a dateline, "For immediate release", "TRANSCRIPT"; what a correction
        corrects)."""
        if not paths:
            return {}
        marks = ",".join("?" * len(paths))
        rows = self.conn.execute(
            f"{self._PASSAGE} WHERE d.path IN ({marks}) AND s.position < ?"
            " ORDER BY d.path, s.position",
            [*paths, n],
        )
        out: dict[str, list[Passage]] = {}
        for row in rows:
            out.setdefault(row[1], []).append(self._passage(row))
        return out

    def closings(self, paths: Sequence[str], n: int = 3) -> dict[str, str]:
        """path -> the document's last ``n`` sentences, joined (a release's "Media contact:",
        a column's "The views expressed ...")."""
        if not paths:
            return {}
        marks = ",".join("?" * len(paths))
        rows = self.conn.execute(
            "SELECT d.path, s.text FROM sentences s JOIN documents d ON d.id = s.document_id"
            f" WHERE d.path IN ({marks}) AND s.position >= ("
            "SELECT MAX(position) FROM sentences WHERE document_id = d.id) - ?"
            " ORDER BY d.path, s.position",
            [*paths, n - 1],
        )
        out: dict[str, list[str]] = {}
        for path, text in rows:
            out.setdefault(path, []).append(text)
        return {path: "\n".join(texts) for path, texts in out.items()}

    def lines(self, doc_id: int) -> list[tuple[str, int, int, int]]:
        """(text, line, end line, position) of each sentence of a document, in order."""
        rows = self.conn.execute(
            "SELECT text, line, end_line, position FROM sentences WHERE document_id=?"
            " ORDER BY position",
            (doc_id,),
        )
        return [tuple(r) for r in rows]

    def catalogue(self) -> list[tuple[str, str, str, int]]:
        """(path, title, format, sentence count) of every document, by path."""
        rows = self.conn.execute(
            "SELECT path, title, format, sentence_count FROM documents ORDER BY path"
        )
        return [tuple(r) for r in rows]

    def dated(self, day: date) -> list[str]:
        """The paths of the documents whose own date (the first found, not a file time) is
        ``day``: SQLite reads the stored dates, so no document is loaded to ask."""
        rows = self.conn.execute(
            "SELECT path FROM documents WHERE json_extract(dates, '$[0].value') = ?"
            " AND json_extract(dates, '$[0].source') != ? ORDER BY path",
            (day.isoformat(), DateSource.MTIME.value),
        )
        return [r[0] for r in rows]

    def all_dates(self) -> list[tuple[str, list[FoundDate]]]:
        """(path, dates found in the document) for every document, by path."""
        rows = self.conn.execute("SELECT path, dates FROM documents ORDER BY path")
        return [(p, [FoundDate.model_validate(d) for d in json.loads(r)]) for p, r in rows]

    def touch(self, doc_id: int, size: int, mtime: float) -> None:
        self.conn.execute("UPDATE documents SET size=?, mtime=? WHERE id=?", (size, mtime, doc_id))

    def remove(self, paths: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM documents WHERE path=?", [(p,) for p in paths])

    def add(self, doc: Document, digest: str, size: int, mtime: float) -> None:
        """Insert (or replace) a document and its sentences."""
        self.conn.execute("DELETE FROM documents WHERE path=?", (doc.path,))
        cur = self.conn.execute(
            "INSERT INTO documents (path, format, content_hash, size, mtime, title, sentence_count,"
            " dates) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.path, doc.format.value, digest, size, mtime, doc.title, len(doc.sentences),
                json.dumps([d.model_dump(mode="json") for d in doc.dates]),
            ),
        )  # fmt: skip
        doc_id = cur.lastrowid
        self.conn.executemany(
            "INSERT INTO sentences (document_id, position, line, col, end_line, page, para, text,"
            " text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_id, i, s.line, s.col, s.end_line, s.page, s.para, s.text, text_hash(s.text))
                for i, s in enumerate(doc.sentences)
            ],
        )

    def commit(self) -> None:
        self.conn.commit()

    # sentences -----------------------------------------------------------------------------
    #: Sentences in archive order (document path, then position): the order FAISS and BM25
    #: hold them in, which breaks their ties. Ids depend on the order documents were added;
    #: this order does not, so an updated index answers exactly as a clean build.
    _ARCHIVE_ORDER = (
        "FROM sentences s JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.position"
    )

    def sentence_hashes(self) -> tuple[np.ndarray, list[str]]:
        """All sentence ids and their text hashes, in archive order."""
        rows = self.conn.execute(f"SELECT s.id, s.text_hash {self._ARCHIVE_ORDER}").fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64), [r[1] for r in rows]

    def texts(self) -> tuple[np.ndarray, list[str]]:
        """All sentence ids and their texts, in archive order."""
        rows = self.conn.execute(f"SELECT s.id, s.text {self._ARCHIVE_ORDER}").fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64), [r[1] for r in rows]

    def iter_sentences(self) -> Iterator[tuple[int, str]]:
        """(id, text hash) of every sentence in archive order, streamed."""
        yield from self.conn.execute(f"SELECT s.id, s.text_hash {self._ARCHIVE_ORDER}")

    def iter_texts(self) -> Iterator[str]:
        """The text of every sentence in archive order, streamed."""
        for (text,) in self.conn.execute(f"SELECT s.text {self._ARCHIVE_ORDER}"):
            yield text

    def iter_hashes(self) -> Iterator[str]:
        """The text hash of every sentence (in no order), streamed."""
        for (h,) in self.conn.execute("SELECT text_hash FROM sentences"):
            yield h

    def texts_for(self, hashes: Sequence[str]) -> dict[str, str]:
        """text hash -> text, for the given hashes."""
        out: dict[str, str] = {}
        for i in range(0, len(hashes), 500):
            part = hashes[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT text_hash, MIN(text) FROM sentences WHERE text_hash IN ({marks})"
                " GROUP BY text_hash",
                list(part),
            )
            out.update(rows.fetchall())
        return out

    def unique_texts(self) -> dict[str, str]:
        """text hash -> text, one entry per distinct sentence text."""
        rows = self.conn.execute("SELECT text_hash, MIN(text) FROM sentences GROUP BY text_hash")
        return dict(rows.fetchall())

    _PASSAGE = (
        "SELECT s.id, d.path, s.line, s.col, s.end_line, s.page, s.para, s.text, s.document_id,"
        " s.position FROM sentences s JOIN documents d ON d.id = s.document_id"
    )

    @staticmethod
    def _passage(row: Sequence) -> Passage:
        return Passage(
            id=row[0], file=row[1], line=row[2], col=row[3], end_line=row[4], page=row[5],
            para=row[6], text=row[7],
        )  # fmt: skip

    def passages(self, ids: Sequence[int]) -> dict[int, tuple[Passage, int, int]]:
        """id -> (passage, document id, position in document)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"{self._PASSAGE} WHERE s.id IN ({marks})", list(ids))
        return {r[0]: (self._passage(r), r[8], r[9]) for r in rows}

    def table_headers(self, ids: Sequence[int]) -> dict[int, str]:
        """id -> the header row of the Markdown table the sentence is a row of ("Candidate |
        Party | Votes"), for each id that is a row below its table's header."""
        return {sid: head.header for sid, head in self.table_heads(ids).items()}

    def table_captions(self, ids: Sequence[int]) -> dict[int, str]:
        """id -> the caption of the table the sentence is a row of, where it has one."""
        return {sid: head.caption for sid, head in self.table_heads(ids).items() if head.caption}

    def table_heads(self, ids: Sequence[int]) -> dict[int, TableHead]:
        """id -> the header row of the Markdown table the sentence is a row of, and the
        caption right above it ("Workers paid less than $17 an hour, by sector (2025)"),
        which says what every row counts ("" for none), for each id that is a row below its
        table's header: one walk up to the header for both."""
        out: dict[int, TableHead] = {}
        for sid, (passage, doc_id, position) in self.passages(ids).items():
            if not table.is_row(passage.text):
                continue
            rows = self.conn.execute(
                "SELECT text, line FROM sentences WHERE document_id=? AND position BETWEEN ? AND ?"
                " ORDER BY position DESC",
                (doc_id, position - TABLE_ROWS, position - 1),
            )
            line, header, caption, caption_line = passage.line, "", [], 0
            for text, row_line in rows:
                if not caption and _next_row(text, row_line, line):
                    header, line = text, row_line
                    continue
                # (the caption: the line right above the header, in one sentence or more)
                if (
                    not header or table.is_row(text) or line - row_line > CAPTION_GAP
                    or NO_CAPTION.match(text)
                ):  # fmt: skip
                    break
                if caption and row_line != caption_line:
                    break
                caption, caption_line = [text, *caption], row_line
            if header:
                said = " ".join(caption)
                out[sid] = TableHead(header, said if len(said.split()) <= CAPTION_WORDS else "")
        return out

    def tables(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """id -> every row of the Markdown table the sentence is a row of (its header first),
        up to TABLE_ROWS on each side, for each id that is a row."""
        out: dict[int, list[str]] = {}
        for sid, (passage, doc_id, position) in self.passages(ids).items():
            if not table.is_row(passage.text):
                continue
            rows = self.conn.execute(
                "SELECT text, line, position FROM sentences WHERE document_id=?"
                " AND position BETWEEN ? AND ? ORDER BY position",
                (doc_id, position - TABLE_ROWS, position + TABLE_ROWS),
            ).fetchall()
            at = next(i for i, r in enumerate(rows) if r[2] == position)
            first = last = at
            while first > 0 and _next_row(rows[first - 1][0], rows[first - 1][1], rows[first][1]):
                first -= 1
            while last + 1 < len(rows) and _next_row(
                rows[last + 1][0], rows[last + 1][1], rows[last][1]
            ):
                last += 1
            out[sid] = [r[0] for r in rows[first : last + 1]]
        return out

    def table_rows(self, ids: Sequence[int], limit: int) -> dict[int, list[Passage]]:
        """id -> the first ``limit`` rows of the Markdown table the sentence heads: its header
        row ("Level | Condition | Estimated repair cost"), or the heading line right above
        the header ("Condition and estimated repair cost"). A header says what its rows hold
        and no record itself; the rows are the records."""
        out: dict[int, list[Passage]] = {}
        for sid, (passage, doc_id, position) in self.passages(ids).items():
            rows = self.conn.execute(
                f"{self._PASSAGE} WHERE s.document_id=? AND s.position BETWEEN ? AND ?"
                " ORDER BY s.position",
                (doc_id, position - 1, position + limit + 1),
            ).fetchall()
            found = [self._passage(r) for r in rows]
            at = next(i for i, p in enumerate(found) if p.id == sid)
            before = found[at - 1] if at else None
            if before is not None and _next_row(before.text, before.line, passage.line):
                continue  # a row below the header, not the header
            start = at if table.is_row(passage.text) else _header_below(found, at)
            if start is None:
                continue
            line, taken = found[start].line, []
            for p in found[start + 1 :]:
                if not _next_row(p.text, p.line, line):
                    break
                taken.append(p)
                line = p.line
            if taken:
                out[sid] = taken[:limit]
        return out

    def line_starts(self, ids: Sequence[int]) -> dict[int, Passage]:
        """id -> the first sentence of the sentence's line: a transcript turn's opening, with
        its speaker's label ("COUNCILMEMBER ANA RUIZ: ..."), however long the turn."""
        out: dict[int, Passage] = {}
        for sid, (passage, doc_id, _) in self.passages(ids).items():
            row = self.conn.execute(
                f"{self._PASSAGE} WHERE s.document_id=? AND s.line=? ORDER BY s.position LIMIT 1",
                (doc_id, passage.line),
            ).fetchone()
            out[sid] = self._passage(row) if row else passage
        return out

    def near(
        self, ids: Sequence[int], words: Sequence[str], reach: int
    ) -> dict[int, list[Passage]]:
        """id -> the sentences of its document up to ``reach`` before it (``reach`` < 0) or
        after it that hold one of ``words``, the nearest first: the motion a clerk's roll call
        several turns later decides, or the roll call that decides a motion."""
        out: dict[int, list[Passage]] = {}
        like = " OR ".join("s.text LIKE ?" for _ in words)
        for sid, (_, doc_id, position) in self.passages(ids).items():
            low, high = sorted((position + reach, position + (1 if reach > 0 else -1)))
            rows = self.conn.execute(
                f"{self._PASSAGE} WHERE s.document_id=? AND s.position BETWEEN ? AND ?"
                f" AND ({like}) ORDER BY s.position {'DESC' if reach < 0 else 'ASC'}",
                (doc_id, low, high, *(f"%{w}%" for w in words)),
            ).fetchall()
            out[sid] = [self._passage(r) for r in rows]
        return out

    def neighbours(self, doc_id: int, position: int, n: int) -> tuple[list[Passage], list[Passage]]:
        """Up to ``n`` sentences before and after a position in a document."""
        rows = self.conn.execute(
            f"{self._PASSAGE} WHERE s.document_id=? AND s.position BETWEEN ? AND ?"
            " ORDER BY s.position",
            (doc_id, position - n, position + n),
        ).fetchall()
        before = [self._passage(r) for r in rows if r[9] < position]
        after = [self._passage(r) for r in rows if r[9] > position]
        return before, after

    def counts(self) -> tuple[int, int, int]:
        """(documents, sentences, distinct sentence texts)."""
        docs = self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        sents, unique = self.conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT text_hash) FROM sentences"
        ).fetchone()
        return docs, sents, unique

    def formats(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT format, COUNT(*) FROM documents GROUP BY format")
        return dict(rows.fetchall())


class VectorCache:
    """text hash -> float32 vector, for one model; committed per batch (crash safe)."""

    def __init__(self, path: Path, dimension: int, model_key: str) -> None:
        self.dimension = dimension
        try:
            self._open(path, model_key)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise  # a full disk or a locked file: nothing wrong with the cache itself
            # a damaged cache holds only vectors that can be computed again: start a new one
            self.conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            self._open(path, model_key)

    def _open(self, path: Path, model_key: str) -> None:
        dimension = self.dimension
        self.conn = sqlite3.connect(str(path))
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS vectors (text_hash TEXT PRIMARY KEY, vector BLOB NOT NULL)"
        )
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = self.conn.execute("SELECT value FROM meta WHERE key='model'").fetchone()
        if row is None or row[0] != f"{model_key}|{dimension}":
            # vectors from another model (an interrupted rebuild) are of no use: start over
            self.conn.execute("DELETE FROM vectors")
            self.conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('model', ?)", (f"{model_key}|{dimension}",)
            )
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def missing(self, hashes: Iterable[str]) -> list[str]:
        """The hashes with no vector yet."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (h TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM wanted")
        self.conn.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((h,) for h in hashes))
        rows = self.conn.execute(
            "SELECT h FROM wanted WHERE h NOT IN (SELECT text_hash FROM vectors) ORDER BY h"
        ).fetchall()
        return [r[0] for r in rows]

    def put(self, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Store vectors and commit (one transaction per batch)."""
        data = np.ascontiguousarray(vectors, dtype=np.float32)
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                ((h, data[i].tobytes()) for i, h in enumerate(hashes)),
            )

    def get(self, hashes: Sequence[str]) -> np.ndarray:
        """Vectors for hashes, in order (every hash must be present)."""
        out = np.empty((len(hashes), self.dimension), dtype=np.float32)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (h TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM wanted")
        self.conn.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((h,) for h in hashes))
        found = dict(
            self.conn.execute(
                "SELECT v.text_hash, v.vector FROM vectors v JOIN wanted w ON w.h = v.text_hash"
            ).fetchall()
        )
        for i, h in enumerate(hashes):
            out[i] = np.frombuffer(found[h], dtype=np.float32)
        return out

    def prune(self, keep: Iterable[str]) -> None:
        """Drop vectors of texts no longer in the index."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (h TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM wanted")
        self.conn.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((h,) for h in keep))
        with self.conn:
            self.conn.execute("DELETE FROM vectors WHERE text_hash NOT IN (SELECT h FROM wanted)")
