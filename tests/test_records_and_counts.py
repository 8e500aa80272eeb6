"""A board's record, counts said without their noun and shares said in words (issue 19):
"The amendment carried 4-3" decides the amendment, not the motion "to adopt the rate schedule
as amended" after it; a motion "to award a $12.5 million contract" runs past the figure's
point; "7-0" says "unanimously"; a record's heading names the board past its date; "nearly a
third" is 30-33%; "up 3.2 percent from the third quarter of 2025" is no date of the figure; a
figure in the subject a hedged verb is said of ("the fare for a rider traveling the full
12-mile length of the line would rise") is no plan; "a 6 percent rate increase" is a change;
"its Avery, Colton and Dunmore Heights stations" are three stations; "Nineteen moved to
other jobs and 8 took buyouts" counts the clerks the sentence before counts.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import motions
from factcheck.language import quantities as qty
from factcheck.models import Verdict
from factcheck.provenance.kind import heading

from .conftest import archive_verifier, decisive

MINUTES = """BRANNOCK TRANSIT AUTHORITY
Minutes of the Board of Trustees, May 12, 2027
Present: Chair Nell Ortega, Trustees Sam Kurtz, Ida Pell, Ravi Mehta, Joan Falk, Ben Oduya and Lia Strand.

Item 2. Fare schedule.
Trustee Pell moved to amend the proposed fare increase from 8 percent to 6 percent.
Trustee Kurtz seconded.
The amendment carried 4-3, Chair Ortega and Trustees Mehta and Falk voting no.
Trustee Mehta moved to adopt the fare schedule as amended, effective September 1, 2027.
Trustee Oduya seconded.
The motion carried 5-2, Trustees Falk and Strand voting no.

Item 3. Signal contract.
Trustee Oduya moved to award a $12.5 million contract to Corvane Signal Works to replace the signals at all nine stations.
Trustee Strand seconded.
The motion carried 6-1, Trustee Kurtz voting no.

Item 4. Audit response.
Chair Ortega moved to hire an outside firm to recover unpaid parking fines, as the county auditor recommended.
Trustee Pell seconded.
The motion carried 7-0.
"""  # noqa: E501

RELEASE = """<html><head><title>Transit authority proposes fare plan for the Avery line</title></head><body>
<h1>Transit authority proposes fare plan for the Avery line</h1>
<p>The Brannock Transit Authority today proposed a 6 percent fare increase to pay for new railcars on the Avery line.</p>
<p>Under the proposal, the fare for a rider traveling the full 12-mile length of the Avery line would rise from $3.00 to $3.18.</p>
</body></html>
"""  # noqa: E501

AUDIT = """# Office of the County Auditor

## Review of the Brannock Transit Authority's fare collection

Issued March 30, 2027

Of 640,000 parking fines issued in 2026, 31 percent were still unpaid after 60 days.

About 4 percent of fare card taps recorded at station gates in 2026 could not be matched to an account.
"""  # noqa: E501

QUARTERLY = """# Brannock Transit Authority

## Third quarter report, 2026

Fare revenue in the third quarter was $18.4 million, up 3.2 percent from the third quarter of 2025.
"""  # noqa: E501

UPDATE = """# Avery line goes card-only at three stations

By Tova Reese, Brannock Herald

BRANNOCK, November 2, 2027 — The Brannock Transit Authority stopped selling paper tickets at its Avery, Colton and Dunmore Heights stations on October 18, the first of its nine stations to go card-only.

None of the authority's 27 ticket clerks lost their jobs. Nineteen moved to other jobs at the authority and 8 took buyouts, according to the authority's personnel office.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-05-12-minutes.txt": MINUTES, "2027-02-01-release.html": RELEASE,
        "2027-03-30-audit.md": AUDIT, "2026-11-15-quarterly.md": QUARTERLY,
        "2027-11-02-update.md": UPDATE,
    })  # fmt: skip


def test_an_amendment_s_tally_is_not_the_adopted_motion_s(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify("The board voted 4-3 to adopt the amended fare schedule.")
    assert wrong.verdict == Verdict.CONTRADICTED, wrong.reasons
    assert "vote: claim says 4-3, source says 5-2" in wrong.reasons
    # the lone dissent on the contract is not read against the amendment's no votes
    lone = verifier.verify(
        "Sam Kurtz was the only trustee to vote against the Corvane Signal Works contract."
    )
    assert lone.verdict == Verdict.SUPPORTED, lone.reasons
    assert "2027-05-12-minutes.txt:14-16" in decisive(lone)
    # the claim's tally is no count of the voters it names
    other = verifier.verify(
        "The Corvane Signal Works contract passed 6-1, with Ida Pell voting no."
    )
    assert other.verdict == Verdict.CONTRADICTED, other.reasons
    assert "vote: claim says Pell voted against, source names all who did: Kurtz" in other.reasons


def test_a_motion_runs_past_a_figure_s_point() -> None:
    assert motions.moved("Trustee Oduya moved to award a $12.5 million contract to Corvane.") == [
        "to award a $12.5 million contract to Corvane"
    ]
    assert motions.moved("Pell moved to sign the U.S. Army Corps agreement. Next.") == [
        "to sign the U.S. Army Corps agreement"
    ]


def test_a_tally_with_none_against_is_unanimous(verifier) -> None:  # noqa: ANN001
    v = verifier.verify(
        "The board voted unanimously to hire an outside firm to recover unpaid parking fines."
    )  # noqa: E501
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-05-12-minutes.txt:19-21" in decisive(v)


def test_a_record_s_heading_keeps_what_a_dated_line_names() -> None:
    assert heading(MINUTES[:600]) == "BRANNOCK TRANSIT AUTHORITY / Minutes of the Board of Trustees"
    # a line that is a date and nothing else is left out
    assert heading("CORRECTION\nBrannock Herald, March 4, 2027\n\nA story") == (
        "CORRECTION / Brannock Herald / A story"
    )


def test_shares_in_words_and_a_change_s_base_period(verifier) -> None:  # noqa: ANN001
    (third,) = qty.extract("Nearly a third of the fines went unpaid.")
    assert third.interval == pytest.approx((30.0, 33.333), abs=0.01)
    (fifth,) = qty.extract("About a fifth of the fines went unpaid.")
    assert fifth.interval == pytest.approx((18.0, 22.0))
    unpaid = verifier.verify(
        "Nearly a third of the parking fines issued in 2026 were still unpaid after 60 days."
    )  # noqa: E501
    assert unpaid.verdict == Verdict.SUPPORTED, unpaid.reasons
    assert "2027-03-30-audit.md:7" in decisive(unpaid)
    too_many = verifier.verify(
        "Nearly half of the parking fines issued in 2026 were still unpaid after 60 days."
    )  # noqa: E501
    assert too_many.verdict == Verdict.CONTRADICTED, too_many.reasons
    revenue = verifier.verify("Fare revenue in the third quarter of 2026 was $18.4 million.")
    assert revenue.verdict == Verdict.SUPPORTED, revenue.reasons
    assert "2026-11-15-quarterly.md:5" in decisive(revenue)


def test_a_restriction_said_in_other_words(verifier) -> None:  # noqa: ANN001
    v = verifier.verify(
        "About 4 percent of fare card taps at the authority's station gates in 2026 could not be "
        "matched to an account."
    )
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "2027-03-30-audit.md:9" in decisive(v)
    # ... but a share of a narrower whole the claim does not say is still no share of all
    (claim,) = qty.extract("58 percent of jobs paid less than the old wage.")
    source = qty.extract("58 percent of the jobs paying less than $17 an hour were in retail.")[0]
    assert qty.unsaid_restriction(claim, source)


def test_a_figure_in_the_subject_of_a_plan_and_a_change_before_its_noun(verifier) -> None:  # noqa: ANN001
    long = verifier.verify("The Avery line is 12 miles long.")
    assert long.verdict == Verdict.SUPPORTED, long.reasons
    assert "2027-02-01-release.html:4" in decisive(long)
    # the plan itself is still a plan: the fare has not risen
    fare = verifier.verify("The fare for the full length of the Avery line is $3.18.")
    assert fare.verdict != Verdict.SUPPORTED, fare.reasons
    (change,) = qty.extract("The authority proposed a 6 percent fare increase.")
    assert change.change
    (share,) = qty.extract("It kept 6 percent of the fare increase.")
    assert not share.change


def test_a_list_of_names_and_counts_without_their_noun(verifier) -> None:  # noqa: ANN001
    (listed, *_) = qty.extract(UPDATE.splitlines()[4])
    assert (listed.text, listed.value, listed.unit) == (
        "Avery, Colton and Dunmore Heights stations",
        3.0,
        "station",
    )
    stations = verifier.verify(
        "The authority stopped selling paper tickets at three stations on October 18, 2027."
    )  # noqa: E501
    assert stations.verdict == Verdict.SUPPORTED, stations.reasons
    assert "2027-11-02-update.md:5" in decisive(stations)
    buyouts = verifier.verify("Eight of the authority's ticket clerks took buyouts.")
    assert buyouts.verdict == Verdict.SUPPORTED, buyouts.reasons
    assert "2027-11-02-update.md:7" in decisive(buyouts)
    counted = qty.extract(
        "None of the 27 clerks lost their jobs. Nineteen moved and 8 took buyouts."
    )
    assert [(q.value, q.unit, q.part) for q in counted] == [
        (27.0, "clerk", False),
        (19.0, "clerk", True),
        (8.0, "clerk", True),
    ]


def test_a_named_study_s_figure_and_a_claim_s_list_of_names(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-09-01-update.md": (
            "# County revises its runoff estimate\n\nBy Tova Reese, Brannock Herald\n\n"
            "September 1, 2027\n\nIn a preliminary estimate, the county attributed about 30 "
            "percent of the nitrogen entering the river to lawns, below the 48 percent in the "
            "Weller College study.\n\nThe Avery and Colton branches now open on Saturdays.\n"
        ),
    })  # fmt: skip
    whose = verifier.verify(
        "The Weller College study found that lawns supply about 30 percent of the river's nitrogen."
    )
    assert whose.verdict == Verdict.CONTRADICTED, whose.reasons
    assert "percentage: claim says about 30 percent, source says 48 percent" in whose.reasons
    # a claim that lists names states no count of them
    listed = verifier.verify("The Avery and Colton branches now open on Saturdays.")
    assert listed.verdict == Verdict.SUPPORTED, listed.reasons
    assert "2027-09-01-update.md:9" in decisive(listed)


def test_a_host_s_introduction_gives_the_guest_s_title(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-06-01-radio.txt": (
            "CITY DESK, WBRN 90.3\nBroadcast June 1, 2027\nTranscript\n\n"
            "HOST (Cal Minter): My guest today is Ruth Okafor, general manager of the Brannock "
            "Transit Authority. Welcome.\n\n"
            "OKAFOR: Thanks, Cal. Ridership is up more than any other system in the state.\n"
        ),
    })  # fmt: skip
    title = verifier.verify("Ruth Okafor is the general manager of the Brannock Transit Authority.")
    assert title.verdict == Verdict.SUPPORTED, title.reasons
    assert "2027-06-01-radio.txt:5" in decisive(title)
    # the guest's own boast is still only what she said
    boast = verifier.verify("Brannock's ridership is up more than any other system in the state.")
    assert boast.verdict == Verdict.NOT_ENOUGH_EVIDENCE, boast.reasons


def test_whose_records_show_a_figure_is_no_subject_of_it(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-01-20-update.md": (
            "# Avery line citations rise\n\nBy Tova Reese, Brannock Herald\n\n"
            "January 20, 2027\n\nTransit Police records show 312 fare-evasion citations on the "
            "line in 2026, up from 280 in 2025.\n"
        ),
    })  # fmt: skip
    v = verifier.verify(
        "There were fewer than 300 fare-evasion citations on the Avery line in 2026."
    )
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert "2027-01-20-update.md:7" in decisive(v)
    (claim,) = qty.extract("There were 312 citations on the Avery line.")
    shown = qty.extract("Transit Police records show 312 citations on the line.")[0]
    assert not qty.other_subject(claim, shown)
