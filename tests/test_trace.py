"""factcheck trace on a fixture archive with known dates, attributions and one copied passage.

examples/trace holds seven documents about one (invented) deal:
- rumour.txt (header "September 5, 2020"): the claim, "it is reported" (an unnamed source);
- wire.txt (header "Sep 7, 2020 08:15 CET"): the claim, "Bloomberg reported";
- blog.html (meta article:published_time 2020-09-08): the claim in its own voice;
- torn.md (front matter 2020-09-08, header "September 6, 2020"): conflicting dates;
- copy.md (front matter 2020-09-09): four sentences of wire.txt nearly word for word;
- 2020-09-10-denial.txt (date only in the file name): "has not agreed" (a conflict);
- notes.txt: no date at all (its file modified time is set to 2021-01-01 here).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import IndexMismatchError
from factcheck.index.manifest import read_manifest
from factcheck.index.search import Index
from factcheck.trace.copies import Line, Shared, Text, is_copy, shared_all
from factcheck.trace.tracer import Tracer

from .conftest import TRACE_ARCHIVE, fake_build

CLAIM = "Northwind Motors agreed to buy a stake in Helios Batteries"
MTIME = datetime(2021, 1, 1, 12, 0).timestamp()


def shared(text_a: Text, text_b: Text) -> Shared:
    """What ``b`` shares with ``a``, as trace finds it among all the documents."""
    found = shared_all([text_a, text_b]).get((0, 1))
    return found or Shared(pairs=[], share_a=0.0, share_b=0.0, spans=[])


@pytest.fixture
def archive(tmp_path: Path, index_env: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(TRACE_ARCHIVE, root)
    for path in root.iterdir():
        os.utime(path, (MTIME, MTIME))
    fake_build(root, index_env)
    return root


def test_timeline_order_dates_and_attributions(archive: Path, index_env: Path) -> None:
    trace = Tracer(Index.open(index_env)).trace(CLAIM)
    assert [
        (e.date.shown, e.role, e.citation, [a.shown for a in e.attributions])
        for e in trace.timeline
    ] == [
        ("2020-09-05", "carries", "rumour.txt:4", ["an unnamed source ('it is reported')"]),
        ("2020-09-07", "carries", "wire.txt:4", ["Bloomberg reported"]),
        ("2020-09-08", "carries", "blog.html:10", []),
        ("2020-09-08", "carries", "torn.md:8", ["Analysts at Crestline said"]),
        ("2020-09-09", "carries", "copy.md:7", ["Bloomberg reported"]),
        ("2020-09-10", "conflicts", "2020-09-10-denial.txt:3", ["Northwind spokesman said"]),
        ("undated (file modified 2021-01-01)", "carries", "notes.txt:3", []),
    ]
    how = {e.file: e.date.date.how for e in trace.timeline}
    assert how == {
        "rumour.txt": "header line 2: 'September 5, 2020'",
        "wire.txt": "header line 2: 'Sep 7, 2020 08:15 CET'",
        "blog.html": "HTML meta 6: 'article:published_time=2020-09-08T10:00:00+02:00'",
        "torn.md": "front matter 2: 'date: 2020-09-08'",
        "copy.md": "front matter 3: 'date: 2020-09-09'",
        "2020-09-10-denial.txt": "file name: '2020-09-10-denial.txt'",
        "notes.txt": "file modified time",
    }
    torn = next(e for e in trace.timeline if e.file == "torn.md")
    assert [c.how for c in torn.date.conflicts] == ["header line 6: 'September 6, 2020'"]


def test_first_seen_sources_voice_and_notes(archive: Path, index_env: Path) -> None:
    trace = Tracer(Index.open(index_env)).trace(CLAIM)
    assert trace.first_seen is not None
    assert trace.first_seen.line == (
        "First reported by an unnamed source ('it is reported') (via rumour.txt, dated "
        "2020-09-05 by header line 2: 'September 5, 2020')"
    )
    assert [(s.source, s.kind, s.documents, s.first_date) for s in trace.sources] == [
        ("Bloomberg", "outlet", ["wire.txt", "copy.md"], "2020-09-07"),
        ("Analysts at Crestline", "named", ["torn.md"], "2020-09-08"),
    ]
    assert trace.unnamed == ["rumour.txt"]
    assert trace.own_voice == ["blog.html", "notes.txt"]
    assert trace.notes == [
        "1 document(s) carry no date of their own and are placed last, by file modified "
        "time: notes.txt",
        "torn.md: dated 2020-09-08 by front matter 2: 'date: 2020-09-08', but header line 6: "
        "'September 6, 2020' says 2020-09-06",
    ]


def test_the_copy_pair(archive: Path, index_env: Path) -> None:
    trace = Tracer(Index.open(index_env)).trace(CLAIM)
    assert [c.model_dump() for c in trace.copies] == [
        {
            "original": "wire.txt",
            "duplicate": "copy.md",
            "files": ["wire.txt", "copy.md"],
            "why": "wire.txt is dated 2020-09-07, copy.md 2020-09-09",
            "shared_sentences": 4,
            "shares": [0.707, 0.806],
            "spans": ["copy.md:7-10 = wire.txt:4-7 (4 sentences)"],
            "carries_claim": True,
        }
    ]


def test_copy_rules() -> None:
    def text(*sentences: str) -> Text:
        return Text([Line(s, i + 1, i + 1, i) for i, s in enumerate(sentences)])

    a = text(
        "Northwind Motors has agreed to buy a stake in Helios Batteries, Bloomberg reported.",
        "Helios makes solid-state cells at a plant outside Lyon and employs about 900 people.",
        "The weather in Lyon was mild all week, and the plant ran three shifts.",
    )
    # one shared sentence (the claim, stated alike) is not a copy
    one = shared(
        a, text("Northwind Motors has agreed to buy a stake in Helios Batteries, it said.")
    )
    assert len(one.pairs) == 1 and not is_copy(one)
    # a light edit ("around" for "about") in a run of two is
    two = shared(
        a,
        text(
            "Northwind Motors has agreed to buy a stake in Helios Batteries, Bloomberg reported.",
            "Helios makes solid-state cells at a plant outside Lyon and employs around 900 people.",
        ),
    )
    assert [(p1.line, p2.line, sim) for p1, p2, sim in two.pairs] == [(1, 1, 1.0), (2, 2, 0.933)]
    assert two.spans == [((1, 2), (1, 2), 2)] and is_copy(two)
    # a paraphrase is not a copy
    para = shared(
        a, text("Helios, a Lyon cell maker with 900 staff, will sell a stake to Northwind.")
    )
    assert para.pairs == []


def test_undetermined_original_when_a_copy_is_undated(tmp_path: Path, index_env: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(TRACE_ARCHIVE, root)
    (root / "copy.md").write_text(
        (root / "copy.md").read_text().replace("date: 2020-09-09\n", ""), encoding="utf-8"
    )
    for path in root.iterdir():
        os.utime(path, (MTIME, MTIME))
    fake_build(root, index_env)
    (pair,) = Tracer(Index.open(index_env)).trace(CLAIM).copies
    assert (pair.original, pair.duplicate, pair.why) == (
        None, None, "undetermined: copy.md has no date of its own",
    )  # fmt: skip


def test_nothing_carries_the_claim(archive: Path, index_env: Path) -> None:
    trace = Tracer(Index.open(index_env)).trace("Quantum computers broke RSA encryption in 2019")
    assert trace.timeline == [] and trace.first_seen is None and trace.copies == []
    assert trace.notes == ["no document in the archive carries the claim"]


def test_cli_trace_text_and_json(archive: Path, index_env: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["trace", CLAIM])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for line in (
        "  2020-09-07   CARRIES   archive/wire.txt:4  [header line 2: 'Sep 7, 2020 08:15 CET']",
        "               Bloomberg reported",
        "               date conflict: header line 6: 'September 6, 2020' says 2020-09-06",
        "  undated (file modified 2021-01-01) CARRIES   archive/notes.txt:3",
        "               in its own voice (no attribution)",
        "  Bloomberg (outlet): 2 documents, first 2020-09-07: archive/wire.txt, archive/copy.md",
        "Unnamed sources in: archive/rumour.txt",
        "  archive/copy.md copies archive/wire.txt (4 sentences; 81% of archive/copy.md, "
        "71% of archive/wire.txt)",
        "    likely original: archive/wire.txt, because wire.txt is dated 2020-09-07, "
        "copy.md 2020-09-09",
        "    copy.md:7-10 = wire.txt:4-7 (4 sentences)",
    ):
        assert line in lines
    result = runner.invoke(app, ["trace", CLAIM, "--json"])
    data = json.loads(result.stdout)
    assert [e["file"] for e in data["timeline"]][:2] == ["rumour.txt", "wire.txt"]
    assert data["first_seen"]["files"] == ["rumour.txt"]
    assert data["copies"][0]["original"] == "wire.txt"


def test_trace_on_an_index_without_dates(archive: Path, index_env: Path) -> None:
    path = index_env / read_manifest(index_env).generation_dir / "store.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE documents DROP COLUMN dates")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(IndexMismatchError, match="older factcheck without document dates"):
        Tracer(Index.open(index_env))
    result = CliRunner().invoke(app, ["trace", CLAIM])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "factcheck index " in result.stderr
    # verify still works there, without the "first reported by" line
    verdict = CliRunner().invoke(app, ["verify", CLAIM])
    assert verdict.exit_code == 0 and "origin" not in verdict.stdout


def test_verify_names_the_first_report(archive: Path, index_env: Path) -> None:
    from factcheck.verify.verifier import Verifier

    v = Verifier(Index.open(index_env)).verify(
        "Northwind Motors agreed to buy Helios Batteries stake"
    )
    assert v.first_reported is not None
    assert v.first_reported.files == ["rumour.txt"]


def test_review_reports_first_reported_by(archive: Path, index_env: Path, tmp_path: Path) -> None:
    from factcheck.verify.verifier import Verifier
    from factcheck.workflows.report_html import render
    from factcheck.workflows.review import markdown, review

    draft = tmp_path / "draft.md"
    draft.write_text("# Deal\n\nNorthwind Motors agreed to buy a stake in Helios Batteries.\n")
    report = review(Verifier(Index.open(index_env)), draft)
    (item,) = report.items
    (check,) = item.claims
    line = (
        "First reported by an unnamed source ('it is reported') (via rumour.txt, dated "
        "2020-09-05 by header line 2: 'September 5, 2020')"
    )
    assert check.first_reported is not None and check.first_reported.line == line
    assert f"- {line}" in markdown(report).splitlines()
    assert "First reported by an unnamed source (&#x27;it is reported&#x27;)" in render(report)


def test_cli_trace_bad_input(archive: Path, index_env: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for args, message in (
        (["trace", "  "], "empty"),
        (["trace", "x" * 1001], "1000"),
        (["trace", CLAIM, "--index", str(tmp_path / "nowhere")], "no index at"),
        (["trace", CLAIM, "--stance", "magic"], "magic"),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith("Error: ") and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
