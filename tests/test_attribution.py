"""Attributions on the example corpus's own sentences (and one written for a clause's joining
word), exactly."""

from __future__ import annotations

import pytest

from factcheck.provenance.attribution import attributions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two executives reached an understanding on electrification, Bloomberg reported.",
         [("Bloomberg", "reported", "outlet", "")]),
        ("A Volkswagen spokesman confirmed that the meeting had taken place.",
         [("Volkswagen spokesman", "confirmed", "official", "")]),
        ("Chinese state media reported that Musk met Premier Li Qiang.",
         [("Chinese state media", "reported", "outlet", "")]),
        ("Diess said on LinkedIn that it was good to hear that Volkswagen would succeed.",
         [("Diess", "said", "named", "LinkedIn")]),
        ("Both models are due to reach showrooms in 2026, according to the statement.",
         [("statement", "according to", "official", "")]),
        ("Volkswagen will pay $1 billion, a person familiar with the matter told reporters.",
         [("a person familiar with the matter", "unnamed source", "unnamed", "")]),
        ("It is reported that Tesla will cut prices.",
         [("It is reported", "unnamed source", "unnamed", "")]),
        ("He said on X that he still looked forward to visiting India.",
         [("He", "said", "pronoun", "X")]),
        ("The company has sold over 7,000 units, Xiaomi said.", [("Xiaomi", "said", "named", "")]),
        ("Tesla surpassed Toyota to become the most valuable car company.", []),
        # (a clause's joining word is no part of its speaker)
        ("Ortega voted no: Ortega said the fee was too low, and Haines said it was too high.",
         [("Ortega", "said", "named", ""), ("Haines", "said", "named", "")]),
    ],
)  # fmt: skip
def test_attributions(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(a.source, a.verb, a.kind, a.channel) for a in attributions(sentence)]
    assert got == expected
