"""Order, zones, whole groups, asides, another act's count, restated figures and fact sheets
(issue 19): "Dockside Grill opened May 2, 2026, and Harbor Pier Cafe on June 20, 2026" says
which opened first, and "Dockside Grill opened before Harbor Pier Cafe" says it in words; a
zone's edge is its figure ("may not moor within 1,000 feet of the beach" is no "within 500
feet"); a whole group counted ("All three of Brennan Cove's marinas sell fuel") is picked out by
what is said of it, and "Northpoint and Keel Harbor sell fuel; Saltwick does not." turns it
round; ", who voted for the 2025 budget," tells of a member's past and is no side on the claim's
vote, nor is a list of who voted in another year; "voted 5-2 to allow up to three jet ski
launches" is no vote "to allow jet ski rentals"; a statute's "twelve (12)" is one figure,
"The Town" is the body it is of and "no more than" is a bound, no negation; a time of day is
when its verb happens ("may open from 7 a.m."); "denied ... 4-1" is a vote's count, and "The
fuel permit is DENIED." denies its subject; a fact sheet's "Applications received: 31" is of
what the sheet is about; "Oct-Dec 2026" is a quarter, whose table row a claim about "the
last quarter of 2026" is read against; "the six months after" is the span "from November 14,
2025 through May 14, 2026" bounds; a name past a comma ("on Wexford Avenue, we logged")
holds no place of the claim's; "a Canadian film" is not stated by "the film"; and each
negation of a claim is of its own clause ("did not close the channel which never flooded").

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import dates, series
from factcheck.language import quantities as qty
from factcheck.language.dates import quarters
from factcheck.language.polarity import negation_scopes
from factcheck.models import Stance, Verdict
from factcheck.stance.engine import StanceEngine
from factcheck.stance.rules import (
    _compare_quantities,
    analyse,
    analyse_claim,
    compare,
    negated_alike,
)

from .conftest import archive_verifier, decisive

ENGINE = StanceEngine()  # rules only

BYLAW = """TOWN OF BRENNAN COVE
HARBOR BYLAW NO. 2026-3

Adopted by the Select Board on March 10, 2026.

Section 1. Number of permits. The Town shall issue no more than twelve (12) commercial mooring permits.
Section 2. Swimming beach. No vessel may moor within 1,000 feet of the town swimming beach.
Section 3. Fees. The annual mooring fee is $450.
Section 4. Hours. The town fuel dock may open from 7 a.m. to 8 p.m.
"""  # noqa: E501

FACT_SHEET = """# Commercial mooring permits: fact sheet

Town of Brennan Cove Harbormaster. Updated April 30, 2026.

- Applications received: 31
- Permits issued: 12
- Waiting list: 19
"""

OPENINGS = """# Two new restaurants on the Brennan Cove waterfront

By Lise Ardent, Cove Courier

July 1, 2026

BRENNAN COVE — Dockside Grill opened May 2, 2026, and Harbor Pier Cafe on June 20, 2026.

All three of Brennan Cove's marinas are open for the season.

Northpoint and Keel Harbor sell fuel; Saltwick does not.
"""

VOTE = """# Select Board raises mooring fee

By Lise Ardent, Cove Courier

May 13, 2026

BRENNAN COVE — The Select Board voted 3-2 on Tuesday to raise the annual mooring fee to $450.

Board member Ines Hale, who voted for the 2025 budget, joins Mora and Pike against it.
"""

BUDGET = """# Select Board passes 2025 budget

By Lise Ardent, Cove Courier

June 4, 2025

BRENNAN COVE — The Select Board voted 4-1 on Tuesday to adopt the town's 2025 budget.

Board member Tom Pike voted against the budget.
"""


QUARTERLY = """# Mooring fees: quarterly report

Town of Brennan Cove Finance Office. Issued January 20, 2027.

| Quarter | Moorings rented | Gross rentals | Town fee (5%) |
|---|---|---|---|
| Jul-Sep 2026 | 40 | $812,000 | $40,600 |
| Oct-Dec 2026 | 12 | $240,000 | $12,000 |
"""


FILM = """# Film night at the cove

The Saltwick Story, a documentary by Ana Ruiz, was shown at the town dock in August. The film drew 200 people.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path,
        {
            "2026-03-10-bylaw.txt": BYLAW,
            "2026-04-30-fact-sheet.md": FACT_SHEET,
            "2026-07-01-openings.md": OPENINGS,
            "2026-05-13-vote.md": VOTE,
            "2025-06-04-budget.md": BUDGET,
            "2027-01-20-quarterly.md": QUARTERLY,
            "2026-08-20-film.md": FILM,
        },
    )


def test_the_order_of_two_dated_acts() -> None:
    passage = analyse("Dockside Grill opened May 2, 2026, and Harbor Pier Cafe on June 20, 2026.")
    before = compare(analyse_claim("Harbor Pier Cafe opened before Dockside Grill."), passage)
    (order,) = [f for f in before.findings if f.reason.startswith("order:")]
    assert (order.supports, order.source) == (False, "June 20, 2026 / May 2, 2026")
    after = compare(analyse_claim("Harbor Pier Cafe opened after Dockside Grill."), passage)
    assert [f.supports for f in after.findings if f.reason.startswith("order:")] == [True]


def test_an_order_said_in_words() -> None:
    claim = analyse_claim("Harbor Pier Cafe opened before Dockside Grill.")
    said = analyse("Dockside Grill opened before Harbor Pier Cafe.")
    assert [f.supports for f in compare(claim, said).findings if f.kind == "direction"] == [False]
    same = compare(claim, analyse("Dockside Grill opened a week after Harbor Pier Cafe."))
    assert [f.supports for f in same.findings if f.reason.startswith("order:")] == [True]


def test_the_order_of_two_dated_acts_in_an_archive(verifier) -> None:  # noqa: ANN001
    wrong = verifier.verify("Harbor Pier Cafe opened before Dockside Grill.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2026-07-01-openings.md:7"]


def test_a_zone_s_edge_is_its_figure(verifier) -> None:  # noqa: ANN001
    five, thousand = (
        qty.extract(f"No vessel may moor within {x} feet of the beach.")[0]
        for x in ("500", "1,000")
    )
    assert not qty.agrees(five, thousand)
    assert qty.agrees(thousand, thousand)
    wrong = verifier.verify(
        "In Brennan Cove no vessel may moor within 500 feet of the town swimming beach."
    )
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2026-03-10-bylaw.txt:7"]


def test_a_whole_group_is_picked_out_by_what_is_said_of_it() -> None:
    claim = "All three of Brennan Cove's marinas sell fuel."
    lead = "All three of Brennan Cove's marinas are open for the season."
    assert ENGINE.weigh(claim, [lead], [0.7])[0].stance != Stance.SUPPORTS
    passage = analyse("Northpoint and Keel Harbor sell fuel; Saltwick does not.")
    (found,) = [f for f in compare(analyse_claim(claim), passage).findings if f.kind == "number"]
    assert (found.supports, found.source) == (False, "Saltwick does not")
    # (a bare "does not" of another verb says nothing of the claim's)
    other = analyse("Northpoint and Keel Harbor rent kayaks; Saltwick does not.")
    assert not [f for f in compare(analyse_claim(claim), other).findings if f.kind == "number"]


def test_an_aside_tells_of_a_member_s_past(verifier) -> None:  # noqa: ANN001
    claim = analyse_claim("Board member Ines Hale voted for raising the mooring fee in May 2026.")
    aside = analyse(
        "Board member Ines Hale, who voted for the 2025 budget, joins Mora and Pike against it."
    )
    assert not [f for f in compare(claim, aside).findings if f.kind == "vote"]
    past = analyse_claim("Board member Ines Hale voted for the 2025 budget.")
    assert [f.supports for f in compare(past, aside).findings if f.kind == "vote"] == [True]
    # a list of who voted against a vote of another year names nobody of this one
    hale = verifier.verify("Board member Ines Hale voted against raising the mooring fee in 2026.")
    assert hale.verdict != Verdict.CONTRADICTED
    assert "2025-06-04-budget.md:9" not in decisive(hale)


def test_the_same_count_of_another_act_is_no_vote_on_the_claim_s() -> None:
    claim = analyse_claim("The Select Board voted 5-2 to allow jet ski rentals.")
    other = analyse(
        "The Select Board voted 5-2 on Monday to allow up to three jet ski launches at the "
        "town dock."
    )
    assert not [f for f in compare(claim, other).findings if f.kind == "tally"]
    same = analyse("The Select Board voted 5-2 on Monday to allow jet ski rentals at the dock.")
    assert [f.supports for f in compare(claim, same).findings if f.kind == "tally"] == [True]
    bare = analyse("The Select Board approved the measure 5-2.")
    assert [f.supports for f in compare(claim, bare).findings if f.kind == "tally"] == [True]


def test_a_statute_s_restated_figure_and_its_body(verifier) -> None:  # noqa: ANN001
    (q,) = qty.extract("The Town shall issue no more than twelve (12) commercial mooring permits.")
    assert (q.value, q.unit, q.bound) == (12, "permit", "le")
    capped = verifier.verify("Brennan Cove will issue no more than 12 commercial mooring permits.")
    assert capped.verdict == Verdict.SUPPORTED
    assert decisive(capped) == ["2026-03-10-bylaw.txt:6"]


def test_a_time_of_day_is_when_its_verb_happens(verifier) -> None:  # noqa: ANN001
    early = verifier.verify("The Brennan Cove fuel dock may open at 6 a.m.")
    assert early.verdict == Verdict.CONTRADICTED
    assert decisive(early) == ["2026-03-10-bylaw.txt:9"]
    # (the clauses share only the verb the time is of: "open")
    claim = analyse_claim("Brennan Cove's fuel docks may open at 6 a.m.")
    for said in (
        "The dock is open daily from 7 a.m. to 8 p.m.",
        "Licensed docks may be open to the public between 7 a.m. and 8 p.m.",
    ):
        found = [(f.supports, f.source) for f in _compare_quantities(claim, analyse(said))]
        assert found == [(False, "7 a.m")]
    # (a time of another verb is no conflict: "closes at 6 p.m." / "open from 7 a.m.")
    other = analyse("The harbor office closes at 6 p.m. and the dock may open from 7 a.m.")
    seven = analyse_claim("The fuel dock may open at 7 a.m.")
    assert [f.supports for f in compare(seven, other).findings if f.kind == "number"] == [True]


def test_a_passive_denial_denies_its_subject() -> None:
    claim = analyse_claim("The Brennan Cove harbor board denied Saltwick's fuel permit 4-1.")
    (q,) = claim.quantities
    assert (q.kind, q.value, q.against) == ("tally", 4, 1)
    assert "permit" in analyse("DECISION: The fuel permit is DENIED.").negated
    assert "board" not in analyse("The fuel permit was denied by the board.").negated
    assert "issu" in analyse("The permit was not issued.").negated


def test_a_fact_sheet_line_is_of_what_the_sheet_is_about(verifier) -> None:  # noqa: ANN001
    right = verifier.verify("Brennan Cove received 31 applications for commercial mooring permits.")
    assert right.verdict == Verdict.SUPPORTED
    assert decisive(right) == ["2026-04-30-fact-sheet.md:5"]
    wrong = verifier.verify("Brennan Cove received 35 applications for commercial mooring permits.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2026-04-30-fact-sheet.md:5"]


def test_a_quarter_by_its_months_and_a_claim_s_one_quarter(verifier) -> None:  # noqa: ANN001
    assert [q for q, _, _ in quarters("Oct-Dec 2026 | 12 | $240,000")] == [4]
    assert [q for q, _, _ in quarters("in the last quarter of 2026")] == [4]
    assert series.claimed_periods("The fee brought in $12,000 in the last quarter of 2026.") == [
        "2026 Q4"
    ]
    assert series.same_period("Oct-Dec 2026", "2026 Q4")
    assert not series.same_period("Jul-Sep 2026", "2026 Q4")
    fee = verifier.verify(
        "Brennan Cove's mooring fee brought in $12,000 in the last quarter of 2026."
    )
    assert fee.verdict == Verdict.SUPPORTED
    assert decisive(fee) == ["2027-01-20-quarterly.md:8"]
    # (the row's gross rentals, $240,000, are no "more than $20,000" of the fee: a table's
    # cell is of the claim's thing only by its column's words)
    more = verifier.verify(
        "Brennan Cove's mooring fee brought in more than $20,000 in the last quarter of 2026."
    )
    assert more.verdict != Verdict.SUPPORTED


def test_a_length_of_time_as_the_span_two_dates_bound() -> None:
    span = "from November 14, 2025 through May 14, 2026"
    assert [(d.year, d.month, d.day) for d in dates.extract(span)] == [
        (2025, 11, 14),
        (2026, 5, 14),
    ]
    claim = analyse_claim(
        "The harbormaster logged 41 groundings in the six months after the dredging."
    )
    passage = analyse(f"The harbormaster logged 41 groundings {span}.")
    (found,) = [f for f in compare(claim, passage).findings if f.kind == "duration"]
    assert (found.supports, found.source) == (True, "November 14, 2025 through May 14, 2026")
    # (a span of another length says nothing of it)
    short = analyse(
        "The harbormaster logged 41 groundings from November 14 through December 14, 2025."
    )
    assert not [f for f in compare(claim, short).findings if f.kind == "duration" and f.supports]


def test_a_name_past_a_comma_holds_no_place_of_the_claim_s() -> None:
    claim = analyse_claim("Police logged 41 calls near the Brennan Cove dock.")
    passage = analyse("Near the Brennan Cove dock on Wexford Avenue, we logged 41 calls.")
    assert not [f for f in compare(claim, passage).findings if f.kind == "name"]


def test_a_word_for_a_people_says_what_kind_not_which(verifier) -> None:  # noqa: ANN001
    # ("a Canadian film" is not stated by "the film": where a film is from is no body that a
    # story names once and then by its noun)
    film = verifier.verify("The Saltwick Story is a Canadian film.")
    assert film.verdict != Verdict.SUPPORTED


def test_each_negation_of_a_claim_is_of_its_own_clause() -> None:
    claim = analyse_claim("The harbormaster did not close the channel which never flooded.")
    scopes = negation_scopes(claim.text, claim.tokens)
    assert [(cue, "flood" in keys) for cue, keys in scopes] == [("not", False), ("never", True)]
    # ("a channel that never flooded" says nothing of whether it was closed)
    assert not negated_alike(claim, "The harbormaster closed the channel, which never flooded.")
    assert negated_alike(claim, "The harbormaster has not closed the channel.")
