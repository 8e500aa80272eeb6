"""Which draft sentences are worth checking, with the reason; compound sentences split."""

from __future__ import annotations

import pytest

from factcheck.workflows.checkworthy import assess, draft_names, split_claims

GENERAL = "a generalisation: nothing named, counted or dated"


@pytest.mark.parametrize(
    ("sentence", "worthy", "reason"),
    [
        (
            "Volkswagen invested $700 million in XPeng on July 26, 2023.",
            True,
            "a figure ($700 million); a date (July 26, 2023); names (Volkswagen, XPeng)",
        ),
        (
            "Tesla surpassed Toyota in market value, analysts said.",
            True,
            "a comparison ('surpassed'); a quote or attribution ('said'); names (Tesla, Toyota)",
        ),
        ("Tesla passes Toyota as the most valuable carmaker", True,
         "a superlative ('most'); names (Tesla, Toyota)"),
        ("Is Tesla the future of driving?", False, "a question"),
        ("Electric cars are the future.", False, GENERAL),
        ("I think Musk is a genius.", False, "an opinion ('I think') about Musk"),
        ("Our coverage of Tesla and Toyota", False, "a heading without a claim"),
        ("We believe Tesla sold 1.7 million cars.", True,
         "a figure (1.7 million cars); names (Tesla)"),
        ("Prices rose sharply in the spring.", False, GENERAL),
    ],
)  # fmt: skip
def test_assess_gives_the_reason(sentence: str, worthy: bool, reason: str) -> None:
    known = draft_names(["Shares of Volkswagen and Tesla rose.", "We asked Musk."])
    result = assess(sentence, known)
    assert (result.checkworthy, result.reason) == (worthy, reason)


def test_first_word_is_a_name_when_the_draft_or_the_parse_says_so() -> None:
    assert assess("Tesla raised prices.", frozenset({"tesla"})).checkworthy
    # the parser reads a proper noun as the subject; a common noun or adjective is none
    assert assess("Okafor received a pay raise after the merger closed.").checkworthy
    assert not assess("Residents responded well to the plan.").checkworthy
    assert not assess("Prices rose sharply.").checkworthy
    assert assess("XPeng raised prices.").checkworthy  # written as a name


# A writer's verdict, advice or forecast of what others will argue is opinion whatever it
# names or counts; a comparison by a multiple ("half as much as") is checkable.
@pytest.mark.parametrize(
    ("sentence", "worthy"),
    [
        ("Whatever the merits of the plan, Orrin residents have good reason to worry.", False),
        ("Her critics will argue that she has little to show for six years as mayor.", False),
        ("Kestrel Power would do well to remember that patience runs out.", False),
        ("A new bridge would cost less than half as much as the tunnel.", True),
    ],
)
def test_verdicts_and_multiples(sentence: str, worthy: bool) -> None:
    assert assess(sentence).checkworthy == worthy


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Xiaomi launched the SU7, and Tesla cut its prices by 10%.",
            ["Xiaomi launched the SU7.", "Tesla cut its prices by 10%."],
        ),
        (
            "Volkswagen paid $700 million for the stake; the deal closed in July 2023.",
            ["Volkswagen paid $700 million for the stake.", "The deal closed in July 2023."],
        ),
        # a statement about the subject set off by commas is a claim of its own
        (
            "Orrin Foods, founded in 1998 by Ana Ruiz, now employs 340 people.",
            ["Orrin Foods now employs 340 people.",
             "Orrin Foods was founded in 1998 by Ana Ruiz."],
        ),
        (
            "Tom Reed, who chairs the board, voted against the plan on May 4.",
            ["Tom Reed voted against the plan on May 4.", "Tom Reed chairs the board."],
        ),
        ("In March, the board voted to close the Dell plant.", None),
        ("Tesla cut prices and raised wages in 2023.", None),
        ("Prices rose, and demand fell sharply in spring.", None),
    ],
)  # fmt: skip
def test_independent_statements_are_split(sentence: str, parts: list[str] | None) -> None:
    assert split_claims(sentence) == (parts or [sentence])
