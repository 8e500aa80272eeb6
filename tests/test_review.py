"""review: statuses and citations of a fixture draft, reports, --fail-on exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import Atom, AtomKind, AtomStatus
from factcheck.verify.verifier import Verifier
from factcheck.workflows.review import review, suggestion

from .conftest import DATA

runner = CliRunner()
DRAFT = DATA / "draft.md"


def test_review_statuses_in_draft_order(verifier: Verifier) -> None:
    report = review(verifier, DRAFT)
    assert [(i.line, i.status.value) for i in report.items] == [
        (1, "not a factual claim"),
        (3, "contradicted"),
        (4, "contradicted"),
        (5, "not a factual claim"),
        (6, "supported"),
        (7, "no source found"),
        (8, "not a factual claim"),
    ]
    assert report.attention == [3, 4, 7]
    assert report.counts["contradicted"] == 2 and report.counts["supported"] == 1
    line3 = report.items[1]
    (check,) = line3.claims
    assert [(e.stance.value, e.citation) for e in check.evidence] == [
        ("conflicts", "official.txt:6")
    ]
    assert check.discrepancy == "number: claim says 5 million cars, source says 4.1 million cars"
    assert check.suggestion == "Acme sold 4.1 million cars last year. (source: official.txt:6)"
    # the checklist as typed data: each part of the claim with its status and line
    assert [(a.kind.value, a.claim, a.status.value, a.source, a.citation) for a in check.atoms] == [
        ("figure", "5 million cars", "conflicts", "4.1 million cars", "official.txt:6"),
        ("actor", "Acme", "found", "Acme", "official.txt:6"),
        ("relation", "sold cars last", "found", "sold, cars, last", "official.txt:6"),
    ]
    line4 = report.items[2]
    assert [c.claim for c in line4.claims] == [
        "Acme will invest $2 billion in Borealis.",
        "The Borealis plant has started production.",
    ]
    assert [c.verdict.value for c in line4.claims] == ["mixed", "contradicted"]
    assert line4.claims[1].discrepancy == "negation: claim is affirmative, source says 'not'"
    assert report.items[3].why == "a question"
    assert report.items[6].why == "a generalisation: nothing named, counted or dated"


def test_suggestion_only_for_named_differences() -> None:
    said = Atom(
        kind=AtomKind.FIGURE, claim="$1 billion", status=AtomStatus.CONFLICTS,
        source="$700 million", citation="a.md:3",
    )  # fmt: skip
    assert suggestion("VW paid $1 billion.", said) == "VW paid $700 million. (source: a.md:3)"
    assert suggestion("VW paid a lot.", said) == ""
    negated = Atom(
        kind=AtomKind.NEGATION, claim="affirmative", status=AtomStatus.CONFLICTS, source="not",
        citation="x",
    )  # fmt: skip
    assert suggestion("FSD is here.", negated) == ""


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output + result.stderr
    return result.stdout, result.stderr


def test_cli_review_reports_and_fail_on(verifier: Verifier, tmp_path: Path) -> None:
    out, _ = run("review", str(DRAFT))
    lines = out.splitlines()
    assert lines[0] == (
        f"Reviewed 7 sentences of {DRAFT}: 1 supported, 2 contradicted, 1 no source found, "
        "3 not a factual claim."
    )
    assert lines[1].startswith("  line 3    CONTRADICTED     Acme sold 5 million cars last year.")
    run("review", str(DRAFT), "--out", str(tmp_path / "r.json"))
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["items"][1]["claims"][0]["evidence"][0]["citation"] == "official.txt:6"
    run("review", str(DRAFT), "--out", str(tmp_path / "r.md"))
    md = (tmp_path / "r.md").read_text()
    assert "## Line 3: CONTRADICTED" in md
    assert '- conflicts: `official.txt:6` "Acme sold 4.1 million cars last year."' in md
    _, err = run("review", str(DRAFT), "--fail-on", "contradicted", code=3)
    assert err.strip() == "Blocked: 2 sentences are contradicted."
    run("review", str(DRAFT), "--fail-on", "unsourced", code=3)
    only_supported = tmp_path / "ok.md"
    only_supported.write_text("Acme sold 4.1 million cars last year.\n")
    run("review", str(only_supported), "--fail-on", "contradicted", "--fail-on", "mixed")


def test_review_bad_input(verifier: Verifier, tmp_path: Path) -> None:
    _, err = run("review", str(tmp_path / "none.md"), code=1)
    assert "none.md: no such file" in err
    _, err = run("review", str(DRAFT), "--fail-on", "wrong", code=1)
    assert "unknown --fail-on 'wrong'; use one of: contradicted, mixed, unsourced" in err
    _, err = run("review", str(DRAFT), "--out", str(tmp_path / "r.pdf"), code=1)
    assert "must end in .html, .md or .json" in err
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4")
    _, err = run("review", str(tmp_path / "d.pdf"), code=1)
    assert "unsupported draft type" in err


HOSTILE = "<script>alert(1)</script> Acme sold <img src=x onerror=alert(2)> 5 million cars."


def test_html_report_escapes_everything(verifier: Verifier, tmp_path: Path) -> None:
    """A draft and an archive that carry markup show it as text, never as markup."""
    archive = Path(verifier.index.manifest.root)
    (archive / "evil.md").write_text(
        "# <script>alert(3)</script>\n\nAcme sold <img src=x onerror=alert(4)> 6 million cars.\n"
    )
    from .conftest import fake_build

    fake_build(archive, verifier.index.dir)
    draft = tmp_path / "evil-draft.md"
    draft.write_text(HOSTILE + "\n", encoding="utf-8")
    run("review", str(draft), "--out", str(tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "onerror=alert(2)>" not in html
    # from the archive (the same words as the draft's line: a conflict needs the claim's event)
    assert "&lt;img src=x onerror=alert(4)&gt; 6 million cars." in html


def test_review_out_never_replaces_the_draft_or_writes_through_a_link(
    verifier: Verifier, tmp_path: Path
) -> None:
    """Issue 14's data-loss finding: `review draft.md --out draft.md` replaced the draft, and
    --out overwrote any file, through a symbolic link too. Each is refused before any model
    loads, with nothing written; --overwrite replaces a plain existing report."""
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.read_text())
    before = draft.read_text()
    for extra in ([], ["--overwrite"]):
        _, err = run("review", str(draft), "--out", str(draft), *extra, code=1)
        assert err.strip() == f"Error: {draft}: that is the draft; write the report to another file"
    assert draft.read_text() == before

    outside = tmp_path / "elsewhere" / "notes.md"
    outside.parent.mkdir()
    outside.write_text("keep me\n")
    link = tmp_path / "report.md"
    link.symlink_to(outside)
    _, err = run("review", str(draft), "--out", str(link), "--overwrite", code=1)
    assert err.strip() == f"Error: {link}: is a symbolic link; write the report to a plain path"
    assert outside.read_text() == "keep me\n"
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "elsewhere" / "new.md")
    run("review", str(draft), "--out", str(dangling), code=1)
    assert not (tmp_path / "elsewhere" / "new.md").exists()

    report = tmp_path / "report.json"
    report.write_text("old\n")
    run("review", str(draft), "--out", str(report), code=1)
    assert report.read_text() == "old\n"
    run("review", str(draft), "--out", str(report), "--overwrite")
    assert json.loads(report.read_text())["draft"] == str(draft)
    _, err = run("review", str(draft), "--out", str(tmp_path / "no" / "r.md"), code=1)
    assert err.strip() == f"Error: {tmp_path / 'no'}: no such folder for the report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_overlong_sentence_is_reported_not_fatal(verifier: Verifier, tmp_path: Path) -> None:
    """Issue 14: one 1,249-character sentence aborted the whole review ("the limit is 1000")
    and no report was written. It is now listed as not checked, and the rest is reviewed."""
    long = (
        "Acme sold 4.1 million cars last year in "
        + ", ".join(f"market number {i}" for i in range(80))
        + "."
    )
    draft = tmp_path / "long.md"
    draft.write_text(f"Acme sold 4.1 million cars last year.\n\n{long}\n")
    report = review(verifier, draft)
    assert [(i.line, i.status.value) for i in report.items] == [
        (1, "supported"), (3, "no source found"),
    ]  # fmt: skip
    assert report.items[1].why == (
        f"not checked: {len(long):,} characters, over the 1,000-character limit of one claim; "
        "split the sentence to check it"
    )
    assert report.items[1].claims == []


def test_markdown_report_is_inert(tmp_path: Path, index_env: Path) -> None:
    """Issue 14: the Markdown report escaped nothing: <script>/<img onerror> from drafts and
    archive sentences rendered live, and a backtick in a file name broke out of the code
    span into a link. Rendered with a CommonMark renderer (markdown-it, as Chromium-based
    viewers and editors do), nothing active is left, and the text shows as written."""
    from markdown_it import MarkdownIt

    from factcheck.index.search import Index
    from factcheck.workflows.review import markdown

    from .conftest import fake_build

    root = tmp_path / "archive"
    root.mkdir()
    (root / "evil`[x](javascript:alert(1))`.md").write_text(
        "Acme sold <img src=x onerror=alert(1)> 4.1 million cars last year.\n"
    )
    fake_build(root, index_env)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Acme sold 5 million cars last year <script>alert(2)</script>"
        " [click](javascript:alert(3)) ![i](http://x/y.png) www.example.com.\n"
    )
    report = review(Verifier(Index.open(index_env)), draft)
    html = MarkdownIt("commonmark").render(markdown(report))
    for active in ("<script", "<img", "<a ", "href="):  # as tags; as text they are inert
        assert active not in html, active
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<code>evil`[x](javascript:alert(1))`.md:1</code>" in html


def test_a_report_that_cannot_be_written_is_a_clear_error(
    verifier: Verifier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (ENOSPC injected) or a folder that refuses the file gives a one-line error;
    an existing report is not replaced and no temporary file is left."""
    import errno
    import os

    from factcheck.errors import InputError
    from factcheck.workflows.review import write_report

    report = review(verifier, DRAFT)
    out = tmp_path / "r.md"
    out.write_text("old report\n")

    real_fdopen = os.fdopen

    class Full:  # the file the report goes to, on a disk that is full
        def __init__(self, fd: int, *args: object, **kwargs: object) -> None:
            self.fh = real_fdopen(fd, "w")

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fdopen", Full)
    with pytest.raises(InputError) as caught:
        write_report(report, out, overwrite=True)
    monkeypatch.undo()
    assert str(caught.value) == (
        f"{out}: the report could not be written (No space left on device); nothing was replaced"
    )
    assert out.read_text() == "old report\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.md")]


def test_table_rows_are_checked_one_by_one_with_progress(
    verifier: Verifier, tmp_path: Path
) -> None:
    """Issue 14: a Markdown table's rows were joined into one "sentence" (a 3,000-row table
    ran 218 s, then failed), and a long draft showed no progress."""
    rows = "\n".join(f"| Acme | {n} million cars |" for n in range(1, 41))
    draft = tmp_path / "table.md"
    draft.write_text(f"# Sales\n\n| Maker | Cars sold |\n|---|---|\n{rows}\n")
    seen: list[tuple[str, int, int]] = []

    def progress(stage: str, total: int):  # noqa: ANN202
        seen.append((stage, total, 0))
        return lambda n: seen.append((stage, total, n))

    report = review(verifier, draft, progress=progress)
    lines = [i.line for i in report.items if i.claims]
    assert lines == list(range(5, 45))  # one item per row, each at its own line
    assert [i.text for i in report.items if i.line == 7] == ["Acme | 3 million cars"]
    assert seen[0] == ("checking", 40, 0)
    assert sum(n for _, _, n in seen) == 40 and len(seen) == 1 + 3  # 16 + 16 + 8


def test_the_terminal_summary_shows_every_sentence_of_a_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from factcheck.cli.render import print_review
    from factcheck.models import ReviewItem, ReviewReport, ReviewStatus

    def item(line: int, text: str, status: ReviewStatus) -> ReviewItem:
        return ReviewItem(line=line, end_line=line, text=text, status=status, why="a figure")

    items = [
        item(3, "Acme sold 5 million cars.", ReviewStatus.SUPPORTED),
        item(3, "Its profit doubled.", ReviewStatus.CONTRADICTED),
        item(5, "One.", ReviewStatus.UNSOURCED),
        item(5, "Two.", ReviewStatus.UNSOURCED),
        item(5, "Three.", ReviewStatus.UNSOURCED),
    ]
    report = ReviewReport(
        draft="d.md", counts={}, attention=[3, 5, 5, 5], items=items, engine="rules", seconds=0
    )
    print_review(report, "d.md")
    shown = [x.split() for x in capsys.readouterr().out.splitlines()[1:]]
    assert [(x[1], x[2], " ".join(x[-1:])) for x in shown if x[0] == "line"] == [
        ("3", "CONTRADICTED", "doubled."),
        ("5", "NO", "One."),
        ("5", "NO", "Two."),
        ("5", "NO", "Three."),
    ]
