"""What a figure counts, read from the dependency parse: "340 permanent jobs" counts jobs,
"Unemployment fell to 3.9%" measures unemployment, "killed one miner and trapped 13 others"
counts those trapped.

Two figures that disagree are a conflict only when they count the same thing. The word-order
rules (``quantities.same_measure``) align a claim's figure with a source's by the words of
their clauses; this is the parser's check on top, made only for a pair about to be read as a
conflict: when the parse names what each figure counts (its noun) or what happened to it
(its verb) and the two differ, the source's figure is said of something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import quantities as qty
from .parse import Parse, Word, parse, sentence_at
from .quantities import MARGIN, MARGIN_VERBS
from .synonyms import canon
from .tokens import stem

# Currencies: a figure in one is a sum of money, whose noun is the writer's word for what the
# money is ("a 14-billion-crown hole", "a gap of 5.1 billion crowns").
CURRENCIES = frozenset({
    "$", "€", "£", "¥", "dollar", "euro", "pound", "yen", "crown", "krona", "krone", "kroner",
    "franc", "rupee", "yuan", "renminbi", "peso", "rand", "lira", "ruble", "rouble", "shekel",
    "zloty", "dinar", "dirham", "riyal", "baht", "ringgit", "forint", "koruna", "naira",
    "shilling", "usd", "eur", "gbp", "cent", "pence", "penny",
})  # fmt: skip
# Words that carry a figure's unit or scale, not what it counts ("$175 million", "3.9%").
UNIT_WORDS = frozenset({
    "%", "percent", "per", "cent", "percentage", "point", "million", "billion", "trillion",
    "thousand", "hundred", "dozen", "$", "€", "£", "dollar", "euro", "pound", "yen", "m", "bn",
    "k", "mln",
}) | CURRENCIES  # fmt: skip
# Nouns that stand for something said before ("13 others", "those"): they count what the
# sentence counted already, so the parse cannot tell what it is.
# A generic count noun ("7,000 units", "items") counts whatever the sentence sells or makes.
STAND_INS = frozenset({
    "other", "others", "one", "ones", "those", "these", "more", "total", "all", "each", "half",
    "figure", "number", "amount", "sum", "unit", "units", "item", "items", "piece", "pieces",
})  # fmt: skip
# Verbs that report, hold or reach a figure without saying what happened to what it counts
# ("expects 150 jobs", "put the cost at", "the total reached"): no verb of the figure's own.
NEUTRAL_VERBS = frozenset({
    "be", "have", "get", "reach", "total", "number", "count", "stand", "include", "expect",
    "estimate", "put", "project", "forecast", "see", "report", "record", "show", "say", "find",
    "give", "list", "set", "hit", "top", "exceed", "remain", "hold", "come", "amount", "make",
    "become", "near", "tally", "cover", "involve", "affect", "contain", "comprise", "predict",
    "anticipate", "plan", "want", "need", "seek", "face", "carry", "post", "run", "measure",
})  # fmt: skip
# compared with a word's base form (``parse.Word.base``, factcheck's stemmer) as well
CURRENCIES = CURRENCIES | frozenset(stem(w) for w in CURRENCIES)
UNIT_WORDS = UNIT_WORDS | frozenset(stem(w) for w in UNIT_WORDS)
NEUTRAL_VERBS = frozenset(stem(w) for w in NEUTRAL_VERBS)
# ... of which those that only hold a figure in a claim ("faces a $38 million gap", "posted a
# loss", "saw 12 cases", a reading that "measured 14 mg/L", a penalty that "stands at
# $240,000"): a source need not repeat them, unlike "expects" or "plans"
HOLDING_VERBS = (
    frozenset(stem(w) for w in ("face", "post", "see", "measure", "stand")) & NEUTRAL_VERBS
)
NOMINAL = ("NOUN", "PROPN", "NUM", "SYM", "X", "ADJ")
# Links that attach a figure to what it counts or to the verb it depends on.
ATTACHED = frozenset({"nummod", "compound", "quantmod", "nmod", "npadvmod", "appos"})
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "oprd", "npadvmod"})
VERBAL = ("VERB", "AUX")


@dataclass(frozen=True)
class Counted:
    noun: str  # canonical stem of what the figure counts or measures ("job"); "" unknown
    verb: str  # canonical stem of the verb it is an argument of ("kill", "trap"); "" none
    money: bool = False  # a sum of money (a currency in the figure or right after it)
    position: bool = False  # what one side asks, offers or proposes ("asked for a 6% raise")
    planned: bool = False  # a plan's or an estimate's figure ("will reach 4,300 homes")
    done: bool = False  # what an event did ("has connected 240 homes"), not a level or a plan
    target: bool = False  # the level a change sets ("raise its price to $65")
    remainder: bool = False  # what is left ("11,000 lines remain")
    threshold: bool = False  # a limit set for a measure ("the action level is 15 ppb")
    # the place of what it counts in a sequence of its kind ("its second payment": "second")
    ordinal: str = ""
    held: bool = False  # how many there are, by a verb of having ("the inventory counts 2,300")


def _span_head(p: Parse, start: int, end: int) -> Word | None:
    inside = [w for w in p.words if w.start < end and w.end > start]
    heads = [w for w in inside if not (start <= p.head(w).start < end) or p.head(w) is w]
    return heads[-1] if heads else None


def _key(w: Word) -> str:
    return canon(stem(w.text.lower()))


def _content_noun(w: Word) -> bool:
    return w.pos in ("NOUN", "PROPN") and w.base not in UNIT_WORDS and w.text.lower() not in (
        UNIT_WORDS | STAND_INS
    )  # fmt: skip


def counted(text: str, start: int, end: int) -> Counted:
    """What the figure at ``text[start:end]`` counts, and the verb it depends on."""
    at, text = sentence_at(text, start)
    start, end = start - at, end - at
    p = parse(text)
    w = _span_head(p, start, end)
    if w is None:
        return Counted("", "")
    # the figure's words and the one after it ("3.2 billion kroner", "$48")
    span = [x for x in p.words if x.start < end and x.end > start]
    span += p.words[span[-1].index + 1 : span[-1].index + 2]
    money = any(x.base in CURRENCIES or x.text.lower() in CURRENCIES for x in span)
    noun: Word | None = None
    # up through the words that carry the figure ("175" -> "million" -> "bond")
    while w.dep in ATTACHED and p.head(w) is not w and p.head(w).pos in NOMINAL:
        w = p.head(w)
        if _content_noun(w) and not (w.dep == "compound" and p.head(w).pos == "NOUN"):
            noun = w  # not "tram" of "$2.40 tram fare": the compound's head is counted
            break
    if noun is None:
        noun = _partitive(p, w) or _measure_named(p, w)  # the figure stays the verb's argument
    else:
        w, noun = noun, _of_a_count(p, noun)  # ("Share of sector's workers: 44%": workers)
    if w.text.lower() in STAND_INS:
        return Counted("", _verb_of(p, w), money, _a_position(p, w), _planned(p, w))
    if _margin(p, w):
        # "beat Brennan by 212 votes", "her margin narrowed to 221 votes": a margin, whatever
        # verb of winning, leading or changing says it
        return Counted(MARGIN, "", money)
    verb = _verb_of(p, w)
    if noun is None and _measures_subject(p, w):
        # "Unemployment fell to 3.9%", "The bond is $175 million", "Sales rose 12%": the
        # verb's subject is what the figure measures
        # ... or its object, where it has one: "revised its enrollment to 17,650", "raised
        # the fare to $3.25"
        head = _governing(p, w)
        objects = [x for x in p.children(head, "dobj") if x is not w] if head is not None else []
        subject = p.subject(head) if head is not None else None
        if w.dep == "pobj" and objects and _content_noun(objects[0]):
            noun = objects[0]
        elif subject is not None and _content_noun(subject):
            noun = _of_a_count(p, subject)
    planned = _planned(p, w)
    done = bool(verb) and not planned and not _measures_subject(p, w)
    noun_key = _key(noun) if noun is not None else ""
    if (
        noun is not None and stem(noun.text.lower()) in qty.PEOPLE
        and (qty.SAID_DEAD.match(text, noun.end) or qty.KILLED.search(text[:start]))
    ):  # fmt: skip
        noun_key = canon(stem("deaths"))  # "Nine people have been confirmed dead": deaths
    return Counted(
        noun_key, verb, money, _a_position(p, w), planned, done, _target(p, w), _remainder(p, w),
        _of_a_threshold(p, w, noun), _ordinal(p, noun), _held(p, w),
    )  # fmt: skip


#: Verbs that say how many of a thing there are, not what was done to them.
HAVING_VERBS = frozenset(
    stem(w) for w in ("have", "has", "had", "count", "number", "contain", "comprise")
)


def _held(p: Parse, w: Word) -> bool:
    """Whether the figure is the object of a verb of having ("the inventory counts 2,300 ash
    trees", "the city has 2,300 ash trees"), not of an act."""
    head = _governing(p, w) if w.dep in ARGUMENTS else None
    return (
        head is not None
        and head.pos in ("VERB", "AUX")
        and head.base in HAVING_VERBS
        and (w.dep == "dobj")
    )


def _ordinal(p: Parse, noun: Word | None) -> str:
    """The word that places what a figure counts in a sequence of its kind: "first" of "its
    first payment", "second" of "the second installment"; "" where none does."""
    if noun is None:
        return ""
    # (its own modifier, or one of a noun compounded with it: "first" of "first grant
    # installment", which the parse hangs on "grant")
    modifiers = [*p.children(noun, "amod")]
    modifiers += [x for c in p.children(noun, "compound") for x in p.children(c, "amod")]
    for x in modifiers:
        word = x.text.lower()
        if word in ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
            return ORDINALS.get(word, word)
    return ""


# Words that place a thing in a sequence of its kind, each with its place ("initial" is
# "first"); a thing's "next" or "latest" is no place another figure's "second" can differ
# from, so they are not here.
ORDINALS = {
    "first": "1st", "initial": "1st", "second": "2nd", "third": "3rd", "fourth": "4th",
    "fifth": "5th", "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th",
    "tenth": "10th",
}  # fmt: skip


# Nouns of a limit set for a measure, not a measure: "the federal limit is 10 mg/L", "the
# action level for lead is 15 parts per billion", "a cap of 600 scooters", "above the state
# minimum of 1,080 hours".
THRESHOLD_WORDS = (
    "limit", "threshold", "standard", "cap", "ceiling", "benchmark", "guideline", "minimum",
    "maximum",
)  # fmt: skip
THRESHOLDS = frozenset(stem(w) for w in THRESHOLD_WORDS)
# ... and the compounds that make a level one ("action level", "trigger level")
THRESHOLD_COMPOUND_WORDS = ("action", "trigger", "alert", "warning")
THRESHOLD_COMPOUNDS = frozenset(stem(w) for w in THRESHOLD_COMPOUND_WORDS)


def _a_threshold(p: Parse, noun: Word) -> bool:
    if noun.base in THRESHOLDS:
        return True
    return any(x.base in THRESHOLD_COMPOUNDS for x in p.children(noun, "compound"))


def _of_a_threshold(p: Parse, w: Word, noun: Word | None) -> bool:
    """Whether the figure is a limit's: its noun is one ("a cap of 600 scooters"), or the
    subject it is said of ("the action level for lead is 15 parts per billion")."""
    if noun is not None and _a_threshold(p, noun):
        return True
    head = _governing(p, w) if w.dep in ("attr", "oprd") else None
    subject = p.subject(head) if head is not None else None
    return subject is not None and _a_threshold(p, subject)


# A subject that only says a figure is a count or a share of something: "the final count of
# dead fish was 2,600", "the number of cases stood at 17", a table's "Share of sector's
# workers: 44%": what it is of is counted.
COUNT_WORDS = frozenset(
    {"count", "number", "total", "tally", "share", "proportion", "percentage", "portion"}
)


def _of_a_count(p: Parse, subject: Word) -> Word:
    if subject.text.lower() not in COUNT_WORDS:
        return subject
    of = next((x for x in p.children(subject, "prep") if x.text.lower() == "of"), None)
    counted_ = p.children(of, "pobj") if of is not None else []
    return counted_[0] if counted_ and _content_noun(counted_[0]) else subject


def _target(p: Parse, w: Word) -> bool:
    """ "raise its price to $65", "cut fares to $2": the level a verb of change sets its
    object to."""
    head = _governing(p, w)
    return (
        head is not None and w.dep == "pobj" and p.head(w).base == "to"
        and head.base not in NEUTRAL_VERBS and bool(p.children(head, "dobj"))
    )  # fmt: skip


NEED_VERBS = frozenset(stem(w) for w in ("need", "require"))


def needed(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is what a verb of needing takes ("We need
    1,000 member-owners", "needs 60 lifeguards to open all five pools", "requires 1,080
    hours"), or what it is needed for ("all five pools"): a requirement, no count of what
    there is."""
    at, text = sentence_at(text, start)
    p = parse(text)
    w = _span_head(p, start - at, end - at)
    while w is not None and w.dep in ATTACHED and p.head(w) is not w and p.head(w).pos in NOMINAL:
        w = p.head(w)
    head = _governing(p, w) if w is not None else None
    if head is None or w is None:
        return False
    if w.dep == "dobj" and _key(head) in NEED_VERBS:
        return True
    # ... or what the requirement is for: "to open all five pools" of "needs 60 lifeguards
    # to open all five pools" (the purpose of a verb of needing), no count of what opens
    purpose = p.head(head)
    return (
        head.dep in ("xcomp", "advcl") and purpose is not head and _key(purpose) in NEED_VERBS
        and any(a.text.lower() == "to" for a in p.children(head, "aux"))
    )  # fmt: skip


def measured(text: str, start: int, end: int) -> set[str]:
    """What the figure at ``text[start:end]`` counts, and, where the figure with its noun is
    what its subject is ("enrollment was 17,650 students"), that subject too."""
    found = {counted(text, start, end).noun} - {""}
    at, sentence = sentence_at(text, start)
    p = parse(sentence)
    w = _span_head(p, start - at, end - at)
    while w is not None and w.dep in ATTACHED and p.head(w) is not w:
        w = p.head(w)
    if w is not None and w.dep == "attr":
        subject = p.subject(p.head(w))
        if subject is not None and _content_noun(subject):
            found.add(_key(subject))
    if w is not None:
        # "The county estimates that 4,800 homes will connect" gives the county's estimate:
        # what "The county's estimate was 4,300" measures
        found |= {_key(v) for v in _above(p, w) if v.base in ESTIMATING}
    return found


# A future modal on a figure's verb, or a verb of expecting above it, makes the figure a plan's
# or an estimate's: "will reach 4,300 homes", "expects to hire 40", "is projected to cost".
MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "'ll", "wo"})
EXPECTING = frozenset(
    stem(w) for w in ("expect", "estimate", "plan", "project", "forecast", "aim", "hope",
                      "intend", "target", "predict", "anticipate", "propose", "promise")
)  # fmt: skip
# ... of which those that give a figure of their own ("the county's estimate was 4,300")
ESTIMATING = frozenset(stem(w) for w in ("estimate", "forecast", "project", "predict"))
ABOVE = 4  # heads walked up from a figure to the verbs that frame it


def _above(p: Parse, w: Word) -> list[Word]:
    """The verbs over ``w``, nearest first, up to ``ABOVE`` heads."""
    found: list[Word] = []
    for _ in range(ABOVE):
        head = p.head(w)
        if head is w:
            break
        w = head
        if w.pos in VERBAL:
            found.append(w)
    return found


def _planned(p: Parse, w: Word) -> bool:
    """Whether the figure ``w`` is a plan's or an estimate's (``MODALS``, ``EXPECTING``), or
    a headline's plan: an infinitive with no verb over it ("Utility to replace 2,000 lead
    lines this year", "a decision to close 12 branches")."""
    for v in _above(p, w):
        if v.base in EXPECTING or any(a.text.lower() in MODALS for a in p.children(v, "aux")):
            return True
        if v.dep in ("ROOT", "acl") and any(a.tag == "TO" for a in p.children(v, "aux")):
            return True
    return False


def _remainder(p: Parse, w: Word) -> bool:
    """Whether the figure counts what is left: the subject of "remain" ("11,000 lead lines
    remain"), never the count of an act done to some of them ("replace 1,800")."""
    verb = _governing(p, w)
    return verb is not None and verb.base == "remain" and w.dep in ("nsubj", "nsubjpass")


# Verbs whose object is one side's position in a negotiation, not what came of it: "asked for a
# 6% raise", "offered 2%", "proposed a $2.75 fare", "demanded 40 new hires".
POSITION_VERBS = frozenset(
    stem(w) for w in ("ask", "demand", "seek", "request", "propose", "offer", "want", "call",
                      "bid", "counter", "push", "press", "insist")
)  # fmt: skip


def _a_position(p: Parse, w: Word) -> bool:
    head = _governing(p, w)
    return head is not None and head.base in POSITION_VERBS


def _measure_named(p: Parse, w: Word) -> Word | None:
    """ "a budget of $30.5 million", "the state minimum of 1,080 hours": a figure after "of"
    gives the size of the noun before it, which is what it measures (not "a total of 140",
    whose noun only says it is a count)."""
    head = p.head(w)
    if w.dep != "pobj" or head.base != "of" or head.dep != "prep":
        return None
    noun = p.head(head)
    if noun is head or not _content_noun(noun) or noun.text.lower() in COUNT_WORDS:
        return None
    return noun


def _partitive(p: Parse, w: Word) -> Word | None:
    """ "31 of the schools": a partitive counts the noun after "of"."""
    for prep in p.children(w, "prep"):
        if prep.base == "of":
            objects = [x for x in p.children(prep, "pobj") if _content_noun(x)]
            if objects:
                return objects[0]
    return None


# Verbs whose object is the level their subject reaches ("subscribers reached 6.4 million",
# "passengers totalled 3.4 million"): the figure counts the subject.
LEVEL_VERBS = frozenset(
    stem(w) for w in ("reach", "total", "hit", "top", "number", "exceed", "surpass")
)  # fmt: skip


def _measures_subject(p: Parse, w: Word) -> bool:
    """A figure that says how much its verb's subject is or became: after "be", as the verb's
    measure ("rose 12%"), after "to", "by", "from" or "at" ("fell to 3.9%"), or as the level
    a verb of reaching names ("subscribers reached 6.4 million")."""
    if w.dep in ("attr", "oprd", "npadvmod"):
        return True
    if w.dep == "dobj" and p.head(w).base in LEVEL_VERBS:
        return True
    return w.dep == "pobj" and p.head(w).base in ("to", "by", "from", "at")


def _governing(p: Parse, w: Word) -> Word | None:
    """The verb ``w`` is an argument of, through one preposition at most."""
    head = p.head(w)
    if w.dep == "pobj" and head.pos == "ADP":
        head = p.head(head)
    return head if head.pos in VERBAL and head is not w else None


def _margin(p: Parse, w: Word) -> bool:
    """A figure after "by" on a verb of winning or leading ("beat Brennan by 212 votes", "led
    by four points"), or one that says what a margin or a lead is or became ("her margin
    narrowing to 221 votes"): the margin between two sides (quantities.MARGIN_VERBS)."""
    head = p.head(w)
    if w.dep == "pobj" and head.base == "by" and p.head(head).text.lower() in MARGIN_VERBS:
        return True
    verb = _governing(p, w)
    subject = p.subject(verb) if verb is not None else None
    return subject is not None and subject.text.lower() in (MARGIN, "lead")


def _verb_of(p: Parse, w: Word) -> str:
    if w.dep not in ARGUMENTS:
        return ""
    head = _governing(p, w)
    if head is None or head.pos != "VERB" or head.base in NEUTRAL_VERBS:
        return ""
    if w.dep == "pobj" and p.head(w).base in ("to", "at") and p.children(head, "dobj"):
        return ""  # "reduced the gap to $31 million": the level its object now has
    return canon(stem(head.text.lower()))


def event_verb(text: str, start: int, end: int) -> str:
    """The verb a date at ``text[start:end]`` says the time of ("confirmed ... on Jan. 7" ->
    "confirm"), through its preposition; "" when it hangs on no verb or on one that only
    reports ("said on Tuesday")."""
    at, text = sentence_at(text, start)
    start, end = start - at, end - at
    p = parse(text)
    w = _span_head(p, start, end)
    if w is None:
        return ""
    head = p.head(w)
    if w.dep == "pobj" and head.pos == "ADP":
        head = p.head(head)
        # "by the end of September": through the part of the period to the verb
        if head.base in PERIOD_PARTS and head.dep == "pobj" and p.head(head).pos == "ADP":
            head = p.head(p.head(head))
    elif w.dep not in ("npadvmod", "nmod", "tmod"):
        return ""
    if head.pos != "VERB" or head.base in NEUTRAL_VERBS:
        return ""
    if head.dep == "xcomp" and p.head(head).base in PHASE_VERBS:
        # "began operating in November": the date is the beginning's ("starting in January")
        head = p.head(head)
    particle = _particle(p, head)
    return canon(stem(head.text.lower())) + (f" {particle}" if particle else "")


#: Particles that make another act of their verb: "switched off" / "switched back on".
PARTICLES = frozenset({"on", "off"})


def _particle(p: Parse, verb: Word) -> str:
    """The particle of a phrasal verb ("switched off in September", "switched back on in
    October"), which makes it another act than the verb with the other particle; "" for
    none, or for a preposition with its object ("turned back on October 19")."""
    after = [w for w in p.words if w.start > verb.start]
    if after and after[0].text.lower() == "back":
        after = after[1:]
    if not after or after[0].text.lower() not in PARTICLES:
        return ""
    w = after[0]
    return w.text.lower() if w.dep == "prt" or not p.children(w, "pobj") else ""


#: Verbs of a phase of another act ("began operating", "stopped issuing"): a date on the act
#: they govern is their date.
PHASE_VERBS = frozenset({"begin", "start", "resume", "stop", "cease", "finish", "continue"})


# The part of a period a date is named by: "the end of September", "early in", "the start of".
PERIOD_PARTS = frozenset(stem(w) for w in ("end", "start", "beginning", "middle", "close"))


# Nouns that only say a figure is a rate or a share ("the abandoned-call rate was 3.1%"): what
# it is of is in the words around it ("3.1% of calls ... abandoned"), not in the noun.
MEASURE_NOUNS = frozenset({"rate", "share", "proport", "percentag", "portion", "margin"})


def same_thing(a: Counted, b: Counted) -> bool:
    """Whether two figures may count the same thing: neither what they count ("340 jobs" /
    "12 nurses") nor what happened to it ("killed one miner" / "trapped 14 miners", "hired
    40 nurses" / "fired 12 nurses") differs, where the parse names it for both. The nouns of
    sums of money are not compared: they are the writer's word for what the money is ("hole",
    "gap", "bill"). Nor is a plan's figure one of what an event has done, nor the level a
    planned change sets one of the level before it."""
    if (
        not (a.money or b.money) and a.noun and b.noun and a.noun != b.noun
        and not {a.noun, b.noun} & MEASURE_NOUNS
    ):  # fmt: skip
        return False
    if a.position != b.position:
        return False  # one side's demand or offer is no figure of what was agreed
    if a.planned and b.done or b.planned and a.done:
        return False  # "will reach 4,300 homes" is no count of the 240 it "has connected"
    if a.planned and a.target and not b.target or b.planned and b.target and not a.target:
        return False  # "plans to raise its price to $65": the price now is another figure
    if a.remainder and b.verb or b.remainder and a.verb:
        return False  # "11,000 lead lines remain" is no count of the 1,800 it "will replace"
    if a.done and b.held or b.done and a.held:
        return False  # "removed 780 ash trees" is no count of the 2,300 the inventory counts
    if a.verb and b.verb and a.verb != b.verb:
        # (a level a change reached is of its noun: "the project's estimated cost has risen to
        # $203 million" is what "is expected to cost $186 million" gives)
        return _level_of(a, b) or _level_of(b, a)
    return True


# Verbs that give the level a thing reached, not an act done to it ("has risen to $203
# million", "now totals 1,140")
CHANGE_VERBS = frozenset({
    "rise", "fall", "grow", "climb", "increase", "decrease", "drop", "reach", "total", "stand",
    "jump", "decline", "swell", "balloon", "soar",
})  # fmt: skip


def _level_of(a: Counted, b: Counted) -> bool:
    """Whether ``b`` is the level its noun reached and ``a`` says of that noun, as its verb
    or its noun ("cost" of "is expected to cost")."""
    return b.verb in CHANGE_VERBS and bool(b.noun) and b.noun in (a.verb, a.noun)


def shares(sentence: str, found: list[qty.Quantity]) -> list[qty.Quantity]:
    """The share a part is of its whole, where a sentence gives both: "runs 310 buses ..., and
    62 of those buses are electric" is 20% of the buses (the part counts what the whole does,
    "of those", "of them", after it). For finding a claim's share, never a value to conflict
    with."""
    out: list[qty.Quantity] = []
    for i, part in enumerate(found):
        if not part.part or part.kind != "number" or not part.unit:
            continue
        whole = next(
            (
                w for w in reversed(found[:i])
                if w.kind == "number" and not w.part and w.value > part.value > 0
                and (w.unit == part.unit or _bare(w) and _counts(sentence, w, part.unit))
            ),
            None,
        )  # fmt: skip
        if whole is not None:
            out.append(_share(sentence, part, whole, whole.start))
    return out


def partitive_shares(sentence: str, found: list[qty.Quantity]) -> list[tuple[qty.Quantity, str]]:
    """The share a partitive states with its whole inside it: "Three of the seven sites were
    above the threshold" is 42.9% of the sites. Unlike ``shares``, the whole is the part's own
    ("of the seven sites"), so the share is a value a claim's may conflict with. Each with the
    noun it counts."""
    out: list[tuple[qty.Quantity, str]] = []
    for part in found:
        if not part.part or part.kind != "number" or not part.unit:
            continue
        end = qty.phrase_end(sentence, part)
        whole = next(
            (
                w for w in found
                if w.kind == "number" and not w.part and w.value > part.value > 0 and (
                    part.start < w.start < end and w.unit == part.unit
                    # ("Most complaints, 158 of the 212, were ...": the whole's number alone)
                    or _bare(w) and OF_THE.fullmatch(sentence[part.end : w.start]) is not None
                )
            ),
            None,
        )  # fmt: skip
        if whole is not None:
            noun = part.unit.lstrip("#@")
            out.append((_share(sentence, part, whole, part.start), stem(noun) if noun else ""))
    return out


# Between a part's number and its whole's: "158 of the 212"
OF_THE = re.compile(r"\s+of(?:\s+the)?\s*")


def _share(sentence: str, part: qty.Quantity, whole: qty.Quantity, start: int) -> qty.Quantity:
    """The share ``part`` is of ``whole``, as a percentage said from ``start`` to the part's
    end."""
    pct = part.value / whole.value * 100
    end = qty.phrase_end(sentence, part)
    return qty.Quantity(
        value=pct, unit="%", kind="percentage", tolerance=max(0.5, pct * 0.02), start=start,
        end=end, context=whole.context | part.context, clause=whole.clause | part.clause,
        names=whole.names | part.names, bound="eq", text=sentence[start:end].strip(),
    )  # fmt: skip


def _bare(q: qty.Quantity) -> bool:
    """A count with no noun of its own ("at 742", or only a label's: "#at")."""
    return not q.unit or q.unit.startswith(("#", "@"))


def _counts(sentence: str, q: qty.Quantity, unit: str) -> bool:
    """Whether the parse says a bare figure counts ``unit`` ("Licensed beds ... were unchanged
    at 742" counts beds)."""
    return unit in measured(sentence, q.start, q.end)
