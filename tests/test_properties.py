"""Property-based tests (hypothesis): any text a file can hold gives sentences whose
file:line:col point back at exactly that text, and the CSV/JSONL readers never fail with
anything but a one-line InputError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import parse_document

# words, numbers, punctuation, spaces and line breaks, accents, CJK, right-to-left letters
WORDS = st.sampled_from(
    ["Tesla", "sold", "7,000", "cars", "in", "2024", "$1.5", "billion", "Dr.", "U.S.", "Mr",
     "Škoda", "Zürich", "北京", "السيارات", "e.g.", "3.5%", "Q3", "...", "—", "(AP)", "\"quoted\""]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\t", ". ", "! ", "? ", "\n", "\n\n", ", "])
TEXT = st.lists(st.tuples(WORDS, SEPARATORS), max_size=80).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def _source_at(lines: list[str], line: int, col: int, end_line: int) -> str:
    """The source from (line, col) to the end of end_line, whitespace collapsed."""
    span = [lines[line - 1][col - 1 :], *lines[line:end_line]]
    return " ".join(" ".join(span).split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_plain_text_sentences_point_back_at_their_text(text: str) -> None:
    doc = parse_document("a.txt", text.encode("utf-8"))
    lines = text.split("\n")
    for s in doc.sentences:
        assert 1 <= s.line <= s.end_line <= len(lines)
        assert _source_at(lines, s.line, s.col, s.end_line).startswith(s.text), s


MARKUP = st.sampled_from(["", "", "", "# ", "## ", "- ", "* ", "1. ", "> "])
MD_LINE = st.tuples(MARKUP, TEXT.filter(lambda t: "\n" not in t)).map(lambda p: p[0] + p[1])
MARKDOWN = st.lists(MD_LINE, max_size=12).map("\n".join)


def _first_word_at(lines: list[str], line: int, col: int, sentence: str) -> bool:
    first = sentence.split()[0]
    return lines[line - 1][col - 1 :].startswith(first)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_markdown_sentences_start_where_they_say(text: str) -> None:
    doc = parse_document("a.md", text.encode("utf-8"))
    lines = text.split("\n")
    for s in doc.sentences:
        assert 1 <= s.line <= s.end_line <= len(lines)
        assert _first_word_at(lines, s.line, s.col, s.text), (s, lines[s.line - 1])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT.filter(lambda t: "\n" not in t), max_size=8))
def test_html_sentences_start_where_they_say(paragraphs: list[str]) -> None:
    from html import escape

    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    source = f"<html><head><title>T</title></head><body>\n{body}\n</body></html>"
    doc = parse_document("a.html", source.encode("utf-8"))
    lines = source.split("\n")
    for s in doc.sentences:
        first = escape(s.text.split()[0])
        assert lines[s.line - 1][s.col - 1 :].startswith(first), (s, lines[s.line - 1])


CSV_CELLS = st.sampled_from(
    ["claim", "id", "Tesla sold 7,000 cars.", '"quoted, with comma"', '"line\nbreak"', "",
     "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "Zürich", "\x00",
     "\ufeff", ";", "\t", "\"", "x" * 2000]
)  # fmt: skip
CSV_TEXT = st.lists(st.lists(CSV_CELLS, max_size=5).map(",".join), max_size=12).map("\n".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])


def _read_all(path, **kwargs) -> None:  # noqa: ANN001
    from factcheck.errors import InputError
    from factcheck.workflows.claims_io import read_claims

    try:
        _, rows = read_claims(path, **kwargs)
        for row in rows:
            assert isinstance(row.claim, str) and isinstance(row.id, str)
            assert row.problem or (row.claim and "\x00" not in row.claim), row
    except InputError as exc:
        assert "\n" not in str(exc)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=CSV_TEXT, encoding=ENCODINGS, suffix=st.sampled_from([".csv", ".tsv", ".txt"]))
def test_claim_readers_take_any_csv_or_say_why_not(
    tmp_path_factory,
    text: str,
    encoding: str,
    suffix: str,  # noqa: ANN001
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"claims{suffix}"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(text.encode("utf-8"))
    _read_all(path)
    _read_all(path, id_column="id") if suffix != ".txt" else None


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".jsonl", ".txt"]))
def test_claim_readers_take_any_bytes_or_say_why_not(
    tmp_path_factory,
    data: bytes,
    suffix: str,  # noqa: ANN001
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"claims{suffix}"
    path.write_bytes(data)
    _read_all(path)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    records=st.lists(
        st.dictionaries(st.sampled_from(["claim", "id", "x"]), JSON_VALUES), max_size=8
    )
)
def test_jsonl_reader_takes_any_json_records(tmp_path_factory, records: list) -> None:  # noqa: ANN001
    import json

    path = tmp_path_factory.mktemp("fuzz") / "claims.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    _read_all(path)
    _read_all(path, id_column="id")
