"""The metamorphic variants: plain text edits, exact outputs."""

from __future__ import annotations

from factcheck.models import Verdict
from factcheck.verify.metamorphic import alterations, restatements, variants


def test_restatements_drop_attribution_and_trailing_clause() -> None:
    got = [(v.kind, v.claim) for v in restatements(
        "Volkswagen will invest $700 million in XPeng, the two companies said."
    )]  # fmt: skip
    assert got == [
        ("verbatim", "Volkswagen will invest $700 million in XPeng, the two companies said."),
        ("attribution", "Volkswagen will invest $700 million in XPeng."),
    ]
    got = [(v.kind, v.claim) for v in restatements(
        "Tesla overtook Toyota as the most valuable carmaker, a title it kept for years."
    )]  # fmt: skip
    assert got[1] == ("clause", "Tesla overtook Toyota as the most valuable carmaker.")
    assert all(v.expected == Verdict.SUPPORTED for v in restatements("A b c d e, f g."))


def test_alterations_change_one_figure_or_date_each() -> None:
    got = [(v.kind, v.claim) for v in alterations(
        "On July 26, 2023, Volkswagen agreed to pay $700 million for a 4.99% stake."
    )]  # fmt: skip
    assert got == [
        ("date", "On July 23, 2023, Volkswagen agreed to pay $700 million for a 4.99% stake."),
        ("date", "On July 26, 2026, Volkswagen agreed to pay $700 million for a 4.99% stake."),
        ("figure", "On July 26, 2023, Volkswagen agreed to pay $2100 million for a 4.99% stake."),
        ("figure", "On July 26, 2023, Volkswagen agreed to pay $700 million for a 14.97% stake."),
        ("date", "On November 26, 2023, Volkswagen agreed to pay $700 million for a 4.99% stake."),
    ]
    # a number that is part of a name is left alone
    assert alterations("Tesla cut the price of the Model 3 again.") == []


def test_headlines_and_datelines_are_not_claims() -> None:
    assert variants("July 26, 2023 — Shanghai") == []
    assert variants("Elon Musk Makes Surprise Beijing Visit, Woos Officials") == []
