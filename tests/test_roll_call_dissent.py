"""Minutes (issue 19): a decision said with how the vote was taken ("On a roll call vote the
motion failed, 3-4.") decides the motion before it; "Council Member Okafor dissenting" is her
vote against; and who moved a motion or voted on it ("Council Member Oduro moved to
appropriate $1.4 million") is no subject of its figure.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import motions
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """TOWN OF ORRIN
Minutes of the Select Board, regular meeting of March 9, 2027
Members present: Chair Wendell Amory; Board Members Ruth Okafor, Glen Harrow, Mei Tanaka and Samuel Oduro.

Agenda Item 3. Ferry contract.
Board Member Okafor moved to terminate the town's contract with Tidewater Launch Company.
Board Member Harrow seconded.
On a roll call vote the motion failed, 2-3.

Agenda Item 4. Emergency appropriation.
Board Member Oduro moved to appropriate $620,000 from the town's reserve fund for dock repairs.
Board Member Tanaka seconded.
The motion carried 4-1, Board Member Okafor dissenting.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-03-09-minutes.txt": MINUTES})


def test_a_roll_call_decides_the_motion(verifier) -> None:  # noqa: ANN001
    assert motions.OUTCOME.match("On a roll call vote the motion failed, 2-3.")
    ended = verifier.verify(
        "The Orrin Select Board voted to end the town's contract with Tidewater Launch Company."
    )
    assert ended.verdict == Verdict.CONTRADICTED
    assert decisive(ended) == ["2027-03-09-minutes.txt:6"]


def test_a_dissenting_member_voted_against(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify(
        "Ruth Okafor voted for the $620,000 emergency appropriation for dock repairs."
    )
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-03-09-minutes.txt:11-13"]
    right = verifier.verify(
        "Ruth Okafor voted against the $620,000 emergency appropriation for dock repairs."
    )
    assert right.verdict == Verdict.SUPPORTED  # (the mover is no subject of the figure)
