"""A change between two years (issue 19): "the county's tree canopy grew between 2021 and
2026" is contradicted by "covered 19 percent of the county in 2026, down from 22 percent in
2021", and "fell" is stated by it; "down from" the later year's figure says which way it went.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

STUDY = """# Orrin County's tree canopy, 2021 to 2026

*Orrin State College, Department of Geography. Research brief, June 2, 2027.*

From aerial imagery we estimate that tree canopy covered 19 percent of Orrin County in 2026, down from 22 percent in 2021.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-06-02-study.md": STUDY})


def test_down_from_the_earlier_year_says_which_way(verifier) -> None:  # noqa: ANN001
    grew = verifier.verify("Orrin County's tree canopy grew between 2021 and 2026.")
    assert grew.verdict == Verdict.CONTRADICTED
    assert decisive(grew) == ["2027-06-02-study.md:5"]
    fell = verifier.verify("Orrin County's tree canopy fell between 2021 and 2026.")
    assert fell.verdict != Verdict.CONTRADICTED
