"""Sentences that refer back across a paragraph's end, read with what they refer to.

"Ten of the 12 were 65 or older" counts the 12 a sentence before it names; "Supervisor Ann
Ruiz voted no" votes on the measure the sentence before it says was voted on; a record's
reported reply ("Mr Brady replied that there had been 212") answers the reported question
before it. Every document is written for this file.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.language.answers import answered
from factcheck.models import Verdict

from .conftest import archive_verifier

_verifier = archive_verifier


STORY = """# Flu season toll rises to 15 as board funds clinics

By Lena Ortiz, Dell Courier

March 4, 2027

DELL — The Dell County coroner has confirmed 15 deaths from this winter's flu season, up \
from 11 in February.

Nine of the 15 were 80 or older, the coroner's office said.

The county Board of Health voted 4-1 on Tuesday to give the clinics $300,000 for flu shots.

Board member Ann Ruiz voted no, saying the state should pay.
"""


def test_a_count_of_the_group_a_sentence_before_names(tmp_path: Path) -> None:
    v = _verifier(tmp_path, {"2027-03-04-flu.md": STORY}).verify(
        "Nine of the flu season's 15 confirmed victims were 80 or older."
    )
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-03-04-flu.md:7-9"]


def test_a_bare_vote_is_cast_on_the_measure_before_it(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2027-03-04-flu.md": STORY})
    v = verifier.verify("Ann Ruiz voted against the flu shot money.")
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-03-04-flu.md:13"]
    wrong = verifier.verify("Ann Ruiz voted for the flu shot money.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert wrong.reasons[:2] == [
        "2027-03-04-flu.md:13 conflicts with the claim",
        "vote: claim says voted for, source says voted against",
    ]


RECORD = """Dell Borough Council - Transport Committee - 2 March 2027
Record of questions on the Mill Lane closures

Cllr Ruth Amis asked how many potholes the borough had repaired on its roads in 2026.
Ms Jo Tran (Highways) replied that the borough had repaired 1,480, down from 1,910 in 2025.
"""


def test_a_reported_reply_answers_the_reported_question(tmp_path: Path) -> None:
    assert answered(
        "Ms Jo Tran (Highways) replied that there had been 1,480, down from 1,910 in 2025.",
        "Cllr Ruth Amis asked how many potholes the borough had repaired on its roads in 2026.",
    ) == (
        "Ms Jo Tran (Highways) replied that there had been 1,480 potholes in 2026, down from "
        "1,910 in 2025."
    )
    v = _verifier(tmp_path, {"2027-03-02-questions.txt": RECORD}).verify(
        "Dell repaired more potholes on its roads in 2026 than in 2025."
    )
    assert v.verdict == Verdict.CONTRADICTED
    assert v.reasons[:2] == [
        "2027-03-02-questions.txt:5 conflicts with the claim",
        "comparison: claim says more in 2026 than in 2025, source says 1,480 potholes against "
        "1,910 (less)",
    ]


CORRECTION = """CORRECTION, Dell Courier, March 9, 2027
A March 4 article about the Board of Health's vote misidentified the member who voted against \
the clinic money.
Board member Tom Eade cast the lone vote against it; Board member Ann Ruiz voted in favor.
"""


def test_a_correction_does_not_correct_the_claim_that_takes_its_right_version(
    tmp_path: Path,
) -> None:
    verifier = _verifier(tmp_path, {"2027-03-09-correction.txt": CORRECTION})
    v = verifier.verify("Tom Eade was the only board member to vote against the clinic money.")
    assert v.verdict == Verdict.SUPPORTED
    wrong = verifier.verify("Ann Ruiz voted against the clinic money.")
    assert wrong.verdict == Verdict.CONTRADICTED


PODCAST = """TRANSCRIPT — "Town Talk" podcast, episode 40, March 3, 2027

HOST (ANA RUIZ): With me are Carl Dunne, president of Orrin State, and Mia Holt, who leads \
the Orrin State Staff Union.

CARL DUNNE: We stand by our budget. It is balanced for the fourth year running.

ANA RUIZ: Ms. Holt, what do your members say? Are they satisfied?

MIA HOLT: The university has not given its staff a raise in three years.
"""


# A transcript's opening names the bodies its speakers are of: "the university" of a later
# turn is Orrin State; the speakers' names it gives say nothing of who speaks a later turn.
def test_a_transcript_s_opening_names_the_body_a_turn_speaks_of(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2027-03-03-podcast.txt": PODCAST})
    v = verifier.verify("Mia Holt said Orrin State had not given its staff a raise in three years.")
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-03-03-podcast.txt:9"]
    wrong = verifier.verify(
        "Carl Dunne said Orrin State had not given its staff a raise in three years."
    )
    assert wrong.verdict == Verdict.CONTRADICTED
    assert wrong.reasons[1] == "speaker: claim says Carl Dunne said it, source says Mia Holt"


STORY_OF_THE_FERRY = """# The Vesta ferry retires after 52 years

By Owen Tull, Harbor Post

May 3, 2027

HARBOR — The ferry Vesta, a 52-year-old steel boat, made its last crossing on Sunday.

Its captain, Ines Garra, 58, will move to the new boat.
"""

CORRECTION_OF_THE_AGE = """CORRECTION. Harbor Post, May 6, 2027.
An article on May 3 about the ferry Vesta's retirement misstated the boat's home port. \
It is Harbor, not Dell.
It also gave Ines Garra's age incorrectly. She is 61.
"""


# A correction that says what was wrong and then, in a sentence of its own, how ("She is
# 61."): the person is the one its lead names, and the right age replaces the story's.
def test_a_correction_s_age_said_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    verifier = _verifier(
        tmp_path,
        {
            "2027-05-03-vesta.md": STORY_OF_THE_FERRY,
            "2027-05-06-correction.txt": CORRECTION_OF_THE_AGE,
        },
    )
    v = verifier.verify("Ines Garra is 61 years old.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-05-06-correction.txt:3"]
    # ... and the story's age is the one it replaces
    old = verifier.verify("Ines Garra is 58 years old.")
    assert old.verdict == Verdict.CONTRADICTED, old.reasons
    # a hyphened age ("a 52-year-old steel boat") is an age
    boat = verifier.verify("The ferry Vesta is 52 years old.")
    assert boat.verdict == Verdict.SUPPORTED, boat.reasons
