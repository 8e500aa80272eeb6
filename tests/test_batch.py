"""batch: CSV dialects and encodings, JSONL and text input, bad rows, resume, safe output."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import InputError, OutputError
from factcheck.verify.verifier import Verifier
from factcheck.workflows.batch import run_batch, safe_cell

runner = CliRunner()
CLAIMS = [
    "Acme sold 4.1 million cars last year",
    "Acme sold 5 million cars last year",
    "The Borealis plant has started production",
    "Borealis opened a second plant on the Moon",
]
EXPECTED = ["supported", "contradicted", "contradicted", "not_enough_evidence"]


def rows_of(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("delimiter", "encoding", "prefix"),
    [(",", "utf-8", b""), (";", "utf-8", b"\xef\xbb\xbf"), ("\t", "cp1252", b"")],
)
def test_csv_dialects_and_encodings(
    verifier: Verifier, tmp_path: Path, delimiter: str, encoding: str, prefix: bytes
) -> None:
    lines = [f"ref{delimiter}claim{delimiter}desk"]
    lines += [f"r{i}{delimiter}{c}{delimiter}Zürich café" for i, c in enumerate(CLAIMS)]
    src = tmp_path / "claims.csv"
    src.write_bytes(prefix + ("\r\n".join(lines) + "\r\n").encode(encoding))
    summary = run_batch(verifier, src, tmp_path / "out.csv", id_column="ref")
    out = rows_of(tmp_path / "out.csv")
    assert [r["verdict"] for r in out] == EXPECTED
    assert [r["id"] for r in out] == ["r0", "r1", "r2", "r3"]
    assert {r["desk"] for r in out} == {"Zürich café"}  # original columns carried through
    assert out[1]["conflicts"] == "official.txt:6"
    assert out[1]["conflicts_quote"] == "Acme sold 4.1 million cars last year."
    assert (
        out[1]["discrepancy"] == "number: claim says 5 million cars, source says 4.1 million cars"
    )
    assert out[0]["supports"] == "official.txt:6" and out[0]["conflicts"] == ""
    assert (summary.rows, summary.checked, summary.skipped) == (4, 4, 0)
    assert summary.verdicts == {"supported": 1, "contradicted": 2, "not_enough_evidence": 1}


def test_quoted_fields_with_delimiters_and_newlines(verifier: Verifier, tmp_path: Path) -> None:
    src = write(tmp_path / "c.csv", 'claim,note\n"Acme sold 5 million cars last year","a, b\nc"\n')
    run_batch(verifier, src, tmp_path / "out.csv")
    (row,) = rows_of(tmp_path / "out.csv")
    assert (row["verdict"], row["note"], row["id"]) == ("contradicted", "a, b c", "1")


def test_bad_rows_are_reported_and_skipped(verifier: Verifier, tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_bytes(
        b"claim,x\n"
        b"Acme sold 5 million cars last year,Z\xc3\xbcrich\n"
        b",2\n"
        + b"y" * 1001 + b",3\n"
        + b"Acme sold \xff\xfe cars,4\n"
        b"Acme sold 4.1 million cars last year,5,extra\n"
        b"Acme sold 4.1 million cars last year,6\n"
    )  # fmt: skip
    summary = run_batch(verifier, src, tmp_path / "out.csv")
    assert [(s.row, s.reason) for s in summary.skipped_rows] == [
        (2, "empty claim"),
        (3, "too long (1001 characters; the limit is 1000)"),
        (
            4,
            "undecodable bytes (the file reads as utf-8, this row does not; "
            "save the file as UTF-8)",
        ),
        (5, "too many fields (3 for 2 columns)"),
    ]
    assert summary.skipped_by_reason == {
        "empty claim": 1, "too long": 1, "undecodable bytes": 1, "too many fields": 1
    }  # fmt: skip
    assert [r["id"] for r in rows_of(tmp_path / "out.csv")] == ["1", "6"]


class Stop(Exception):
    pass


def interrupt_after(calls: int) -> Callable[[int], None]:
    """A progress callback that stops the run (like a kill) at its ``calls``-th call."""
    seen: list[int] = []

    def interrupt(n: int) -> None:
        seen.append(n)
        if len(seen) == calls:
            raise Stop

    return interrupt


def test_resumed_run_gives_the_same_output(verifier: Verifier, tmp_path: Path) -> None:
    src = write(tmp_path / "c.csv", "claim\n" + "\n".join(CLAIMS * 3) + "\n")
    whole = tmp_path / "whole.csv"
    run_batch(verifier, src, whole, batch_size=2)
    part = tmp_path / "part.csv"
    interrupt = interrupt_after(7)

    with pytest.raises(Stop):
        run_batch(verifier, src, part, batch_size=2, progress=interrupt)
    assert 1 < len(rows_of(part)) < 12
    with part.open("a", encoding="utf-8") as fh:  # a record cut off mid-write
        fh.write("13,Acme sold")
    with pytest.raises(InputError, match="already exists; pass --resume"):
        run_batch(verifier, src, part)
    summary = run_batch(verifier, src, part, batch_size=2, resume=True)
    assert part.read_bytes() == whole.read_bytes()
    assert summary.resumed + summary.checked == 12


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_jsonl_and_text_inputs_and_json_outputs(
    verifier: Verifier, tmp_path: Path, suffix: str
) -> None:
    src = write(
        tmp_path / "c.jsonl",
        "\n".join(json.dumps({"claim": c, "n": i}) for i, c in enumerate(CLAIMS)) + "\nnot json\n",
    )
    out = tmp_path / f"out{suffix}"
    summary = run_batch(verifier, src, out)
    text = out.read_text(encoding="utf-8")
    records = json.loads(text) if suffix == ".json" else [json.loads(x) for x in text.splitlines()]
    assert [r["verdict"] for r in records] == EXPECTED
    assert records[1]["input"] == {"claim": CLAIMS[1], "n": "1"}
    assert records[1]["evidence"][0]["citation"] == "official.txt:6"
    assert [(s.row, s.reason) for s in summary.skipped_rows] == [
        (5, "not valid JSON (Expecting value)")
    ]
    written = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("archive", "index"))
    assert written == sorted(["c.jsonl", f"out{suffix}"])  # nothing beside the chosen output
    txt = write(tmp_path / "c.txt", "\n".join(CLAIMS) + "\n")
    run_batch(verifier, txt, tmp_path / "t.csv")
    assert [r["verdict"] for r in rows_of(tmp_path / "t.csv")] == EXPECTED


def test_spreadsheet_formulas_are_neutralized(verifier: Verifier, tmp_path: Path) -> None:
    assert [safe_cell(x) for x in ("=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "ok")] == [
        "'=1+1", "'+A1", "'-2", "'@SUM(A1)", "'\tx", "ok"
    ]  # fmt: skip
    src = write(tmp_path / "c.csv", 'claim,note\n"=HYPERLINK(""http://x"")",@cmd\n')
    run_batch(verifier, src, tmp_path / "out.csv")
    (row,) = rows_of(tmp_path / "out.csv")
    assert row["claim"] == '\'=HYPERLINK("http://x")' and row["note"] == "'@cmd"


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output + result.stderr
    return result.stdout, result.stderr


def test_cli_batch_summary_and_bad_input(verifier: Verifier, tmp_path: Path) -> None:
    src = write(tmp_path / "c.csv", "id;text\n1;Acme sold 5 million cars last year\n2;\n")
    _, err = run("batch", str(src), code=1)
    assert err == "Error: " + f"{src}: no 'claim' column (columns: id, text); pass --column NAME\n"
    out, err = run("batch", str(src), "--column", "text", "--out", str(tmp_path / "r.jsonl"))
    assert out.splitlines()[0].startswith("Checked 1 claims in ")
    assert out.splitlines()[0].endswith(": 1 contradicted.")
    assert "Skipped 1 rows: 1 empty claim." in err and "row 2 (id 2): empty claim" in err
    before = (tmp_path / "r.jsonl").read_bytes()
    _, err = run("batch", str(src), "--column", "text", "--out", str(tmp_path / "r.jsonl"), code=1)
    assert "already exists; pass --resume" in err
    assert (tmp_path / "r.jsonl").read_bytes() == before
    _, err = run("batch", str(tmp_path / "missing.csv"), code=1)
    assert "missing.csv: no such file" in err
    (tmp_path / "bin.csv").write_bytes(b"claim\n\x00\x01\x02")
    _, err = run("batch", str(tmp_path / "bin.csv"), code=1)
    assert "binary file" in err
    _, err = run("batch", str(src), "--column", "text", "--out", str(tmp_path / "r.xlsx"), code=1)
    assert "must end in .csv, .jsonl or .json" in err


def test_workers_give_the_same_results_in_order(verifier: Verifier, tmp_path: Path) -> None:
    """--workers N checks the batches in N processes (spawned, each with the index open) and
    writes them in the input's order, the same records as one process writes."""
    src = write(tmp_path / "c.txt", "\n".join(CLAIMS * 3) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run("batch", str(src), "--out", str(one))
    out, _ = run("batch", str(src), "--out", str(two), "--workers", "2")
    assert out.splitlines()[0].startswith(f"Checked {len(CLAIMS) * 3} claims in ")
    assert two.read_text() == one.read_text()
    _, err = run("batch", str(src), "--out", str(tmp_path / "x.csv"), "--workers", "2",
                 "--ray", "auto", code=1)  # fmt: skip
    assert err == "Error: --workers and --ray each spread the claims: give one of them\n"


def test_json_output_resumes_in_place(verifier: Verifier, tmp_path: Path) -> None:
    src = write(tmp_path / "c.txt", "\n".join(CLAIMS) + "\n")
    whole, part = tmp_path / "whole.json", tmp_path / "part.json"
    run_batch(verifier, src, whole, batch_size=2)
    with pytest.raises(Stop):
        run_batch(verifier, src, part, batch_size=2, progress=interrupt_after(3))
    run_batch(verifier, src, part, batch_size=2, resume=True)
    assert json.loads(part.read_text()) == json.loads(whole.read_text())
    assert run_batch(verifier, src, part, resume=True).resumed == 4  # a complete file reopens
    assert json.loads(part.read_text()) == json.loads(whole.read_text())


def test_resume_with_formula_like_ids_and_columns(verifier: Verifier, tmp_path: Path) -> None:
    """Issue 14: ids starting with = + - @ are written neutralized ('-1) and never matched on
    --resume (9 records for 5 ids), and a claim column named =x was refused on resume."""
    lines = [f"{i},{c}" for i, c in zip(["-1", "+2", "=3", "@4", "5"], CLAIMS * 2, strict=False)]
    src = write(tmp_path / "c.csv", "key,=x\n" + "\n".join(lines) + "\n")
    out = tmp_path / "out.csv"
    interrupt = interrupt_after(3)

    with pytest.raises(Stop):
        run_batch(verifier, src, out, column="=x", id_column="key", batch_size=2,
                  progress=interrupt)  # fmt: skip
    first = len(rows_of(out))
    assert 0 < first < 5
    summary = run_batch(verifier, src, out, column="=x", id_column="key", resume=True)
    ids = [r["id"] for r in rows_of(out)]
    assert sorted(ids) == sorted(["'-1", "'+2", "'=3", "'@4", "5"])  # each once, neutralized
    assert (summary.resumed, summary.checked) == (first, 5 - first)


def test_out_that_is_a_folder_or_a_link_is_refused(verifier: Verifier, tmp_path: Path) -> None:
    """Issue 14: `--out dir.csv --overwrite` gave IsADirectoryError, and --out through a
    dangling symbolic link created its target outside."""
    src = write(tmp_path / "c.csv", "claim\n" + "\n".join(CLAIMS) + "\n")
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder; give a file name ending in .csv"):
        run_batch(verifier, src, folder, overwrite=True)
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "elsewhere.csv")
    with pytest.raises(InputError, match="is a symbolic link; write the results to a plain path"):
        run_batch(verifier, src, link, overwrite=True)
    assert not (tmp_path / "elsewhere.csv").exists()


def test_rows_in_another_encoding_are_reported_not_read_as_mojibake(tmp_path: Path) -> None:
    """A UTF-8 CSV with one row pasted from a cp1252 export: the UTF-8 rows read as written,
    the other row is reported (the whole file used to be read as cp1252: "Ã…koda")."""
    from factcheck.workflows.claims_io import read_claims

    src = tmp_path / "mixed.csv"
    src.write_bytes(
        "id,claim\n1,Škoda sold 5% more cars in Zürich.\n".encode()
        + "2,Citroën opened a plant in Besançon.\n".encode("cp1252")
        + b"3,Renault's chief spoke in Paris.\n"
    )
    _, rows = read_claims(src, id_column="id")
    assert [(r.id, r.claim if not r.problem else r.problem_kind) for r in rows] == [
        ("1", "Škoda sold 5% more cars in Zürich."),
        ("2", "undecodable bytes"),
        ("3", "Renault's chief spoke in Paris."),
    ]


def test_an_unclosed_quote_is_reported_not_merged(verifier: Verifier, tmp_path: Path) -> None:
    src = write(
        tmp_path / "c.csv",
        'id,claim\n1,"Acme sold 5 million cars last year\n2,Acme sold 4.1 million cars\n',
    )
    summary = run_batch(verifier, src, tmp_path / "out.csv")
    assert [(s.row, s.reason) for s in summary.skipped_rows] == [
        (1, "a quoted field runs from line 2 to line 3 (a quote that does not close?); close "
            "the quote or remove the line breaks")
    ]  # fmt: skip
    assert summary.checked == 0


def test_resume_onto_a_damaged_or_foreign_output_is_refused(
    verifier: Verifier, tmp_path: Path
) -> None:
    src = write(tmp_path / "c.csv", "id,claim\n1,Acme sold 5 million cars last year\n")
    for name, text in (("bad.jsonl", "{not json\n"), ("foreign.jsonl", '{"name": "x"}\n')):
        out = tmp_path / name
        out.write_text(text)
        with pytest.raises(InputError, match=r"line 1 is not a result of factcheck batch"):
            run_batch(verifier, src, out, id_column="id", resume=True)
        assert out.read_text() == text  # nothing written over


def test_resume_with_another_claim_for_an_id_is_refused(verifier: Verifier, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = write(tmp_path / "a.csv", "id,claim\n1,Acme sold 5 million cars last year\n")
    run_batch(verifier, first, out, id_column="id")
    other = write(tmp_path / "b.csv", "id,claim\n1,Acme sold 9 million cars last year\n")
    with pytest.raises(InputError, match=r"row id '1' holds another claim"):
        run_batch(verifier, other, out, id_column="id", resume=True)


def test_a_full_disk_is_an_error_that_keeps_what_was_written(
    verifier: Verifier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.workflows.batch as batch_mod

    src = write(tmp_path / "c.csv", "id,claim\n1,Acme sold 5 million cars last year\n")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch_mod.os, "fsync", full)
    with pytest.raises(OutputError, match=r"writing stopped \(No space left on device\)"):
        run_batch(verifier, src, tmp_path / "out.csv", id_column="id")
