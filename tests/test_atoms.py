"""Claim atoms and evidence windows, judged by the rules (no model): exact statuses, values
and the window sentence each part was found on."""

from __future__ import annotations

from factcheck.models import Stance
from factcheck.stance.engine import StanceEngine, Window

ENGINE = StanceEngine()  # rules only


def judge(claim: str, *sentences: str, anchor: int = 0, sim: float = 0.7):  # noqa: ANN201
    window = Window(tuple(sentences), anchor)
    (j,) = ENGINE.weigh(claim, [window.sentence], [sim], windows=[window])
    return j


def atoms(j) -> list[tuple[str, str, str, str]]:  # noqa: ANN001
    return [(a.kind.value, a.written, a.status.value, a.source) for a in j.atoms]


def test_a_date_in_the_sentence_before_completes_the_claim() -> None:
    j = judge(
        "In July 2023 Volkswagen said it would invest $700 million in XPeng.",
        "On July 26, 2023, the two companies made a joint announcement.",
        "Volkswagen would invest $700 million for a nearly 5% stake in XPeng.",
        anchor=1,
    )
    assert j.stance == Stance.SUPPORTS
    assert atoms(j) == [
        ("figure", "$700 million", "found", "$700 million"),
        ("date", "in July 2023", "found", "July 26, 2023"),
        ("actor", "Volkswagen", "found", "Volkswagen"),
        ("actor", "XPeng", "found", "XPeng"),
        ("relation", "invest", "found", "invest"),
    ]
    assert j.checked.where == [1, 0, 1, 1, 1]  # the date is on the sentence before


def test_an_unstated_figure_never_supports() -> None:
    j = judge(
        "Xiaomi received more than 88000 orders for the SU7 in the first day.",
        "Xiaomi received orders for the SU7 in the first day, the company said.",
        sim=0.9,
    )
    assert j.stance == Stance.NEUTRAL
    assert ("figure", "more than 88000 orders", "missing", "") in atoms(j)
    assert any("more than 88000 orders" in r and "does not state" in r for r in j.reasons)


def test_a_year_changed_after_by_or_since_conflicts() -> None:
    j = judge("Tesla plans to sell 20 million cars a year by 2031.",
              "Tesla plans to sell 20 million cars a year by 2030.")  # fmt: skip
    assert j.stance == Stance.CONFLICTS
    assert ("date", "by 2031", "conflicts", "2030") in atoms(j)
    j = judge(
        "XPeng has sold cars in Norway since 2019.", "XPeng has sold cars in Norway since 2021."
    )
    assert j.stance == Stance.CONFLICTS
    assert ("date", "since 2019", "conflicts", "2021") in atoms(j)


def test_a_month_alone_is_a_date() -> None:
    j = judge("Musk spent three days in Germany in early January.",
              "Musk spent three days in Germany in early September.")  # fmt: skip
    assert j.stance == Stance.CONFLICTS
    assert ("date", "in early January", "conflicts", "September") in atoms(j)


def test_an_abbreviation_and_a_restated_clause_support() -> None:
    j = judge(
        "Tesla surpassed Toyota in market cap.",
        "Tesla stole the limelight, not only leading the world in electric car sales, but also "
        "surpassing Toyota to become the world's largest car company by market capitalization.",
    )
    assert j.stance == Stance.SUPPORTS
    assert ("relation", "surpassed market cap", "found", "surpassing, market, capitalization") in (
        atoms(j)
    )


def test_two_negative_statements_do_not_conflict_on_negation() -> None:
    j = judge(
        "Tesla's FSD software has not yet been released in China.",
        "The FSD software has not yet been made available in China, prompting customers to "
        "urge its release.",
    )
    assert j.stance != Stance.CONFLICTS
    assert ("negation", "not", "found", "not") in atoms(j)


def test_a_negated_name_alone_is_not_a_conflict() -> None:
    j = judge(
        "Tesla's FSD software has not yet been released in China.",
        "Rival Chinese automakers have been rolling out similar software, competing with Tesla.",
    )
    assert j.stance != Stance.CONFLICTS
    assert ("negation", "not", "missing", "") in atoms(j)


def test_a_neighbour_figure_conflicts_only_when_the_sentence_states_the_claim() -> None:
    claim = "Acme will invest $2 billion in Borealis."
    about = judge(claim, "Acme will invest $1.2 billion in Borealis.", "The plant is idle.")
    assert about.stance == Stance.CONFLICTS
    aside = judge(
        claim, "Acme will invest $1.2 billion in Borealis.", "The plant is idle.", anchor=1
    )
    assert aside.stance != Stance.CONFLICTS


# A body named with its head noun first ("the Department of Agriculture") is the claim's
# "Agriculture Department".
def test_a_body_named_with_of_is_found() -> None:
    from factcheck.stance.atoms import _named_with_of
    from factcheck.stance.rules import analyse_claim

    claim = analyse_claim("The Agriculture Department issued the permit.")
    group = [t for t in claim.tokens if t.text in ("Agriculture", "Department")]
    assert _named_with_of(group, ["The Department of Agriculture issued it on Oct. 28."])
    assert not _named_with_of(group, ["The Department of Labor issued it on Oct. 28."])
