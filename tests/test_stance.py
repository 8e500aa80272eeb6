"""The rule-based stance engine, rule by rule, with exact reasons."""

from __future__ import annotations

import pytest

from factcheck.errors import ModelError
from factcheck.language import dates, quantities
from factcheck.language.names import is_variant
from factcheck.models import Stance
from factcheck.stance.engine import Judgement, decide
from factcheck.stance.nli import label_map
from factcheck.stance.rules import analyse, compare
from factcheck.stance.signals import NliReading, Reading


def judge(
    claim: str, passage: str, similarity: float, nli: NliReading | None = None,
    learned: Reading | None = None,
) -> Judgement:  # fmt: skip
    """One passage weighed against a claim, as the engine weighs each of a claim's passages."""
    return decide(compare(analyse(claim), analyse(passage)), similarity, nli, learned)


def q(text: str) -> quantities.Quantity:
    (found,) = quantities.extract(text)
    return found


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        ("$700 million", 7e8, "USD", "eq"),
        ("$0.7 billion", 7e8, "USD", "eq"),
        ("700m dollars", 7e8, "USD", "eq"),
        ("US$5bn", 5e9, "USD", "eq"),
        ("€2.5 billion", 2.5e9, "EUR", "eq"),
        ("nearly 5%", 5.0, "%", "near"),
        ("5 percent of shares", 5.0, "%", "eq"),
        ("1.7 million cars", 1.7e6, "car", "eq"),
        ("a ten-day trip", 10.0, "day", "eq"),
        ("two weeks", 14.0, "day", "eq"),
        ("over 7,000 workers", 7000.0, "worker", "gt"),
        ("two hundred and fifty jobs", 250.0, "job", "eq"),
        ("about 200 people", 200.0, "person", "approx"),
    ],
)
def test_quantities_are_normalized(text: str, value: float, unit: str, bound: str) -> None:
    found = q(text)
    assert (found.value, found.unit, found.bound) == (pytest.approx(value), unit, bound)


def test_years_times_and_days_of_dates_are_not_quantities() -> None:
    assert quantities.extract("On July 26, 2023 at 09:28 the A4 and COVID-19 in 2021") == []


@pytest.mark.parametrize(
    ("claim", "source", "agree"),
    [
        ("$700 million", "$0.7 billion", True),
        ("$1 billion", "$700 million", False),
        ("over 7,000 workers", "more than 5,000 workers", True),
        ("over 70,000 workers", "over 7,000 workers", False),
        ("nearly 5% of shares", "almost 5% of shares", True),
        ("nearly 5% of shares", "4.99% of shares", True),
        ("about 200 people", "210 people", True),
        ("about 200 people", "300 people", False),
        ("1.72 million cars", "1.7 million cars", True),
        ("over 1 million cars", "3 million cars", True),
        ("fewer than 1 million cars", "1.7 million cars", False),
    ],
)
def test_quantities_agree_within_hedges_and_bounds(claim: str, source: str, agree: bool) -> None:
    assert quantities.agrees(q(claim), q(source)) is agree


def test_quantities_compare_only_the_same_measure() -> None:
    a = q("100 people were working")
    b = quantities.extract("50 people were injured")[0]
    assert quantities.same_unit(a, b)
    assert not quantities.same_measure(a, b)


@pytest.mark.parametrize(
    ("claim", "source", "agree"),
    [
        ("in July 2023", "on July 26, 2023", True),
        ("in 2023", "on July 26, 2023", True),
        ("on July 26, 2023", "in 2021", False),
        ("on 26 July 2023", "2023-07-26", True),
        ("on July 26, 2023", "on July 27, 2023", False),
    ],
)
def test_dates_agree_part_by_part(claim: str, source: str, agree: bool) -> None:
    (c,) = dates.extract(claim)
    (s,) = dates.extract(source)
    assert dates.comparable(c, s)
    assert dates.agrees(c, s) is agree


def test_may_and_march_are_months_only_when_capitalized() -> None:
    assert [d.describe() for d in dates.extract("It may rise in March 2024")] == ["March 2024"]
    assert dates.extract("Sales may march on") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("diess", "deiss", True),
        ("diess", "dis", True),
        ("zhang", "zheng", False),
        ("wang", "wong", False),
        ("tesla", "texas", False),
    ],
)
def test_name_variants(a: str, b: str, same: bool) -> None:
    assert is_variant(a, b) is same


def reasons(claim: str, source: str, similarity: float = 0.7) -> tuple[Stance, list[str]]:
    j = judge(claim, source, similarity)
    return j.stance, j.reasons


def test_amount_conflict_names_both_figures() -> None:
    stance, why = reasons(
        "Volkswagen invested $1 billion in XPeng",
        "Volkswagen would invest $700 million for a nearly 5% stake in XPeng.",
    )
    assert stance == Stance.CONFLICTS
    assert why == ["amount: claim says $1 billion, source says $700 million"]


def test_hedged_source_supports_weakly() -> None:
    j = judge(
        "Volkswagen invested $700 million in XPeng",
        "Volkswagen would invest $700 million for a nearly 5% stake in XPeng.",
        0.85,
    )
    assert j.stance == Stance.SUPPORTS
    assert j.hedged and j.score <= 0.55
    assert j.reasons[-1] == "weak: the source hedges ('would')"


def test_negation_conflicts() -> None:
    stance, why = reasons(
        "FSD is available in China", "FSD has not yet been made available in China."
    )
    assert (stance, why) == (
        Stance.CONFLICTS,
        ["negation: claim is affirmative, source says 'not'"],
    )


def test_negation_in_another_clause_is_not_a_conflict() -> None:
    stance, _ = reasons(
        "Tesla surpassed Toyota in market value",
        "Tesla, which did not comment, surpassed Toyota in market value.",
    )
    assert stance == Stance.SUPPORTS


def test_opposite_direction_conflicts() -> None:
    stance, why = reasons("Tesla sales rose in 2023", "Tesla sales fell in 2023.")
    assert stance == Stance.CONFLICTS
    assert why == ["direction: claim says 'rose', source says 'fell'"]


def test_role_swap_conflicts_and_passive_or_opposite_verb_agree() -> None:
    claim = "Tesla surpassed Toyota in market value"
    stance, why = reasons(claim, "Toyota surpassed Tesla in market value.")
    assert stance == Stance.CONFLICTS
    assert why == ["roles: claim says Tesla surpassed Toyota, source says Toyota surpassed Tesla"]
    assert reasons(claim, "Toyota was surpassed by Tesla in market value.")[0] == Stance.SUPPORTS
    stance, why = reasons(claim, "Toyota trails Tesla in market value.")
    assert stance == Stance.SUPPORTS
    assert why[0] == "roles: 'Toyota trails Tesla' says the same as 'Tesla surpassed Toyota'"


def test_date_conflict_and_month_inside_date() -> None:
    stance, why = reasons("Musk visited Beijing on July 26, 2023", "Musk visited Beijing in 2021.")
    assert (stance, why) == (Stance.CONFLICTS, ["date: claim says July 26, 2023, source says 2021"])
    stance, _ = reasons(
        "Musk visited Beijing in July 2023", "Musk visited Beijing on July 26, 2023."
    )
    assert stance == Stance.SUPPORTS


def test_name_variants_match_and_are_shown() -> None:
    j = judge(
        "Diess said on LinkedIn that VW would cut jobs",
        "Dis wrote on LinkedIn that Volkswagen will cut jobs.",
        0.8,
    )
    assert j.stance == Stance.SUPPORTS
    assert "name: 'Diess' read as 'Dis'" in j.reasons


def test_swapped_name_in_matching_sentence_conflicts() -> None:
    stance, why = reasons(
        "Telemundo is a English-language television network.",
        "Telemundo is an American Spanish-language terrestrial television network.",
    )
    assert (stance, why) == (
        Stance.CONFLICTS,
        ["name: claim says 'English', source says 'Spanish'"],
    )


def test_different_subject_is_no_conflict() -> None:
    stance, why = reasons(
        "Xiaomi has sold more than 5000 SU7 cars",
        "Tesla has sold more than 1.7 million cars in China.",
    )
    assert stance == Stance.NEUTRAL
    assert "not in the passage: 'Xiaomi' (coverage 67%)" in why
    assert "a possible conflict was set aside: the passage is about something else" in why


def test_figures_about_different_things_do_not_clash() -> None:
    comp = compare(analyse("100 people were working"), analyse("50 people were injured"))
    assert comp.conflicts == []


def test_related_passage_is_neutral_never_support() -> None:
    stance, _ = reasons(
        "Tesla opened a factory on Mars", "Investors are betting that Tesla will lead the shift."
    )
    assert stance == Stance.NEUTRAL


def test_nli_label_order_is_read_from_the_config() -> None:
    assert label_map({0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}) == {
        0: "contradiction", 1: "entailment", 2: "neutral"
    }  # fmt: skip
    assert (
        label_map({"0": "entailment", "1": "neutral", "2": "contradiction"})[2] == "contradiction"
    )
    with pytest.raises(ModelError, match="do not name entailment and contradiction"):
        label_map({0: "LABEL_0", 1: "LABEL_1"})
