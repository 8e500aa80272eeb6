"""A board's motions decided and a figure's newest level (issue 19): "The port commission
voted to postpone" against a motion to postpone that failed; "voting aye" and "voting nay" name
a vote's sides, and "voted to postpone" is a member's side; a tally after a long object
("approved the ... agreement with the U.S. Bureau of Reclamation 5-2"); "U.S." ends no
sentence; "most of the samples" against "four of the 40 samples"; a whole said again with
"the" keeps its kind; a later story's "raises the district's share to" replaces a record's
figure; "the project's estimated cost has risen to" is the cost a claim says "is expected";
a party's release states its own plan; a denial in a clause of its own ("after a judge denied
the group's request") is no denial of the main clause; "sued" is what "filed suit" says;
"rather than to the Quarry Road site" turns round a claim that puts the act there; a person
named in the sentence before stands for the claim's person only with the claim's title.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.language.parse import sentence_at
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """SALLOW CREEK WATER DISTRICT
Minutes of the Board of Directors, regular meeting of March 3, 2027
Present: President Ona Reyes, Vice President Tom Quill, Directors Abe Stroud, Nia Farrow and Cal Pike.

Item 4. Motion to delay.
Director Farrow moved to delay the reservoir expansion by 90 days to review the seepage tests.
Director Pike seconded.
The motion failed 2-3, Directors Farrow and Pike voting aye.

Item 5. Cost-sharing agreement.
Vice President Quill moved to approve the cost-sharing agreement with the U.S. Bureau of Reclamation, committing the district to a local share of $12.4 million.
Director Stroud seconded.
The motion carried 4-1, Director Farrow voting nay.
"""  # noqa: E501

RELEASE = """<html><head><title>Water district plans to raise Sallow Creek reservoir</title></head><body>
<h1>Water district plans to raise Sallow Creek reservoir</h1>
<p>SALLOW CREEK WATER DISTRICT &mdash; NEWS RELEASE &mdash; January 5, 2027</p>
<p>The Sallow Creek Water District will ask the U.S. Bureau of Reclamation to raise the reservoir's dam from 60 feet to 72 feet, so that the district can store a second year of supply.</p>
<p>The project is expected to cost $41 million.</p>
</body></html>
"""  # noqa: E501

TESTS = """# Sallow Creek reservoir: seepage tests

State Geological Survey. Summary, February 10, 2027.

The survey drilled 40 soil samples along the dam's foot in December 2026. Four of the 40 samples showed seepage above the state's limit.

The seeping soil will be hauled to a lined landfill rather than to the Quarry Road site.
"""  # noqa: E501

UPDATE = """# Reservoir work begins as costs climb

By Lena Marsh, Sallow Valley Courier, October 14, 2027

The project's estimated cost has risen to $47 million, according to the Bureau. The federal share is unchanged, which raises the district's local share to $14.9 million.

Work on the dam began on October 4, after a state judge on September 28 denied Sallow Valley Anglers' request for a restraining order.

In August, Sallow Valley Anglers filed suit in state court, asking a judge to halt the project until the district studies a fish ladder.

Board President Ona Reyes spoke at the groundbreaking.

She said the district would sell bonds for the second phase in the spring.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-03-03-minutes.txt": MINUTES, "2027-01-05-release.html": RELEASE,
        "2027-02-10-tests.md": TESTS, "2027-10-14-update.md": UPDATE,
    })  # fmt: skip


def test_a_body_did_not_do_what_a_failed_motion_moved(verifier) -> None:  # noqa: ANN001
    body = verifier.verify("The water board voted to delay the reservoir expansion by 90 days.")
    assert body.verdict == Verdict.CONTRADICTED, body.reasons
    assert "2027-03-03-minutes.txt:6" in decisive(body)
    # ... but a member who voted aye did vote to delay it, and one who did not did not
    farrow = verifier.verify("Director Nia Farrow voted to delay the reservoir expansion.")
    assert farrow.verdict == Verdict.SUPPORTED, farrow.reasons
    quill = verifier.verify("Vice President Tom Quill voted to delay the reservoir expansion.")
    assert quill.verdict == Verdict.CONTRADICTED, quill.reasons
    assert "vote: claim says Quill voted for, source names all who did: Farrow, Pike" in (
        quill.reasons
    )


def test_aye_and_nay_name_a_vote_s_sides(verifier) -> None:  # noqa: ANN001
    lone = verifier.verify(
        "Nia Farrow was the only director to vote against the cost-sharing agreement."
    )
    assert lone.verdict == Verdict.SUPPORTED, lone.reasons
    assert "2027-03-03-minutes.txt:13" in decisive(lone)
    other = verifier.verify("Director Cal Pike voted against the cost-sharing agreement.")
    assert other.verdict == Verdict.CONTRADICTED, other.reasons
    assert "vote: claim says Pike voted against, source names all who did: Farrow" in (
        other.reasons
    )


def test_a_tally_after_a_long_object_and_an_initial_s_full_stop(verifier) -> None:  # noqa: ANN001
    (tally,) = qty.extract(
        "The board approved the cost-sharing agreement with the Bureau of Reclamation 4-1."
    )
    assert (tally.kind, tally.text) == ("tally", "4-1")
    text = "Quill moved to approve it with the U.S. Bureau of Reclamation. Stroud seconded."
    assert sentence_at(text, text.index("Bureau"))[1].startswith("Quill moved")
    v = verifier.verify(
        "The water board approved the cost-sharing agreement with the Bureau of Reclamation 4-1."
    )
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-03-03-minutes.txt:11-13" in decisive(v)


def test_most_of_a_whole_and_a_whole_said_again(verifier) -> None:  # noqa: ANN001
    (most,) = qty.extract("Most of the samples showed seepage.")
    assert (most.value, most.bound) == (50.0, "gt")
    assert qty.extract("It was the most of any year.") == []
    wrong = verifier.verify(
        "Most of the soil samples the survey drilled showed seepage above the state's limit."
    )
    assert wrong.verdict == Verdict.CONTRADICTED, wrong.reasons
    assert "2027-02-10-tests.md:5" in decisive(wrong)
    # "the 40 samples" are the 40 soil samples said before
    right = verifier.verify(
        "Four of the 40 soil samples the survey drilled showed seepage above the state's limit."
    )
    assert right.verdict == Verdict.SUPPORTED, right.reasons
    assert "2027-02-10-tests.md:5" in decisive(right)


def test_a_later_level_replaces_a_record_s_figure(verifier) -> None:  # noqa: ANN001
    assert qty.reached("which raises the district's local share to $14.9 million", "$14.9 million")
    assert not qty.reached("committing the district to a local share of $12.4 million", "$12.4")
    old = verifier.verify(
        "The district's local share of the reservoir project is now $12.4 million."
    )
    assert old.verdict == Verdict.CONTRADICTED, old.reasons
    assert "2027-10-14-update.md:5" in decisive(old)
    new = verifier.verify(
        "The district's local share of the reservoir project is now $14.9 million."
    )
    assert new.verdict == Verdict.SUPPORTED, new.reasons
    cost = verifier.verify("Raising the Sallow Creek reservoir is expected to cost $41 million.")
    assert cost.verdict == Verdict.CONTRADICTED, cost.reasons
    assert "2027-10-14-update.md:5" in decisive(cost)


def test_a_party_s_release_states_its_own_plan(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The Sallow Creek Water District wants its dam raised to 72 feet.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-01-05-release.html:4" in decisive(v)


def test_a_denial_in_a_clause_of_its_own(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Work on the Sallow Creek dam began in October 2027.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-10-14-update.md:7" in decisive(v)


def test_sued_is_filed_suit(verifier) -> None:  # noqa: ANN001
    v = verifier.verify(
        "Sallow Valley Anglers has sued in state court to halt the reservoir project."
    )
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-10-14-update.md:9" in decisive(v)


def test_a_name_the_passage_puts_after_rather_than(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The seeping soil will be hauled to the Quarry Road site.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert "name: the source says rather than to the Quarry Road" in v.reasons
    # ... a claim that says so too is not turned round
    said = verifier.verify("The seeping soil will go to a lined landfill, not to Quarry Road.")
    assert said.verdict != Verdict.CONTRADICTED, said.reasons


def test_a_title_the_claim_gives_a_person_named_before(verifier) -> None:  # noqa: ANN001
    said = "said the district would sell bonds for the second phase in the spring."
    right = verifier.verify(f"Board President Ona Reyes {said}")
    assert right.verdict == Verdict.SUPPORTED, right.reasons
    assert "2027-10-14-update.md:13" in decisive(right)
    # the person is named in the sentence before, but not with the claim's title
    wrong = verifier.verify(f"Vice President Ona Reyes {said}")
    assert wrong.verdict != Verdict.SUPPORTED, wrong.reasons
