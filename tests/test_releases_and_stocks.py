"""Release headers and stocks (issue 19): a release header's date ("FOR IMMEDIATE RELEASE —
June 3, 2027") is when it was issued, not the date of the event its headline gives; and how many
of a thing there are ("The county's inventory counts 1,900 street lights", "The county has 1,900
street lights") is no count of what was done to them ("replaced 640 street lights"); a count
between two months ("between June and the end of August") is not the running total a later
story gives "since June"; and a later sentence of a transcript's turn is its speaker's, whose
title the opening gives ("With us is Public Works Director Ana Reyes").

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.language.counted import counted
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

RELEASE = """<html>
<head>
<title>Orrin County begins LED street light replacement</title>
<meta name="date" content="2027-06-03">
</head>
<body>
<h1>Orrin County begins LED street light replacement</h1>
<p>ORRIN COUNTY &mdash; PUBLIC WORKS &mdash; FOR IMMEDIATE RELEASE &mdash; June 3, 2027</p>
<p>The county's inventory counts 1,900 street lights on county roads.</p>
<p>Crews began replacing the old sodium lamps with LED fixtures on June 1.</p>
</body>
</html>
"""

UPDATE = """# Orrin County street light work passes the one-third mark

*Orrin Ledger, October 4, 2027. By Tess Calder.*

County crews have replaced 640 street lights with LED fixtures since June, the public works department said.
"""  # noqa: E501


INTERVIEW = """WORL Evening Report, September 2, 2027
Transcript: Orrin County's street light project

HOST (IDA LENNOX): The county is swapping its street lights. With us is Public Works Director Ana Reyes. How far along are you?
REYES: We replaced 410 street lights between June and the end of August. The old poles stay where they are. We are not replacing the poles.
LENNOX: Director Reyes, thank you.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path,
        {"2027-06-03-release.html": RELEASE, "2027-10-04-update.md": UPDATE,
         "2027-09-02-interview.txt": INTERVIEW},
    )  # fmt: skip


def test_a_release_header_dates_no_event(verifier) -> None:  # noqa: ANN001
    began = verifier.verify("Orrin County began replacing its street lights on June 1, 2027.")
    assert all(e.stance != "conflicts" for e in began.evidence)


def test_how_many_there_are_is_no_count_of_an_act(verifier) -> None:  # noqa: ANN001
    text = "The county's inventory counts 1,900 street lights on county roads."
    assert counted(text, text.index("1,900"), text.index("1,900") + 5).held
    replaced = verifier.verify("Orrin County has replaced 640 street lights with LED fixtures.")
    assert replaced.verdict != Verdict.CONTRADICTED
    assert all(
        e.file != "2027-06-03-release.html" for e in replaced.evidence if e.stance == "conflicts"
    )


def test_a_closed_span_is_no_running_total(verifier) -> None:  # noqa: ANN001
    (between,) = qty.extract("Crews replaced 410 street lights between June and the end of August.")
    assert between.span == "between"
    summer = verifier.verify(
        "Orrin County replaced 410 street lights between June and the end of August 2027."
    )
    assert summer.verdict != Verdict.CONTRADICTED


def test_a_later_sentence_of_a_turn_is_its_speakers(verifier) -> None:  # noqa: ANN001
    said = verifier.verify(
        "Orrin County's public works director said the county is not replacing the poles."
    )
    assert said.verdict == Verdict.SUPPORTED
    assert decisive(said) == ["2027-09-02-interview.txt:5"]
