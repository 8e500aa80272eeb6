"""A meeting's motion and the chair's word on it: "The motion carries, five to two".

In a council or board transcript the motion is stated in one sentence and decided in a later
one, after the chair's calls ("All in favor? Opposed?"). The decision refers back to the
motion, and its verb is the chair's ("carries", "fails"), not the one a report would use
("approved", "rejected"). ``decided`` reads the two as one statement.
"""

from __future__ import annotations

import re

# The decision, its subject the motion (or what was moved) and its verb the chair's.
OUTCOME = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\- ]{0,40}:\s*)?"  # the speaker's label: "CLERK: "
    r"(?P<subject>(?:the|that|this)\s+(?:motion|measure|resolution|ordinance|amendment|item|"
    r"proposal|bill))\s+(?P<verb>carries|carried|passes|passed|fails|failed|is\s+adopted|"
    r"was\s+adopted|is\s+defeated|was\s+defeated)\b",
    re.IGNORECASE,
)
# The chair's calls between motion and decision.
_CALL = (
    r"(?:all\s+(?:those\s+)?in\s+favou?r|(?:all\s+)?(?:those\s+)?opposed|any\s+against|"
    r"against|any\s+abstentions?|abstentions?|ayes|nays)"
)
CALL = re.compile(rf"^\s*(?:{_CALL}\s*[?.]?\s*)+$", re.IGNORECASE)
_APPROVED, _REJECTED = "was approved in the vote", "was rejected in the vote"
_REPORTED = {
    "carries": _APPROVED, "carried": _APPROVED, "passes": _APPROVED, "passed": _APPROVED,
    "is adopted": _APPROVED, "was adopted": _APPROVED, "fails": _REJECTED,
    "failed": _REJECTED, "is defeated": _REJECTED, "was defeated": _REJECTED,
}  # fmt: skip


def is_call(sentence: str) -> bool:
    """A chair's call for the vote: "All in favor?", "Opposed?"."""
    return CALL.match(sentence) is not None


def decides(sentences: list[str] | tuple[str, ...], at: int) -> bool:
    """Whether ``sentences[at]`` is a decision on a motion, or a motion decided after it."""
    return OUTCOME.match(sentences[at]) is not None or decided(sentences, at) != sentences[at]


def decided(sentences: list[str] | tuple[str, ...], at: int) -> str:
    """The motion stated at ``sentences[at]`` with the decision that follows it past the
    chair's calls, its verb said as a report says it ("The motion was approved, five to
    two"); the sentence alone when no decision follows."""
    i = at + 1
    while i < len(sentences) and is_call(sentences[i]):
        i += 1
    m = OUTCOME.match(sentences[i]) if i < len(sentences) else None
    if m is None:
        return sentences[at]
    verb = _REPORTED[re.sub(r"\s+", " ", m.group("verb").lower())]
    said = f"{sentences[i][: m.start('verb')]}{verb}{sentences[i][m.end('verb') :]}"
    return f"{sentences[at]} {said}"
