"""A month's table, a roll call by count, a clarification and a group's newsletter (issue 19):
a table whose rows are months ("September 2024 | 1,380 | 3,910") is read as a series, its
"per day" column by what it counts; a claim that compares two dates is not contradicted on one
by a row of the other; "On roll call: Ayes 5, Nays 2 (Draper, Pruitt)" gives each named
member's side, and "Mr. Draper" is no first name; a motion to do another act than the claim's
vote ("moved to require payment plans before any charges are written off") is no vote on it,
nor is a threshold that picks out a group ("families with charges of more than $100") a sum; a
proposer named before what was rejected ("rejected Draper's proposal to") is no other thing;
a clarification's "said the write-off covers 1,150 families" is no support, and the figure it
gives in its place decides; a group's newsletter cheering a figure is its own word; and a
name the lead gives is contradicted where the passage puts another right after the claim's
verb ("awarded the contract to Harvest Lane").

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.language import series
from factcheck.models import Verdict
from factcheck.stance.rules import _voters, analyse, compare

from .conftest import archive_verifier, decisive

REPORT = """# School meals: district report, Orrin Valley Schools

State Office of Child Nutrition. Released January 20, 2028.

Table 1. Average daily meals served, Orrin Valley Schools

| Month | Breakfasts per day | Lunches per day |
|---|---|---|
| September 2026 | 1,200 | 3,500 |
| September 2027 | 1,900 | 4,100 |
"""

MINUTES = """ORRIN VALLEY BOARD OF EDUCATION
Minutes of the regular meeting, March 14, 2028

Present: Board President Lena Kim; members Sara Holt, Ray Draper, Ana Pruitt, Tom Vail, Eva Ruiz and Ken Ash.

Unpaid meal charges. Mr. Draper moved to require families with unpaid meal charges of more than $100 to enter a payment plan before any charges are written off. Ms. Holt seconded. The motion failed 2-5.

Ms. Ruiz moved to write off $96,000 in unpaid meal charges, seconded by Mr. Vail. The motion passed 6-1. Voting aye were Ms. Ruiz, Mr. Vail, Ms. Holt, Ms. Pruitt, Mr. Ash and President Kim; voting nay was Mr. Draper.

Food service contract.
Mr. Draper moved to reject both proposals and rebid the contract. The motion died for lack of a second.
RESOLVED, that the Board award the food service contract to Harvest Lane Foods at a cost not to exceed $9.2 million.
On roll call: Ayes 5, Nays 2 (Draper, Pruitt). Adopted.
"""  # noqa: E501

CLARIFICATION = """ORRIN LEDGER
Clarification, March 17, 2028

A story on March 15 about the Orrin Valley school board's vote on unpaid meal charges said the write-off covers 700 families. The charges were owed by 700 students in 520 families, the district says.
"""  # noqa: E501

NEWSLETTER = """# Orrin Parents for Fair Meals: April newsletter

Published April 2, 2028

- Lunch participation has jumped 45 percent since meals became free!
"""

STORY = """# New lunch vendor starts in Orrin Valley

By Tess Calder, Orrin Ledger

September 5, 2028

ORRIN — Harvest Lane Foods served its first meals in Orrin Valley schools last week, taking over from Crestline Food Services.

The board awarded the contract to Harvest Lane in March on a 5-2 vote.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path,
        {
            "2028-01-20-report.md": REPORT,
            "2028-03-14-minutes.txt": MINUTES,
            "2028-03-17-clarification.txt": CLARIFICATION,
            "2028-04-02-newsletter.md": NEWSLETTER,
            "2028-09-05-story.md": STORY,
        },
    )


def test_a_table_of_months_is_a_series() -> None:
    header, rows = (
        "Month | Breakfasts per day | Lunches per day",
        [
            "September 2026 | 1,200 | 3,500",
            "September 2027 | 1,900 | 4,100",
        ],
    )
    more = series.read("Schools served more lunches in September 2027 than in September 2026.",
                       header, rows)  # fmt: skip
    assert more is not None and more.holds and "4,100 in September 2027" in more.text
    half = series.read(
        "Breakfasts rose by more than half from September 2026 to September 2027.", header, rows
    )
    assert half is not None and half.holds and "58.3 percent" in half.reason
    about = series.read(
        "Lunches rose about 17 percent from September 2026 to Sept. 2027.", header, rows
    )
    assert about is not None and about.holds


def test_the_table_decides_a_comparison_of_months(verifier) -> None:  # noqa: ANN001
    more = verifier.verify("Orrin Valley served more lunches a day in September 2027 than in "
                           "September 2026.")  # fmt: skip
    assert more.verdict == Verdict.SUPPORTED
    fell = verifier.verify("Average daily lunches in Orrin Valley fell from September 2026 to "
                           "September 2027.")  # fmt: skip
    assert fell.verdict == Verdict.CONTRADICTED
    assert decisive(fell)[0].startswith("2028-01-20-report.md:")


def test_the_parts_of_one_date_are_no_two_dates() -> None:
    claim = analyse("Lena Kim was born in May of 1964.")
    found = compare(claim, analyse("Lena Kim was born on February 5, 1964.")).findings
    assert [f.supports for f in found if f.about == "May"] == [False]


def test_a_vote_s_pair_after_a_name_is_no_label() -> None:
    (vote,) = qty.extract("The board awarded the contract to Harvest Lane Foods 5-2.")
    assert (vote.kind, vote.value, vote.against) == ("tally", 5.0, 2.0)
    assert [q.kind for q in qty.extract("The board approved Resolution 25-41.")] == ["label"]


def test_a_roll_call_by_count_and_honorifics() -> None:
    assert _voters(analyse("On roll call: Ayes 5, Nays 2 (Draper, Pruitt). Adopted.")) == [
        ("against", ["draper", "pruitt"])
    ]
    # (a threshold that picks out a group is no sum of what it counts)
    (threshold,) = qty.extract("Families with unpaid charges of more than $100 must pay.")
    (written_off,) = qty.extract("The board wrote off $96,000 in unpaid charges.")
    assert not qty.same_measure(written_off, threshold)


def test_votes_in_paragraph_minutes(verifier) -> None:  # noqa: ANN001
    pruitt = verifier.verify(
        "Board member Ana Pruitt voted against the Harvest Lane Foods contract."
    )
    assert pruitt.verdict == Verdict.SUPPORTED
    assert decisive(pruitt) == ["2028-03-14-minutes.txt:12-13"]
    draper = verifier.verify("Board member Ray Draper voted against writing off the unpaid meal "
                             "charges.")  # fmt: skip
    assert draper.verdict != Verdict.CONTRADICTED
    passed = verifier.verify(
        "The Orrin Valley school board voted 6-1 to write off $96,000 in unpaid meal charges."
    )
    assert passed.verdict == Verdict.SUPPORTED
    assert decisive(passed) == ["2028-03-14-minutes.txt:8"]


def test_a_motion_that_died_for_lack_of_a_second(verifier) -> None:  # noqa: ANN001
    died = verifier.verify("A motion to rebid the Orrin Valley food service contract died for "
                           "lack of a second.")  # fmt: skip
    assert died.verdict == Verdict.SUPPORTED
    assert decisive(died) == ["2028-03-14-minutes.txt:11"]
    rebid = verifier.verify("The Orrin Valley school board voted to rebid the food service "
                            "contract.")  # fmt: skip
    assert rebid.verdict == Verdict.CONTRADICTED


def test_a_proposer_is_no_other_thing() -> None:
    claim = analyse("The board approved requiring payment plans for families.")
    rejected = analyse(
        "The board rejected Draper's proposal to require payment plans for families."
    )
    assert compare(claim, rejected).opposed == ["approved"]


def test_a_clarification_gives_the_figure_in_place(verifier) -> None:  # noqa: ANN001
    families = verifier.verify(
        "The unpaid meal charges Orrin Valley wrote off were owed by 700 families."
    )
    assert families.verdict == Verdict.CONTRADICTED
    assert decisive(families) == ["2028-03-17-clarification.txt:4"]
    right = verifier.verify("The unpaid meal charges Orrin Valley wrote off were owed by 520 "
                            "families.")  # fmt: skip
    assert right.verdict == Verdict.SUPPORTED


def test_a_newsletter_cheer_is_its_group_s_word(verifier) -> None:  # noqa: ANN001
    cheer = verifier.verify("Lunch participation in Orrin Valley rose 45 percent after meals "
                            "became free.")  # fmt: skip
    assert cheer.verdict == Verdict.NOT_ENOUGH_EVIDENCE


def test_another_name_in_the_claim_s_place(verifier) -> None:  # noqa: ANN001
    swapped = verifier.verify("The Orrin Valley school board awarded the food service contract "
                              "to Crestline Food Services.")  # fmt: skip
    assert swapped.verdict == Verdict.CONTRADICTED
    assert decisive(swapped) == ["2028-09-05-story.md:9"]
