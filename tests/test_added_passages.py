"""The passages verify reads beyond what the search ranks (issue 19): a vote's count in
minutes whose words share little with the claim's names, the agenda item a sentence is under,
and the sentence that gives a claim's office to another person.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Verdict

from .conftest import archive_verifier

MINUTES = """HALVERN TOWNSHIP BOARD OF TRUSTEES. MINUTES OF THE REGULAR MEETING, MAY 4, 2027

Present: Chair Ruth Oyelowo; Trustees Sam Kwan, Ilse Marr, Tobias Venn and Grace Ide.

Item 6. Harbor dredging budget, 2027-28.
The harbor master presented a dredging budget of $740,000 for the coming year.
Trustee Venn moved to send the road list back to committee. The motion failed, 2-3.
The board then approved the budget as presented, 4-1. Trustee Venn voted no.
Item 7. Contract for snow removal.
The board awarded the snow removal contract to Keel Brothers for $96,000.
"""

STORY = """# Halvern trustees back harbor dredging

By Lena Ortiz, Halvern Courier

May 5, 2027

HALVERN — Ruth Oyelowo, who chairs the township trustees, opened the meeting at 7 p.m.
Ruth Oyelowo said the harbor had not been dredged since 2019.
Ruth Oyelowo said boats had run aground twice this spring.
Ruth Oyelowo said Halvern Township would ask the state for a dredging grant.
Ruth Oyelowo said Halvern Township had set aside money for the work in March.
Ruth Oyelowo said the township's harbor fees would not rise this year.
Ruth Oyelowo thanked the harbor master for the plan.
"We cannot wait another year," said Dr. Paul Ames, the township's finance director.
"""


def test_a_vote_s_count_and_the_item_it_is_under(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {"2027-05-04-minutes.txt": MINUTES})
    lone = verifier.verify(
        "Tobias Venn was the only trustee to vote against the harbor dredging budget."
    )
    assert lone.verdict == Verdict.SUPPORTED, lone.reasons
    assert "2027-05-04-minutes.txt:8" in [e.citation for e in lone.evidence if e.decisive]
    unanimous = verifier.verify(
        "The Halvern trustees unanimously approved the harbor dredging budget."
    )
    assert unanimous.verdict == Verdict.CONTRADICTED, unanimous.reasons
    assert "vote: claim says 'unanimously', source says 4-1" in unanimous.reasons


def test_an_office_given_to_another_is_read(tmp_path: Path) -> None:
    # (three passages weighed: the claim's name fills them, not the title's holder)
    from factcheck.index.search import Index
    from factcheck.verify.verifier import Verifier

    archive_verifier(tmp_path, {"2027-05-05-story.md": STORY})
    verifier = Verifier(Index.open(tmp_path / "idx"), k=3)
    v = verifier.verify("Ruth Oyelowo is Halvern Township's finance director.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert (
        "title: claim gives the finance director to Ruth Oyelowo, source gives it to Dr. Paul Ames"
        in v.reasons
    )


def test_a_vote_claim_with_no_words_of_its_measure(tmp_path: Path) -> None:
    # ("Voted 4-1." names nothing voted on: no sentence is looked for, and verify answers)
    verifier = archive_verifier(tmp_path, {"2027-05-04-minutes.txt": MINUTES})
    for claim in ("Voted 4-1.", "Unanimously.", "4-1"):
        assert verifier.verify(claim).verdict in set(Verdict)


FLOOD = """# River floods Halvern's east side

By Lena Ortiz, Halvern Courier

HALVERN, April 11, 2027 — The Orrin River broke through a levee north of Halvern early on Friday, flooding about 300 homes on the east side, city officials said.

Two shelters opened, at the civic centre and the church hall.

No deaths or serious injuries have been reported.
"""  # noqa: E501


def test_a_sentence_that_says_there_were_none(tmp_path: Path) -> None:
    # it shares the count's noun alone with the claim ("deaths" of "Two people died")
    verifier = archive_verifier(tmp_path, {"2027-04-11-flood.md": FLOOD})
    v = verifier.verify("Two people died in the Halvern flood.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-04-11-flood.md:9"]
    assert "number: claim says Two people, source says No deaths" in v.reasons
