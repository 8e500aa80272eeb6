"""A motion and its decision, a table's ranks and cells, a party's word of what it learned
(issue 19): what a member moved is not what was done unless the decision after it carried it;
a row that sums the others in bold is still the whole; a comparison with every other row is a
rank; a cell is what its own column counts; "we have learned that" reports what a party was
told; "yesterday" counts back from the document's date.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

MINUTES = """ORRIN HARBOR TOWN COUNCIL
Minutes of the regular meeting, April 7, 2027
Present: Mayor Ines Bell; Council Members Ada Frost, Hugo Lind, Mara Oduya and Pete Sand.

Item 2. Harbor rules, amendments.
Council Member Lind moved that kayaks be exempt from the mooring permit. Seconded by Council Member Frost. The amendment carried 4-1, Council Member Sand voting no.
Item 3. Mooring permits.
Council Member Frost moved to raise the annual mooring permit fee to $600. Seconded by Council Member Lind. The motion failed 2-3.
Council Member Oduya moved to adopt a schedule of fines for mooring without a permit: $300 for a first violation and $900 for each violation after that. Seconded by Council Member Sand. Carried 5-0.
"""  # noqa: E501

TABLE = """# Mooring permits by dock

Town of Orrin Harbor, Harbor Master's Office.

Permits issued from April 15 through June 30, 2027.

| Dock | Seasonal | Transient | Total |
|---|---|---|---|
| North Dock | 64 | 12 | 76 |
| South Dock | 41 | 29 | 70 |
| Mill Cove | 18 | 9 | 27 |
| **Townwide** | **123** | **50** | **173** |
"""

STATEMENT = """Orrin Harbor Boaters Association
Statement, May 11, 2027

Yesterday the Orrin Harbor Boaters Association filed suit in Dunmore County Court to overturn the town's mooring fines.
We have also learned that the town is towing boats from the South Dock without notice.
"""  # noqa: E501

STORY = """# Orrin Harbor sets mooring fines

By Lena Brandt, Dunmore Ledger

April 8, 2027

ORRIN HARBOR — The Town Council voted 5-0 on Monday to fine boat owners who moor without a permit.

"We will enforce it from May," said Tomas Reyes, the town's finance director.
"""  # noqa: E501


ROLL = """Orrin Harbor Port Commission, meeting of June 2, 2027 (transcript)

CHAIR ADA FROST: Item two, the dredging contract. Commissioners Hugo Lind, Mara Oduya and Pete Sand are present.

COMMISSIONER HUGO LIND: I move that we award the dredging contract to Keel Marine for $410,000.

COMMISSIONER MARA ODUYA: Second.

CLERK: Commissioner Lind.

COMMISSIONER LIND: Aye.

CLERK: Commissioner Oduya.

COMMISSIONER ODUYA: Aye.

CLERK: Commissioner Sand.

COMMISSIONER SAND: No.

CLERK: Chair Frost.

CHAIR FROST: Aye. The motion carries three to one.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-04-07-minutes.txt": MINUTES, "2027-07-01-permits.md": TABLE,
        "2027-05-11-statement.txt": STATEMENT, "2027-04-08-story.md": STORY,
        "2027-06-02-port-commission.txt": ROLL,
    })  # fmt: skip


def test_a_motion_is_done_only_where_it_carried(verifier) -> None:  # noqa: ANN001
    failed = verifier.verify("A motion to raise the mooring permit fee to $600 failed.")
    assert failed.verdict == Verdict.SUPPORTED, failed.reasons
    assert "2027-04-07-minutes.txt:8" in decisive(failed)
    # what the failed motion moved is no fee the town charges
    fee = verifier.verify("The annual mooring permit fee is $600.")
    assert fee.verdict != Verdict.SUPPORTED, fee.reasons
    moved = next(e for e in fee.evidence if e.citation == "2027-04-07-minutes.txt:8")
    assert "not as a fact: a member moved it, and it failed" in moved.reasons
    # "Carried 5-0." decides the motion before it: its schedule is the town's
    fine = verifier.verify("The fine for a first mooring violation is $300.")
    assert fine.verdict == Verdict.SUPPORTED, fine.reasons
    assert "2027-04-07-minutes.txt:9" in decisive(fine)


def test_a_table_s_ranks_and_cells(verifier) -> None:  # noqa: ANN001
    most = verifier.verify("North Dock had more mooring permits than any other dock.")
    assert most.verdict == Verdict.SUPPORTED, most.reasons
    assert "2027-07-01-permits.md:9" in decisive(most)
    cell = verifier.verify("South Dock had 29 transient moorings.")
    assert cell.verdict == Verdict.SUPPORTED, cell.reasons
    assert "2027-07-01-permits.md:10" in decisive(cell)
    # 18 is Mill Cove's seasonal count: its transient cell says 9; the townwide row is no
    # record of Mill Cove's
    other = verifier.verify("Mill Cove had 18 transient moorings.")
    assert other.verdict == Verdict.CONTRADICTED, other.reasons
    assert [e.citation for e in other.evidence if e.stance.value == "conflicts"] == [
        "2027-07-01-permits.md:11"
    ]
    whole = verifier.verify("Orrin Harbor issued 50 transient mooring permits.")
    assert whole.verdict == Verdict.SUPPORTED, whole.reasons
    assert "2027-07-01-permits.md:12" in decisive(whole)


def test_what_a_party_learned_and_what_it_did(verifier) -> None:  # noqa: ANN001
    filed = verifier.verify(
        "The Orrin Harbor Boaters Association filed its lawsuit on May 10, 2027."
    )
    assert filed.verdict == Verdict.SUPPORTED, filed.reasons
    assert "2027-05-11-statement.txt:4" in decisive(filed)
    towing = verifier.verify("Orrin Harbor tows boats from the South Dock without notice.")
    assert towing.verdict == Verdict.NOT_ENOUGH_EVIDENCE, towing.reasons


def test_a_dateline_names_the_body_of_the_lead(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The Orrin Harbor Town Council voted 5-0 to fine boat owners.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    actors = [a for e in v.evidence if e.decisive for a in e.atoms if a.kind.value == "actor"]
    assert actors and all(a.status.value == "found" for a in actors), actors


def test_a_motion_s_outcome_turned_round(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("The amendment to exempt kayaks from the mooring permit failed.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert "outcome: claim says 'failed', source says 'was approved'" in v.reasons
    assert "2027-04-07-minutes.txt:6" in decisive(v)


def test_a_person_named_with_another_office(verifier) -> None:  # noqa: ANN001
    v = verifier.verify("Tomas Reyes is Orrin Harbor's town manager.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    said = "title: claim says Tomas Reyes is the town manager, source says town's finance director"
    assert said in v.reasons
    right = verifier.verify("Tomas Reyes is Orrin Harbor's finance director.")
    assert right.verdict != Verdict.CONTRADICTED, right.reasons


def test_one_row_against_another_it_names(verifier) -> None:  # noqa: ANN001
    fewer = verifier.verify("South Dock had more mooring permits than North Dock.")
    assert fewer.verdict == Verdict.CONTRADICTED, fewer.reasons
    assert (
        "ranking: claim says more than North Dock, source says South Dock Total: fewer than "
        "North Dock (76)" in fewer.reasons
    )
    more = verifier.verify("North Dock had more mooring permits than South Dock.")
    assert more.verdict == Verdict.SUPPORTED, more.reasons


def test_an_answer_to_the_roll_call_is_read_with_the_chair_s_word(verifier) -> None:  # noqa: ANN001
    lone = verifier.verify(
        "Pete Sand was the only commissioner to vote against the dredging contract."
    )
    assert lone.verdict == Verdict.SUPPORTED, lone.reasons
    assert "2027-06-02-port-commission.txt:19" in decisive(lone)
    # a member who answered "Aye" is no lone dissenter, whatever the count
    yes = verifier.verify(
        "Mara Oduya was the only commissioner to vote against the dredging contract."
    )
    assert yes.verdict == Verdict.CONTRADICTED, yes.reasons
    assert "vote: claim says voted against, source says voted for" in yes.reasons


def test_a_count_does_not_say_who_voted_against(tmp_path: Path) -> None:
    # "three to one" and a member named as the seconder: which member voted no is not said
    meeting = (
        "Orrin Harbor Port Commission, meeting of June 2, 2027 (transcript)\n\n"
        "CHAIR ADA FROST: Item two, the dredging contract.\n\n"
        "COMMISSIONER HUGO LIND: I move that we award the dredging contract to Keel Marine for "
        "$410,000.\n\nCOMMISSIONER MARA ODUYA: Second.\n\n"
        "CHAIR FROST: All in favor? Opposed? The motion carries three to one.\n"
    )
    verifier = archive_verifier(tmp_path, {"2027-06-02-port-commission.txt": meeting})
    v = verifier.verify(
        "Mara Oduya was the only commissioner to vote against the dredging contract."
    )
    assert v.verdict == Verdict.NOT_ENOUGH_EVIDENCE, v.reasons
    # ... while the count itself is said
    count = verifier.verify("The commission awarded the dredging contract by a vote of 3-1.")
    assert count.verdict == Verdict.SUPPORTED, count.reasons


PELL = """HALDEN COUNTY BOARD OF COMMISSIONERS. MINUTES OF THE REGULAR MEETING, MAY 4, 2027

Present: Chair Rosa Vane; Commissioners Ida Marsh, Tom Kerr, Lena Ruiz and Omar Pell.

Item 4. Flood buyout plan.
The Flood Recovery Advisory Council recommended buying out 40 homes on Mill Road.
Commissioner Pell moved to add 10 homes on Ferry Lane. The motion failed, 2-3, with Commissioners Pell and Ruiz voting yes.
The board then adopted the flood buyout plan as recommended, 4-1. Commissioner Pell voted no.
"""  # noqa: E501


def test_a_vote_on_another_motion_says_nothing_of_this_one(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {"2027-05-04-minutes.txt": PELL})
    ruiz = verifier.verify("Lena Ruiz voted against the flood buyout plan.")
    assert ruiz.verdict == Verdict.CONTRADICTED, ruiz.reasons
    assert "vote: claim says Ruiz voted against, source names all who did: Pell" in ruiz.reasons
    pell = verifier.verify("Omar Pell voted against the flood buyout plan.")
    assert pell.verdict == Verdict.SUPPORTED, pell.reasons
    assert decisive(pell) == ["2027-05-04-minutes.txt:8"]
