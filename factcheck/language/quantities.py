"""Quantities in a sentence, normalized, and whether two of them agree.

"$700 million", "$0.7 billion" and "700m dollars" are all 7e8 USD; "ten-day" is 10 days;
"5%" and "5 percent" are 5 %. Hedges and bounds become intervals: "about" allows 15 %,
"nearly"/"almost" means a little under, "over"/"more than" a lower bound. Two quantities are
compared only when they measure the same thing: the same unit class (a currency, percent, a
duration, or the same counted noun) and at least one shared content word around them, so
"100 people were working" is never compared with "50 people were injured" (de Marneffe,
Rafferty and Manning 2008).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from . import dates, lexicon
from .synonyms import canon
from .tokens import (
    CALENDAR,
    NUMBER_WORDS,
    STOPWORDS,
    Token,
    is_content,
    is_name,
    opens_sentence,
    stem,
    tokenize,
    verb_and_noun,
)

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12,
}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY",
    "rupee": "INR", "rupees": "INR", "inr": "INR", "won": "KRW",
}  # fmt: skip
DURATIONS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
    "month": 30.4, "year": 365.25, "decade": 3652.5,
}  # fmt: skip
MONTHS = frozenset(dates.MONTHS)

# Hedge or bound before a number -> bound kind.
BOUNDS = [
    ("more than", "gt"), ("over", "gt"), ("above", "gt"), ("exceeding", "gt"),
    ("in excess of", "gt"), ("upwards of", "gt"), ("at least", "ge"), ("no less than", "ge"),
    ("as many as", "le"), ("as much as", "le"), ("up to", "le"), ("at most", "le"),
    ("no more than", "le"), ("within", "le"), ("less than", "lt"), ("fewer than", "lt"),
    ("under", "lt"),
    ("below", "lt"), ("just under", "near"), ("nearly", "near"), ("almost", "near"),
    ("close to", "near"), ("just shy of", "near"), ("just over", "over"), ("about", "approx"),
    ("around", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("some", "approx"), ("an estimated", "approx"), ("estimated", "approx"), ("~", "approx"),
    ("circa", "approx"), ("exactly", "eq"), ("precisely", "eq"),
]  # fmt: skip
APPROX_TOLERANCE = 0.15  # "about 700" is 600..800, never more than 15% either side
APPROX_FLOOR = 0.05  # ... nor less than 5%: "about 450" is 427..473
APPROX_DIGITS = 2  # "about 86%" is 84..88: two units of its last digit either side
EXACT_TOLERANCE = 0.025  # round figures: "$1 billion" for 1.02 billion
BOUND_SPREAD = 2.0  # "over 7,000" and "more than 5,000" agree; "over 70,000" does not

_num_word = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_bound = "|".join(re.escape(b) for b, _ in sorted(BOUNDS, key=lambda x: -len(x[0])))
_scale = "|".join(sorted(SCALES, key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<bound>{_bound})\s+)?"  # (not "over" of "cover 40 percent")
    r"(?P<cur>US\$|[$€£¥₹])?\s?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    r"(?<![\w-])a(?=\s+(?:thousand|million|billion|trillion)\b)|"  # "a million trips"
    rf"(?:a\s+(?=dozen|hundred))?"
    rf"(?:(?:{_num_word})(?:[\s-]+(?:and\s+)?(?:{_num_word}))*)(?![^\W\d_]))"
    r"(?P<ord>st|nd|rd|th)?"
    rf"(?:(?:\s?|-)(?P<scale>{_scale})\b\.?)?"
    r"(?P<pct>\s?%|\s(?:percentage points?|per\s?cent|pct)\b)?"
    r"(?P<hyphen>-(?=[^\W\d_]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    value: float  # normalized: currency in units, durations in days
    unit: str  # "USD", "%", "day", or a counted noun's stem ("car"); "" when none
    kind: str  # amount, percentage, duration, number, ordinal
    bound: str  # eq, approx, near, over, gt, ge, lt, le
    text: str  # as written, e.g. "nearly 5%"
    start: int
    end: int
    tolerance: float  # absolute, for eq
    context: frozenset[str]  # content-word keys around it
    # The content words of its own clause (commas, semicolons, colons, brackets and dashes
    # bound a clause) and the names among them: what the figure is said of.
    clause: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    # ... those of them in a street address ("on Court Street"): where, not whose
    addressed: frozenset[str] = frozenset()
    # (noun, the word just before it) pairs of the clause: "unemployment rate" -> ("rate",
    # "unemploy"); two figures of "rate"s with other modifiers measure other things.
    modifiers: frozenset[tuple[str, str]] = frozenset()
    # Words between the figure and its counted noun ("300 permanent jobs": "perman"): the
    # source must say them too.
    qualifiers: frozenset[str] = frozenset()
    change: bool = False  # a change ("lost 22 seats"), not a level ("66 seats")
    against: float | None = None  # a vote or score's second figure ("8-1": 8 for, 1 against)
    # Nouns before the counted one in a compound ("bus" in "84 bus routes"): the kind of thing
    # counted, which the source must say too (never a partitive like a qualifier)
    compound: frozenset[str] = frozenset()
    # a forecast, target or guidance ("a revenue forecast of $2.10 billion"): the plan, which
    # measures something else than the outcome ("revenue fell to $2.05 billion")
    forecast: bool = False
    # the value a change still to come would reach ("voted to raise the wage to $17 by 2029",
    # "will rise to $15"): no value of now ("the wage is $13.50")
    target: bool = False
    # the words that narrow a share's whole ("58% of the jobs paying less than $17 an hour":
    # "pay", "hour"): a share of all jobs is another figure
    restricted: frozenset[str] = frozenset()
    # a count a list of names gives ("its Larkin, Bellmont and Orrin Falls plazas"): a
    # passage's count of them; a claim that lists names states no count
    listed: bool = False
    # a count limited by order ("the first nine measles cases", "its last 12 games"): a set
    # chosen by when, another measure than a count of all or of a day's
    ordered: bool = False
    # which way a change goes: +1 "rose 3%", "up 5", "a 4% increase"; -1 "fell 3%", "cut 40";
    # 0 unknown or not a change
    direction: int = 0
    # One unit of the last digit of a figure written to it ("86%": 1, "$3.25": 0.01), 0 for
    # a rounded one ("340", "85%", "$1 billion"): "about 86%" reaches only a few such units.
    digit: float = 0.0
    # a part of a whole the sentence counts ("14 of them", "Fourteen of the 17 cases"): never
    # the same measure as a whole ("17 cases")
    part: bool = False
    # the span a count is over, where its clause says: "year" ("in its first year", "a
    # year"), "month", ..., or "so far" for a running total ("since April 1", "to date")
    span: str = ""

    @property
    def interval(self) -> tuple[float, float]:
        v = self.value
        # "about 86%", written to its last digit, is 84..88; a round figure is a rounding to
        # its last digit that is not zero, one unit of it either side: "about 11,000" is
        # 10,000..12,000 (no 9,400), "about 700" 600..800
        spread = APPROX_DIGITS * self.digit if self.digit else _rounding_spread(v)
        if self.bound == "approx":
            return v - spread, v + spread
        if self.bound == "near":
            return v - spread, v
        if self.bound == "over":
            return v, v + spread
        if self.bound in ("gt", "ge"):
            return v, math.inf
        if self.bound in ("lt", "le"):
            return -math.inf, v
        return v - self.tolerance, v + self.tolerance

    @property
    def is_bound(self) -> bool:
        return self.bound in ("gt", "ge", "lt", "le")


def _rounding_spread(v: float) -> float:
    """How far a round figure may be from what it rounds: one unit of its last digit that is
    not zero, between ``APPROX_FLOOR`` and ``APPROX_TOLERANCE`` of it."""
    v = abs(v)
    if v == 0:
        return 0.0
    unit = 10.0 ** math.floor(math.log10(v))
    while unit > 1e-9 and abs(v / unit - round(v / unit)) > 1e-6:
        unit /= 10
    return min(v * APPROX_TOLERANCE, max(unit, v * APPROX_FLOOR))


def _word_number(text: str) -> float | None:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words and words[0] == "a":
        words = words[1:] or ["one"]
    total, current = 0.0, 0.0
    for w in words:
        n = NUMBER_WORDS.get(w)
        if n is None:
            return None
        if n == 100:
            current = (current or 1) * 100
        elif n == 12 and w == "dozen":
            current = (current or 1) * 12
        else:
            current += n
    return total + current


def _parse_number(text: str) -> tuple[float, float] | None:
    """(value, half a unit of the last written digit)."""
    if text[0].isdigit():
        digits = text.replace(",", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        # "1.7 million" stands for 1.65-1.75 million; "1 billion" is only as loose as
        # EXACT_TOLERANCE allows, or it would agree with 700 million.
        return float(digits), (0.5 * 10**-decimals if decimals else 0.0)
    value = _word_number(text)
    return (value, 0.5) if value is not None else None


# Words between a count and its noun that are not the noun: "two new models".
COUNT_ADJECTIVES = frozenset({"new", "more", "other", "old", "big", "small", "large", "major"})


# Words between a count and a unit of time that leave it a span: "one extra year", "two more
# weeks", "three full months".
SPAN_ADJECTIVES = frozenset({"extra", "more", "additional", "full", "further", "straight",
                             "consecutive", "whole", "entire"})  # fmt: skip


def _unit_after(sentence: str, tokens: list[Token], end: int) -> tuple[str, str, float]:
    """(unit, kind, factor) from the words right after a number."""
    joined = sentence[end : end + 1] == "-"  # "a 9-billion-kroner hole": the figure's own
    after = [
        t for t in tokens
        if t.start >= end and not t.is_number and (joined or not _modifier_part(sentence, t))
    ][:3]  # fmt: skip
    if after and re.search(r"[,;:()]|\.\s", sentence[end : after[0].start]):
        # "climbed to 52, including 13 fires": the noun is left out, not "including"
        return "", "number", 1.0
    # "850,000 Volt 20K power banks", "390,000 Brightline Essentials 20K units": a model's
    # name is not the counted noun
    # ("12 Bayline staff": the noun after the name)
    names = 0
    while names < 2 and names < len(after) and is_name(after[names]):
        names += 1
    last = after[names - 1].index + 1 if names else len(tokens)
    nxt = tokens[last] if last < len(tokens) else None
    if nxt is not None and (nxt.is_number or is_content(nxt) and not nxt.is_capitalized):
        after = [t for t in tokens if t.start >= nxt.start and not t.is_number][:3]
    partitive = _partitive_noun(tokens, after)
    if partitive is not None:
        return partitive.key, "number", 1.0
    for i, t in enumerate(after[:2]):
        if re.search(r"[,;:()]", sentence[end : t.start]):
            break  # "down from 460 in 2020, Police Chief ... said": past the figure's phrase
        cur = CURRENCY_WORDS.get(t.lower)
        if cur:
            return cur, "amount", 1.0
        base = t.stem
        if base in DURATIONS:
            return "day", "duration", DURATIONS[base]
        unit = after[i + 1] if i + 1 < len(after) else None
        if unit is not None and unit.stem in DURATIONS and t.lower in SPAN_ADJECTIVES:
            return "day", "duration", DURATIONS[unit.stem]  # "one extra year", "two more weeks"
        if t.lower in ("of", "in", "for", "a", "an", "the") or t.lower in COUNT_ADJECTIVES:
            continue
        if t.lower in CALENDAR or t.lower in TIME_BEFORE or t.lower in WHEN_SAID:
            # "17 in March", "88,000 last year": a time, not what is counted; "the 22,000
            # first announced": when it was said
            break
        if _countable(t) or QUALIFIER_FORM.search(t.lower) and _head(tokens, t) is not t:
            # ("12 confirmed cases": "confirmed" is a reporting word, here a qualifier)
            head = _head(tokens, t)
            nxt = tokens[head.index + 1] if head.index + 1 < len(tokens) else None
            if (
                not joined and head is t and _singular(head) and sentence[end : end + 1] == " "
                and (nxt is None or not is_content(nxt) and nxt.lower not in ("and", "or"))
            ):  # fmt: skip
                # "the state 911 surcharge", "a Route 9 interchange": a number before a
                # singular noun names it; it counts nothing
                return head.key, "name", 1.0
            return head.key, "number", 1.0
        break
    return "", "number", 1.0


# Words that open a time after a figure: "88,000 last year", "12 this week", "40 next month"
TIME_BEFORE = frozenset({"last", "this", "next", "previous"})
WHEN_SAID = frozenset({"first", "originally", "initially", "earlier", "once", "previously"})


def _modifier_part(sentence: str, t: Token) -> bool:
    """A word of a hyphenated modifier before a noun ("764 write-in votes", "300 full-time
    jobs"): it qualifies what is counted, and is not it. The last part is one only where
    another word follows ("a write-in" counts write-ins)."""
    if sentence[t.end : t.end + 1] == "-" and sentence[t.end + 1 : t.end + 2].isalpha():
        return True
    if t.start < 2 or sentence[t.start - 1] != "-" or not sentence[t.start - 2].isalpha():
        return False
    # (a noun follows a modifier; "1,000 member-owners on Oct. 9" ends at "owners")
    nxt = re.match(r"\s+([a-z]+)", sentence[t.end :])
    return nxt is not None and nxt.group(1) not in STOPWORDS


# Reporting nouns, no content of a claim, that a figure still counts: "47 reports of
# illness", "nine of the illness reports", "three officials", "two sources".
COUNTED_LIGHT = frozenset({
    "reports", "statements", "claims", "sources", "officials", "articles", "stories",
})  # fmt: skip


def _countable(t: Token) -> bool:
    """A word a figure before it may count: a content word, or a reporting noun's plural."""
    return is_content(t) or t.lower in COUNTED_LIGHT


def _partitive_noun(tokens: list[Token], after: list[Token]) -> Token | None:
    """The counted noun of a partitive: "31 of the district's schools", "12 of its 40
    branches" (the noun after "of", a determiner and a possessor); None for anything else."""
    if not after or after[0].lower != "of":
        return None
    rest = [t for t in tokens if t.start >= after[0].end and not t.is_number][:4]
    for i, t in enumerate(rest):
        if t.lower in DETERMINERS or t.lower in COUNT_ADJECTIVES or t.lower in ("those", "that"):
            continue  # ("62 of those buses": the buses the sentence counted before)
        if t.text.endswith(("'s", "\u2019s")) and i + 1 < len(rest) and is_content(rest[i + 1]):
            continue  # the possessor: "the district's schools"
        if is_name(t) and any(x.text.endswith(("'s", "\u2019s")) for x in rest[i + 1 : i + 3]):
            continue  # ... named in words: "two of Marrow Lake's six public beaches"
        head = _head(tokens, t)  # "of the 17 measles cases": the compound's head
        if not (_countable(t) and _plural(head) and not is_name(t)):
            return None
        return head
    return None


def _singular(t: Token) -> bool:
    """A word that is a singular noun's, not a plural's nor a unit's abbreviation ("MW",
    "mph"): a count before it is a name ("911 surcharge")."""
    return (
        t.lower.isalpha() and t.lower == t.text and len(t.lower) >= SINGULAR_MIN
        and not _plural(t) and t.lower not in COUNTED_AS_THEY_ARE
        and not t.lower.endswith(("ed", "ing", "ly"))  # ("148 reserved for ...": a verb's)
    )  # fmt: skip


SINGULAR_MIN = 4  # ("mph", "kg", "km": a unit's abbreviation is no noun to count)
# Plurals with no "-s" and measure words a count stands before as they are ("17 people",
# "12 staff", "5 percent", "a 3 acre lot"): a count, not a name
COUNTED_AS_THEY_ARE = frozenset({
    "people", "men", "women", "children", "police", "staff", "feet", "teeth", "mice", "geese",
    "data", "media", "criteria", "dice", "clergy", "crew", "faculty", "military", "youth",
    "infantry", "cavalry", "percent", "acre", "head", "times", "dozen", "hundred", "thousand",
    "million", "billion", "trillion", "year", "month", "week", "hour", "minute", "second",
})  # fmt: skip


def _plural(t: Token) -> bool:
    return (
        t.lower.endswith("s")
        and not t.lower.endswith(("ss", "us", "is"))
        or t.lower in ZERO_PLURALS
    )


# Nouns whose plural is the singular ("2,140 dead fish", "40 sheep"): counted as plurals are.
ZERO_PLURALS = frozenset({
    "fish", "sheep", "deer", "aircraft", "spacecraft", "cattle", "livestock", "salmon", "trout",
    "moose", "bison", "swine", "poultry", "personnel", "offspring", "species",
})  # fmt: skip


def _head(tokens: list[Token], t: Token) -> Token:
    """The counted noun of the phrase a figure's first word opens: that word, or the plural
    noun it qualifies ("300 permanent jobs") or modifies as the first part of a compound ("84
    bus routes", "14 new bus drivers", "40 registered nurse positions", "4800 season ticket
    deposits", "four measles cases": an English compound's head comes last)."""
    run = [t]
    if _verb_form(t.lower):
        return t  # "12 took buyouts": a verb, whose subject the figure is (``_elided``)
    named = _named_kind(tokens, t)
    if named is not None:
        return named  # "860 adult Chinook salmon": a kind's name between adjective and noun
    while len(run) < 4:
        nxt = tokens[run[-1].index + 1] if run[-1].index + 1 < len(tokens) else None
        if (
            nxt is None or not nxt.lower.replace("-", "").isalpha() or nxt.lower in STOPWORDS
            or nxt.is_capitalized or nxt.start - run[-1].end > 1
            # "40 buses carrying workers": a verb; "22 perimeter monitoring wells": a noun's
            # modifier, where no plural has come yet
            # ("25 registered hosted stays": a participle before the noun qualifies it)
            or nxt.lower.endswith("ed") and any(_plural(x) for x in run)
            or nxt.lower.endswith("ing")
            and any(_plural(x) or x.lower in COUNTED_AS_THEY_ARE for x in run)
            or _verb_form(nxt.lower)  # "Two city employees said officials ...": a verb
        ):  # fmt: skip
            break
        run.append(nxt)
    plural = [x for x in run if _plural(x)]
    if plural:
        return plural[-1]
    if len(run) > 1 and QUALIFIER_FORM.search(t.lower):
        return run[1]  # "40 registered nurse positions" reads on; "a confirmed case"
    return t


def _named_kind(tokens: list[Token], t: Token) -> Token | None:
    """The noun after a lowercase modifier and a capitalized name of a kind ("adult Chinook
    salmon", "wild Atlantic cod"): the name says which kind of the noun is counted."""
    i = t.index
    if t.is_capitalized or i + 2 >= len(tokens):
        return None
    name, noun = tokens[i + 1], tokens[i + 2]
    if not name.is_capitalized or noun.is_capitalized or name.start - t.end > 1:
        return None
    if not noun.lower.isalpha() or noun.lower in STOPWORDS or noun.start - name.end > 1:
        return None
    if noun.lower.endswith(("ed", "ing")) or _verb_form(noun.lower):
        return None
    return noun


def _verb_form(word: str) -> bool:
    """An irregular verb's past or present form ("said", "told", "says", "grew"): never the
    noun a figure counts. Forms that are also nouns or adjectives ("cut", "set", "left",
    "better") are left out."""
    return word in _VERB_FORMS


_VERB_FORMS = frozenset(
    w for w, base in lexicon.irregular().items()
    if w != base
    and w not in {"better", "best", "worse", "worst", "later", "earlier", "left", "people"}
)  # fmt: skip


# Adjective endings ("permanent", "confirmed", "additional", "full-time", "temporary"): such a
# word between a figure and a plural noun qualifies what is counted.
QUALIFIER_FORM = re.compile(r"(?:ent|ant|ed|al|ive|ary|ful|ous|ible|able|ic|-time)$")
# Nouns of those forms, which name a kind in a compound ("1,312 short-term rental listings",
# "40 hospital beds") and qualify nothing
FORM_NOUNS = frozenset({
    "rental", "rentals", "arrival", "arrivals", "approval", "proposal", "renewal", "removal",
    "referral", "signal", "animal", "hospital", "capital", "terminal", "festival", "journal",
    "material", "mineral", "chemical", "interval", "portal", "tribunal", "rival", "survival",
    "withdrawal", "disposal", "dismissal", "trial", "denial", "rehearsal", "recital", "dental",
    "student", "resident", "patient", "parent", "tenant", "applicant", "restaurant", "agent",
    "event", "government", "department", "apartment", "equipment", "payment", "treatment",
    "library", "secretary", "salary", "boundary", "summary", "primary", "elementary",
})  # fmt: skip


# A vote or a score: "voted 8-1", "a 5-2 vote", "by a vote of 412 to 88", "ratified 412-88".
# In words too, as a chair announces it: "The motion carries, five to two".
_VOTE_WORD = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen"
)
TALLY = re.compile(
    r"(?<![\d.,$])(?P<yes>\d{1,4})(?:\s+votes?\s+(?=to\b))?\s*(?:-|–|—|\bto\b)\s*"
    r"(?P<no>\d{1,4})(?![\d%]|\.\d|,\d)"
    rf"|\b(?P<yes_word>{_VOTE_WORD})(?:\s+votes?)?(?:\s+to\s+|-)(?P<no_word>{_VOTE_WORD}|none)\b",
    re.IGNORECASE,
)
TALLY_BEFORE = re.compile(
    r"\b(?:vot\w*|vote of|ratif\w*|approv\w*|adopt\w*|enact\w*|backed|rejected|passed|split|"
    r"margin|ruled?|won|lost|beat|defeated|decision|majority|carri\w*|carry|fail\w*|"
    # (a body's choice by a vote: "awarded the contract to Harvest Lane Foods 5-2", "denied
    # the variance request 4-1", "upheld the ruling 5-4")
    r"awarded|appointed|elected|chose|selected|denied|granted|upheld|overturned|reversed|"
    r"authori[sz]ed|endorsed|recommended|tabled)\b"
    # (past a long object: "approved the project partnership agreement with the Army Corps
    # 4-1", and a figure's decimal point: "approved a budget of $1.2 million, 8-1")
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,90}$",
    re.IGNORECASE,
)
TALLY_REACH = 100  # how far before a count its verb of voting is looked for
# A measure's own number right before the figure: "Resolution 25-88", "Ordinance No. 14-3",
# "Bill 12-7", "Docket 24-31"
# (capitalized, as a designation is: "the setback ordinance 4-1" gives the vote)
NUMBERED_ITEM = re.compile(
    r"\b(?:Resolution|Ordinance|Bill|Motion|Docket|Case|File|Item|Measure|Amendment|"
    r"Proposition|Question|Article|Section|No\.)\s+(?:No\.\s*|[Nn]umber\s+|#\s*)?$"
)
TALLY_AFTER = re.compile(r"^\s*(?:vote|votes|decision|ruling|majority|margin|split)\b", re.I)
# A clerk's count of a roll call: "Three ayes, two nays", "five yeas and no nays", "Three in
# favor, four opposed", "six for and one against".
AYES_NAYS = re.compile(
    rf"\b(?P<yes>\d{{1,4}}|{_VOTE_WORD})\s+(?:ayes?|yeas?)\s*(?:,|\band\b|\bto\b)\s*"
    rf"(?P<no>\d{{1,4}}|{_VOTE_WORD}|no)\s+(?:nays?|noes?)\b"
    rf"|\b(?P<for>\d{{1,4}}|{_VOTE_WORD})\s+(?:in\s+favou?r|for)\s*(?:,|;|\band\b)\s*"
    rf"(?P<against>\d{{1,4}}|{_VOTE_WORD}|none)\s+(?:opposed|against)\b",
    re.IGNORECASE,
)


# A vote with none against, and one with some against said in words.
UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\bwithout (?:a )?(?:dissent|vote against)\b|\bwith no (?:dissent|"
    r"votes? against)\b",
    re.IGNORECASE,
)
# A count of votes on one side, right after the figure: "one member voting against", "two
# dissenting", "seven in favour", "five votes for".
VOTE_SIDE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:(?P<against>vot(?:ed|es|ing)\s+against|against|opposed|"
    r"dissent(?:ed|ing|ers?)?|no\s+votes?)|(?P<for>vot(?:ed|es|ing)\s+(?:for|in\s+favou?r)|in\s+"
    r"favou?r|for\s+it|yes\s+votes?))\b",
    re.IGNORECASE,
)
DISSENT = re.compile(
    r"\b(?:lone|only|sole) (?:dissent\w*|vote against|no vote)\b|\bdissent(?:ed|ing)\b|"
    r"\bvot(?:ed|es|ing) (?:against|no)\b|\bcast the (?:only|lone|sole) vote against\b",
    re.IGNORECASE,
)


def _tallies(sentence: str, tokens: list[Token]) -> list[Quantity]:
    """Votes and scores ("8-1"): one figure for, one against, compared as a pair."""
    out = []
    for m in TALLY.finditer(sentence):
        before, after = sentence[max(0, m.start() - TALLY_REACH) : m.start()], sentence[m.end() :]
        said_as_votes = "vote" in m.group().lower()  # "by seven votes to two"
        if re.fullmatch(r"(?:19|20)\d\d", m.group("yes") or ""):
            continue  # a year and the next ("the budget for 2024-25"), no vote
        if NUMBERED_ITEM.search(sentence, 0, m.start()):
            continue  # a measure's number: "Resolution 25-88", "Ordinance No. 14-3"
        if not (said_as_votes or TALLY_BEFORE.search(before) or TALLY_AFTER.match(after)):
            continue
        yes = _count_value(m.group("yes") or m.group("yes_word"))
        no_word = (m.group("no") or m.group("no_word")).lower()
        no = 0.0 if no_word == "none" else _count_value(no_word)
        out.append(_tally(sentence, tokens, m, yes, no))
    for m in AYES_NAYS.finditer(sentence):
        no_word = (m.group("no") or m.group("against")).lower()
        no = 0.0 if no_word in ("no", "none") else _count_value(no_word)
        out.append(_tally(sentence, tokens, m, _count_value(m.group("yes") or m.group("for")), no))
    return out


def _tally(sentence: str, tokens: list[Token], m: re.Match[str], yes: float, no: float) -> Quantity:
    return Quantity(
        value=yes, unit="@tally", kind="tally", bound="eq", text=m.group(), start=m.start(),
        end=m.end(), tolerance=0.0, context=_context(tokens, m.start(), m.end(), set()),
        **_clause(sentence, tokens, m.start(), m.end(), exclude=set()), against=no,
    )  # fmt: skip


# A span given by its unit alone: "within days", "in a matter of hours", "within a week". Each
# is read as at most so many days: "days" as under two weeks, "hours" as under two days,
# "weeks" as under three months, "months" as under two years; "a week" as one.
VAGUE_SPAN = re.compile(
    r"\b(?:within|in\s+(?:a\s+matter\s+of|just|only)|inside\s+(?:of\s+)?)\s+"
    r"(?:(?P<few>a\s+few|a\s+couple\s+of)\s+)?(?P<unit>hours|days|weeks|months)\b"
    r"|\bwithin\s+(?:a|one)\s+(?P<one>day|week|month|year)\b",
    re.IGNORECASE,
)
_VAGUE_DAYS = {"hours": 2.0, "days": 14.0, "weeks": 91.0, "months": 730.0}
_ONE_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.25}


# No person at all: "no one was killed", "nobody was hurt" (a count of none, compared with
# "killed one person"; "no workers" and "none of the" are left to the negation's reading).
NOBODY = re.compile(r"\b(?:no(?:\s+|-)one|nobody)\b", re.IGNORECASE)


def _nobody(sentence: str, tokens: list[Token]) -> list[Quantity]:
    """A count of no person ("no one was killed"): zero people."""
    return [
        Quantity(
            value=0.0, unit="death" if SAID_DEAD.match(sentence, m.end()) else "person",
            kind="number", bound="eq", text=m.group(),
            start=m.start(), end=m.end(), tolerance=0.0,
            context=_context(tokens, m.start(), m.end(), set()),
            **_clause(sentence, tokens, m.start(), m.end(), exclude=set()),
        )
        for m in NOBODY.finditer(sentence)
    ]  # fmt: skip


# A list of names before the plural noun they name ("its Larkin, Bellmont and Orrin Falls
# plazas"): a count of that noun, one for each name
_A_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
NAMED_LIST = re.compile(
    rf"\b(?:its|their|the|his|her|our)\s+(?P<list>{_A_NAME}(?:,\s+{_A_NAME})*,?\s+and\s+"
    rf"{_A_NAME})\s+(?P<noun>[a-z]+s)\b"
)


def _named_lists(sentence: str, tokens: list[Token]) -> list[Quantity]:
    """The count a list of names gives its noun: "its Larkin, Bellmont and Orrin Falls
    plazas" are three plazas."""
    out = []
    for m in NAMED_LIST.finditer(sentence):
        noun = next((t for t in tokens if t.start == m.start("noun")), None)
        if noun is None or not _countable(noun):
            continue
        n = len(re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("list")))
        out.append(Quantity(
            value=float(n), unit=noun.key, kind="number", bound="eq",
            text=sentence[m.start("list") : m.end()], start=m.start("list"), end=m.end(),
            tolerance=0.0, context=_context(tokens, m.start("list"), m.end(), set()),
            **_clause(sentence, tokens, m.start("list"), m.end(), exclude=set()), listed=True,
        ))  # fmt: skip
    return out


def _vague_spans(sentence: str, tokens: list[Token]) -> list[Quantity]:
    """Spans said by their unit alone ("within days"): at most so many days."""
    out = []
    for m in VAGUE_SPAN.finditer(sentence):
        days = (
            _ONE_DAYS[m.group("one").lower()] if m.group("one")
            else _VAGUE_DAYS[m.group("unit").lower()]
        )  # fmt: skip
        out.append(
            Quantity(
                value=days, unit="day", kind="duration", bound="le", text=m.group(),
                start=m.start(), end=m.end(), tolerance=0.0,
                context=_context(tokens, m.start(), m.end(), set()),
                **_clause(sentence, tokens, m.start(), m.end(), exclude=set()),
            )
        )  # fmt: skip
    return out


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "|".join(w.capitalize() for w in _WEEKDAY_NAMES)
# Days named at both ends: "from Tuesday through Thursday", "Monday through Friday".
WEEKDAY_SPAN = re.compile(
    rf"\b(?:from\s+(?P<a>{_WEEKDAY})\s+(?:through|thru|to|until|till)|"
    rf"(?P<a2>{_WEEKDAY})\s+(?:through|thru))\s+(?P<b>{_WEEKDAY})\b"
)


# What is said of people counted that makes them a count of deaths: "Nine people have been
# confirmed dead", "three people died", "two workers were killed".
SAID_DEAD = re.compile(
    r"\s*(?:(?:have|has|had)\s+been\s+|(?:were|was|are)\s+)?(?:(?:confirmed|reported|"
    r"found)\s+)?(?:dead|died|killed)\b",
    re.IGNORECASE,
)


# ... and the verb before a count of the dead: "killed two people", "killing at least three".
KILLED = re.compile(
    r"\bkill(?:ed|ing|s)?(?:\s+(?:at\s+least|about|nearly|more\s+than|some))?\s*$",
    re.IGNORECASE,
)


# Nouns that count people (their stems): the dead among them are deaths ("fish died" stays
# a count of fish, which a "count of dead fish" gives).
PEOPLE_WORDS = (
    "person", "people", "resident", "worker", "patient", "victim", "passenger", "student",
    "child", "children", "adult", "employee", "miner", "driver", "pedestrian", "senior",
    "inmate", "soldier", "civilian", "tourist", "hiker", "swimmer", "firefighter", "officer",
    "man", "men", "woman", "women", "infant", "baby", "babies", "teenager", "motorist",
    "cyclist", "customer", "member", "guest", "visitor", "spectator", "fan",
)  # fmt: skip
PEOPLE = frozenset({"person", *(stem(w) for w in PEOPLE_WORDS)})


def _as_deaths(q: Quantity, sentence: str) -> Quantity:
    """A count of those said to have died is a count of deaths ("Nine people have been
    confirmed dead" / "confirmed 12 deaths"; "killed two residents")."""
    if q.kind != "number" or q.unit not in PEOPLE:
        return q
    if not (
        SAID_DEAD.match(sentence, phrase_end(sentence, q)) or KILLED.search(sentence[: q.start])
    ):
        return q
    return replace(q, unit="death")


def _weekday_spans(sentence: str, tokens: list[Token]) -> list[Quantity]:
    """A span of days named at both ends, counted with both: "from Tuesday through Thursday"
    is three days."""
    out = []
    for m in WEEKDAY_SPAN.finditer(sentence):
        a = _WEEKDAY_NAMES.index((m.group("a") or m.group("a2")).lower())
        days = (_WEEKDAY_NAMES.index(m.group("b").lower()) - a) % 7 + 1
        out.append(
            Quantity(
                value=float(days), unit="day", kind="duration", bound="eq", text=m.group(),
                start=m.start(), end=m.end(), tolerance=0.0,
                context=_context(tokens, m.start(), m.end(), set()),
                **_clause(sentence, tokens, m.start(), m.end(), exclude=set()),
            )
        )  # fmt: skip
    return out


# A figure in words restated in digits, as statutes and contracts write it: "no more than four
# (4) licenses", "twenty (20) days"
RESTATED = re.compile(r"\b(?P<word>[a-z]+(?:-[a-z]+)?)\s+(?P<digits>\(\d{1,4}\))", re.IGNORECASE)


def _unrestated(sentence: str) -> str:
    """The sentence with each restating "(4)" blanked (its length kept, so every offset
    holds): "four (4) retail licenses" is one figure of licenses."""

    def blank(m: re.Match[str]) -> str:
        parsed = _parse_number(m.group("word"))
        if parsed is None or parsed[0] != int(m.group("digits")[1:-1]):
            return m.group()
        return m.group()[: m.start("digits") - m.start()] + " " * len(m.group("digits"))

    return RESTATED.sub(blank, sentence) if "(" in sentence else sentence


def _as_written(q: Quantity, original: str, blanked: str) -> Quantity:
    at = blanked.find(q.text, max(0, q.start - 3))
    return replace(q, text=original[at : at + len(q.text)]) if at >= 0 else q


def extract(sentence: str, tokens: list[Token] | None = None) -> list[Quantity]:
    """Every quantity in ``sentence`` except years, times and the day of a date."""
    tokens = tokens if tokens is not None else tokenize(sentence)
    original, sentence = sentence, _unrestated(sentence)
    found: list[Quantity] = (
        _tallies(sentence, tokens)
        + _vague_spans(sentence, tokens)
        + _nobody(sentence, tokens)
        + _weekday_spans(sentence, tokens)
        + _named_lists(sentence, tokens)
    )
    taken = [(q.start, q.end) for q in found]
    relative = _relative(sentence, tokens, taken)
    taken += [(q.start, q.end) for q in relative]
    for m in QUANTITY.finditer(sentence):
        if any(a <= m.start("num") < b for a, b in taken if m.group("num")):
            continue
        num = (m.group("num") or "").strip() and m.group("num")
        if not num or _not_a_quantity(sentence, m, num):
            continue
        if (
            num.strip()[:1].isdigit() and not m.group("pct") and not m.group("cur")
            and _count_word_before(sentence, m.start("num"))
            or num.strip() in SERVICE_NUMBERS and _NOUN_AFTER.match(sentence, m.end("num"))
        ):  # fmt: skip
            continue  # "the county's two 911 centers": a count's noun named by a number
        parsed = _parse_number(num.strip())
        if parsed is None:
            continue
        value, half_digit = parsed
        cur = CURRENCY_SYMBOLS.get((m.group("cur") or "").lower())
        scale_word = _scale_word(m, num)
        is_year = (
            num.isdigit() and len(num) == 4 and 1800 <= value <= 2100
            and not cur and not scale_word and not m.group("pct")
            and not dates.counts(sentence, m.start("num"), m.end("num"))
        )  # fmt: skip
        if is_year:
            continue
        kind = _kind(sentence, tokens, m, num, cur, scale_word)
        if kind is None:
            continue
        q = _quantity(sentence, tokens, m, value, half_digit, scale_word, *kind)
        found.append(_as_deaths(_as_age(q, sentence, tokens), sentence))
    found = _rejected_ages(
        sentence,
        _capped(sentence, _elided(sentence, _listed(sentence, _of_a_scale(sentence, found)))),
    )
    found = _with_neighbours(sentence, _the_whole_said(sentence, found))
    # (a fraction of a scale's figure holds its fraction: "a quarter" of "a quarter of a million")
    relative = [
        r for r in relative
        if not any(f.start <= r.start < f.end and A_SCALE.search(f.text) for f in found)
    ]  # fmt: skip
    if original != sentence:
        # (each figure as the sentence writes it: "no more than four (4) retail licenses")
        found = [_as_written(q, original, sentence) for q in found]
    return sorted(found + relative, key=lambda q: q.start)


def _of_a_scale(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A fraction of "a million" or "a dozen" is that share of it: "just over half a million
    visitors" is some 500,000, not a million; "a quarter of a million dollars" is $250,000,
    not 25% and a million. In order of where each starts."""
    out = sorted(found, key=lambda q: q.start)
    merged: list[Quantity] = []
    for i, q in enumerate(out):
        m = A_SCALE.match(q.text)
        said = SCALE_FRACTION.search(sentence[: q.start]) if m else None
        if said is None:
            continue
        value = q.value * SCALE_FRACTIONS[" ".join(re.split(r"[\s-]+", said["frac"].lower()))]
        bound = dict(BOUNDS).get(" ".join((said["bound"] or "").lower().split()), "eq")
        out[i] = replace(
            q, value=value, text=sentence[said.start() : sentence.find(q.text, q.start)] + q.text,
            start=said.start(),
            bound=bound, tolerance=value * WORDED_FRACTION, digit=value * WORDED_FRACTION,
        )  # fmt: skip
        merged.append(out[i])
    # (the fraction's own figure, "a quarter" as 25%, is part of the merged one)
    return [
        q for q in out
        if q in merged or not any(m.start <= q.start and q.end <= m.end for m in merged)
    ]  # fmt: skip


SCALE_FRACTIONS = {
    "half": 0.5, "a quarter of": 0.25, "one quarter of": 0.25, "three quarters of": 0.75,
    "a third of": 1 / 3, "one third of": 1 / 3, "two thirds of": 2 / 3,
}  # fmt: skip
# "half", "a quarter of" ... right before "a million" (its bound before it: "just over half")
SCALE_FRACTION = re.compile(
    rf"(?:(?P<bound>{_bound})\s+)?(?P<frac>half|(?:a|one)\s+(?:quarter|third)\s+of|"
    r"three[\s-]quarters\s+of|two[\s-]thirds\s+of)\s*$",
    re.IGNORECASE,
)
A_SCALE = re.compile(r"an?\s+(?:thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
WORDED_FRACTION = 0.1  # "half a million" is some 450,000 to 550,000


def _with_neighbours(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Each figure read with the one before it: a range's upper end, a plan's next step, a
    part of what was just counted, a change after its level, the level it came from."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if a.forecast and re.fullmatch(r"\s*(?:to|and|-|\u2013)\s*", sentence[a.end : b.start]):
            found[i] = replace(b, forecast=True)  # a range's upper end: "$2.10 billion to $2.20"
        if a.target and _NEXT_STEP.search(sentence[a.end : b.start]):
            found[i] = replace(found[i], target=True)  # "to $15 in 2027, to $16 in 2028"
        if (
            a.kind == b.kind == "number" and a.unit and not a.unit.startswith(("#", "@"))
            and OF_THEM.match(sentence, b.end) and not OF_THOSE_NOUN.match(sentence, b.end)
        ):  # fmt: skip
            # "17 cases, 14 of them in children": a part of the cases just counted
            found[i] = replace(found[i], unit=a.unit, compound=a.compound)
        if (
            a.kind == b.kind == "number" and a.unit[:1].isalpha() and not a.change
            and b.change and b.unit.startswith("#")
            and LEVEL_THEN_CHANGE.fullmatch(sentence[phrase_end(sentence, a) : b.start])
        ):  # fmt: skip
            # "2,095 students, down 55 from last year": the level's change counts its noun
            found[i] = replace(found[i], unit=a.unit, compound=a.compound)
        came = LEVEL_FROM.fullmatch(sentence[phrase_end(sentence, a) : b.start])
        if (
            a.kind == b.kind == "number" and a.unit[:1].isalpha() and not a.change
            and b.unit.startswith("#") and came is not None
        ):  # fmt: skip
            # "71,400 visits this summer, down from about 88,000 last year": the level it came
            # from counts its noun, and the level went that way
            found[i] = replace(found[i], unit=a.unit, compound=a.compound)
            way = 1 if came.group("way").lower() == "up" else -1
            found[i - 1] = replace(a, direction=a.direction or way)
    return found


# The level a figure came from, after it: "71,400 visits this summer, down from about 88,000"
LEVEL_FROM = re.compile(
    r"(?:\s+(?:this|last|in\s+the)\s+\w+)?\s*,\s*(?P<way>down|up)\s+from\s*(?:(?:the|its)\s*)?",
    re.IGNORECASE,
)
# A change put right after the level it changed: "2,095 students, down 55 from last year"
LEVEL_THEN_CHANGE = re.compile(r"\s*,\s*(?:down|up)\s*", re.IGNORECASE)
# A figure that goes on a list whose first figure named its noun: "191 litres ... in February,
# 172 in March and 168 in April".
LISTED = re.compile(r"(?:,|,?\s+and|,?\s+or)\s*$")
FROM_TO = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}to\s*")  # ("450 beds to 420")


# ... or the level of the same thing after "and" ("reached 1,000 member-owners on Oct. 9 and now
# has 1,046"): a verb of having or reaching, which says how many of it there are
LEVEL_AND = re.compile(
    r",?\s+and\s+(?:(?:now|since|currently)\s+)?(?:has|had|have|is|are|was|were|reached|"
    r"stands\s+at|stood\s+at|totals|totaled|totalled"
    # ... or the count it now expects of the same act ("has replaced 1,150 lead lines so far
    # this year and now expects to finish 1,800 by December")
    r"|(?:expects?|plans?|hopes?|aims?)\s+to\s+(?:finish|complete|reach|replace|do|hit))\s*$",
    re.IGNORECASE,
)


# a month's abbreviation, whose full stop ends no clause ("on Oct. 9")
ABBREVIATED_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s")


def _listed(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Bare figures on a list after a counted one take its noun: in "191 litres per person
    per day in February, 172 in March and 168 in April" each counts litres (a bare figure
    alone is compared only with bare figures, ``_kind``)."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            b.kind == a.kind == "number" and b.unit.startswith("#") and a.unit and not b.part
            and not a.unit.startswith(("#", "@"))
            and (
                LISTED.search(sentence[: b.start]) or LEVEL_AND.search(sentence[: b.start])
                # ("from 450 beds to 420": the change's new level, of the same beds)
                or FROM_TO.fullmatch(sentence[a.end : b.start])
                and _FROM_BEFORE.search(sentence[: a.start])
            )
            and not re.search(r"[.;:]\s", ABBREVIATED_MONTH.sub(" ", sentence[a.end : b.start]))
        ):  # fmt: skip
            # (and what the list's first figure is said of: "average residential use")
            out[i] = replace(b, unit=a.unit, compound=a.compound, qualifiers=a.qualifiers,
                             clause=a.clause | b.clause)  # fmt: skip
    return out


# A verb right after a bare figure, which is then its subject ("two retired", "one left"):
# a past form in -ed, or one of the common irregular ones.
_SUBJECT_VERB = (
    r"(?:[a-z]{2,}(?<!e)ed|left|went|took|quit|found|became|came|gave|chose|kept|lost|made|"
    r"won|stayed|fell|rose|died|were|are)"
)
SUBJECT_VERB = re.compile(rf"{_SUBJECT_VERB}$")
# ... and a sentence that opens with such a figure ("Twenty-nine moved", "12 took"): the noun
# it counts is the sentence before's
_A_COUNT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
OPENS_WITH_ELIDED = re.compile(
    rf"\s*(?:\d[\d,]*|(?:{_A_COUNT})(?:-(?:{_A_COUNT}))?)\s+{_SUBJECT_VERB}\b", re.IGNORECASE
)


def opens_with_elided(sentence: str) -> bool:
    """Whether a sentence opens with a bare count as its verb's subject ("Twenty-nine moved to
    other jobs and 12 took buyouts"): a count of what the sentence before counted."""
    return OPENS_WITH_ELIDED.match(sentence) is not None


def _capped(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A bare figure a limit names ("for a citywide cap of 800") is a maximum of the noun the
    figure before it in the sentence counts ("may each deploy up to 400 scooters"): up to 800
    scooters."""
    out = list(found)
    for i, b in enumerate(out):
        m = CAP_OF.search(sentence[: sentence.find(b.text, b.start)])
        nouns = [a for a in out[:i] if a.kind == "number" and a.unit[:1].isalpha()]
        if m is None or b.kind != "number" or b.unit[:1].isalpha() or not nouns:
            continue
        out[i] = replace(
            b, unit=nouns[-1].unit, compound=nouns[-1].compound, bound="le", start=m.start(),
            text=sentence[m.start() : sentence.find(b.text, b.start)] + b.text,
        )  # fmt: skip
    return out


# A limit's noun right before its figure: "a citywide cap of 800", "a limit of 12"
CAP_OF = re.compile(r"\b(?:cap|limit|ceiling)\s+of\s*$", re.IGNORECASE)


def _the_whole_said(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A whole named again with "the" ("Five of the 38 cores exceeded ...") is the one said
    before with its kind ("collected 38 sediment cores"): the same count of the same noun, so
    the words of its kind are said of it, and of the part counted in it, too."""
    out = list(found)
    for a in found:
        for x in found:
            if not (
                x.start > a.end and a.kind == x.kind == "number" and a.value == x.value
                and a.unit == x.unit and a.unit[:1].isalpha()
                and THE_BEFORE.search(sentence, 0, x.start) is not None
            ):  # fmt: skip
                continue
            said = {t.key for t in tokenize(x.text)}
            kind = frozenset(
                canon(t.key) for t in tokenize(a.text)
                if is_content(t) and not t.is_number and t.key not in said
            )  # fmt: skip
            out = [
                replace(y, clause=y.clause | kind)
                if y.start <= x.start and y.start + len(y.text) >= x.start + len(x.text) else y
                for y in out
            ]  # fmt: skip
    return out


# "the" right before a figure: a whole said again ("of the 38 cores")
THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)


def _elided(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A bare figure that is the subject of the verb after it counts the noun of the figure
    before it in the sentence: "Eleven of the unit's 14 nurses have taken other jobs ...; two
    retired and one left for St. Agnes" counts two nurses who retired (a part, as the eleven
    are). The verb is then a word of what is said of it, not its noun."""
    out = list(found)
    elided = {
        i: b.unit for i, b in enumerate(out)
        if b.kind == "number" and len(b.text.split()) == 2
        and SUBJECT_VERB.match(b.text.split()[1].lower())
    }  # fmt: skip
    for i, verb in elided.items():
        b = out[i]
        nouns = [a for a in out[:i] if a.kind == "number" and a.unit and a.unit[0].isalpha()]
        nouns = [a for a in nouns if a.unit not in elided.values()]
        fronted = FRONTED_WHOLE.search(sentence[: b.start])
        if nouns:
            a = next((x for x in reversed(nouns) if x.part), nouns[-1])
            # ("Of the 40 nurses whose positions were cut, 31 accepted": a part of that whole)
            # (... or a whole a sentence before counted: "None of the authority's 41 toll
            # collectors was laid off. Twenty-nine moved ... and 12 took buyouts")
            part = (
                a.part
                or bool(OF_A_WHOLE.search(sentence[: a.start]))
                or (
                    b.value < a.value
                    and re.search(r"[.!?]\s", sentence[a.end : b.start]) is not None
                )
            )
            unit, compound = a.unit, a.compound
        elif fronted is not None:
            # "Of the nurses affected, 31 accepted other jobs": a part of the nurses
            unit, compound, part = stem(fronted.group("noun").lower()), frozenset(), True
        else:
            continue
        # (what is said of it is its own verb, not another elided figure's)
        others = set(elided.values()) - {verb}
        out[i] = replace(b, unit=unit, compound=compound, part=part,
                         clause=(b.clause | {verb}) - others)  # fmt: skip
    return out


# The whole a sentence opens with before its parts: "Of the nurses affected, 31 accepted"
FRONTED_WHOLE = re.compile(
    r"^\W*of\s+(?:the|its|their|those|these)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+s)\b"
    r"[^,;]*,\s*$",
    re.IGNORECASE,
)
# ... and the words before a counted whole that make it one: "Of the 40 nurses"
OF_A_WHOLE = re.compile(
    r"\bof\s+(?:the|its|their|those|these)(?:\s+[\w-]+['\u2019]s)?\s*$",
    re.IGNORECASE,
)


# "is one of the oldest cities", "was one of its founders": a member of a kind, no count (but
# "one of the two dogs" counts one of a counted whole, and "one of the workers was hurt" one)
ONE_OF_A_KIND = re.compile(
    rf"\s+of\s+(?!(?:(?:the|its|their|his|her|our|those|these)\s+)?(?:\d|(?:{_num_word})\b))",
    re.IGNORECASE,
)
COPULA = re.compile(r"\b(?:is|was|be|are|were|been|remains|became)\s*$", re.IGNORECASE)
# A count chosen by order: "the first nine", "its last 12".
ORDERED = re.compile(r"\b(?:first|last|initial|final|next|top|bottom)\s*$", re.IGNORECASE)
# A part of what was just counted: "17 cases, 14 of them", "of those", "of these".
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
# ... unless it names what: "62 routes, and 62 of those buses" counts buses
OF_THOSE_NOUN = re.compile(r"\s+of\s+(?:those|these)\s+[a-z][\w-]*s\b")
# ... and any part of a whole: "Fourteen of the 17 cases", "31 of its schools", "14 of them"
PART_OF = re.compile(
    r"\s+of\s+(?:(?:them|those|these|the|its|their|his|her|our|\d[\d,]*)\b"  # ("9 of 14")
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['\u2019]s\b)"  # ("two of Marrow Lake's beaches")
)


# An era's mark beside a year: "14 AD", "44 BC", "AD 14".
ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
ERA_BEFORE = re.compile(r"(?<![\w])(?:AD|A\.D\.)$")


def _not_a_quantity(sentence: str, m: re.Match, num: str) -> bool:
    """A piece of a word, date, time or code: "A4", "09:28", "July 26", "COVID-19"."""
    before = sentence[: m.start("num")].rstrip()
    first = min(m.start(g) for g in ("bound", "cur", "num") if m.group(g))
    if _sign(sentence, first):
        return False  # "Change: -4%", "+40%": a signed change
    if first > 0 and (sentence[first - 1].isalnum() or sentence[first - 1] in ":-/."):
        return True
    after = sentence[m.end("num") : m.end("num") + 2]
    if after[:1] in (":", "/") and after[1:].isdigit() and num[0].isdigit():
        return True  # ("09:28", "3/4"; but "raised about $710,000: the $350,000 grant, ...")
    if ERA_AFTER.match(sentence, m.end("num")) or ERA_BEFORE.search(before):
        return True  # a year of an era: "14 AD", "AD 14", "44 BC"
    prev_word = re.findall(r"([A-Za-z]+)\.?\s*$", before)
    if prev_word and prev_word[0].lower() in MONTHS and num[0].isdigit():
        return True
    return bool(m.group("ord")) and not num[0].isdigit()


def _sign(sentence: str, first: int) -> int:
    """-1 or +1 for a figure written with its sign after a space, a colon, a bracket or a
    table cell's start ("Change: -4%", "(+40%)"); 0 for none ("COVID-19" has a hyphen)."""
    if first == 0 or sentence[first - 1] not in "-+\u2212":
        return 0
    if first >= 2 and not (sentence[first - 2].isspace() or sentence[first - 2] in "(|:"):
        return 0
    return 1 if sentence[first - 1] == "+" else -1


def _round(num: str | None, scale_word: str) -> bool:
    """A round figure ("$1 billion", "340", "two"), which allows EXACT_TOLERANCE for rounding;
    one written to its last digit ("28", "$3.25", "29.1%") is exact to that digit."""
    if _decimals(num):
        return False
    digits = (num or "").replace(",", "").strip()
    return bool(scale_word) or not digits[:1].isdigit() or digits.endswith("0")


def _round_spread(num: str | None, total: float) -> float:
    """What a round figure allows for rounding: EXACT_TOLERANCE of it, but no more than one
    unit of its last digit that is not zero where it is written in digits ("1,080 hours" is
    exact to ten hours and no 1,098; "340" and "$1 billion" allow 2.5%)."""
    digits = (num or "").replace(",", "").strip()
    spread = total * EXACT_TOLERANCE
    if not digits.isdigit() or not digits.rstrip("0"):
        return spread
    unit = 10 ** (len(digits) - len(digits.rstrip("0")))
    return min(spread, total / int(digits) * unit)


def _last_digit(num: str | None, scale_word: str, half_digit: float) -> float:
    """One unit of the last written digit of a figure written to it ("86", "3.25"), else 0:
    a single digit and a last digit of 0 or 5 ("5", "340", "85") are read as rounded."""
    digits = (num or "").replace(",", "").strip()
    if _decimals(num):
        return 2 * half_digit
    if scale_word or not digits.isdigit() or len(digits) < 2 or digits[-1] in "05":
        return 0.0
    return 1.0


def _decimals(num: str | None) -> bool:
    return bool(num) and num[0].isdigit() and "." in num.replace(",", "")


def _scale_word(m: re.Match, num: str) -> str:
    """ "million", "bn"...; one-letter scales only right after digits ("$700m", "5bn")."""
    scale_word = (m.group("scale") or "").lower().rstrip(".")
    if scale_word in ("m", "b", "k") and (
        not num[0].isdigit()
        or m.group(0)[m.end("num") - m.start() : m.end("num") - m.start() + 1] == " "
    ):
        return ""
    return scale_word


# A number that names rather than counts, after a capitalised word of this list: "Stage 3",
# "Pier 4", "Route 66", "Local 114". Two of them that differ are two things, not two values
# of one (kind "label", compared only for being the same).
LABEL_WORDS = frozenset({
    "stage", "phase", "level", "tier", "category", "grade", "class", "article", "section",
    "chapter", "clause", "schedule", "route", "highway", "interstate", "pier", "gate", "terminal",
    "platform", "berth", "dock", "line", "lane", "ward", "district", "precinct", "block",
    "building", "unit", "room", "floor", "local", "division", "round", "step", "item", "no",
    "number", "volume", "issue", "version", "model", "proposition", "measure", "bill",
    "amendment", "flight",
})  # fmt: skip


# A product or model name: a capitalized word right before a number written as a code
# ("Volt 20K", "Boeing 737", "Galaxy 5G", "Route 9"), in a sentence that is not set in title
# case. A code has at most four digits: "Teresa Alvarez 48977 votes" is a count.
MODEL_CODE = re.compile(r"\d{1,4}[A-Z]{0,2}$")


def _label(sentence: str, m: re.Match, num: str) -> str:
    """The word that makes a plain number a name ("Stage" in "Stage 3", "Volt" in "Volt
    20K"), or ""."""
    if not num.isdigit() or m.group("bound") or m.group("cur") or m.group("pct"):
        return ""
    if (
        re.match(r"[-\u2013]\d", sentence[m.end("num") :])
        and TALLY_BEFORE.search(sentence[max(0, m.start("num") - TALLY_REACH) : m.start("num")])
        and not NUMBERED_ITEM.search(sentence, 0, m.start("num"))
    ):  # fmt: skip
        return ""  # ("awarded the contract to Harvest Lane 5-2": a vote's, no name)
    words = re.findall(r"([A-Za-z]+)\.?\s*$", sentence[: m.start("num")])
    word = words[0] if words else ""
    if m.group("ord") or (m.group("scale") and not _model_code(sentence, m, word)):
        return ""
    if word[:1].isupper() and word.lower() in LABEL_WORDS:
        return word.lower()
    return word.lower() if _model_code(sentence, m, word) else ""


def _model_code(sentence: str, m: re.Match, word: str) -> bool:
    """ "Volt 20K": a name (not a function word, a month or a sentence's first word) followed
    by a code, in running text (a headline's "Cuts 340 Jobs" counts)."""
    code = sentence[m.start("num") : m.end()].strip().rstrip(".")
    if not (word[:1].isupper() and MODEL_CODE.match(code)) or word.lower() in STOPWORDS:
        return False
    if word.lower() in MONTHS or word.lower() in CURRENCY_WORDS:
        return False
    before = sentence[: m.start("num")].rstrip()[: -len(word)].rstrip()
    if not before or before.endswith((".", ":", "-", '"', "\u201c")):
        return False  # the sentence's first word
    words = re.findall(r"[A-Za-z]+", sentence)
    title_case = sum(w[:1].isupper() for w in words) > 0.6 * len(words)
    return not title_case


def _kind(
    sentence: str, tokens: list[Token], m: re.Match, num: str, cur: str | None, scale_word: str
) -> tuple[str, str, float] | None:
    """(kind, unit, factor) of the quantity, or None for a number word that measures nothing
    ("one of the", "a dozen" without a noun)."""
    if label := _label(sentence, m, num):
        return "label", "@" + label, 1.0
    end = m.end("pct") if m.group("pct") else m.end("scale") if scale_word else m.end("num")
    if m.group("ord"):
        unit, _, _ = _unit_after(sentence, tokens, m.end())
        kind, factor = "ordinal", 1.0
    elif m.group("pct"):
        # percentage points are a difference of two percentages, not a percentage
        points = "point" in m.group("pct").lower()
        kind, unit, factor = "percentage", "pt" if points else "%", 1.0
    elif cur:
        kind, unit, factor = "amount", cur, 1.0
    else:
        unit, kind, factor = _unit_after(sentence, tokens, end)
        event = _times_it_happened(sentence, tokens, m.start("num"), end)
        unit, kind = (event, "number") if event else (unit, kind)
        if kind == "name" and not scale_word and count_of(num.strip()) not in (None, 1):
            return None  # ("the state 911 surcharge": a name, no count)
        kind = "number" if kind == "name" else kind
        if (
            num.strip().lower() == "one" and ONE_OF_A_KIND.match(sentence, end)
            and COPULA.search(sentence[: m.start("num")])
        ):  # fmt: skip
            return None  # ("one of the oldest cities": which kind it is, no count)
        if (
            kind == "number" and not unit and not scale_word and num[0].isalpha()
            # ("31 reports ..., nine of them": the count before it says what it counts)
            and not (OF_THEM.match(sentence, end) and re.search(r"\d", sentence[: m.start()]))
        ):  # fmt: skip
            return None
        if kind == "number" and unit == "point":
            kind, unit = "percentage", "pt"  # "fell 1.3 points": percentage points
    if kind == "number" and not unit and num[0].isdigit() and not scale_word:
        labelled = _labelled_by(sentence, tokens, m.start("num")) or _count_of(
            sentence[: m.start("num")]
        )
        if labelled:
            return kind, labelled, factor
        # A bare figure: compare it only with bare figures next to the same word.
        words = re.findall(r"[A-Za-z]+", sentence[: m.start("num")].rstrip())
        unit = "#" + words[-1].lower() if words else "#"
    return kind, unit, factor


# "six times" after what happened: how many times (not "three times as many", "six times a
# day", "five times the rate")
TIMES_AFTER = re.compile(
    r"\s+times?\b(?!\s+(?:as|more|less|higher|lower|larger|smaller|bigger|faster|slower|greater|"
    r"the|a|an|per|each|every|that|what|over|its|their|his|her)\b)",
    re.IGNORECASE,
)


def _times_it_happened(sentence: str, tokens: list[Token], start: int, end: int) -> str:
    """What a count of times counts: the verb of its clause before it, as the noun of what
    happened ("the sewers overflowed into the lake six times" counts overflows, as "four
    overflows" does); "" where the figure is no such count."""
    if not TIMES_AFTER.match(sentence, end):
        return ""
    left = max([0, *(m.end() for m in re.finditer(r"[,;:]|\.\s", sentence[:start]))])
    verbs = [
        t for t in tokens
        if left <= t.start and t.end <= start and not t.is_capitalized
        and (t.lower.endswith("ed") and len(t.lower) > 4 or _past_form(t))
        and t.lower not in SAYING and t.lower not in REPORTING
    ]  # fmt: skip
    return verbs[-1].key if verbs else ""


# A count's subject that names what it counts: "The final count of dead fish was 2,600", "the
# number of cases stood at 17"
# ... and a count that found it ("A Gazette count of listings on the two largest booking sites
# on Feb. 27 found 1,312")
COUNT_OF = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?P<where>\s+(?:on|in|at|across|from)\s+[^;:,]{0,60}?)?\s+"
    r"(?:was|is|were|are|stood\s+at|stands\s+at|reached|totaled|totalled|came\s+to|"
    r"found|showed|counted)\s*$",
    re.IGNORECASE,
)


def _count_of(before: str) -> str:
    """What a bare figure counts where its subject says ("count of dead fish was"), or ""."""
    m = COUNT_OF.search(before)
    if m is None:
        return ""
    noun = tokenize(m.group("noun"))[0]
    return noun.key if _plural(noun) else ""


def _counted_before(sentence: str, tokens: list[Token], start: int, unit: str) -> list[Token]:
    """The words before the noun a count's subject names ("dead" of "the final count of dead
    fish was 2,600"), where the figure at ``start`` has such a subject."""
    m = COUNT_OF.search(sentence[:start])
    if m is None:
        return []
    return [
        t for t in tokens
        if m.start() <= t.start < m.start("noun") and is_content(t) and t.key != unit
        and t.lower not in ("number", "count", "total", "tally")
    ]  # fmt: skip


# A label before a figure: "Total votes cast for the office: 101,602", "Votes: 48,977".
# ("Passengers handled, Corvell Airport: 3,420,000": the measure, then whose it is)
LABEL_COLON = re.compile(r"(?:^|[.;]\s+)(?P<label>[A-Za-z][\w\s,'’-]{0,60}?):\s*(?:about\s+)?$")


def _labelled_by(sentence: str, tokens: list[Token], start: int) -> str:
    """What a figure after a label counts: the label's first plural noun ("Total votes cast
    for the office: 101,602" counts votes), else its last noun ("Enrollment: 17,650"); ""
    where no label comes right before the figure."""
    m = LABEL_COLON.search(sentence[:start])
    if m is None:
        return ""
    words = [
        t for t in tokens
        if m.start("label") <= t.start and t.end <= m.end("label") and is_content(t)
        and not t.is_number
    ]  # fmt: skip
    # (a label's first word is capitalized as it opens the line: "Passengers handled, ...",
    # not "Ines Marlow", a name)
    opener = words[0] if len(words) > 1 and words[1].text[:1].islower() else None
    plural = [t for t in words if _plural(t) and (not is_name(t) or t is opener)]
    chosen = plural[0] if plural else words[-1] if words else None
    return "" if chosen is None else chosen.key


# A person's age set off by commas after the name, as news writes it: "Corey Vance, 34, and
# Ellis Rudd, 41, were charged".
AGE_AFTER_NAME = re.compile(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),\s*$")
# ... and after "is" or "was" where it rejects another ("Marchetti is 61, not 58")
AGE_IS = re.compile(r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:is|was)\s+$")
PERSONAL = frozenset({"He", "She"})
AGE_NOT = re.compile(r"^,?\s*not\s*$")
# An age in years said as such: "58 years old", "58 years of age"
YEARS_OLD = re.compile(r"(?:\s+|-)(?:old|of\s+age)\b")  # (and "a 47-year-old elephant")
#: An age's unit: a person's age is no span of time ("58 years old" is no "six years").
AGE = "age"
MAX_AGE = 120
DAYS_A_YEAR = 365.25


def _as_age(q: Quantity, sentence: str, tokens: list[Token]) -> Quantity:
    """A bare whole number between commas right after a person's name is their age in years,
    said of them (their name its only name): "Ellis Rudd, 41," is no "34 years old"."""
    end = sentence.find(q.text, q.start) + len(q.text)
    if q.kind == "duration" and q.unit == "day" and YEARS_OLD.match(sentence, end):
        return replace(q, unit=AGE)  # "58 years old"
    m = AGE_AFTER_NAME.search(sentence[: q.start])
    after = r"\s*[,)]"
    if m is None:
        # "Marchetti is 61, not 58": a bare number said of a name by "is" or "was"
        # (where it ends the sentence, "Glenn Marchetti is 61.", or rejects another, as a
        # correction does)
        m = AGE_IS.search(sentence[: end - len(q.text)])
        after = r"(?:\.?\s*$|,?\s*not\s+\d)"
    if (
        m is None or q.kind != "number" or not q.unit.startswith("#") or q.bound != "eq"
        or not 0 < q.value <= MAX_AGE or q.value != int(q.value)
        or not re.match(after, sentence[q.end :])
    ):  # fmt: skip
        return q
    names = frozenset(
        t.key for t in tokens if m.start("name") <= t.start < m.end("name") and is_name(t)
    )
    if not names and m.group("name") not in PERSONAL:
        return q  # ("She is 44.": a person's age, whom the sentences before name)
    days = q.value * DAYS_A_YEAR
    return replace(q, kind="duration", unit=AGE, value=days, tolerance=DAYS_A_YEAR / 2,
                   digit=DAYS_A_YEAR, names=names, clause=names)  # fmt: skip


def _rejected_ages(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number an age rejects ("Marchetti is 61, not 58"): an age too."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.unit == AGE and b.kind == "number" and b.unit.startswith("#")
            and AGE_NOT.match(sentence[a.end : b.start]) and 0 < b.value <= MAX_AGE
        ):  # fmt: skip
            out[i] = replace(b, kind="duration", unit=AGE, value=b.value * DAYS_A_YEAR,
                             tolerance=DAYS_A_YEAR / 2, digit=DAYS_A_YEAR, names=a.names,
                             clause=a.clause)  # fmt: skip
    return out


def _quantity(
    sentence: str, tokens: list[Token], m: re.Match, value: float, half_digit: float,
    scale_word: str, kind: str, unit: str, factor: float,
) -> Quantity:  # fmt: skip
    scale = SCALES.get(scale_word, 1.0)
    span_end = m.end() - (1 if m.group("hyphen") else 0)
    if sentence[:span_end].endswith(".") and sentence[span_end : span_end + 1] in ("", " "):
        span_end -= 1  # "$2.05 billion." and "Volt 10K." end a sentence
    text = sentence[m.start() : span_end].strip()
    qualifiers: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    if (kind in ("number", "amount", "duration") or unit == "pt") and not m.group("pct"):
        unit_end = _unit_end(tokens, span_end, unit, kind)
        text = sentence[m.start() : max(span_end, unit_end)].strip()
        if kind == "number" and unit and not unit.startswith("#"):
            # adjectives qualify what is counted ("300 permanent jobs"); the first noun of a
            # compound ("84 bus routes") names a kind of it, compared with the unit's clause
            between = [
                t for t in tokens
                if span_end <= t.start and t.end < unit_end and is_content(t) and t.key != unit
                and t.lower not in _NOT_CONTEXT
            ]  # fmt: skip
            qualifiers = frozenset(
                canon(t.key) for t in between
                if QUALIFIER_FORM.search(t.lower) and t.lower not in FORM_NOUNS
            )  # fmt: skip
            if not between:
                between = _counted_before(sentence, tokens, m.start(), unit)
            # a name before the noun ("286 Dunford households") is where or whose, which the
            # claim's names say (and the sentences before a passage may give), not a kind
            compound = frozenset(canon(t.key) for t in between if not is_name(t)) - qualifiers
        elif kind == "duration":
            # "one extra year", "two more weeks": a span added to another, a kind of its own
            compound = frozenset(
                canon(t.key) for t in tokens
                if span_end <= t.start and t.end < unit_end and t.lower in SPAN_ADJECTIVES
            )  # fmt: skip
    total = value * scale * factor
    sign = _sign(sentence, m.start())
    return Quantity(
        value=total, unit=unit, kind=kind,
        bound=dict(BOUNDS).get((m.group("bound") or "").lower(), "eq"), text=text,
        start=m.start(), end=span_end,
        # a figure written with decimals ("$3.25", "29.1%") is as exact as its last digit;
        # a round one ("$1 billion", "340") allows EXACT_TOLERANCE for rounding
        tolerance=max(half_digit * scale * factor, _round_spread(m.group("num"), abs(total)))
        if _round(m.group("num"), scale_word)
        else half_digit * scale * factor,
        digit=_last_digit(m.group("num"), scale_word, half_digit) * scale * factor,
        context=_context(tokens, m.start(), span_end, exclude={unit}),
        **_clause(sentence, tokens, m.start(), span_end, exclude={unit}),
        qualifiers=qualifiers, compound=compound,
        change=bool(sign)
        or _is_change(sentence, tokens, m.start(), max(span_end, m.start() + len(text))),
        forecast=FORECAST.search(sentence[max(0, m.start() - 50) : m.start()]) is not None,
        target=_a_target(sentence, m.start()),
        direction=sign or _direction(tokens, m.start(), max(span_end, m.start() + len(text))),
        # ("all 31 of the district's schools" is the whole)
        part=PART_OF.match(sentence, m.end()) is not None
        and not sentence[max(0, m.start("num") - 5) : m.start("num")].lower().endswith("all "),
        ordered=ORDERED.search(sentence[max(0, m.start() - 12) : m.start()]) is not None,
        span=_span(sentence, m.start(), span_end),
        restricted=_restricted(tokens, SHARE_OF_RESTRICTED.match(sentence, span_end))
        if kind == "percentage"
        else frozenset(),
    )  # fmt: skip


# A share's whole narrowed by what follows its noun: a participle ("of the jobs paying less
# than $17", "of homes built before 1950"), a relative clause ("of workers who earn"), "with"
# or "without" ("of households with children"), or a comparison ("of workers under 25").
SHARE_OF_RESTRICTED = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:[\w'-]+\s+){0,2}?[a-z]+s\s+"
    r"(?P<mod>(?:[a-z]+ing|[a-z]+ed|who|that|which|with|without|under|over|below|above|"
    r"aged|earning|making|paid)\b[^,;.:()]*)",
)


def _restricted(tokens: list[Token], m: re.Match | None) -> frozenset[str]:
    if m is None:
        return frozenset()
    lo, hi = m.start("mod"), m.end("mod")
    # (a place or body named after it, "in Bramford", is no narrowing of what is counted)
    return frozenset(
        canon(t.key) for t in tokens if lo <= t.start < hi and is_content(t) and not is_name(t)
    )


def unsaid_restriction(claim: Quantity, source: Quantity) -> bool:
    """Whether the source's share is of a narrower whole than the claim says: "58% of the jobs
    paying less than $17 an hour" is no share "of all jobs". A restriction the claim says the
    most of in its own words is said ("of license plate images captured at electronic lanes"
    / "of license plate images at the turnpike's electronic lanes")."""
    unsaid = source.restricted - (claim.clause | claim.context)
    return len(unsaid) * 2 > len(source.restricted)


# The span a figure's clause gives it: a period of a unit, or a running total.
PERIOD_SPAN = re.compile(
    r"\b(?:(?:in|during|over|for)\s+(?:its|their|the|his|her|a|one)\s+"
    r"(?:(?:first|second|third|full|whole|entire|last|past|next)\s+)?"
    r"|(?:a|per|each|every)\s+)(?P<unit>year|month|week|quarter|day|season)\b",
    re.IGNORECASE,
)
RUNNING_SPAN = re.compile(r"\b(?:since|so\s+far|to\s+date|through|thus\s+far)\b", re.IGNORECASE)


def _span(sentence: str, start: int, end: int) -> str:
    """The span the figure at ``sentence[start:end]`` is counted over, in its clause."""
    left, right = clause_bounds(sentence, start, end)
    clause = sentence[left:start] + " " + sentence[end:right]
    period = PERIOD_SPAN.search(clause)
    if period is not None:
        return period.group("unit").lower()
    if CLOSED_SPAN.search(sentence[left:start]) or CLOSED_SPAN.search(
        re.split(r"[,;]", sentence[end : end + 90])[0]
    ):
        return "between"  # "between September and the end of February": both ends given
    return "so far" if RUNNING_SPAN.search(clause) else ""


_MONTHS = "|".join(m.capitalize() for m in dates.MONTHS if len(m) > 3 or m == "may")
_MONTH = rf"(?:{_MONTHS}|(?:19|20)\d\d)"
#: A span with both its ends, each a month or a year: "between September and the end of
#: February", "between 2021 and 2024".
CLOSED_SPAN = re.compile(
    rf"\bbetween\s+(?:the\s+\w+\s+of\s+)?{_MONTH}\b[^.;]{{0,30}}?\s+and\s+"
    rf"(?:the\s+\w+\s+of\s+)?{_MONTH}\b"
)


# Which way a change goes, by stem ("rose", "rising" -> "rise"). Right before a figure a verb
# of either set makes it a change ("rose 12.5 percent"; "rose to 3.6 million" is a level).
RISING = frozenset({"rise", "grow", "climb", "increas", "jump", "surg", "soar"})
FALLING = frozenset(
    {"fall", "drop", "declin", "decreas", "slip", "plung", "tumbl", "dip", "sank", "sink", "slid",
     "slide"}
)  # fmt: skip
UP = RISING | {"up", "gain", "ad", "add", "hike", "rais", "higher", "more"}
DOWN = FALLING | {
    "down",
    "lose",
    "lost",
    "shed",
    "cut",
    "reduct",
    "lower",
    "fewer",
    "less",
    "slump",
}


def _direction(tokens: list[Token], start: int, end: int) -> int:
    """+1 or -1 for a change whose word right before ("rose 3%") or right after ("3%
    higher", "a 3% drop") says which way it goes; 0 otherwise."""
    before = [t for t in tokens if t.end <= start][-2:]
    if len(before) == 2 and before[1].lower not in ("by", "to"):
        before = before[1:]  # "has fallen by $130 million": the verb before "by"
    near = before[::-1] + [t for t in tokens if t.start >= end][:1]
    for t in near:
        if t.stem in UP or t.lower in UP:
            return 1
        if t.stem in DOWN or t.lower in DOWN:
            return -1
    return 0


# The words that make a figure a plan's: "forecast of", "its target of", "guidance range of".
FORECAST = re.compile(
    r"\b(?:forecasts?|forecast(?:ed|ing)|targets?|targeted|goal|guidance|projections?|"
    r"projected|outlook)\b(?:\s+[\w-]+){0,2}?\s*(?:of|at|to|for|was|is|:)?\s*$",
    re.IGNORECASE,
)


# A change still to come and the value it goes to: a verb of change after "to", a modal or a
# verb of proposing ("voted to raise the city's minimum wage to", "will rise to", "proposed
# cutting the fare to"), its object, then "to" right before the figure.
PLANNED_TARGET = re.compile(
    r"\b(?:to|will|would|shall|could|may|might|propos(?:e|es|ed|ing)|plans?|planned|wants?)\s+"
    r"(?:\w+\s+)?(?:rais(?:e|es|ing)|ris(?:e|es|ing)|increas(?:e|es|ing)|lift(?:s|ing)?|"
    r"boost(?:s|ing)?|cut(?:s|ting)?|lower(?:s|ing)?|reduc(?:e|es|ing)|grow(?:s|ing)?|"
    r"climb(?:s|ing)?|fall(?:s|ing)?|drop(?:s|ping)?|go(?:es|ing)? up|go(?:es|ing)? down|"
    r"bring(?:s|ing)?|expand(?:s|ing)?|shrink(?:s|ing)?)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}?\bto\s+"
    r"(?:about|around|roughly|nearly|almost|at least|more than|over)?\s*$",
    re.IGNORECASE,
)

_TO_BEFORE = re.compile(
    r"\bto\s+(?:about|around|roughly|nearly|almost|at least|more than|over)?\s*$", re.IGNORECASE
)


def _a_target(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is where a change still to come goes (``PLANNED_TARGET``);
    read only after a "to" (most figures have none before them)."""
    before = sentence[max(0, start - 90) : start]
    return _TO_BEFORE.search(before[-24:]) is not None and PLANNED_TARGET.search(before) is not None


# ... and the next step of a list of them: "rise to $15 on Jan. 1, 2027, to $16 in 2028 and to"
_NEXT_STEP = re.compile(r"^[^;:()]{0,40}?(?:,|\band)\s+to\s*$")


# Changes by a factor ("doubled", "halved", "fivefold") and shares in words ("half of", "a
# third of", "two-thirds", "two in five", "four of every five").
FACTORS = {
    "doubled": 2.0, "doubles": 2.0, "double": 2.0, "tripled": 3.0, "triples": 3.0, "triple": 3.0,
    "quadrupled": 4.0, "quadruples": 4.0, "halved": 0.5, "halves": 0.5,
}  # fmt: skip
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
_small = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if 1 <= v <= 20), key=len,
                         reverse=True))  # fmt: skip
_count = rf"(?:{_small}|\d+)"
_fraction = "|".join(sorted(FRACTIONS, key=len, reverse=True))
RELATIVE = re.compile(
    # (not the first word of a compound: "double-parking", "a triple-decker")
    rf"\b(?P<factor>{'|'.join(FACTORS)})\b(?!-\w)"
    rf"|\b(?P<fold>{_count})[\s-]?fold\b"
    # "two in five", "one out of four", "four of every five": a ratio
    rf"|(?<![\w.,-])(?P<num>{_small}|\d{{1,3}})\s+(?:in|out\s+of|of\s+every)\s+"
    rf"(?P<den>{_small}|\d{{1,3}})(?![\d,.]\d)\b"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|innings)\b)"
    # "two-thirds", "a fifth of", "by about a fifth,": a fraction, never "a third term"
    # (not a period: "in the first half of 2026", "the second quarter")
    r"|(?<!first\s)(?<!second\s)(?<!back\s)(?<!latter\s)(?<!former\s)"
    r"\b(?P<half>half)\b(?=\s+(?:of|the|its|their|all)\b)"
    # "fell by half", "cut in half": a change of half of it
    # (... "rose by more than half", "fell by nearly half": the bound is read before it)
    r"|(?:(?:(?<=\bby\s)|(?<=\bby\smore\sthan\s)|(?<=\bby\sless\sthan\s)|"
    r"(?<=\bby\snearly\s)|(?<=\bby\salmost\s)|(?<=\bby\sabout\s))(?P<by_half>half)"
    r"|(?<=\bin\s)(?P<in_half>half))\b"
    r"(?!\s+(?:of|the|an?)\b)"
    # "most of the cores", "a majority of voters": more than half (not "at most", "the most")
    r"|(?<!\bat\s)(?<!\bthe\s)\b(?P<most>most|(?:a|the)\s+majority)(?=\s+of\b)"
    rf"|\b(?P<part>a|an|one|{_small})[\s-](?P<fraction>{_fraction})\b"
    r"(?=\s+of\b|\s*[,.;:)]|\s*$|\s+(?:since|from|over|in|last|this|a\s+year)\b)",
    re.IGNORECASE,
)
# how loosely a share in words is meant: "a fifth" for 19% or 21% (the label policy's "about a
# fifth covers 18-21%" with the "about")
SHARE_TOLERANCE = 0.05
_BOUND_BEFORE = re.compile(rf"\b(?P<bound>{_bound})\s+(?:only\s+)?$", re.IGNORECASE)


# Telephone service numbers, which name a service before a word of one ("911 calls", "the
# 311 line", "999 dispatchers", "988 crisis counselors"), never a count of it; before any
# other noun they count it ("112 traffic deaths").
SERVICE_NUMBERS = frozenset({"911", "999", "112", "311", "211", "988", "111", "101"})
_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:calls?|call-takers?|cent(?:er|re)s?|dispatch\w*|lines?|systems?|"
    r"operators?|surcharges?|fees?|services?|texts?|texting|hotlines?|emergenc\w*|numbers?|"
    r"outages?|networks?|counsel\w*|crisis|boards?|tax(?:es)?|requests?|complaints?|app|"
    r"funding|upgrades?|staff\w*)\b"
)


def _count_word_before(sentence: str, start: int) -> bool:
    """Whether a count in words stands right before ``start`` ("two 911 centers")."""
    before = sentence[max(0, start - 16) : start]
    if not before.endswith(" "):
        return False
    last = before.rstrip().rsplit(" ", 1)[-1].lower()
    return last.isalpha() and last in NUMBER_WORDS


def _count_value(word: str) -> float:
    return float(word) if word.isdigit() else float(NUMBER_WORDS[word.lower()])


def count_of(word: str) -> float | None:
    """A count written in digits ("1,200") or as a word ("six"); None for anything else."""
    digits = word.replace(",", "")
    if digits.isdigit():
        return float(digits)
    return float(NUMBER_WORDS[word.lower()]) if word.lower() in NUMBER_WORDS else None


def _relative(sentence: str, tokens: list[Token], taken: list[tuple[int, int]]) -> list[Quantity]:
    """'doubled' and 'fivefold' as factors, 'a third of', 'two-thirds' and 'two in five' as
    shares (33.3%, 66.7%, 40%), each with the bound said before it ("more than doubled",
    "fewer than two in five"): comparable with factors and percentages."""
    out = []
    for m in RELATIVE.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.group("factor"):
            value, kind, unit = FACTORS[m.group("factor").lower()], "factor", "x"
        elif m.group("fold"):
            value, kind, unit = _count_value(m.group("fold")), "factor", "x"
        elif m.group("den"):
            den = _count_value(m.group("den"))
            if den <= 1 or _count_value(m.group("num")) > den:
                continue
            value, kind, unit = _count_value(m.group("num")) / den * 100, "percentage", "%"
        elif any(m.group(g) for g in ("half", "by_half", "in_half", "most")):
            value, kind, unit = 50.0, "percentage", "%"  # ("most": more than half, its bound)
        else:
            part = m.group("part").lower()
            count = 1.0 if part in ("a", "an", "one") else _count_value(part)
            value = count / FRACTIONS[m.group("fraction").lower()] * 100
            kind, unit = "percentage", "%"
            if value > 100:
                continue
        bounded = _BOUND_BEFORE.search(sentence[: m.start()])
        start = bounded.start() if bounded else m.start()
        bound = dict(BOUNDS).get(bounded.group("bound").lower(), "eq") if bounded else "eq"
        bound = "gt" if m.group("most") else bound
        shared = kind == "percentage"
        out.append(
            Quantity(
                value=value, unit=unit, kind=kind, bound=bound, text=sentence[start : m.end()],
                start=start, end=m.end(),
                tolerance=value * (SHARE_TOLERANCE if shared else 0.02),
                # (a share in words is a coarse step: "nearly a quarter" is 22.5-25%, "about
                # a fifth" 18-22%)
                digit=value * SHARE_TOLERANCE if shared else 0.0,
                context=_context(tokens, m.start(), m.end(), exclude=set()),
                **_clause(sentence, tokens, m.start(), m.end(), exclude=set()),
                change=shared and _is_change(sentence, tokens, start, m.end()),
                direction=_direction(tokens, start, m.end()),
            )
        )  # fmt: skip
    return out


# A level a change reached, said right before its figure: "raises the port's local share to",
# "has risen to", "was cut to", "now stands at", "is now"
LEVEL_REACHED = re.compile(
    r"(?:\b(?:rais|rose|rise|risen|increas|grew|grow|climb|jump|cut|lower|reduc|fell|fall|"
    r"drop|brought|bring|push|boost|revis|updat)\w*\b[^.;:]{0,60}?\bto"
    r"|\bnow(?:\s+(?:stands?|totals?|is|are))?(?:\s+at)?)\s*"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)


def in_words_only(q: Quantity) -> bool:
    """Whether a share is only "more than half", said in words ("most", "a majority", "more
    than half"): it agrees with half of all shares, so it pins down no event."""
    return (
        q.kind == "percentage" and q.value == 50.0 and q.bound in ("gt", "ge")
        and not any(c.isdigit() for c in q.text)
    )  # fmt: skip


def reached(text: str, figure: str) -> bool:
    """Whether ``text`` gives ``figure`` as the level a change reached ("which raises the
    port's local share to $71.05 million", "the estimate now stands at $203 million"): news
    of a change, which a record written before it could not give."""
    at = text.find(figure)
    return at >= 0 and LEVEL_REACHED.search(text[max(0, at - 120) : at]) is not None


# A figure and the one it changed from, next to each other: "86 fines in April, up from 17
# in March", "rose to $610 million from $480 million" (the new figure first), "from 17 to 86"
# (the old one first).
_NEW_FIRST = re.compile(r"^[^.;:()]{0,40}?\bfrom(?:\s+(?:the|an?|its))?\s*$")
_OLD_FIRST = re.compile(
    # (each with its period: "from 96 in the second quarter of 2025 to 71 in ...")
    r"^(?:[^.;:(),]{0,24}?|\s+(?:in|during|for)\s+[^.;:(),]{0,40}?)\bto\s*$"
)
_FROM_BEFORE = re.compile(r"\bfrom(?:\s+(?:the|an?|its))?\s*$")


def derived(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """What a change states without a figure of its own: "$610 million, up from $480
    million" is a $130 million rise, 1.27 times the old figure and 27% more. Each derived
    figure is said in both figures' clauses. Only the figures a sentence pairs by "from" are
    read; a derived figure is for finding a claim's change, never a value to conflict with."""
    out: list[Quantity] = []
    plain = [q for q in found if q.kind in ("number", "amount", "percentage", "duration")]
    for a, b in zip(plain, plain[1:], strict=False):
        if a.kind != b.kind or a.forecast != b.forecast:
            continue
        unit = a.unit if a.unit == b.unit else _bare_pair(a, b)
        if unit is None:
            continue
        between = sentence[a.end : b.start]
        if _NEW_FIRST.search(between):
            new, old = a, b
        elif _OLD_FIRST.search(between) and _FROM_BEFORE.search(sentence[: a.start]):
            new, old = b, a
        else:
            continue
        out.extend(_changes(new, old, unit, sentence[min(a.start, b.start) : b.end]))
    return out


def _bare_pair(a: Quantity, b: Quantity) -> str | None:
    """The counted noun two figures share where one of them leaves it out ("86 fines ...,
    up from 17")."""
    if a.kind != "number":
        return None
    bare = [q for q in (a, b) if q.unit.startswith("#") or not q.unit]
    named = [q for q in (a, b) if q not in bare]
    if len(bare) == 2:
        return "#"  # "from 17 to 86": what changed is left to the words around
    return named[0].unit if len(bare) == 1 and len(named) == 1 else None


def _changes(new: Quantity, old: Quantity, unit: str, text: str) -> list[Quantity]:
    diff = new.value - old.value
    if diff == 0:
        return []
    way = 1 if diff > 0 else -1
    shared = {
        "start": old.start if old.start < new.start else new.start,
        "end": max(new.end, old.end),
        "context": new.context | old.context,
        "clause": new.clause | old.clause,
        "names": new.names | old.names,
        "bound": "eq",
        "text": text,
        "direction": way,
    }
    if new.kind == "percentage":
        unit = "pt"  # "to 6.1% from 7.4%": 1.3 percentage points, not 1.3%
    out = [
        Quantity(value=abs(diff), unit=unit, kind=new.kind, change=True,
                 tolerance=new.tolerance + old.tolerance, **shared),  # type: ignore[arg-type]
    ]  # fmt: skip
    if old.value > 0 and new.kind != "percentage":
        ratio = new.value / old.value
        out.append(Quantity(value=ratio, unit="x", kind="factor", tolerance=ratio * 0.02,
                            **shared))  # type: ignore[arg-type]  # fmt: skip
        pct = abs(diff) / old.value * 100
        out.append(Quantity(value=pct, unit="%", kind="percentage", change=True,
                            tolerance=max(0.5, pct * 0.02), **shared))  # type: ignore[arg-type]  # fmt: skip
    return out


def _unit_end(tokens: list[Token], end: int, unit: str, kind: str) -> int:
    for t in tokens:
        if t.start >= end:
            if (
                t.key == unit
                or (kind == "duration" and t.stem in DURATIONS)
                or (unit == "pt" and t.stem == "point")
            ):
                return t.end
            if kind == "amount" and t.lower in CURRENCY_WORDS:
                return t.end
            if t.start - end > 12:
                break
    return end


CONTEXT_WINDOW = 6


def _context(tokens: list[Token], start: int, end: int, exclude: set[str]) -> frozenset[str]:
    before = [t for t in tokens if t.end <= start][-CONTEXT_WINDOW:]
    after = [t for t in tokens if t.start >= end][:CONTEXT_WINDOW]
    return frozenset(
        t.key
        for t in before + after
        if is_content(t) and t.key not in exclude and t.lower not in _NOT_CONTEXT
    )


# A clause ends at these marks (a comma between digits, as in 1,200, does not count; a
# bracketed aside stays in its clause).
CLAUSE_MARK = re.compile(
    r"[;:\u2014\u2013]|(?<!\d),|,(?!\d)| - |\band\b(?= the\b| [A-Z])|[!?](?=\s|$)"
    # (a full stop, not an initial's or a title's: "the U.S. Army Corps", "Dr. Okafor")
    r"|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Mt|Ft|Lt))(?<!\b(?:Mrs|Gov|Sen|Rep|Sgt|Gen))"
    r"\.(?=\s|$)"
    # (and another figure's own phrase: "3.1% of calls to the sheriff's ... and 1.2% of calls
    # to Marlow's")
    r"|\band\b(?=\s+(?:about\s+|nearly\s+|almost\s+)?\$?\d)"
)
# A figure right after these words, or with these right after its noun, is a change ("lost
# 22 seats", "nine seats down", "one more"), not a level: the two are never compared.
CHANGE_BEFORE = frozenset(
    {"lose", "lost", "losing", "loses", "gain", "gained", "gaining", "gains", "by", "added",
     "adding", "shed", "shedding"}
    | {"up", "down"}  # "up 5%", "down 0.3 points"; verbs of change: RISING, FALLING
)  # fmt: skip
CHANGE_AFTER = frozenset(
    {"down", "up", "more", "fewer", "less", "lower", "higher"}
    # "a 12% increase", "the 5% cut": a noun of change right after the figure
    | {"increase", "rise", "cut", "drop", "fall", "decline", "gain", "jump", "hike",
       "reduction", "decrease", "growth", "raise", "slump", "surge"}
)  # fmt: skip


#: Words before a figure that can name what it measures ("the jobless rate fell to 3.9%").
MODIFIER_REACH = 7


# "14 new drivers", "300 additional staff": how many were added, not how many there are
ADDED = frozenset({"new", "additional", "extra", "more", "fewer"})
#: the nouns of change among ``CHANGE_AFTER``
CHANGE_NOUNS = CHANGE_AFTER - {"down", "up", "more", "fewer", "less", "lower", "higher"}


# A figure after "by" that follows a verb of winning or leading is the margin between two
# sides ("beat Brennan by 212 votes", "led by four points", "won by a 3-point margin"): a level
# of the margin, the measure "her margin narrowed to 221 votes" gives.
MARGIN_VERBS = frozenset({"beat", "led", "lead", "leads", "leading", "won", "win", "wins",
                          "defeated", "defeat", "edged", "trailed", "trail", "trails",
                          "ahead", "behind", "outpolled"})  # fmt: skip
# ... and a vote's decision, of a count of votes ("approved the bond by 448 votes"; not "the
# amount voters approved by $6.5 million")
DECIDED_VERBS = frozenset({"approved", "passed", "rejected", "carried", "defeated"})
MARGIN = "margin"
# What a figure of how many a place can hold is said with, right before it
CAPACITY = "capac"
# What money set aside for something is said with, right before it ("moved to appropriate
# $850,000", "the council set aside $1.2 million", "voted to spend $650,000"): no cost of it,
# which is known when it is paid
ALLOCATED = "alloc"
ALLOCATED_BEFORE = re.compile(
    r"(?:\b(?:appropriat\w*|allocat\w*|budgeted|earmark\w*|set(?:s|ting)?\s+aside|"
    r"reserv(?:e|es|ed|ing)|approved\s+spending)"
    # ... and a body's decision to spend it: "voted 4-1 on Tuesday to spend $650,000"
    r"|\b(?:voted|agreed|decided|moved)\b[^.;,]{0,30}?\bto\s+spend)"
    r"\s+(?:about\s+|up\s+to\s+|nearly\s+|roughly\s+|another\s+)?$",
    re.IGNORECASE,
)
# A bound that picks out a group, right before its figure ("families with unpaid meal charges
# of more than $100", "households earning less than $40,000"): which ones, no measure of them
THRESHOLD = "thresh"
THRESHOLD_BEFORE = re.compile(
    r"\b(?:with|owing|owe|owes|earning|earn|earns|making|having|paid|paying)\b[^,.;]{0,40}?$"
    r"|\bworth\s+$",
    re.IGNORECASE,
)
# (a bound, not a span: "over five years", "over 12 months" is how long)
THRESHOLD_AT = re.compile(
    r"(?:(?:more|less|fewer)\s+than|over|under|above|below)\s+"
    r"(?=\$|\d[\d,.]*(?!\d|[\d,.]*\s*(?:years?|months?|weeks?|days?|hours?)\b))",
    re.IGNORECASE,
)
# ... and the words of a cost or a price
COST_KEYS = frozenset({"cost", "price"})  # (not "spend": "will spend" is set aside too)
# ... and the units that count places themselves ("22,000 seats", "450 beds"): a capacity
# however said
HELD_IN_PLACES = frozenset({"seat", "bed", "space", "spot", "slot", "berth", "stall"})
CAPACITY_BEFORE = re.compile(
    r"(?:\broom\s+for|\b(?:built|designed|able|big\s+enough)\s+to\s+(?:hold|house|seat|serve)|"
    r"\bcan\s+(?:hold|house|seat)|\bcapacity\s*(?:of|for|is|was|:)?|\bholds?\s+up\s+to|"
    r"\bbeds?\s+for)\s*(?:about\s+|up\s+to\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _margin(tokens: list[Token], start: int) -> bool:
    before = [t for t in tokens if t.end <= start][-5:]
    if not before or before[-1].lower != "by":
        return False
    after = [t for t in tokens if t.start > start][:2]
    votes = any(t.lower in ("votes", "ballots") for t in after)
    return any(
        t.lower in MARGIN_VERBS or votes and t.lower in DECIDED_VERBS for t in before[:-1]
    )  # fmt: skip


# "make up", "made up": a part of a whole, not a rise ("up 5%")
MAKE_UP = frozenset({"make"})


def _is_change(sentence: str, tokens: list[Token], start: int, end: int) -> bool:
    if _margin(tokens, start):
        return False
    before = [t for t in tokens if t.end <= start][-2:]
    after = [t for t in tokens if t.start >= end][:1]
    if before[-1:] and before[-1].lower == "up" and before[0].stem in MAKE_UP:
        return False  # "made up 3.1% of calls": what a whole is made of, no change
    before = before[-1:]
    if before and before[0].stem == "drop" and DEPOSITED.match(sentence, end):
        return False  # "the storm dropped 19 inches of snow": what it left, no fall
    if before and (before[0].lower in CHANGE_BEFORE or before[0].stem in RISING | FALLING):
        return True
    noun = [t for t in tokens if t.end <= start][-2:]
    if len(noun) == 2 and noun[1].lower == "of" and noun[0].lower in CHANGE_AFTER - ADDED:
        return True  # "an increase of about 18%", "a cut of 40 jobs"
    inside = [t for t in tokens if start <= t.start and t.end <= end]
    first = next(
        (
            i for i, t in enumerate(inside)
            if t.is_number or t.lower[:1].isdigit() or t.lower in NUMBER_WORDS
        ),
        None,
    )  # fmt: skip
    if first is not None and any(t.lower in ADDED for t in inside[first + 1 :]):
        return True
    # "nine seats down", "one more than": right after, with no comma between
    if after and after[0].lower in CHANGE_AFTER and "," not in sentence[end : after[0].start]:
        return True
    # "a 9 percent toll increase", "a 3% fare hike": a noun of change past a noun or two that
    # say what changes
    later = [t for t in tokens if t.start >= end][:3]
    for i, t in enumerate(later[1:], 1):
        if t.lower in CHANGE_NOUNS:
            between = later[:i]
            return all(is_content(x) and x.lower.isalpha() for x in between) and not any(
                c in sentence[end : t.start] for c in ",;:"
            )
    return False


#: Verbs of a member's part in a vote: who does it acts on a figure, which is not theirs.
VOTING = frozenset({"voted", "votes", "moved", "moves", "seconded"})
#: Bodies that vote as one: what they vote on is theirs ("the Board of Commissioners voted 4-1
#: to cut the design from 450 beds to 420" is the jail's figure, said of the board's jail).
VOTING_BODIES = frozenset(
    {"board", "council", "commission", "committee", "authority", "assembly", "legislature",
     "senate", "house", "court", "voters", "members", "district", "county", "city", "town"}
)  # fmt: skip


def _members_acts(sentence: str, tokens: list[Token], left: int, start: int) -> list[int]:
    """Where a named member's verb of voting ends, between ``left`` and a figure at ``start``:
    "Ruth Okafor voted", "Council Member Oduro moved to" (a motion, not "the recount moved 100
    votes"); not a body's vote, nor a title's alone ("Commissioners voted")."""
    out = []
    for i, t in enumerate(tokens):
        if not (left <= t.start and t.end <= start and t.lower in VOTING) or i == 0:
            continue
        who = tokens[i - 1]
        if not is_name(who) or who.lower in VOTING_BODIES or who.lower in lexicon.titles():
            continue
        if t.lower.startswith("move") and not re.match(r"\s+(?:to|that)\b", sentence[t.end :]):
            continue
        out.append(t.end)
    return out


#: What a verb of falling leaves, after its figure: "dropped 19 inches of snow" (not "of the
#: vote", "of its value": a part of something).
DEPOSITED = re.compile(r"\w*\s+of\s+(?!the\b|its\b|their\b|his\b|her\b|our\b)[a-z]", re.I)


#: A clause that is only a copula before its figure: the subject is before an aside.
COPULA_ONLY = re.compile(r"\s*(?:was|were|is|are)\s+", re.IGNORECASE)


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the figure at ``sentence[start:end]`` begins and ends."""
    left = max((m.end() for m in CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in CLAUSE_MARK.finditer(sentence, end)), len(sentence))
    return left, right


def _past_an_aside(sentence: str, left: int, start: int) -> tuple[int, tuple[int, int]]:
    """Where a figure's clause starts, and the aside it leaves out: "The lowest bid, from
    Carver & Sons Builders, was $16.1 million" is said of the subject before the aside (a
    clause that is only a copula before its figure); else ``left`` and no aside."""
    marks = list(CLAUSE_MARK.finditer(sentence, 0, start))
    if not COPULA_ONLY.fullmatch(sentence, left, start) or len(marks) < 2:
        return left, (left, left)
    return (marks[-3].end() if len(marks) >= 3 else 0), (marks[-2].start(), marks[-1].end())


def _clause(
    sentence: str, tokens: list[Token], start: int, end: int, exclude: set[str]
) -> dict[str, frozenset[str]]:
    """The clause a figure stands in: its content-word keys and the names among them."""
    left, right = clause_bounds(sentence, start, end)
    left, aside = _past_an_aside(sentence, left, start)
    inside = [
        t for t in tokens
        if left <= t.start and t.end <= right and not (start <= t.start < end)
        and not aside[0] <= t.start < aside[1]
        and is_content(t) and t.key not in exclude and t.lower not in _NOT_CONTEXT
    ]  # fmt: skip
    # the figure's own noun phrase: a few words before it and its noun after it
    before = [t for t in tokens if left <= t.start and t.end <= start][-MODIFIER_REACH:]
    after = [t for t in tokens if t.start >= end and t.end <= right][:2]
    in_clause = [*before, *after]
    pairs = frozenset(
        (b.key, a.key) for a, b in zip(in_clause, in_clause[1:], strict=False)
        if is_content(a) and is_content(b) and not a.is_capitalized and not b.is_capitalized
        and sentence[a.end : b.start] == " "  # "jobless rate", not "onerror=alert"
        and a.lower not in _NOT_CONTEXT and b.lower not in _NOT_CONTEXT
        and not _before_determiner(tokens, b)  # "contract gives a 5% raise": a verb
        and not _past_form(b)
        and a.lower not in NUMBER_WORDS  # "the two closures": a count, no kind of closure
    )  # fmt: skip
    margin = _margins(sentence, tokens, start)
    # "riders must be at least 18": a rule's figure (``required``), whose bound is its value
    # ... and a demand's ("calling on the county to hire at least six more"): what is asked
    margin |= (
        {"requir"}
        if any(t.lower in ("must", "shall") for t in tokens if left <= t.start and t.end <= start)
        or DEMANDING.search(sentence, left, start)
        else set()
    )
    # "Elections director Naomi Price said the recount cost the county about $84,000": the
    # speaker before a verb of saying is who gives the figure, not what it is said of
    said = [t.end for t in tokens if left <= t.start and t.end <= start and t.lower in SAYING]
    # ... and the member who voted on it or moved it: "Council Member Oduro moved to
    # appropriate $1.4 million", "Ruth Okafor voted for the $1.4 million appropriation"
    acted = _members_acts(sentence, tokens, left, start)
    said += acted
    # ... and the body whose records give it: "State Police records show 231 crashes"
    said += [m.end() for m in RECORDS_SHOW.finditer(sentence, left, start)]
    said.sort()
    named = [t for t in inside if not said or t.start >= said[-1]]
    # (an address says where, not whose: "The jail on Court Street opened with room for 312")
    address = {
        t.index for m in ADDRESS.finditer(sentence, left, right)
        for t in named if m.start(m.lastgroup or 0) <= t.start < m.end(m.lastgroup or 0)
    }  # fmt: skip
    # (nor are the words of who reports it what is measured: "The U.S. Census Bureau of 2012
    # reported a median household income of $87,894" measures household income)
    told = [t.end for t in tokens if left <= t.start and t.end <= start and t.lower in REPORTING]
    # ... nor the member who moved it or voted on it ("Board Member Oduro moved to ...")
    told = sorted(told + acted)
    measured = [t for t in inside if not told or t.start >= told[-1]] or inside
    return {
        "clause": frozenset(canon(t.key) for t in measured) | margin,
        "names": frozenset(t.key for t in named if is_name(t) and not opens_sentence(sentence, t)),
        "addressed": frozenset(t.key for t in named if t.index in address),
        "modifiers": pairs,
    }


def _margins(sentence: str, tokens: list[Token], start: int) -> set[str]:
    """What the words right before a figure make it: a vote's margin, a capacity ("room for
    312 inmates", "built to hold 312"), money set aside ("moved to appropriate $850,000"), a
    threshold that picks out a group ("families with charges of more than $100")."""
    margin = {MARGIN} if _margin(tokens, start) else set()
    margin |= {CAPACITY} if CAPACITY_BEFORE.search(sentence, 0, start) else set()
    margin |= {ALLOCATED} if ALLOCATED_BEFORE.search(sentence, 0, start) else set()
    at = THRESHOLD_AT.match(sentence, start)
    if at and THRESHOLD_BEFORE.search(sentence, max(0, start - 60), start):
        margin.add(THRESHOLD)
    return margin


# A street address, "on Court Street", "off Route 9", "at 40 Mill Road", a route's ends,
# "between Pier Street and Quarry Road", "from Elm Street to Route 9", a place named by its
# street, "in the Harlan Street basin", or a cause, "because of the Sawtooth Fire": where or
# why, not whose
ADDRESS = re.compile(
    r"\b(?:on|off|along|near|at|between|from|to|and|past|through|via|in)\s+"
    r"(?:\d+\s+)?(?P<name>(?:[A-Z][\w'-]*\s+){0,3}(?:Street|St\.|"
    r"Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Lane|Highway|Route|Way|Place|Square)"
    r"(?:\s+\d+)?)"
    r"|\bin\s+the\s+(?P<within>(?:[A-Z][\w'-]*\s+){0,3}(?:Street|Road|Avenue|Boulevard|Drive|"
    r"Lane|Highway|Route))(?=\s+[a-z])"
    r"|\b(?:because\s+of|due\s+to|caused\s+by)\s+(?:the\s+)?(?P<cause>(?:[A-Z][\w'-]*\s+){0,3}"
    r"[A-Z][\w'-]*)"
)


# Records said to show a figure: the names before them are the records' keeper's
RECORDS_SHOW = re.compile(
    r"\b(?:records|data|figures|statistics|numbers)\s+(?:show|shows|showed|indicate|"
    r"indicates|indicated)\b",
    re.IGNORECASE,
)


#: Verbs of saying: the names before one in a figure's clause are its speaker's.
# ... those that are only a report's verb, never a figure's kind ("estimated cost" is)
REPORTING = frozenset({"said", "says", "told", "announced", "reported", "reports", "stated"})
SAYING = frozenset({
    "said", "says", "told", "tells", "announced", "estimated", "estimates", "reported", "reports",
    "stated", "states", "added", "noted", "wrote", "writes", "claimed", "claims", "argued",
    "argues", "warned", "warns",
})  # fmt: skip


DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these"})


# Irregular forms that are no verb: plurals, comparatives, adjectives
_NOT_VERB_BASES = frozenset({"person", "child", "man", "woman", "foot", "good", "bad", "dead",
                             "earli", "late"})  # fmt: skip


def _past_form(t: Token) -> bool:
    """An irregular verb's past ("met", "held", "rose"): "the jail met 9 of 14 standards"
    says what the jail did, no kind of "meeting" of the jail."""
    base = lexicon.irregular().get(t.lower)
    return base is not None and base not in _NOT_VERB_BASES


def _before_determiner(tokens: list[Token], t: Token) -> bool:
    """A word right before an article or a possessive takes an object: a verb, no noun."""
    return t.index + 1 < len(tokens) and tokens[t.index + 1].lower in DETERMINERS


_NOT_CONTEXT = frozenset(
    [*SCALES, *CURRENCY_WORDS, "percent", "cent", "percentage", "point", "points"]
    + [w for b, _ in BOUNDS for w in b.split()]
)


# Count nouns that stand for any counted thing ("7,000 units" of a car model).
GENERIC_UNITS = frozenset({"unit", "item", "piec"})


def same_unit(a: Quantity, b: Quantity) -> bool:
    if (a.kind == "ordinal") != (b.kind == "ordinal") or a.kind != b.kind:
        return False
    if a.unit == b.unit or a.kind == "number" and canon(a.unit) == canon(b.unit):
        return True  # (one thing counted in other words: "trips" / "rides")
    return (
        a.kind == "number"
        and bool({a.unit, b.unit} & GENERIC_UNITS)
        and "" not in (a.unit, b.unit)
        and not (a.unit + b.unit).startswith("#")
    )


def same_count(a: Quantity, b: Quantity) -> bool:
    """Two plain counts of one value, whatever noun follows ("two electric cars")."""
    return (
        a.kind == b.kind == "number" and a.bound == b.bound == "eq" and a.value == b.value
        and not a.unit.startswith("#") and not b.unit.startswith("#")
    )  # fmt: skip


def same_counted(a: Quantity, b: Quantity) -> bool:
    """Two counts of the same named thing ("385 positions" / "385 positions"): the counted
    noun says what is measured, whatever the verb ("grown to", "eliminated")."""
    return (
        a.kind == b.kind == "number" and canon(a.unit) == canon(b.unit) and bool(a.unit)
        and not a.unit.startswith("#") and a.unit not in GENERIC_UNITS
        and not other_subject(a, b)
    )  # fmt: skip


def same_named(a: Quantity, b: Quantity) -> bool:
    """Two figures in one unit of the same compound-named thing ("the short-term rental
    registration fee to $500" / "the annual registration fee to $500"): a noun and the noun
    before it are the figures' both, and nothing sets the two apart."""
    return (
        same_unit(a, b) and bool(a.modifiers & b.modifiers) and not other_subject(a, b)
        and a.change == b.change and a.forecast == b.forecast and a.part == b.part
        and not set_aside_or_cost(a, b)
    )  # fmt: skip


def set_aside_or_cost(a: Quantity, b: Quantity) -> bool:
    """Whether one figure is money set aside for something and the other its cost ("voted to
    spend $650,000 on an aeration system" / "the aeration system will cost $650,000")."""
    return (ALLOCATED in a.clause) != (ALLOCATED in b.clause) and bool(
        (a.clause | b.clause) & COST_KEYS
    )


#: A body a statute or contract names by its kind alone, as a defined term ("The City shall
#: issue ..."): the body the document is of, no other named subject. (Not "County": a name
#: reads "Fenwick County" as that word alone.)
DEFINED_BODIES = frozenset(t.key for t in tokenize("City Town Village"))


def _named(q: Quantity) -> frozenset[str]:
    """The names a figure is said of, but for a body named by its kind alone ("The City")."""
    names = q.names - q.addressed
    return frozenset() if names <= DEFINED_BODIES else names


def other_subject(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are said of different things: of different named subjects, or of
    one noun with other modifiers ("unemployment rate" / "vaccination rate")."""
    mine, theirs = _named(a), _named(b)
    # (a name both give, as an address or not, is no other subject: "to Corliss Street
    # Commons" of "for Corliss Street")
    if mine and theirs and not mine & theirs and not a.names & b.names:
        return True
    for noun, mod in a.modifiers:
        for noun_b, mod_b in b.modifiers:
            if (
                noun == noun_b and mod != mod_b
                and canon(mod) not in b.clause and canon(mod_b) not in a.clause
                # "annual registration fee" / "rental registration fee": how often is no
                # other kind ("monthly" / "annual" are two periods)
                and (mod in PERIOD_WORDS) == (mod_b in PERIOD_WORDS)
                # ... nor is "total" ("the county's total levy" / "property tax levy")
                and not {mod, mod_b} & WHOLE_WORDS
            ):  # fmt: skip
                return True
    return False


#: Adjectives that say a figure is the whole, not what kind of thing it is of.
WHOLE_WORDS = frozenset(t.key for t in tokenize("total overall combined entire whole"))

#: Adjectives that say how often a figure recurs, not what kind of thing it is of.
PERIOD_WORDS = frozenset(
    t.key for t in tokenize("annual yearly monthly weekly daily quarterly nightly hourly")
)


def missing_qualifiers(
    claim: Quantity, source: Quantity, said: frozenset[str], columns: frozenset[str] = frozenset()
) -> list[str]:
    """The claim figure's qualifiers ("permanent"), which the source must say of its figure,
    and compound nouns ("bus" routes), which it may say anywhere in ``said`` (the kind of
    thing counted). A table cell's figure has no clause of its own ("Old Town Hosted: 41"):
    its column ("Hosted", its unit) and the table's caption ("Short-term rental registrations
    by neighborhood", in ``said``) say what it counts, not the row's other columns
    (``columns``)."""
    own = source.clause
    if not own:
        own = (said - columns) | {canon(source.unit)}
    return sorted(
        {q for q in claim.qualifiers if not _said_in(q, own)}
        | {q for q in claim.compound if q not in source.clause | source.compound | said}
    )


def _said_in(word: str, keys: frozenset[str]) -> bool:
    """A word's key among ``keys``, or its verb's or noun's ("regist" / "registr")."""
    return word in keys or any(verb_and_noun(word, k) for k in keys)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same thing: the same unit class, said in clauses
    that share a content word, and not of two different named subjects ("the Liberal Centre
    won 7.9%" is no figure for the Farmers' League). A figure that is not aligned with the
    claim's is never read against it: it is about something else."""
    if not same_unit(a, b) or _orders_apart(a, b):
        return False
    if (
        _a_cap(a) != _a_cap(b) and not (_at_peak(a) or _at_peak(b))
        and abs(a.value - b.value) > max(a.tolerance, b.tolerance)
    ):  # fmt: skip
        return False  # a cap ("up to 600 scooters") is no count ("put 400 scooters")
    if a.ordered != b.ordered and abs(a.value - b.value) > max(a.tolerance, b.tolerance):
        return False  # "the first nine measles cases" is no count of "four cases" confirmed
    if a.target != b.target and abs(a.value - b.value) > max(a.tolerance, b.tolerance):
        return False  # a change still to come goes to its figure ("voted to raise ... to $17")
    if unsaid_restriction(a, b) or unsaid_restriction(b, a):
        return False  # "58% of the jobs paying less than $17 an hour" is no share of all jobs
    if a.span and b.span and a.span != b.span:
        return False  # "a million trips in its first year" / "412,000 trips since April 1"
    return same_clause(a, b)


#: Two amounts or counts this many times apart are not one measure misstated ("$12 million a
#: year" raised and a "$2.50" fare): a thousandfold slip (million for billion) still is.
ORDERS_APART = 10_000


def _orders_apart(a: Quantity, b: Quantity) -> bool:
    if a.kind not in ("amount", "number") or a.change or b.change:
        return False
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo > 0 and hi / lo >= ORDERS_APART


#: A time of day's unit, and the verbs it says the time of ("may open from 9 a.m.").
CLOCK = frozenset({"a.m", "p.m"})
CLOCK_VERBS = frozenset(t.stem for t in tokenize("open opens close closes start begin end"))


def same_clause(a: Quantity, b: Quantity) -> bool:
    """Whether two figures, whatever their units, are said in clauses about the same thing
    (``same_measure`` without the unit: "two models" / "two Volkswagen-branded electric models"
    in clauses that share most of their words)."""
    if other_subject(a, b) or a.change != b.change or a.forecast != b.forecast:
        return False
    if a.part != b.part and "percentage" not in (a.kind, b.kind):
        # "17 cases" is not "14 of them"; a share is of something either way ("8 percent of
        # their pay", "8 percent of pay")
        return False
    if a.unit == AGE == b.unit and not (a.names and b.names):
        return True  # an age said of "She" is the age of whom the sentences before name
    if a.unit in CLOCK and a.unit == b.unit and a.clause & b.clause & CLOCK_VERBS:
        return True  # a time of day is when its verb happens: "may open at 8 a.m." / "from 9"
    if a.compound and a.compound == b.compound and a.qualifiers == b.qualifiers:
        return True  # "250 construction jobs" / "180 construction jobs at peak": one kind
    if same_counted(a, b) and (a.clause & b.compound or b.clause & a.compound):
        # one named thing counted, the verb said of it in one the other's word before the noun:
        # "10,000 fish died" / "2,140 dead fish", "the final count of dead fish was 2,600"
        return True
    if a.part and b.part and a.unit == b.unit and a.unit[:1].isalpha() and a.clause & b.clause:
        # two parts of a counted whole said with the same word: "met 9 of 14 standards" and
        # "The facility met 9 of the 14 standards reviewed"
        return True
    if (CAPACITY in a.clause) != (CAPACITY in b.clause) and a.unit not in HELD_IN_PLACES:
        return False  # how many it can hold is no count of how many it holds
    if CAPACITY in a.clause & b.clause and a.unit == b.unit:
        return True  # "built to hold 312 inmates" / "with room for 312 inmates"
    if set_aside_or_cost(a, b):
        return False  # money set aside for it ("appropriate $850,000") is no cost of it
    if (THRESHOLD in a.clause) != (THRESHOLD in b.clause):
        return False  # "families with charges of more than $100" is no sum of the charges
    if MARGIN in a.clause & b.clause and len(a.clause & b.clause) >= 2:
        # two margins of the same thing: "approved the jail bond by 448 votes" and "the bond's
        # final margin was 588 votes after provisional and mail ballots were counted"
        return True
    if a.clause and b.clause:
        # Most of what the two clauses say together is shared (a word or two in common,
        # like "cost" and "year", is not the same measure).
        # (a word that stands in for what the document is about, "the project's estimated
        # cost" for the channel deepening's, names no other measure)
        mine, theirs = a.clause - STAND_INS, b.clause - STAND_INS
        shared = mine & theirs
        smaller = min(len(mine), len(theirs)) or 1
        return bool(shared) and (
            len(shared) / len(mine | theirs) >= ALIGNED or len(shared) / smaller >= 0.5
        )
    return bool(a.context & b.context)


#: Clause words that stand in for what a document is about: no measure of their own ("the
#: project's estimated cost").
STAND_INS = frozenset({"project", "plan", "program", "programm", "scheme", "initi"})


#: Share of two figures' clause words (shared over all) for them to be the same measure.
ALIGNED = 0.25


def agrees(claim: Quantity, source: Quantity) -> bool:
    """Whether ``source`` is consistent with ``claim`` (they measure the same thing)."""
    if _a_maximum(claim) != _a_maximum(source) or _a_maximum(claim) and not claim.is_bound:
        # a cap and a count ("up to 600 scooters", "put 400 scooters") agree only as one
        # figure, as do two maxima one of which is no bound ("up to 600 workers", "about 450
        # workers at its peak")
        return abs(claim.value - source.value) <= max(claim.tolerance, source.tolerance)
    if _a_maximum(source) and not source.is_bound:
        return abs(claim.value - source.value) <= max(claim.tolerance, source.tolerance)
    if claim.is_bound and source.is_bound:
        same_direction = (claim.bound in ("gt", "ge")) == (source.bound in ("gt", "ge"))
        if same_direction and (
            (required(claim) and required(source))
            or (_a_maximum(claim) and _a_maximum(source))
            or (_a_radius(claim) and _a_radius(source))
        ):
            # a rule's bound is its value: "requires at least 1,500 feet" is no "at least 2,000";
            # so is a zone's: "may not deliver within 1,000 feet of a school" is no "within 500"
            return abs(claim.value - source.value) <= max(claim.tolerance, source.tolerance)
        if same_direction:
            lo, hi = sorted((abs(claim.value), abs(source.value)))
            return hi <= lo * BOUND_SPREAD if lo > 0 else hi == lo
    if source.bound in ("gt", "ge") and not claim.is_bound:
        # "over 7,000 units" says a figure near 7,000, not 7 million: an exact claim figure
        # agrees with an open range only within OPEN_SPREAD of its bound
        return source.value <= claim.value <= source.value * OPEN_SPREAD
    if source.bound in ("lt", "le") and not claim.is_bound:
        return source.value / OPEN_SPREAD <= claim.value <= source.value
    c_lo, c_hi = claim.interval
    s_lo, s_hi = source.interval
    if claim.bound == source.bound == "eq":
        # Two exact figures agree when one lies in the other's rounding: "340" and "345", not
        # "28" and "29" nor "340" and "350" (their allowances would overlap), nor "$78" and
        # "$80" (at the very end of the allowance: a figure the claim gives to its digit).
        if c_lo == c_hi == claim.value or s_lo == s_hi == source.value:
            return (
                c_lo < source.value < c_hi
                or s_lo < claim.value < s_hi
                or (claim.value == source.value)
            )
        return c_lo <= source.value <= c_hi or s_lo <= claim.value <= s_hi
    if claim.bound == source.bound == "approx":
        # Two round figures are one amount when either could be a rounding of the other:
        # "about $48 million" is no "about $39 million", though each allows some spread.
        return c_lo <= source.value <= c_hi or s_lo <= claim.value <= s_hi
    # Ranges that only touch do not agree: "two weeks" (half a week either side) is not
    # "three weeks".
    return claim.value == source.value or (c_lo < s_hi and s_lo < c_hi)


# A demand before a figure, whose bound is what is asked: "calling on the county to hire at
# least six more", "demanded at least 12 weeks", "urged the city to add at least 40".
DEMANDING = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"insist(?:s|ed|ing)?\s+on)\b",
    re.IGNORECASE,
)


# Words of a rule that sets a bound ("requires ... at least 1,500 feet", "must stay under",
# "a minimum of", "caps it at"), as word stems.
REQUIRING = frozenset(
    {"requir", "need", "must", "shall", "minimum", "maximum", "mandat", "cap", "limit"}
)


# A figure given as the most there may be: "up to 400 scooters", "at most 12 weeks"
MAXIMUM = re.compile(
    r"^(?:up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|(?:cap|limit|ceiling)\s+of)\b",
    re.I,
)


def came_from(q: Quantity, found: list[Quantity]) -> bool:
    """Whether a level is said with the level it came from, of its noun ("71,400 visits ...,
    down from about 88,000"): it moved, the way its direction says."""
    return bool(q.direction) and any(
        x.start > q.start and x.unit == q.unit and x.kind == q.kind for x in found
    )


def phrase_end(text: str, q: Quantity) -> int:
    """Where a figure's phrase ends in ``text``: "one of the two dogs" ends after "dogs" (its
    ``end`` is its number's; its ``start`` may be the space before it)."""
    at = text.find(q.text, max(0, q.start - 3))
    return at + len(q.text) if at >= 0 else q.end


def _a_maximum(q: Quantity) -> bool:
    """A stated maximum is its value ("up to 400" is no "up to 800"), not a loose estimate;
    so is a figure "at its peak" ("about 450 workers at its peak" is "up to 450")."""
    return _a_cap(q) or _at_peak(q)


def _a_radius(q: Quantity) -> bool:
    """A zone drawn by its edge ("within 1,000 feet of a school", "within 30 days of the
    vote"): the figure is where the edge lies, not a loose estimate below it."""
    return q.text.lower().startswith("within ")


def _a_cap(q: Quantity) -> bool:
    return MAXIMUM.match(q.text) is not None


def _at_peak(q: Quantity) -> bool:
    """A count at its highest ("250 construction jobs at peak"): a count, and a maximum."""
    return "peak" in q.clause


def required(q: Quantity) -> bool:
    """Whether a bounded figure is what a rule requires, not an uncertain count."""
    return bool(q.clause & REQUIRING)


def near_its_bound(claim: Quantity, source: Quantity) -> bool:
    """Whether ``source`` lies within OPEN_SPREAD of the claim's lower bound ("more than",
    "at least"), or the claim has none: "101,602 votes" cast is more than 100, but "the
    recount moved more than 100 votes" says how many it moved; that far off, only a figure
    said of the same thing agrees."""
    if claim.bound not in ("gt", "ge") or source.is_bound:
        return True
    return abs(source.value) <= abs(claim.value) * OPEN_SPREAD


#: How far past its bound an open range ("over 7,000", "under 100") reaches for an exact
#: figure: twice the bound (newsroom usage rounds down to the nearest telling figure).
OPEN_SPREAD = 2.0


def kind_label(q: Quantity) -> str:
    return {
        "amount": "amount",
        "percentage": "percentage",
        "duration": "duration",
        "factor": "change",
    }.get(  # fmt: skip
        q.kind, "number"
    )
