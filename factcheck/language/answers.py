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


# A record's question in reported speech, and its bare count: "Cllr Hussein asked how many
# bursts the company had recorded on its network in 2025." / "Mr Brady replied that there
# had been 212, down from 240 in 2024."
ASKED_HOW_MANY = re.compile(
    r"\basked\s+how\s+many\s+(?P<noun>[a-z][\w-]*s)\b(?P<rest>[^.?]*)[.?]\s*$"
)
_IN_PERIOD = re.compile(r"\b(?:in|during)\s+(?P<period>(?:19|20)\d\d)\b")
REPLIED_COUNT = re.compile(
    r"\b(?:replied|answered|responded|said)\s+(?:that\s+)?(?:(?:there|the|it|they|we)\s+"
    r"(?:[a-z]+\s+){0,3}?)?(?P<n>\d[\d,]*)(?=\s*[,.;])"
)


# A reported question and a reported reply: read as one ("Cllr Hussein asked how many ...
# / Mr Brady replied that ...").
ASKED_REPORTED = re.compile(r"\basked\s+(?:how|whether|what|when|why|who|if)\b")
REPLIED = re.compile(r"\b(?:replied|answered|responded)\b")


def asks(sentence: str) -> bool:
    """Whether a sentence asks, directly or reported ("How many ...?", "asked how many ...")."""
    return sentence.rstrip().endswith("?") or ASKED_REPORTED.search(sentence) is not None


def reported_reply(question: str, reply: str) -> bool:
    """Whether ``reply`` reports the answer to the question ``question`` reports."""
    return bool(ASKED_REPORTED.search(question)) and bool(REPLIED.search(reply))


def answered(sentence: str, context: str) -> str:
    """``sentence`` with its "of them" written as the counted noun of the question that the
    sentences before it (``context``) end with, put by another speaker; a reported reply's
    bare count with the noun and the period the reported question asked of ("replied that
    there had been 212 bursts in 2025, down from 240 in 2024"); else as it is."""
    asked = ASKED_HOW_MANY.search(context)
    reply = REPLIED_COUNT.search(sentence) if asked is not None else None
    if asked is not None and reply is not None:
        period = _IN_PERIOD.search(asked["rest"])
        said = f"{reply['n']} {asked['noun']}" + (f" in {period['period']}" if period else "")
        return sentence[: reply.start("n")] + said + sentence[reply.end("n") :]
    turn = SPEAKER.match(sentence)
    asked = ASKED.search(context) if turn is not None else None
    if turn is None or asked is None or asked["asker"] in sentence[: turn.end()]:
        return sentence
    counted = COUNTED.findall(asked["question"])
    if len(counted) != 1 or THEM.search(sentence) is None:
        return sentence
    return THEM.sub(lambda m: f"{m['prep']} {counted[0]}", sentence, count=1)
