"""Exact positions for every segmentation case and every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import IngestError
from factcheck.ingest import parse_document, read_document, walk
from factcheck.models import Document, format_citation

from .conftest import DOCS


def _table(rel: str, data: bytes | None = None) -> list[tuple[int, int, int, str]]:
    doc = parse_document(rel, data) if data is not None else read_document(DOCS, rel)
    return [(s.line, s.col, s.end_line, s.text) for s in doc.sentences]


def _cites(doc: Document) -> list[tuple[str, str]]:
    return [(format_citation(doc.path, s.line, s.page, s.para), s.text) for s in doc.sentences]


NEWS = [
    (1, 1, 1, "Markets Wrap: Carmakers Rally"),  # title line without a full stop
    (3, 1, 3, "Tesla Inc. said on Sep. 7 that Dr. Smith will join the U.S. unit."),
    (4, 1, 4, "Revenue rose to $1.5 billion, up 3.2% from a year earlier."),
    (6, 1, 6, "J. R. Doe, the chief of Acme Corp., declined to comment."),  # initials
    (6, 58, 6, '"We are growing fast," he said.'),  # quotes
    (8, 6, 8, "Launch and Sales: Xiaomi launched its first EV, the SU7 Sedan."),  # list items
    (9, 6, 9, "Market Ambitions: Xiaomi aims to deliver over 100,000 cars."),
    (10, 3, 10, "The factory in Grünheide employs 12,000 people."),  # bullet, non-ASCII
    (
        12,
        1,
        13,
        "This sentence is hard-wrapped across two lines because the editor saved it that way "
        "from an old system.",
    ),  # fmt: skip
    (14, 2, 14, "Tabs lead this line about Škoda and Citroën sales in Zürich."),  # tab
    (15, 1, 15, "Act I: The Courtship"),  # heading inside a block
    (16, 1, 16, "The idea of a partnership between the two carmakers seemed improbable at first."),
]


def test_plain_text_sentences_have_exact_positions() -> None:
    assert _table("news.txt") == NEWS


def test_positions_point_at_the_sentence_in_the_file() -> None:
    lines = (DOCS / "news.txt").read_text(encoding="utf-8").split("\n")
    for line, col, _end, text in NEWS:
        assert lines[line - 1][col - 1 :].startswith(text[:12]), (line, text)


def test_crlf_line_endings_keep_line_numbers() -> None:
    data = (DOCS / "news.txt").read_text(encoding="utf-8").replace("\n", "\r\n").encode()
    assert _table("news.txt", data) == NEWS


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_unicode_encodings_with_bom(encoding: str, bom: bytes) -> None:
    data = bom + (DOCS / "news.txt").read_text(encoding="utf-8").encode(encoding)
    assert _table("news.txt", data) == NEWS


def test_legacy_single_byte_encoding_is_detected() -> None:
    text = (
        "Les ventes de Citroën ont progressé de 12% à Besançon cette année, selon le rapport.\n"
        "Le constructeur prévoit d'ouvrir une nouvelle usine près de Thionville en 2025.\n"
    )
    assert _table("fr.txt", text.encode("cp1252")) == [
        (1, 1, 1, text.splitlines()[0]),
        (2, 1, 2, text.splitlines()[1]),
    ]


def test_markdown_skips_front_matter_markers_and_code() -> None:
    assert _table("story.md") == [
        (5, 3, 5, "Xiaomi enters the car market"),
        (7, 3, 7, "Xiaomi has sold over 7,000 units of its first car."),
        (11, 1, 11, "The SU7 costs under $30,000."),
        (11, 30, 11, "Buyers wait up to six months."),
    ]


def test_html_visible_text_at_source_lines() -> None:
    doc = read_document(DOCS, "page.html")
    assert doc.title == "Page title"
    assert [(s.line, s.col, s.end_line, s.text) for s in doc.sentences] == [
        (7, 5, 7, "Tesla passes Toyota"),
        (8, 4, 9, "Tesla surpassed Toyota in market value on Wednesday, analysts said."),
        (10, 9, 10, "Shares rose 5% in early trading."),
    ]


def test_pdf_cites_page_and_line(tmp_path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 750, "Quarterly Report 2024")
    pdf.drawString(72, 730, "Deliveries rose to 466,140 vehicles in the quarter.")
    pdf.showPage()
    pdf.drawString(72, 750, "Volkswagen would invest $700 million in XPeng.")
    pdf.save()
    cites = _cites(read_document(tmp_path, "report.pdf"))
    assert cites == [
        ("report.pdf:1:1", "Quarterly Report 2024"),
        ("report.pdf:1:2", "Deliveries rose to 466,140 vehicles in the quarter."),
        ("report.pdf:2:1", "Volkswagen would invest $700 million in XPeng."),
    ]


def test_docx_cites_paragraph_number(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Board meeting minutes", level=1)
    document.add_paragraph("")
    document.add_paragraph("The board approved the budget. Dr. Lee abstained from the vote.")
    document.save(str(tmp_path / "minutes.docx"))
    cites = _cites(read_document(tmp_path, "minutes.docx"))
    assert cites == [
        ("minutes.docx:¶1", "Board meeting minutes"),
        ("minutes.docx:¶3", "The board approved the budget."),
        ("minutes.docx:¶3", "Dr. Lee abstained from the vote."),
    ]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "damaged PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a readable .docx"),
    ],
)
def test_unreadable_files_raise_ingest_error(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse_document(name, data)


def test_walk_skips_hidden_unsupported_and_excluded(tmp_path: Path) -> None:
    for rel in ["a.txt", "sub/b.md", ".hidden/c.txt", "d.txt.bak", "sub/.e.txt", "drafts/f.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Some words here.")
    assert [rel for rel, _ in walk(tmp_path, exclude=["drafts/*"])] == ["a.txt", "sub/b.md"]
    assert [rel for rel, _ in walk(tmp_path, exclude=["*.md", "drafts"])] == ["a.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_with_exact_lines(encoding: str) -> None:
    """Issue 14: UTF-16 saved without a byte order mark was refused as binary."""
    data = (DOCS / "news.txt").read_text(encoding="utf-8").encode(encoding)
    assert _table("news.txt", data) == NEWS


def test_a_nul_byte_anywhere_is_binary() -> None:
    """Issue 14: a NUL past the first block was accepted and copied into the index."""
    data = b"Acme sold 4.1 million cars last year.\n" * 3000 + b"And then \x00 a NUL.\n"
    assert len(data) > 64 * 1024
    with pytest.raises(IngestError, match="binary file \\(NUL bytes\\), skipped"):
        parse_document("late-nul.txt", data)


def test_long_unpunctuated_text_is_segmented_in_bounded_pieces() -> None:
    """Issue 14: pysbd is quadratic on unpunctuated text (128 KB took 26 s; a 50 MB one-line
    file never finished). A long unit is read in pieces of at most PYSBD_CHUNK characters,
    cut at a sentence end when there is one; every sentence still points at its exact text."""
    from factcheck.ingest.segment import PYSBD_CHUNK, _pieces

    text = "word " * 10_000 + "The end of it. Acme sold cars."
    pieces = _pieces(text)
    assert "".join(pieces) == text and max(map(len, pieces)) <= PYSBD_CHUNK
    prose = " ".join(f"Sentence number {i} says something about Acme." for i in range(200))
    assert all(p.endswith(". ") or p == _pieces(prose)[-1] for p in _pieces(prose))
    doc = parse_document("long.txt", text.encode())
    assert doc.sentences[-1].text == "Acme sold cars."
    assert doc.sentences[-1].col == text.index("Acme sold cars.") + 1
    assert sum(len(s.text) for s in doc.sentences) >= len(text.strip()) - len(pieces) * 2


def _bomb(size: int, declared: int | None = None) -> bytes:
    """A DOCX whose document.xml inflates to ``size`` bytes, its zip directory and local
    header saying ``declared`` (an understated size) when given."""
    import io
    import struct
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<a>" + " " * (size - 7) + "</a>")
    data = bytearray(buf.getvalue())
    if declared is not None:
        name = b"word/document.xml"
        central = data.find(b"PK\x01\x02")
        while central >= 0:
            if data[central + 46 : central + 46 + len(name)] == name:
                data[central + 24 : central + 28] = struct.pack("<I", declared)
            central = data.find(b"PK\x01\x02", central + 4)
        local = data.find(b"PK\x03\x04")
        while local >= 0:
            if data[local + 30 : local + 30 + len(name)] == name:
                data[local + 22 : local + 26] = struct.pack("<I", declared)
            local = data.find(b"PK\x03\x04", local + 4)
    return bytes(data)


@pytest.mark.parametrize("declared", [None, 5000])
def test_a_docx_zip_bomb_is_refused_while_it_inflates(declared: int | None) -> None:
    """Issues 14 and 21: a small DOCX that inflates past the limit is refused whatever sizes
    its zip declares (an understated 5,000 bytes took 2.16 GB); at most the limit is held."""
    import resource

    data = _bomb(200 * 2**20, declared)
    assert len(data) < 400_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(IngestError, match=r"its XML unpacks to over 67,108,864 bytes"):
        parse_document("bomb.docx", data)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 150


def test_a_turns_short_answer_is_indexed_with_its_label() -> None:
    from factcheck.ingest.segment import is_indexable

    # "PETRAKIS: No." says who speaks in the sentences after it on the line
    assert is_indexable("PETRAKIS: No.")
    assert is_indexable("A: Yes.")
    assert not is_indexable("No.")
    assert not is_indexable("Accept all")
