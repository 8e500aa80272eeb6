"""Measures named by their number in minutes (issue 19): "Resolution 12-40" is no vote of 12
to 40; "Resolution 12-40, as amended, was adopted 6-3." decides the measure its item heading
describes ("Item 4. Resolution 12-40, approving the Harbor Dredging Plan ..."), found beyond
the search's first places though it shares few of the claim's words; "Nays: Ostrow, Bell." is
the roll call's side; an amendment's vote is no vote on the measure; and a unanimous vote on
another measure ("approved a 2028 parks budget, 8-1") says nothing of one the claim names.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """TOWN OF ORRIN
Minutes of the Select Board, regular meeting of April 13, 2027
Members present: Chair Wendell Amory; Board Members Nora Ostrow, Glen Bell, Mei Tanaka, Samuel Oduro, Lucia Ferrante, Tomas Reyna, Ada Quint and Paul Devlin.

Item 4. Resolution 12-40, approving the Harbor Dredging Plan and its two-year budget of $2.2 million.
Board Member Tanaka moved the resolution. Board Member Oduro seconded.

Amendment A. Board Member Quint moved to require a public hearing before each phase of the dredging.
Board Member Reyna seconded.
The amendment was adopted 9-0.

Resolution 12-40, as amended, was adopted 6-3.
Nays: Ostrow, Bell, Devlin.

The meeting adjourned at 9:15 p.m.
"""  # noqa: E501

STORY = """# Orrin adopts its parks budget

*Orrin Ledger, November 30, 2027. By Tess Calder.*

On Nov. 23 the Select Board approved a 2028 parks budget of $1.1 million, 8-1, with Board Member Paul Devlin voting no.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path, {"2027-04-13-minutes.txt": MINUTES, "2027-11-30-story.md": STORY}
    )


def test_a_measure_s_number_is_no_tally() -> None:
    found = qty.extract("Resolution 12-40, as amended, was adopted 6-3.")
    assert [q.text for q in found if q.kind == "tally"] == ["6-3"]


def test_a_numbered_measure_is_what_its_heading_says(verifier) -> None:  # noqa: ANN001
    adopted = verifier.verify("The Orrin Select Board approved the Harbor Dredging Plan 6-3.")
    assert adopted.verdict == Verdict.SUPPORTED
    assert decisive(adopted) == ["2027-04-13-minutes.txt:12"]
    unanimous = verifier.verify(
        "The Orrin Select Board approved the Harbor Dredging Plan unanimously."
    )
    assert unanimous.verdict == Verdict.CONTRADICTED
    assert decisive(unanimous) == ["2027-04-13-minutes.txt:12"]


def test_the_roll_call_gives_each_side(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify("Nora Ostrow voted for the Harbor Dredging Plan.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-04-13-minutes.txt:12-13"]


def test_a_vote_on_another_measure_says_nothing_of_it(verifier) -> None:  # noqa: ANN001
    parks = verifier.verify("The Orrin Select Board approved the parks budget unanimously.")
    assert parks.verdict == Verdict.CONTRADICTED
    assert decisive(parks) == ["2027-11-30-story.md:5"]
    ferry = verifier.verify("The Orrin Select Board approved the Tidewater Ferry Plan unanimously.")
    assert ferry.verdict != Verdict.CONTRADICTED


def test_a_tally_after_a_decimal_figure(verifier) -> None:  # noqa: ANN001
    # ("approved a 2028 parks budget of $1.1 million, 8-1": the figure's decimal point is no
    # sentence's end between the verb and its tally)
    assert [q.text for q in qty.extract(STORY.splitlines()[4]) if q.kind == "tally"] == ["8-1"]
    one = verifier.verify(
        "The Orrin Select Board approved a $1.1 million parks budget with one vote against."
    )
    assert one.verdict == Verdict.SUPPORTED
    two = verifier.verify(
        "The Orrin Select Board approved a $1.1 million parks budget with two votes against."
    )
    assert two.verdict == Verdict.CONTRADICTED
    assert decisive(two) == ["2027-11-30-story.md:5"]
