"""Doers, denials and hearsay (issue 19): "the founder of the league is Dana Ortiz" says who
founded it ("found" / "founder"; an office is no doer: "council" / "councilor"); a denial of
the opposite ("We did not use the waivers to raise anyone's fee") does not contradict "led to
a lower fee", and neither does what unnamed others are said to say ("some parents say you used
the waivers to raise fees"); "the parks department's total budget" is the budget a claim names
with its kind ("operating budget"); a lower bound far below the source's figure ("more than
4,000" of "41,200 households") pins no event; a part of a hyphenated name ("Con" of
"Comic-Con") is no name of its own to swap.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language.tokens import stem, verb_and_noun
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

STORY = """# Field fees split youth soccer families

*Orrin Ledger, March 2, 2027. By Nell Park.*

Dana Ruiz, who founded the Orrin Youth Soccer League in 2019, said most families would pay twice as much under the new field fees.

The parks department's total budget for the year is $2.4 million, up 3 percent from $2.33 million in 2026.

The county mailed fee waiver forms to 41,200 households this spring.
"""  # noqa: E501

CORRECTION = """CORRECTION
Orrin Ledger, March 4, 2027

A March 2 story on field fees named the wrong founder of a soccer league. The founder of the Orrin Youth Soccer League is Dana Ortiz.
"""  # noqa: E501

INTERVIEW = """WORL Weekend, May 10, 2027
"Fields and fees": transcript of an interview

HOST (IDA LENNOX): Director Fane, some parents say you used the fee waivers to raise fees for everyone else.
FANE: We did not use the waivers to raise anyone's fee. A waiver can lower a fee or leave it alone.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-03-02-story.md": STORY, "2027-03-04-correction.txt": CORRECTION,
        "2027-05-10-interview.txt": INTERVIEW,
    })  # fmt: skip


def test_the_founder_is_who_founded_it(verifier) -> None:  # noqa: ANN001
    assert verb_and_noun(stem("founded"), stem("founder"))
    assert not verb_and_noun(stem("council"), stem("councilor"))
    wrong = verifier.verify("Dana Ruiz founded the Orrin Youth Soccer League.")
    assert wrong.verdict == Verdict.CONTRADICTED, wrong.reasons
    assert "2027-03-04-correction.txt:4" in decisive(wrong)
    right = verifier.verify("Dana Ortiz founded the Orrin Youth Soccer League.")
    assert right.verdict == Verdict.SUPPORTED, right.reasons
    assert "2027-03-04-correction.txt:4" in decisive(right)


def test_a_denied_opposite_and_hearsay_are_no_conflict(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Fewer than half of the fee waivers led to a lower fee.")
    assert v.verdict != Verdict.CONTRADICTED, v.reasons
    assert not any(r.startswith("direction:") for r in v.reasons), v.reasons
    # ... while a claim that says the denied thing is contradicted by the denial
    raised = verifier.verify("Director Fane used the fee waivers to raise fees.")
    assert raised.verdict == Verdict.CONTRADICTED, raised.reasons
    assert "2027-05-10-interview.txt:5" in decisive(raised)


def test_a_total_is_no_other_kind(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The parks department's operating budget is $2.4 million.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-03-02-story.md:7" in decisive(v)


def test_a_lower_bound_far_below_the_figure_pins_nothing(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("More than 4,000 households returned fee waiver forms.")
    assert v.verdict != Verdict.SUPPORTED, v.reasons
    near = verifier.verify("The county mailed fee waiver forms to more than 40,000 households.")
    assert near.verdict == Verdict.SUPPORTED, near.reasons


def test_a_part_of_a_hyphenated_name_is_not_swapped() -> None:
    from factcheck.stance.rules import _substitutions, analyse

    claim = analyse("Richard Alf was one of the founders of San Diego Comic-Con.")
    passage = analyse(
        "It was founded as the Golden State Comic Book Convention in 1970 by a group that "
        "included Shel Dorf and Richard Alf; later, it was called the San Diego Comic Book "
        "Convention."
    )
    matched = {0: "Richard", 1: "Alf", 6: "founded", 8: "San", 9: "Diego", 10: "Comic"}
    assert _substitutions(claim, passage, matched) == []  # not "'Con', source says 'Book'"
    # ... while a name joined to a common word is a name of its own
    claim = analyse("Telemundo is an English-language network.")
    passage = analyse("Telemundo is a Spanish-language network.")
    (swap,) = _substitutions(claim, passage, {0: "Telemundo", 5: "language", 6: "network"})
    assert swap[0].reason == "name: claim says 'English', source says 'Spanish'"
