"""The CLI through CliRunner: the main job and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import FAKE_MODEL, REPO

runner = CliRunner()


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output + result.stderr
    return result.stdout, result.stderr


def test_index_search_info(corpus: Path, index_env: Path) -> None:
    out, _ = run("index", str(corpus), "--model", FAKE_MODEL)
    assert out.splitlines() == [
        "Indexed 3 documents, 19 sentences into "
        f"{index_env} (3 added, 0 changed, 0 removed, 0 unchanged, 0 skipped; "
        + out.split("skipped; ")[1].splitlines()[0],
        "2 of 3 documents carry no date (news.txt, page.html); trace dates them by file "
        "modified time and says so.",
        'Next: factcheck search "your claim"',
    ]
    out, _ = run("search", "SU7 costs under $30,000", "-k", "1")
    assert out.startswith("corpus/story.md:11  ")
    assert out.rstrip().endswith('"The SU7 costs under $30,000."')
    out, _ = run("search", "Revenue rose", "-k", "1", "--json", "--context", "1")
    data = json.loads(out)
    assert [(h["file"], h["line"], h["before"][0]["line"]) for h in data["hits"]] == [
        ("news.txt", 4, 3)
    ]
    out, _ = run("info")
    assert "documents  3 (1 html, 1 markdown, 1 text)" in out
    assert f"model      {FAKE_MODEL} (hashing, 256 dimensions)" in out
    info = json.loads(run("info", "--json")[0])
    assert (info["sentences"], info["model"]) == (19, FAKE_MODEL)


def test_skipped_file_is_named_and_run_goes_on(corpus: Path) -> None:
    (corpus / "scan.txt").write_bytes(b"\x00\x01\x02" * 100)
    out, err = run("index", str(corpus), "--model", FAKE_MODEL)
    assert "Warning: skipped scan.txt: binary file (NUL bytes), skipped" in err
    assert out.startswith("Indexed 3 documents")


@pytest.mark.parametrize(
    "args, message",
    [
        (["index", "missing-folder"], "Error: missing-folder: no such folder; pass the folder of"
         " documents to index"),
        (["search", "anything"], "Error: no index at {index}; build one with: factcheck index"
         " FOLDER --index {index}"),
        (["info"], "Error: no index at {index}; build one with: factcheck index FOLDER --index"
         " {index}"),
        (["search", "   "], "Error: the query is empty; give a sentence or a few words to search"
         " for"),
        (["search", "x" * 1001], "Error: the query is 1001 characters long; the limit is 1000"),
    ],
)  # fmt: skip
def test_bad_input_before_any_index(args: list[str], message: str, index_env: Path) -> None:
    _, err = run(*args, code=1)
    assert err.strip() == message.format(index=index_env)


def test_empty_and_unsupported_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _, err = run("index", "empty", "--model", FAKE_MODEL, code=1)
    assert err.strip() == (
        f"Error: {tmp_path / 'empty'} is empty; put documents in it, then run index again"
    )
    (tmp_path / "empty" / "sheet.xlsx").write_bytes(b"PK")
    _, err = run("index", "empty", "--model", FAKE_MODEL, code=1)
    assert err.strip().startswith(f"Error: {tmp_path / 'empty'} has no supported documents (.txt")


def test_index_errors_leave_index_intact(corpus: Path, index_env: Path) -> None:
    run("index", str(corpus), "--model", FAKE_MODEL)
    _, err = run("index", str(corpus), "--model", "hashing-64", code=1)
    assert err.strip() == (
        f"Error: {index_env} was built with model 'hashing', not 'hashing-64'; rebuild it with "
        "--rebuild, or use another folder with --index"
    )
    manifest = json.loads((index_env / "manifest.json").read_text())
    manifest["format_version"] = 7
    (index_env / "manifest.json").write_text(json.dumps(manifest))
    _, err = run("search", "SU7", code=1)
    assert err.strip() == (
        f"Error: {index_env} was written by a newer factcheck (index format 7, this one reads 2);"
        " upgrade factcheck or rebuild with --rebuild"
    )
    manifest["format_version"] = 1
    (index_env / "manifest.json").write_text(json.dumps(manifest))
    out, _ = run("search", "SU7 costs under $30,000", "-k", "1")
    assert out.startswith("corpus/story.md:11")


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in ("index", "search", "info"):
        out, _ = run(command, "--help")
        assert "Usage:" in out
        assert f"factcheck {command}" in readme


def test_file_names_and_text_cannot_fake_a_line_or_drive_the_terminal(
    tmp_path: Path, index_env: Path
) -> None:
    """Issue 14: a newline in a file name printed a line that looked like another hit with
    another figure, and ESC sequences reached the terminal raw."""
    from .conftest import fake_build

    root = tmp_path / "archive"
    root.mkdir()
    (root / "x\nfake.txt:1  0.99  Acme sold 9 million cars.txt").write_text(
        "Acme sold 4.1 million cars last year.\n"
    )
    (root / "esc\x1b[31m.txt").write_text("Acme sold 4.1 million \x1b[2Jcars in 2023.\n")
    fake_build(root, index_env)
    result = runner.invoke(app, ["search", "Acme sold cars", "-k", "5"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # two hits, one line each: no line was injected
    assert all("\x1b" not in line for line in lines)
    assert any(
        line.startswith("archive/x\\nfake.txt:1  0.99  Acme sold 9 million cars.txt:1  ")
        for line in lines
    )
    assert any(line.startswith("archive/esc\\x1b[31m.txt:1  ") for line in lines)
    assert any("\\u001b[2Jcars" in line for line in lines)  # the quote is escaped too


@pytest.mark.parametrize("k", ["0", "-3", "10001", "99999999999999999999"])
def test_k_out_of_range_is_a_clear_error(k: str, corpus: Path, index_env: Path) -> None:
    """Issue 14: -k 99999999999999999999 gave a ValueError traceback."""
    from .conftest import fake_build

    fake_build(corpus, index_env)
    _, err = run("search", "Acme", "-k", k, code=1)
    assert err.strip() == f"Error: -k must be from 1 to 10,000 (got {int(k)})"


def test_version_from_package_metadata() -> None:
    from importlib.metadata import version

    out, _ = run("--version")
    assert out.strip() == f"factcheck {version('factcheck')}"


def test_help_reads_like_a_well_kept_cli() -> None:
    """Issue 14: --help showed flags as `--resume <bool>`, and rich markup ate every
    "[default: ...]" and "[env: ...]", leaving help texts that end in " .". Every command's
    help is checked, iterating the app's registered commands."""
    import typer

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert {"index", "search", "verify", "batch", "review", "trace", "eval", "info"} <= set(
        commands
    )
    for name in commands:
        out, _ = run(name, "--help")
        assert "<bool>" not in out, name
        assert not [line for line in out.splitlines() if line.rstrip().endswith(" .")], name
    out, _ = run("batch", "--help")
    assert "[env: FACTCHECK_STANCE]" in out and "[default: claim]" in out
