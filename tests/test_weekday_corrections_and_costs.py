"""Corrections that name their story by its weekday, and money set aside (issue 19): "A story
on Tuesday about ..." in a correction of Thursday, July 8 is the story of Tuesday, July 6,
whose lead names what the correction does not; "closed on Friday, July 2, not on Saturday,
July 3" rejects the date after its weekday; and money a council sets aside for something
("moved to appropriate $640,000 ... to replace the generator", "voted to spend $640,000 on") is
no cost of it, which a later story gives ("It cost $700,000").

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.models import Verdict
from factcheck.provenance.corrects import corrected_date

from .conftest import archive_verifier, decisive

STORY = """# Fuel leak closes Wren Point Marina

*Orrin Ledger, July 6, 2027. By Tess Calder.*

Wren Point Marina has been closed since Saturday, July 3, after a fuel line broke under the main dock and diesel spread into Halloran Bay.

The harbor master estimated the leak at 900 gallons.
"""  # noqa: E501

CORRECTION = """ORRIN LEDGER
Correction, July 8, 2027

A story on Tuesday about the closing of Wren Point Marina misstated two facts.
The harbor master's estimate of the leak was 90 gallons, not 900 gallons.
The marina closed on Friday, July 2, not on Saturday, July 3.
"""

MINUTES = """TOWN OF ORRIN
Minutes of the Select Board, regular meeting of July 12, 2027
Members present: Chair Wendell Amory; Board Members Nora Ostrow, Glen Bell and Mei Tanaka.

Item 2. Wren Point fuel dock.
Board Member Bell moved to appropriate $640,000 from the harbor fund to replace the fuel dock's pumps.
Board Member Tanaka seconded.
The motion carried 3-0.
"""  # noqa: E501

LATER = """# New fuel pumps open at Wren Point

*Orrin Ledger, October 4, 2027. By Tess Calder.*

New fuel pumps went into service at the Wren Point fuel dock on Friday, Oct. 1.

They cost $700,000, $60,000 more than the board set aside, Harbor Master Ana Reyes said.
"""


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path,
        {
            "2027-07-06-story.md": STORY,
            "2027-07-08-correction.txt": CORRECTION,
            "2027-07-12-minutes.txt": MINUTES,
            "2027-10-04-pumps.md": LATER,
        },
    )


def test_a_correction_names_its_story_by_weekday() -> None:
    assert corrected_date(CORRECTION, dt.date(2027, 7, 8)) == dt.date(2027, 7, 6)
    # (the same weekday as the correction's is the week before)
    thursday = "A story on Thursday about the marina misstated its name."
    assert corrected_date(thursday, dt.date(2027, 7, 8)) == dt.date(2027, 7, 1)
    assert corrected_date("Tuesday's article misstated a date.", None) is None


def test_the_correction_decides_what_it_replaces(verifier) -> None:  # noqa: ANN001
    leak = verifier.verify("The fuel leak into Halloran Bay was 900 gallons.")
    assert leak.verdict == Verdict.CONTRADICTED
    assert "2027-07-08-correction.txt:5" in decisive(leak)[0]
    closed = verifier.verify("Wren Point Marina closed on July 3, 2027.")
    assert closed.verdict == Verdict.CONTRADICTED
    assert decisive(closed) == ["2027-07-08-correction.txt:4-6"]


def test_money_set_aside_is_no_cost() -> None:
    cost = qty.extract("The new fuel pumps cost $640,000.")[0]
    set_aside = qty.extract("Bell moved to appropriate $640,000 to replace the pumps.")[0]
    assert not qty.same_measure(cost, set_aside)
    asked = qty.extract("The board set aside $640,000 for the pumps.")[0]
    assert qty.same_measure(asked, set_aside)
    # (a body's decision to spend it is money set aside too, whatever names both give)
    voted = qty.extract("The Orrin board voted 3-0 on Monday to spend $640,000 on Wren pumps.")[-1]
    will_cost = qty.extract("The Wren pumps will cost $640,000.")[0]
    assert qty.set_aside_or_cost(voted, will_cost)
    assert not qty.same_named(voted, will_cost) and not qty.same_measure(voted, will_cost)


def test_the_later_cost_decides(verifier) -> None:  # noqa: ANN001
    cost = verifier.verify("The new fuel pumps at the Wren Point fuel dock cost $640,000.")
    assert cost.verdict != Verdict.SUPPORTED
