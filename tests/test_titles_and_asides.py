"""Titles, places and asides (issue 19): "its president is Luis Brandt" gives the title to
another than the claim's person; "the county fairgrounds" in a correction is the county its
paper's heading names; a figure after an aside ("The lowest bid, from Keel Brothers
Construction, was $1.9 million") is said of the subject before it; a period that opens a
figure's clause ("In 2026 the fair drew 88,400 visitors, down from 91,200 in 2025") is that
figure's; a correction's note of what was wrong ("gave the wrong title") states nothing,
and a paper's masthead may stand before "Correction".

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

STORY = """# Fair board weighs grandstand repairs

*Dunmore Courier, May 1, 2027. By Ivo Marsh.*

The grandstand at the Dunmore County fairgrounds, which was built in 1945, needs $2.3 million in repairs, said Ana Soto, the president of the Dunmore County Fair Board.

The lowest bid for the repairs, from Keel Brothers Construction, was $1.9 million.

In 2026 the fair drew 88,400 visitors, down from 91,200 in 2025.
"""  # noqa: E501

CORRECTION = """DUNMORE COURIER
Correction, May 3, 2027

A May 1 story about the county fairgrounds gave the wrong year for the grandstand's construction and the wrong title for a board member. The grandstand was built in 1954. Ana Soto is the secretary of the Dunmore County Fair Board; its president is Luis Brandt.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path, {"2027-05-01-story.md": STORY, "2027-05-03-correction.txt": CORRECTION}
    )


def test_its_title_is_another_s(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify("Ana Soto is the president of the Dunmore County Fair Board.")
    assert wrong.verdict == Verdict.CONTRADICTED, wrong.reasons
    assert "title: claim gives the president to Ana Soto, source gives it to Luis Brandt" in (
        wrong.reasons
    )
    right = verifier.verify("Luis Brandt is the president of the Dunmore County Fair Board.")
    assert right.verdict == Verdict.SUPPORTED, right.reasons
    assert "2027-05-03-correction.txt:4" in decisive(right)


def test_the_county_its_heading_names(verifier) -> None:  # noqa: ANN001
    old = verifier.verify("The grandstand at the Dunmore County fairgrounds was built in 1945.")
    assert old.verdict == Verdict.CONTRADICTED, old.reasons
    assert "2027-05-03-correction.txt:4" in decisive(old)
    new = verifier.verify("The grandstand at the Dunmore County fairgrounds was built in 1954.")
    assert new.verdict == Verdict.SUPPORTED, new.reasons
    assert "2027-05-03-correction.txt:4" in decisive(new)


def test_a_figure_after_an_aside(verifier) -> None:  # noqa: ANN001
    text = "The lowest bid, from Keel Brothers Construction, was $1.9 million."
    (bid,) = qty.extract(text)
    assert {"lowest", "bid"} <= bid.clause and not bid.names
    v = verifier.verify("The lowest bid for the grandstand repairs was $1.9 million.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-05-01-story.md:7" in decisive(v)


def test_a_period_that_opens_a_figure_s_clause(verifier) -> None:  # noqa: ANN001
    more = verifier.verify("The Dunmore County fair drew more visitors in 2026 than in 2025.")
    assert more.verdict == Verdict.CONTRADICTED, more.reasons
    assert "2027-05-01-story.md:9" in decisive(more)
    fewer = verifier.verify("The Dunmore County fair drew fewer visitors in 2026 than in 2025.")
    assert fewer.verdict == Verdict.SUPPORTED, fewer.reasons


def test_a_masthead_before_correction() -> None:
    from factcheck.provenance.kind import SourceKind, source_kind

    opening = "DUNMORE COURIER Correction, May 3, 2027\nA May 1 story gave the wrong year."
    assert source_kind("notes.txt", "DUNMORE COURIER", opening) == SourceKind.CORRECTION
    # (a masthead in capitals only: "The city corrections department" is no correction)
    assert source_kind("notes.txt", "", "The city corrections department said") != (
        SourceKind.CORRECTION
    )
