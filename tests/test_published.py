"""Publication dates: every source, precedence, conflicts, no date, and the index upgrade."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from factcheck.index.manifest import read_manifest
from factcheck.index.store import SCHEMA_VERSION, Store
from factcheck.ingest import parse_document
from factcheck.ingest.published import file_name_dates, parse_date, publication_date
from factcheck.models import DateSource

from .conftest import fake_build


def dates_of(rel: str, text: str) -> list[tuple[str, str, str, int | None]]:
    doc = parse_document(rel, text.encode())
    return [(d.shown, d.source.value, d.text, d.line) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sep 7,2020 09:28CST", (date(2020, 9, 7), "day")),
        ("Friday, May 17, 2024", (date(2024, 5, 17), "day")),
        ("2023-07-27", (date(2023, 7, 27), "day")),
        ("2024-04-28T23:30:00+08:00", (date(2024, 4, 28), "day")),  # the date as written
        ("7. September 2020", (date(2020, 9, 7), "day")),
        ("le 3 mars 2021", (date(2021, 3, 3), "day")),
        ("September 2020", (date(2020, 9, 1), "month")),
        ("2024", None),  # a bare year is not a dateline
        ("Tesla to double output by 2025", None),
        ("8 min read", None),
    ],
)
def test_parse_date(text: str, expected: tuple[date, str] | None) -> None:
    assert parse_date(text) == expected


def test_header_line_dates_and_labels() -> None:
    text = (
        "Home / News / Has Dice met with Musk?\n"
        "Has Dice met with Musk?\n"
        "Sep 7,2020 09:28CST\n"
        "\n"
        "By 2023, the titan was facing a crisis, Bloomberg reported on July 26, 2023.\n"
    )
    assert dates_of("a.txt", text) == [("2020-09-07", "header line", "Sep 7,2020 09:28CST", 3)]
    text = "# Deal\n\nUpdated: May 3, 2024\nPublished: May 1, 2024 — Shanghai\n\nBody text.\n"
    assert dates_of("b.md", text) == [
        ("2024-05-01", "header line", "Published: May 1, 2024 — Shanghai", 4)
    ]
    # a place-and-date line: the place is cut off before the date is read
    text = "Final count shifts one seat\n\nNordic Wire Service\nRENNICK, June 27, 2025\n\nBody.\n"
    assert dates_of("d.txt", text) == [("2025-06-27", "header line", "RENNICK, June 27, 2025", 4)]
    # a deadline's "by" is no byline: "open by November 2026" is not when it was published
    text = "Co-op questions\n\nWhen will it open? Our goal is to open by November 2026.\n"
    assert dates_of("e.txt", text) == []
    text = "Fare vote\nPosted Jan 3, 2026 by Dana Whitfield\n\nBody.\n"
    assert dates_of("f.txt", text) == [
        ("2026-01-03", "header line", "Posted Jan 3, 2026 by Dana Whitfield", 2)
    ]
    # a dateline is not the title
    assert parse_document("c.txt", b"Friday, May 17, 2024\n\nMusk pushes plan\n").title == (
        "Musk pushes plan"
    )


def test_a_table_row_s_period_is_no_publication_date() -> None:
    text = (
        "# Pothole repairs\n\nCounty Engineer's report.\n\n| Quarter | Repaired | Reports |\n"
        "|---|---|---|\n| 2026 Q3 | 71% | 1,210 |\n| 2026 Q4 | 64% | 1,530 |\n"
    )
    assert dates_of("report.md", text) == []
    text = "Fare vote\nBy Dana Whitfield | Marlow Ledger | Jan 3, 2026\n\nBody.\n"
    assert [d[0] for d in dates_of("f.txt", text)] == ["2026-01-03"]


def test_a_body_date_is_not_a_publication_date() -> None:
    text = "Deal day\n\n" + "Filler sentence here. " * 3 + "\n\n" * 12
    text += "On July 26, 2023, the two companies made a joint announcement.\n"
    assert dates_of("d.txt", text) == []


def test_front_matter_wins_and_a_disagreeing_header_is_a_conflict() -> None:
    text = "---\ntitle: VW buys in\ndate: 2023-07-27\n---\n# VW buys in\n\nJuly 26, 2023\n\nText.\n"
    doc = parse_document("2023-07-25-vw.md", text.encode())
    assert doc.title == "VW buys in"
    assert [(d.shown, d.source) for d in doc.dates] == [
        ("2023-07-27", DateSource.FRONT_MATTER),
        ("2023-07-26", DateSource.HEADER),
        ("2023-07-25", DateSource.FILE_NAME),
    ]
    chosen, conflicts = publication_date(doc.dates)
    assert chosen is not None and chosen.how == "front matter 3: 'date: 2023-07-27'"
    assert [c.how for c in conflicts] == [
        "header line 7: 'July 26, 2023'",
        "file name: '2023-07-25-vw.md'",
    ]


def test_html_meta_json_ld_and_time() -> None:
    html = """<html><head>
<meta property="article:published_time" content="2024-04-28T09:00:00Z">
<script type="application/ld+json">{"datePublished": "2024-04-27", "x": [1,],}</script>
</head><body><p><time datetime="2024-04-29">Monday</time> Musk lands.</p></body></html>"""
    assert dates_of("p.html", html) == [
        ("2024-04-28", "HTML meta", "article:published_time=2024-04-28T09:00:00Z", 2),
        ("2024-04-27", "HTML meta", "datepublished=2024-04-27", 3),
        ("2024-04-29", "header line", "2024-04-29", 4),
    ]


@pytest.mark.parametrize(
    ("rel", "shown"),
    [
        ("2024-05-17-xiaomi.md", "2024-05-17"),
        ("wire/20230726_vw.txt", "2023-07-26"),
        ("archive/2020/09/07/musk.txt", "2020-09-07"),
        ("000_0baef9e8cae16c63.txt", None),  # hex, not a date
        ("report-20231399.txt", None),  # no 99th day
    ],
)
def test_file_name_dates(rel: str, shown: str | None) -> None:
    found = file_name_dates(rel)
    assert (found[0].shown if found else None) == shown


def test_no_date_falls_back_to_mtime_marked_so(tmp_path: Path, index_env: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "undated.txt").write_text("Tesla opened a plant.\n")
    (root / "dated.txt").write_text("Plant opens\nMarch 1, 2022\n\nTesla opened a plant.\n")
    (root / "torn.md").write_text("---\ndate: 2022-03-02\n---\n# Plant\n\nMarch 5, 2022\n\nText.\n")
    stats = fake_build(root, index_env)
    assert stats.undated == ["undated.txt"]
    assert stats.date_conflicts == [
        "torn.md: dated 2022-03-02 by front matter 2: 'date: 2022-03-02', but header line 6: "
        "'March 5, 2022' says 2022-03-05"
    ]
    store = Store(index_env / read_manifest(index_env).generation_dir / "store.sqlite")
    paths = ["undated.txt", "dated.txt"]
    found = {path: dates for path, (_, _, dates) in store.document_dates(paths).items()}
    chosen, conflicts = publication_date(found["undated.txt"])
    assert chosen is not None and chosen.source is DateSource.MTIME and not conflicts
    assert chosen.how == "file modified time"
    assert publication_date(found["dated.txt"])[0].shown == "2022-03-01"  # type: ignore[union-attr]
    store.close()


def test_old_index_is_upgraded_without_re_embedding(tmp_path: Path, index_env: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "a.txt").write_text("Plant opens\nMarch 1, 2022\n\nTesla opened a plant in Berlin.\n")
    fake_build(root, index_env)
    path = index_env / read_manifest(index_env).generation_dir / "store.sqlite"
    conn = sqlite3.connect(path)  # turn it into a schema-1 store, as factcheck 0.1 wrote it
    conn.execute("ALTER TABLE documents DROP COLUMN dates")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    manifest = index_env / "manifest.json"  # factcheck 0.1 wrote no file seals either
    raw = json.loads(manifest.read_text())
    del raw["files"]
    manifest.write_text(json.dumps(raw))
    stats = fake_build(root, index_env)
    assert (stats.upgraded_from, stats.embedded, stats.changed) == (1, 0, ["a.txt"])
    store = Store(index_env / read_manifest(index_env).generation_dir / "store.sqlite")
    assert store.schema_version == SCHEMA_VERSION
    ((_, _, dates),) = store.document_dates(["a.txt"]).values()
    assert [d.how for d in dates] == ["header line 2: 'March 1, 2022'", "file modified time"]
    store.close()
    assert fake_build(root, index_env).upgraded_from is None  # once is enough


def test_a_time_element_deep_in_the_body_is_an_event() -> None:
    body = "".join(f"<p>Paragraph {i} of the story.</p>" for i in range(20))
    html = f"<html><body>{body}<p>The vote is on <time datetime='2024-06-09'>June 9</time>.</p>"
    assert dates_of("q.html", html + "</body></html>") == []
