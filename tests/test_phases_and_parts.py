"""Times and parts (issue 19): a beginning is of its own act ("began operating" is not "began
charging fees"), and a document's date is no date of an act its passage does not say; a
phrasal verb's particle makes another act ("switched off in September" is no date of
"switched back on"); "in place of a flat $6" rejects the figure; a count of another noun with
the claim's value is no count of the claim's noun where the passage counts that noun too; "No
commissioner voted against" is not contradicted by a vote's noun ("approved in the vote 4-0"),
and one who abstained voted neither way;
a claim of what will be is not contradicted by a figure of what was; a passage that divides a
whole into shares gives none for a part it does not name.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language.counted import event_verb
from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """DUNMORE COUNTY
Minutes of the Board of Commissioners, regular meeting of February 8, 2027
Present: Chair Lise Ortiz; Commissioners Hal Vale, Amos Reed, Nora Quist and Omar Sato.

Item 3. Composting contract.
Commissioner Vale moved to approve a two-year contract with GreenLoop Organics for curbside compost collection.
Commissioner Reed seconded.
The motion carried 4-0, Commissioner Quist abstaining.

Item 4. Fee ordinance.
Chair Ortiz moved to amend the ordinance to set the compost fee at $4 a month for small carts and $7 a month for large carts, in place of a flat $6.
Commissioner Reed seconded.
The amendment was adopted 4-1, Commissioner Vale dissenting.
"""  # noqa: E501

REPORT = """# Dunmore County curbside composting: first report

Released May 3, 2027, by the county's Solid Waste Division.

The compost carts began rolling out on March 3, 2027, on 12 collection routes.

Monthly compost fees began on April 1.

Of the 9,840 households signed up by April 30, 64 percent live in the county seat and 21 percent in the northern townships.
"""  # noqa: E501

UPDATE = """# Board votes to add eight compost routes; Mill Road site back on

By Ines Hart, Dunmore Gazette, November 9, 2027

The county board voted 4-1 on Monday to add eight more curbside compost routes starting in January, bringing the total to 20.

The Mill Road compost site, switched off in September after a fire, was inspected and turned back on October 12.

The program's fund has paid for 14 new drop-off bins and three collection trucks.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-02-08-minutes.txt": MINUTES, "2027-05-03-report.md": REPORT,
        "2027-11-09-update.md": UPDATE,
    })  # fmt: skip


def test_a_beginning_is_of_its_own_act(verifier) -> None:  # noqa: ANN001
    text = "The eight new compost routes began operating in November."
    assert event_verb(text, text.index("November"), len(text) - 1) == "begin"
    v = verifier.verify("GreenLoop Organics began charging monthly compost fees on March 3.")
    assert v.verdict != Verdict.SUPPORTED, v.reasons
    # the document's date (November) is no date of a beginning its passage does not say, and
    # the passage's own "starting in January" is
    routes = verifier.verify(text)
    assert routes.verdict == Verdict.CONTRADICTED, routes.reasons
    assert "2027-11-09-update.md:5" in decisive(routes)
    assert "date: claim says November, source says January" in routes.reasons


def test_a_particle_makes_another_act(verifier) -> None:  # noqa: ANN001
    text = "The Mill Road compost site, switched off in September after a fire, was turned on."
    assert event_verb(text, text.index("September"), text.index(" after")) == "switch off"
    v = verifier.verify("The Mill Road compost site was switched back on in October.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-11-09-update.md:7" in decisive(v)


def test_a_figure_in_place_of_another_is_rejected(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Dunmore County households pay a flat $6 a month for compost collection.")
    assert v.verdict != Verdict.SUPPORTED, v.reasons
    assert not any("source says $6" in r for r in v.reasons), v.reasons


def test_a_count_of_another_noun_with_the_claim_s_value(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The compost program's fund has paid for 14 new collection trucks.")
    assert v.verdict != Verdict.SUPPORTED, v.reasons
    right = verifier.verify("The compost program's fund has paid for 14 new drop-off bins.")
    assert right.verdict == Verdict.SUPPORTED, right.reasons
    assert "2027-11-09-update.md:9" in decisive(right)


def test_no_one_against_is_not_denied_by_a_vote_s_noun(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("No commissioner voted against the contract with GreenLoop Organics.")
    assert v.verdict != Verdict.CONTRADICTED, v.reasons
    # ... while one named against a vote is
    reed = verifier.verify("Amos Reed voted against the amendment that set the compost fee at $4.")
    assert reed.verdict == Verdict.CONTRADICTED, reed.reasons
    assert "vote: claim says Reed voted against, source names all who did: Vale" in reed.reasons


def test_who_abstained_voted_neither_way(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Nora Quist voted for the contract with GreenLoop Organics.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert "vote: claim says voted for, source says abstained" in v.reasons
    assert "2027-02-08-minutes.txt:6-8" in decisive(v)


def test_what_will_be_against_what_was(verifier) -> None:  # noqa: ANN001
    v = verifier.verify(
        "Once the expansion takes effect, Dunmore County will have 20 compost collection routes."
    )
    assert v.verdict != Verdict.CONTRADICTED, v.reasons
    # ... a claim of what was still is
    was = verifier.verify("The compost carts began rolling out on 15 collection routes in March.")
    assert was.verdict == Verdict.CONTRADICTED, was.reasons
    assert "2027-05-03-report.md:5" in decisive(was)


def test_a_share_of_a_part_the_passage_does_not_name(verifier) -> None:  # noqa: ANN001
    other = verifier.verify("Eight percent of the households signed up live outside the county.")
    assert other.verdict != Verdict.CONTRADICTED, other.reasons
    named = verifier.verify("Seventy percent of the households signed up live in the county seat.")
    assert named.verdict == Verdict.CONTRADICTED, named.reasons
    assert "2027-05-03-report.md:9" in decisive(named)
