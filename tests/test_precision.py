"""Precision first (issue 19): the classes of harmful error, each a fact about language.

Every sentence here is written for this file (none comes from ../shared/newsbench, the seeds
or examples/), so the tests check the rule, not a case it was tuned on.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.language import quantities
from factcheck.models import Stance
from factcheck.stance.engine import Window, compare_window, decide, rule_view
from factcheck.stance.rules import analyse, analyse_claim, compare
from factcheck.stance.signals import Reading


def stance(
    claim: str, passage: str, similarity: float = 0.8, learned: Reading | None = None
) -> tuple[Stance, list[str]]:
    """A passage (its sentences a window) weighed as verify weighs it, with the claim."""
    sentences = tuple(s.strip() + "." for s in passage.split(". ") if s.strip())
    sentences = tuple(s.replace("..", ".").replace("?.", "?") for s in sentences)
    window = Window(sentences, 0)
    comp = compare(analyse_claim(claim), analyse(window.text))
    j = decide(
        comp, similarity, None, learned, rule_view(comp, similarity), analyse_claim(claim), window
    )
    return j.stance, j.reasons


def findings(claim: str, passage: str) -> list[tuple[bool, str]]:
    return [
        (f.supports, f.reason) for f in compare(analyse_claim(claim), analyse(passage)).findings
    ]


# 1. A figure is compared only with a figure said of the same thing.
@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("The jobless rate in Orlin County fell to 3.9% in May.",
         "The measles vaccination rate in Orlin County was 89% in May."),
        ("The Harbour Party took 6% of the vote.",
         "The Green Union won 7.9% and 17 seats, and the Harbour Party 10 seats."),
        ("The Tories ended up nine seats down.", "The Tories won 63 seats, down from 72."),
        ("Repairing the bridge would cost about 1.3 million euros a year.",
         "The council put the ferry subsidy at 14.2 million euros a year."),
    ],
)  # fmt: skip
def test_a_figure_about_something_else_is_no_conflict(claim: str, passage: str) -> None:
    assert not [r for ok, r in findings(claim, passage) if not ok]


def test_an_aligned_figure_still_conflicts() -> None:
    assert findings(
        "The jobless rate in Orlin County fell to 3.9% in May.",
        "The jobless rate in Orlin County fell to 4.6% in May.",
    ) == [
        (False, "percentage: claim says 3.9%, source says 4.6%"),
        (True, "date: claim says May, source says May"),  # ("in May": a month, not a verb)
    ]


def test_the_figure_said_of_the_claims_subject_decides() -> None:
    got = findings(
        "The Labour Union won 40 seats on 31.5% of the vote.",
        "The Labour Union won 33.2% of the vote and 40 of the 150 seats. "
        "The Farmers won 31.5% and 30 seats.",
    )
    assert (False, "percentage: claim says 31.5%, source says 33.2%") in got


# 2. A qualifier must be stated; a partitive after the sentence takes it back.
def test_a_dropped_qualifier_is_not_found_and_a_partitive_conflicts() -> None:
    claim = "The Dunmere wind farm created 250 permanent jobs."
    assert findings(claim, "The Dunmere wind farm created 250 jobs.") == []
    assert findings(
        claim, "The Dunmere wind farm created 250 jobs. Only 14 of those are permanent."
    ) == [(False, "number: claim says 250 permanent jobs, source says permanent ones are 14")]
    assert findings(claim, "The Dunmere wind farm created 250 permanent jobs.")[0][0]


# 3. The learned model's conflict alone never makes a passage conflict.
def test_the_models_conflict_alone_is_not_a_conflict() -> None:
    learned = Reading(supports=0.02, conflicts=0.97, neutral=0.01)
    got, reasons = stance(
        "The mayor opened the new library on Friday.",
        "The mayor opened the new library on Friday.",
        learned=learned,
    )
    assert got != Stance.CONFLICTS


# 4. Plans, hedges, denials, questions and transcript turns are not facts.
@pytest.mark.parametrize(
    ("claim", "passage", "why"),
    [
        ("Norvik Steel built a new plant in Aalborg.",
         "Norvik Steel plans to build a new plant in Aalborg.", "not as a fact"),
        ("Norvik Steel built a new plant in Aalborg.",
         "Norvik Steel will build a new plant in Aalborg.", "not as a fact"),
        ("Norvik Steel built a new plant in Aalborg.",
         "There is no evidence that Norvik Steel built a new plant in Aalborg.", "unproven"),
        ("Norvik Steel built a new plant in Aalborg.",
         "Did Norvik Steel build a new plant in Aalborg?", "a question"),
        ("Norvik Steel built a new plant in Aalborg.",
         "MAYA HOLT: Norvik Steel built a new plant in Aalborg.", "a speaker's own words"),
    ],
)  # fmt: skip
def test_what_is_not_stated_as_fact_does_not_support(claim: str, passage: str, why: str) -> None:
    got, reasons = stance(claim, passage, similarity=0.95)
    assert got == Stance.NEUTRAL
    assert any(r.startswith(why) for r in reasons), reasons


def test_a_claim_that_keeps_the_hedge_or_the_attribution_is_judged_as_written() -> None:
    got, _ = stance(
        "Maya Holt said Norvik Steel built a new plant in Aalborg.",
        "MAYA HOLT: Norvik Steel built a new plant in Aalborg.",
        similarity=0.95,
    )
    assert got != Stance.CONFLICTS


# 5. Opposite words conflict only when said of the same thing.
def test_opposites_of_different_heads_do_not_conflict() -> None:
    assert (
        findings(
            "The Harbour Party came third in its first election.",
            "The Harbour Party, founded last year, is running in all districts.",
        )
        == []
    )
    assert (
        findings(
            "The Harbour Party came third in its first election.",
            "The Harbour Party came third in its last election.",
        )[0][0]
        is False
    )


def test_a_rise_and_a_fall_of_different_things_do_not_conflict() -> None:
    def directions(claim: str, passage: str) -> list[str]:
        return [r for ok, r in findings(claim, passage) if r.startswith("direction")]

    other = "Bus fares in Tarnby will rise 4%, citing the price of bread."
    assert directions("Bread prices in Tarnby fell 4% this year.", other) == []
    assert directions("Bus fares in Tarnby fell 4%.", "Bus fares in Tarnby will rise 4%.") == [
        "direction: claim says 'fell', source says 'rise'"
    ]


# 6. An open range reaches only so far (issue 21, group 13).
def test_an_exact_figure_far_past_an_open_range_is_not_supported() -> None:
    far = findings("Xiaomi delivered 7 million SU7 cars.", "Xiaomi delivered over 7,000 SU7 cars.")
    assert far[0] == (
        False, "number: claim says 7 million SU7 cars, source says over 7,000 SU7 cars"
    )  # fmt: skip
    near = findings("Xiaomi delivered 7,500 SU7 cars.", "Xiaomi delivered over 7,000 SU7 cars.")
    assert near[0][0] is True


def test_a_change_is_not_compared_with_a_level() -> None:
    lost = quantities.extract("The party lost 22 seats.")[0]
    level = quantities.extract("The party holds 66 of the 201 seats.")[0]
    assert lost.change and not level.change
    assert not quantities.same_measure(lost, level)


# 7. A negation counts only in the clause that states the claim.
@pytest.mark.parametrize(
    ("claim", "passage", "conflicts"),
    [
        ("The council approved the harbour budget on Monday.",
         "The council did not approve the harbour budget on Monday.", True),
        ("The council approved the harbour budget on Monday.",
         "The council approved the harbour budget on Monday, although the mayor did not attend.",
         False),
        ("Inspectors found no evidence that the heater caused the warehouse fire.",
         "The heater caused the warehouse fire, a neighbour said.", False),
    ],
)  # fmt: skip
def test_a_negation_in_another_clause_is_no_conflict(
    claim: str, passage: str, conflicts: bool
) -> None:
    got, reasons = stance(claim, passage, similarity=0.9)
    assert (got == Stance.CONFLICTS) is conflicts, reasons


# 9. An agreeing figure said of something else states nothing of the claim's.
def test_an_agreeing_figure_of_another_measure_does_not_support() -> None:
    claim = "Harlow Foods' second-quarter exports rose 4%."
    passage = "Shares rose 4% in after-hours trading."
    (finding,) = compare(analyse(claim), analyse(passage)).findings
    assert finding.supports and not finding.aligned
    assert stance(claim, passage, similarity=0.9)[0] != Stance.SUPPORTS
    unsure = Reading(supports=0.6, conflicts=0.1, neutral=0.3)
    assert stance(claim, passage, similarity=0.9, learned=unsure)[0] != Stance.SUPPORTS


def test_the_same_counted_noun_aligns_a_figure_in_other_words() -> None:
    (finding,) = compare(
        analyse("Brenford Mills has cut 120 jobs."),
        analyse("Brenford Mills eliminated 120 jobs at its Leigh site this spring."),
    ).findings
    assert finding.supports and finding.aligned


def test_news_synonyms_are_the_same_word() -> None:
    comp = compare(analyse("Orvel's profit plunged 30%."), analyse("Orvel's profit fell 30%."))
    assert comp.coverage == 1.0 and [f.aligned for f in comp.findings] == [True]


# 10. A part that differs makes a claim false only in a passage about the claim's event.
def test_a_negation_about_another_event_is_no_conflict() -> None:
    got, reasons = stance(
        "The new council was sworn in on May 3.",
        "The mayor said the council would not meet before the summer.",
        similarity=0.7,
    )
    assert got != Stance.CONFLICTS, reasons


def test_a_figure_in_a_passage_about_another_event_is_no_conflict() -> None:
    got, reasons = stance(
        "A tidal barrier for Selby would cost $300 million to build.",
        "The published estimate of $210 million for the Selby bypass has not been updated.",
        similarity=0.7,
    )
    assert got != Stance.CONFLICTS, reasons


# 11. A correction that says the claim was wrong contradicts it.
def test_a_correction_contradicts_what_it_corrects() -> None:
    got, reasons = stance(
        "Ferry fares in Tarnby rose 12% in March.",
        "An article on Monday incorrectly stated that ferry fares in Tarnby rose 12% in March.",
        similarity=0.9,
    )
    assert got == Stance.CONFLICTS
    assert any(r.startswith("a correction") for r in reasons), reasons


# 12. An open question ("examining whether") and a demand or a promise are not facts.
@pytest.mark.parametrize(
    "passage",
    [
        "Investigators are examining whether a faulty heater caused the warehouse fire in Selby.",
        "The union demanded that a faulty heater be named as the cause of the fire in Selby.",
    ],
)
def test_an_open_question_or_a_demand_does_not_support(passage: str) -> None:
    got, reasons = stance(
        "A faulty heater caused the warehouse fire in Selby.", passage, similarity=0.95
    )
    assert got != Stance.SUPPORTS, reasons


# 13. "X, not Y": the source rejects Y and gives X (how corrections put it).
@pytest.mark.parametrize(
    ("claim", "passage", "reason"),
    [
        ("Brenford Mills cut 160 warehouse jobs.",
         "The Brenford Mills filing lists 60 warehouse jobs, not 160.",
         "number: claim says 160 warehouse jobs, source says 60 warehouse jobs, not 160 "
         "warehouse jobs"),
        ("The Tarnby bridge reopens on June 3.",
         "The Tarnby bridge reopens on June 13, not June 3.",
         "date: claim says June 3, source says June 13, not June 3"),
        ("Orvel's revenue fell 12%.", "Orvel's revenue fell 21%, not 12%.",
         "percentage: claim says 12%, source says 21%, not 12%"),
    ],
)  # fmt: skip
def test_a_rejected_figure_or_date_conflicts(claim: str, passage: str, reason: str) -> None:
    assert [r for ok, r in findings(claim, passage) if not ok] == [reason]
    assert stance(claim, passage, similarity=0.9)[0] == Stance.CONFLICTS


def test_the_figure_a_source_keeps_still_agrees() -> None:
    assert findings("Orvel's revenue fell 21%.", "Orvel's revenue fell 21%, not 12%.") == [
        (True, "percentage: claim says 21%, source says 21%")
    ]


# 14. A superlative the source says of a narrower span ("in over a decade") is no record.
@pytest.mark.parametrize(
    ("claim", "passage", "conflicts"),
    [
        ("Tarnby had its hottest July on record.", "Tarnby had its hottest July since 2006.",
         True),
        ("Tarnby had its hottest July ever.", "Tarnby had its hottest July in over a decade.",
         True),
        ("Tarnby had its hottest July on record.", "Tarnby had its hottest July on record.",
         False),
        ("Tarnby had its hottest July in a decade.", "Tarnby had its hottest July since 2006.",
         False),
    ],
)  # fmt: skip
def test_a_record_said_of_a_narrower_span_conflicts(
    claim: str, passage: str, conflicts: bool
) -> None:
    ranking = [r for ok, r in findings(claim, passage) if not ok and r.startswith("ranking")]
    assert bool(ranking) == conflicts


# 15. A statement reported as someone's, then checked against the record, is not support.
def test_a_statement_the_source_checks_against_the_record_does_not_support() -> None:
    got, reasons = stance(
        "Car thefts in Orlin have tripled since 2020.",
        "The mayor said car thefts in Orlin had tripled since 2020. Police figures show "
        "4,100 thefts in 2024, up from 3,600 in 2020.",
        similarity=0.9,
    )
    assert got != Stance.SUPPORTS
    assert any(r.startswith("reported, then checked") for r in reasons), reasons
    got, _ = stance(
        "Car thefts in Orlin have tripled since 2020.",
        "The mayor said car thefts in Orlin had tripled since 2020.",
        similarity=0.9,
    )
    assert got == Stance.SUPPORTS


# 16. A claim of two parts needs both: a passage that states one says nothing of the other.
def test_a_claim_of_two_parts_needs_both() -> None:
    claim = "Orvel's third-quarter profit fell to $40 million as export sales slumped."
    got, reasons = stance(claim, "Orvel's third-quarter profit fell to $40 million.", 0.9)
    assert got == Stance.NEUTRAL
    assert "not every part of the claim is stated here: relation" in reasons[-1], reasons
    got, _ = stance(
        claim, "Orvel's third-quarter profit fell to $40 million as export sales slumped.", 0.9
    )
    assert got == Stance.SUPPORTS


# 17. An estimate revised "to X from Y": Y is the figure it replaced, unless the claim speaks
# of Y in the words the source uses for it.
def test_a_revised_estimate_replaces_the_figure_it_was_revised_from() -> None:
    passage = "The Tarnby bridge budget was revised to $52 million from $44 million in May."
    assert findings("The Tarnby bridge will cost $44 million.", passage) == [
        (False, "amount: claim says $44 million, source says $52 million, revised from "
                "$44 million")
    ]  # fmt: skip
    assert findings("The Tarnby bridge will cost $52 million.", passage)[0][0]
    earlier = (
        "Orvel raised the estimated cost of its recall to $90 million, up from the $60 million "
        "it set aside in March."
    )
    assert findings("Orvel set aside $60 million for the recall.", earlier)[0][0]
    assert findings("The bridge had risen from $44 million.", passage)[0][0]


# 18. A whole the source divides: what the claim says of it, the source may say of a part.
def test_a_part_of_a_whole_is_not_the_whole() -> None:
    passage = (
        "Of the 240 Tarnby mill workers whose jobs were cut, 90 took early retirement and 150 "
        "were laid off, the company said."
    )
    assert [r for ok, r in findings("Tarnby mill laid off 240 workers.", passage) if not ok] == [
        "number: claim says 240 workers, source says 150 of the 240 Tarnby mill workers"
    ]
    # the whole, said in the words the source uses for it, still agrees
    assert findings("The jobs of 240 Tarnby mill workers were cut.", passage)[0][0]


# 19. A figure the source gives as another of the claim's figures is that one, not a conflict.
def test_a_figure_matching_another_of_the_claim_s_figures_is_no_conflict() -> None:
    claim = "Orvel's repair bill now totals $70 million: $30 million in May and $40 million since."
    passage = "Orvel set aside $30 million for repairs in May."
    assert all(ok for ok, _ in findings(claim, passage)), findings(claim, passage)


# 20. "Not ... since 2009" is "the last time ... was in 2009".
def test_not_since_a_date_is_the_last_time() -> None:
    claim = "Tarnby had not imposed a curfew since 2011."
    for passage in (
        "The last time Tarnby imposed a curfew was in 2011.",
        "It is the first time Tarnby has imposed a curfew since 2011.",
    ):
        assert not [r for ok, r in findings(claim, passage) if not ok], passage
        assert stance(claim, passage, similarity=0.9)[0] == Stance.SUPPORTS
    assert stance(claim, "Tarnby imposed a curfew in 2019.", similarity=0.9)[0] != (Stance.SUPPORTS)


# 21. A number that names ("Stage 3", "Pier 4") is a name: another one is another thing.
def test_a_number_that_names_is_compared_as_a_name() -> None:
    kinds = [(q.text, q.kind) for q in quantities.extract("Tarnby moved to Phase 3 in May.")]
    assert kinds == [("3", "label")]
    assert not [
        r for ok, r in findings(
            "Tarnby's Phase 3 rules began in May.", "Tarnby's Phase 2 rules began in March."
        ) if not ok and r.startswith(("number", "name"))
    ]  # fmt: skip
    assert (
        stance(
            "Tarnby moved to Phase 3 in May.", "Tarnby moved to Phase 2 in May.", similarity=0.9
        )[0]
        != Stance.SUPPORTS
    )
    assert [q.kind for q in quantities.extract("It was in phase 3 of 4.")] == ["number", "number"]


# 22. A claim about every member of a set needs a source that says it of all of them.
@pytest.mark.parametrize(
    ("passage", "supported"),
    [
        ("Tarnby's bus ridership rose from 2.1 million in 2019 to 2.6 million in 2024.", False),
        ("Tarnby's bus ridership has risen every year since 2019.", True),
        ("Tarnby's bus ridership has risen for five straight years since 2019.", True),
    ],
)
def test_every_year_needs_a_source_that_says_every_year(passage: str, supported: bool) -> None:
    got, reasons = stance("Tarnby's bus ridership has risen every year since 2019.", passage, 0.9)
    assert (got == Stance.SUPPORTS) == supported, reasons


# 23. A negation conflicts only where all of what the claim denies is stated.
def test_a_negation_needs_what_it_denies_stated() -> None:
    claim = "No one was hurt by the faulty Orvel heaters."
    got, reasons = stance(claim, "About 40% of the faulty Orvel heaters have been returned.", 0.9)
    assert got != Stance.CONFLICTS, reasons
    got, reasons = stance(claim, "Two people were hurt by the faulty Orvel heaters.", 0.9)
    assert got == Stance.CONFLICTS, reasons


# 24. Votes and scores are compared as pairs; "unanimously" is a vote with none against.
@pytest.mark.parametrize(
    ("claim", "passage", "agrees"),
    [
        ("The Tarnby council voted 5-4 to close the pool.",
         "The Tarnby council voted 6-3 on Monday to close the pool.", False),
        ("The Tarnby council voted 6-3 to close the pool.",
         "The Tarnby council voted 6-3 on Monday to close the pool.", True),
        ("The Tarnby council unanimously voted to close the pool.",
         "The Tarnby council voted 6-3 on Monday to close the pool.", False),
        ("The Tarnby council unanimously voted to close the pool.",
         "The Tarnby council voted to close the pool. Councillor Ada Roe cast the lone vote "
         "against.", False),
        ("The Tarnby council voted 9-0 to close the pool.",
         "The Tarnby council voted unanimously to close the pool.", True),
    ],
)  # fmt: skip
def test_a_vote_is_compared_as_a_pair(claim: str, passage: str, agrees: bool) -> None:
    votes = [(ok, r) for ok, r in findings(claim, passage) if r.startswith("vote")]
    assert votes and all(ok == agrees for ok, _ in votes), findings(claim, passage)
    assert (stance(claim, passage, 0.9)[0] == Stance.CONFLICTS) != agrees


def test_a_tally_is_read_as_one_figure() -> None:
    assert [(q.text, q.kind, q.value, q.against) for q in quantities.extract(
        "Members ratified the deal by a vote of 301 to 44."
    )] == [("301 to 44", "tally", 301.0, 44.0)]  # fmt: skip
    assert [q.kind for q in quantities.extract("Sales rose 8% to $4 billion.")] == [
        "percentage",
        "amount",
    ]


# 25. An attribution names its speaker: the same words from another named speaker conflict.
def test_the_same_words_from_another_speaker_conflict() -> None:
    claim = "Tarnby mayor Ida Berg said the pool closure reflected falling visitor numbers."
    other = "Tarnby council leader Tom Vik said the pool closure reflected falling visitor numbers."
    assert [r for ok, r in findings(claim, other) if not ok] == [
        "speaker: claim says Ida Berg said it, source says Tom Vik"
    ]
    assert stance(claim, other, 0.9)[0] == Stance.CONFLICTS
    # a speaker the source names only by a pronoun, or the same speaker, is no conflict
    for passage in (
        "She said the pool closure reflected falling visitor numbers.",
        "Mayor Ida Berg said the pool closure reflected falling visitor numbers.",
        "The council had said the pool closure reflected falling visitor numbers, Berg noted.",
    ):
        assert not [r for ok, r in findings(claim, passage) if r.startswith("speaker")], passage


# 26. A claim about what is arranged to happen is stated by a source's plain future.
@pytest.mark.parametrize(
    ("claim", "passage", "supported"),
    [
        ("Tarnby is closing its Quay Street pool.", "Tarnby will close its Quay Street pool.",
         True),
        ("Tarnby is closing its Quay Street pool.",
         "The council said Tarnby would close its Quay Street pool.", True),
        ("Tarnby's Quay Street pool reopens on June 2.",
         "Tarnby's Quay Street pool will reopen on June 2.", True),
        # done, against a plan: not the same
        ("Tarnby closed its Quay Street pool.", "Tarnby will close its Quay Street pool.", False),
        # an expectation is still a hedge
        ("Tarnby is closing its Quay Street pool.",
         "Tarnby is expected to close its Quay Street pool.", False),
    ],
)  # fmt: skip
def test_a_plan_is_stated_by_a_plain_future(claim: str, passage: str, supported: bool) -> None:
    got, reasons = stance(claim, passage, 0.9)
    assert (got == Stance.SUPPORTS) == supported, reasons


# 27. What a window says of one person is not said of the next sentence's.
def test_a_relation_said_of_another_person_is_missing() -> None:
    passage = (
        "Under the deal, Labour leader Ana Dumas will become mayor. Green leader Olev Tamm "
        "stays on as deputy mayor."
    )
    got, reasons = stance("Green leader Olev Tamm will become mayor.", passage, 0.9)
    assert got == Stance.NEUTRAL, reasons
    assert "not every part of the claim is stated here: relation 'leader become mayor'" in (reasons)
    got, reasons = stance("Labour leader Ana Dumas will become mayor.", passage, 0.9)
    assert got == Stance.SUPPORTS, reasons


# 28. A compound's head is what is counted ("84 bus routes" are routes), and "new" counts
# what was added, not what there is.
def test_a_compound_counts_its_last_noun() -> None:
    got = [
        (q.text, q.unit) for q in quantities.extract("Tarnby runs 84 bus routes with 62 drivers.")
    ]
    assert got == [("84 bus routes", "rout"), ("62 drivers", "driver")]
    assert findings("Tarnby hired 14 bus drivers.", "Tarnby runs 84 bus routes.") == []
    # the compound's first noun must be said too; no partitive is read from it
    assert findings("Tarnby has 14 bus drivers.", "Tarnby blamed a shortage of 14 drivers.") == []
    assert findings("Tarnby has 14 bus drivers.", "Tarnby has 14 bus drivers.")[0][0]


def test_new_ones_are_not_all_of_them() -> None:
    assert [q.change for q in quantities.extract("Tarnby hired 14 new bus drivers.")] == [True]
    assert not [
        r for ok, r in findings("Tarnby hired 14 new bus drivers.", "Tarnby has 62 bus drivers.")
        if not ok
    ]  # fmt: skip


# 29. A correction says wrong what follows its cue, not the headline it quotes before it.
def test_a_correction_is_wrong_about_what_follows_its_cue() -> None:
    passage = (
        'A story on May 2 ("Tarnby pool visits top 40,000") incorrectly stated that the pool '
        "had 14,000 visits in April. The correct figure is 41,200 visits, as the headline stated."
    )
    got, reasons = stance("The Tarnby pool had 14,000 visits in April.", passage, 0.9)
    assert got == Stance.CONFLICTS, reasons
    got, reasons = stance("The Tarnby pool had 41,200 visits in April.", passage, 0.9)
    assert got != Stance.CONFLICTS, reasons


# 30. Ranges that only touch do not agree; "within" is an upper bound.
def test_two_weeks_is_not_three_weeks() -> None:
    assert findings(
        "The bridge reopened within two weeks of the flood.",
        "Three weeks after the flood, the bridge reopened to traffic.",
    ) == [(False, "duration: claim says within two weeks, source says Three weeks")]
    assert findings(
        "The pool reopened after two weeks.", "The pool reopened after two weeks of repairs."
    )[0][0]


# 31. A season of a year is a span of months: spring is not the fall.
def test_a_season_is_a_date() -> None:
    from factcheck.language import dates

    spring, fall = dates.extract("It opens in spring 2027, not in the fall of 2027.")
    assert (spring.season, spring.year, fall.season) == ("spring", 2027, "fall")
    assert not dates.agrees(spring, fall)
    (april,) = dates.extract("It opens in April 2027.")
    assert dates.agrees(spring, april) and not dates.agrees(fall, april)
    assert dates.extract("Prices fall 2% in most years.") == []


# 32. A day or a month, and the first word after a dateline's dash, are not who a figure is
# said of.
def test_a_weekday_or_a_dateline_opener_is_no_subject() -> None:
    (fare,) = quantities.extract(
        "LINDEN, May 4 - Tram riders paid the new $2.40 fare for the first time on Friday."
    )
    assert fare.names == frozenset()
    assert findings(
        "The new tram fare in Linden is $2.60.",
        "LINDEN, May 4 - Tram riders paid the new $2.40 tram fare for the first time on Friday.",
    ) == [(False, "amount: claim says $2.60, source says $2.40")]


# 33. Who voted which way: "voted for" and "voted against" of the same person conflict.
@pytest.mark.parametrize(
    ("claim", "conflict"),
    [
        ("Councillor Ines Duarte voted for the parking levy.", True),
        ("Councillor Ines Duarte voted against the parking levy.", False),
        ("Councillor Paul Brandt voted for the parking levy.", False),
    ],
)  # fmt: skip
def test_a_vote_for_is_not_a_vote_against(claim: str, conflict: bool) -> None:
    passage = (
        "Councillor Ines Duarte and Mayor Lee Park voted against the levy, and Paul Brandt "
        "voted for it."
    )
    got = [r for ok, r in findings(claim, passage) if not ok]
    assert got == (["vote: claim says voted for, source says voted against"] if conflict else [])


# 34. A figure said of a named thing conflicts only with a passage that names it.
def test_a_figure_of_a_named_thing_needs_the_name() -> None:
    claim = "The Osprey can carry 180 passengers."
    other = '"We carried 2.3 million passengers last year."'
    assert not [r for ok, r in findings(claim, other) if not ok]
    assert findings(claim, "The Osprey can carry 120 passengers.") == [
        (False, "number: claim says 180 passengers, source says 120 passengers")
    ]


# 35. What a figure counts: not the word after a comma, not a model's name before its noun;
# a model's code is a name.
def test_what_a_figure_counts() -> None:
    (elided, noise) = quantities.extract("Complaints rose to 61, including 14 noise complaints.")
    assert elided.unit != "includ" and noise.unit == "complaint"
    units = {q.text: (q.kind, q.unit) for q in quantities.extract(
        "The firm sold about 640,000 Aria 12S phones and 90,000 Nova tablets."
    )}  # fmt: skip
    assert units["about 640,000 Aria 12S phones"] == ("number", "phone")
    assert units["12"] == ("label", "@aria")
    assert units["90,000 Nova tablets"] == ("number", "tablet")


# 36. "Rose 4 percent" and "a 4% increase" are changes; "rose to 4 percent" is a level.
def test_a_change_is_told_from_a_level() -> None:
    changes = {q.text: q.change for q in quantities.extract(
        "Bus journeys rose 4 percent, a 4% increase, to 2.1 million; fares rose to $3."
    )}  # fmt: skip
    assert changes == {"4 percent": True, "4%": True, "2.1 million": False, "$3": False}


# 37. A figure written with decimals is as exact as its last digit: $3.25 is not $3.10; a round
# figure still allows for rounding.
def test_a_figure_with_decimals_is_exact() -> None:
    (a,) = quantities.extract("The toll is $4.25.")
    (b,) = quantities.extract("The toll is $4.10.")
    (c,) = quantities.extract("The toll is $4.26.")
    assert not quantities.agrees(a, b) and not quantities.agrees(a, c)
    (one,) = quantities.extract("It cost $1 billion.")
    (more,) = quantities.extract("It cost $1.02 billion.")
    assert quantities.agrees(one, more)


# 38. A forecast, a target or guidance measures the plan, not the outcome.
def test_a_forecast_is_not_the_outcome() -> None:
    got = findings(
        "Third-quarter sales rose to $1.30 billion.",
        "The company had issued a third-quarter sales forecast of $1.40 billion to $1.50 billion.",
    )
    assert not [r for ok, r in got if not ok]
    assert findings(
        "Third-quarter sales rose to $1.30 billion.", "Third-quarter sales rose to $1.42 billion."
    ) == [(False, "amount: claim says $1.30 billion, source says $1.42 billion")]


# 39. A plan's date given as the earlier one ("which it had promised by spring 2027") is
# replaced by the one the sentence now gives.
def test_a_moved_date_replaces_the_promised_one() -> None:
    got = findings(
        "The ferry line will open the new pier in spring 2027.",
        "The ferry line said the new pier, which it had promised by spring 2027, will now open "
        "in the fall of 2027.",
    )
    assert [r for ok, r in got if not ok] == [
        "date: claim says spring 2027, source says fall of 2027, now in place of spring 2027"
    ]


# 40. A statement reported and then checked: the check must be about what the claim says.
def test_a_check_must_be_about_the_claim() -> None:
    claim = "Harbourline will add late-night sailings in May."
    said = "Harbourline said it would add late-night sailings in May."
    unrelated = "Figures from the port authority show 41,000 passengers in April."
    related = "Figures from the port authority show late-night sailings on the May timetable."
    assert "reported, then checked" not in " ".join(stance(claim, f"{said} {unrelated}")[1])
    assert "reported, then checked" in " ".join(stance(claim, f"{said} {related}")[1])


# 41. How it happened is part of the claim: "unanimously" is not stated by a headline that
# does not say it.
def test_a_manner_adverb_must_be_stated() -> None:
    claim = "The Linden council approved the tram levy unanimously."
    sure = Reading(supports=0.8, conflicts=0.1, neutral=0.1)
    got, _ = stance(claim, "Linden council approves tram levy.", learned=sure)
    assert got != Stance.SUPPORTS
    assert stance(claim, "The Linden council unanimously approved the tram levy.")[0] == (
        Stance.SUPPORTS
    )


# 42. "Up from its first estimate of $X": X is the figure the new one replaced.
def test_up_from_an_earlier_estimate_is_replaced() -> None:
    passage = (
        "The new roof will cost $3.4 million, the college said, up from its first estimate of "
        "$2.6 million."
    )
    assert [r for ok, r in findings("The college's new roof will cost $2.6 million.", passage)
            if not ok] == [
        "amount: claim says $2.6 million, source says $3.4 million, revised from $2.6 million"
    ]  # fmt: skip


# 43. A dateline's date is when a story was filed: it may agree with a claim's month, never
# conflict with the day of what the story reports.
def test_a_dateline_date_is_not_the_event_date() -> None:
    passage = "LINDEN, Nov. 18 - A survey found tram ridership fell after the fare rise."
    assert not [r for ok, r in findings("Linden's tram fare rose on Nov. 1.", passage) if not ok]
    assert findings("Tram ridership in Linden fell in November.", passage) == [
        (True, "date: claim says November, source says Nov. 18")
    ]


# 44. A speaker's "we" is the speaker's: a figure in a quote is not said of the thing the
# sentence before names.
def test_a_speakers_we_is_not_the_named_thing() -> None:
    from factcheck.stance.rules import compare as compare_with

    claim = analyse("The Osprey can carry 180 passengers.")
    context = "The Osprey seats 180 passengers."
    quote = analyse('"We carried 2.3 million passengers last year," the chief executive said.')
    plain = analyse("It can carry 120 passengers, the builder said.")
    assert not compare_with(claim, quote, context).conflicts
    assert compare_with(claim, plain, context).conflicts


# 45. A common noun that opens a sentence is capitalized, not a name: it is no actor to find.
@pytest.mark.parametrize(
    ("claim", "names"),
    [
        ("Regulators approved the tram levy.", []),
        ("Homelessness is at its lowest level since 2011.", []),
        ("Scrapping the levy would cost $2 million.", []),
        ("Ostrava approved the tram levy.", ["Ostrava"]),
        ("Councillor Duarte opposed the levy.", ["Councillor", "Duarte"]),
    ],
)  # fmt: skip
def test_a_common_noun_opening_a_sentence_is_no_name(claim: str, names: list[str]) -> None:
    assert [t.text for t in analyse(claim).names] == names


# 46. Words of one meaning in news copy are found for each other.
def test_synonyms_are_found_for_each_other() -> None:
    comp = compare(
        analyse("All 120 riders were moved to another tram."),
        analyse("All 120 passengers were transferred to another tram."),
    )
    assert comp.coverage == 1.0


# 47. A request made of someone is not what they did.
def test_a_request_is_not_the_deed() -> None:
    got, reasons = stance(
        "The Linden council agreed to reopen the tram depot.",
        "Residents have asked the Linden council to reopen the tram depot.",
    )
    assert got != Stance.SUPPORTS


# 48. A figure in another speaker's words is not the claim's actor's: the claim's figure must
# stand in a sentence of its actor, not of someone the claim does not name.
def test_a_figure_said_by_another_speaker_is_missing() -> None:
    got, reasons = stance(
        "The Budget Committee found a 9-million-euro gap in the tram budget.",
        "The mayor said the tram budget had a 9-million-euro gap. The Budget Committee found a "
        "gap in the tram budget",
    )
    assert got != Stance.SUPPORTS


# 49. A participle with "by" before a name is passive: "the album, released by Geffen" says
# Geffen released it.
def test_a_reduced_passive_is_turned_round() -> None:
    from factcheck.language.roles import relations
    from factcheck.language.tokens import tokenize

    text = "Brightwater, released in 2019 by Harbor Records, sold well."
    (rel,) = relations(text, tokenize(text))
    assert (rel.subject_text, rel.verb.text, rel.object_text) == (
        "Harbor Records",
        "released",
        "Brightwater",
    )


# 50. The day of the week is part of a claim's date; a name's generic last word is not the name.
def test_a_weekday_and_a_generic_last_word_must_be_stated() -> None:
    got, _ = stance(
        "Ada Brennan was born on Monday March 3, 1902.", "Ada Brennan was born on 3 March 1902."
    )
    assert got != Stance.SUPPORTS
    got, _ = stance(
        "Millford lies on the Osk River.", "Millford lies on the Tarrow River, east of Osk."
    )
    assert got != Stance.SUPPORTS


# 51. A negation whose clause names the claim's actor with a pronoun ("she did not cast a
# deciding vote") is in scope; a "not" in another clause ("6-3, not 5-4") does not stand for it.
def test_a_negation_with_a_pronoun_subject_is_in_scope() -> None:
    got, reasons = stance(
        "Mayor Ines Duarte cast the deciding vote on the tram levy.",
        "The council voted 6-3, not 5-4, and Mayor Ines Duarte voted with the majority; she "
        "did not cast a deciding vote.",
    )
    assert got == Stance.CONFLICTS
    assert reasons == ["negation: claim is affirmative, source says 'not'"]


# 52. A name's number ("Gate 7") pins no event: a passage that names it and says nothing of
# what the claim says happened does not state the claim.
def test_a_label_pins_no_event() -> None:
    got, _ = stance("Gate 7, the north entrance, is being demolished.", "Gate 7 will stay open.")
    assert got != Stance.SUPPORTS


# 53. A year-like number that counts things is a count ("would create 2000 jobs"), and a
# bracketed comparison's year ("(2024: 1,980,000)") is not the date of the figure before it.
def test_a_count_is_not_a_year_and_a_bracketed_year_is_an_aside() -> None:
    from factcheck.language import dates

    assert dates.extract("The tram would create 2000 jobs.") == []
    assert [d.text for d in dates.extract("It opened in 2000 with 12 staff.")] == ["2000"]
    assert findings(
        "Renata Voss said the tram would create 2000 jobs.",
        "Voss said in 2025 the tram would create 2,000 jobs.",
    ) == [(True, "number: claim says 2000 jobs, source says 2,000 jobs")]
    assert not [r for ok, r in findings(
        "Linden Airport handled about 2.1 million passengers in 2025.",
        "Passengers handled, Linden Airport: 2,140,000 (2024: 1,980,000).",
    ) if not ok]  # fmt: skip


# 54. A count before a noun ("the two closures") says how many, not what kind: it does not make
# the figure beside it another measure.
def test_a_count_word_is_no_modifier() -> None:
    assert findings(
        "The Linden depot closures will save about 420000 euros a year.",
        "The two closures will save about 420,000 euros a year, the board said.",
    ) == [(True, "amount: claim says about 420000 euros, source says about 420,000 euros")]


# 55. Most of the words and every figure said of the same thing outweigh the learned model's
# reading of a conflict that no part of the claim names.
def test_pinned_words_outweigh_the_models_unnamed_conflict() -> None:
    wrong = Reading(supports=0.2, conflicts=0.75, neutral=0.05)
    got, _ = stance(
        "The depot closures will save about 420000 euros a year.",
        "The two closures will save about 420,000 euros a year, the board said.",
        learned=wrong,
    )
    assert got == Stance.SUPPORTS


# 56. A correction's "A story on May 2 said ..." reports what was wrong.
def test_a_correction_says_what_the_story_said_was_wrong() -> None:
    from factcheck.language.polarity import CORRECTED

    assert CORRECTED.search("A Linden Post story on May 2 said the depot closed on Friday.")
    assert CORRECTED.search("The story also said 300 people attended.")
    assert not CORRECTED.search("The report said 300 people attended.")


# 57. An opposite said of a name the claim does not give turns round nothing the claim says:
# "close Eastgate ..., but kept Kingsmead open" still states "close Eastgate".
def test_an_opposite_said_of_another_name_is_no_reversal() -> None:
    passage = "The board voted 5-2 to close the Ashby and Nettle Lane depots but kept Corran open."
    assert stance("The board voted 5-2 to close the Ashby and Nettle Lane depots.", passage)[0] == (
        Stance.SUPPORTS
    )
    assert stance("The board voted to close the Corran depot.", passage)[0] != Stance.SUPPORTS


# 58. A change has a direction: "rose 3%" and "fell 3%" are the same size the other way.
def test_a_change_has_a_direction() -> None:
    assert findings("Ticket revenue rose 3% last year.", "Ticket revenue fell 3% last year.") == [
        (False, "percentage: claim says 3% up, source says 3% down"),
        (False, "direction: claim says 'rose', source says 'fell'"),
    ]
    assert findings("Ticket revenue rose 3% last year.", "Ticket revenue grew 3% last year.")[0][0]


# 59. A party's own plan in its own voice ("A: We plan to open ...") is the evidence of what it
# plans; its account of what it achieved, or of what its plan will bring, is not.
def test_a_party_s_own_plan_is_evidence_of_the_plan() -> None:
    from factcheck.language.polarity import own_plan

    claim = "The Ferrow Trust plans to open a clinic in Dunmere by 2028."
    assert own_plan(claim, "A: We plan to open a clinic in Dunmere by 2028, with two doctors.")
    assert own_plan(claim, "Our goal is to open a clinic in Dunmere by 2028.")
    assert own_plan("The Trust has applied for $4 million.", "We have applied for $4 million.")
    assert not own_plan(claim, "The Trust plans to open a clinic in Dunmere by 2028.")
    assert not own_plan("The Trust opened a clinic in Dunmere.", "We opened a clinic in Dunmere.")
    assert not own_plan(
        "The clinic will create 40 jobs.", "We will create 40 jobs at the Dunmere clinic."
    )
    plan = "A: At the Ferrow Trust we plan to open a clinic in Dunmere by 2028."
    got, reasons = stance(claim, plan)
    assert got == Stance.SUPPORTS
    assert "a party's own plan, in its own words: evidence of the plan" in reasons
    boast = stance(
        "The Ferrow Trust has hired 40 nurses in Dunmere.",
        "MARA VELL: We have hired 40 nurses in Dunmere.",
    )
    assert boast[0] != Stance.SUPPORTS


# 60. Shares and factors in words are figures: "two-thirds", "a fifth of", "two in five", "four
# of every five", "fivefold", with the bound said before them ("fewer than two in five").
@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("Riders cut their trips by about a fifth.", 20.0, "approx"),
        ("The fund covers only about two-thirds of the cost.", 200 / 3, "approx"),
        ("Fewer than two in five tickets were refunded.", 40.0, "lt"),
        ("Nearly one in four riders backed it.", 25.0, "near"),
        ("It holds four of every five berths.", 80.0, "eq"),
        ("Half of the 12 trustees voted.", 50.0, "eq"),
        ("Complaints rose roughly fivefold.", 5.0, "approx"),
        ("Profit more than doubled.", 2.0, "gt"),
    ],
)  # fmt: skip
def test_shares_and_factors_in_words(text: str, value: float, bound: str) -> None:
    q = quantities.extract(text)[0]
    assert (round(q.value, 2), q.bound) == (round(value, 2), bound)


@pytest.mark.parametrize(
    "text",
    ["She won a third term in 2026.", "In the third quarter, sales rose.",
     "Fares rose 5 in 10 days.", "The A4 and COVID-19 in 2021."],
)  # fmt: skip
def test_ordinals_durations_and_codes_are_no_shares(text: str) -> None:
    assert not [q for q in quantities.extract(text) if q.unit == "%"]


def test_a_share_in_words_is_compared_with_a_percentage() -> None:
    assert findings(
        "Fewer than two in five of the recalled kettles were returned.",
        "About 38% of the recalled kettles were returned by June.",
    ) == [(True, "percentage: claim says Fewer than two in five, source says About 38%")]


# 61. A change the passage states as two figures ("$610 million, up from $480 million") is a
# change of $130 million, 1.27 times and 27%; it supports a claim of that change, and never
# conflicts with one (what the two figures count, the sentence says loosely).
def test_a_change_stated_as_two_figures() -> None:
    passage = "The bridge is now expected to cost $610 million, up from the $480 million estimate."
    assert findings("The bridge's cost has climbed by $130 million.", passage)[0] == (
        True,
        "amount: claim says $130 million, source says $610 million, up from the $480 million",
    )
    fines = "Officers logged 86 complaints in April, up from 17 in March."
    assert findings("Complaints rose roughly fivefold in April.", fines)[0][0]
    assert not findings("The bridge's cost has fallen by $130 million.", passage)
    assert not [ok for ok, _ in findings("The bridge's cost has climbed by $200 million.", passage)]


# 62. Percentage points are a difference of two percentages, not a percentage: "fell 1.3
# points" is "fell 1.3 percentage points" and "to 6.1% from 7.4%", never "fell 1.3%".
def test_percentage_points_are_not_percentages() -> None:
    def percentages(claim: str, passage: str) -> list[tuple[bool, str]]:
        return [f for f in findings(claim, passage) if f[1].startswith("percentage")]

    points = "Joblessness has fallen 1.3 points since 2021."
    stated = "The jobless rate has fallen by 1.3 percentage points since 2021."
    assert percentages(points, stated) == [
        (True, "percentage: claim says 1.3 points, source says 1.3 percentage points")
    ]
    assert percentages(points, "The jobless rate fell to 6.1% from 7.4% in 2021.") == [
        (True, "percentage: claim says 1.3 points, source says 6.1% from 7.4%")
    ]
    assert not percentages(
        "Joblessness has fallen 1.3% since 2021.",
        "The jobless rate has fallen by 1.3 percentage points since 2021.",
    )


# 63. A count of one side of a vote ("with only one member voting against", "seven in favour")
# is read against the vote's tally ("voted 8-1").
def test_a_count_of_one_side_of_a_vote() -> None:
    passage = "The county licensing board voted 6-1 on Monday to renew the Pellow quarry permit."
    assert findings("The board renewed the permit with one member voting against.", passage) == [
        (True, "vote: claim says one member voting against, source says 6-1")
    ]
    assert findings("Six members voted in favour of renewing the permit.", passage)[0][0]
    assert findings("Two members voted against renewing the permit.", passage) == [
        (False, "vote: claim says Two members voted against, source says 6-1")
    ]


# 64. The occasion of a statement ("in the debate", "told the hearing") is named by the
# document's headline or the sentences before the passage, not by each sentence.
def test_the_occasion_of_a_statement_may_be_named_by_the_headline() -> None:
    claim = analyse("Tamsin Orr said at the hearing that the quarry would close.")
    passage = analyse("TAMSIN ORR: The quarry will close.")
    titled = compare(claim, passage, "Transcript of the permit hearing, May 4")
    untitled = compare(claim, passage, "Transcript, May 4")
    assert "hearing" not in titled.unmatched
    assert "hearing" in untitled.unmatched


# 65. A figure written to its last digit is exact: "28 students" is not "29 students", nor
# "340" "350"; a round figure allows for rounding ("340" for 345).
@pytest.mark.parametrize(
    ("claim", "source", "agree"),
    [("28 students", "29 students", False), ("340 jobs", "350 jobs", False),
     ("340 jobs", "345 jobs", True), ("$1 billion", "$1.02 billion", True),
     ("about 700 jobs", "650 jobs", True)],
)  # fmt: skip
def test_exact_and_round_figures(claim: str, source: str, agree: bool) -> None:
    a, b = quantities.extract(claim)[0], quantities.extract(source)[0]
    assert quantities.agrees(a, b) is agree


# 66. An attributive hedge describes its noun ("a tentative agreement"), not the statement: it
# hedges a claim only about that noun.
def test_an_attributive_hedge_hedges_its_noun() -> None:
    from factcheck.language.polarity import hedges
    from factcheck.language.tokens import tokenize

    passage = tokenize("They reached a tentative agreement, ending a strike that lasted nine days.")
    assert hedges(passage) == ["tentative"]
    strike = frozenset(t.stem for t in tokenize("The strike lasted nine days."))
    deal = frozenset(t.stem for t in tokenize("They reached an agreement."))
    assert hedges(passage, strike) == []
    assert hedges(passage, deal) == ["tentative"]


# 67. A partitive counts the noun after "of" ("31 of the district's schools"); a correction that
# rejects the claim's very figure ("13 of the 71 routes, not 31") gives the partitive's part in
# its place, not the whole, and is about the claim's figure whether or not it names its actors;
# a figure of a narrower kind ("40 registered nurse positions, not 140") replaces only a figure
# of that kind.
def test_partitives_and_what_a_correction_replaces() -> None:
    schools = quantities.extract("They closed all 31 of the district's schools on Monday.")
    assert [(q.text, q.unit) for q in schools] == [("31 of the district's schools", "school")]
    passage = "Ferries ran late on 13 of the 71 sailings in the first week, not 31."
    assert findings("Ferries ran late on 31 sailings in the first week of the Tidewater deal.",
                    passage) == [
        (False, "number: claim says 31 sailings, source says 13 of the 71 sailings, not 31 "
                "sailings")
    ]  # fmt: skip
    nurses = "The notice lists 40 registered nurse positions, not 140."
    assert findings("The cuts included 140 nursing positions.", nurses)[0][0] is False
    assert not [ok for ok, _ in findings("About 140 of the positions were at Ashby.", nurses)]


# 68. A dateline's date is when the story was filed, not the day of the event: it agrees with
# no claim's day ("March 3" of a story filed March 3 about "Monday night"); a time of day the
# claim gives ("on the morning of") must be stated.
def test_a_dateline_is_no_day_of_the_event_and_a_time_of_day_must_be_stated() -> None:
    filed = "BRAMLEY, March 3, 2026 — The bridge closed on Monday night, the council said."
    assert not [ok for ok, r in findings("The bridge closed on March 3.", filed) if ok]
    got, reasons = stance(
        "The bridge closed on the morning of May 4.", "The bridge closed on May 4, officials said."
    )
    assert got != Stance.SUPPORTS
    assert "'morning'" in " ".join(reasons)


# 69. A correction's cue reaches its own sentence: "misidentified Ana Roy. She is the
# finance director, not its legal director" says the second sentence is right, and its
# contrastive "not" denies only what it adds.
def test_a_correction_s_cue_and_a_contrastive_not() -> None:
    passage = (
        "A story on May 4 misidentified Ana Roy. She is Fenwick Water's finance director, not "
        "its legal director."
    )
    right = stance("Ana Roy is Fenwick Water's finance director.", passage)
    assert right[0] != Stance.CONFLICTS
    assert "set aside: the negation is in a clause about something else" in right[1]
    assert stance("Ana Roy is Fenwick Water's legal director.", passage)[0] == Stance.CONFLICTS


# 70. Who a passive verb with no agent was done to did not do it: "Fenwick Water has been cited
# for three breaches" turns round "Fenwick Water cited the regulator".
def test_a_passive_without_an_agent_turns_the_roles_round() -> None:
    passage = "Fenwick Water has been cited for three breaches of the discharge rules."
    assert (
        False, "roles: claim says Fenwick Water cited, source says Fenwick Water was cited"
    ) in findings("Fenwick Water cited the River Board for three breaches.", passage)  # fmt: skip
    assert not [
        ok for ok, r in findings("The River Board cited Fenwick Water for three breaches.", passage)
        if not ok
    ]  # fmt: skip


# 71. A figure another verb governs counts another thing: "killed one miner and trapped 13
# others" is no count of the miners trapped.
def test_a_figure_of_another_verb_is_no_conflict() -> None:
    passage = "The flood killed one resident and stranded 40 others in Ashby."
    assert not [ok for ok, r in findings("Forty residents were stranded in Ashby.", passage)
                if not ok and "one resident" in r]  # fmt: skip
    assert findings("Two residents were killed in Ashby.", passage)[0][0] is False


# 72. Where the rules alone judge, a small count that agrees does not carry what happens:
# "three neighbouring mines joined the rescue" is no "three other mines use the same supports".
def test_a_small_count_alone_carries_nothing() -> None:
    got, reasons = stance(
        "At least three other depots in the county use the same brakes.",
        "Crews from three neighbouring depots joined the search on Tuesday.",
    )
    assert got != Stance.SUPPORTS


# 73. A story's weekdays count back from its dateline: "on Monday night" in a story filed
# Tuesday, March 3, 2026 is March 2; "next Monday" is not counted.
def test_weekdays_count_back_from_the_dateline() -> None:
    filed = "ASHBY, March 3, 2026 — The bridge closed on Monday night after a barge struck it."
    assert findings("The Ashby bridge closed on March 2.", filed) == [
        (True, "date: claim says March 2, source says Monday (Mar 2)")
    ]
    assert not [ok for ok, _ in findings("The Ashby bridge closed on March 3.", filed) if ok]
    due = "ASHBY, March 3, 2026 — The bridge will reopen next Monday, the council said."
    assert not findings("The Ashby bridge will reopen on March 2.", due)


# 74. A document's date ("an article on Sept. 10 about the fare vote") names the document; it
# says nothing of when what the article reports happened.
def test_a_document_s_date_is_no_date_of_the_event() -> None:
    passage = "A Harbour Post article on Sept. 10 about the toll vote misstated the new toll."
    assert not [ok for ok, _ in findings("The new toll took effect on September 10.", passage)
                if ok]  # fmt: skip


# 75. A name between a figure and its noun ("286 Dunford households") says where or whose,
# which the claim's names carry, not what kind of thing is counted.
def test_a_name_before_the_counted_noun_is_no_kind() -> None:
    (q,) = quantities.extract("Aid was approved for 286 Dunford households.")
    assert (q.unit, q.compound) == ("household", frozenset())


# 76. A correction's cue corrects what its own sentence says and the sentences after it (the
# right version) do not: "said the area was evacuated. Residents were advised to leave;
# they were not ordered out" corrects "ordered to evacuate".
def test_a_correction_s_cue_and_the_right_version_after_it() -> None:
    passage = (
        "The story also said the Kell Road area was evacuated. Kell Road residents were advised "
        "to prepare to leave; they were not ordered out."
    )
    read = Reading(supports=0.64, conflicts=0.3, neutral=0.06)
    got, reasons = stance("Kell Road residents were ordered to evacuate.", passage, learned=read)
    assert got == Stance.CONFLICTS
    # and without the learned model the negation of the pronoun's clause stands
    assert stance("Kell Road residents were ordered to evacuate.", passage)[0] == Stance.CONFLICTS


# 77. "Only" says nothing else is so: a passage must say it too ("has only produced animated
# programs"); "before February 6" excludes February 6; "lacks" negates what follows.
def test_only_before_and_lacks() -> None:
    got, _ = stance(
        "Mara Venn has only directed short films.", "Mara Venn directed short films and operas."
    )
    assert got != Stance.SUPPORTS
    assert stance("Mara Venn has directed short films.", "Mara Venn directed short films.")[0] == (
        Stance.SUPPORTS
    )
    assert not findings("The final was played before May 6, 2011.",
                        "The final was played on May 6, 2011.")  # fmt: skip
    from factcheck.language.polarity import negation_cues
    from factcheck.language.tokens import tokenize

    assert negation_cues(tokenize("The island lacks a harbour."))


# 78. "Spares X" is the opposite of "closes X": "votes to close two branches, spares Kingsmead"
# does not state that the board voted to close Kingsmead.
def test_to_spare_is_not_to_close() -> None:
    got, _ = stance(
        "The Ashby board voted to close the Kelmer depot.",
        "The Ashby board votes to close two depots, spares Kelmer depot.",
    )
    assert got != Stance.SUPPORTS


# 79. A figure and a date that both differ speak of another occasion (a later count, another
# year's total), not of the claim's: neither conflicts.
def test_another_count_on_another_day_is_no_conflict() -> None:
    assert findings(
        "Officials confirmed six flu cases at the Orwell care home on March 2.",
        "Officials confirmed 23 flu cases at the Orwell care home on March 19.",
    ) == []  # fmt: skip
    # the same count on another day still conflicts on the day
    assert findings(
        "Officials confirmed six flu cases at the Orwell care home on March 2.",
        "Officials confirmed six flu cases at the Orwell care home on March 19.",
    ) == [
        (True, "number: claim says six flu cases, source says six flu cases"),
        (False, "date: claim says March 2, source says March 19"),
    ]


# 80. A correction's dated story cue with a month's abbreviation ("A story on Jan. 8 ... said
# 86%"): the figure after it is what the story said, not what is so.
def test_a_dated_cue_with_an_abbreviated_month_still_corrects() -> None:
    passage = (
        "A story on Feb. 4 about the bridge said 64% of Tollin County bridges were in good "
        "repair. The correct figure is 46%."
    )
    claim = "46% of Tollin County bridges were in good repair."
    assert not [ok for ok, _ in findings(claim, passage) if not ok]


# 81. "About" a figure written to its last digit reaches a few units of it: "about 86%" is not
# 81%; "about 700" (rounded) still reaches 640.
def test_about_a_precise_figure_stays_near_it() -> None:
    def q(text: str) -> quantities.Quantity:
        return quantities.extract(text)[0]

    assert not quantities.agrees(q("81% of nurses"), q("about 86% of nurses"))
    assert quantities.agrees(q("85% of nurses"), q("about 86% of nurses"))
    assert quantities.agrees(q("640 nurses"), q("about 700 nurses"))


# 82. A passage that uses the claim's word and its opposite of two different things ("rose to
# 64% after the new bins, up from 52% before the scheme") still states the claim.
def test_an_opposite_said_of_another_thing_beside_the_claims_word() -> None:
    passage = (
        "Alder's recycling rate rose to 64% after the new bins, up from 52% before the scheme."
    )
    got, _ = stance("Alder's recycling rate rose to 64% after the new bins.", passage)
    assert got == Stance.SUPPORTS


# 83. A correction's right version given as a bare figure ("The correct figure is 46%.") is
# said of what the corrected figure was said of.
def test_a_corrections_right_figure_takes_the_wrong_ones_subject() -> None:
    passage = (
        "A story on February 4 about the bridge said 64% of Tollin County bridges were in good "
        "repair. The correct figure is 46%."
    )
    assert findings("46% of Tollin County bridges were in good repair.", passage) == [
        (True, "percentage: claim says 46%, source says 46%")
    ]
    assert stance("64% of Tollin County bridges were in good repair.", passage)[0] != (
        Stance.SUPPORTS
    )


# 84. A date the parse hangs on another verb is the date of another act: "declared the outbreak
# over on March 9" does not date "confirmed six cases".
def test_a_date_of_another_act_is_no_conflict() -> None:
    claim = "Orwell health officials confirmed six flu cases on February 2."
    assert (
        findings(claim, "Orwell health officials declared the flu outbreak over on March 9.") == []
    )
    assert findings(claim, "Orwell health officials confirmed six flu cases on March 9.") == [
        (True, "number: claim says six flu cases, source says six flu cases"),
        (False, "date: claim says February 2, source says March 9"),
    ]


# 85. Counts the parse says are of one noun are one count, whatever words stand between ("six
# flu cases" / "23 confirmed cases"): with another date, another occasion.
def test_counts_of_one_noun_on_another_day_are_another_occasion() -> None:
    assert findings(
        "Orwell health officials confirmed six flu cases on February 2.",
        "Orwell health officials have now confirmed 23 confirmed cases, they said on March 9.",
    ) == []  # fmt: skip


# 86. A dateline may name its weekday ("HOLLIS, Thursday, March 5, 2026 —"): its date is still
# when the story was filed, and "on Wednesday" in it is March 4.
def test_a_dateline_with_its_weekday_dates_the_story_not_the_event() -> None:
    passage = (
        "HOLLIS, Thursday, March 5, 2026 — The Hollis library board voted on Wednesday to "
        "close the Elm Street branch."
    )
    claim = "The Hollis library board voted to close the Elm Street branch on March 4."
    assert findings(claim, passage) == [
        (True, "date: claim says March 4, source says Wednesday (Mar 4)")
    ]
    assert not [ok for ok, _ in findings(claim.replace("March 4", "March 5"), passage) if ok]


# 87. A correction that names what was wrong rather than quoting it ("gave the wrong vote
# count") corrects a claim of that kind only: a claim with no figure is not what it corrects.
def test_a_correction_naming_a_wrong_number_does_not_correct_a_claim_without_one() -> None:
    from factcheck.stance.engine import NAMES_A_NUMBER

    assert NAMES_A_NUMBER.search(" the wrong vote count.")
    assert NAMES_A_NUMBER.search(" an incorrect date for the hearing.")
    assert NAMES_A_NUMBER.search(" the number of branches.")
    assert not NAMES_A_NUMBER.search(" that the board approved the levy.")
    passage = (
        "A story on May 3 about the Hollis school levy gave the wrong vote count. "
        "Trustees Ana Ruiz and Ben Ito voted against the levy"
    )
    got, reasons = stance("Trustee Ana Ruiz voted against the Hollis school levy.", passage)
    assert got != Stance.CONFLICTS, reasons


# 88. A figure's counted noun is the head of its compound, which comes last ("4800 season
# ticket deposits", "four measles cases"), and a verb form ends the compound.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The club took 4800 season ticket deposits.", "deposit"),
        ("The clinic reported four measles cases.", "case"),
        ("The plant will create 300 permanent jobs.", "job"),
        ("The city runs 84 bus routes.", "rout"),
        ("Police stopped 40 buses carrying fans.", "buse"),
    ],
)  # fmt: skip
def test_a_longer_compound_counts_its_last_noun(text: str, unit: str) -> None:
    assert quantities.extract(text)[0].unit == unit


def test_a_count_of_one_noun_in_other_words_agrees() -> None:
    assert findings(
        "Hollis FC received 900 season ticket deposits.",
        "Hollis FC said it had received 900 deposits for season tickets.",
    ) == [(True, "number: claim says 900 season ticket deposits, source says 900 deposits")]


# 89. A party's own expectation, in its own voice ("we expect around 40 jobs"), is the evidence
# of what it expects; not of what will happen.
def test_a_partys_own_expectation() -> None:
    from factcheck.language.polarity import own_plan

    said = "Once the depot opens, we expect around 40 permanent jobs."
    assert own_plan("Hollis Transit expects the depot to create about 40 permanent jobs.", said)
    assert not own_plan("The Hollis depot will create 40 permanent jobs.", said)


# 90. The learned model's paraphrase stands in for the claim's words only where the embeddings
# also find the passage close to the claim: a headline that shares a name and a word ("Burst
# main leaves Hollis without water") is no paraphrase of "the chief executive resigned after
# the burst", however the cross-encoder reads it.
def test_a_paraphrase_needs_both_models() -> None:
    from factcheck.models import AtomKind, AtomStatus
    from factcheck.stance.atoms import check

    claim = analyse("Hollis Water's chief executive resigned after the burst.")
    passage = "Burst main leaves Hollis Water customers without water."
    comp = compare(claim, analyse(passage))
    sure = Reading(supports=0.7, conflicts=0.1, neutral=0.2)

    def relation(similarity: float) -> AtomStatus:
        got = check(claim, comp, [passage], 0, sure, 0.35, 0.35, similarity=similarity)
        return next(a.status for a in got.atoms if a.kind == AtomKind.RELATION)

    assert relation(0.58) == AtomStatus.MISSING
    assert relation(0.85) == AtomStatus.FOUND


# 91. A date moved "from" one "to" another ("brought forward once already, from 2030 to
# 2027"): the first is no longer the date.
def test_a_date_moved_from_one_to_another() -> None:
    passage = (
        "Its repair had been brought forward once already, from 2030 to 2027, the council said."
    )
    assert findings(
        "The Hollis bridge had been due for repair in 2030 when it failed.", passage
    ) == [(False, "date: claim says 2030, source says 2027, now in place of 2030")]
    assert findings("The Hollis bridge repair is due in 2027.", passage) == [
        (True, "date: claim says 2027, source says 2027")
    ]


# 92. Two amounts ten thousand times apart are not one measure misstated ("$12 million a
# year" raised and a "$2.50" fare); a thousandfold slip still is.
def test_amounts_orders_apart_are_not_one_measure() -> None:
    assert (
        findings(
            "The fare increase will raise $12 million a year for the Hollis transit agency.",
            "The Hollis transit board voted to raise the base fare to $2.50.",
        )
        == []
    )
    assert findings("The Hollis budget is $1.2 billion.", "The Hollis budget is $1.2 million.") == [
        (False, "amount: claim says $1.2 billion, source says $1.2 million")
    ]


# 93. The level a change verb's object reaches ("reduced the gap to $31 million") is that
# object's level, whatever the verb: the same measure as "faces a $38 million gap".
def test_a_level_reached_is_the_objects_level() -> None:
    assert findings(
        "The Hollis transit authority faces a $38 million budget gap next year.",
        "A $7 million state grant has reduced the Hollis transit authority's budget gap for next "
        "year to $31 million.",
    ) == [(False, "amount: claim says $38 million, source says $31 million")]


# 94. One side's position ("asked for a 6% raise", "offered 2%") is not a figure of what was
# agreed ("a contract that gives drivers a 4% raise"), nor the other way round.
def test_a_demand_is_no_figure_of_the_deal() -> None:
    claim = "The Hollis drivers' union asked for a 6% raise."
    deal = (
        "The Hollis transit authority and the union representing its drivers reached a contract "
        "that gives drivers a 4% raise."
    )
    assert findings(claim, deal) == []
    assert findings(claim, "The Hollis drivers' union is asking for 6%.") == [
        (True, "percentage: claim says 6%, source says 6%")
    ]
    assert findings(
        "The Hollis transit authority offered drivers a 6% raise.",
        "The Hollis transit authority has offered drivers a 2% raise.",
    ) == [(False, "percentage: claim says 6%, source says 2%")]


# 95. Two sides' figures set against each other in one sentence ("the union puts it at 85,
# while the authority says 30") are a dispute the sentence reports: neither is its own.
def test_two_sides_figures_in_one_sentence_are_a_dispute() -> None:
    passage = (
        "The two sides disagree about the driver shortage: the union puts it at 85 drivers, "
        "while the Hollis transit authority says it is 30 drivers short."
    )
    assert findings("The Hollis transit authority is short 85 drivers.", passage) == [
        (True, "number: claim says 85 drivers, source says 85 drivers, and 30 drivers too")
    ]
    got = compare(analyse("The Hollis transit authority is short 30 drivers."), analyse(passage))
    assert [(f.source, f.disputed) for f in got.findings] == [("30 drivers", "85 drivers")]
    # ... a claim about what one side said is judged on that side's words
    rally = "Police said 200 people attended the Hollis rally; organisers put the crowd at 2,000."
    assert findings("Police said 200 people attended the Hollis rally.", rally) == [
        (True, "number: claim says 200 people, source says 200 people")
    ]


# 96. Someone's figure named to be weighed ("the authority's figure of 88%") is not the
# source's own: the source's figure stands against it.
def test_a_figure_named_as_someone_elses_is_not_the_sources() -> None:
    passage = (
        "On-time performance in the first half of 2026 was 81%. The Hollis authority's figure of "
        "88% excluded cancelled trips."
    )
    got = findings("Hollis on-time performance in the first half of 2026 was 88%.", passage)
    assert (False, "percentage: claim says 88%, source says 81%, not 88%") in got
    assert not [r for ok, r in got if ok and "88%" in r]


# 97. An all-capital name is the name whose initials it spells ("DRTA", "Dunmore Regional
# Transit Authority" in the document's title).
def test_an_initialism_is_its_names_initials() -> None:
    from factcheck.language.names import initials_in

    got = initials_in("Audit of the Hollis Regional Transit Authority, ridership reporting")
    assert {"HRTA", "RTA"} <= got
    assert "HR" not in got
    claim = analyse("HRTA ridership grew 9% in 2025.")
    passage = analyse("Ridership was 2% lower in 2025, not 9% higher as the authority stated.")
    comp = compare(claim, passage, "Audit of the Hollis Regional Transit Authority")
    assert [t.text for t in claim.names if t.index in comp.in_context] == ["HRTA"]


# 98. A passage that rejects the claim's very figure is about the claim, whatever verb it uses
# ("2% lower, not 9% higher" of "grew 9%").
def test_a_rejected_figure_is_the_claims_event() -> None:
    got, reasons = stance(
        "Hollis ridership grew 9% in 2025.",
        "Hollis ridership was 2% lower in 2025, not 9% higher as the authority's release stated",
        similarity=0.6,
    )
    assert got == Stance.CONFLICTS, reasons


# 99. A source that rejects the claim's very value replaces it with the one it gives, however
# near ("$88, not $90"): never support for $90.
def test_a_rejected_value_is_replaced_however_near() -> None:
    passage = "The price of a Hollis monthly pass will rise from $80 to $88, not $90."
    assert findings("The price of a Hollis monthly pass will rise to $90.", passage) == [
        (False, "amount: claim says $90, source says $88, not $90")
    ]
    assert findings("The price of a Hollis monthly pass will rise to $88.", passage) == [
        (True, "amount: claim says $88, source says $88")
    ]


# 100. A later sentence calls a body its lead introduced by its kind ("the authority"), never
# another body of another kind ("the district" is not "Northway Transit").
def test_a_later_sentence_refers_to_the_leads_body_by_its_kind() -> None:
    from factcheck.language.names import referred_to

    lead = (
        "HOLLIS, May 4, 2026 — The Hollis Regional Transit Authority and the Hollis School "
        "District signed a bus deal with Northway Transit on Monday."
    )
    assert referred_to(lead, "The authority's budget gap fell.") == [
        "Hollis Regional Transit Authority"
    ]
    assert referred_to(lead, "The district now runs 84 bus routes.") == ["Hollis School District"]
    assert referred_to(lead, "It now runs 84 bus routes.") == []


# 101. A hedge in the clause that gives the claim's figure hedges it, however few of the claim's
# other words that clause has: "The proposal would pay for 40 new officer positions" is no
# approval of 40 positions.
def test_a_hedge_on_the_figures_clause() -> None:
    passage = (
        "KESTREL, Jan. 14, 2026 — Mayor Ana Ruiz on Monday proposed raising the Kestrel police "
        "department's budget by 12%. The proposal would pay for 40 new officer positions"
    )
    got, reasons = stance(
        "The Kestrel council approved 40 new police officer positions.", passage,
        similarity=0.8, learned=Reading(supports=0.39, conflicts=0.22, neutral=0.39),
    )  # fmt: skip
    assert got != Stance.SUPPORTS
    assert (
        "not as a fact: the source says it is planned, expected or uncertain ('would'); the "
        "claim says it happened"
    ) in reasons


# 102. A transcript turn's speaker label names who said it: "CHIEF ANA RUIZ: We have 38 funded
# positions ..." is not what the councilmember who spoke before said.
def test_a_turns_label_is_its_speaker() -> None:
    turn = "CHIEF ANA RUIZ: We have 38 funded positions we have not been able to fill."
    claim = "Councilmember Ben Ito said the department had 38 funded positions it had not filled."
    assert (
        False,
        "speaker: claim says Councilmember Ben Ito said it, source says Chief Ana Ruiz",
    ) in findings(claim, turn)


# 103. A figure the source revises from, with its date ("412 officers, down from 460 in 2020"),
# is what the claim says of that date; its date dates that figure, not the claim's; and a
# comparison's base ("fell 8% compared with 2024") dates nothing that happened.
def test_an_earlier_figure_and_its_date() -> None:
    passage = (
        "The Hollis police have 412 sworn officers, down from 460 in 2020, Chief Ana Ruiz said."
    )
    assert findings("The Hollis police had 460 sworn officers in 2020.", passage) == [
        (True, "number: claim says 460 sworn officers, source says 460 then"),
        (True, "date: claim says 2020, source says 2020"),
    ]
    assert findings("Hollis recorded 2310 car thefts in 2025.", "Car thefts rose to 2,310, from "
                    "1,640 in 2024.") == []  # fmt: skip
    assert findings(
        "Violent crime in Hollis fell 8% in 2025.",
        "Violent crime in Hollis fell 8% compared with 2024.",
    ) == [(True, "percentage: claim says 8%, source says 8%")]


# 104. The counted noun comes before any comma: "down from 460 in 2020, Police Chief ..." counts
# no police.
def test_a_counted_noun_stops_at_a_comma() -> None:
    got = quantities.extract(
        "The city has 412 officers, down from 460 in 2020, Police Chief Ruiz said."
    )
    assert [(q.text, q.unit) for q in got][1][1] != "polic"


# 105. A party's own act in its own voice, of the kind a record shows ("I signed a two-year
# extension"), is evidence of that act, as its own plan is of the plan; what its acts achieved
# ("we have put 1,200 more police on the streets") is a boast.
def test_a_partys_own_act() -> None:
    from factcheck.language.polarity import own_plan

    said = "A: No. I signed a two-year extension of my contract on April 15."
    assert own_plan("Chief Ana Ruiz signed a contract extension on April 15.", said)
    assert not own_plan("Chief Ana Ruiz retired on April 15.", said)
    boast = "We have put 1,200 more police on the streets."
    assert not own_plan("Hollis put 1,200 more police on the streets.", boast)


# 106. A figure's counted noun: a long number after a name is a count, not a model's code
# ("Ines Marlow 48977 votes"; "Route 9" stays a name); a hyphenated modifier qualifies the
# noun after it ("764 write-in votes"); a label before a colon names what the figure counts
# ("Total votes cast for the office: 101,602").
def test_long_codes_hyphenated_modifiers_and_labels() -> None:
    def units(sentence: str) -> list[tuple[str, str]]:
        return [(q.text, q.unit) for q in quantities.extract(sentence)]

    assert units("The canvass gave Ines Marlow 48977 votes.") == [("48977 votes", "vote")]
    assert units("Drivers took the Route 9 bridge.") == [("9", "@route")]
    assert units("There were 764 write-in votes.") == [("764 write-in votes", "vote")]
    assert units("The plant added 300 full-time jobs.") == [("300 full-time jobs", "job")]
    assert units("Total votes cast for the office: 101,602.") == [("101,602", "vote")]
    assert units("The audit found a 9-billion-kroner hole.")[0][1] != ""


# 107. A negation of the claim's words said of someone else, in a clause of its own, is no
# conflict where another clause states them of the claim's name: "He is the student body
# president, not a student trustee; the board's student trustee is Lena Farrow."
def test_a_negation_of_another_is_no_conflict() -> None:
    passage = (
        "He is the student body president, not a student trustee; the board's student trustee "
        "is Lena Farrow."
    )
    assert findings("Lena Farrow is the student trustee on the board.", passage) == []
    assert findings("Aaron Pike is a student trustee.", "Aaron Pike is not a student trustee.") == [
        (False, "negation: claim is affirmative, source says 'not'")
    ]


# 108. A headline says what is due with its subject and a bare infinitive ("Trustees to weigh 7%
# tuition increase"): a plan, not an act; and a hedge in the one clause that has the claim's
# verb ("who was reported last month to be preparing to resign") hedges the act, whoever that
# clause names.
@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Calder trustees approved a 7% tuition increase.",
         "Calder trustees to approve 7% tuition increase"),
        ("Gareth Molina has resigned as president of Calder State.",
         "President Gareth Molina of Calder State, who was reported last month to be preparing "
         "to resign, told the trustees on Tuesday that he would serve out his contract."),
    ],
)  # fmt: skip
def test_a_plan_in_a_headline_or_a_clause_is_not_an_act(claim: str, passage: str) -> None:
    window = Window((passage,), 0)  # a headline keeps its missing full stop
    comp = compare(analyse(claim), analyse(passage))
    learned = Reading(supports=0.8, conflicts=0.1, neutral=0.1)
    j = decide(comp, 0.8, None, learned, rule_view(comp, 0.8), analyse(claim), window)
    got, reasons = j.stance, j.reasons
    assert got != Stance.SUPPORTS
    assert any(r.startswith("not as a fact: the source says it is planned") for r in reasons)


def test_a_headline_plan_needs_no_finite_verb() -> None:
    from factcheck.language.polarity import headline_plan

    assert headline_plan("Calder trustees to weigh 7% tuition increase") == ["to weigh"]
    assert headline_plan("Council to vote on budget that raises taxes") == ["to vote"]
    assert headline_plan("Hospital workers vow to fight layoffs") == []
    assert headline_plan("The council is to vote on the budget.") == []


# 109. A figure after "by" on a verb of winning or leading is a margin, not a change ("beat
# Brennan by 212 votes"), the measure a later "her margin narrowed to 221 votes" gives: the
# verb is the margin's, and the two margins are one measure.
def test_a_margin_is_one_measure_however_it_is_said() -> None:
    later = (
        "A recount confirmed Alvarez's victory, with her margin over Brennan narrowing to 221 "
        "votes."
    )
    assert findings("Alvarez beat Brennan by 237 votes.", later) == [
        (False, "number: claim says 237 votes, source says 221 votes")
    ]
    assert findings("Alvarez beat Brennan by 221 votes.", later) == [
        (True, "number: claim says 221 votes, source says 221 votes")
    ]
    got, _ = stance("Alvarez beat Brennan by 237 votes.", later)
    assert got == Stance.CONFLICTS
    (margin,) = quantities.extract("Alvarez beat Brennan by 212 votes.")
    assert not margin.change


# 110. The names before a verb of saying in a figure's clause are its speaker's, not what the
# figure is said of: "Elections director Naomi Price said the recount cost the county about
# $84,000" gives the county's cost.
def test_the_speaker_is_not_the_figures_subject() -> None:
    passage = "Elections director Naomi Price said the recount cost the county about $84,000."
    assert findings("The recount cost Marlow County about $84000.", passage) == [
        (True, "amount: claim says about $84000, source says about $84,000")
    ]
    assert findings("The recount cost Marlow County about $237000.", passage) == [
        (False, "amount: claim says about $237000, source says about $84,000")
    ]


# 111. A noun right after a name is part of that name's phrase ("Marlow County executive"), which
# a story gives once, in its headline or lead: found in the context as the name is. A verb
# after a name is not ("Brennan conceded").
def test_a_title_after_a_name_is_read_in_the_context() -> None:
    claim = analyse("Paul Brennan was seeking a third term as Marlow County executive.")
    passage = analyse("Brennan, who is seeking a third term, told supporters to wait.")
    context = "Alvarez leads Brennan by 212 votes in Marlow County executive race"
    assert "executive" not in compare(claim, passage).matched.values()
    assert "executive" in compare(claim, passage, context).matched.values()
    verb = analyse("Paul Brennan conceded on Wednesday.")
    assert (
        "conceded" not in compare(verb, analyse("He spoke."), "Brennan conceded").matched.values()
    )


# 112. "More than 100 votes" is true of 101,602 votes only where both count one thing: far past
# its bound (OPEN_SPREAD), a figure said of something else agrees with no open range.
def test_an_open_range_is_not_met_by_any_larger_figure() -> None:
    claim = "The recount moved more than 100 votes."
    assert findings(claim, "Total votes cast for the office: 101,602.") == []
    assert findings(claim, "The recount moved 160 votes in all.") == [
        (True, "number: claim says more than 100 votes, source says 160 votes")
    ]


# 113. A figure written with its sign is a change that way ("Change: -4%", "(+40%)"); a hyphen
# inside a name is no sign ("COVID-19").
def test_a_signed_figure_is_a_change() -> None:
    (fell,) = [
        q for q in quantities.extract("Violent crime change: -4%.") if q.kind == "percentage"
    ]
    assert (fell.value, fell.change, fell.direction) == (4.0, True, -1)
    (rose,) = quantities.extract("Car thefts (+40%) rose.")
    assert (rose.change, rose.direction) == (True, 1)
    assert [q.text for q in quantities.extract("COVID-19 cases fell.")] == []
    assert findings("Violent crime fell 4% in 2025.", "Violent crime change: -4%.") == [
        (True, "percentage: claim says 4%, source says 4%")
    ]


# 114. "No" counts none of the noun it quantifies: "No uncounted ballots were found in the
# Riverside precincts" conflicts with "about 900 absentee ballots went uncounted" there, as a
# figure; "no doubt" counts no ballots.
def test_no_counts_none() -> None:
    claim = "About 900 absentee ballots went uncounted in the Riverside precincts."
    assert findings(claim, "No uncounted ballots were found in the Riverside precincts.") == [
        (False, "number: claim says About 900 absentee ballots, source says No uncounted ballots"),
        (False, "negation: claim is affirmative, source says 'No'"),
    ]
    doubt = findings(claim, "There is no doubt that 900 ballots went uncounted in Riverside.")
    assert not any("source says no" in reason for _, reason in doubt)


# 115. A wire story's dateline names its place once: "CORBIN, Jan. 8, 2027 - County health
# officials confirmed four cases of measles" speaks of Corbin County.
def test_the_datelines_place_names_the_leads_county() -> None:
    passage = (
        "CORBIN, Jan. 8, 2027 \u2014 County health officials confirmed four cases of measles on "
        "Thursday."
    )
    got, _ = stance("Corbin County health officials confirmed four measles cases.", passage)
    assert got == Stance.SUPPORTS
    other, _ = stance("Dunmore County health officials confirmed four measles cases.", passage)
    assert other != Stance.SUPPORTS


# 116. "14 of them" counts part of what the sentence just counted ("17 cases, 14 of them in
# children"); a part is never the same measure as a whole ("17 cases"); the kind of thing a
# figure counts ("measles" of "17 measles cases") may be named in the passage's context (its
# document's title), and is the figure's, not a word the relation must find.
def test_a_part_of_what_was_counted() -> None:
    passage = (
        "The outbreak ended with 17 cases, 14 of them in children who had not been vaccinated."
    )
    part = "Fourteen of the 17 cases were in children who had not been vaccinated."
    assert findings(part, passage) == [
        (True, "number: claim says Fourteen of the 17 cases, source says 14"),
        (True, "number: claim says 17 cases, source says 17 cases"),
    ]
    wrong = "Twelve of the 17 cases were in children who had not been vaccinated."
    assert findings(wrong, passage)[0] == (
        False,
        "number: claim says Twelve of the 17 cases, source says 14",
    )
    assert findings("The outbreak ended with 14 cases.", passage) == [
        (False, "number: claim says 14 cases, source says 17 cases")
    ]
    measles = analyse("The outbreak ended with 17 measles cases.")
    title = "County declares measles outbreak over"
    assert [f.supports for f in compare(measles, analyse(passage)).findings] == []
    assert [f.supports for f in compare(measles, analyse(passage), title).findings] == [True]


# 117. A date that says which of several things ("the 2023 inspection", "the September 2026
# inspection") never conflicts with another's: they are two inspections, not one misdated.
def test_a_date_that_says_which_one() -> None:
    passage = "The September 2026 inspection found a fatigue crack in floor beam 4."
    assert findings("The 2023 inspection recommended monitoring the floor beams.", passage) == []
    assert findings("The bridge was inspected in 2023.", "The bridge was inspected in 2024.") == [
        (False, "date: claim says 2023, source says 2024")
    ]


# 118. A correction that gives the wrong and the right version in one sentence ("said the
# bridge was built in 1961; it opened in 1958") corrects the first, not the second; and a verb
# turned round ("reopened ... after the county closed it") says nothing of a date it does not
# state ("opened in 1958").
def test_a_correction_keeps_its_right_version() -> None:
    correction = (
        "A Sept 8 article misstated the bridge's age. The article also said the bridge was built "
        "in 1961; it opened in 1958."
    )
    right, reasons = stance("The bridge opened in 1958.", correction)
    assert right == Stance.SUPPORTS
    wrong, reasons = stance("The bridge was built in 1961.", correction)
    assert wrong == Stance.CONFLICTS
    later = "The Harmon Street Bridge reopened on Monday, twelve weeks after the county closed it."
    assert stance("The Harmon Street Bridge opened in 1958.", later)[0] != Stance.CONFLICTS


# 119. The relation's words spread over two sentences of a window about different things
# ("Trucks heavier than 10 tons remain barred from the bridge. Pedestrians can use the bridge
# again.") do not state it against the learned model's conflict.
def test_words_spread_over_sentences_do_not_outvote_the_model() -> None:
    passage = (
        "Trucks heavier than 10 tons remain barred from the bridge. Pedestrians and cyclists can "
        "use the bridge again."
    )
    got, _ = stance(
        "Trucks heavier than 10 tons can again use the bridge.", passage,
        learned=Reading(supports=0.12, conflicts=0.86, neutral=0.02),
    )  # fmt: skip
    assert got != Stance.SUPPORTS


# 120. A vote in words, as a chair announces it ("The motion carries, six to three"), is a
# tally; "two to three weeks" is not.
def test_a_vote_said_in_words_is_a_tally() -> None:
    said = quantities.extract("The measure passed, six to three, after an hour of debate.")
    assert [(q.kind, q.value, q.against) for q in said] == [("tally", 6.0, 3.0)]
    carried = quantities.extract("The motion carried seven-two.")
    assert [(q.kind, q.value, q.against) for q in carried] == [("tally", 7.0, 2.0)]
    assert [q.kind for q in quantities.extract("Repairs take two to three weeks.")] == ["duration"]


# 121. "All 12 of the schools" admits no exception: "nine of its 12 schools" conflicts with
# it; "nine of the 12 schools" agrees with a claim of nine.
def test_all_of_a_number_admits_no_exception() -> None:
    passage = "By noon, nine of the district's 12 schools had closed for the day."
    assert findings("All 12 of the district's schools closed for the day.", passage) == [
        (False, "number: claim says all 12 of the district's schools, source says nine"),
    ]  # fmt: skip
    assert not [
        r for ok, r in findings("Nine of the district's 12 schools closed for the day.", passage)
        if not ok
    ]  # fmt: skip


# 122. A span given by its unit alone ("within days", "within hours", "within a week") is at
# most so long: five weeks is not "within days"; four days is.
@pytest.mark.parametrize(
    ("passage", "agrees"),
    [
        ("The county reopened the road five weeks after the storm.", False),
        ("The county reopened the road four days after the storm.", True),
    ],
)  # fmt: skip
def test_a_span_given_by_its_unit(passage: str, agrees: bool) -> None:
    got = findings("The county reopened the road within days of the storm.", passage)
    assert [ok for ok, r in got if r.startswith("duration")] == [agrees]


def test_a_vague_span_is_read_as_at_most() -> None:
    got = {
        q.text: (q.value, q.bound)
        for q in quantities.extract(
            "Crews answered within hours, the council within a week, the state within days."
        )
    }
    assert got == {"within hours": (2.0, "le"), "within a week": (7.0, "le"),
                   "within days": (14.0, "le")}  # fmt: skip


# 123. A four-digit number before a name and a plural noun counts ("about 1400 Delmar
# workers"); after a word of time it is a year ("in 1999 Delmar workers struck").
def test_a_year_like_count_before_a_name() -> None:
    counted = quantities.extract("About 1400 Delmar workers lost their jobs.")
    assert [(q.value, q.unit) for q in counted] == [(1400.0, "worker")]
    assert quantities.extract("In 1999 Delmar workers went on strike.") == []


# 124. "14 of Kessler's 20 stores" holds no date: a month's short form ("Mar") must be a
# word of its own; "27 of March" is a date.
def test_a_months_short_form_is_a_word() -> None:
    from factcheck.language import dates

    assert dates.extract("Workers at 14 of Kessler's 20 stores walked out.") == []
    assert [d.text for d in dates.extract("It closed on 27 of March after a fire.")] == [
        "27 of March"
    ]


# 125. A title before a surname ("Senator Lorne", "Councilmembers Ames and Holt") is not a
# first name: it names the person the claim calls "Ada Lorne".
def test_a_title_is_not_a_first_name() -> None:
    got = findings(
        "Ada Lorne voted against the harbour budget.",
        "The budget passed, with Senators Lorne and Quist voting against the harbour budget.",
    )
    assert not [r for ok, r in got if not ok]
    assert findings("Ada Lorne voted against the harbour budget.",
                    "Ben Lorne voted against the harbour budget.")[0][0] is False  # fmt: skip


def test_a_vote_counted_in_votes() -> None:
    said = quantities.extract("Resolved, by seven votes to none, that the branch stay open.")
    assert [(q.kind, q.value, q.against) for q in said] == [("tally", 7.0, 0.0)]
    clerk = quantities.extract("CLERK: The motion carries, five votes to two.")
    assert [(q.kind, q.value, q.against) for q in clerk] == [("tally", 5.0, 2.0)]


# 126. A chair's decision ("The motion carries, five to two") said as a report says it, by
# the body that met: the words a claim about the body's vote uses.
def test_a_chairs_decision_is_reported() -> None:
    from factcheck.language import motions

    assert motions.reported("CLERK: The motion carries, five to two.", "Orrin Town Council") == (
        "CLERK: The motion of the Orrin Town Council was approved in the vote, five to two."
    )
    assert motions.reported("The motion failed.") == "The motion was rejected in the vote."
    assert motions.body("Orrin Town Council - special session, June 2") == "Orrin Town Council"
    calls = ("The motion is to close the pool.", "All in favor? Opposed?", "The motion carries.")
    assert motions.decided(calls, 0) == (
        "The motion is to close the pool. The motion was approved in the vote."
    )
    assert motions.decided(("The pool closes.", "It reopens in May."), 0) == "The pool closes."


# 127. A figure a verb of reaching gives counts the verb's subject ("members reached 2.4
# million"); a change said with the level it reached ("grew by a fifth, to 2.4 million
# members"; "reached 2.4 million, up 20%") is that level's change; a list item without a full
# stop is a sentence of its own in a window.
def test_a_level_and_its_change() -> None:
    from factcheck.language.counted import counted

    text = "Nerra members reached 2.4 million, up 20% from a year ago"
    assert counted(text, text.index("2.4"), text.index(",")).noun == "member"
    window = Window(
        ("Record revenue of $1.2 billion, up 8%", text, "Earnings per share of $0.50"), 1
    )
    assert window.text.startswith("Record revenue of $1.2 billion, up 8%. Nerra members")
    comp = compare(analyse("Nerra grew by a fifth over the year, to 2.4 million members."),
                   analyse(window.text))  # fmt: skip
    assert [(f.supports, f.aligned) for f in comp.findings if f.about != "Nerra"] == [
        (True, True),
        (True, True),
    ]


# 128. A figure after "to" on a verb with an object measures the object ("revised its
# enrollment to 17,650", "raised the fare to $3.25"), not the subject; with no object, the
# subject ("Unemployment fell to 3.9%"). A count given with no noun of its own agrees with
# the claim's where both measure one thing ("enrollment was 17650 students").
def test_a_figure_after_to_measures_the_object() -> None:
    from factcheck.language.counted import counted, measured

    raised = "The board raised the monthly pass to $95."
    assert counted(raised, raised.index("$95"), raised.index("$95") + 3).noun == "pass"
    fell = "Unemployment fell to 3.9% in May."
    assert counted(fell, fell.index("3.9"), fell.index("%") + 1).noun == "unemploy"
    claim = "Orrin College's fall enrollment was 9120 students."
    assert measured(claim, claim.index("9120"), claim.index("9120") + 4) >= {"enrol"}
    assert findings(claim, "The college revised its fall enrollment to 9,120 in May.") == [
        (True, "number: claim says 9120 students, source says 9,120"),
    ]


# 129. A plan's or an estimate's figure ("will serve 12,000 riders") counts what is planned,
# not what an event has done so far ("has carried 3,100 riders"); the level a planned change
# sets ("plans to raise its charge to $42") is not the level before it. Neither conflicts.
def test_a_plans_figure_is_not_what_was_done() -> None:
    from factcheck.language.counted import counted, same_thing

    plan = "The district expects the new line to serve 12,000 riders a day."
    done = "The new line has drawn 3,100 riders a day since it opened."
    a = counted(plan, plan.index("12,000"), plan.index("12,000") + 13)
    b = counted(done, done.index("3,100"), done.index("3,100") + 12)
    assert (a.planned, b.done) == (True, True)
    assert not same_thing(a, b)
    assert findings("The new line will serve 12,000 riders a day.", done) == []
    raise_ = "The utility plans to raise its monthly charge to $42."
    now = "The utility's monthly charge is $36."
    assert findings(raise_, now) == []
    # ... while two plans' figures for one thing still conflict
    assert findings(
        "The new line will serve 12,000 riders a day.",
        "The new line is expected to serve 9,000 riders a day.",
    ) == [(False, "number: claim says 12,000 riders, source says 9,000 riders")]


# 130. "X estimates N" and "X's estimate was N" give one estimate: a bare count in the second
# measures what the first's verb of estimating does.
def test_an_estimate_said_as_a_verb_and_as_a_noun() -> None:
    assert findings(
        "The district estimates that 940 students will enroll next fall.",
        "The district's estimate was 940, not 1,040.",
    )[:1] == [(True, "number: claim says 940 students, source says 940")]


# 131. A chair's decision is read back past the calls to the motion it decides; "the money"
# is the sum a passage names; a verb and its noun in "-sion" are one word ("expand" /
# "expansion").
def test_a_decision_with_the_motion_before_it() -> None:
    from factcheck.language import motions

    said = ("The motion is to lend $40,000 to the pool fund.", "All in favor?", "Opposed?",
            "The motion carries, six to one.")  # fmt: skip
    assert motions.decided(said, 3) == (
        "The motion is to lend $40,000 to the pool fund. The motion was approved in the vote,"
        " six to one."
    )
    assert motions.decided(("The pool closes.", "The motion carries."), 1) == "The motion carries."
    assert motions.states_motion("COUNCILMEMBER RAY: I move that we table item four.")
    comp = compare(
        analyse("The council approved the money for the clinic expansion."),
        analyse("The council approved $2 million toward expanding the clinic."),
    )
    assert comp.unmatched == []


# 132. A turn's label that gives an office ("HARBOR TRANSIT SERVICE MANAGER LENA ORTIZ") says
# who "we" are when the opening does not introduce the speaker; a bare name or one word does
# not.
def test_a_turns_label_says_who_we_are() -> None:
    from factcheck.provenance.attribution import speaker_introduction

    turn = "HARBOR TRANSIT SERVICE MANAGER LENA ORTIZ: We added two routes."
    assert speaker_introduction(turn, "") == "Harbor Transit Service Manager Lena Ortiz"
    assert speaker_introduction("LENA ORTIZ: We added two routes.", "") == ""
    assert speaker_introduction("MAYOR: We added two routes.", "") == ""


# 133. A record with no dateline is about what the line under its title names, and "the
# project" later refers to it ("Orrin County bridge repair project").
def test_the_project_is_the_one_the_record_names() -> None:
    from factcheck.language.names import referred_to
    from factcheck.provenance.kind import dateline_lead

    opening = "# Quarterly review\nOrrin County bridge repair project (contract 22-41).\n| a | b |"
    lead = dateline_lead(opening)
    assert lead == "Orrin County bridge repair project (contract 22-41)."
    assert referred_to(lead, "The project is due to finish in May.") == [
        "Orrin County bridge repair project"
    ]
    assert referred_to(lead, "The bridge is due to finish in May.") == []


# 134. A passage that names the claim's event by its noun with "the" ("The start came about
# three weeks later than planned") refers to what the sentences before it said: the claim's
# words that depend on that event ("Construction on the ... bridge project") may stand there.
def test_the_event_named_with_the_refers_back() -> None:
    comp = compare(
        analyse("Construction on the Orrin bridge project started about two weeks late."),
        analyse("The start came about two weeks later than planned."),
        "Crews began the first construction on the $9 million Orrin bridge project on Monday.",
    )
    assert comp.unmatched == ["Orrin"]  # a name: found in the sentences before, as names are
    assert comp.in_context
    alone = compare(
        analyse("Construction on the Orrin bridge project started about two weeks late."),
        analyse("The start came about two weeks later than planned."),
        "Crews began painting the Orrin town hall on Monday.",
    )
    assert "project" in alone.unmatched


# 135. Levels of government are exclusive: a "federal grant" is not the "state grant".
def test_a_federal_grant_is_not_a_state_grant() -> None:
    assert findings(
        "The Orrin library was built with a $4 million federal grant.",
        "The Orrin library was built with a $4 million state grant.",
    ) == [
        (True, "amount: claim says $4 million, source says $4 million"),
        (False, "direction: claim says 'federal', source says 'state'"),
    ]


# 136. A table row that names what it counts ("Homes able to connect | 600 | 410") gives each
# bare count as a count of them, except in a column of plans or targets; a first column headed
# "Measure" is read without its header.
def test_a_rows_bare_counts_count_what_it_names() -> None:
    from factcheck.language.table import read_with_header

    assert read_with_header(
        "Measure | Target for June | Reported in June", "Homes able to connect | 600 | 410"
    ) == (
        "Homes able to connect; Homes able to connect Target for June: 600; Reported in June:"
        " 410 homes able to connect."
    )
    assert read_with_header("Ward | Voters", "North Ward | 1,204") == (
        "Ward: North Ward; North Ward Voters: 1,204."
    )


# 137. A party's commitment to an act of its own ("We will give $500 to every household") is
# its plan, which a claim that it will do so reports; an outcome it predicts ("we will create
# 400 jobs") is not an act of its own.
def test_a_partys_commitment_is_its_plan() -> None:
    from factcheck.language.polarity import own_plan

    claim = "Orrin Gas will pay $300 to each household that lost heat."
    assert own_plan(claim, "We will give $300 to every household that lost heat.")
    assert not own_plan("Orrin Gas will create 400 jobs.", "We will create 400 jobs.")
    assert not own_plan("Orrin Gas paid $300 to each household.", "We will pay $300 each.")


# 138. One exact sum of money for one named thing is the same sum, whatever verb gives it
# ("put $40,000 toward Dell Park" / "commit $40,000 toward repairing Dell Park"); a rounded or
# bounded sum, or one for nothing the claim names, is not aligned that way.
def test_an_exact_sum_for_the_named_thing() -> None:
    claim = analyse(
        "The Orrin County commissioners voted unanimously to put $40,000 toward Dell Park."
    )
    same = "The motion is to commit $40,000 toward extending the trail network to Dell Park."
    assert [(f.supports, f.aligned) for f in compare(claim, analyse(same)).findings] == [
        (True, True)
    ]
    other = "The motion is to commit $40,000 toward extending the trail network to a fire station."
    assert [(f.supports, f.aligned) for f in compare(claim, analyse(other)).findings] == [
        (True, False)
    ]


# 139. A vote's count that turns round the claim's "unanimously" is what happened said the
# other way: the word counts as stated, so the conflict is about the claim's event.
def test_unanimously_turned_round_by_the_count() -> None:
    claim = analyse("The Dell commissioners voted unanimously to put $40,000 toward the park.")
    comp = compare(
        claim,
        analyse("The motion to commit $40,000 toward the park carried, four to one, with the "
                "Dell commissioners divided."),
    )  # fmt: skip
    said = {f.about for f in comp.findings if not f.supports}
    assert "unanimously" in said
    word = next(t.index for t in claim.tokens if t.text == "unanimously")
    assert word in comp.contradicted


# 140. A figure given to its last digit ("$78") is not found in a round one whose rounding
# allowance it only touches ("$80"); two round figures still agree within it ("340"/"345").
def test_a_figure_at_the_end_of_the_allowance() -> None:
    def first(text: str) -> quantities.Quantity:
        return quantities.extract(text)[0]

    assert not quantities.agrees(first("The pass costs $78."), first("The pass costs $80."))
    assert quantities.agrees(first("It cut 345 jobs."), first("It cut 340 jobs."))
    assert quantities.agrees(first("The pass costs $80."), first("The pass costs $80."))


# 141. A part and its whole in one sentence ("runs 310 buses ..., and 62 of those buses are
# electric") give a share, which supports a claim's ("about a fifth"), never conflicts; "62 of
# those buses" counts buses, not the routes counted just before.
def test_a_part_of_its_whole_is_a_share() -> None:
    from factcheck.language.counted import shares

    said = "The district runs 410 buses on 84 routes, and 82 of those buses are electric."
    found = quantities.extract(said)
    assert [(q.text, q.unit, q.part) for q in found][-1] == ("82 of those buses", "buse", True)
    assert [round(q.value, 1) for q in shares(said, found)] == [20.0]
    assert findings("About a fifth of the district's buses are electric.", said)[:1] == [
        (
            True,
            "percentage: claim says About a fifth, source says 410 buses on 84 routes, and"
            " 82 of those buses",
        )
    ]
    assert findings("About a third of the district's buses are electric.", said) == []


# 142. A story's lead names a body ("The Orrin Valley Transit Authority on Monday ...") that
# a later sentence, or the one before it, calls by its kind ("the authority"); a possessive
# initialism ("OVTA's") is the name's initials.
def test_the_body_the_sentences_before_call_by_its_kind() -> None:
    from factcheck.language.names import referred_to

    lead = "ORRIN, May 4 — The Orrin Valley Transit Authority on Monday raised its fares."
    assert referred_to(lead, "The authority said so. It runs 40 buses.") == [
        "Orrin Valley Transit Authority"
    ]
    comp = compare(
        analyse("OVTA's buses carried 9,000 riders."),
        analyse("Its buses carried 9,000 riders."),
        "The Orrin Valley Transit Authority said so.",
    )
    assert comp.in_context


# 143. A date named by a part of its period ("by the end of September") hangs on the verb
# the period does ("connected ... by the end of September": "connect").
def test_a_date_named_by_the_end_of_its_period() -> None:
    from factcheck.language.counted import event_verb

    said = "The crews had connected 88 homes by the end of September."
    at = said.index("September")
    assert event_verb(said, at, at + len("September")) == "connect"
    other = "Work would begin in June and homes would be connected by the end of the year."
    at = other.index("June")
    assert event_verb(other, at, at + 4) == "begin"


# 144. A name whose other words the passage gives in another phrase ("the former Orrin Street
# bus depot") is not swapped for a name elsewhere in it ("Dell Row Partners"); a surname alone
# still is read as the person's.
def test_a_name_in_another_phrase_is_no_swap() -> None:
    claim = "Orrin Street Commons is being built on a former bus depot."
    passage = (
        "The city chose Dell Row Partners to build 212 apartments on the former Orrin Street "
        "bus depot."
    )
    assert not [f for f in findings(claim, passage) if f[1].startswith("name:")]
    swapped = "The city chose Dell Row Builders to build the apartments."
    assert (False, "name: claim says 'Partners', source says 'Builders'") in findings(
        "The city chose Dell Row Partners to build the apartments.", swapped
    )


# 145. "All three" admits no exception: "the first of the project's three buildings" is one.
def test_all_of_them_against_the_first_of_them() -> None:
    assert findings(
        "Framing has started on all three Orrin school buildings.",
        "Crews began framing the first of the project's three Orrin school buildings in May.",
    ) == [
        (False, "number: claim says all three Orrin school buildings, source says the first of"
                " the project's"),
    ]  # fmt: skip


# 146. The point a span is counted from ("six weeks after the June start") is not when the
# event happened: it agrees with no date of the claim's.
def test_a_span_counted_from_a_date() -> None:
    said = "Construction began on Monday, about six weeks after the June start the city announced."
    assert not [f for f in findings("Construction began in June.", said) if f[0]]


# 147. A deadline ("by the end of January") or the start of a span up to now ("sold since
# January 2023") is not when something happened: neither agrees with "in January"; a date a
# change takes effect from ("from July 1") is when it happens.
def test_a_deadline_or_a_span_start_is_no_time_of_the_event() -> None:
    claim = "Orrin Power first learned of the faulty meters in January."
    for said in (
        "By the end of January, Orrin Power had received 14 reports of faulty meters.",
        "Orrin Power said it has replaced faulty meters sold since January 2023.",
    ):
        assert not [f for f in findings(claim, said) if f[0] and f[1].startswith("date")], said
    assert findings(
        "Orrin goes back to Stage 2 water rules on July 1.",
        "Orrin will move back to Stage 2 water rules from July 1, the authority said.",
    )[-1:] == [(True, "date: claim says July 1, source says July 1")]


# 148. A bare figure's unit does not cross a sentence's end ("unchanged at 742. Valley ...");
# a share may take its whole from the sentence before, where the parse says that figure counts
# what the part does ("Licensed beds ... were unchanged at 742. ... account for 600 of those
# beds": 81%); "four of every five" is a proportion, not "every".
def test_a_share_of_a_whole_said_before() -> None:
    from factcheck.language.counted import shares
    from factcheck.language.polarity import UNIVERSAL

    said = (
        "Licensed beds in the county were unchanged at 742. Orrin Health's two campuses "
        "account for 600 of those beds."
    )
    found = quantities.extract(said)
    assert found[0].unit in ("", "#at")  # not "orrin", the word after the full stop
    assert [round(q.value, 1) for q in shares(said, found)] == [80.9]
    assert not UNIVERSAL.search("hold roughly four of every five licensed hospital beds")
    assert UNIVERSAL.search("every hospital in the county")


# 149. "every" admits no exception: "at every monitoring well" against "at 4 of the plant's 15
# monitoring wells" conflicts; a count of all of them does not.
def test_every_one_of_some_things_against_a_part_of_them() -> None:
    claim = "Arsenic exceeded the limit at every monitoring well at the Orrin smelter."
    assert (False, "scope: claim says 'every monitoring well', source says 4 of the plant's 15 "
            "perimeter monitoring wells") in findings(
        claim, "Arsenic exceeded the limit at 4 of the plant's 15 perimeter monitoring wells."
    )  # fmt: skip
    assert not [f for f in findings(claim, "Arsenic exceeded the limit at 4 of 15 vents.")
                if f[1].startswith("scope")]  # fmt: skip


# 150. "in the spring of 2027" is "spring 2027": the article belongs to the season, it does
# not name which spring.
def test_a_season_with_its_article_agrees_with_the_season() -> None:
    assert findings(
        "Work on the Orrin reservoir is scheduled to begin in fall 2027.",
        "Work on the Orrin reservoir is scheduled to begin in the fall of 2027.",
    )[-1:] == [(True, "date: claim says fall 2027, source says fall of 2027")]


# 151. A clerk's count of a roll call ("Five ayes, two nays") is a tally of the vote.
def test_a_roll_call_counted_in_ayes_and_nays_is_a_tally() -> None:
    found = quantities.extract("CLERK: Five ayes, two nays, Trustees Ames and Holt voting no.")
    assert [(q.kind, q.value, q.against) for q in found] == [("tally", 5.0, 2.0)]
    assert findings(
        "The board voted 5-2 to approve the lease.",
        "I move that we approve the lease. CLERK: Five ayes, two nays.",
    )[:1] == [(True, "vote: claim says 5-2, source says Five ayes, two nays")]


# 152. A negated verb of stance ("I do not support putting 90 homes on that lot") says what
# the speaker favours, not that the thing is not so; a negated verb of the claim's still
# conflicts.
def test_a_negated_stance_does_not_negate_what_it_is_about() -> None:
    claim = "The Orrin Lane project will have 90 homes."
    got, reasons = stance(claim, "I do not support putting 90 homes on the Orrin Lane lot.")
    assert got != Stance.CONFLICTS, reasons
    got, _ = stance(claim, "The Orrin Lane project will not have 90 homes.")
    assert got == Stance.CONFLICTS


# 153. Surnames listed after a plural title ("Councilmembers Feeney and Oduya voting no") are
# several people: the one before "and" is no first name for the claim's other person.
def test_names_in_a_list_are_not_a_swapped_first_name() -> None:
    said = "Seven ayes, two nays, Councilmembers Feeney and Oduya voting no."
    assert not [
        f
        for f in findings("Councilmember Grace Oduya voted against the loan.", said)
        if f[1].startswith("name")
    ]


# 154. A claim that gives the new figure and the old one as a part of it ("now total $160
# million: $95 million in the first quarter and another $65 million") is not contradicted by
# the revision ("raised to $160 million, up from the $95 million").
def test_a_claim_with_the_new_figure_and_the_old_as_its_part() -> None:
    said = "Orrin raised its recall charge to $160 million, up from the $95 million in April."
    claim = (
        "Orrin's recall charges now total $160 million: $95 million in April and $65 million since."
    )
    assert not [f for f in findings(claim, said) if not f[0]]
    assert [f for f in findings("Orrin's recall charge is $95 million.", said) if not f[0]]


def judged(
    claim: str, sentences: tuple[str, ...], context: str = "", anchor: int = 0,
    published: date | None = None,
) -> tuple[Stance, list[str]]:  # fmt: skip
    """A window (with the context verify reads it with, and its document's date) weighed as
    verify weighs it."""
    from factcheck.models import DateSource, FoundDate
    from factcheck.stance.engine import compare_window

    dated = FoundDate(value=published, precision="day", source=DateSource.HEADER, text="") if (
        published
    ) else None  # fmt: skip
    window = Window(sentences, anchor, published=dated)
    a = analyse_claim(claim)
    comp = compare_window(a, window, context)
    j = decide(comp, 0.8, None, None, rule_view(comp, 0.8), a, window)
    return j.stance, j.reasons


# 155. How one member voted is said of them by name in the passage: a turn of theirs before
# the motion (in the context) does not make the chamber's count say it.
def test_how_a_member_voted_is_said_of_them_by_name() -> None:
    sentences = ("I move that we approve the lease.", "CLERK: Four ayes, one nay.",
                 "CHAIR: The motion carries.")  # fmt: skip
    got, reasons = judged(
        "Trustee Omar Vale voted against the lease.", sentences, "TRUSTEE OMAR VALE: Second."
    )
    assert got != Stance.SUPPORTS, reasons


# 156. A claim that something never happened is answered only by a passage that states it
# happened: "Keelson ... manages $6.8 billion for pensions" does not.
def test_a_denial_is_answered_only_by_what_it_denies() -> None:
    claim = "Keelson Capital has never lost money for a pension client."
    got, reasons = stance(
        claim, "Keelson Capital Partners manages $6.8 billion in real estate for pensions."
    )
    assert got != Stance.CONFLICTS, reasons
    got, _ = stance(claim, "Keelson Capital lost money for a pension client in 2019.")
    assert got == Stance.CONFLICTS


# 157. A sentence that gives its own time ("At a meeting Monday") is not dated by a
# neighbour's date of another event ("the cap the board set in April"); the weekday, counted
# back from the story's date, gives the claim's month.
def test_a_sentence_with_its_own_time_is_not_dated_by_its_neighbour() -> None:
    sentences = (
        "The review cost $172,000, under the $180,000 cap the board set in April.",
        "At a meeting Monday, the trustees voted 5-0 to end the contract with Orrin Advisers.",
    )
    got, reasons = judged(
        "The trustees voted 5-0 in August to end the contract with Orrin Advisers.",
        sentences, anchor=1, published=date(2026, 8, 11),
    )  # fmt: skip
    assert got == Stance.SUPPORTS, reasons


# 158. A state the source says goes on ("who remains executive director") turns round a claim
# that it ended, at whatever earlier date the claim gives.
def test_a_state_that_remains_did_not_end() -> None:
    got, reasons = stance(
        "Lena Ortiz resigned as executive director at the board's April meeting.",
        "Lena Ortiz, who remains executive director, said the fund would seek to recover fees.",
    )
    assert got == Stance.CONFLICTS, reasons


# 159. A share is of something either way: "8 percent of their pay" is "8 percent of pay".
def test_a_share_of_their_pay_is_a_share_of_pay() -> None:
    got, reasons = stance(
        "Members of the Orrin pension fund contribute 8 percent of their pay.",
        "Orrin pension fund members contribute 8 percent of pay.",
    )
    assert got == Stance.SUPPORTS, reasons


# 160. A rule's bound is its value: "requires at least 1,500 feet" conflicts with "requires at
# least 2,000 feet"; two uncertain counts' bounds ("at least 12 dead", "at least 10 dead") do
# not.
def test_a_required_bound_is_the_rule_s_value() -> None:
    said = "The ordinance requires each turbine to stand at least 1,500 feet from any home."
    claim = "The ordinance requires turbines to stand at least 2,000 feet from homes."
    assert [f[0] for f in findings(claim, said)] == [False]
    assert [f[0] for f in findings("At least 12 people died.", "At least 10 people died.")] == [
        True
    ]


# 161. A vote's dissenter named after the count ("4-1, Supervisor Pruett dissenting") is the
# one who voted against; a member who only moved an amendment that failed is said to have
# voted no way.
def test_a_dissenter_and_a_member_of_no_stated_side() -> None:
    said = "The ordinance was adopted on a vote of 4-1, Supervisor Pruett dissenting."
    assert (False, "vote: claim says Marsh voted against, source names all who did: Pruett") in (
        findings("Supervisor Lena Marsh voted against the ordinance.", said)
    )
    got, reasons = stance(
        "Supervisor Lena Marsh voted against the setback ordinance.",
        "Supervisor Marsh moved to amend the setback ordinance. The amendment failed.",
    )
    assert got != Stance.SUPPORTS, reasons


# 162. A table of what was asked for and what was granted: the asked-for figure is no fact of
# what there will be, the granted one answers it, and a claim about the request is answered
# only by the request.
def test_a_table_of_what_was_asked_for_and_granted() -> None:
    from factcheck.language.table import read_with_header

    header = "Measure | Applied for | Approved"
    assert read_with_header(header, "Turbines | 84 | 76") == (
        "Turbines; 84 turbines applied for; 76 turbines (approved)."
    )
    jobs = f"Orrin Wind: {read_with_header(header, 'Construction jobs | 250 | 180')}"
    turbines = read_with_header(header, "Turbines | 84 | 76")
    assert not [f for f in findings("Orrin Wind will have 84 turbines.", turbines) if f[0]]
    assert [f[1] for f in findings("Orrin Wind will create 250 construction jobs.", jobs)] == [
        "number: claim says 250 construction jobs, source says 180 construction jobs"
    ]
    assert not findings(
        "Its application sought 330 megawatts.",
        "The state approved Orrin Wind and cut its capacity to 304 megawatts, less than it had "
        "sought.",
    )


# 163. A word the passage states as the claim does and denies elsewhere with another particle
# ("switched off ... and had not been switched back on") is stated, not denied.
def test_a_phrasal_verb_denied_with_another_particle() -> None:
    claim = "The east gallery's alarm had been switched off for maintenance."
    got, reasons = stance(
        claim, "The east gallery's alarm had been switched off for maintenance at 6 p.m. on "
        "March 14 and had not been switched back on.",
    )  # fmt: skip
    assert got == Stance.SUPPORTS, reasons


# 164. The same thing put in another place ("a storage unit in Dunmore") conflicts with the
# claim's place, whatever else the passage says of that place; a month is no place.
def test_the_same_thing_in_another_place() -> None:
    said = (
        "ORRIN, May 19, 2026 — Orrin police recovered the painting from a rented storage unit "
        "in Dunmore, about 40 miles south of the city."
    )
    assert [
        f[1]
        for f in findings("The painting was found in a storage unit in Orrin.", said)
        if f[1].startswith("place")
    ] == [  # fmt: skip
        "place: claim says unit in Orrin, source says unit in Dunmore"
    ]
    assert not [
        f
        for f in findings("Orrin hired a crew in January.", "Orrin hired a crew in November.")
        if f[1].startswith("place")
    ]


# 165. A person's age set off by commas after the name ("Ellis Rudd, 41,") is said of them.
def test_an_age_after_a_name_is_that_person_s() -> None:
    said = "Two men, Corey Vance, 34, and Ellis Rudd, 41, were charged with burglary."
    assert findings("Ellis Rudd is 34 years old.", said) == [
        (False, "duration: claim says 34 years, source says 41")
    ]
    assert findings("Corey Vance is 34 years old.", said) == [
        (True, "duration: claim says 34 years, source says 34")
    ]


# 166. A second predicate with its own auxiliary is a clause of its own: "has a six-inch tear
# and will be restored" hedges the restoration, not the tear.
def test_a_hedge_in_a_second_predicate() -> None:
    from factcheck.language.polarity import clauses

    said = "The painting has a six-inch tear and will be restored before it goes on view."
    assert clauses(said)[:2] == ["The painting has a six-inch tear", "and will be restored"]
    got, reasons = stance("The recovered painting has a six-inch tear.", said)
    assert got == Stance.SUPPORTS, reasons


# 167. A member's answer to the clerk's call ("TRUSTEE OSEI: Aye.") is their vote, on the
# motion stated before it.
def test_a_member_s_answer_to_the_roll_call_is_their_vote() -> None:
    from factcheck.language import motions

    assert motions.reported("TRUSTEE DRESSLER: No.") == "Trustee Dressler voted no."
    assert motions.reported("CLERK: Trustee Osei.") == "CLERK: Trustee Osei."
    sentences = ("I move that the board retain Orrin Advisory for an independent review.",
                 motions.reported("TRUSTEE OSEI: Aye."))  # fmt: skip
    got, reasons = judged(
        "Trustee Malik Osei voted against the independent review.", sentences, anchor=1
    )
    assert got == Stance.CONFLICTS, reasons


# 168. No one is a count of none: "no one was killed" answers "killed one person", and says
# what "No one was killed" says.
def test_no_one_is_a_count_of_none() -> None:
    from factcheck.language import quantities as qty

    nobody = qty.extract("Nobody was hurt.")
    assert [(q.value, q.unit) for q in nobody] == [(0.0, "person")]
    # ("people" counts persons, as "person" does; those killed are deaths)
    assert [q.unit for q in qty.extract("The crash injured two people.")] == ["person"]
    assert [q.unit for q in qty.extract("The crash killed two people.")] == ["death"]
    quote = ('"Our first concern is for the two workers who were hurt, and we are grateful no '
             'one was killed," said Mayor Helen Szabo.')  # fmt: skip
    got, reasons = judged("The mayor said one person was killed.", (quote,))
    assert got == Stance.CONFLICTS, reasons
    got, reasons = judged("Mayor Helen Szabo said no one was killed.", (quote,))
    assert got == Stance.SUPPORTS, reasons


# 169. What a figure counts stops at the verb after it: "Two city employees said officials
# ..." counts employees, not officials.
def test_a_figure_s_noun_stops_at_its_verb() -> None:
    from factcheck.language import quantities as qty

    (two,) = qty.extract("Two city employees said officials expected to demolish the garage.")
    assert (two.unit, two.compound) == ("employe", frozenset({"citi"}))


# 170. A figure whose noun, with its qualifiers and the nouns before it, is the claim's counts
# what the claim's counts, whatever the clause around it says.
def test_the_same_counted_phrase_is_aligned() -> None:
    got, reasons = stance(
        "Two city employees said officials expected to demolish the garage.",
        "City officials expect to demolish the entire Elm Street Parking Garage rather than "
        "repair it, according to two city employees familiar with early assessments.",
    )
    assert got == Stance.SUPPORTS, reasons


# 171. A definite description ("in the collapse") refers to the event the document has told
# of: its words may stand in the document's lead; not where the passage names an occasion of
# its own ("in a crash on Route 9").
def test_a_definite_description_refers_to_the_document_s_event() -> None:
    lead = "at about this morning part of the top level of the garage collapsed"
    claim = analyse("Mayor Helen Szabo said no one was killed in the collapse.")
    (collapse,) = [t.index for t in claim.tokens if t.lower == "collapse"]
    quote = analyse('"We are grateful no one was killed," said Mayor Helen Szabo.')
    assert compare(claim, quote, lead).matched[collapse] == "collapsed"
    assert collapse not in compare(claim, quote).matched
    other = analyse('"We are grateful no one was killed in a crash on Route 9," the mayor said.')
    assert collapse not in compare(claim, other, lead).matched
    # only the description: "found" and "safe" are what happened, never filled in
    got, reasons = judged(
        "The garage's 2024 inspection found it to be safe.",
        ("The city's 2024 condition inspection rated the top deck poor.",),
        "garage statement",
    )
    assert got != Stance.SUPPORTS, reasons


# 172. A clerk's side that labels a list ("Voting yes: Councilors Amaral, Kaye and Lindgren.")
# says how each member on it voted.
def test_a_roll_call_s_side_labels_the_list_after_it() -> None:
    sentences = (
        "CITY CLERK MAVIS OYELOWO: Voting yes: Councilors Amaral, Kaye, Lindgren, Pace and Ruiz.",
        "Voting no: Councilor Haddad.",
        "The motion carries, five to one.",
    )
    claim = "Councilor Lindgren voted against the repair contract."
    context = "the contract for the garage repairs"
    got, reasons = judged(claim, sentences, context, anchor=1)
    assert got == Stance.CONFLICTS, reasons
    got, reasons = judged(
        "Councilor Haddad voted for the repair contract.", sentences, context, anchor=1
    )
    assert got == Stance.CONFLICTS, reasons
    got, reasons = judged(
        "Councilor Haddad voted against the repair contract.", sentences, context, anchor=1
    )
    assert got == Stance.SUPPORTS, reasons


# 173. Where the model reads a conflict, agreeing figures do not carry a verb the passage says
# of another thing: "to protect bat habitat" / "to protect a bald eagle nesting area".
def test_a_verb_said_of_another_object_pins_nothing() -> None:
    against = Reading(supports=0.28, conflicts=0.69, neutral=0.03)
    got, reasons = stance(
        "The commission removed eight turbine sites to protect bat habitat.",
        "The commission's order says eight turbine sites are removed from the project to "
        "protect a bald eagle nesting area.",
        learned=against,
    )
    assert got != Stance.SUPPORTS, reasons


# 174. A table row's figures are said of what its first cell names: a claim about the whole
# is answered by the total row, not by another row's figure.
def test_a_row_s_figures_are_said_of_its_first_cell() -> None:
    from factcheck.language import table
    from factcheck.stance.engine import compare_window

    said = {t.key for t in analyse("Repairing the garage will cost $10 million.").tokens}
    assert not table.about("Level 1", said)
    assert table.about("Total", said)
    assert table.about('"Orchard at Dusk," Teodor Nesbit, oil on canvas', {"orchard", "dusk"})
    assert table.about("Tamsin County rural fiber project (grant BA-2026-017)",
                       {"tamsin", "counti", "rural", "fiber", "project"})  # fmt: skip
    claim = analyse("Repairing the garage will cost $10 million.")
    row = "Level: Level 1; Level 1 Estimated repair cost: $0.4 million."
    other = compare_window(claim, Window((row,), 0, row="Level 1"))
    assert not [f for f in other.findings if not f.supports], other.findings
    total = "Level: Total; Total Estimated repair cost: $6.2 million."
    whole = compare_window(claim, Window((total,), 0, row="Total"))
    assert [f.reason for f in whole.findings if not f.supports] == [
        "amount: claim says $10 million, source says $6.2 million"
    ]


# 175. A column whose rows choose from a few words ("Fair", "Poor", "Critical") is a category:
# a claim that gives a named row another of its values is contradicted by the row.
def test_a_row_s_category_is_one_of_its_column_s_values() -> None:
    from factcheck.language import table

    header = "Level | Condition | Estimated repair cost"
    rows = ["Level 1 | Fair | $0.4 million", "Level 2 | Fair | $0.9 million",
            "Level 3 | Poor | $1.7 million", "Total | | $6.2 million"]  # fmt: skip
    (cat,) = table.categories(header, rows[1], rows)
    assert (cat.key, cat.column, cat.value, cat.others) == (
        "Level 2",
        "Condition",
        "Fair",
        ("poor",),
    )
    assert table.categories(header, rows[1], rows[:1]) == ()  # one row chooses nothing
    title = "Hollins Structural Engineering: Elm Street Parking Garage, investigation findings"
    read = f"{title}: {table.read_with_header(header, rows[1])}"
    window = Window((read,), 0, row="Level 2",
                    categories=(cat,))  # fmt: skip
    for claim, expected in (
        ("Level 2 of the garage was rated in poor condition.", Stance.CONFLICTS),
        ("Level 1 of the garage was rated in poor condition.", Stance.NEUTRAL),
    ):
        from factcheck.stance.engine import compare_window

        a = analyse(claim)
        comp = compare_window(a, window)
        j = decide(comp, 0.8, None, None, rule_view(comp, 0.8), a, window)
        assert j.stance == expected, (claim, j.reasons)


# 176. A quarter is named in more than one way ("second-quarter", "Q2", "the three months to
# June 30"), and a results paragraph's quarter is the period of each of its sentences; a
# paragraph of another quarter confirms nothing of the claim's.
def test_a_paragraph_s_quarter_is_the_period_of_its_sentences() -> None:
    from factcheck.language import dates

    assert [q[0] for q in dates.quarters("Q3 sales and second-quarter revenue")] == [3, 2]
    assert [q[0] for q in dates.quarters("in the three months to June 30")] == [2]
    assert dates.quarters("in the three months to May 31") == []  # no calendar quarter
    paragraph = ("The company lost $18 million in the three months to June 30, compared with a "
                 "profit a year earlier.", "Revenue fell 3% to $2.05 billion.")  # fmt: skip
    got, reasons = judged("Lumora's second-quarter revenue fell 3%.", paragraph, "Lumora", 1)
    assert got == Stance.SUPPORTS, reasons
    got, reasons = judged("Lumora's second-quarter revenue rose 3%.", paragraph, "Lumora", 1)
    assert got == Stance.CONFLICTS, reasons
    got, reasons = judged("Lumora's first-quarter revenue fell 3%.", paragraph, "Lumora", 1)
    assert got != Stance.SUPPORTS, reasons
    fiscal = (paragraph[0].replace("three months", "fiscal three months"), paragraph[1])
    got, reasons = judged("Lumora's second-quarter revenue rose 3%.", fiscal, "Lumora", 1)
    assert got != Stance.CONFLICTS, reasons


# 177. Bare figures on a list after a counted one count what it counts ("191 litres ... in
# February, 172 in March and 168 in April"), said of what it is said of; the month each is
# given with decides which one the claim's is; "in May" is a month.
def test_a_list_s_bare_figures_take_its_noun() -> None:
    from factcheck.language import dates
    from factcheck.language import quantities as qty

    text = ("Figures show average residential use of 191 litres per person per day in "
            "February, 172 in March and 168 in April, compared with 212 in 2024.")  # fmt: skip
    assert [q.unit for q in qty.extract(text)] == ["litr", "litr", "litr", "#with"]
    got, reasons = stance("In April, use averaged 168 litres per person per day.", text)
    assert got != Stance.CONFLICTS, reasons
    got, reasons = stance("In April, use averaged 191 litres per person per day.", text)
    assert got != Stance.SUPPORTS, reasons
    assert [d.text for d in dates.extract("Use averaged 171 litres in May.")] == ["May"]
    assert dates.extract("The board may vote in may.") == []
    may = "Residential use averaged 171 litres per person per day in May."
    got, reasons = stance("In March, use averaged 172 litres per person per day.", may)
    assert got != Stance.CONFLICTS, reasons


# 178. A sentence's first word that the parser tags a plural common noun or an adjective
# ("Farmers in the valley ...", "Anonymous sources said ...") is no name, whatever its capital.
def test_a_common_word_that_opens_the_claim_is_no_name() -> None:
    assert analyse_claim("Farmers in the valley had allocations cut to 20%.").names == []
    assert analyse_claim("Anonymous sources said the route would be scrapped.").names == []
    assert [t.text for t in analyse_claim("Haddad seconded the motion.").names] == ["Haddad"]
    assert [t.text for t in analyse_claim("Elm Street residents voted.").names] == ["Elm", "Street"]


# 179. A later part of the claim whose own subject the window does not say is not stated,
# whatever verb it shares with the rest: "as revenue slipped" beside "net income fell".
def test_a_later_part_needs_its_own_subject() -> None:
    got, reasons = stance(
        "Lumora's first-quarter net income fell to $112 million as revenue slipped.",
        "Lumora's first-quarter net income fell 41%, to $112 million from $190 million.",
    )
    assert got != Stance.SUPPORTS, reasons


# 180. A month or a year alone pins an event only with most of its words and its verb: "in
# mid-May" is said of many things in May, "in 2025" of many in a record of 2025.
def test_a_month_or_a_year_alone_pins_little() -> None:
    got, reasons = stance(
        "Burglaries in Kestrel fell in 2025.",
        "Kestrel crime by offense: burglaries 980 in 2024 and 1,010 in 2025.",
    )
    assert got != Stance.SUPPORTS, reasons
    got, reasons = stance(
        "National Renewal led in every major poll in mid-May.",
        "National Renewal moved narrowly ahead in a poll published in May.",
        similarity=0.5,
        learned=Reading(supports=0.55, conflicts=0.2, neutral=0.25),
    )
    assert got != Stance.SUPPORTS, reasons


# 181. A claim is about what someone said as a whole only where its main verb is one of saying
# (or it gives its source, "according to"); a statement it only mentions ("on the day the
# recall was announced") does not make it one.
def test_a_claim_of_speech_is_one_whose_main_verb_says() -> None:
    from factcheck.language.polarity import speech_claim

    assert speech_claim("Anonymous officials said the region could put in $37 million.")
    assert speech_claim("According to police, burglaries fell in 2025.")
    assert not speech_claim("Lumora shares plunged 20% on the day the recall was announced.")


# 182. A claim that something rose or fell, with no figure, is answered by the sign of a change
# said of it ("Burglary Change: +3%", "were up 3%"), not by another measure's.
def test_a_change_s_sign_answers_rose_or_fell() -> None:
    row = "Offence: Burglary; Burglary 2024: 980; Burglary 2025: 1,010; Burglary Change: +3%."
    assert findings("Burglaries in Kestrel fell in 2025.", row)[-1] == (
        False, "direction: claim says 'fell', source says 3% up"
    )  # fmt: skip
    assert all(ok for ok, _ in findings("Burglaries in Kestrel rose in 2025.", row))
    other = "Car thefts in Kestrel were up 40% in 2025, and burglaries fell."
    assert all(ok for ok, _ in findings("Burglaries in Kestrel fell in 2025.", other))


# 183. Who made a motion or seconded it is whose turn says the words ("COUNCILOR TEODOR KAYE:
# Second."): a claim that names another member for it is contradicted.
def test_the_member_whose_turn_moves_or_seconds_it_did() -> None:
    from factcheck.language import motions

    sentences = ("COUNCILOR RUTH AMARAL: I move that the council award the garage repair "
                 "contract to Brandt Concrete.", "COUNCILOR TEODOR KAYE: Second.")  # fmt: skip
    assert motions.acts(" ".join(sentences)) == [
        ("moved", "COUNCILOR RUTH AMARAL"), ("seconded", "COUNCILOR TEODOR KAYE")
    ]  # fmt: skip
    assert not motions.seconds("The second reading of the ordinance.")
    sentences = (*sentences, "MAYOR HELEN SZABO: The motion carries, five to one.")
    for claim, expected in (
        ("Councilor Samir Haddad seconded the motion to award the repair contract.",
         Stance.CONFLICTS),
        ("Councilor Samir Haddad moved to award the repair contract to Brandt Concrete.",
         Stance.CONFLICTS),
    ):  # fmt: skip
        got, reasons = judged(claim, sentences)
        assert got == expected, (claim, reasons)
    kaye = "Councilor Teodor Kaye seconded the motion to award the repair contract."
    got, reasons = judged(kaye, sentences)
    assert got != Stance.CONFLICTS, reasons


def test_a_headline_s_report_is_no_claim_of_speech() -> None:
    from factcheck.language.polarity import speech_claim

    assert not speech_claim("Report: VW to pay $3 billion for XPeng shares")


# 184. A person's age is no span of time: "58 years old" is compared with "Marchetti, 58," and a
# correction's "is 61, not 58", never with a sentence of "two to six years".
def test_an_age_is_its_own_measure() -> None:
    from factcheck.language import quantities as qty

    assert [q.unit for q in qty.extract("Glenn Marchetti is 58 years old.")] == ["age"]
    assert [q.unit for q in qty.extract("Marchetti is 61, not 58, and bail was set.")] == [
        "age", "age"
    ]  # fmt: skip
    assert [q.unit for q in qty.extract("Revenue is 40, up from 30.")] == ["#is", "#from"]
    claim = "Glenn Marchetti is 58 years old."
    got, reasons = stance(claim, "Glenn Marchetti faces a sentence of two to six years.")
    assert got != Stance.CONFLICTS, reasons
    got, reasons = stance(
        "Marchetti is 58 years old.", "Marchetti is 61, not 58, and bail was set at $150,000."
    )
    assert got == Stance.CONFLICTS, reasons


# 185. A noun the claim gives one possessor ("in Marchetti's own name") is not stated by a
# window that gives it another's: a name, or someone's relation ("his sister-in-law's"); "the
# city's" may be the claim's own ("Arden's").
def test_a_noun_of_another_possessor_is_not_stated() -> None:
    against = Reading(supports=0.18, conflicts=0.81, neutral=0.01)
    got, reasons = stance(
        "Birchline Consulting was registered in Marchetti's own name.",
        "Marchetti wrote checks to Birchline Consulting, a company registered in his "
        "sister-in-law's name.",
        learned=against,
    )
    assert got != Stance.SUPPORTS, reasons
    got, reasons = stance(
        "Arden's pension fund earned 6.1% last year.",
        "The city's pension fund earned 6.1% last year.",
    )
    assert got != Stance.CONFLICTS, reasons


# 186. A claim that a group of people said something ("Prosecutors said ...") names no one
# speaker: the named prosecutor who said it is no other speaker.
def test_a_group_that_said_it_is_no_named_speaker() -> None:
    got, reasons = stance(
        "Prosecutors said the money paid for a lake house, two cars and a wedding.",
        "Assistant District Attorney Raymond Kowalczyk said the checks paid for a lake house, "
        "two cars and his daughter's wedding.",
    )
    assert got != Stance.CONFLICTS, reasons


# 187. A claim of what a search found ("The audit found that other employees took part") is
# answered by its finding none ("We found no evidence that any other employee took part"):
# the claim is about the finding, not about what is so.
def test_a_finding_of_none_answers_a_claim_of_the_finding() -> None:
    passage = (
        "We found no evidence that any other town official or employee knew of or took part "
        "in the payments."
    )
    against = Reading(supports=0.01, conflicts=0.86, neutral=0.13)
    claim = "The audit found that other town employees took part in the payments."
    got, reasons = stance(claim, passage, learned=against)
    assert got == Stance.CONFLICTS, reasons
    got, reasons = stance("Other town employees took part in the payments.", passage)
    assert got != Stance.CONFLICTS, reasons


# 188. A transcript's short answer ("THE FOREPERSON: Guilty.") is read with the question
# before it, and the question with its answer states what the answer says (no longer "a
# question, not a statement").
def test_a_question_is_read_with_its_answer() -> None:
    from factcheck.language.polarity import asks_turn, short_answer
    from factcheck.stance.engine import compare_window

    question = ("THE CLERK: On count one, grand larceny in the second degree, how do you find "
                "the defendant?")  # fmt: skip
    assert asks_turn(question) and short_answer("THE FOREPERSON: Guilty.")
    assert not short_answer("THE FOREPERSON: We find the defendant guilty on every count.")
    claim = analyse_claim("The jury found the defendant guilty of grand larceny.")
    supports = Reading(supports=0.6, conflicts=0.1, neutral=0.3)
    for sentences, expected in (
        ((question, "THE FOREPERSON: Guilty."), Stance.SUPPORTS),
        ((question,), Stance.NEUTRAL),
    ):
        window = Window(sentences, 0)
        comp = compare_window(claim, window)
        j = decide(comp, 0.8, None, supports, rule_view(comp, 0.8), claim, window)
        assert j.stance == expected, (sentences, j.reasons)


# 189. A negation word inside a hyphenated compound names a thing ("the do-not-use advisory")
# and denies nothing: a claim with it is no negated claim.
def test_a_negation_inside_a_compound_denies_nothing() -> None:
    from factcheck.language.polarity import negation_cues
    from factcheck.language.tokens import tokenize

    assert not negation_cues(tokenize("The do-not-use advisory covered 3,200 homes."))
    assert negation_cues(tokenize("The advisory did not cover 3,200 homes."))
    got, reasons = stance(
        "Pellham's do-not-use advisory covered 3,200 homes.",
        "Pellham's do-not-use advisory covers 3,200 homes, the utility said.",
    )
    assert got == Stance.SUPPORTS, reasons


# 190. A claim that an office-holder said something, against a passage that gives the words
# to a speaker with another title: the wrong office. A group ("Officials said") or the same
# office is no other speaker.
def test_a_quote_given_to_another_office() -> None:
    passage = '"The ward will stay open through the winter," said nursing director Ana Ruiz.'
    got, reasons = stance(
        "The hospital's chief executive said the ward will stay open through the winter.",
        passage,
    )
    assert got == Stance.CONFLICTS, reasons
    assert any("speaker: claim says the chief executive said it" in r for r in reasons), reasons
    for claim in (
        "The hospital's nursing director said the ward will stay open through the winter.",
        "Directors said the ward will stay open through the winter.",
    ):
        got, reasons = stance(claim, passage)
        assert got != Stance.CONFLICTS, (claim, reasons)


# 191. A claim that an act is done by now ("has already repaved") against a source that says
# it is still to come ("will repave ... next spring"): not yet. A claim without "has" or
# "already", or one that keeps the plan, is not read so.
def test_done_by_now_against_still_to_come() -> None:
    passage = "The county will repave Mill Road next spring, the roads director said."
    got, reasons = stance("The county has already repaved Mill Road.", passage)
    assert got == Stance.CONFLICTS, reasons
    assert any("not yet: claim says 'has already repaved'" in r for r in reasons), reasons
    for claim in ("The county plans to repave Mill Road.", "The county repaved Mill Road."):
        got, reasons = stance(claim, passage)
        assert got != Stance.CONFLICTS, (claim, reasons)


# 192. A named member who "voted against" a motion the source says carried unanimously: no
# one voted against it. A count of voters, or a vote for it, is not read so.
def test_no_one_voted_against_a_unanimous_motion() -> None:
    passage = (
        "COUNCILOR DIAZ: I move that we hire an outside auditor. The motion carries unanimously."
    )
    got, reasons = stance("Councilor Ruth Okafor voted against hiring an outside auditor.", passage)
    assert got == Stance.CONFLICTS, reasons
    got, reasons = stance("Councilor Ruth Okafor voted for hiring an outside auditor.", passage)
    assert got != Stance.CONFLICTS, reasons


# 193. A noun whose plural is its singular counts as a plural ("2,140 dead fish" counts fish),
# a count's subject names what it counts ("the final count of injured workers was 12"), and
# the verb said of the claim's noun, said as the source's word before it ("workers were
# injured" / "injured workers"), aligns the two; another word before it does not.
def test_a_count_is_of_what_its_words_count() -> None:
    (q,) = analyse("Wardens counted 2,140 dead fish.").quantities
    assert q.unit == "fish"
    assert analyse("The final count of injured workers was 12.").quantities[0].unit == "worker"
    assert [ok for ok, _ in findings(
        "More than 40 workers were injured in the blast.",
        "The final count of injured workers was 12, the state said.",
    )] == [False]  # fmt: skip
    assert not [r for ok, r in findings(
        "More than 40 workers were injured in the blast.",
        "The final count of rehired workers was 12, the state said.",
    ) if not ok]  # fmt: skip


# 194. A rule's bound is its value ("riders must be at least 18" is no "at least 16"), and
# so is a stated maximum ("up to 400 scooters" is no "up to 800"); a cap and a count ("may
# deploy up to 600", "put 400 scooters") neither agree nor conflict unless they are one figure.
def test_a_rules_bound_and_a_maximum_are_their_values() -> None:
    rule = "Scooters are limited to 15 miles per hour; riders must be at least 18."
    assert [ok for ok, _ in findings("Riders must be at least 16 to ride.", rule)] == [False]
    assert [ok for ok, _ in findings("Riders must be at least 18 to ride.", rule)] == [True]
    cap = "Each company may deploy up to 400 scooters."
    assert [ok for ok, _ in findings("Each company may deploy up to 800 scooters.", cap)] == [False]
    assert not findings("Brisa may deploy up to 600 scooters.", "Brisa put 400 scooters out.")
    # (an estimate's open bounds still agree within a spread: "more than 5,000", "over 7,000")
    assert [ok for ok, _ in findings(
        "More than 5,000 people marched.", "Over 7,000 people marched, police said."
    )] == [True]  # fmt: skip


# 195. "a million trips" is a figure, a forecast ("We expect riders to take a million trips")
# is no record of what was done, and a figure over a period ("in its first year") is not one
# of a running total ("since April 1").
def test_a_million_a_forecast_and_a_span() -> None:
    (q,) = analyse("Riders took a million trips in the first year.").quantities
    assert (q.value, q.unit, q.span) == (1_000_000, "trip", "year")
    assert analyse("Riders have taken 412,000 trips since April 1.").quantities[0].span == "so far"
    got, reasons = stance(
        "Riders took a million trips on Brisa scooters in their first year.",
        '"We expect riders to take a million trips on Brisa scooters in the first year," said '
        "its chief executive.",
    )
    assert got != Stance.SUPPORTS, reasons
    assert not [r for ok, r in findings(
        "Riders took a million trips on Brisa scooters in their first year.",
        "Riders have taken 412,000 trips on Brisa scooters since April 1.",
    ) if not ok]  # fmt: skip


# 196. One thing counted in other words is one measure ("trips" / "rides"): a synonym group
# of counted nouns.
def test_rides_are_trips() -> None:
    assert [ok for ok, reason in findings(
        "Riders took 99,600 trips on the scooters in April.",
        "Riders took 61,200 rides on the scooters in April.",
    ) if reason.startswith("number")] == [False]  # fmt: skip


# 197. "mid", "early" or "late" right before a date is the date's own word ("By mid-June"),
# checked with the date, not a word of what happens; and where the parse gives a verb two
# subjects, the nearer one before it is the subject ("By mid-June, police had written").
def test_mid_june_is_a_date() -> None:
    from factcheck.language.parse import parse
    from factcheck.stance.atoms import relation_words

    claim = analyse_claim("By mid-June, police had written 340 citations to riders.")
    assert "mid" not in [t.lower for t in relation_words(claim)]
    p = parse(claim.text)
    (verb,) = [w for w in p.words if w.text == "written"]
    subject = p.subject(verb)
    assert subject is not None and subject.text == "police"


# 198. The value a change still to come would reach ("voted to raise the wage to $16 by 2028",
# "will rise to $14 in 2027, to $15 in 2028") is no value of now; the "from" of a proposed
# change is.
def test_a_planned_change_s_target_is_no_value_of_now() -> None:
    steps = analyse(
        "The wage would rise to $14 on Jan. 1, 2027, to $15 in 2028 and to $16 in 2029."
    )
    assert [q.target for q in steps.quantities if q.kind == "amount"] == [True, True, True]
    (now,) = analyse_claim("Dunmore's minimum wage is currently $12.25 an hour.").quantities
    assert not now.target
    assert not [ok for ok, reason in findings(
        "Dunmore's minimum wage is currently $12.25 an hour.",
        "The Dunmore council voted 6-1 to raise the city's minimum wage to $16 an hour by 2029.",
    ) if reason.startswith("amount")]  # fmt: skip
    assert (True, "amount: claim says $12.25, source says $12.25") in findings(
        "Dunmore's minimum wage is currently $12.25 an hour.",
        "The mayor proposed raising Dunmore's minimum wage from $12.25 an hour to $16.",
    )


# 199. A share of a narrower whole is another figure: "61% of the jobs paying less than $20 an
# hour" is no share "of all jobs"; said with the same narrowing, it is the claim's.
def test_a_share_of_a_narrower_whole_is_another_figure() -> None:
    said = "Women hold 61% of the jobs paying less than $20 an hour."
    assert analyse(said).quantities[0].restricted == frozenset({"pay", "hour"})
    assert not [ok for ok, r in findings("Women hold 61% of all jobs in Dunmore.", said) if ok]
    assert (True, "percentage: claim says 61%, source says 61%") in findings(
        "In Dunmore, women hold 61% of the jobs that pay less than $20 an hour.", said
    )


# 200. "the state" is a level of government, and content: a claim that the state acted is not
# stated by a passage about the city's act.
def test_the_state_is_not_the_city() -> None:
    claim = analyse_claim("The state raised its gas tax in 2025.")
    assert "state" in [t.lower for t in claim.content]
    got, reasons = stance(
        "The state raised its gas tax in 2025.",
        "The Dunmore City Council voted in March 2025 to raise the city's gas tax.",
    )
    assert got != Stance.SUPPORTS, reasons


# 201. A sentence's first word that the parser tags as a common noun ("Tenant organizer Tomas
# Levin") is capitalized only because it opens the sentence: no name to find.
def test_a_common_noun_first_is_no_name() -> None:
    claim = analyse_claim("Tenant organizer Tomas Levin said his rent rose $200 a month.")
    assert [t.text for t in claim.names] == ["Tomas", "Levin"]


# 202. A rank is part of what a claim says: "the largest group paid less than $20" is not
# stated by a passage that gives only the group's count; superlatives of size are one rank.
def test_an_unstated_rank_is_missing() -> None:
    got, reasons = stance(
        "Retail workers are the largest group paid less than $20 an hour in Dunmore.",
        "In Dunmore, 7,100 retail workers are paid less than $20 an hour.",
    )
    assert got != Stance.SUPPORTS, reasons
    # ... said by another superlative of size, it is stated ("steepest" / "biggest")
    got, reasons = stance(
        "Orrin shares fell 9% on Monday, their steepest one-day drop since 2019.",
        "Orrin shares fell 9% on Monday, their biggest one-day drop since 2019.",
    )
    assert got == Stance.SUPPORTS, reasons


# 203. A chair's count in words ("Three in favor, four opposed") is a tally.
def test_a_count_of_each_side_in_words_is_a_tally() -> None:
    for said, pair in (
        ("On the amendment: three in favor, four opposed.", (3.0, 4.0)),
        ("The board voted six for and one against.", (6.0, 1.0)),
    ):
        (q,) = [x for x in analyse(said).quantities if x.kind == "tally"]
        assert (q.value, q.against) == pair
    assert (True, "vote: claim says 3-4, source says three in favor, four opposed") in findings(
        "The amendment failed by a vote of 3-4.", "On the amendment: three in favor, four opposed."
    )


# 204. Those named in a sentence of their own as voting against, as many as the count the
# sentences before it gave, are all who did: another member did not.
def test_named_dissenters_after_the_count_are_all_of_them() -> None:
    lead = "The Dunmore council voted 5-2 on Tuesday to adopt the ordinance."
    said = "Councilors Ada Quist and Ben Omar voted against the ordinance."
    claim = analyse_claim("Councilor Rita Vance voted against the ordinance.")
    got = compare(claim, analyse(said), lead).findings
    assert [(f.supports, f.reason) for f in got] == [
        (False, "vote: claim says Vance voted against, source names all who did: Ada Quist, "
                "Ben Omar")
    ]  # fmt: skip
    assert not compare(claim, analyse(said)).findings  # (no count: not all of them)


# 205. An object pronoun takes what the clause before it is about: "Tipped servers are
# covered like everyone else: the council did not exempt them" negates an exemption of them.
def test_them_is_what_the_clause_before_it_is_about() -> None:
    got, reasons = stance(
        "The council exempted tipped servers from the wage increase.",
        "Tipped servers are covered by the wage increase like everyone else: the council did not "
        "exempt them.",
    )
    assert got == Stance.CONFLICTS, reasons


# 206. A column's author wrote what it says: the writer before "wrote that" gives the figure,
# and is not what it is said of; a bill signed is not vetoed.
def test_a_writer_gives_a_figure_and_a_signed_bill_is_not_vetoed() -> None:
    (q,) = analyse_claim("Ann Ruiz wrote that the law would cost 4,000 jobs.").quantities
    assert q.names == frozenset()
    got, reasons = stance(
        "Mayor Ostrowski vetoed the wage ordinance.", "Mayor Ostrowski signed the wage ordinance."
    )
    assert got == Stance.CONFLICTS, reasons


# 207. "one extra year", "two more weeks" are spans of time, each an added span: "two extra
# years" conflicts with "one extra year" said of the same thing.
def test_an_extra_year_is_a_span() -> None:
    (q,) = analyse("Small firms keep one extra year at each step.").quantities
    assert (q.kind, q.value, q.compound) == ("duration", 365.25, frozenset({"addit"}))
    assert (False, "duration: claim says two extra years, source says one extra year") in findings(
        "Small firms get two extra years at each step.",
        "Small firms keep one extra year at each step.",
    )


# 208. A figure the passage gives for another period is no conflict ("11,400 hours of overtime
# in 2025" / "6,800 hours in the first half of 2026"), and "the first half of" is a period, no
# fraction; an end of a claim's span ("between 2023 and 2025") is no date of a single time.
def test_a_figure_of_another_period_and_an_end_of_a_span() -> None:
    said = "Dispatchers worked 6,800 hours of overtime in the first half of 2026."
    assert [q.text for q in analyse(said).quantities] == ["6,800 hours"]
    claim = "Dispatchers worked 11,400 hours of overtime in 2025."
    assert not [r for ok, r in findings(claim, said) if not ok]
    assert not [r for ok, r in findings(
        "Dispatchers' overtime nearly doubled between 2023 and 2025.", said
    ) if not ok]  # fmt: skip


# 209. A correction that says which one was wrong ("misidentified the clinic that answered
# 84% ... It was the jail's clinic, not the city's") does not correct a claim that gives the
# right one with the figure.
def test_a_claim_with_the_corrections_right_version_is_not_corrected() -> None:
    said = (
        "A story misidentified the clinic that answered 84% of calls within 15 seconds in 2025. "
        "It was the county jail's clinic, not the city's."
    )
    got, reasons = stance(
        "The county jail's clinic answered 84% of calls within 15 seconds in 2025.", said
    )
    assert got != Stance.CONFLICTS, reasons


# 210. "made up 3.1% of calls" is what a whole is made of, no change; a rate in other words
# ("the abandoned-call rate was 3.1%") is that share; a list gives each figure its own subject
# ("3.1% of calls to the sheriff's ... and 1.2% of calls to Marlow's").
def test_a_rate_in_other_words_and_a_list_of_shares() -> None:
    said = (
        "Abandoned calls, in which the caller hangs up, made up 3.1% of calls to the sheriff's "
        "answering point in 2025 and 1.2% of calls to Marlow's."
    )
    assert [q.change for q in analyse(said).quantities] == [False, False]
    got, reasons = stance("The sheriff's center's abandoned-call rate was 3.1% in 2025.", said)
    assert got == Stance.SUPPORTS, reasons
    got, reasons = stance("Abandoned calls made up 3.1% of calls to Marlow's center in 2025.", said)
    assert got != Stance.SUPPORTS, reasons


# 211. A number right before a singular noun names it ("the state 911 surcharge", "a Route 9
# interchange"), and one right after a count is its noun's name ("two 911 centers").
def test_a_number_that_names_a_thing_counts_nothing() -> None:
    assert analyse("It is paid from the state 911 surcharge.").quantities == []
    (q,) = analyse("The county's two 911 dispatch centers will merge.").quantities
    assert (q.value, q.unit) == (2, "center")
    assert [x.text for x in analyse("They hired one nurse and 12 Bayline staff.").quantities] == [
        "one nurse", "12 Bayline staff",
    ]  # fmt: skip


# 212. A demand's bound is what is asked ("called on the county to hire at least six more"
# is no "at least 10 more"), and a demand is a saying, judged on whether it was made.
def test_a_demand_s_bound_is_its_value() -> None:
    from factcheck.language.polarity import is_attribution

    said = "The union is calling on the county to hire at least six more dispatchers."
    assert [ok for ok, r in findings(
        "The union called on the county to hire at least 10 more dispatchers.", said
    ) if r.startswith("number")] == [False]  # fmt: skip
    assert is_attribution("The union called on the county to hire at least six more dispatchers.")


# 213. A sentence's first word that is a verb's "-ing" ("Merging the two centers ...",
# "Extending the network ...") is no name, and a verb is found in the noun of its act
# ("extension", "merger").
def test_a_first_gerund_is_no_name_and_a_verb_is_its_act() -> None:
    claim = analyse_claim("Extending the network to Hollis Township will cost $1.9 million.")
    assert [t.text for t in claim.names] == ["Hollis", "Township"]
    comp = compare(claim, analyse("The Hollis Township extension will cost $1.9 million."))
    assert "Extending" not in comp.unmatched


# 214. A figure its party stands by ("the board said it stood by its figure of 3.1%") is not
# rejected by the other figure before it: the sources disagree, no figure replaces it.
def test_a_figure_stood_by_is_not_rejected() -> None:
    got = findings(
        "The share of abandoned calls at the sheriff's center was 3.1% in 2025.",
        "A study put the share of abandoned calls at the sheriff's center at 5.4% in 2025. The "
        "board said it stood by its figure of 3.1%.",
    )
    assert not [r for ok, r in got if "not 3.1%" in r]


# 215. A bare figure whose subject says what it counts ("Calls ... rose to 58,300") is a
# table cell's count of that ("Calls 2025: 58,300"); a service number names a service ("911
# calls"), it counts nothing.
def test_a_bare_figure_counts_its_subject_and_911_is_a_name() -> None:
    assert (True, "number: claim says 58,300, source says 58,300") in findings(
        "Calls to the sheriff's dispatch center rose to 58,300 in 2025.",
        "Answering point: Dell Sheriff Dispatch; Dell Sheriff Dispatch Calls 2025: 58,300.",
    )
    assert analyse("The trainees are answering 911 calls.").quantities == []
    assert [q.text for q in analyse("911 of the 1,000 voters").quantities][-1] == "1,000 voters"
    # (before any other noun the number counts it: "112 traffic deaths", "the 988 crisis line")
    assert [q.text for q in analyse("Police counted 112 traffic deaths.").quantities] == [
        "112 traffic deaths"
    ]
    assert analyse("The 988 crisis line opened in July.").quantities == []


# 216. An act under way now ("are already answering calls") against a source that says it is
# still to begin ("will begin answering calls in September"): not yet; another act the source
# says is done ("has hired four trainees") settles nothing of it.
def test_already_under_way_against_still_to_begin() -> None:
    got, reasons = stance(
        "The county's four new trainees are already answering calls.",
        "The county has hired four trainees, who will begin answering calls in September.",
    )
    assert got == Stance.CONFLICTS, reasons


# 217. A clause with no words (a lone dash between two: "Prices rose, — , and fell") is read
# like any other, with nothing to say: no clause of the passage breaks the weighing.
def test_a_clause_with_no_words_is_read() -> None:
    from factcheck.stance.engine import _clauses_about

    about = _clauses_about(analyse_claim("Prices rose."), ["Prices rose, — , and fell."], 0.5)
    assert [[t.text for t in c] for c in about] == [["Prices", "rose"]]


# 218. What someone said is its verb's: a claim that a speaker said some would be laid off
# "to bring staffing down to 34 positions" is not stated by a passage that gives the 34
# positions without the layoffs (a figure of under half of its words, not its verb).
def test_a_said_claim_needs_its_verb_where_a_figure_carries_little() -> None:
    got, reasons = stance(
        "Quill said some dispatchers would be laid off to bring staffing down to 34 positions.",
        "Quill said the two centers employ 38 dispatchers; the merged center would have 34 "
        "positions.",
    )
    assert got != Stance.SUPPORTS, reasons


# 219. How often a duty is done is a measure of it: "every month" against "every quarter" of
# the same act conflicts; "monthly" is "every month"; a rate of a figure ("$40 a month") is
# no frequency.
def test_another_frequency_of_the_same_act_conflicts() -> None:
    got = findings(
        "The hospital must publish its waiting times every month.",
        "The hospital must publish its waiting times to the health board every quarter.",
    )
    assert (False, "frequency: claim says 'every month', source says 'every quarter'") in got
    assert not [r for ok, r in findings(
        "The hospital must publish its waiting times every month.",
        "The hospital must publish its waiting times monthly.",
    ) if r.startswith("frequency")]  # fmt: skip
    from factcheck.language.frequency import frequencies

    assert (
        frequencies("Residents pay $40 a month and inspections happen twice a year.")[0].days
        == 182.5
    )


# 220. A boast that ranks a party against all others ("than any other employer", "the only")
# is no plan of its own in its own words: it is not evidence of the fact.
def test_a_boast_that_ranks_the_party_is_no_plan() -> None:
    from factcheck.language.polarity import own_plan

    boast = "We will hire more people than any other firm in the valley."
    claim = "The mill will hire more people than any other firm in the valley."
    assert own_plan(claim, boast) is None
    assert own_plan("The mill will hire 40 people.", "We will hire 40 people.") is not None


# 221. A rejected figure with a word of approximation or of a part of a period between the
# cue and the figure ("rather than late 2027") is still rejected; the figure in its place is
# the one before the cue in the text, not a weekday counted from the dateline.
def test_rather_than_late_is_rejected_and_replaced_by_the_one_before() -> None:
    got = findings(
        "The new terminal is scheduled to open in late 2027.",
        "LONGFORD, May 6, 2026 — The airport broke ground on Tuesday and said its new terminal "
        "will now open in mid-2028 rather than late 2027.",
    )
    assert [r for ok, r in got if not ok] == ["date: claim says 2027, source says 2028, not 2027"]


# 222. A figure the source rejects in one clause and states in another that says more of the
# claim ("approved 50 beds, not the 80 it sought; 80 beds may follow once a new wing opens")
# is the claim's there: no replacement.
def test_a_rejected_figure_restated_in_a_clause_of_the_claim_is_not_replaced() -> None:
    got = findings(
        "The clinic could grow to 80 beds once a new wing opens.",
        "The state approved 50 beds, not the 80 beds the clinic sought; 80 beds may follow "
        "once a new wing opens.",
    )
    assert not [r for ok, r in got if "not 80" in r]
    assert [r for ok, r in findings(
        "The clinic will have 80 beds.",
        "The state approved 50 beds, not the 80 beds the clinic sought.",
    ) if not ok][0] == "number: claim says 80 beds, source says 50 beds, not 80 beds"  # fmt: skip


# 223. A member's side with nothing after it ("Trustees Ana Ruiz and Dev Patel voted no.") is a
# vote on the measure the story's sentences before report: the claim's words for it are
# stated there, and the side decides.
def test_a_bare_side_votes_on_the_measure_before_it() -> None:
    context = "The library board voted 5-2 on Monday to close the Elm Street branch."
    claim = analyse_claim("Trustee Dev Patel voted for closing the Elm Street branch.")
    comp = compare(claim, analyse("Trustees Ana Ruiz and Dev Patel voted no."), context)
    assert any(f.kind == "vote" and not f.supports for f in comp.findings)
    assert "closing" not in comp.unmatched and "branch" not in comp.unmatched
    other = compare(
        analyse_claim("Trustee Dev Patel voted for the parking fee."),
        analyse("Trustees Ana Ruiz and Dev Patel voted no."), context,
    )  # fmt: skip
    assert "parking" in other.unmatched


# 224. A claim that looks ahead ("expects to open", "is scheduled to") is said by a source's
# plain future ("will open"): no hedge of the source weakens it, and "expects" is no content.
def test_an_expectation_is_said_by_the_plain_future() -> None:
    got, reasons = stance(
        "The museum now expects to reopen its east wing in March 2027.",
        "The museum said its east wing will now reopen in March 2027.",
    )
    assert got == Stance.SUPPORTS, reasons
    assert not [r for r in reasons if r.startswith("weak")], reasons


# 225. Two round figures are one amount only when either could be a rounding of the other:
# "about $48 million" is not "about $39 million"; "about $40 million" is "about $41 million".
def test_two_round_figures_agree_only_within_their_rounding() -> None:
    def q(text: str) -> quantities.Quantity:
        return analyse(text).quantities[0]

    assert not quantities.agrees(q("about $48 million"), q("about $39 million"))
    assert quantities.agrees(q("about $40 million"), q("about $41 million"))


# 226. A figure "at its peak" is a maximum: "up to 600 workers" and "about 450 workers at its
# peak" are two maxima of one measure, which conflict; "up to 600" is "about 600 at its peak".
def test_a_figure_at_its_peak_is_a_maximum() -> None:
    claim = "The new line will carry up to 9,000 riders a day at its peak."
    assert findings(claim, "The line will carry about 6,500 riders a day at its peak.") == [
        (False, "number: claim says up to 9,000 riders, source says about 6,500 riders")
    ]
    assert findings(claim, "At its peak, the line will carry about 9,000 riders a day.")[0][0]


# 227. Another's figure named to be weighed may have two words before its noun ("the
# district's published cost estimate of $80 million ... has not been updated"): quoted, not
# stated, so no conflict with the newer figure a claim gives.
def test_anothers_figure_with_two_modifiers_is_quoted_not_stated() -> None:
    got = findings(
        "The new school is now expected to cost $95 million.",
        "The district's published cost estimate of $80 million for the new school dates from "
        "2021 and has not been updated.",
    )
    assert not [r for ok, r in got if not ok], got


# 228. A passive's agent the passage names otherwise ("paid for by the Chamber of Commerce"
# / "paid for by a grant from the Lindqvist Foundation") conflicts; a name the sentences
# before give fills no role the passage fills itself.
def test_another_agent_of_the_passive_conflicts() -> None:
    claim = analyse_claim("The Orrin survey was paid for by the Chamber of Commerce.")
    passage = analyse("The survey was paid for by a grant from the Lindqvist Foundation.")
    comp = compare(claim, passage, "The Chamber of Commerce criticised the survey last week.")
    assert [f.reason for f in comp.findings if f.kind == "agent"] == [
        "agent: claim says paid by the Chamber of Commerce, source says paid by a grant from "
        "the Lindqvist Foundation"
    ]
    same = compare(analyse_claim("The survey was paid for by the Lindqvist Foundation."), passage)
    assert not [f for f in same.findings if f.kind == "agent"]


# 229. "No" that opens a hyphenated compound ("a no-contact advisory", "a no-bid contract")
# names a kind of thing and denies nothing.
def test_no_in_a_compound_is_no_negation() -> None:
    from factcheck.language.polarity import negation_cues
    from factcheck.language.tokens import tokenize

    assert negation_cues(tokenize("The county lifted its no-swim order for Lake Tarn.")) == []
    assert negation_cues(tokenize("The county issued no order for Lake Tarn.")) == [(3, 4)]


# 230. That a state lasts until now ("are still closed") is part of a claim with no date of
# its own: a passage that only says it held ("The county closed the three pools") does not
# state it; one that says it goes on ("remain closed") does.
def test_still_needs_a_passage_that_says_it_lasts() -> None:
    claim = "All three pools in Orrin are still closed."
    got, reasons = stance(claim, "The county closed all three pools in Orrin.")
    assert got != Stance.SUPPORTS, reasons
    got, reasons = stance(claim, "All three pools in Orrin remain closed.")
    assert got == Stance.SUPPORTS, reasons


# 231. A time in words before a rejected date ("to begin next spring rather than in October")
# is the source's, in the claim's date's place.
def test_a_season_in_place_of_a_rejected_date() -> None:
    got = findings(
        "Work on the Orrin library roof will begin in October.",
        "The city now expects work on the Orrin library roof to begin next spring rather than "
        "in October.",
    )
    assert (False, "date: claim says October, source says next spring, not October") in got


# 232. A figure counts a reporting noun too ("47 reports of illness", "nine of the illness
# reports"); a count in words of "them" counts what the sentence counted before it; and a
# possessor named in words ("two of Lake Tarn's beaches") is no counted noun.
def test_counts_of_reports_and_of_them_and_a_named_possessor() -> None:
    def counted(text: str) -> list[tuple[str, str, bool]]:
        return [(q.text, q.unit, q.part) for q in analyse(text).quantities]

    assert counted("Nine of the illness reports involved children.") == [
        ("Nine of the illness reports", "report", True)
    ]
    assert counted("It has had 31 reports of illness, nine of them involving children.") == [
        ("31 reports", "report", False),
        ("nine", "report", True),
    ]
    assert counted("One of them said no.") == []
    assert counted("Two of Lake Tarn's beaches stay open.")[0][1] == "beach"


# 233. A claim's figure that is the whole of a partitive the passage says its verb of ("two
# dogs were killed" / "one of the two dogs that died in June was killed") conflicts; what the
# relative clause says of the whole ("two dogs died in June") does not.
def test_the_whole_of_a_partitive_said_of_its_part() -> None:
    passage = (
        "A state laboratory confirmed that one of the two horses that died in May was killed by "
        "a toxin."
    )
    got = findings("A state laboratory confirmed that two horses were killed by a toxin.", passage)
    assert (False, "number: claim says two horses, source says one of the two horses") in got
    assert not [r for ok, r in findings("Two horses died in May.", passage) if not ok]


# 234. A count chosen by order ("the first nine cases") is another measure than a count of a
# day's ("four cases confirmed on Thursday"); a compound noun's -ing modifier ("22 perimeter
# monitoring wells") is read on to its head.
def test_an_ordered_count_and_an_ing_modifier() -> None:
    assert not findings(
        "Seven of the first nine flu cases were in adults.",
        "Officials confirmed four cases of flu on Thursday.",
    )
    assert [
        (q.unit, q.text) for q in analyse("at 6 of its 22 perimeter monitoring wells").quantities
    ][-1] == ("well", "22 perimeter monitoring wells")


# 235. A part of a whole is picked out by what is said of it: "three of the county's parks
# stay closed" is neither stated nor contradicted by "reopened four of the county's seven
# parks", which counts another part by another verb.
def test_a_part_is_picked_out_by_its_verb() -> None:
    passage = "The county on Monday reopened four of Dell County's seven parks after the storm."
    got, reasons = stance("Three of Dell County's parks stay closed after the storm.", passage)
    assert got == Stance.NEUTRAL, reasons
    got, reasons = stance("The storm closed four of Dell County's parks.", passage)
    assert got != Stance.SUPPORTS, reasons


# 237. A person's whole name swapped is a conflict only where the passage says one did it
# ("cast the only vote against"): where several may have ("voted for the budget"), another
# name says nothing of the claim's.
def test_a_whole_name_swapped_where_only_one_did_it() -> None:
    got = findings(
        "Trustee Mara Olsen cast the only vote against the library budget.",
        "Trustee Ivo Brandt cast the only vote against the library budget.",
    )
    assert (False, "name: claim says 'Mara', source says 'Ivo'") in got
    assert not [r for ok, r in findings(
        "Trustee Mara Olsen voted for the library budget.",
        "Trustee Ivo Brandt voted for the library budget.",
    ) if r.startswith("name")]  # fmt: skip


# 238. A partitive with its whole inside it ("Three of the seven schools were over capacity")
# states a share of that whole (42.9%), which a claim's share of the same noun agrees or
# conflicts with: "more than half of the schools" conflicts, "fewer than half" agrees.
def test_a_partitive_states_a_share_of_its_own_whole() -> None:
    passage = "Three of the seven schools were over capacity in the fall."
    got = findings("More than half of the schools were over capacity.", passage)
    assert got == [
        (False, "percentage: claim says More than half, source says Three of the seven schools "
                "(42.9%)")
    ]  # fmt: skip
    assert findings("Fewer than half of the schools were over capacity.", passage)[0][0]


# 239. What a study found is judged on the finding, like what someone said: "A study
# commissioned by the growers found that ..." is an attribution, which the growers' own
# release reporting the study supports.
def test_what_a_study_found_is_an_attribution() -> None:
    from factcheck.language.polarity import is_attribution

    assert is_attribution("A study commissioned by the growers found that bees pollinate 40%.")
    assert is_attribution("The state audit concluded that the fund was short $2 million.")
    assert not is_attribution("Bees pollinate 40% of the valley's orchards.")


# 240. A part of a whole the sentence gives ("directed three of the four films") is no count of
# the whole a claim gives ("a series of three films"), which the whole conflicts with; a part
# whose whole is not given ("one of the workers was taken to the hospital") counts what its
# verb picks out, as "one worker was taken" does; "all 31 of the district's schools" is the
# whole; and "is one of the oldest cities" counts nothing.
def test_a_part_is_no_count_of_its_given_whole() -> None:
    got = findings(
        "The Maple Trail books are a series of three novels.",
        "She wrote three of the four novels in the Maple Trail series.",
    )
    assert got == [(False, "number: claim says three novels, source says four novels")]
    assert findings(
        "One worker was taken to the hospital.", "One of the workers was taken to the hospital."
    )[0][0]
    assert [q.part for q in analyse("closing all 31 of the district's schools").quantities] == [
        False
    ]
    assert analyse("Orrin is one of the oldest towns in the valley.").quantities == []


# 241. A negative claim conflicts only with a passage that states what it denies: its main
# verb ("pay") and any comparative ("faster"). "Tenants pay nothing for the new windows" is
# not denied by a vote on who replaces the windows; "did not cut any jobs" is by "cut 40 jobs".
def test_a_negation_needs_the_denied_predicate_stated() -> None:
    assert not findings(
        "Tenants pay nothing for the new windows.",
        "The council voted to require landlords to let the city replace the windows.",
    )
    assert not findings(
        "No district in the state is hiring teachers faster than Orlin's.",
        "The Orlin district will hire 120 teachers this year.",
    )
    # a verb that is itself the denial denies the verb under it ("refuses to host")
    assert findings("Marta Lind refuses to host talk shows.", "Lind hosts two talk shows.")
    assert findings("The city lacks a bus network.", "The city has a bus network.")
    assert findings("The company did not cut any jobs.", "The company cut 40 jobs in May.")[0] == (
        False,
        "negation: claim says 'not', source is affirmative",
    )


# 242. A date conflicts only where the passage states what the date is the date of ("estimated
# in March"): a passage with another act on another date ("voted in June to hire an engineer")
# is another event. The same act on another date still conflicts.
def test_a_date_conflicts_only_for_the_act_it_dates() -> None:
    assert not findings(
        "The county estimated in March that 800 bridges needed repair.",
        "The county board voted in June to hire an engineer.",
    )
    assert findings(
        "The bridge was closed on May 3.", "The county closed the bridge on May 5."
    ) == [(False, "date: claim says May 3, source says May 5")]


# 243. A plan's count and a count of what was done are two measures of one act: "replaced 300
# buses between 2020 and 2025" is not the "900 buses" a headline plans to replace, and "has
# hired 40 teachers so far" is no "not yet" against a plan to hire 120.
def test_a_plan_and_what_was_done_are_two_counts() -> None:
    assert not findings(
        "The district replaced 300 buses between 2020 and 2025.",
        "District to replace 900 buses this year",
    )
    assert not [
        r for ok, r in findings(
            "The district has hired 40 teachers so far in 2026.",
            "The district will hire 120 teachers in 2026.",
        ) if not ok
    ]  # fmt: skip
    assert any(
        r.startswith("not yet")
        for _, r in findings(
            "The district has hired 120 teachers.", "The district will hire 120 teachers in 2026."
        )
    )


# 244. A hedge of another clause is not the act's: "has paved 12 miles so far this year and
# now expects to finish 30 by December" hedges the 30, and states the 12 as done.
def test_a_hedge_of_another_clause_is_not_the_acts() -> None:
    claim = analyse_claim("The city has paved 12 miles of road so far this year.")
    passage = "The city has paved 12 miles of road so far this year and now expects to finish 30."
    assert compare(claim, analyse(passage)).hedges == []
    hedged = "The city expects to have paved 12 miles of road so far this year."
    assert compare(claim, analyse(hedged)).hedges == ["expects"]


# 245. A clause of condition or limit states nothing: "must add buses until ridership falls
# below the target" does not say ridership is below it.
def test_a_condition_states_nothing() -> None:
    assert not findings(
        "Ridership was above the target in 2025.",
        "The agency must add buses each year until ridership falls below the target.",
    )
    assert findings("Ridership was above the target.", "Ridership was below the target.")


# 246. What remains ("11,000 poles remain") is no count of an act done to some of them
# ("will replace 1,800 poles").
def test_what_remains_is_no_count_of_an_act() -> None:
    from factcheck.language.counted import counted, same_thing

    def at(text: str, figure: str):  # noqa: ANN202
        i = text.index(figure)
        return counted(text, i, i + len(figure))

    remain = at("The utility estimates that 11,000 wooden poles remain in the county.", "11,000")
    replace = at("The utility expects to replace 1,800 wooden poles this year.", "1,800")
    assert remain.remainder and not same_thing(replace, remain)


# 247. A round figure is a rounding to its last digit that is not zero: "about 11,000" covers
# 10,000 to 12,000 and never 9,400; "about 700" covers 600 to 800; "about 450" stays within 5%.
def test_about_a_round_figure_is_a_rounding_of_it() -> None:
    def agree(claim: str, source: str) -> bool:
        return quantities.agrees(quantities.extract(claim)[0], quantities.extract(source)[0])

    assert not agree("About 11,000 wells remain.", "Officials say 9,400 wells remain.")
    assert agree("About 11,000 wells remain.", "Officials say 10,600 wells remain.")
    assert agree("About 700 people came.", "Police said 640 people came.")
    assert not agree("About 450 babies were born.", "The bulletin counts 410 babies.")


# 248. A limit set for a measure is no value of it: "the federal action level for lead is 15
# parts per billion" neither states nor contradicts "the lead level was 13 parts per billion";
# a limit against a limit still conflicts.
def test_a_limit_is_no_value_of_its_measure() -> None:
    claim = "The town's lead level was 13 parts per billion in 2025."
    assert not [
        r for ok, r in findings(
            claim, "The federal action level for lead is 15 parts per billion."
        ) if not ok
    ]  # fmt: skip
    assert findings(
        "The federal action level for lead is 10 parts per billion.",
        "The federal action level for lead is 15 parts per billion.",
    ) == [(False, "number: claim says 10 parts, source says 15 parts")]
    assert findings(claim, "The town's lead level was 15 parts per billion in 2025.")[0][0] is False


# 249. Where a passage dates two acts, the claim's date is set against the date of its own
# act: "was born on June 30" against "closed its unit on June 30; the last baby was born there
# on June 27" is June 27.
def test_a_date_is_set_against_its_own_acts_date() -> None:
    passage = (
        "The clinic closed its birthing unit on June 30, as planned; the last baby was born "
        "there on June 27."
    )
    assert findings("The last baby at the clinic was born on June 30.", passage) == [
        (False, "date: claim says June 30, source says June 27")
    ]
    assert findings("The clinic closed its birthing unit on June 30.", passage) == [
        (True, "date: claim says June 30, source says June 30")
    ]


# 250. What one party said given to another party named by a noun ("the hospital says" /
# "the union says") makes an attribution false; a party that says something else in the
# sentence ("hours after the county warned residents to stay out") does not.
def test_another_party_said_it() -> None:
    assert findings(
        "The hospital says it is closing the unit to save money.",
        "HOST: The union says you are closing the unit to save money.",
    ) == [(False, "speaker: claim says the hospital said it, source says the union")]
    assert not findings(
        "The mayor said the beaches would stay closed until the water is safe.",
        "The town closed its beaches hours after the county warned residents to stay out.",
    )


# 251. The date a claim gives its speaker's words ("In April, Whitlock said ...") is when
# they were said, which a later statement does not answer.
def test_the_dates_of_a_saying() -> None:
    from factcheck.language.polarity import dates_of_saying

    assert dates_of_saying("In April, Whitlock said nine nurses had found other jobs.") == {"April"}
    assert dates_of_saying("Whitlock said the unit would close on June 30.") == frozenset()
    assert dates_of_saying("The unit closed on June 30.") == frozenset()


# 252. A partitive that is its verb's object says the verb of the part ("Crews delivered five
# of those seven babies"): a claim that the verb holds of the whole ("delivered all seven of
# the babies") conflicts with it, even where a sentence before counts the seven.
def test_a_partitive_object_takes_its_verb() -> None:
    claim = "Paramedics delivered all seven of the babies born on the way to a hospital."
    passage = (
        "In July, seven women gave birth on the way to a hospital. Paramedics delivered five "
        "of those seven babies."
    )
    assert findings(claim, passage) == [
        (False, "number: claim says seven of the babies, source says five of those seven babies")
    ]


# 253. A bare figure that is the subject of the verb after it counts the noun of the figure
# before it: "Eleven of the 14 drivers found other work; two retired and one moved away" counts
# two drivers who retired, a part as the eleven are.
def test_an_elided_noun_is_the_figure_befores() -> None:
    passage = (
        "Eleven of the 14 drivers found other work, the manager said; two retired and one moved."
    )
    assert findings("Three of the drivers retired.", passage) == [
        (False, "number: claim says Three of the drivers, source says two retired")
    ]
    assert findings("Two of the drivers retired.", passage)[0][0]
    # ... and "Of the drivers affected, two retired" opens with the whole the two are of
    fronted = quantities.extract("Of the drivers affected, two retired.")[0]
    assert (fronted.unit, fronted.part) == ("driver", True)


# 254. A figure after "of" gives the size of the noun before it ("a budget of $30.5 million"):
# a sentence that has a figure of that noun agreeing ("its $30.5 million budget") supports it,
# whatever other sum its clause shares more words with.
def test_a_figure_of_the_noun_it_measures_decides() -> None:
    from factcheck.language.counted import counted

    claim = "The Ridgeway School District has a budget of $30.5 million."
    assert counted(claim, claim.index("$"), claim.index("$") + 13).noun == "budget"
    total = "The co-op has raised a total of $710,000."
    assert counted(total, total.index("$"), total.index("$") + 8).noun == ""  # (only a count)
    passage = (
        "The Ridgeway School District's proposal to close schools on Fridays would save about "
        "$640,000 a year, roughly 2.1% of its $30.5 million budget."
    )
    assert findings(claim, passage) == [
        (True, "amount: claim says $30.5 million, source says $30.5 million")
    ]
    assert findings("The Ridgeway School District has a budget of $32 million.", passage)[0][0] is (
        False
    )


# 255. A minimum or maximum set for a measure is no value of it ("above the state minimum of
# 1,080 hours"); and a round figure written to its tens is exact to ten ("1,080 hours" is no
# 1,098), where a figure round to hundreds or more allows 2.5%.
def test_a_minimum_is_no_value_of_its_measure() -> None:
    passage = (
        "The calendar provides 1,098 hours of instruction, above the state minimum of 1,080 hours."
    )
    assert findings("The calendar provides 1,080 hours of instruction.", passage) == [
        (False, "duration: claim says 1,080 hours, source says 1,098 hours")
    ]
    assert findings("The calendar provides 1,098 hours of instruction.", passage)[0][0]
    assert quantities.extract("It cut 340 jobs.")[0].tolerance == 8.5
    assert quantities.extract("It serves 2,050 students.")[0].tolerance == 10.0
    assert quantities.extract("It has 4,300 residents.")[0].tolerance == 100.0


# 256. "The same number of hours" turns round "fewer hours" and "more hours" of the same noun,
# but not a comparison of another noun.
def test_the_same_amount_turns_round_more_or_fewer() -> None:
    passage = "Students will spend the same number of hours in class, just on four days."
    assert findings("Students will spend fewer hours in class.", passage) == [
        (False, "direction: claim says 'fewer', source says 'the same number of hours in class'")
    ]
    assert not [f for f in findings("Teachers will earn more money.", passage) if not f[0]]


# 257. Anonymous sources and the writing that reports a saying name no party: "sources say"
# is not another party than "three people familiar with the plans"; a party named by a verb
# of confirming is one ("A district spokesman confirmed" / "board members say").
def test_an_unnamed_source_is_no_other_party() -> None:
    assert findings(
        "Three people familiar with the plans said the utility was about to seek an 18% rate "
        "increase.",
        "Water utility set to seek 18% rate increase, sources say",
    ) == [(True, "percentage: claim says 18%, source says 18%")]
    assert findings(
        "A district spokesman confirmed in May that Friday child care would be free.",
        "Ridgeway to offer free Friday child care, board members say.",
    ) == [(False, "speaker: claim says the spokesman said it, source says the members")]


# 258. A change put right after the level it changed ("2,095 students, down 55 from last year")
# counts the level's noun: a claim that enrollment fell by 55 students is the change.
def test_a_change_after_its_level_counts_its_noun() -> None:
    change = quantities.extract("Enrollment this fall is 2,095 students, down 55 from last year.")
    assert [(q.value, q.unit, q.change) for q in change] == [
        (2095.0, "student", False),
        (55.0, "student", True),
    ]
    passage = "Enrollment this fall is 2,095 students, down 55 from last year."
    assert findings("Enrollment fell by 55 students from last year.", passage)[0][0]
    assert not findings("Enrollment fell by 75 students from last year.", passage)[0][0]


# 259. "Fell by half" and "cut in half" are a change of half of it (not "by half a percent");
# a colon after a figure ends its phrase ("raised about $710,000: the $350,000 grant, ...")
# where a time's or a ratio's has a digit after it ("09:28").
def test_by_half_and_a_figure_before_a_colon() -> None:
    half = quantities.extract("Sales at the market fell by half after 2019.")
    assert [(q.text, q.value, q.unit, q.change) for q in half] == [("half", 50.0, "%", True)]
    assert quantities.extract("Sales fell by half a percent.") == []
    passage = "Owner Dale Hendry said sales have fallen by nearly a third since 2019."
    assert (False, "percentage: claim says half, source says nearly a third") in findings(
        "Sales at the market fell by half after 2019.", passage
    )
    raised = "The co-op has raised about $710,000: the $350,000 state grant and $209,200 in shares."
    assert [q.text for q in quantities.extract(raised)] == [
        "about $710,000",
        "$350,000",
        "$209,200",
    ]
    assert quantities.extract("It opened at 09:28 today.") == []


# 260. A hyphenated noun before a preposition is what a figure counts ("1,000 member-owners on
# Oct. 9", unlike "764 write-in votes"); a month's full stop ends no clause; and a bare figure
# after "and" with a verb of having or reaching is the level of the same thing ("... and now
# has 1,046"), not of whatever else the sentence names.
def test_a_level_after_and_counts_the_figure_befores_noun() -> None:
    said = quantities.extract(
        "The co-op reached 1,000 member-owners on Oct. 9 and now has 1,046, its president said."
    )
    assert [(q.text, q.unit) for q in said] == [
        ("1,000 member-owners", "owner"),
        ("1,046", "owner"),
    ]
    hired = quantities.extract("The district hired 22 teachers and lost 9 over the summer.")
    assert [(q.text, q.unit) for q in hired] == [("22 teachers", "teacher"), ("9", "#lost")]
    assert quantities.extract("It got 764 write-in votes.")[0].unit == "vote"


# 261. What is needed ("We need 1,000 member-owners before we can sign a lease", "needs 60
# lifeguards") is no count of what there is: it neither supports nor conflicts with one.
def test_a_requirement_is_no_count() -> None:
    assert not findings(
        "The co-op now has more than 1,000 member-owners.",
        "We need 1,000 member-owners before we can sign a lease.",
    )
    assert not findings(
        "The department has hired 47 lifeguards.",
        "The department needs 60 lifeguards to open all five pools.",
    )


# 262. A lone dissent the claim gives ("cast the only vote against", "was the only board member
# to vote against") is the tally's one vote against ("passed 4-1"); "5-2" gives two.
def test_a_lone_dissent_against_the_tally() -> None:
    passage = "The motion passed 4-1. Councilor Pruitt voted no, saying the fund is for storms."
    assert findings("Ana Pruitt cast the only vote against the loan.", passage) == [
        (True, "vote: claim says one vote against ('only'), source says 4-1")
    ]
    assert findings(
        "Ellen Ruiz was the only board member to vote against the plan.",
        "The board voted 5-2 on Tuesday to approve the plan.",
    ) == [(False, "vote: claim says one vote against ('only'), source says 5-2")]


# 263. A table whose columns are headed by their periods alone ("Town | 2022 | 2024") measures
# what its caption names: each figure is read with it, so a claim's figure for the town and
# year is set against the cell, and another year's cell is left out.
def test_a_period_columns_figures_measure_the_caption() -> None:
    from factcheck.language.dates import extract
    from factcheck.language.table import read_with_header

    caption = "Table 2. Share of households that are food insecure, by town, 2022 and 2024"
    claim = "In 2022, 15.8% of Carver Falls households were food insecure."
    row = read_with_header(
        "| Town | 2022 | 2024 |",
        "| Carver Falls | 11.9% | 15.8% |",
        tuple(extract(claim)),
        caption=caption,
    )
    assert row == ("Town: Carver Falls;  2022: 11.9% (share of households that are food insecure).")
    assert findings(claim, row) == [
        (False, "percentage: claim says 15.8%, source says 11.9%"),
        (True, "date: claim says 2022, source says 2022"),
    ]


# 264. An office one person holds for a place ("the mayor of Carver Falls", "Ridgeway's
# superintendent") given to a person the passage does not name, where it gives the office as a
# title before another's name ("Mayor Joan Ferris"): a person given another's office. Not
# another place's mayor, nor the claim's own person.
def test_an_office_held_by_another() -> None:
    from factcheck.stance.rules import compare as compare_with

    minutes = "Present: Mayor Joan Ferris; Councilors Rob Kessler, Ana Pruitt."
    heading = "Carver Falls Town Council: minutes of the regular meeting"
    found = compare_with(
        analyse_claim("Lena Marsh is the mayor of Carver Falls."), analyse(minutes), heading
    ).findings
    assert [(f.supports, f.reason) for f in found] == [
        (False, "office: claim says Lena Marsh is the mayor, source says Mayor Joan Ferris")
    ]
    assert not findings("Lena Marsh is the mayor of Carver Falls.", "Mayor Tom Hadley spoke.")
    assert not findings("Joan Ferris is the mayor of Carver Falls.", minutes + " Carver Falls.")


# 265. "More overtime in the first half of 2026 than in the first half of 2025" against two
# figures each given right before its period ("6,800 hours of overtime in the first half of
# 2026, ..., compared with 5,100 in the first half of 2025"): the figures say which way it went,
# the second bare number counted as the first.
def test_two_dated_figures_settle_a_comparison() -> None:
    passage = (
        "Dispatchers worked 6,800 hours of overtime in the first half of 2026, according to "
        "payroll figures, compared with 5,100 in the first half of 2025."
    )
    said = (
        "Dispatchers worked {} overtime in the first half of 2026 than in the first half of 2025."
    )
    assert (
        True,
        "comparison: claim says more in the first half of 2026 than in the first half of 2025, "
        "source says 6,800 hours against 5,100 (more)",
    ) in findings(said.format("more"), passage)
    assert [f for f in findings(said.format("less"), passage) if not f[0]] == [
        (
            False,
            "comparison: claim says less in the first half of 2026 than in the first half of "
            "2025, source says 6,800 hours against 5,100 (more)",
        )
    ]


# 266. A span of years ("drowning deaths, 2021-2025") dates nothing in it, where a school year
# ("2024-25") is its first year; and "88,000 last year" is a figure and a time, not a name.
def test_a_span_of_years_is_no_date() -> None:
    from factcheck.language.dates import extract

    assert extract("Unintentional drowning deaths, 2021-2025") == []
    assert [d.text for d in extract("in the 2024-25 school year")] == ["2024"]
    assert [q.text for q in quantities.extract("It was down from 88,000 last year.")] == ["88,000"]


# 267. A level said with the level it came from ("71,400 visits this summer, down from about
# 88,000 last year"): the earlier level counts the same noun, the later one went down (a claim
# that visits rose is turned round), and a claim that dates the earlier level to last year
# (in a story filed in 2026) is that figure then.
def test_a_level_down_from_another() -> None:
    passage = (
        "WESTBROOK, Sept. 8, 2026 — Westbrook's pools recorded 71,400 visits this summer, down "
        "from about 88,000 last year, the parks department said."
    )
    assert [(q.text, q.unit, q.direction) for q in quantities.extract(passage)] == [
        ("71,400 visits", "visit", -1),
        ("about 88,000", "visit", 0),
    ]
    assert findings("Visits to Westbrook's pools rose in the summer of 2026.", passage) == [
        (False, "direction: claim says 'rose', source says 71,400 visits down")
    ]
    assert findings(
        "Westbrook's pools drew about 88,000 visits in the summer of 2025.", passage
    ) == [(True, "number: claim says about 88,000 visits, source says about 88,000 then")]


# 268. A named person the passage says said nothing ("A city spokeswoman, Irene Kowal, declined
# to comment"; "did not return calls") did not say what others said there.
def test_one_who_declined_to_comment_said_nothing() -> None:
    assert findings(
        "Irene Kowal said the city had hired enough lifeguards to staff every pool.",
        "The department has hired enough lifeguards to staff every pool, they said. A city "
        "spokeswoman, Irene Kowal, declined to comment.",
    ) == [
        (
            False,
            "speaker: claim says Irene Kowal said it, source says Irene Kowal declined to comment",
        )
    ]


# 269. The claim's only name, differing, is another subject, not a swap: "Every pool in Dunmore
# was open" is not contradicted by a sentence about Westbrook's pools.
def test_the_claims_only_name_is_no_swap() -> None:
    assert not [
        f
        for f in findings(
            "Every pool in Dunmore was open in the summer of 2026.",
            "Westbrook's three open pools recorded 31,500 visits, up from 29,000 at all five.",
        )
        if not f[0]
    ]


# 270. A sum a verb takes that is not the verb of the claim's noun ("the county will pay $1.2
# million toward rebuilding") is no value of it ("the estimated cost of rebuilding ... is $4.6
# million"); "would cost about $3.9 million" is one, and another figure of the passage is still
# read ("save $640,000 ... of its $30.5 million budget").
def test_a_payment_is_no_cost() -> None:
    claim = "The estimated cost of rebuilding the Orrin Bridge is now $4.6 million."
    assert not findings(
        claim,
        "The county will pay $1.2 million toward rebuilding the Orrin Bridge, closing the gap "
        "left by the project's higher cost.",
    )
    assert findings(claim, "Rebuilding the Orrin Bridge would cost about $3.9 million.") == [
        (False, "amount: claim says $4.6 million, source says about $3.9 million")
    ]


# 271. A hedge over a clause ("will ask the county to approve the removal of the Alder Mill
# Dam, a 24-foot concrete dam built in 1912") makes no plan of what an appositive or a
# participle says its noun is; the act it is over stays hedged.
def test_a_description_of_a_noun_is_not_hedged() -> None:
    from factcheck.stance.rules import analyse, analyse_claim, compare, hedge_governs

    passage = (
        "The authority will ask the county to approve the removal of the Alder Mill Dam, a "
        "24-foot concrete dam built in 1912."
    )
    built = analyse_claim("The Alder Mill Dam was built in 1912.")
    assert not hedge_governs(built, passage, "will", compare(built, analyse(passage)).matched)
    approved = analyse_claim("The county approved the removal of the Alder Mill Dam.")
    assert hedge_governs(approved, passage, "will", compare(approved, analyse(passage)).matched)
    # ... nor of what a relative clause in the past says happened
    passage = (
        "The owner has said it would rather remove the dam than pay for $4 million in repairs "
        "the state ordered in 2024."
    )
    ordered = analyse_claim("The state ordered $4 million in repairs to the dam in 2024.")
    assert not hedge_governs(ordered, passage, "would", compare(ordered, analyse(passage)).matched)


# 272. A side with a word that names the measure back ("voted against the plan") is read with
# the measure its story's lead reports; a lone dissenter the claim names is one of the two the
# passage names on that side.
def test_a_side_that_names_the_measure_back_and_two_dissenters() -> None:
    lead = "The Orrin County Commission voted 3-2 on Monday to support the removal of the weir."
    passage = "Commissioners Ada Moss and Lev Ortiz voted against the plan, citing the anglers."
    comp = compare(
        analyse_claim("Ada Moss voted against supporting the removal of the weir."),
        analyse(passage), lead,
    )  # fmt: skip
    assert not comp.unmatched and not comp.conflicts
    assert findings(
        "Lev Ortiz was the only commissioner to vote against the weir's removal.", passage
    ) == [(False, "vote: claim says one vote against ('only'), source says Ada Moss and Lev Ortiz")]


# 273. An opposite in a clause of its own that says none of the claim's other words ("Counts
# are taken below the weir") does not turn round the claim's word in the clause that says
# them ("no trout pass above it"); in the same clause it does.
def test_an_opposite_in_another_clause() -> None:
    claim = analyse_claim("No trout pass above the Orrin Weir.")
    assert not compare(
        claim, analyse("Counts are taken below the Orrin Weir; no trout pass above it.")
    ).opposed
    assert compare(
        claim, analyse("No trout pass above the Orrin Weir, and many pass below it.")
    ).opposed == ["above"]
    # a word of the claim's word's group said too, its opposite of something else: "start in
    # July 2027 and finish by the end of October 2027" does not turn round "begin"
    work = analyse_claim("Work on the weir will begin in July 2027.")
    assert not compare(
        work, analyse("We expect work on the weir to start in July 2027 and finish by the end of "
                      "October 2027.")
    ).opposed  # fmt: skip


# 274. "Sue" and "lawsuit" say one act: the sentence of the lawsuit, read with the next one
# that says the named person did not return calls, says she did not say it.
def test_sue_and_lawsuit_are_one_act() -> None:
    assert findings(
        "Ines Vale said the tenants would sue in June.",
        "The lawsuit could be filed as early as June, one of them said. The tenants' association "
        "president, Ines Vale, did not return calls.",
    ) == [
        (True, "date: claim says June, source says June"),
        (
            False,
            "speaker: claim says Ines Vale said it, source says Ines Vale did not return calls",
        ),
    ]
    from factcheck.language.synonyms import synonyms
    from factcheck.language.tokens import stem

    assert synonyms()[stem("sue")] == frozenset({"lawsuit", "suit"})


# 275. A kind's name between a figure's modifier and its noun ("2,450 adult Chinook salmon")
# leaves the noun what is counted, so a count of the named kind is read against a table row's
# count of it ("2024 Chinook: 860 adult salmon ..."), not against all salmon.
def test_a_kinds_name_inside_a_count() -> None:
    said = quantities.extract("They counted 2,450 adult Chinook salmon.")
    assert [(q.text, q.unit) for q in said] == [("2,450 adult Chinook salmon", "salmon")]
    claim = "In 2024, 2,450 adult Chinook salmon were counted at the fish ladder."
    assert findings(
        claim, "Year: 2024; 2024 Chinook: 860 adult salmon counted at the fish ladder."
    )[0] == (False, "number: claim says 2,450 adult Chinook salmon, source says 860 adult salmon")
    assert [f for f in findings(claim, "In 2024, 860 adult salmon were counted.") if not f[0]] == []


# 276. A multiple ("have doubled") is a change in percent (a rise of 100%), read against the
# change a passage that counts what the claim names gives ("25,300 reported burglaries in
# 2024, up from 21,400 in 2021, an increase of about 18%"): far apart, a conflict; within a
# tenth, support.
def test_a_multiple_is_a_change_in_percent() -> None:
    passage = (
        "Police figures show 25,300 reported burglaries in 2024, up from 21,400 in 2021, an "
        "increase of about 18%."
    )
    assert findings("Burglaries have doubled since 2021.", passage) == [
        (False, "change: claim says doubled (100%), source says about 18%")
    ]
    # (where two levels say it already, they decide: "3,950 ..., up from 2,000")
    rise = "Police figures show 3,950 reported thefts in 2024, a rise of 97% on 2021."
    assert findings("Thefts have doubled since 2021.", rise)[0] == (
        True,
        "change: claim says doubled (100%), source says 97%",
    )


# 277. A bare count the same act now expects, after "and" ("has replaced 1,150 lead lines so far
# this year and now expects to finish 1,800 by December rather than 2,000"), counts the noun of
# the count before it: the plan's newer figure states "expects to replace 1,800 lead lines".
def test_a_bare_count_the_act_now_expects() -> None:
    passage = (
        "The utility has replaced 1,150 lead lines so far this year and now expects to finish "
        "1,800 by December rather than 2,000, Feld said."
    )
    assert [(q.text, q.unit) for q in quantities.extract(passage)][:2] == [
        ("1,150 lead lines", "line"),
        ("1,800", "line"),
    ]
    assert findings("The utility expects to replace 1,800 lead lines this year.", passage)[0] == (
        True,
        "number: claim says 1,800 lead lines, source says 1,800",
    )


# A hedge that is the verb of a clause of its own ("on any day the weather service forecasts a
# high of 95") hedges that clause, not the act the sentence reports.
def test_a_hedge_in_a_clause_of_its_own() -> None:
    got, reasons = stance(
        "The Orrin council voted 5-2 to bar evictions on cold days.",
        "The Orrin council voted 5-2 on Monday to bar landlords from evicting tenants on any "
        "day the weather service forecasts a low of 10 degrees or less.",
        0.8,
    )
    assert got == Stance.SUPPORTS, reasons
    got, _ = stance(
        "The Orrin council voted 5-2 to close parks on smog days.",
        "The Orrin council is expected to vote on closing parks on smog days.",
        0.8,
    )
    assert got != Stance.SUPPORTS


# A passage of two sentences: the one that states the claim is not hedged by the next one's
# plan, where that one gives only a name ("... at the Wexley plant").
def test_a_hedge_of_a_sentence_that_gives_only_a_name() -> None:
    got, reasons = stance(
        "The boiler that exploded at the Wexley plant was 52 years old.",
        "The boiler that exploded was 52 years old. We will replace it and two others at the "
        "Wexley plant by 2028.",
        0.8,
    )
    assert got == Stance.SUPPORTS, reasons


# A lone dissent said in words of the one the claim names.
def test_a_lone_vote_said_in_words() -> None:
    claim = "Nadia Ferro was the only trustee to vote against the levy."
    said = "vote: claim says one vote against ('only'), source says 'lone vote against'"
    assert (True, said) in findings(
        claim, "Trustee Nadia Ferro cast the lone vote against the levy."
    )
    assert not any(
        ok and "one vote against" in r
        for ok, r in findings(claim, "Trustee Omar Bell cast the lone vote against the levy.")
    )


# Days named at both ends count with both: "from Monday through Wednesday" is three days.
def test_a_span_of_named_days_is_a_duration() -> None:
    found = quantities.extract("The clinic saw 41 patients from Monday through Wednesday.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("41 patients", 41.0, "patient"),
        ("from Monday through Wednesday", 3.0, "day"),
    ]
    assert (True, "duration: claim says three days, source says from Monday through Wednesday") in (
        findings(
            "The clinic saw 41 patients in three days.",
            "The clinic saw 41 patients from Monday through Wednesday.",
        )
    )


# People said to have died are a count of deaths.
def test_people_confirmed_dead_are_deaths() -> None:
    claim = "Five people have been confirmed dead in the Orrin flood."
    assert (False, "number: claim says Five people, source says 8 deaths") in findings(
        claim, "The coroner has confirmed 8 deaths in the Orrin flood."
    )
    assert (True, "number: claim says Five people, source says 5 deaths") in findings(
        claim, "The coroner has confirmed 5 deaths in the Orrin flood."
    )
    # ... and people hurt are not
    assert not [
        r
        for ok, r in findings(claim, "The coroner said 8 people were hurt in the Orrin flood.")
        if not ok and "number" in r
    ]


# Two periods a claim compares are no date of an event: a passage's single year ("since
# record-keeping began in 2004") does not conflict with them.
def test_compared_periods_are_no_event_date() -> None:
    assert not [
        r
        for ok, r in findings(
            "More burglaries were recorded in Orrin in 2024 than in 2023.",
            "The spree made it the worst year for burglaries in Orrin since record-keeping "
            "began in 2004.",
        )
        if not ok
    ]


# "That day" is the day the sentence named before it; a time of day before the day makes it a
# deadline, and done before the claim's deadline is done by it.
def test_that_day_and_a_deadline_s_hour() -> None:
    passage = (
        "Crews reopened half of the lanes by 5 a.m. on March 3 and all of them by 9 p.m. that day."
    )
    assert (False, "date: claim says March 2, source says March 3") in findings(
        "Crews reopened all of the lanes by March 2.", passage
    )
    assert not [
        r for ok, r in findings("Crews reopened all of the lanes by March 4.", passage) if not ok
    ]


# "The full sum asked for" was not given where the passage gives less than it.
def test_less_than_the_sum_asked_for_is_not_the_full_sum() -> None:
    claim = "The council gave the library the full $2.4 million it requested for repairs."
    said = (
        "The council voted to give the library $1.9 million for repairs, less than the $2.4 "
        "million the library board had requested."
    )
    assert (
        False,
        "amount: claim says the full $2.4 million it requested, source says $1.9 million for "
        "repairs, less than the $2.4 million the library board had requested",
    ) in findings(claim, said)
    # ... a passage that gives the whole sum is no such conflict
    assert not [
        r
        for ok, r in findings(claim, "The council gave the library $2.4 million for repairs.")
        if not ok
    ]


# A story's date said with how it was put out ("A story distributed on March 4 about ...")
# says which story, not when anything in it happened.
def test_a_story_s_distribution_date_is_a_label() -> None:
    assert not [
        r
        for ok, r in findings(
            "Bram had been under a boil-water notice since May 6.",
            'A story distributed on May 6 about the boil-water notice in Bram ("Notice for Bram '
            'from Friday") misstated the number of homes affected.',
        )
        if r.startswith("date")
    ]


# A part set off with its whole's number alone ("Most complaints, 158 of the 212, were ...")
# is a share of what the part counts.
def test_a_part_with_its_whole_s_number_alone() -> None:
    claim = "About three quarters of May's noise complaints concerned late-night parties."
    passage = "Most complaints, 158 of the 212, were about late-night parties."
    assert (True, "percentage: claim says About three quarters, source says 158 (74.5%)") in (
        findings(claim, passage)
    )


# "Worth" says a value, not an act: a passage that gives the contract another value, in its
# own words ("has been expanded to"), is about the same thing.
def test_worth_is_no_act_of_its_own() -> None:
    got, reasons = stance(
        "The Orrin paving contract is worth $2 million.",
        "The Orrin paving contract has been expanded to $3.5 million.",
        0.8,
    )
    assert got == Stance.CONFLICTS, reasons
    assert "amount: claim says $2 million, source says $3.5 million" in reasons


# A document's form before a colon is no speaker ("NEWS RELEASE: ...", "CORRECTION: ...").
def test_a_form_label_is_no_speaker() -> None:
    from factcheck.language.polarity import SPEAKER

    assert SPEAKER.match("NEWS RELEASE: State health department deploys team") is None
    assert SPEAKER.match("CORRECTION: A story on May 2 misstated the fee.") is None
    assert SPEAKER.match("CHIEF MARCUS HALE: We have hired 22 officers.") is not None
    assert SPEAKER.match("A: No.") is not None


# A year of an era ("14 AD", "44 BC") is a year, not a count: compared as a date.
def test_a_year_of_an_era_is_a_date() -> None:
    from factcheck.language import dates

    assert quantities.extract("Emperor Tiberius died in 37 AD.") == []
    assert [(d.text, d.year) for d in dates.extract("Caesar crossed the Rubicon in 49 BC.")] == [
        ("49 BC", -49)
    ]
    assert (False, "date: claim says 39 AD, source says 37 AD") in findings(
        "Emperor Tiberius died in 39 AD.", "Emperor Tiberius died in 37 AD."
    )
    assert not [
        r
        for ok, r in findings("Tiberius died in 37 AD.", "Nero died in 68 AD.")
        if not ok and r.startswith("number")
    ]


# A claim's date is compared only with a date of the same act: a passage that never names the
# claim's act ("was founded in 1958") and dates another ("renews the charter from 2030 to
# 2045") speaks of the same club, not of one date.
def test_a_date_of_an_act_the_passage_never_names() -> None:
    claim = "The Orrin rowing club was founded in 1958."
    assert not [
        r
        for ok, r in findings(
            claim, "The vote renews the Orrin rowing club's charter from 2030 to 2045."
        )
        if r.startswith("date")
    ]
    assert (False, "date: claim says 1958, source says 1962") in findings(
        claim, "The Orrin rowing club was founded in 1962."
    )


# A tally states the vote it counts: "approved the plan, 6-1" says "by a 6-1 vote".
def test_a_tally_states_its_vote() -> None:
    comp = compare(
        analyse_claim("The board approved the plan by a 6-1 vote."),
        analyse("The board then approved the plan, 6-1."),
    )
    assert comp.unmatched == []
    assert comp.coverage == 1.0


# A person's age by "is" with "He" or "She" ("She is 61."), and an age's "old", are the age's.
def test_an_age_of_a_pronoun_and_its_old() -> None:
    assert [(q.text, q.unit) for q in analyse("She is 61.").quantities] == [("61", "age")]
    assert [(q.text, q.unit) for q in analyse("a 52-year-old boat").quantities] == [
        ("52-year", "age")
    ]
    assert [t.text for t in analyse_claim("Ines Garra is 61 years old.").content] == [
        "Ines",
        "Garra",
    ]


# "Will" as reported speech gives it ("said the wing would open in 2029") is what a claim
# says is expected.
def test_a_reported_would_is_what_is_expected() -> None:
    comp = compare(
        analyse_claim("The Orrin library wing is now expected to open in the spring of 2029."),
        analyse("Mayor Ruth Kell said the Orrin library wing would open in the spring of 2029."),
    )
    assert "expected" not in comp.unmatched
    assert (True, "date: claim says spring of 2029, source says spring of 2029") in findings(
        "The Orrin library wing is now expected to open in the spring of 2029.",
        "Mayor Ruth Kell said the Orrin library wing would open in the spring of 2029.",
    )


# A motion as minutes report it names who made it: another member's is a conflict, a motion
# to do something else is not.
def test_a_reported_motion_names_its_mover() -> None:
    claim = "Tomas Reyna moved to table the budget vote."
    assert (
        False,
        "motion: claim says Tomas Reyna moved it, the source has Trustee Ada Lind",
    ) in findings(claim, "Trustee Ada Lind moved to table the budget vote until June.")
    assert not [
        r
        for ok, r in findings(claim, "Trustee Ada Lind moved to amend the budget.")
        if r.startswith("motion")
    ]
    assert not [
        r
        for ok, r in findings(claim, "Tomas Reyna moved to table the budget vote until June.")
        if not ok
    ]


# An office one person holds, given by the claim to one and by the passage to another, in an
# appositive after the name ("the clinic's", "Orrin Clinic medical director") or before it;
# not a former or deputy holder's, nor another body's.
@pytest.mark.parametrize(
    ("passage", "conflict"),
    [
        ("said Dr. Ana Ruiz, the clinic's medical director.", True),
        ("The clinic's medical director, Dr. Ana Ruiz, said the wait is shorter.", True),
        ("said Ana Ruiz, the former medical director.", False),
        ("said Ana Ruiz, the state board's medical director.", False),
        ("said Wen Ito, the clinic's medical director.", False),
        # the body's name before the title, without a possessive
        ("Guest: Dr. Ana Ruiz, Orrin Clinic medical director.", True),
        ("Guest: Dr. Ana Ruiz, Halvern Hospital medical director.", False),
        ("Guest: Dr. Ana Ruiz, Orrin Clinic deputy medical director.", False),
    ],
)
def test_an_office_given_to_another(passage: str, conflict: bool) -> None:
    claim = "Wen Ito is the Orrin Clinic's medical director."
    got = [r for ok, r in findings(claim, passage) if not ok and r.startswith("title")]
    assert bool(got) == conflict, got


# A fraction of a scale ("half a million", "a quarter of a million dollars") is that share of
# it, with its bound; "a quarter" of a whole ("A quarter of the 40 homes") is still a share.
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The fair drew just over half a million people.",
         [("just over half a million people", 500_000.0, "over")]),
        ("The roof cost a quarter of a million dollars.",
         [("a quarter of a million dollars", 250_000.0, "eq")]),
        ("Nearly two-thirds of a billion dollars was lost.",
         [("Nearly two-thirds of a billion dollars", 2e9 / 3, "near")]),
        ("A quarter of the 40 homes sold for a million dollars.",
         [("A quarter", 25.0, "eq"), ("40 homes", 40.0, "eq"),
          ("a million dollars", 1_000_000.0, "eq")]),
    ],
)  # fmt: skip
def test_a_fraction_of_a_scale(text: str, figures: list[tuple[str, float, str]]) -> None:
    got = [(q.text, q.value, q.bound) for q in quantities.extract(text)]
    assert [(t, pytest.approx(v), b) for t, v, b in figures] == got


def test_half_a_million_is_no_million() -> None:
    claim = "The Orrin fair drew about half a million visitors in 2025."
    said = "number: claim says about half a million visitors, source says"
    assert (False, f"{said} 900,000 visitors") in findings(
        claim, "The Orrin fair drew 900,000 visitors in 2025."
    )
    assert (True, f"{said} 512,000 visitors") in findings(
        claim, "The Orrin fair drew 512,000 visitors in 2025."
    )


# A bare figure a limit names ("for a citywide cap of 800") is a maximum of what the figure
# before it counts: "up to 1,600 scooters citywide" conflicts, "up to 800" agrees.
def test_a_cap_of_the_noun_counted_before_it() -> None:
    passage = "The two firms may each run up to 300 buses, for a citywide cap of 600."
    assert (False, "number: claim says up to 1,200 buses, source says cap of 600") in findings(
        "The plan allows up to 1,200 buses citywide.", passage
    )
    assert (True, "number: claim says up to 600 buses, source says cap of 600") in findings(
        "The plan allows up to 600 buses citywide.", passage
    )


# "Them" in a clause stands for what a clause before it names, not only the one right before:
# "two beaches are in the park, which the state runs; staff did not close them".
def test_them_is_what_an_earlier_clause_names() -> None:
    got, reasons = stance(
        "The state closed the two beaches in Orrin Lake State Park.",
        "The lake's other two beaches are in Orrin Lake State Park, which the state runs; "
        "park staff posted signs but did not close them.",
    )
    assert got == Stance.CONFLICTS, reasons
    # ... and a negation of something else still stands apart
    other, why = stance(
        "The state closed the two beaches in Orrin Lake State Park.",
        "The state closed the two beaches in Orrin Lake State Park; it did not close the "
        "campground.",
    )
    assert other == Stance.SUPPORTS, why


# A part of the week is a frequency: "open on weekends" is not "open every day"; "this
# weekend" is a date, not how often.
def test_weekends_and_weekdays_are_how_often() -> None:
    from factcheck.language.frequency import frequencies

    assert [f.text for f in frequencies("The rink opened on weekends in March.")] == ["on weekends"]
    assert frequencies("The rink opens this weekend.") == ()
    assert (False, "frequency: claim says 'every day', source says 'on weekends'") in findings(
        "The Orrin rink was open every day in March.",
        "The Orrin rink was open on weekends in March.",
    )


# Who asked is who said it: a request quoted from another speaker ("We are asking the council
# to ...," said Ada Lind) makes a claim that someone else asked for it false; a figure of
# what was asked counts as one of its words.
def test_a_request_given_to_another_speaker() -> None:
    got, reasons = stance(
        "Councilor Tom Reyes asked for the fee rise to be spread over three years.",
        '"We are asking the council to spread the fee rise over three years," said Ada Lind, '
        "the chamber's president.",
    )
    assert got == Stance.CONFLICTS, reasons
    assert "speaker: claim says Councilor Tom Reyes said it, source says Ada Lind" in reasons


# A year alone does not state a claim's month ("founded in 1898" / "in September 1898"), nor
# does it conflict with it.
def test_a_year_does_not_state_a_month() -> None:
    got = findings("The Orrin Academy was founded in September 1898.",
                   "The Orrin Academy was founded in 1898 by the town's mill owners.")  # fmt: skip
    assert not [r for ok, r in got if r.startswith("date")]
    # ... and the passage's other years are of other things
    listed = findings("Harbor Lights came out in January of 2011.",
                      "She starred in Harbor Lights (2011) and Night Ferry (2008).")  # fmt: skip
    assert not [r for ok, r in listed if r.startswith("date")]
    assert (True, "date: claim says September 1898, source says September 1898") in findings(
        "The Orrin Academy was founded in September 1898.",
        "The Orrin Academy was founded in September 1898 by the town's mill owners.",
    )


# "Will not open until Jan. 12" says when it opens: no negation of the opening, and the date is
# its date, not a deadline.
def test_not_until_names_a_time() -> None:
    claim = "The Orrin clinic is scheduled to open on Jan. 12, 2027."
    got, reasons = stance(
        claim, "The Orrin clinic will not open until Jan. 12, 2027, the county said."
    )
    assert got == Stance.SUPPORTS, reasons
    other, why = stance(claim, "The Orrin clinic will not open on Jan. 12, 2027, the county said.")
    assert other != Stance.SUPPORTS, why


# A figure of another of a sequence ("its second installment") is not the claim's ("the
# first installment"): no conflict; the claim's figure for it still agrees.
def test_another_of_a_sequence_is_no_conflict() -> None:
    claim = "Dorran Township's first grant installment was $1.4 million."
    got = findings(claim, "Dorran Township received its second grant installment, $2.2 million, "
                          "on Friday.")  # fmt: skip
    assert not [r for ok, r in got if not ok], got
    assert (False, "amount: claim says $1.4 million, source says $2.2 million") in findings(
        claim, "Dorran Township's first grant installment was $2.2 million."
    )


# A hedge in a relative clause that describes a noun ("the money it will get") does not make
# the sentence's own act a plan: "has received $1.4 million" is still received.
def test_a_hedge_describing_a_noun_is_not_the_act_s() -> None:
    got, reasons = stance(
        "Dorran Township's first grant installment was $1.4 million.",
        "Dorran Township has received $1.4 million, the first installment of the money it will "
        "get from the state grant, officials said Friday.",
    )
    assert got == Stance.SUPPORTS, reasons
    assert not [r for r in reasons if "planned" in r]


# A sum of money that is the object of the claim's own verb ("bringing the total it has
# collected to $8.4 million") states the claim's "has collected $8.4 million so far"; "so
# far" gives no content word of its own.
def test_a_sum_of_the_claim_s_verb_is_aligned() -> None:
    got, reasons = stance(
        "Dorran Township has collected $8.4 million in parking fines so far.",
        "Dorran Township collected $1.9 million in parking fines in October, bringing the "
        "total it has collected to $8.4 million.",
    )
    assert got == Stance.SUPPORTS, reasons


# A tally of a motion to do another thing ("moved to send the budget back to committee. The
# motion failed, 2-5") is no count of the claim's vote on the budget; the vote that follows it
# on the claim's measure is.
def test_another_motion_s_tally_is_another_vote() -> None:
    passage = (
        "Alder Ines Vole moved to send the road budget back to committee. The motion failed, "
        "2-5. The board then approved the harbor dredging budget, 6-1."
    )
    assert findings(
        "Ines Vole was the only alder to vote against the harbor dredging budget.", passage
    ) == [  # fmt: skip
        (True, "vote: claim says one vote against ('only'), source says 6-1")
    ]
    assert findings("The board unanimously approved the harbor dredging budget.", passage) == [
        (False, "vote: claim says 'unanimously', source says 6-1")
    ]
    lone = findings(
        "Ines Vole was the only alder to vote against the harbor dredging budget.",
        "Alder Ines Vole moved to send the harbor dredging budget back to committee. The motion "
        "failed, 2-5.",
    )  # (a motion about the claim's measure: its tally may be the claim's vote)
    assert lone == [(False, "vote: claim says one vote against ('only'), source says 2-5")]


# A vote "adopted ... as recommended, 4-1" is a tally; a year and the next ("the budget for
# 2024-25") is none.
def test_an_adopting_tally_and_a_fiscal_year() -> None:
    tallies = [q.text for q in analyse("The board adopted the plan as amended, 4-1.").quantities]
    assert tallies == ["4-1"]
    assert analyse("The council approved the budget for 2024-25.").quantities == []


# A vote cast with no measure named ("Alder Vole voted no.") is read with the sentence before
# it that says what was voted on and how.
def test_a_bare_vote_is_read_with_the_tally_before_it() -> None:
    claim = "Ines Vole was the only alder to vote against the harbor dredging budget."
    sentences = ("The board approved the harbor dredging budget, 6-1.", "Alder Vole voted no.")
    window = Window(sentences, 1)
    comp = compare_window(analyse_claim(claim), window)
    assert [(f.supports, f.reason) for f in comp.findings] == [
        (True, "vote: claim says one vote against ('only'), source says 6-1")
    ]


# A figure someone reports ("officials say it will save $2 million") that the next sentence
# puts otherwise ("the auditor put the saving far lower") is disputed, not stated as so.
def test_a_reported_figure_the_next_sentence_disputes() -> None:
    got, reasons = stance(
        "The Dorran ferry contract will save the township $2 million a year.",
        "Township officials say the ferry contract will save $2 million a year. The county "
        "auditor put the likely saving far lower.",
    )
    assert got == Stance.NEUTRAL, reasons
    assert any(r.startswith("disputed: the next sentence says otherwise") for r in reasons)


# A possessor said by a part of its name ("Dorran's share") is the claim's ("Dorran County's
# share"); another name's is another's.
def test_a_possessor_by_part_of_its_name() -> None:
    claim = "The state treasurer lists Dorran County's share of the fund as $4.6 million."
    after = " Dorran County will receive it over ten years."
    got, reasons = stance(
        claim, "The state treasurer lists Dorran's share of the fund as $4.6 million." + after
    )
    assert got == Stance.SUPPORTS, reasons
    other, why = stance(
        claim, "The state treasurer lists Halvern's share of the fund as $4.6 million." + after
    )
    assert other != Stance.SUPPORTS, why


# What a requirement is for ("to open all four of its rinks" of "needs 30 attendants to open
# all four of its rinks") is no count of what there is: "will open two of its four rinks" does
# not conflict with it; another requirement's figure does.
def test_what_a_requirement_is_for_is_no_count() -> None:
    claim = "Dorran needs 30 attendants to open all four of its rinks."
    got = findings(claim, "Dorran will open two of its four rinks this winter because it "
                          "cannot hire enough attendants.")  # fmt: skip
    assert not [r for ok, r in got if not ok and r.startswith("number")], got
    assert (False, "number: claim says 30 attendants, source says 45 attendants") in findings(
        claim, "Dorran needs 45 attendants to open all four of its rinks."
    )


# An estimate given before, in the past perfect ("The township had put the figure at $12
# million"), is what was said then: it does not agree with the claim against the sentence
# before it, which gives the figure now.
def test_an_earlier_estimate_in_the_past_perfect() -> None:
    got, reasons = stance(
        "Dorran Township will receive $12 million over ten years from the fund.",
        "The state lists Dorran Township's share of the fund as $10.5 million over ten years. "
        "The township had put the figure at $12 million.",
    )
    assert got == Stance.CONFLICTS, reasons


# What an act will do in all ("will receive $12 million over ten years") is no count of what
# it has done ("has received its first payment ..., $1.1 million").
def test_a_plan_s_sum_and_a_sum_done() -> None:
    got = findings(
        "Dorran Township will receive $12 million over ten years from the state road fund.",
        "Dorran Township has received its first payment from the state road fund, $1.1 million, "
        "township officials announced today.",
    )
    assert not [r for ok, r in got if not ok], got


# A time of the act after the claim's deadline ("will reopen on Aug. 20" of "by Aug. 15",
# "in the fall of 2029" of "by the end of 2028") says it is not done by then; one before it
# is no conflict.
def test_a_time_after_the_claim_s_deadline() -> None:
    claim = "The Orrin footbridge is expected to reopen by the end of 2028."
    assert findings(claim, "The Orrin footbridge will reopen in the fall of 2029.") == [
        (False, "date: claim says 2028, source says fall of 2029")
    ]
    assert findings(
        "The Orrin footbridge will reopen by Aug. 15.",
        "The Orrin footbridge will reopen on Aug. 20.",
    ) == [  # fmt: skip
        (False, "date: claim says Aug. 15, source says Aug. 20")
    ]
    assert not [
        r
        for ok, r in findings(
            "The Orrin footbridge will reopen by Aug. 15.",
            "The Orrin footbridge will reopen on Aug. 11.",
        )  # fmt: skip
        if not ok
    ]


# A role given to another argument of a verb than the person's ("Ruth Oyelowo thanked the
# township's harbor master") does not state that the person is it; an appositive, a copula, a
# verb that gives the role ("appointed ... harbor master") or "serves as" does.
@pytest.mark.parametrize(
    ("passage", "stated"),
    [
        ("Ruth Oyelowo thanked the township's harbor master for the plan.", False),
        ("Ruth Oyelowo met with the township's harbor master on Friday.", False),
        ("Ruth Oyelowo, the township's harbor master, said the plan was ready.", True),
        ("The board appointed Ruth Oyelowo the township's harbor master in May.", True),
        ("Ruth Oyelowo serves as the township's harbor master.", True),
        ("Ruth Oyelowo was a teacher, and later the township's harbor master.", True),
    ],
)  # fmt: skip
def test_a_role_given_to_another_argument(passage: str, stated: bool) -> None:
    got, reasons = stance("Ruth Oyelowo is the township's harbor master.", passage)
    assert (got == Stance.SUPPORTS) is stated, reasons


@pytest.mark.parametrize(
    ("text", "unit", "qualifiers"),
    [
        # participles before the noun qualify it ("registered hosted stays")
        ("Cedar Flats had 25 registered hosted stays.", "stay", {"regist", "host"}),
        # a noun of an adjective's form names a kind, and qualifies nothing
        ("A count found 1,312 short-term rental listings.", "list", set()),
        # what a count found, with where it counted between ("A count of listings on two
        # sites on Feb. 27 found 1,312")
        ("A Gazette count of listings on the two largest booking sites on Feb. 27 found 1,312.",
         "list", set()),
    ],
)  # fmt: skip
def test_what_a_figure_s_noun_counts(text: str, unit: str, qualifiers: set[str]) -> None:
    q = analyse(text).quantities[-1]
    assert (q.unit, set(q.qualifiers)) == (unit, qualifiers)


def test_how_often_is_no_other_kind_of_fee() -> None:
    # "annual registration fee" and "rental registration fee": one fee; "youth" and "adult"
    # are two kinds
    claim = analyse_claim("A motion to raise the rental registration fee to $500 failed.")
    annual = analyse("Ng moved to raise the annual registration fee to $500.")
    assert not quantities.other_subject(claim.quantities[0], annual.quantities[0])
    assert quantities.same_named(claim.quantities[0], annual.quantities[0])
    youth = analyse_claim("The youth unemployment rate was 9%.")
    adult = analyse("The adult unemployment rate was 9%.")
    assert quantities.other_subject(youth.quantities[0], adult.quantities[0])
