"""Speakers (issue 19): a transcript's opening that gives a speaker's title before the name
("With us is Parks Director Omar Fane") says who speaks the turns under that name's label
("FANE: ..."), so "the parks director said" is stated by them; and another speaker who said
something else ("Neighbors say the pool closed in July", "Council member Rita Vance said the
pool would close") does not contradict what the claim says its speaker said, while the same
words given to another speaker still do.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

INTERVIEW = """WKRL Saturday Morning, August 9, 2027
"A summer of repairs in Orrin County": transcript of an interview

HOST (IDA LENNOX): The county's pools had a rough summer. With us is Parks Director Omar Fane. Director, what happened?
FANE: Two pumps failed in June, and we replaced both within a week.
LENNOX: Neighbors say the Kestrel Street pool closed in July.
FANE: The Kestrel Street pool never closed. We shortened its hours for three days.
LENNOX: Director Fane, thank you.
"""  # noqa: E501

STORY = """# Council weighs the future of the Kestrel Street pool

*Orrin Ledger, September 2, 2027. By Tess Calder.*

Council member Rita Vance said the Kestrel Street pool would close for good after the 2028 season.

The pool drew 41,000 swimmers this summer, the parks department said.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path, {"2027-08-09-interview.txt": INTERVIEW, "2027-09-02-story.md": STORY}
    )


def test_a_title_given_before_the_name_is_the_turns_speaker(verifier) -> None:  # noqa: ANN001
    said = verifier.verify(
        "Orrin County's parks director said the Kestrel Street pool never closed."
    )
    assert said.verdict == Verdict.SUPPORTED
    assert decisive(said) == ["2027-08-09-interview.txt:7"]
    # (another title is no one the opening introduces)
    other = verifier.verify(
        "Orrin County's finance director said the Kestrel Street pool never closed."
    )
    assert other.verdict != Verdict.SUPPORTED


def test_another_speaker_who_said_otherwise_is_no_conflict(verifier) -> None:  # noqa: ANN001
    # the host's "Neighbors say the pool closed in July" is not the director's word
    denied = verifier.verify("The parks director said the Kestrel Street pool never closed.")
    assert all(c.line != 6 for c in denied.evidence if c.stance == "conflicts")
    # a council member said the pool would close: not what the director is said to have said
    vance = verifier.verify(
        "Parks Director Omar Fane said the Kestrel Street pool would stay open after the 2028 "
        "season."
    )
    assert vance.verdict != Verdict.CONTRADICTED
    assert all(c.file != "2027-09-02-story.md" for c in vance.evidence if c.stance == "conflicts")
