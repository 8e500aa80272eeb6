"""An answer read with the question put to it.

In an interview the answer often counts what the question named: "How many of the 75 jobs
will go to people who live here?" / "We expect about 40 of them to be local hires." The
answer's "of them" is "of the 75 jobs"; ``answered`` writes it so for the rules, the way
``motions.reported`` reads a chair's decision. The sentence shown to the editor is unchanged.
"""

from __future__ import annotations

import re

from .polarity import SPEAKER

# The question at the end of the sentences before the answer, and who asked it.
ASKED = re.compile(
    r"(?:^|\s)(?P<asker>[A-Z][A-Z.'\- ]{0,40}[A-Z]|Q)\s*:\s(?P<question>[^:]*\?)\s*$"
)
# A counted noun the question names: "the 75 jobs", "those 340 riders", "your 12 stores".
COUNTED = re.compile(
    r"\b(?:the|those|these|your|its|their|our)\s+\d[\d,.]*\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*s\b"
)
# The answer's pronoun for it: "about 40 of them", "half of those."
THEM = re.compile(
    r"\b(?P<prep>of|among)\s+(?:them\b|those(?=\s*[,.;]|\s+(?:to|will|would|are|were|who|"
    r"that|in|on)\b))"
)


def answered(sentence: str, context: str) -> str:
    """``sentence`` with its "of them" written as the counted noun of the question that the
    sentences before it (``context``) end with, put by another speaker; else as it is."""
    turn = SPEAKER.match(sentence)
    asked = ASKED.search(context) if turn is not None else None
    if turn is None or asked is None or asked["asker"] in sentence[: turn.end()]:
        return sentence
    counted = COUNTED.findall(asked["question"])
    if len(counted) != 1 or THEM.search(sentence) is None:
        return sentence
    return THEM.sub(lambda m: f"{m['prep']} {counted[0]}", sentence, count=1)
