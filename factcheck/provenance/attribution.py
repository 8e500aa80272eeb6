"""Who a sentence attributes its content to ("Bloomberg reported", "according to Chinese state
media", "a Volkswagen spokesman confirmed", "Diess said on LinkedIn"), or that it speaks in
its own voice. Unnamed sources ("people familiar with the matter", "it is reported") are
marked as unnamed, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.lexicon import titles
from ..language.office import titled_before
from ..language.polarity import NAMED_TURN

VERBS = (
    "said|says|say|reported|reports|report|told|tells|confirmed|confirms|announced|announces|"
    "wrote|writes|tweeted|posted|posts|cited|cites|stated|states|added|noted|claimed|claims|"
    "denied|denies|revealed|disclosed|estimated|estimates"
)
CHANNEL = r"(?:\s+(?:on|in|via)\s+(?P<channel>X|Twitter|LinkedIn|Weibo|Facebook|Instagram|"
CHANNEL += r"social media|(?:a|an|the|its|his|her)\s+(?:statement|post|blog|interview|letter)))?"
_SUBJECT = r"(?P<subject>[A-Za-z][\w.'’&-]*(?:\s+(?:[A-Za-z][\w.'’&-]*)){0,5}?)"
# (a clause's joining word is no part of its speaker: ", and Haines said" is Haines's word)
BEFORE = re.compile(
    rf"(?:^|[,;:]\s*(?:(?:and|but|or|while|whereas)\s+)?|\bthat\s+|\band\s+){_SUBJECT}\s+"
    rf"(?P<verb>{VERBS})\b{CHANNEL}"
)
AFTER = re.compile(
    rf"[,;]\s*(?P<verb>{VERBS})\s+(?P<subject>(?:the\s+|a\s+|an\s+)?[\w.'’&-]+(?:\s+[A-Z][\w.'’&-]*)*)"
)
ACCORDING = re.compile(r"\baccording to\s+(?P<subject>[^,.;]+)", re.IGNORECASE)
UNNAMED = re.compile(
    r"\b(?:(?:a\s+)?(?:person|people|sources?|officials?|insiders?)\s+(?:familiar with|briefed on|"
    r"close to|with knowledge of)(?:\s+the)?\s+\w+|it (?:is|was|has been) (?:reported|said|"
    r"claimed|understood)|reportedly|sources said)",
    re.IGNORECASE,
)
NOT_A_SOURCE = re.compile(r"(?:this|that|these|those|plan|schedule)\b", re.IGNORECASE)
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "no", "any", "our"})
NOT_SPEAKERS = frozenset({"this", "that", "you", "who", "which"})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})  # kept, to be resolved from context
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
OUTLETS = frozenset(
    ("bloomberg", "reuters", "ap", "afp", "xinhua", "cnn", "bbc", "nikkei", "cnbc", "wsj", "ft",
     "dpa", "handelsblatt", "caixin", "state media")
)  # fmt: skip
OFFICIAL = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|ministers?|ministry|ministries|officials?|"
    r"executives?|ceos?|chief|president|chairman|regulators?|agency|agencies|government|"
    r"company|companies|firms?|statement)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    source: str  # as written, without a leading article: "Volkswagen spokesman"
    verb: str  # "reported", "according to", ...
    kind: str  # outlet, official, named (a person or an organisation), pronoun, unnamed
    channel: str = ""  # "LinkedIn", "X", "a statement"


def _kind(source: str) -> str:
    low = source.lower()
    if low in PRONOUNS:
        return "pronoun"
    if any(o in low.split() or o == low or (" " in o and o in low) for o in OUTLETS):
        return "outlet"
    if OFFICIAL.search(source):
        return "official"
    return "named" if source[:1].isupper() else "unnamed"


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in a sentence; empty when it speaks in its own voice."""
    found: list[Attribution] = []
    for m in UNNAMED.finditer(sentence):
        found.append(Attribution(m.group().strip(), "unnamed source", "unnamed"))
    for m in ACCORDING.finditer(sentence):
        source = ARTICLE.sub("", m.group("subject").strip())
        if NOT_A_SOURCE.match(source):
            continue  # "according to this logic", "according to plan"
        found.append(Attribution(source, "according to", _kind(source)))
    for m in BEFORE.finditer(sentence):
        source = ARTICLE.sub("", m.group("subject").strip())
        if source.lower() in NOT_SPEAKERS or _inside(found, source):
            continue
        if source.split()[-1].lower() in DETERMINERS:
            continue  # the verb is a noun: "gives the carmaker a say in", "the report"
        channel = (m.group("channel") or "").strip()
        found.append(Attribution(source, m.group("verb"), _kind(source), channel))
    for m in AFTER.finditer(sentence):
        source = ARTICLE.sub("", m.group("subject").strip())
        if source.lower() in NOT_SPEAKERS or _inside(found, source):
            continue
        found.append(Attribution(source, m.group("verb"), _kind(source)))
    return found


def _inside(found: list[Attribution], source: str) -> bool:
    return any(source in a.source or a.source in source for a in found)


def speaker_introduction(turn: str, opening: str) -> str:
    """How a transcript's opening introduces the speaker of ``turn`` (a line that opens with
    "NAME:", polarity.NAMED_TURN), which says who "we" are: the words after the name up to the
    clause's end ("chief executive of Harbor FC"), or "" when the turn names no speaker or the
    opening does not introduce them."""
    m = NAMED_TURN.match(turn)
    if m is None:
        return ""
    name = r"\s+".join(re.escape(w) for w in m.group("name").split())
    intro = re.search(rf"\b{name}\b\s*(?:\(|,)\s*(?P<who>[^.;()\n]{{3,80}})", opening, re.I)
    if intro:
        return intro.group("who").strip()
    # ... or the title before the name ("With us is Public Works Director Helena Varga")
    titled = titled_introduction(turn, opening)
    if titled:
        return titled
    # ... or the label itself, where it gives an office and maybe its body before the name
    # ("NORTHLINE PROJECT MANAGER DANA OKOYE: Our first customers ...")
    words = m.group("name").split()
    if len(words) >= 3 and any(w.lower() in titles() for w in words[:-2]):
        return " ".join(w.capitalize() for w in words)
    return ""


def titled_introduction(turn: str, opening: str) -> str:
    """The title and name a transcript's opening gives the speaker of ``turn`` where the
    title comes before the name its label gives ("With us is Public Works Director Helena
    Varga" for "VARGA: ..."); "" where it gives none."""
    m = NAMED_TURN.match(turn)
    if m is None:
        return ""
    return titled_before(m.group("name"), opening)


# An interview set as questions and answers ("Q: ..." / "A: ..."): who answers is the person
# its opening says spoke with the interviewer ("Dr. Miriam Okafor, chief executive of Valley
# Crest Health, spoke with Courier health reporter Dana Whitfield"), or its title names before
# "on" ("TRANSCRIPT: Valley Crest CEO Miriam Okafor on the job cuts").
ANSWER = re.compile(r"^\s*A\s*:\s")
_INTERVIEWED = re.compile(
    r"(?:^|[.;]\s+|\n)(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),"
    r"[^.;\n]{0,120}?\b(?:spoke|talked|sat down|met)\s+with\b"
)
_TITLED = re.compile(
    r"\b(?i:transcript|interview|q\s*&\s*a)\s*[:|\u2014-]\s*(?:[A-Za-z][\w&'.-]*\s+){0,5}?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+on\b"
)


def interviewee(title: str, opening: str) -> str:
    """Who answers a question-and-answer interview's "A:" turns, from its opening or its
    title; "" when neither names the person (see ``_INTERVIEWED``, ``_TITLED``)."""
    m = _INTERVIEWED.search(opening) or _TITLED.search(title) or _TITLED.search(opening)
    return m.group("name") if m else ""


QUESTION = re.compile(r"^\s*Q\s*:\s")


def voiced(text: str, answerer: str, answering: bool = False) -> str:
    """An answer read with its speaker's name as the label ("MIRIAM OKAFOR: ..."), as a
    transcript with named turns gives it: an "A:" turn, or (``answering``) a later sentence
    of one; the text as it is otherwise."""
    if not answerer:
        return text
    m = ANSWER.match(text)
    if m is not None:
        return f"{answerer.upper()}: {text[m.end() :]}"
    return f"{answerer.upper()}: {text}" if answering and not QUESTION.match(text) else text
