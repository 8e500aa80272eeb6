"""A table of periods read as a series (issue 19): a claim that compares a table's periods
("fewer in 2025 than in 2021", "fell by 12.5 percent from 2021 to 2025", "rose every year",
"peaked in 2024") is stated by the column it names across the rows, not by any one row.

Every table here is written for this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.index.search import Index
from factcheck.language import series
from factcheck.language.table import read_with_header
from factcheck.language.tokens import tokenize
from factcheck.models import Verdict
from factcheck.verify.verifier import Verifier

from .conftest import archive_verifier, fake_build

HEADER = "Year | Lynx | Marten"
ROWS = [
    "2021 | 140 | 2,600",
    "2022 | 118 | 2,410",
    "2023 | 125 | 2,250",
    "2024 | 97 | 2,120",
    "2025 | 91 | 1,980",
]


@pytest.mark.parametrize(
    ("claim", "holds", "word", "reason"),
    [
        ("Fewer lynx were tracked in 2025 than in 2021.", True, "Fewer",
         "table: Lynx 91 in 2025 against 140 in 2021 (less)"),
        ("More lynx were tracked in 2025 than in 2024.", False, "More",
         "table: Lynx 91 in 2025 against 97 in 2024 (less)"),
        ("Marten sightings fell every year from 2021 to 2025.", True, "fell",
         "table: Marten fell in each year from 2021 to 2025"),
        # one year's rise breaks "every year"
        ("Lynx sightings fell every year from 2021 to 2025.", False, "fell",
         "table: Lynx 118 in 2022, 125 in 2023: rose"),
        ("Lynx sightings rose from 2022 to 2023.", True, "rose",
         "table: Lynx 118 in 2022, 125 in 2023: rose"),
        ("Marten sightings rose between 2023 and 2025.", False, "rose",
         "table: Marten 2,250 in 2023, 1,980 in 2025: fell"),
        # a change by a share, as the claim words it: to its last digit, or past a bound
        ("Marten sightings fell by about 24 percent from 2021 to 2025.", True, "fell",
         "table: Marten 2,600 in 2021, 1,980 in 2025: fell by 23.8 percent"),
        ("Marten sightings fell by more than 30 percent from 2021 to 2025.", False, "fell",
         "table: Marten 2,600 in 2021, 1,980 in 2025: fell by 23.8 percent"),
        ("Lynx sightings peaked in 2021 in the five years from 2021 to 2025.", True, "peaked",
         "table: Lynx peaked in 2021 (140) of 2021 to 2025"),
        ("Lynx sightings were lowest in 2024.", False, "lowest",
         "table: Lynx was lowest in 2025 (91) of 2021 to 2025"),
        # each of two periods against the one before it
        ("Lynx sightings fell in both 2024 and 2025.", True, "fell",
         "table: Lynx fell in each year from 2023 to 2025"),
        ("Lynx sightings fell in both 2023 and 2025.", False, "fell",
         "table: Lynx 118 in 2022, 125 in 2023: rose"),
        # "more ... than in any other year" is the highest
        ("More marten were seen in 2021 than in any other year.", True, "More",
         "table: Marten was highest in 2021 (2,600) of 2021 to 2025"),
        ("Fewer lynx were seen in 2024 than in any other year from 2021 to 2025.", False,
         "Fewer", "table: Lynx was lowest in 2025 (91) of 2021 to 2025"),
    ],
)  # fmt: skip
def test_a_claim_comparing_periods_reads_the_column(
    claim: str, holds: bool, word: str, reason: str
) -> None:
    trend = series.read(claim, HEADER, ROWS)
    assert trend is not None
    assert (trend.holds, trend.word, trend.reason) == (holds, word, reason)


@pytest.mark.parametrize(
    "claim",
    [
        # one period is a row's, not a series'
        "In 2024, 97 lynx were tracked.",
        # a period the table does not have
        "Fewer lynx were tracked in 2025 than in 2019.",
        # two figure columns and the claim names neither
        "Sightings fell every year from 2021 to 2025.",
        # a change by a count is not read as a share
        "Marten sightings fell by 620 from 2021 to 2025.",
    ],
)
def test_what_a_series_does_not_read(claim: str) -> None:
    assert series.read(claim, HEADER, ROWS) is None


def test_a_table_of_things_is_no_series() -> None:
    rows = ["North Ward | 1,204 | 1,310", "South Ward | 980 | 1,020"]
    assert series.read("Turnout rose from 2024 to 2025.", "Ward | 2024 | 2025", rows) is None


def test_the_whole_column_when_the_claim_names_none() -> None:
    trend = series.read(
        "Drownings statewide rose from 2024 to 2025.",
        "Year | All ages | Under 15",
        ["2024 | 71 | 19", "2025 | 69 | 15"],
    )
    assert trend is not None and not trend.holds
    assert trend.reason == "table: All ages 71 in 2024, 69 in 2025: fell"


# A row of a period read for a claim that names one of its figure columns leaves the other
# columns out (they are other measures), and a caption over rows of periods says what their
# bare counts count; one that names the columns' own measures does not.
def test_a_period_row_read_for_its_column_and_caption() -> None:
    said = frozenset(t.key for t in tokenize("In 2024, 97 lynx were tracked in Orrin Forest."))
    caption = "Table 2. Animals tracked in Orrin Forest, by year"
    assert read_with_header(HEADER, ROWS[3], (), None, caption, said) == (
        "Year: 2024; 2024 Lynx: 97 animals tracked in Orrin Forest."
    )
    listing = "Table 2. Lynx and marten tracked in Orrin Forest"
    assert read_with_header(HEADER, ROWS[3], (), None, listing, said) == (
        "Year: 2024; 2024 Lynx: 97."
    )
    # (a table of things keeps every column, whatever the claim names)
    assert read_with_header("Ward | 2024 | 2025", "North Ward | 1,204 | 1,310", (), None, "",
                            frozenset({"2025"})) == (
        "Ward: North Ward; North Ward 2024: 1,204; North Ward 2025: 1,310."
    )  # fmt: skip


SURVEY = """# Orrin Forest wildlife survey

Published March 2, 2026.

Table 2. Animals tracked in Orrin Forest, by year

| Year | Lynx | Marten |
|---|---|---|
| 2021 | 140 | 2,600 |
| 2022 | 118 | 2,410 |
| 2023 | 125 | 2,250 |
| 2024 | 97 | 2,120 |
| 2025 | 91 | 1,980 |

Counts are from winter track surveys.
"""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Fewer lynx were tracked in Orrin Forest in 2025 than in 2021.", Verdict.SUPPORTED),
        ("Lynx tracked in Orrin Forest fell every year from 2021 to 2025.",
         Verdict.CONTRADICTED),
        ("In 2024, 97 lynx were tracked in Orrin Forest.", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_survey_table_decides(tmp_path: Path, claim: str, verdict: Verdict) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "2026-03-02-survey.md").write_text(SURVEY, encoding="utf-8")
    fake_build(root, tmp_path / "idx")
    v = Verifier(Index.open(tmp_path / "idx")).verify(claim)
    assert v.verdict == verdict


# A row that sums the others ("Total") is no period, and a period with a note ("2025 (to Sept.
# 30)") is part of one, set aside; a claim's sum picks the one column in its currency.
def test_a_total_and_a_part_year_are_set_aside() -> None:
    header = "Year | Payments | Amount"
    rows = [
        "2022 | 41 | $231,000", "2023 | 44 | $265,000", "2024 | 42 | $214,000",
        "2025 (to Sept. 30) | 13 | $58,000", "Total | 140 | $768,000",
    ]  # fmt: skip
    trend = series.read("Payments to Birchline peaked in 2023 at $265,000.", header, rows)
    assert trend is not None and trend.holds
    assert trend.text == (
        "Amount: $231,000 in 2022; $265,000 in 2023; $214,000 in 2024. Amount peaked in 2023 at "
        "$265,000."
    )
    assert series.is_period("2024") and not series.is_period("Total")


# A period's bare count under a column that names what it counts ("Year | Drownings |
# Rescues") counts that; a row of things names what its counts count itself.
def test_a_period_s_count_counts_its_column_s_noun() -> None:
    header = "Year | Drownings | Rescues"
    assert read_with_header(header, "2024 | 7 | 31") == (
        "Year: 2024; 2024 Drownings: 7 drownings; 2024 Rescues: 31 rescues."
    )
    assert read_with_header("Beach | Drownings", "North Beach | 7") == (
        "Beach: North Beach; North Beach Drownings: 7."
    )


# A claim's verb names a column by its noun's synonym group ("died" names "deaths"), not a
# column of one part of them ("Died indoors").
def test_a_claim_s_verb_names_the_column_of_its_noun() -> None:
    header = "Year | Heat deaths | Died indoors"
    rows = ["2023 | 9 | 6", "2024 | 17 | 12", "2025 | 14 | 10"]
    trend = series.read("Fewer people died of heat in 2025 than in 2024.", header, rows)
    assert trend is not None
    assert (trend.holds, trend.reason) == (
        True, "table: Heat deaths 14 in 2025 against 17 in 2024 (less)"
    )  # fmt: skip


# A change "over the five years" spans the table's last five periods.
@pytest.mark.parametrize(
    ("claim", "holds", "reason"),
    [
        ("Marten sightings fell by about 24 percent over the five years.", True,
         "table: Marten 2,600 in 2021, 1,980 in 2025: fell by 23.8 percent"),
        ("Marten sightings fell by 20 percent over the past three years.", False,
         "table: Marten 2,250 in 2023, 1,980 in 2025: fell by 12.0 percent"),
        ("Lynx sightings rose over the last two years.", False,
         "table: Lynx 97 in 2024, 91 in 2025: fell"),
    ],
)  # fmt: skip
def test_a_change_over_the_last_years(claim: str, holds: bool, reason: str) -> None:
    trend = series.read(claim, HEADER, ROWS)
    assert trend is not None
    assert (trend.holds, trend.reason) == (holds, reason)
    # (more years than the table has is no reading)
    assert series.read("Lynx sightings fell over the past nine years.", HEADER, ROWS) is None


PARK = """# Fenner Park attendance, 2022-2025

Fenner Park Trust, yearly report to the county, filed May 2, 2026.

| Year | Visitors | Season passes |
|---|---|---|
| 2022 | 90,400 | 1,210 |
| 2023 | 98,100 | 1,305 |
| 2024 | 95,700 | 1,290 |
| 2025 | 88,300 | 1,240 |
"""


# A heading a line of prose away from its table's header heads it; "attendance" is the count
# of visitors, and the verb that counts a column's noun ("drew more visitors") is the column's.
@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Fenner Park attendance fell in both 2024 and 2025.", Verdict.SUPPORTED),
        ("Fenner Park attendance rose every year from 2022 to 2025.", Verdict.CONTRADICTED),
        ("Fenner Park drew more visitors in 2023 than in any other year.", Verdict.SUPPORTED),
        ("Fenner Park drew more visitors in 2025 than in any other year.", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_a_table_below_a_heading_and_a_line_of_prose(
    tmp_path: Path, claim: str, verdict: Verdict
) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    (root / "2026-05-02-attendance.md").write_text(PARK, encoding="utf-8")
    fake_build(root, tmp_path / "idx")
    v = Verifier(Index.open(tmp_path / "idx")).verify(claim)
    assert v.verdict == verdict, v.reasons


CRASHES = """# Traffic deaths on Pellham County roads

| Year | Traffic deaths | Involving alcohol |
|---|---|---|
| 2023 | 121 | 44 |
| 2024 | 112 | 38 |
"""


# A column headed by what picks a part of the column before it ("Involving alcohol" under
# "Traffic deaths") counts that part: a claim naming the part is read against its cell, not
# against the whole's, and a claim about the whole not against the part's.
def test_a_column_of_a_part_of_the_column_before_it() -> None:
    header = "Year | Traffic deaths | Involving alcohol"
    said = frozenset(t.key for t in tokenize("Alcohol was involved in 38 traffic deaths."))
    assert read_with_header(header, "2024 | 112 | 38", said=said) == (
        "Year: 2024; 2024 Traffic deaths involving alcohol: 38 traffic deaths involving alcohol."
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Alcohol was involved in 38 traffic deaths in Pellham County in 2024.", Verdict.SUPPORTED),
        ("Alcohol was involved in 112 traffic deaths in Pellham County in 2024.",
         Verdict.CONTRADICTED),
        ("Pellham County had 112 traffic deaths in 2024.", Verdict.SUPPORTED),
        ("Pellham County had 38 traffic deaths in 2024.", Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_a_part_s_column_decides(tmp_path: Path, claim: str, verdict: Verdict) -> None:
    v = archive_verifier(tmp_path, {"2026-02-10-crashes.md": CRASHES}).verify(claim)
    assert v.verdict == verdict, v.reasons
