"""A meeting's motion and the chair's word on it: "The motion carries, five to two".

In a council or board transcript the motion is stated in one sentence and decided in a later
one, after the chair's calls ("All in favor? Opposed?"). The decision refers back to the
motion, and its verb is the chair's ("carries", "fails"), not the one a report would use
("approved", "rejected"). ``decided`` reads the two as one statement.
"""

from __future__ import annotations

import re

from . import parse
from .synonyms import canon
from .tokens import is_content, stem, tokenize

# The decision, its subject the motion (or what was moved) and its verb the chair's.
OUTCOME = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\- ]{0,40}:\s*)?"  # the speaker's label: "CLERK: "
    r"(?:(?:on|in|by|after)\s+an?\s+(?:roll[- ]call|voice|recorded|show[- ]of[- ]hands)\s+"
    r"vote,?\s+)?"  # how the vote was taken: "On a roll call vote the motion failed, 3-4."
    r"(?P<subject>(?:the|that|this)\s+(?:motion|measure|resolution|ordinance|amendment|item|"
    r"proposal|bill)"
    # ... or a measure by its number: "Resolution 25-88, as amended, was adopted 7-2."
    r"|(?:resolution|ordinance|bill|measure|amendment)\s+(?:no\.\s*)?\d[\w-]*"
    r"(?:,\s+as\s+amended,)?)"
    r"(?:\s+of\s+the\s+[\w' -]+?)?"  # "of the Marlow City Council" (reported)
    r"\s+(?P<verb>carries|carried|passes|passed|fails|failed|is\s+adopted|was\s+adopted|"
    r"is\s+defeated|was\s+defeated|"
    # ("The motion died for lack of a second.": it was never voted on, and failed)
    r"died(?=\s+for\s+(?:lack|want)\s+of\s+a\s+second)|"
    r"(?P<said>was\s+(?:approved|rejected)(?:\s+in\s+the\s+vote)?))",  # already reported
    re.IGNORECASE,
)
# A measure named by its number: "Resolution 25-88", "Ordinance No. 2026-09"
NUMBERED = re.compile(r"\b(?:Resolution|Ordinance|Bill|Measure)\s+(?:No\.\s*)?\d[\w-]*\d")
# ... described after it, as an item heading does: "Resolution 25-88, approving the ..."
DESCRIBED = re.compile(r",\s+[a-z]")
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


# The body that meets, as a transcript's title names it ("Ashby County Council - regular
# meeting", "Tamsin County Board of Commissioners").
BODY = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+){0,4}(?:Council|Board|Commission|Committee|Assembly|Senate|"
    r"Legislature|Trustees)(?:\s+of\s+[A-Z][\w-]*)?\b"
)


def body(context: str) -> str:
    """The meeting body a passage's context (its document's title) names, or "": within its
    opening words, not a body a later line names ("The Opioid Settlement Advisory Council
    recommended ..."), whose words would be read as the vote's."""
    m = BODY.search(context[:BODY_REACH])
    return m.group() if m else ""


# How far into a passage's context the body that meets is named (its title)
BODY_REACH = 150


def is_call(sentence: str) -> bool:
    """A chair's call for the vote: "All in favor?", "Opposed?"."""
    return CALL.match(sentence) is not None


def reported(sentence: str, by: str = "") -> str:
    """A chair's decision said as a report says it, and by whom (``by``: the body that met):
    "The motion carries, five to two" -> "The motion of the Marlow City Council was approved
    in the vote, five to two"; a member's answer to the roll call ("TRUSTEE DRESSLER: No.")
    as their vote ("Trustee Dressler voted no."); any other sentence as it is."""
    vote = MEMBER_VOTE.match(sentence)
    if vote is not None:
        # "TRUSTEE DRESSLER: No." -> "Trustee Dressler voted no.", as a report says it
        side = "no" if vote.group("vote").lower() in ("no", "nay") else "yes"
        return f"{vote.group('who').title()} voted {side}."
    m = OUTCOME.match(sentence)
    if m is None or m.group("said") or m.group("verb").lower() == "died":
        return sentence  # ("died for lack of a second": as a report says it too)
    verb = _REPORTED[re.sub(r"\s+", " ", m.group("verb").lower())]
    of = f" of the {by}" if by else ""
    return f"{sentence[: m.end('subject')]}{of} {verb}{sentence[m.end('verb') :]}"


def decides(sentences: list[str] | tuple[str, ...], at: int) -> bool:
    """Whether ``sentences[at]`` is a decision on a motion, or a motion decided after it."""
    return (
        OUTCOME.match(sentences[at]) is not None or ROLL_CALL.search(sentences[at]) is not None
        or decided(sentences, at) != sentences[at]
    )  # fmt: skip


# A sentence that states a motion: "The motion is to commit $950,000 ...", "I move that ...".
# A member's own words that make a motion: "I move that ...", "I move the resolution".
_I_MOVE = r"\bI\s+(?:would\s+)?move\s+(?:that|to|the|approval|adoption)\b|\bI\s+so\s+move\b"
MOTION = re.compile(
    rf"\b(?:the\s+motion\s+(?:is|before\s+us\s+is)\s+to|moved\s+(?:that|to))\b|{_I_MOVE}"
    # (summary action minutes: "MOTION (Bello / Tamura): Direct the County Administrator to")
    r"|^\s*motion\s*\([^)]{1,80}\)\s*:",
    re.IGNORECASE,
)


# A clerk's roll call or count ("Three ayes, two nays, Commissioners Vasquez and Lund voting
# no"): a decision on the motion stated turns before it.
ROLL_CALL = re.compile(
    r"\b(?:[Aa]yes|[Yy]eas|[Nn]ays?|[Nn]oes|AYES|YEAS|NAYS?|NOES)\b"
    r"|\b[A-Z][\w'-]+\s+voting\s+(?:no|yes|aye|against|in\s+favou?r)\b"  # not "I'll be voting no"
    r"|^\s*[A-Z][A-Z.'\- ]{0,40}[A-Z]:\s*(?:[Aa]ye|[Yy]es|[Yy]ea|[Nn]o|[Nn]ay)\s*[.!]?\s*$"
)
# A member's own answer when the clerk calls their name: "TRUSTEE DRESSLER: No."
MEMBER_VOTE = re.compile(
    r"^\s*(?P<who>[A-Z][A-Z.'\- ]{0,40}[A-Z]):\s*(?P<vote>aye|yes|yea|no|nay)\s*[.!]?\s*$",
    re.IGNORECASE,
)


# How far a transcript is read from a motion to its decision, in sentences (its debate, the
# calls and the roll call), and the words that find each in the index.
REACH = 40
MOTION_WORDS = ("move", "motion")
DECISION_WORDS = (
    "ayes", "yeas", "nay", "noes", "voting", "carries", "carried", "passes", "passed", "fails",
    "failed", "adopted", "defeated",
)  # fmt: skip


# The chair's word that opens an agenda item and names what the turns after it are about:
# "Item four is the host agreement with Verdell Waste Services", "We come to item four, the
# Brightwater investment".
ITEM = re.compile(r"\b[Ii]tem\s+(?:\d+|[a-z]+)\s*(?:,|is\b|:)")


def opens_item(sentence: str) -> bool:
    """Whether a transcript's sentence opens an agenda item (and names its subject)."""
    return ITEM.search(sentence) is not None


def heads_item(sentence: str) -> bool:
    """Whether a sentence of a meeting's record opens an agenda item: a chair's words for it
    (``opens_item``), or the minutes' numbered heading ("Item 4. Opioid settlement spending
    plan, first year.", "4. Contract for road salt.")."""
    return opens_item(sentence) or NUMBERED_ITEM.match(sentence) is not None


# A numbered heading of minutes: "Item 4.", "4. Contract for road salt.", "7) Budget"
NUMBERED_ITEM = re.compile(r"^\s*(?:Item\s+)?\d{1,2}[.)]\s+[A-Z]|^\s*Item\s+\d{1,2}\.\s*$")


def to_decide(sentence: str) -> bool:
    """Whether a transcript's sentence puts something to a vote: a motion, or an agenda item
    the chair opens ("Item twelve, a resolution adding $120,000 ..."), which the first vote
    after it decides."""
    return states_motion(sentence) or opens_item(sentence)


def decides_a_vote(sentence: str) -> bool:
    """Whether a transcript's sentence decides a motion: the chair's word or a roll call."""
    return (
        OUTCOME.match(sentence) is not None or ROLL_CALL.search(sentence) is not None
        or BARE_OUTCOME.match(sentence) is not None
    )  # fmt: skip


# A claim about a motion, a proposal or a vote, which the motion's own words may state
MOTION_TALK = re.compile(
    r"\b(?:motions?|amendments?|resolutions?|moved|seconded|propos\w*|vot(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


# Words a meeting's member makes a motion or seconds it with: saying them is the act.
MAKES_MOTION = re.compile(
    rf"{_I_MOVE}|"
    r"^\s*(?:[A-Z][A-Z.'\- ]{0,40}:\s*)?(?:I\s+)?"
    r"second(?:\s+(?:the|that)\s+motion)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A claim that someone made or seconded a motion ("Paul Driscoll moved to approve ...").
MOVED = re.compile(r"\b(?:moved|made\s+the\s+motion|seconded)\b", re.IGNORECASE)
# A member's turn that makes the motion or seconds it, with the member's label: "COUNCILOR
# RUTH AMARAL: I move that ...", "COUNCILOR TEODOR KAYE: Second."
ACT_TURN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<who>[A-Z][A-Z.'\- ]{0,40}[A-Z]):\s*"
    rf"(?:(?P<move>{_I_MOVE})|(?P<second>(?:I\s+)?second(?:\s+(?:the|that)\s+motion|\s+it)?\s*[.!]))",
    re.IGNORECASE,
)


def acts(text: str) -> list[tuple[str, str]]:
    """Each turn of ``text`` that makes a motion or seconds it: ("moved" or "seconded", the
    member's label as written)."""
    return [
        ("moved" if m.group("move") else "seconded", m.group("who"))
        for m in ACT_TURN.finditer(text)
    ]


def reported_acts(text: str, claim: str) -> list[tuple[str, str]]:
    """Each motion made or seconded as minutes or a story report it ("Council Member Priya
    Nandakumar moved to delay the vote", "Alvarez seconded the motion"): ("moved" or
    "seconded", the member's name as written). Where the claim says what was moved ("moved
    to adopt the ordinance"), only a motion to do the same: "moved to amend" is another."""
    said = REPORTED_ACT.search(claim) or MOVED_TO.search(claim)
    verb = said.group("to") if said is not None else None
    return [
        (m.group("act").lower(), m.group("who")) for m in REPORTED_ACT.finditer(text)
        if verb is None or m.group("to") is None or stem(m.group("to")) == stem(verb)
    ]  # fmt: skip


# A member named right before "moved" or "seconded" and what was moved ("to", "that") or
# seconded ("the motion", "it"): "moved to Ohio" is no motion, but its words are no name.
REPORTED_ACT = re.compile(
    r"(?P<who>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,4})\s+(?P<act>moved|seconded)"
    r"(?=\s+(?:to\s+(?P<to>[a-z]+)|that|the\s+motion|it)\b)"
)
MOVED_TO = re.compile(r"\bmoved\s+to\s+(?P<to>[a-z]+)\b")


def moved(text: str) -> list[str]:
    """What each motion a passage reports was to do, in its own words: "to move the $250,000
    reserve to transitional housing" of "Commissioner Pell moved to move the $250,000 reserve
    to transitional housing", "that the board table the item" of "a motion that ...", "to
    direct the County Administrator to study ..." of summary minutes' "MOTION (Bello /
    Tamura): Direct the County Administrator to study ..."."""
    summary = [
        f"to {m.group('what')[:1].lower()}{m.group('what')[1:]}"
        for m in SUMMARY_MOTION.finditer(text)
    ]  # fmt: skip
    return summary + [m.group("what") for m in MOTION_FOR.finditer(text)]


# Summary action minutes' motion: its mover and seconder in brackets, then what it moves in
# the imperative ("MOTION (Ortiz / Lindqvist): Authorize the department to issue ...").
SUMMARY_MOTION = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*motion\s*\([^)]{1,80}\)\s*:\s*(?P<what>[A-Za-z](?:[^.;:]|\.(?=\d))+)",
    re.IGNORECASE,
)


# A motion and what it was to do, to the clause's end (past a figure's point, "$38.5
# million", and an initial's, "the U.S. Army Corps")
MOTION_FOR = re.compile(
    # (the minutes' "Motion by Councilor Ortega to freeze ...": the mover between)
    r"\b(?:moved|motion(?:\s+by(?-i:(?:\s+[A-Z][\w.'-]*){1,4}))?)\s+"
    r"(?P<what>(?:to|that)\s+(?:[^.;:]|\.(?=\d)|(?<=\b[A-Z])\.)+)",
    re.IGNORECASE,
)


def seconds(sentence: str) -> bool:
    """Whether a transcript's sentence is a member's turn seconding the motion ("COUNCILOR
    TEODOR KAYE: Second.")."""
    return any(kind == "seconded" for kind, _ in acts(sentence))


def makes_motion(sentences: list[str] | tuple[str, ...], claim: str) -> bool:
    """Whether a speaker's words make the motion (or second it) a claim says they made:
    "I move that we approve the host agreement" is the motion, not a report of it."""
    return MOVED.search(claim) is not None and any(MAKES_MOTION.search(s) for s in sentences)


def states_motion(sentence: str) -> bool:
    """Whether a sentence states a motion ("The motion is to ...", "I move that ...")."""
    return MOTION.search(sentence) is not None


def decided(sentences: list[str] | tuple[str, ...], at: int) -> str:
    """The motion stated at ``sentences[at]`` with the decision that follows it past the
    chair's calls and the clerk's roll call, said as a report says it ("The motion was
    approved in the vote, five to two"); a decision at ``sentences[at]`` with the motion
    stated before it, past the calls; the sentence alone when neither is there."""
    if OUTCOME.match(sentences[at]) is not None:
        i = at - 1
        while i >= 0 and (
            is_call(sentences[i]) or _counts(sentences[i]) or SECONDED.match(sentences[i])
        ):  # fmt: skip
            i -= 1
        if i >= 0 and states_motion(sentences[i]):
            counted = [x for x in sentences[i + 1 : at] if _counts(x)]
            return " ".join([sentences[i], *counted, reported(sentences[at])])
        return sentences[at]
    i = at + 1
    while i < len(sentences) and (is_call(sentences[i]) or SECONDED.match(sentences[i])):
        i += 1
    counted = []
    while i < len(sentences) and _counts(sentences[i]):
        counted.append(sentences[i])  # "Three ayes, two nays, ..."
        i += 1
    if i >= len(sentences) or OUTCOME.match(sentences[i]) is None:
        return " ".join([sentences[at], *counted]) if counted else sentences[at]
    return " ".join([sentences[at], *counted, reported(sentences[i])])


def proposes(sentence: str) -> bool:
    """Whether a sentence reports a motion, what a member moved be done ("Council Member Dupree
    moved to raise the annual registration fee to $500", "moved that the board ..."): by the
    parse, "moved" with a verb's "to" clause or a "that" clause, not a place ("moved to
    Denver")."""
    if MOTION_FOR.search(sentence) is None:
        return False
    tree = parse.parse(sentence)
    return any(
        w.text.lower() in ("moved", "motion")
        and any(c.dep in ("xcomp", "ccomp", "acl") and c.pos in ("VERB", "AUX")
                for c in tree.children(w))
        for w in tree.words
    )  # fmt: skip


def carried(sentences: list[str] | tuple[str, ...], at: int) -> bool | None:
    """Whether the motion moved at ``sentences[at]`` carried (True) or failed (False), by the
    first decision within OUTCOME_REACH sentences after it ("The motion failed 3-4.",
    "Carried 7-0."), or by a roll call that names more members against it than for it
    ("VOTE: AYES: Bello, Tamura. NOES: Haines, Ortiz, Lindqvist."); None where none is
    there."""
    sides = {"ayes": 0, "noes": 0}
    for sentence in sentences[at + 1 : at + 1 + OUTCOME_REACH]:
        m = OUTCOME.match(sentence) or BARE_OUTCOME.match(sentence)
        if m is not None:
            verb = re.sub(r"\s+", " ", m.group("verb").lower())
            return not verb.startswith(
                ("fail", "is defeated", "was defeated", "was rejected", "died")
            )
        if states_motion(sentence):
            break  # (another motion, before any decision of this one)
        for side in NAMED_SIDE.finditer(sentence):
            names = [n for n in re.split(r",|\band\b", side.group("names")) if n.strip()]
            key = "ayes" if side.group("side").lower() in ("ayes", "yeas") else "noes"
            sides[key] += 0 if NONE_NAMED.fullmatch(side.group("names")) else len(names)
    # (fewer ayes than noes: the motion failed, whatever majority it needed)
    return False if sides["noes"] > sides["ayes"] else None


# A roll call's side and the members it names: "AYES: Haines, Ortiz, Tamura", "NOES: None"
NAMED_SIDE = re.compile(r"\b(?P<side>ayes|yeas|noes|nays)\s*:\s*(?P<names>[^.:;]*)", re.I)
NONE_NAMED = re.compile(r"\s*none\s*", re.IGNORECASE)


# How far after a motion its decision is looked for (the second, the calls, the count)
OUTCOME_REACH = 4
# The minutes' word that a motion was seconded, between it and its decision: "Seconded by
# Council Member Ibsen.", "Commissioner Nkemelu seconded."
SECONDED = re.compile(
    r"^\s*(?:seconded\s+by\b|(?:[A-Z][\w.'-]*\s+){1,4}seconded(?:\s+the\s+motion)?\s*[.;]?\s*$)",
    re.IGNORECASE,
)
# A decision with no subject: "Carried 7-0.", "Motion failed, 2-3."
BARE_OUTCOME = re.compile(
    r"^\s*(?:(?:the\s+)?motion\s+)?(?P<verb>carried|passed|failed|adopted|defeated)\b",
    re.IGNORECASE,
)


def _counts(sentence: str) -> bool:
    """A clerk's roll call, which is not yet the chair's word on the motion."""
    return ROLL_CALL.search(sentence) is not None and OUTCOME.match(sentence) is None


# A vote's count in a sentence of its own, which names no act: "The vote was 3-2." counts the
# vote on what the sentence before it says was done.
COUNTED_BARE = re.compile(
    r"^\s*(?:the|that)\s+(?:final\s+)?(?:vote|tally)\s+(?:was|is|stood\s+at)\s+"
    r"(?:\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}|unanimous)\s*[.;,]",
    re.IGNORECASE,
)
# A vote cast with no measure named: "Supervisor Ellen Dorsey voted no, saying ..." (the
# measure is the one a sentence before it says was voted on).
VOTED_BARE = re.compile(
    # (or of "it", "the measure": the one the sentence before names)
    r"\bvoted\s+(?:no|yes|(?:against|for|in\s+favou?r)(?:\s+(?:it|them|that|the\s+"
    r"(?:measure|motion|proposal|plan|question|item|resolution|ordinance)))?)\s*(?:[,.;]|$)"
    # (... and a roll call's side with its names: "Nays: Ostrow, Devlin.")
    r"|^\s*(?:ayes|yeas|nays|noes)\s*:",
    re.IGNORECASE,
)


# A body's approval of a thing ("The supervisors approved a study of ...", "the council
# adopted the ordinance"): what a motion to do it would have moved.
APPROVED = re.compile(
    r"\b(?:approved|adopted|passed|authorized|authorised|endorsed)\s+(?P<what>(?:an?|the)\s"
    r"[^.;:]+)",
    re.IGNORECASE,
)
# ... and its rejection of one: "The supervisors rejected a study of ...", "turned down the plan"
REJECTED_IT = re.compile(
    r"\b(?:rejected|turned\s+down|voted\s+down|defeated)\s+(?P<what>(?:an?|the)\s[^.;:]+)",
    re.IGNORECASE,
)
# A story's vote with its measure: "the Board of Commissioners voted 4-1 on Tuesday to cut the
# design from 450 beds to 420"
VOTED_TO = re.compile(r"\bvoted\b[^.;:]{0,40}?\bto\s+(?P<what>[a-z][^.;:]*)", re.IGNORECASE)
# ... and the measure a claim's side names: "voted against putting the jail bond on the ballot"
SIDE_ON = re.compile(
    r"\bvot(?:ed|es|ing)\s+(?:for|in\s+favou?r\s+of|against)\s+(?P<what>[^.;:]+)", re.IGNORECASE
)


def measure_before_side(sentences: list[str] | tuple[str, ...]) -> str | None:
    """What a side cast with no measure named ("X voted no.") was on: the measure of the
    last "voted ... to ..." in the sentence before it; None where the window has no such
    pair."""
    for k in range(1, len(sentences)):
        if VOTED_BARE.search(sentences[k]):
            found = list(VOTED_TO.finditer(sentences[k - 1]))
            if found:
                return found[-1].group("what").strip()
    return None


def another_measure(claim: str, measure: str) -> bool:
    """Whether the measure a claim's side names ("against putting the jail bond on the
    ballot") is another than ``measure``: fewer than half of its words (two or more, no
    names) are in it."""
    side = SIDE_ON.search(claim)
    if side is None:
        return False
    mine = {
        canon(t.key) for t in tokenize(side.group("what"))
        if is_content(t) and not t.is_capitalized
    }  # fmt: skip
    theirs = {canon(t.key) for t in tokenize(measure) if is_content(t)}
    return len(mine) >= 2 and len(mine & theirs) < len(mine) / 2
