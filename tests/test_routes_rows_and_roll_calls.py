"""Routes, before-and-after tables and roll calls (issue 19): the ends of a route ("between
Pier Street and Quarry Road") say where a figure is, not whose it is; a table row's own unit
("Average vehicle speed (mph) | 34 | 27") goes with its figures, and a row of a table whose two
columns are periods in order says how it changed between them; "double-parking" is no factor
of two; "rose by more than half" is a change of more than half; and a roll call's "Nays:" gives
each named member's side, for the claim as well as against it.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language import quantities as qty
from factcheck.language import table
from factcheck.language.tokens import tokenize
from factcheck.models import Verdict
from factcheck.stance.rules import analyse, compare

from .conftest import archive_verifier, decisive

MINUTES = """TOWN OF ORRIN
Minutes of the Select Board, regular meeting of May 11, 2027
Members present: Chair Wendell Amory; Board Members Nora Ostrow, Glen Bell, Mei Tanaka, Samuel Oduro and Paul Devlin.

Item 6. Resolution 27-19, approving the Quayside Seawall Plan.
Board Member Tanaka moved the resolution. Board Member Oduro seconded.
Resolution 27-19 was adopted 4-2.
Nays: Ostrow, Devlin.

The meeting adjourned at 9:15 p.m.
"""  # noqa: E501

BRIEF = """# Quayside Road: early results

*Orrin Institute of Transport. Interim brief, September 2, 2027.*

| Measure, Quayside Road | Summer 2026 | Summer 2027 |
|---|---|---|
| Average vehicle speed (mph) | 36 | 29 |
| Pedestrians, average weekday | 1,200 | 1,950 |
"""


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(
        tmp_path, {"2027-05-11-minutes.txt": MINUTES, "2027-09-02-brief.md": BRIEF}
    )


def test_a_route_s_ends_are_where_not_whose() -> None:
    claim = analyse("The Quayside plan called for 1.8 miles of new seawall.")
    passage = analyse(
        "The design would build 1.8 miles of new seawall between Ferry Street and Mill Road."
    )
    assert [f.supports for f in compare(claim, passage, "").findings] == [True]


def test_a_row_s_unit_and_its_change_between_two_periods() -> None:
    header = "| Measure, Quayside Road | Summer 2026 | Summer 2027 |"
    row = "| Average vehicle speed (mph) | 36 | 29 |"
    fell = frozenset(t.key for t in tokenize("Speeds fell to 29 mph."))
    assert table.read_with_header(header, row, said=fell) == (
        "Measure, Quayside Road: Average vehicle speed (mph);  Summer 2026: 36 mph;  "
        "Summer 2027: 29 mph; Average vehicle speed fell from 36 mph in Summer 2026 to 29 mph "
        "in Summer 2027."
    )
    # (only for a claim that says how it changed; not with three figures, periods out of
    # order, or rows of things)
    assert "from" not in table.read_with_header(header, row)
    three = "| Measure | 2025 | 2026 | 2027 |"
    assert "from" not in table.read_with_header(three, "| Riders | 10 | 12 | 15 |", said=fell)
    backwards = "| Measure | 2027 | 2026 |"
    assert "from" not in table.read_with_header(backwards, "| Riders | 10 | 12 |", said=fell)
    towns = "| Town | 2022 | 2024 |"
    assert "from" not in table.read_with_header(towns, "| Orrin | 11.9% | 15.8% |", said=fell)


def test_the_table_decides_a_change_between_its_periods(verifier) -> None:  # noqa: ANN001
    slower = verifier.verify("Average vehicle speeds on Quayside Road fell to 29 mph.")
    assert slower.verdict == Verdict.SUPPORTED
    assert decisive(slower) == ["2027-09-02-brief.md:7"]
    wrong = verifier.verify("Average vehicle speeds on Quayside Road fell to 25 mph.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert decisive(wrong) == ["2027-09-02-brief.md:7"]


def test_a_compound_is_no_factor_and_half_has_its_bound() -> None:
    assert qty.extract("Double-parking by delivery vans increased.") == []
    assert [q.text for q in qty.extract("Fares will double.")] == ["double"]
    (half,) = qty.extract("Pedestrians rose by more than half.")
    assert (half.value, half.bound, half.direction) == (50.0, "gt", 1)
    claim = analyse("Pedestrians on an average weekday rose by more than half.")
    passage = analyse("Pedestrians, average weekday rose from 1,200 to 1,950.")
    assert [f.supports for f in compare(claim, passage, "").findings] == [True]


def test_a_roll_call_gives_the_side_either_way(verifier) -> None:  # noqa: ANN001
    against = verifier.verify("Board Member Nora Ostrow voted against the Quayside Seawall Plan.")
    assert against.verdict == Verdict.SUPPORTED
    assert decisive(against) == ["2027-05-11-minutes.txt:7-8"]
    wrong = verifier.verify("Board Member Nora Ostrow voted for the Quayside Seawall Plan.")
    assert wrong.verdict == Verdict.CONTRADICTED
