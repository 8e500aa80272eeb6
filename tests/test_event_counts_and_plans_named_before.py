"""Counts of times and plans named before (issue 19): "the culverts flooded six times" counts
floods as "four floods" does (not "three times as many", "six times a day"); "The plan would
spend $2.1 million ... in the Keel Street basin" is said of the plan, not of Keel Street; and
"The board approved it 4-1" decides the "flood control plan" the story's lead names, whatever
the claim says of the vote's manner ("unanimously").

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

STORY = """# Orrin sends the state its flood control plan

*Orrin Ledger, November 3, 2027. By Tess Calder.*

Orrin sent the state its flood control plan on Monday, Nov. 1.

The plan would spend $2.1 million over three years to replace the culverts in the Keel Street basin. The Select Board approved it on Oct. 28 by a vote of 4-1, with Board Member Nora Ostrow voting no.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-11-03-story.md": STORY})


def test_a_street_named_as_a_place_is_no_subject() -> None:
    (spend, _) = qty.extract(
        "The plan would spend $2.1 million over three years in the Keel Street basin."
    )
    assert spend.names == spend.addressed == {"keel", "street"}
    # (a name that goes on past the street's is a name: "in the Keel Street Project")
    (named,) = qty.extract("The plan would spend $2.1 million in the Keel Street Project.")
    assert not named.addressed


def test_a_count_of_times_counts_what_happened() -> None:
    (six,) = qty.extract("The culverts flooded six times in 2026.")
    (four,) = qty.extract("The town recorded four floods in 2026.")
    assert (six.value, six.unit) == (6.0, four.unit) == (6.0, "flood")
    assert qty.extract("Fares rose three times as fast.") == []
    assert qty.extract("The water was tested six times a day.") == []


def test_a_plan_named_by_its_lead_is_what_was_approved(verifier) -> None:  # noqa: ANN001
    unanimous = verifier.verify(
        "The Orrin Select Board approved the flood control plan unanimously."
    )
    assert unanimous.verdict == Verdict.CONTRADICTED
    assert decisive(unanimous) == ["2027-11-03-story.md:7"]
    approved = verifier.verify(
        "The Orrin Select Board approved the $2.1 million plan to replace the culverts in the "
        "basin 4-1."
    )
    assert approved.verdict == Verdict.SUPPORTED
    assert decisive(approved) == ["2027-11-03-story.md:7"]
