"""A falling verb's object is no fall (issue 19): "the storm dropped 19 inches of snow" says
how much snow it left, so a correction's "measured 17.5 inches of snow at the airport; 19
inches fell in Harlow" contradicts 19 inches at the airport, while "ridership dropped 1,200
riders a day" stays a change.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

CORRECTION = """ORRIN LEDGER
Correction, February 3, 2027

A story on February 1 about the ice storm gave the wrong snowfall. The National Weather Service measured 11.5 inches of snow at Orrin Municipal Airport; 14 inches fell in the hill town of Dovecote.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-02-03-correction.txt": CORRECTION})


def test_what_a_storm_dropped_is_no_fall(verifier) -> None:  # noqa: ANN001
    (left,) = qty.extract("The storm dropped two feet of snow.")
    assert not left.change
    (fell,) = qty.extract("Ridership dropped 1,200 riders a day.")
    assert fell.change
    wrong = verifier.verify("The ice storm dropped 14 inches of snow at Orrin Municipal Airport.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-02-03-correction.txt:4"]
    right = verifier.verify("The ice storm dropped 11.5 inches of snow at Orrin Municipal Airport.")
    assert right.verdict != Verdict.CONTRADICTED
