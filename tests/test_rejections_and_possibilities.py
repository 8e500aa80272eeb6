"""Corrections of a one-word name and what only may happen (issue 19): "is based in Danford,
not Oakhurst" contradicts "based in Oakhurst"; an advocate's "the city could cut as many as
5,000 trees" is no plan to cut 5,000 ("as many as" is a bound, not a clause of its own); and
"to cover 40 percent" is a figure ("over" inside "cover" is no bound).

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.language.polarity import clauses
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

CORRECTION = """ORRIN LEDGER
Correction, August 7, 2027

A story on Tuesday about the county's mowing contract misstated where the contractor is based.
Greenway Grounds is based in Tamsin, not Haverly.
"""

STORY = """# Neighbors fear for the hedgerows

*Orrin Ledger, May 20, 2027. By Tess Calder.*

Mara Quill, who founded the group Hedgerow Watch, said the county could remove "as many as 3,000 shrubs" along its roads before the blight is done.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path, {"2027-08-07-correction.txt": CORRECTION, "2027-05-20-story.md": STORY}
    )


def test_a_one_word_name_corrected_away(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify("Greenway Grounds is based in Haverly.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-08-07-correction.txt:5"]
    right = verifier.verify("Greenway Grounds is based in Tamsin.")
    assert right.verdict != Verdict.CONTRADICTED


def test_what_could_happen_is_no_plan(verifier) -> None:  # noqa: ANN001
    said = 'said the county could remove "as many as 3,000 shrubs" along its roads'
    assert any("as many as 3,000 shrubs" in c for c in clauses(said))
    planned = verifier.verify("Orrin County plans to remove 3,000 shrubs along its roads.")
    assert planned.verdict != Verdict.SUPPORTED


def test_a_bound_is_a_word_of_its_own() -> None:
    (share,) = qty.extract("The goal is for tree canopy to cover 40 percent of the county.")
    assert share.value == 40 and share.bound == "eq"
