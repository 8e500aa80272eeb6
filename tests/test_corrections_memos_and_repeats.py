"""A correction's "earlier version", a memorandum, an act done again and a vote's bare count (issue
19): "An earlier version of this story said the inspector found that Ostrava wrongly billed 480
truckloads" withdraws what it quotes, while "wrongly billed" in a story's own sentence tells how
a thing was done, no correction; a memorandum's "TO:", "FROM:" and "RE:" are header fields, not
speakers, so it is an official record; "the commission again rejected" dates only the latest
time; a tally whose sentence says another act ("rejected, 1-4, Ruiz's proposal to repave county
roads") is no vote on the claim's, and "The vote was 4-1." is the count of the act the paragraph
before names; "its 2027 paving costs" holds a year, no count; a fine "reduced from $90,000 to
$60,000" replaces the first figure; and "Ostrava" names "Ostrava Paving Co.", named in full in
the lead; a table whose rows are quarters ("2026 Q4") is a series, found for a claim that
compares "the fourth quarter of 2026"; summary action minutes' "MOTION (Ruiz / Osei): Direct
..." is a motion, and a roll call that names more members against it than for it says it failed
(a claim that the body rejected the thing, then, holds); "hired all of Ostrava's county
employees" is turned round by "has hired 40 of Ostrava's 55 county employees", and a possessive
ends a name ("Ostrava's Halvern County"); "paid less than Ostrava received" is read against each
party's own figure ("$4.1 million a year, up from the $3.6 million Ostrava received"); "ranked
Ostrava's bid first" is turned round by "ranked Brisk's bid first, Ostrava's second"; and
"Ostrava Paving won the contract" by "awarded a three-year paving contract to Brisk Road Works";
a contrast ("Ostrava counts ..., while the county counts ...") says its second half of the
county only, and "Ostrava spokesperson Lena Marsh" puts no other name in place of "Ostrava
Paving".

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import motions
from factcheck.language import quantities as qty
from factcheck.language.names import short_names
from factcheck.language.polarity import report_wrong_cue
from factcheck.models import Verdict
from factcheck.provenance.kind import SourceKind, source_kind
from factcheck.stance.atoms import _actors
from factcheck.stance.engine import Window, compare_window
from factcheck.stance.rules import analyse, analyse_claim, compare

from .conftest import archive_verifier, decisive

FINE = """# County fines paving contractor over Mill Road delays

By Ada Renner, Halvern Gazette

January 12, 2027

HALVERN — Halvern County on Monday fined Ostrava Paving Co. $90,000 for missing the deadline on the Mill Road repaving, County Engineer Dana Whitlock said.

The county's inspector found that Ostrava wrongly billed the county for 215 truckloads of asphalt on the project.

Ostrava said it would appeal.

*Correction, January 13, 2027: An earlier version of this story said the county inspector found that Ostrava wrongly billed 480 truckloads. Ostrava reported 480 truckloads of asphalt; the inspector found that 215 of them were never delivered.*
"""  # noqa: E501

AWARD = """# Commission picks a new paving contractor

By Ada Renner, Halvern Gazette

March 2, 2027

HALVERN — The Halvern County Commission on Monday awarded a three-year paving contract to Brisk Road Works, ending Ostrava's decade as the county's contractor.

The vote was 4-1. Commissioner Tom Ruiz voted no.

Later the commission again rejected, 1-4, Commissioner Ruiz's proposal to repave county roads with county crews.

Brisk will be paid $4.1 million a year, up from the $3.6 million Ostrava received.
"""  # noqa: E501

MEMO = """HALVERN COUNTY
OFFICE OF THE COUNTY ADMINISTRATOR

MEMORANDUM
TO: County Commission
FROM: Grace Lindqvist, County Administrator
DATE: June 22, 2027
RE: Paving contract transition

1. Brisk Road Works will begin work on July 1, 2027, as scheduled.
2. On June 5 a hearing officer reduced Ostrava's Mill Road fine from $90,000 to $60,000.
3. Brisk Road Works has hired 40 of Ostrava's 55 county employees.
"""

SUMMER = """# Brisk finishes its first paving season

By Ada Renner, Halvern Gazette

September 1, 2027

HALVERN — Brisk Road Works finished its first summer of county paving on schedule, taking over from Ostrava Paving Co., the county said.

Brisk repaved 31 miles of county roads between July and August.

Ostrava paid its reduced $60,000 fine in August, the county said.
"""  # noqa: E501


MINUTES = """HALVERN COUNTY COMMISSION
SUMMARY ACTION MINUTES, APRIL 6, 2027

Present: Chair Nora Vail; Commissioners Tom Ruiz, Eli Brandt, June Osei and Pia Lund.

ITEM 4. County paving crews: cost study
MOTION (Ruiz / Osei): Direct the County Engineer to study the cost of county paving crews and report within 90 days.
VOTE: AYES: Ruiz, Osei. NOES: Vail, Brandt, Lund.
MOTION FAILED, 2-3.

ITEM 5. Pothole hotline
MOTION (Brandt / Lund): Authorize the Roads Department to staff a pothole hotline seven days a week.
VOTE: AYES: Vail, Brandt, Lund, Osei. NOES: Ruiz.
MOTION CARRIED, 4-1.
"""  # noqa: E501

REPORT = """# Pothole repairs on county roads, 2026 to 2027

Office of the Halvern County Engineer. Report 2027-4, issued October 4, 2027.

We compared every pothole report with the work orders that closed it.

| Quarter | Repaired within 48 hours | Reports |
|---|---|---|
| 2026 Q3 | 71% | 1,210 |
| 2026 Q4 | 64% | 1,530 |
| 2027 Q1 | 69% | 1,880 |
| 2027 Q2 | 78% | 1,340 |
"""


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path,
        {
            "2027-01-12-fine.md": FINE,
            "2027-03-02-award.md": AWARD,
            "2027-06-22-memo.txt": MEMO,
            "2027-09-01-summer.md": SUMMER,
            "2027-10-04-report.md": REPORT,
            "2027-04-06-minutes.txt": MINUTES,
        },
    )


def test_a_correction_s_cue_is_not_a_thing_done_wrongly() -> None:
    assert report_wrong_cue("An earlier version of this story said the fee rose.") is not None
    assert report_wrong_cue("The Gazette incorrectly reported that the fee rose.") is not None
    assert report_wrong_cue("The inspector found that Ostrava wrongly billed 215 hours.") is None
    assert report_wrong_cue("Ostrava wrongly billed hours, and the story misstated it.")


def test_what_an_earlier_version_said_is_withdrawn(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify(
        "The county inspector found that Ostrava wrongly billed 480 truckloads."
    )
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-01-12-fine.md:13"]
    right = verifier.verify(
        "The county inspector found that Ostrava wrongly billed 215 truckloads of asphalt."
    )
    assert right.verdict == Verdict.SUPPORTED
    assert "2027-01-12-fine.md:9" in decisive(right)


def test_a_correction_s_count_in_place_of_the_story_s_stands() -> None:
    claim = analyse_claim("The county inspector found that Ostrava wrongly billed 480 truckloads.")
    passage = analyse(
        "An earlier version of this story said the county inspector found that Ostrava "
        "wrongly billed 480 truckloads. Ostrava reported 480 truckloads of asphalt; the "
        "inspector found that 215 of them were never delivered."
    )
    (found,) = [f for f in compare(claim, passage).findings if f.about == "480 truckloads"]
    assert (found.supports, found.source, found.replaced) == (False, "215", True)


def test_a_memorandum_s_header_is_no_speaker(verifier) -> None:  # noqa: ANN001
    assert source_kind("2027-06-22-memo.txt", "", MEMO[:600], MEMO[-600:]) == SourceKind.OFFICIAL
    hired = verifier.verify("Brisk Road Works hired 40 of Ostrava's 55 county employees.")
    assert hired.verdict == Verdict.SUPPORTED
    assert decisive(hired) == ["2027-06-22-memo.txt:12"]


def test_an_act_done_again_is_dated_only_the_latest_time() -> None:
    claim = analyse_claim("The commissioners rejected the Pell Street rezoning in April 2027.")
    again = analyse("On Sept. 9, 2027, the commissioners again rejected the Pell Street rezoning.")
    assert not [f for f in compare(claim, again).findings if f.kind == "date"]
    once = analyse("On Sept. 9, 2027, the commissioners rejected the Pell Street rezoning.")
    assert [f.supports for f in compare(claim, once).findings if f.kind == "date"] == [False]


def test_a_tally_of_another_act_and_a_bare_count(verifier) -> None:  # noqa: ANN001
    claim = analyse_claim("The commission awarded the paving contract to Brisk Road Works 4-1.")
    other = analyse(
        "Later the commission again rejected, 1-4, Commissioner Ruiz's proposal to repave "
        "county roads with county crews."
    )
    assert not [f for f in compare(claim, other).findings if f.kind == "tally"]
    said = analyse("The commission voted 3-2, not 4-1, and Commissioner Ruiz voted no.")
    assert [f.supports for f in compare(claim, said).findings if f.kind == "tally"] == [False]
    won = verifier.verify(
        "The Halvern County Commission awarded the paving contract to Brisk Road Works on a "
        "4-1 vote."
    )
    assert won.verdict == Verdict.SUPPORTED
    assert decisive(won) == ["2027-03-02-award.md:7-9"]
    lead, count = AWARD.split("\n\n")[3:5]
    lost = compare_window(
        analyse_claim(
            "The Halvern County Commission awarded the paving contract to Brisk Road Works on "
            "a 3-2 vote."
        ),
        Window((lead, *count.split(". ")), anchor=1),
    )
    assert [(f.supports, f.source) for f in lost.findings if f.kind == "tally"] == [(False, "4-1")]


def test_a_year_after_a_possessive_is_no_count() -> None:
    found = qty.extract("Ostrava's fine for its 2026 paving delays stands at $90,000.")
    assert [q.text for q in found] == ["$90,000"]
    assert [q.text for q in qty.extract("The plant added 2000 jobs.")] == ["2000 jobs"]


def test_a_figure_changed_from_one_value_to_another_is_replaced(verifier) -> None:  # noqa: ANN001
    stands = verifier.verify("Ostrava's fine for its Mill Road delays stands at $90,000.")
    assert stands.verdict == Verdict.CONTRADICTED
    assert decisive(stands) == ["2027-06-22-memo.txt:11"]
    assert "revised from $90,000" in stands.reasons[1]
    cut = analyse("A hearing officer reduced Ostrava's fine from $90,000 to $60,000.")
    now = compare(analyse_claim("Ostrava's fine stands at $90,000."), cut).findings
    assert [(f.supports, f.source, f.replaced) for f in now] == [(False, "$60,000", True)]
    then = compare(analyse_claim("Ostrava's fine was $90,000 before the hearing."), cut).findings
    assert [(f.supports, f.source) for f in then] == [(True, "$90,000")]


def test_a_company_named_by_its_first_word(verifier) -> None:  # noqa: ANN001
    lead = "HALVERN — Brisk took over from Ostrava Paving Co. and Kell EMS, the county said."
    assert short_names(lead, "Ostrava paid its fine; Kell EMS did not.") == ["Ostrava Paving Co."]
    assert short_names(lead, "Kell paid.") == ["Kell EMS"]
    assert short_names("Mayor Rosa Delgado said so.", "Rosa said so.") == []
    paid = verifier.verify("Ostrava Paving Co. paid a $60,000 fine in August 2027.")
    assert paid.verdict == Verdict.SUPPORTED
    assert decisive(paid) == ["2027-09-01-summer.md:11"]


def test_a_table_of_quarters_is_a_series(verifier) -> None:  # noqa: ANN001
    low = verifier.verify(
        "The share of potholes repaired within 48 hours was lowest in the fourth quarter of 2026."
    )
    assert low.verdict == Verdict.SUPPORTED
    assert decisive(low) == ["2027-10-04-report.md:10"]
    high = verifier.verify(
        "The share of potholes repaired within 48 hours was highest in the first quarter of 2027."
    )
    assert high.verdict == Verdict.CONTRADICTED
    assert decisive(high) == ["2027-10-04-report.md:11"]


def test_summary_action_minutes(verifier) -> None:  # noqa: ANN001
    assert motions.moved(MINUTES.splitlines()[6]) == [
        "to direct the County Engineer to study the cost of county paving crews and report "
        "within 90 days"
    ]
    (against,) = [line for line in MINUTES.splitlines() if line.startswith("VOTE: AYES: Ruiz")]
    motion, ayes, noes = MINUTES.splitlines()[6], *against.split(". ")
    assert motions.carried([motion, ayes, noes], 0) is False
    assert (
        motions.carried([motion, "VOTE: AYES: Vail, Brandt, Lund, Osei.", "NOES: Ruiz."], 0) is None
    )
    amended = analyse(
        "Commissioner Ruiz moved to amend the hotline ordinance to cut its weekend hours. The "
        "motion failed 1-4."
    )
    adopted = analyse_claim("The commission adopted the hotline ordinance.")
    assert not [f for f in compare(adopted, amended).findings if f.kind == "vote"]
    study = verifier.verify(
        "The Halvern County Commission approved a study of county paving crews."
    )
    assert study.verdict == Verdict.CONTRADICTED
    assert decisive(study) == ["2027-04-06-minutes.txt:7"]
    rejected = verifier.verify(
        "The Halvern County Commission rejected a study of county paving crews."
    )
    assert rejected.verdict == Verdict.SUPPORTED
    assert decisive(rejected) == ["2027-04-06-minutes.txt:7"]


def test_all_of_a_group_against_a_part_of_it(verifier) -> None:  # noqa: ANN001
    every = verifier.verify("Brisk Road Works hired all of Ostrava's county employees.")
    assert every.verdict == Verdict.CONTRADICTED
    assert decisive(every) == ["2027-06-22-memo.txt:12"]
    claim = analyse_claim("Brisk hired all of Ostrava's Halvern County employees.")
    assert [[t.text for t in g] for g in _actors(claim)] == [
        ["Brisk"],
        ["Ostrava's"],
        ["Halvern", "County"],
    ]


def test_one_party_s_amount_against_another_s(verifier) -> None:  # noqa: ANN001
    paid = analyse(
        "Brisk will be paid $4.1 million a year, up from the $3.6 million Ostrava received."
    )
    less = analyse_claim("Brisk Road Works will be paid less than Ostrava received.")
    more = analyse_claim("Brisk Road Works will be paid more than Ostrava received.")
    assert [f.supports for f in compare(less, paid).findings if f.kind == "direction"] == [False]
    assert [f.supports for f in compare(more, paid).findings if f.kind == "direction"] == [True]
    cheaper = verifier.verify("Brisk Road Works will be paid less than Ostrava received.")
    assert cheaper.verdict == Verdict.CONTRADICTED
    assert decisive(cheaper) == ["2027-03-02-award.md:13"]


def test_a_ranking_s_places() -> None:
    ranked = analyse(
        "A review panel ranked Brisk's bid first, Ostrava's second and Kell Paving's third."
    )
    first = compare(analyse_claim("The review panel ranked Ostrava's bid first."), ranked)
    assert [(f.supports, f.source) for f in first.findings if f.kind == "ranking"] == [
        (False, "second")
    ]
    second = compare(analyse_claim("The review panel ranked Ostrava's bid second."), ranked)
    assert not [f for f in second.findings if f.kind == "ranking" and not f.supports]


def test_a_thing_won_by_one_party_and_awarded_to_another(verifier) -> None:  # noqa: ANN001
    lost = verifier.verify("Ostrava Paving won the county's new paving contract.")
    assert lost.verdict == Verdict.CONTRADICTED
    assert decisive(lost) == ["2027-03-02-award.md:7"]
    won = compare(
        analyse_claim("Brisk Road Works won the county's new paving contract."),
        analyse("The commission awarded a three-year paving contract to Brisk Road Works."),
    )
    assert not [f for f in won.findings if not f.supports]
    shared = compare(
        analyse_claim("Ostrava Paving won a county paving contract."),
        analyse("The commission awarded county paving contracts to Brisk Road Works and Ostrava."),
    )
    assert not [f for f in shared.findings if not f.supports]


def test_what_a_contrast_says_of_the_other() -> None:
    both = analyse(
        "Ostrava counts a delay from the day a crew is assigned, while the county counts a "
        "delay from the day a pothole is reported."
    )
    theirs = analyse_claim("Ostrava counts a delay from the day a pothole is reported.")
    assert [f.kind for f in compare(theirs, both).findings if not f.supports] == ["roles"]
    its_own = analyse_claim("Ostrava counts a delay from the day a crew is assigned.")
    assert not [f for f in compare(its_own, both).findings if not f.supports]


def test_a_company_s_spokesperson_is_no_other_name() -> None:
    claim = analyse_claim("Ostrava Paving counts a delay from the day a crew is assigned.")
    said = analyse(
        "Ostrava spokesperson Lena Marsh said Ostrava counts a delay from the day a crew is "
        "assigned."
    )
    assert not [f for f in compare(claim, said).findings if f.kind == "name"]
