"""Minutes written bare (issue 19): "Motion by Councilor Ortega to freeze ..." states a motion,
"Seconded by Councilor Kim." is read past to the decision ("Failed 2-5.", "Carried 5-2."); a
body's own vote ("The Corliss County Council voted to ...") is found in the record its heading
names, while a member's must be named in the passage; "Two Corliss County councilors voted
against" names the voters' place, not a voter.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import motions
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """BRENNER COUNTY COUNCIL
Minutes of the regular meeting of April 6, 2027
Present: Council President Ada Wynn; Councilors Tom Ash, Ruth Bly, Ivan Cole, Lena Dorr, Sam Eyre and Kay Fox.

Item 3. 2027 sewer rate.
Motion by Councilor Ash to set the 2027 sewer rate at $6.10 per thousand gallons, up from $5.40. Seconded by Councilor Bly.
Carried 5-2. Councilors Cole and Dorr voted no.

Item 4. Late fees.
Motion by Councilor Cole to waive late fees on sewer bills for households over 65. Seconded by Councilor Dorr.
Failed 2-5.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-04-06-minutes.txt": MINUTES})


def test_a_bare_motion_and_its_bare_decision(verifier) -> None:  # noqa: ANN001
    moved = motions.moved("Motion by Councilor Cole to waive late fees on sewer bills.")
    assert moved == ["to waive late fees on sewer bills"]
    failed = verifier.verify(
        "The Brenner County Council voted to waive late fees on sewer bills for households over 65."
    )
    assert failed.verdict == Verdict.CONTRADICTED, failed.reasons
    assert "2027-04-06-minutes.txt:10-11" in decisive(failed)
    unanimous = verifier.verify("The Brenner County Council set the 2027 sewer rate unanimously.")
    assert unanimous.verdict == Verdict.CONTRADICTED, unanimous.reasons
    assert "vote: claim says 'unanimously', source says 5-2" in unanimous.reasons


def test_the_place_of_the_voters(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Two Brenner County councilors voted against the 2027 sewer rate.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-04-06-minutes.txt:7" in decisive(v)
    # ... while a member's own vote must be said of them by name
    ash = verifier.verify("Councilor Tom Ash voted against the 2027 sewer rate.")
    assert ash.verdict != Verdict.SUPPORTED, ash.reasons
