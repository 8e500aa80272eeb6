"""The rule-based stance engine: compare a claim with one passage, find what agrees and what
conflicts, and say why in words an editor can check.

Each rule yields findings; a finding has a direction (supports or conflicts), a weight in
[0, 1] and a reason. The rules, in the order of the issue: quantities, dates, negation,
opposite words, role swaps, hedging, name variants, and swapped names in an otherwise matching
sentence ("English-language" vs "Spanish-language").
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..language import dates as dates_mod
from ..language import frequency, lexicon, motions, series, table
from ..language import quantities as qty
from ..language.counted import (
    MEASURE_NOUNS,
    NEUTRAL_VERBS,
    PERIOD_PARTS,
    PHASE_VERBS,
    THRESHOLD_COMPOUND_WORDS,
    THRESHOLD_WORDS,
    VERBAL,
    counted,
    event_verb,
    measured,
    needed,
    partitive_shares,
    same_thing,
    shares,
)
from ..language.names import initials_in, is_variant
from ..language.office import (
    NOT_TITLE_WORDS,
    named_office,
    office_claim,
    own_title,
    titled_before,
)
from ..language.parse import Parse, Word, parse, sentence_at
from ..language.polarity import (
    ASKING_STEMS,
    CORRECTED,
    NAMED_TURN,
    PLAIN_FUTURE,
    REJECTING,
    REVISED,
    SENTENCE_BREAK,
    TURN_LABEL,
    clauses,
    headline_plan,
    hedges,
    is_attribution,
    negated_keys,
    negation_scopes,
    speech_claim,
)
from ..language.roles import Relation, doers, relations, undergoers
from ..language.synonyms import canon, synonyms
from ..language.tokens import (
    CALENDAR,
    SENTENCE_END,
    STOPWORDS,
    WEEKDAYS,
    Token,
    common_opener,
    is_content,
    is_name,
    is_polity,
    opens_sentence,
    stem,
    tokenize,
    verb_and_noun,
)

# Rule weights: how strongly one finding of each kind speaks against the claim. The order is
# by how rarely the rule fires wrongly on FEVER and the example corpus (docs/accuracy.md).
WEIGHTS = {
    "amount": 0.9, "percentage": 0.9, "number": 0.8, "duration": 0.85, "ordinal": 0.8,
    "factor": 0.85, "date": 0.85, "roles": 0.85, "vote": 0.85, "category": 0.85,
    "negation": 0.8, "direction": 0.75, "name": 0.6, "ranking": 0.8, "tally": 0.85,
    "pending": 0.75, "frequency": 0.85, "title": 0.75,
}  # fmt: skip
SWAP_COVERAGE = 0.8  # a swapped name needs the rest of the claim found in the passage
LOOSE_DATE_COVERAGE = 0.5  # a date matched by position needs half the claim's words around it
SWAP_MIN_MATCHED = 2  # ... and at least this many of its words (one shared verb is not enough)


@dataclass(frozen=True)
class Finding:
    kind: str
    supports: bool
    weight: float
    reason: str
    about: str = ""  # the claim's figure or date this finding settles, as written
    source: str = ""  # what the passage says in its place, as written
    loose: bool = False  # matched by position only (one date each): needs a matching passage
    # An agreeing figure said of what the claim's figure measures (the same clause words, see
    # ``quantities.same_measure``); an unaligned one ("shares rose 3%" for "revenue rose 3%")
    # states the claim's figure only when the learned model reads the passage as support.
    aligned: bool = True
    # the source rejects the claim's figure or date and gives another ("40, not 140"): it
    # continues a statement, so the sentences before it say what it is about
    replaced: bool = False
    # another side's figure for the same measure that the passage sets against the claim's in
    # the same sentence ("the union puts it at 85, while the authority says 30"): a dispute
    disputed: str = ""


@dataclass
class Analysis:
    """What the rules need from one sentence, computed once."""

    text: str
    tokens: list[Token]
    quantities: list[qty.Quantity]
    dates: list[dates_mod.Date]
    negated: set[str]
    cues: list[str]
    hedges: list[str]
    keys: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    content: list[Token] = field(default_factory=list)
    names: list[Token] = field(default_factory=list)

    @cached_property
    def lowers(self) -> frozenset[str]:
        """Its words in lower case."""
        return frozenset(t.lower for t in self.tokens)


@lru_cache(maxsize=50_000)
def analyse(text: str) -> Analysis:
    tokens = tokenize(text)
    quantities = qty.extract(text, tokens)
    dates = dates_mod.extract(text, tokens)
    # (a list of names is a count of them, and its names are still words of the passage)
    spans = [(q.start, _end_of(text, q)) for q in quantities if not q.listed]
    spans += [(d.start, d.end) for d in dates]

    def in_span(t: Token) -> bool:
        return any(s <= t.start < e for s, e in spans)

    negated, cues = negated_keys(text, tokens)
    content = [t for t in tokens if (is_content(t) or is_polity(tokens, t)) and not in_span(t)]
    return Analysis(
        text=text, tokens=tokens, quantities=quantities, dates=dates, negated=negated,
        cues=cues, hedges=hedges(tokens) + headline_plan(text),
        keys={t.key for t in tokens}, stems={t.stem for t in tokens}, content=content,
        names=[t for t in content if is_name(t) and not common_opener(text, t)],
    )  # fmt: skip


def _end_of(text: str, q: qty.Quantity) -> int:
    """Where a figure's words end: an age's "old" is the age's ("44 years old")."""
    if q.unit != qty.AGE or text.find(q.text, q.start) < 0:
        return q.end
    m = qty.YEARS_OLD.match(text, text.find(q.text, q.start) + len(q.text))
    return q.end if m is None else m.end()


@lru_cache(maxsize=10_000)
def analyse_claim(text: str) -> Analysis:
    """A claim's analysis: as ``analyse``, and a first word the parser tags as a plural noun or
    an adjective is no name (``_tagged_common``). Only claims are parsed for it: a passage's
    first word is read by its capital, as every passage is weighed."""
    a = analyse(text)
    names = [t for t in a.names if not _tagged_common(text, a.tokens, t)]
    if any(q.listed for q in a.quantities):
        # ("the Eastgate and Pollard Road sites" names the sites; it states no count of them)
        a = replace(a, quantities=[q for q in a.quantities if not q.listed])
    return a if len(names) == len(a.names) else replace(a, names=names)


# Words the sentence's first word may end with where it is a plural noun or an adjective
# capitalized only because it comes first ("Farmers in the valley ...", "Anonymous sources
# said ..."): only these are parsed to tell.
COMMON_LOOKING = re.compile(r"(?:[^s]s|ous|ive|al|ent|ant|ed|ible|able|ic|ful|ing)$")
# ... and the tags that say so: a common noun ("Restaurant owner Marisa Khoury"), an adjective
COMMON_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBG"})  # (and "Merging the two")


def _tagged_common(text: str, tokens: list[Token], t: Token) -> bool:
    """A capitalized first word the parser tags as a common noun or an adjective ("Farmers",
    "Residents", "Restaurant owner", "Anonymous"), with no capitalized word after it (a name
    goes on: "Regional Airports Board"): capitalized only because it opens the sentence."""
    if t.text.isupper() or not opens_sentence(text, t) or not COMMON_LOOKING.search(t.lower):
        return False
    nxt = tokens[t.index + 1] if t.index + 1 < len(tokens) else None
    if nxt is not None and nxt.is_capitalized:
        return False
    word = next((w for w in parse(text).words if w.start == t.start), None)
    return word is not None and word.tag in COMMON_TAGS


@lru_cache(maxsize=50_000)
def analyse_names(text: str) -> Analysis:
    """Only the words and names of a sentence (for context sentences)."""
    tokens = tokenize(text)
    content = [t for t in tokens if is_content(t)]
    return Analysis(
        text=text, tokens=tokens, quantities=[], dates=[], negated=set(), cues=[], hedges=[],
        keys={t.key for t in tokens}, stems=set(), content=content,
        names=[t for t in content if is_name(t)],
    )  # fmt: skip


@lru_cache(maxsize=1)
def _antonyms_by_stem() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word, opposites in lexicon.antonyms().items():
        table.setdefault(stem(word), set()).update(stem(o) for o in opposites)
    return {k: frozenset(v) for k, v in table.items()}


# Levels of government: which one acts is part of what a claim says ("the state raised its
# minimum wage" is not "the city council voted to raise the city's").
LEVELS = {
    "city": "city", "city's": "city", "municipal": "city", "town": "city", "county": "county",
    "county's": "county", "state": "state", "state's": "state", "federal": "federal",
    "national": "federal", "nation's": "federal",
}  # fmt: skip


# Superlatives, by what they rank: a rank is part of what a claim says, which the passage must
# say in a superlative of the same rank. Those of size are one another's ("the steepest drop"
# is "the biggest drop"); the others only their own word ("the driest May"). The opposites
# are the antonyms' to contradict ("the smallest").
_SIZE = {"largest", "biggest", "greatest", "highest", "steepest", "sharpest", "heaviest",
         "deepest"}  # fmt: skip
_SMALLNESS = {"smallest", "lowest", "fewest", "lightest", "shallowest"}
RANKS = {
    **dict.fromkeys(_SIZE, "most"), **dict.fromkeys(_SMALLNESS, "least"),
    **{w: w for w in ("longest", "shortest", "fastest", "slowest", "oldest", "youngest",
                      "busiest", "cheapest", "costliest", "deadliest", "wettest", "driest",
                      "hottest", "coldest", "warmest", "richest", "poorest", "strongest",
                      "weakest", "worst", "best")},
}  # fmt: skip


def _unsettled(claim: Analysis, settled: set[str]) -> list[str]:
    """The claim's figures and dates no finding settles."""
    return [x.text for x in [*claim.quantities, *claim.dates] if x.text not in settled]


def _kinds_said(passage: Analysis, kinds: dict[str, str]) -> frozenset[str]:
    """The kinds (``LEVELS``, ``RANKS``) the passage's words say."""
    return frozenset(kinds[t.lower] for t in passage.tokens if t.lower in kinds)


@dataclass
class Comparison:
    """Everything the rules found for one claim and one passage."""

    coverage: float  # share of the claim's content words found in the passage
    about: float  # coverage, counting words the passage contradicts as found
    name_coverage: float  # share of the claim's names (not contradicted) found in the passage
    findings: list[Finding]
    hedges: list[str]
    unmatched: list[str]
    variants: list[str]
    missing_specifics: list[str] = field(default_factory=list)  # claim figures/dates not in it
    matched: dict[int, str] = field(default_factory=dict)  # claim token index -> passage word
    in_context: set[int] = field(default_factory=set)  # claim names found only in the context
    contradicted: set[int] = field(default_factory=set)  # claim words an opposite reverses
    opposed: list[str] = field(default_factory=list)  # claim words whose opposite is in it too
    exclusive: bool = False  # the passage says "only", "solely", "exclusively" or "sole"
    degrees: frozenset[int] = frozenset()  # claim words comparing amounts it says ("more")
    levels: frozenset[str] = frozenset()  # the levels of government it names ("city", "state")
    ranks: frozenset[str] = frozenset()  # the ways its superlatives rank ("most", "least")
    lasts: bool = False  # the passage says a state goes on ("still", "remain", "continues")
    nearby: list[str] = field(default_factory=list)  # a neighbour negates or reverses the claim
    preceded: dict[int, bool] = field(default_factory=dict)  # claim name -> passage puts
    # another name right before the word it matched ("Noah Emmerich" for "Roland Emmerich")

    @property
    def conflicts(self) -> list[Finding]:
        return [f for f in self.findings if not f.supports]

    @property
    def agreements(self) -> list[Finding]:
        return [f for f in self.findings if f.supports]


ABBREVIATION_MIN = 3  # a claim word this long may stand for a longer passage word it starts
ABBREVIATION_GAP = 3  # ... that is at least this much longer ("cap" for "capitalization")


def _matches(token: Token, passage: Analysis, named: bool = True) -> str | None:
    """The passage word that matches a claim word: same key, a variant of a name, or a
    longer word the claim's word abbreviates ("market cap" for "market capitalization").
    ``named=False``: a capitalized word the claim's analysis found no name ("Extending the
    network ..."), matched as any word."""
    if token.key in passage.keys:
        return next((p.text for p in passage.tokens if p.key == token.key), token.text)
    if is_name(token) and named:
        for p in passage.names:
            if is_variant(token.key, p.key):
                return p.text
        return None
    same = synonyms().get(token.stem)
    if same and same & passage.stems:
        return next(p.text for p in passage.tokens if p.stem in same)
    noun = next((p.text for p in passage.tokens if verb_and_noun(token.stem, p.stem)), None)
    if noun is not None:
        return noun
    if token.stem in INTO_VERBS:
        # a liquid let go into a place: "leaked ... into the river" is "released ... into
        # the river", "spilled", "discharged", "dumped"
        into = INTO_MOTION.search(passage.text)
        if into is not None:
            return into.group("verb")
    if token.stem in MONEY_WORDS:
        # "the money", "the funds": the sum the passage names ("commit $950,000")
        money = next((q for q in passage.quantities if q.kind == "amount"), None)
        if money is not None:
            return money.text
    low = token.lower
    if len(low) >= ABBREVIATION_MIN:
        for p in passage.tokens:
            if len(p.lower) >= len(low) + ABBREVIATION_GAP and p.lower.startswith(low):
                return p.text
    return None


MONEY_WORDS = frozenset(stem(w) for w in ("money", "funds", "funding", "cash"))
# Verbs that let a liquid go, read as one where the passage says where it went ("into"):
# "leaked 4,000 gallons into the river" and "released 6,500 gallons into the river"
INTO_VERBS = frozenset(
    stem(w) for w in (
        "leak", "leaked", "spill", "spilled", "discharge", "discharged", "release", "released",
        "dump", "dumped", "seep", "seeped",
    )
)  # fmt: skip
INTO_MOTION = re.compile(
    r"\b(?P<verb>(?:leak|spill|discharg|releas|dump|seep)\w*)\b[^.;]{0,80}?\binto\s+the\b",
    re.IGNORECASE,
)
# A claim that itself looks ahead ("expects to open in early 2028", "is scheduled to open")
# is said by a source's plain future ("will now open in early 2028"): both say what is to come.
LOOKING_AHEAD = PLAIN_FUTURE | {
    "expect", "expects", "expected", "expecting", "expected to", "is expected", "are expected",
    "plans to", "plan to", "anticipates", "anticipate",
}  # fmt: skip


def _said_around(
    claim: Analysis, passage: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """The claim's words the passage says another way: a vote's measure in the sentences
    before a bare side, a verb of expectation in the source's future."""
    return {
        **_motion_in_context(claim, passage, matched, context),
        **_expectation_as_future(claim, passage, matched),
    }


EXPECTING = frozenset({"expect", "expects", "expected", "expecting", "anticipates", "anticipated"})


def _expectation_as_future(
    claim: Analysis, passage: Analysis, matched: dict[int, str]
) -> dict[int, str]:
    """A claim's verb of expectation ("now expects to open its first building in early 2028")
    is said by a source's own future ("said its first building will now open in early 2028",
    "now due in 2028"): what is expected is what the source says is to come."""
    expecting = [t for t in claim.content if t.lower in EXPECTING and t.index not in matched]
    if not expecting:
        return {}
    ahead = (
        [h for h in passage.hedges if h in LOOKING_AHEAD]
        or [m.group(0) for m in DUE.finditer(passage.text)]
        or [m.group("would") for m in REPORTED_FUTURE.finditer(passage.text)]
    )
    return {t.index: ahead[0] for t in expecting} if ahead else {}


DUE = re.compile(r"\b(?:now\s+)?due\b", re.IGNORECASE)
# "will" as reported speech gives it: "Okafor said the exhibit would open in the fall"
REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|told|announced|added|confirmed)\b[^.;]{0,60}?\b(?P<would>would)\b", re.I
)


def _both_ahead(claim: Analysis, hedge: str) -> bool:
    """Whether a source's hedge is the plain future of a claim that looks ahead itself."""
    return hedge in PLAIN_FUTURE and any(h in LOOKING_AHEAD for h in claim.hedges)


def compare(claim: Analysis, passage: Analysis, context: str = "") -> Comparison:
    """Compare a claim with a passage; ``context`` (the sentences before it) may name who
    "he" or "the company" is: a claim's name found there counts as found for the topic check.
    It is read only when a name of the claim is missing from the passage."""
    matched, variants = _match_words(claim, passage)
    matched.update(same_quarter(claim, passage, matched))
    _in_context(claim, passage, matched, context)
    # (the words a definite description finds in the document make no name a swap: they
    # are not the passage's own)
    own = len(matched)
    matched.update(_definite_in_context(claim, passage, matched, context))
    matched.update(_said_around(claim, passage, matched, context))
    # the kind of thing a figure counts ("measles" of "17 measles cases") may be named only
    # in the document's title or the sentences before the passage
    around = frozenset(canon(t.key) for t in tokenize(context)) if context else frozenset()
    findings, contradicted, opposite_ok = _findings(claim, passage, matched, around, context)
    n = len(claim.content)
    names = claim.names
    in_context = _names_in_context(claim, matched, context, passage) - contradicted
    specifics_agree = all(
        any(f.supports and f.about == x.text for f in findings)
        for x in [*claim.quantities, *claim.dates]
    )
    swapped = _swaps(claim, passage, matched, own, findings, in_context, specifics_agree)
    findings += [f for f, _ in swapped]
    contradicted |= {idx for _, idx in swapped}
    in_context -= {idx for _, idx in swapped}
    findings = _of_the_named(
        claim, findings, matched, set() if FIRST_PERSON.search(passage.text) else in_context
    )
    _add_speaker(claim, passage, findings, contradicted, context)
    name_coverage = (
        sum(t.index in matched or t.index in in_context for t in names) / len(names)
        if names
        else 1.0
    )
    coverage = len(matched) / n if n else 0.0
    findings = _same_event(_of_this_time_and_part(claim, passage, findings), coverage)
    settled = {f.about for f in findings}
    return Comparison(
        coverage=coverage,
        # (a name the sentences before the passage give is what it is about, too)
        about=(len(matched) + len(contradicted | in_context)) / n if n else 0.0,
        name_coverage=name_coverage,
        findings=findings,
        hedges=_hedges_of_the_act(claim, passage, matched),
        unmatched=[t.text for t in claim.content if t.index not in matched],
        variants=variants,
        missing_specifics=_unsettled(claim, settled),
        matched=matched,
        in_context=in_context,
        contradicted=contradicted,
        degrees=_degree_said(claim, passage),
        opposed=_opposed_words(claim, passage, matched, opposite_ok),
        exclusive=bool(EXCLUSIVE & passage.lowers),
        lasts=bool(LASTING & passage.lowers),
        levels=_kinds_said(passage, LEVELS),
        ranks=_kinds_said(passage, RANKS),
        preceded=_preceded(claim, passage, matched),
    )


LASTING = frozenset({"still", "remain", "remains", "remained", "continue", "continues", "yet"})


def _ranked_first(claim: Analysis, passage: Analysis) -> dict[int, str]:
    """A comparison with all the others ("had more registrations than any other
    neighborhood") is a rank: found in a table row's rank in the column of what it counts
    ("Harbor District Total: the largest, the highest"), a column named by a word of the
    claim's comparison or the table's total where the claim names no column."""
    out: dict[int, str] = {}
    for t in claim.tokens:
        m = THAN_ANY.match(claim.text, t.end)
        if t.lower not in COMPARED_RANKS or m is None:
            continue
        said = table.RANK_SAID[COMPARED_RANKS[t.lower]]
        counted = {canon(w.key) for w in tokenize(m.group("what")) if is_content(w)}
        for part in passage.text.split(";"):
            keys = {canon(w.key) for w in tokenize(part)}
            if said in part and (counted & keys or TOTAL_PART.search(part)):
                out[t.index] = said
    return out


# "more ... than any other", "fewer ... than any"
COMPARED_RANKS = {"more": "most", "fewer": "least", "less": "least"}
THAN_ANY = re.compile(r"(?P<what>(?:\s+[\w'-]+){0,6}?)\s+than\s+any(?:\s+other)?\b", re.I)
TOTAL_PART = re.compile(r"\bTotal:\s")


def _vote_of_the_tally(
    claim: Analysis, passage: Analysis, matched: dict[int, str]
) -> dict[int, str]:
    """The claim's "vote" that its tally names ("by a 7-2 vote"), stated by the passage's
    tally ("approved the amendment, 7-2"): a tally is a vote's count."""
    tally = next((x for x in passage.quantities if x.kind == "tally" and x.against), None)
    if tally is None:
        return {}
    ends = [q.end for q in claim.quantities if q.kind == "tally"]
    return {
        t.index: tally.text for t in claim.content
        if t.index not in matched and t.stem == "vote" and any(
            claim.text[e : t.start].strip() == "" for e in ends)
    }  # fmt: skip


# A ballot's count of both sides: "14,390 yes to 13,802 no", "yes 5,210, no 4,980"
YES_NO = re.compile(
    r"\b(?P<yes>\d[\d,]*)\s+(?:yes|for)\s*(?:to|,|and|-|\u2013|against)\s*(?P<no>\d[\d,]*)\s+"
    r"(?:no|against)\b|\byes\s+(?P<yes2>\d[\d,]*)\s*(?:,|;|and|to)\s*no\s+(?P<no2>\d[\d,]*)",
    re.IGNORECASE,
)
# The verbs of a ballot's outcome: the yes side won, or the no side
PASSED = frozenset(stem(w) for w in ("approved", "passed", "carried", "adopted", "backed"))
FAILED = frozenset(stem(w) for w in ("rejected", "failed", "defeated"))


def _decided_by_the_count(
    claim: Analysis, passage: Analysis, matched: dict[int, str]
) -> dict[int, str]:
    """The claim's verb of a ballot's outcome ("voters approved the bond") that the passage's
    count of both sides states ("14,390 yes to 13,802 no"): more yes than no is passed."""
    m = YES_NO.search(passage.text)
    if m is None:
        return {}
    yes = qty.count_of(m.group("yes") or m.group("yes2"))
    no = qty.count_of(m.group("no") or m.group("no2"))
    if yes is None or no is None or yes == no:
        return {}
    won = PASSED if yes > no else FAILED
    return {t.index: m.group() for t in claim.content if t.index not in matched and t.stem in won}


def _hedges_of_the_act(claim: Analysis, passage: Analysis, matched: dict[int, str]) -> list[str]:
    """The passage's hedges the claim lacks, said of the claim's act (``hedge_governs``)."""
    return [
        h for h in passage.hedges
        if h not in claim.hedges and not _both_ahead(claim, h)
        and hedge_governs(claim, passage.text, h, matched)
    ]  # fmt: skip


def hedge_governs(claim: Analysis, text: str, hedge: str, matched: dict[int, str]) -> bool:
    """Whether a passage's hedge is said of the claim's act: the hedge's words are over the
    passage's word for the claim's main verb, or beside it ("will replace"), not in a clause
    of their own ("has replaced 1,150 lead lines so far this year and now expects to finish
    1,800 by December" hedges the 1,800, not the 1,150). Read for one sentence; a passage of
    several keeps its hedges (``engine._naming_only`` sets aside a hedge of a sentence that
    gives the claim only a name)."""
    if len(SENTENCE_BREAK.split(text)) > 1 or hedge.lower() not in text.lower():
        return True
    if claim.quantities and _of_a_described_noun(parse(text), hedge, claim):
        return False
    act = _act_word(claim, parse(text), matched)
    if act is None:
        return True
    tree = parse(text)
    words = hedge.lower().split()
    for w in tree.words:
        said = tree.words[w.index : w.index + len(words)]
        if [x.text.lower() for x in said] == words and any(
            _under(tree, act, x)
            or x.dep != "conj" and not _own_clause(tree, x) and _under(tree, act, tree.head(x))
            for x in said
        ) and not _described(tree, act, said[0]):  # fmt: skip
            # (a hedge word over the act, or beside a word over it: "will replace"; not a verb
            # with a subject of its own: "on any day the weather service forecasts a high")
            return True
    return False


def _act_word(claim: Analysis, tree: Parse, matched: dict[int, str]) -> Word | None:
    """The passage's word for the claim's act: its main verb's, or, for a claim with no verb
    of an event ("The Alder Mill Dam is 24 feet tall"), its figure's ("a 24-foot concrete
    dam"); None where the passage has neither."""
    verbs = [w for w in parse(claim.text).main_verbs() if w.text.lower() not in EVENTLESS_VERBS]
    token = next((t for t in claim.tokens if verbs and t.start == verbs[0].start), None)
    if token is not None and token.index in matched:
        return next((w for w in tree.words if w.text == matched[token.index]), None)
    # (a figure with what it measures: "24 feet", "$4.2 million"; not a name's number,
    # "Cars 3", which pins nothing)
    measured = [q for q in claim.quantities if q.unit and q.unit[0] not in "#@"]
    if verbs or not measured:
        return None
    digits = {m.group() for q in measured for m in re.finditer(r"\d[\d,.]*", q.text)}
    return next((w for w in tree.words if re.match(r"\d[\d,.]*", w.text) and any(
        w.text.startswith(d) for d in digits)), None)  # fmt: skip


def _of_a_described_noun(tree: Parse, hedge: str, claim: Analysis) -> bool:
    """Whether a hedge stands only in relative clauses that describe a noun, away from the
    passage's words for the claim's figures ("has received $2.9 million, the first installment
    of the money it will get from the settlements": "will" says what the money is, not that
    the $2.9 million is still to come)."""
    figures = {
        m.group() for q in claim.quantities for m in re.finditer(r"\d[\d,.]*\d|\d", q.text)
    }  # fmt: skip
    first = hedge.lower().split()[0]
    said = [w for w in tree.words if w.text.lower() == first]
    stated = [w for w in tree.words if w.text in figures]
    if not said or not stated:
        return False
    for w in said:
        clause = w if w.pos in VERBAL or w.dep == "relcl" else tree.head(w)
        while clause.dep not in ("relcl", "ROOT"):
            clause = tree.head(clause)
        if clause.dep != "relcl" or any(_under(tree, x, clause) for x in stated):
            return False
    return True


def in_a_clause_of_its_own(
    text: str, hedge: str, matched: dict[int, str], outside: bool = False
) -> bool:
    """Whether a hedge is the verb of a subordinate clause with a subject of its own that
    holds none of the claim's words ("to bar shutoffs on any day the weather service
    forecasts a high of 95"), not of the sentence's main clause ("A majority is prepared to
    reject the deal") nor of the clause of the claim's act ("and it plans to replace
    2,000"). ``outside``: a name, or a claim word the clause repeats from the main clause, is
    not the clause's ("Dredging of the Greyhaven channel began ..., after a judge denied
    Greyhaven Bay Keepers' request")."""
    if hedge.lower() not in text.lower():
        return False
    tree = parse(text)
    first = hedge.lower().split()[0]
    words = [w for w in tree.words if w.text.lower() == first]
    said = {m.lower() for m in matched.values()}

    def its_own(x: Word, w: Word) -> bool:
        key = x.text.lower()
        if key not in said or not _under(tree, x, w):
            return False
        return not outside or x.pos != "PROPN" and not any(
            y.text.lower() == key and not _under(tree, y, w) for y in tree.words
        )  # fmt: skip

    return bool(words) and all(
        w.dep != "ROOT" and _own_clause(tree, w) and not any(its_own(x, w) for x in tree.words)
        for w in words
    )  # fmt: skip


def _own_clause(tree: Parse, w: Word) -> bool:
    """Whether ``w`` is a verb with a subject of its own: a clause, not a word of another's."""
    return w.pos == "VERB" and bool(tree.children(w, "nsubj", "nsubjpass"))


def _described(tree: Parse, act: Word, hedge: Word) -> bool:
    """Whether the act is in a description of a noun below the hedge ("will ask the county to
    approve the removal of the Alder Mill Dam, a 24-foot concrete dam built in 1912"): an
    appositive, a past participle that describes its noun or a relative clause in the past
    ("rather ... than pay for $4 million in repairs the state ordered in 2024") says what the
    noun is, which the hedge of the clause it stands in does not make a plan."""
    w = act
    figure = re.match(r"\d", act.text) is not None
    while w.dep != "ROOT" and w.index != hedge.head:
        if w.dep == "appos" or w.dep == "acl" and w.tag == "VBN" or w.dep == "relcl" and (
            w.tag in ("VBD", "VBN")
        ):  # fmt: skip
            return True
        if figure and w is not act and w.dep in ("nsubj", "nsubjpass"):
            # (a figure in the subject the hedged verb is said of describes it: "the toll for
            # a car traveling the full 64-mile length of the turnpike would rise" plans a
            # rise, not the turnpike's length)
            return True
        w = tree.head(w)
    return False


def _add_speaker(
    claim: Analysis, passage: Analysis, findings: list[Finding], contradicted: set[int],
    context: str = "",
) -> None:  # fmt: skip
    """Another speaker, title or office-holder than the claim gives, added to the findings."""
    spoke = (
        _other_speaker(claim, passage) or _other_sayer(claim, passage)
        or _other_title(claim, passage) or _office_of_another(claim, passage, context)
        or _titled_otherwise(claim, passage, context) or _declined(claim, passage)
    )  # fmt: skip
    if spoke is not None:
        if spoke[0].kind == "title" and spoke[0].replaced:
            # ("..., not its chief operating officer": the "not" is the title's, no negation
            # of what the claim says happened)
            findings[:] = [f for f in findings if f.kind != "negation"]
        findings.append(spoke[0])
        contradicted.add(spoke[1])


FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")  # not "US", the country
FIGURE_LABELS = frozenset({"amount", "percentage", "number", "duration", "change"})


# A comparison of amounts said in other words: "more hours than the state minimum" / "1,098
# hours of instruction, above the state minimum"
ABOVE = frozenset({"above", "exceed", "exceeds", "exceeded", "exceeding"})
BELOW = frozenset({"below", "under"})
DEGREE_SAID = {
    "more": ABOVE, "higher": ABOVE, "larger": ABOVE, "bigger": ABOVE, "longer": ABOVE,
    "fewer": BELOW, "less": BELOW, "lower": BELOW, "smaller": BELOW, "shorter": BELOW,
}  # fmt: skip


def _degree_said(claim: Analysis, passage: Analysis) -> frozenset[int]:
    """The claim's words that compare an amount ("more", "fewer") the passage says, in those
    words, as "above" and "below", or as the change that makes it so ("waiting longer" /
    "waits rose by 14 minutes")."""
    out: set[int] = set()
    for t in claim.tokens:
        if t.lower not in DEGREE_SAID:
            continue
        said = {t.lower} | DEGREE_SAID[t.lower]
        moved = qty.RISING if DEGREE_SAID[t.lower] is ABOVE else qty.FALLING
        word = next(
            (p.text for p in passage.tokens if p.lower in said or p.stem in moved), None
        )  # fmt: skip
        if word is not None:
            out.add(t.index)
    return frozenset(out)


def _of_the_named(
    claim: Analysis, findings: list[Finding], matched: dict[int, str], in_context: set[int]
) -> list[Finding]:
    """A claim figure said of a named thing ("the Tern can carry 250 passengers") conflicts
    only with a passage that names it, or whose sentences before do (``in_context``: "The
    replacement engine will cost $1.8 million" after a sentence about the Tern). A speaker's
    "we" is the speaker's, not the thing the sentence before names: "we carried 4.1 million
    passengers" is a figure of something else. A passage that rejects the claim's very
    figure and gives another ("on 13 of the 71 routes, not 31") is about it, named or not."""
    found = {t.key for t in claim.names if t.index in matched or t.index in in_context}
    named = {q.text: q.names for q in claim.quantities if q.names}
    return [
        f for f in findings
        if f.supports or f.kind not in FIGURE_LABELS or f.about not in named
        or named[f.about] & found or f.replaced
    ]  # fmt: skip


def same_quarter(claim: Analysis, passage: Analysis, matched: dict[int, str]) -> dict[int, str]:
    """The words of a quarter the claim names ("second-quarter revenue") found where the
    passage names the same quarter another way ("in the three months to June 30")."""
    wanted = dates_mod.quarters(claim.text)
    if not wanted:
        return {}
    said = {n: passage.text[a:b] for n, a, b in dates_mod.quarters(passage.text)}
    return {
        t.index: said[n] for n, a, b in wanted if n in said
        for t in claim.content if a <= t.start < b and t.index not in matched
    }  # fmt: skip


def _match_words(claim: Analysis, passage: Analysis) -> tuple[dict[int, str], list[str]]:
    """The claim's content words found in the passage (index -> the passage's word), and the
    names read under another spelling ("name: 'Xiaopeng' read as 'XPeng'")."""
    matched: dict[int, str] = {}
    variants = []
    names = set(claim.names)
    for t in claim.content:
        hit = _matches(t, passage, t in names)
        if hit is not None and _other_than_the_named(claim, t, passage):
            continue
        if hit is not None:
            matched[t.index] = hit
            renamed = hit.lower() != t.lower and t.key != stem(hit.lower()) and is_name(t)
            if renamed and not any(p.key == t.key for p in passage.names):
                variants.append(f"name: '{t.text}' read as '{hit}'")
    matched.update(_vote_of_the_tally(claim, passage, matched))
    matched.update(_decided_by_the_count(claim, passage, matched))
    matched.update(_ranked_first(claim, passage))
    return matched, variants


OTHER = frozenset({"other", "another"})


def _other_than_the_named(claim: Analysis, t: Token, passage: Analysis) -> bool:
    """A noun the claim says is another's ("lost 41 teachers to other districts") is not
    the one the passage names with it ("Ridgeway School District"): where the passage has
    the word only inside a name, it does not state it."""
    if t.index == 0 or claim.tokens[t.index - 1].lower not in OTHER:
        return False
    named = {p.index for p in passage.names}
    same = [p for p in passage.tokens if p.key == t.key or p.stem == t.stem]
    return bool(same) and all(p.index in named for p in same)


def _findings(
    claim: Analysis, passage: Analysis, matched: dict[int, str],
    around: frozenset[str] = frozenset(), context: str = "",
) -> tuple[list[Finding], set[int], set[str]]:  # fmt: skip
    """What the rules find on figures, dates, negation, roles and opposite words; the claim
    words an opposite contradicts; the opposites the roles explain ("sold" / "bought")."""
    figures = _compare_quantities(claim, passage, around)
    findings = _another_occasion(claim, passage, figures, _compare_dates(claim, passage))
    if not all(any(f.supports and f.about == x.text for f in figures) for x in claim.quantities):
        findings = _dates_of_stated_events(claim, findings, matched)
    neg = _negation(claim, passage)
    if neg:
        findings.append(neg)
    if vote := _unanimity(claim, passage):
        findings.append(vote)
        matched.update(_unanimity_said(claim, vote, matched))
    side = _vote_side(claim, passage, context) or _mover(claim, passage)
    if side:
        findings.append(side)
    matched.update(_voted_said(claim, side, matched))
    # (a side of a vote, or a role, the passage gives another: its words are not stated)
    unsaid = [] if side else _side_unsaid(claim, passage)
    for index in [*unsaid, *_role_of_another(claim, passage)]:
        matched.pop(index, None)
    role_findings, opposite_ok = _roles(claim, passage)
    findings += role_findings
    for t in claim.content:
        if t.stem in opposite_ok:
            matched.setdefault(t.index, t.text)
    contradicted: set[int] = set()
    lone = _lone_dissent(claim, passage)
    if lone is not None:
        findings.append(lone[0])
        if not lone[0].supports:
            contradicted.add(lone[1])
    periods = (
        _two_periods(claim, passage, around) or _two_dated_figures(claim, passage)
        or _changed_between(claim, passage) or _two_parties(claim, passage)
        or _order_of_events(claim, passage)
    )  # fmt: skip
    if periods is not None:
        findings.append(periods[0])
        if periods[0].supports:
            matched.setdefault(periods[1], periods[0].source)
        if periods[0].supports and periods[0].reason.startswith("order:"):
            # ("after Tidewater" said as "Tidewater opened before Saltmarsh": no opposite)
            opposite_ok |= ORDER_STEMS
        findings.extend(_periods_stated(claim, passage, findings))
    # the claim's word a vote's count turns round ("unanimously" of "four to one")
    contradicted |= {
        t.index for f in (vote, side, periods and periods[0]) if f and not f.supports
        for t in claim.content if t.text == f.about
    }  # fmt: skip
    for f, idx in _turned_round(claim, passage, opposite_ok, matched, around):
        findings.append(f)
        contradicted.add(idx)
    for f, idx in _motion_rejected(claim, passage):
        findings.append(f)
        if f.supports:
            matched.setdefault(idx, f.source)
        else:
            contradicted.add(idx)
    findings += [
        f for f in (_every_of_some(claim, passage), _placed_elsewhere(claim, passage)) if f
    ]
    scope, scoped = _scope_said(claim, passage)
    return findings + scope, contradicted | scoped, opposite_ok


def _scope_said(claim: Analysis, passage: Analysis) -> tuple[list[Finding], set[int]]:
    """A narrower scope than the claim's (``_narrower_scope``), and the claim's scope words
    ("on record") it turns round."""
    scope = _narrower_scope(claim, passage)
    if scope is None:
        return [], set()
    said = UNLIMITED.search(claim.text)
    if said is None:
        return [scope], set()
    return [scope], {
        t.index for t in claim.content if said.start("scope") <= t.start < said.end("scope")
    }  # fmt: skip


def _turned_round(
    claim: Analysis, passage: Analysis, opposite_ok: set[str], matched: dict[int, str],
    around: frozenset[str],
) -> list[tuple[Finding, int]]:  # fmt: skip
    """Each conflict the passage turns a word of the claim round with, and that word's index:
    an opposite, a change's sign, "not yet", another frequency or agent, the same amount, a
    part for the full, whose records, a motion that failed."""
    return [
        *_opposites(claim, passage, opposite_ok), *_signed_change(claim, passage),
        *_not_yet(claim, passage, around), *_another_frequency(claim, passage, matched),
        *_another_agent(claim, passage), *_the_same_amount(claim, passage),
        *_short_of_the_full(claim, passage), *_of_records(claim, passage),
        *_motion_failed(claim, passage), *_rather_than(claim, passage),
        *_some_not_all(claim, passage), *_some_do_not(claim, passage),
        *_ranked_otherwise(claim, passage),
        *_awarded_to_another(claim, passage), *_said_of_the_other(claim, passage),
    ]  # fmt: skip


def _rather_than(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A name the claim gives its act ("will be dumped at Marsh Point") that the passage
    gives as the one its act is not ("will be placed in a lined upland facility rather than at
    Marsh Point", "instead of Marsh Point"): the passage turns it round. Not where the claim
    rejects it too ("..., not to Marsh Point"). A one-word name is turned round only where
    another name stands in its place right before ("is based in Danford, not Oakhurst")."""
    singles = [[t] for t in claim.names if not any(t in g for g in _name_groups(claim))]
    for group in _name_groups(claim) + singles:
        name = claim.text[group[0].start : group[-1].end]
        if NOT_THE_NAME.search(claim.text, 0, group[0].start):
            continue
        for m in re.finditer(rf"\b{re.escape(name)}\b", passage.text):
            rejected = NOT_THE_NAME.search(passage.text, 0, m.start())
            if rejected is not None and len(group) == 1:
                rejected = NAMED_IN_PLACE.search(passage.text, 0, m.start())
            if rejected is not None:
                # (said of the name's first word, as a swapped name is: the actor's atom)
                said = f"{rejected.group(0).strip()} {name}"
                # (the source rejects the claim's very name: it speaks of the claim's event)
                return [(Finding("name", False, WEIGHTS["name"], f"name: the source says {said}",
                                 group[0].text, said, replaced=True), group[0].index)]  # fmt: skip
    return []


# Words that reject the name after them: "rather than at", "instead of", "not to"
NOT_THE_NAME = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not)\s+(?:(?:at|in|to|on|from|into|onto|by)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# ... and another name right before that rejection: "in Danford, not Oakhurst"
NAMED_IN_PLACE = re.compile(r"\b[A-Z][\w'-]+,\s+not\s+(?:(?:at|in|to|on|from|by)\s+)?(?:the\s+)?$")


def _name_groups(a: Analysis) -> list[list[Token]]:
    """The claim's names of two words or more, each a run of name tokens ("Marsh Point")."""
    groups: list[list[Token]] = []
    for t in a.names:
        if groups and groups[-1][-1].index == t.index - 1:
            groups[-1].append(t)
        else:
            groups.append([t])
    return [g for g in groups if len(g) > 1]


def _motion_failed(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that a body voted to do something ("The port commission voted to postpone the
    channel deepening"), against a record of the motion to do it and the decision that it
    failed ("Commissioner Haddad moved to postpone action on the channel deepening ... The
    motion failed 2-3"): the body did not. Not a member's vote ("Haddad voted to postpone":
    she did, on a motion that failed)."""
    said = motions.VOTED_TO.search(claim.text)
    # ("Tarrow County supervisors approved a study of a county-run ambulance service": what
    # a body approved was a motion to do it; its verb is the body's, not the motion's)
    approved = motions.APPROVED.search(claim.text) if said is None else None
    said = said or approved
    if said is None or _voter_named(claim, said.start()):
        return []
    act = None if approved else _first_verb(f"to {said.group('what')}")
    if _decided_motion(said.group("what"), passage, act, approved is not None) is False:
        word = next(t for t in claim.tokens if t.start >= said.start())
        return [(Finding("vote", False, WEIGHTS["vote"],
                         f"vote: claim says {said.group(0)[:60]}, source says the motion "
                         "to do it failed", word.text, "failed"), word.index)]  # fmt: skip
    return []


def _motion_rejected(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that a body rejected a thing ("Tarrow County supervisors rejected a study of a
    county-run ambulance service"), against a record of the motion to do it: its failure
    says the claim ("MOTION FAILED, 2-3."), its passing turns it round."""
    said = motions.REJECTED_IT.search(claim.text)
    if said is None or _voter_named(claim, said.start()):
        return []
    carried = _decided_motion(said.group("what"), passage, None, True)
    if carried is None:
        return []
    word = next(t for t in claim.tokens if t.start >= said.start())
    how = "passed" if carried else "failed"
    return [(Finding("vote", not carried, WEIGHTS["vote"],
                     f"vote: claim says {said.group(0)[:60]}, source says the motion to do it "
                     f"{how}", word.text, how), word.index)]  # fmt: skip


def _decided_motion(what: str, passage: Analysis, act: str | None, enact: bool) -> bool | None:
    """Whether the passage's motion to do ``what`` carried (True) or failed (False): a motion
    that moves half the words of it, or more; None where none is decided. ``act``: the
    claim's verb, which the motion must move first ("moved to require payment plans before
    any charges are written off" is no motion "to write off" the charges); ``enact``: a
    claim of enacting a thing, which no motion to amend or postpone it decides."""
    mine = {canon(t.key) for t in tokenize(what) if is_content(t)}
    sentences = SENTENCE_END.split(passage.text)
    for i, sentence in enumerate(sentences):
        moved = motions.moved(sentence)
        theirs = {canon(t.key) for w in moved for t in tokenize(w) if is_content(t)}
        if len(mine) < 2 or len(mine & theirs) < len(mine) / 2:
            continue
        if act and all(_act_said_aside(act, w) for w in moved):
            continue
        if enact and all(_first_verb(w) in PROCEDURAL_KEYS for w in moved):
            continue  # ("moved to amend the home setback" is no motion to adopt the ordinance)
        carried = motions.carried(sentences, i)
        if carried is not None:
            return carried
    return None


#: Verbs of a motion on how a measure is handled, not to enact it: a failed motion "to amend
#: the home setback" leaves "adopted the setback ordinance" open.
PROCEDURAL_KEYS = frozenset(
    canon(stem(w)) for w in (
        "amend", "table", "postpone", "delay", "refer", "reconsider", "continue", "defer",
        "suspend", "rescind", "substitute", "return",
    )
)  # fmt: skip
#: Verbs of one decision on a measure, whichever a record or a story uses.
DECIDING_KEYS = frozenset(canon(stem(w)) for w in ("approve", "adopt", "pass", "accept", "ratify"))


def _same_act(a: str, b: str | None) -> bool:
    return b is None or a == b or a in DECIDING_KEYS and b in DECIDING_KEYS


def _act_said_aside(act: str, moved: str) -> bool:
    """Whether a motion says the claim's act (``act``, a verb's key) only after another verb
    of its own: "to require payment plans before any charges are written off" moves to
    require, not to write off. A motion whose verb is another word for the act ("to place
    the bond on the ballot" of "voted to put it") is no other motion by its verb."""
    first = _first_verb(moved)
    if first is None or _same_act(act, first):
        return False
    # (in a clause of its own after the motion's verb: "before any charges are written off";
    # not a second act of the motion, "to reject both proposals and rebid the contract")
    aside = SUBORDINATE.search(moved)
    return aside is not None and act in {canon(t.key) for t in tokenize(moved[aside.end() :])}


SUBORDINATE = re.compile(r"\b(?:before|after|until|unless|once|when|if|so\s+that)\b", re.I)


def _voter_named(claim: Analysis, at: int) -> bool:
    """Whether the vote at ``claim.text[at]`` is a named member's ("Vice President Ruth
    Sandoval voted"), not a body's ("The port commission voted")."""
    before = [t for t in claim.tokens if t.end <= at][-1:]
    return (
        bool(before) and before[0] in claim.names and before[0].key not in _title_keys()
        and before[0].lower not in BODY_NOUNS  # ("The Corliss County Council voted": a body)
    )  # fmt: skip


#: The last words of a body's name: "The Corliss County Council voted" is no member's vote.
BODY_NOUNS = frozenset({
    "council", "commission", "board", "committee", "legislature", "assembly", "senate",
    "house", "parliament", "authority", "district", "city", "county", "town", "village",
    "township", "court", "jury", "panel", "trustees", "commissioners", "supervisors",
})  # fmt: skip


def _another_occasion(
    claim: Analysis, passage: Analysis, figures: list[Finding], dates: list[Finding]
) -> list[Finding]:
    """A passage whose figure and date both differ from the claim's speaks of another
    occasion: a later count ("17 confirmed cases, the department said on Tuesday" against "four
    cases on Jan. 7"), another year's total. A report rarely gets both wrong; an update or
    another event has both its own. Neither then conflicts with the claim; a correction that
    rejects the claim's figure or date by name still does. A date the parse hangs on another
    verb is another act's date and does not conflict either."""
    if not any(not f.supports and not f.replaced for f in dates) and not _another_span(
        claim, passage, dates
    ):
        return figures + dates

    def one_count(c: qty.Quantity, x: qty.Quantity, parsed: bool) -> bool:
        """The same unit, or (``parsed``) counts the parse says are of one noun ("four
        measles cases" and "17 confirmed cases" both count cases)."""
        if qty.same_unit(c, x):
            return True
        if not parsed or c.kind != "number" or x.kind != "number":
            return False
        if x.unit not in c.clause | c.compound:
            return False  # (the parse is asked only when the source's noun is in the claim)
        mine = counted(claim.text, c.start, c.end).noun
        return bool(mine) and mine == counted(passage.text, x.start, x.end).noun

    def differs(c: qty.Quantity, parsed: bool) -> bool:
        same = [x for x in passage.quantities if one_count(c, x, parsed)]
        return bool(same) and not any(qty.agrees(c, x) for x in same)

    # the cheap reading first: units as written, then the parse
    for parsed in (False, True):
        if any(differs(c, parsed) for c in claim.quantities):
            return [f for f in figures + dates if f.supports or f.replaced]
    return figures + [
        f for f in dates if f.supports or f.replaced or not _of_another_act(claim, passage, f)
    ]


def _another_span(claim: Analysis, passage: Analysis, dates: list[Finding]) -> bool:
    """Whether the claim's figure is of a span of time ("replaced 640 lines between 2021 and
    January 2026") and the passage's of a single time it does not agree with ("has replaced
    1,150 so far this year"): another period's count, as another date is."""
    return (
        bool(passage.dates) and not any(f.supports for f in dates)
        and any(_an_end_of_a_span(claim, d) for d in claim.dates)
        and not SPAN_OF_TIME.search(passage.text)
    )  # fmt: skip


def _of_another_act(claim: Analysis, passage: Analysis, f: Finding) -> bool:
    """Whether a date conflict sets the claim's date against the date of another act: the
    parse hangs them on different verbs ("confirmed four cases on Jan. 7" / "declared the
    outbreak over on Tuesday")."""
    mine = next((d for d in claim.dates if d.text == f.about), None)
    # the source's date as written: "Tuesday" of "Tuesday (Mar 16)", a weekday the dateline
    # dates
    written = re.search(rf"\b{re.escape(f.source.split(' (')[0])}\b", passage.text)
    if mine is None or written is None:
        return False
    a = event_verb(claim.text, mine.start, mine.end)
    near = next((d.context for d in passage.dates if d.start == written.start()), frozenset())
    if not a or a in {canon(k) for k in near}:
        return False  # the claim's verb is said around the source's date: the same act
    b = event_verb(passage.text, written.start(), written.end())
    return bool(b) and a != b


# A superlative's reach: unlimited ("the wettest May on record", "the largest ever") or
# limited ("the wettest May in over a decade", "the largest since 2009"). A source that limits
# what the claim says is unlimited contradicts it.
SUPERLATIVE = r"\b(?P<sup>\w{3,}est|most \w+|least \w+)\b(?P<gap>(?:\s+\S+){0,4}?)\s+"
UNLIMITED = re.compile(SUPERLATIVE + r"(?P<scope>on record|ever|in history|of all time)\b", re.I)
LIMITED = re.compile(
    SUPERLATIVE + r"(?P<scope>(?:in|for) (?:over |more than |nearly |almost |at least )?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:decades?|years?|months?)|"
    r"since (?:\d{4}|records began)|in \d+ years)\b",
    re.IGNORECASE,
)


FUNCTION_WORDS = frozenset(
    {"at", "in", "on", "of", "for", "to", "from", "with", "by", "and", "or", "but", "that",
     "which", "who", "was", "were", "is", "are", "has", "have", "had", "the", "a", "an"}
)  # fmt: skip
_NOT_FUNCTION = rf"(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)"
# "at every monitoring well", "all the county's schools", "each of the plants": the things a
# claim says all of, by their head noun (the last of up to three words)
EVERY = re.compile(
    r"\b(?:every|each|all)\s+(?:of\s+)?(?:(?:the|its|their|[A-Z][\w.-]*'s)\s+)?"
    rf"(?P<words>(?:{_NOT_FUNCTION}[a-z][\w-]*\s+){{0,2}}(?P<head>{_NOT_FUNCTION}[a-z][\w-]*))\b"
)
# "6 of the facility's 22 perimeter monitoring wells": a part of a counted whole
SOME_OF_ALL = re.compile(
    r"\b(?P<part>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
    r"(?:(?:the|its|their)\s+)?(?:[\w.-]+['\u2019]s\s+)?(?P<whole>\d[\d,]*)\s+"
    r"(?P<nouns>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
    re.IGNORECASE,
)


def _every_of_some(claim: Analysis, passage: Analysis) -> Finding | None:
    """A claim that something held of every one of some things ("exceeded the limit at every
    monitoring well"), against a source that counts only some of them ("at 6 of the
    facility's 22 perimeter monitoring wells"): "every" admits no exception."""
    said = EVERY.search(claim.text)
    if said is None or claim.quantities:
        return None
    head = stem(said.group("head").lower())
    for m in SOME_OF_ALL.finditer(passage.text):
        part, whole = qty.count_of(m.group("part")), qty.count_of(m.group("whole"))
        nouns = [stem(w) for w in m.group("nouns").lower().split()]
        counted = head in nouns and not FUNCTION_WORDS & set(nouns[: nouns.index(head)])
        if counted and part is not None and whole and part < whole:
            shown = m.group()
            return Finding("ranking", False, WEIGHTS["number"],
                           f"scope: claim says '{said.group().strip()}', source says {shown}",
                           said.group("head"), shown)  # fmt: skip
    return None


# A thing and the place it is in: "a storage unit in Brackett", "the plant at Orrin".
PLACED = re.compile(
    r"\b(?P<head>[a-z][\w-]{2,})\s+(?:in|at)\s+(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)


def _placed_elsewhere(claim: Analysis, passage: Analysis) -> Finding | None:
    """The claim puts a thing in one place ("recovered from a storage unit in Brackett") and
    the passage puts the same thing in another ("from a rented storage unit in Dunmore, about
    40 miles south"), whatever else the passage says of the claim's place (its dateline,
    "Brackett police"). A place the passage names with the other ("in Cleveland, Ohio") is
    not another place."""
    for m in PLACED.finditer(claim.text):
        head, place = stem(m.group("head")), m.group("place")
        if place.split()[0].lower().rstrip(".") in CALENDAR:
            continue  # "hired a crew in January": a time, which the date rules read
        for other in PLACED.finditer(passage.text):
            theirs = other.group("place")
            if stem(other.group("head")) != head or theirs == place:
                continue
            if theirs.split()[0].lower().rstrip(".") in CALENDAR:
                continue
            around = passage.text[other.start("place") : other.end("place") + 40]
            if place in around or theirs in claim.text:
                continue
            return Finding("name", False, WEIGHTS["name"],
                           f"place: claim says {m.group()}, source says {other.group()}",
                           place, theirs)  # fmt: skip
    return None


def _narrower_scope(claim: Analysis, passage: Analysis) -> Finding | None:
    """The claim's unlimited superlative, which the source says of a limited span."""
    said = UNLIMITED.search(claim.text)
    if said is None:
        return None
    for m in LIMITED.finditer(passage.text):
        if stem(m.group("sup").lower()) == stem(said.group("sup").lower()):
            return Finding(
                "ranking", False, WEIGHTS["ranking"],
                f"ranking: claim says '{said.group('sup')} ... {said.group('scope')}', source "
                f"says '{m.group('sup')} ... {m.group('scope')}'", said.group("sup"),
                m.group(0),
            )  # fmt: skip
    return None


# The occasions a statement is made on ("said in the debate", "told the hearing"): a
# document's headline or the sentences before a passage name the occasion of every sentence
# in it ("Transcript: leaders' debate" / "DAHLGREN: The Council called our plan ...").
OCCASIONS = frozenset(
    {"debate", "interview", "hearing", "meeting", "speech", "briefing", "conference", "rally",
     "podcast", "broadcast", "session"}
)  # fmt: skip


#: Words that say nothing else is so ("has only produced animated programs").
EXCLUSIVE = frozenset({"only", "solely", "exclusively", "sole"})


def _one_name_differs(unmatched: list[Token], passage: Analysis) -> bool:
    """One name of the claim is not in the passage: a word of one ("English-" for
    "Spanish-language"), or a person's whole name where the passage says only one did it
    ("Commissioner Lena Whitcomb cast the only vote against" / "Commissioner Hal Brandt cast
    the only vote against it"): several people may each have done what one did."""
    if len(unmatched) <= 1:
        return len(unmatched) == 1
    run = [t.index for t in unmatched] == list(range(unmatched[0].index, unmatched[-1].index + 1))
    return 1 < len(unmatched) <= 3 and run and bool(EXCLUSIVE & passage.lowers)


def _occasion_in_context(claim: Analysis, matched: dict[int, str], context: str) -> dict[int, str]:
    """The claim's occasion words missing from the passage but named in its context."""
    missing = [t for t in claim.content if t.index not in matched and _occasion(t.lower)]
    if not missing or not context:
        return {}
    around = {_occasion(t.lower): t.text for t in tokenize(context) if _occasion(t.lower)}
    return {t.index: around[_occasion(t.lower)] for t in missing if _occasion(t.lower) in around}


# A side with nothing after it: "Commissioners Ray Dubois and Alma Reyes voted no."
BARE_SIDE = re.compile(
    r"\bvot(?:ed|es|ing)\s+(?:for|yes|in\s+favou?r|against|no)\s*(?:[.;]|$)"
    # ... or a side with a word that names the measure back: "voted against the plan"
    r"|\bvot(?:ed|es|ing)\s+(?:for|in\s+favou?r\s+of|against)\s+(?:it\b|the\s+(?:plan|proposal|"
    r"measure|motion|resolution|ordinance|deal|bill|project|idea|change|agreement|request)\b)",
    re.IGNORECASE,
)


def _motion_in_context(
    claim: Analysis, passage: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """What a member voted on, where the passage gives only the side ("Reyes voted no."): the
    measure the story's sentences before it report ("voted 3-2 ... to give Northwind a
    12-year property tax abatement"), which the claim's words after its vote name."""
    vote = VOTE_SIDE.search(claim.text)
    if vote is None or not context or BARE_SIDE.search(passage.text) is None:
        return {}
    around = {t.key: t.text for t in tokenize(context)}
    return {
        t.index: around[t.key] for t in claim.content
        if t.start >= vote.end() and t.index not in matched and t.key in around
    }  # fmt: skip


def _in_context(claim: Analysis, passage: Analysis, matched: dict[int, str], context: str) -> None:
    """The claim's words the passage's context gives in its place, added to ``matched``: the
    occasion, a title after a name, a transcript speaker's title, a modifier."""
    matched.update(_occasion_in_context(claim, matched, context))
    matched.update(_titles_in_context(claim, matched, context))
    matched.update(_turn_title_in_context(claim, passage, matched, context))
    matched.update(_modifiers_in_context(claim, passage, matched, context))
    matched.update(_finding_frame_in_context(claim, matched, context))


# A claim framed as what a document found: "The audit found that 14 of the city's 46 plow
# trucks ...", "the study concluded", "the report recommended".
FINDING_FRAME = re.compile(
    r"\b(?:the|an?|its|this|that)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>audit|review|study|report|"
    r"survey|analysis|inspection|investigation|assessment|evaluation)\s+(?P<verb>found|finds|"
    r"concluded|concludes|determined|showed|shows|recommended|recommends)\b",
    re.IGNORECASE,
)
# The words a document's title gives itself, by the noun a claim calls it: an auditor's
# "Independent review ... summary of findings" is the audit the claim names.
FINDING_KIN = {
    "audit": ("audit", "review", "finding", "auditor"),
    "review": ("review", "audit", "finding"),
    "report": ("report", "finding"),
}  # fmt: skip


def _finding_frame_in_context(
    claim: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """The noun and verb of a claim's frame ("The audit found that ...") where the passage's
    context (its document's title, the sentences before it) names that document: the passage
    is what the audit found, in its own words ("We found no violation ...")."""
    m = FINDING_FRAME.search(claim.text)
    if m is None or not context:
        return {}
    kin = {stem(w) for w in FINDING_KIN.get(m.group("noun").lower(), (m.group("noun"),))}
    around = {t.stem: t.text for t in tokenize(context)}
    said = next((around[k] for k in kin if k in around), None)
    if said is None:
        return {}
    return {
        t.index: said for t in claim.tokens
        if t.start in (m.start("noun"), m.start("verb")) and t.index not in matched
    }  # fmt: skip


def _titles_in_context(claim: Analysis, matched: dict[int, str], context: str) -> dict[int, str]:
    """The claim's title nouns missing from the passage but given by its context: a singular
    head noun right after a name ("Marlow County executive", "Calder State president") is
    part of that name's phrase, which a story names once in its headline or lead ("Orrin
    Valley teachers" are people of a place, not a title)."""
    if not context:
        return {}
    missing = [
        t for t in claim.content
        if t.index not in matched and t not in claim.names and t.index > 0
        and claim.tokens[t.index - 1] in claim.names
        and claim.text[claim.tokens[t.index - 1].end : t.start] == " "
    ]  # fmt: skip
    if not missing:
        return {}
    words = parse(claim.text).words
    # the phrase's head noun ("executive"), not a modifier of the noun after it ("Gull Island
    # ferry route")
    heads = {
        w.start for w in words
        if w.tag == "NN" and not (w.index + 1 < len(words) and words[w.index + 1].pos == "NOUN")
    }  # fmt: skip
    around = {t.key: t.text for t in tokenize(context)}
    return {t.index: around[t.key] for t in missing if t.start in heads and t.key in around}


def _turn_title_in_context(
    claim: Analysis, passage: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """The words of the title a claim gives its speaker ("the public works director said")
    that the transcript's opening gives the speaker of the passage's turn, before the name its
    label gives ("With us is Public Works Director Helena Varga" for "VARGA: We never ran out
    of salt"), or of the turn a later sentence of it is in (its label in the sentences
    before: "STROM: Ninety-one percent ... We are not cutting healthy trees.")."""
    turn = NAMED_TURN.match(passage.text)
    labels = [turn.group("name")] if turn else TURN_LABEL.findall(context)[-1:]
    verb = SAYING.search(claim.text)
    if not context or not labels or verb is None:
        return {}
    title = titled_before(labels[0], context)
    if not title:
        return {}
    around = {t.key: t.text for t in tokenize(title.rsplit(" ", 1)[0])}  # (the title, not the name)
    return {
        t.index: around[t.key] for t in claim.content
        if t.index not in matched and t.end <= verb.start() and t.key in around
    }  # fmt: skip


def _modifiers_in_context(
    claim: Analysis, passage: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """The words before a claim's noun ("ferry fare" of "the ferry fare increase") missing
    from a passage that names the thing by its noun alone with "the" ("voted against the
    increase"): "the" refers to what the story has named before, in its headline or the
    sentences before, where the words are found."""
    names = {t.index for t in claim.names}
    missing = [t for t in claim.content if t.index not in matched and t.index not in names]
    if not missing or not context:
        return {}
    words = parse(claim.text).words
    by_start = {w.start: w for w in words}
    around = {t.key: t.text for t in tokenize(context)}
    out = {}
    for t in missing:
        w = by_start.get(t.start)
        if w is None or t.key not in around:
            continue
        # the claim word it depends on, through its own modifiers ("fiber" of "project" of
        # "Construction on the ... project started": "started"), found with "the" ("The start
        # came about three weeks later than planned")
        for _ in range(DEFINITE_DEPTH):
            if w.dep not in DEPENDENTS or words[w.head] is w:
                break
            w = words[w.head]
            said = next((c for c in claim.content if c.start == w.start), None)
            if said is None or said.index not in matched:
                continue
            if re.search(rf"\bthe\s+{re.escape(matched[said.index])}\b", passage.text, re.I):
                out[t.index] = around[t.key]
                break
    return out


# How far up from a claim word ``_modifiers_in_context`` looks for the word the passage names
# with "the", and through which links: modifiers, subjects, objects of prepositions.
DEFINITE_DEPTH = 4
DEPENDENTS = frozenset({"compound", "amod", "nsubj", "nsubjpass", "pobj", "prep"})
# Prepositions that give a sentence its own occasion ("killed in a crash", "after the vote").
OCCASION_PREPOSITIONS = frozenset({"in", "during", "after", "before", "since", "at"})
OCCASION_PHRASE = re.compile(r"\b(?:in|during|after|before|since|at)\s+(?:a|an|the)\b", re.I)
# Nouns of time, which date a sentence without naming another occasion ("in the morning").
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "month",
                        "year", "time", "hour", "weekend", "past", "end"})  # fmt: skip


def _definite_in_context(
    claim: Analysis, passage: Analysis, matched: dict[int, str], context: str
) -> dict[int, str]:
    """The words of a claim's definite description ("the collapse", "The garage collapse
    killed ...") missing from a passage that names no occasion of its own: "the" refers to
    what the document has told of, in its headline, its lead or the sentences before, where
    the words are found ("... grateful no one was killed," said the mayor, in a statement
    whose lead says the garage collapsed). A passage that names its own ("killed in a crash
    on Route 9") is about that."""
    if not context:
        return {}
    names = {t.index for t in claim.names}
    # (a vote's manner, "unanimously", is the vote's to judge, not a word of what was voted on)
    missing = [
        t for t in claim.content
        if t.index not in matched and t.index not in names and not qty.UNANIMOUS.match(t.text)
    ]  # fmt: skip
    if not missing:
        return {}
    words = parse(claim.text).words
    described: set[int] = set()
    for w in words:
        head = words[w.head]
        if w.text.lower() == "the" and w.dep == "det":
            # (the phrase's words after "the", whatever the parse makes of a gerund in it: "the
            # harbor dredging budget"; "the phosphorus entering the lake" ends at its noun)
            for x in words[w.index + 1 :]:
                nxt = words[x.index + 1] if x.index + 1 < len(words) else None
                inside = x.tag == "VBG" and nxt is not None and nxt.pos == "NOUN"
                if not (x.pos in ("NOUN", "ADJ") or inside):
                    break
                described.add(x.start)
        if w.text.lower() == "the" and w.dep == "det" and head.pos == "NOUN":
            described.add(head.start)
            described |= {
                x.start for x in words
                if x.head == head.index and x.dep in ("compound", "amod") and x is not head
                and x.pos in ("NOUN", "ADJ")
            }  # fmt: skip
    # only where the description is all the passage leaves unsaid (beyond the claim's figures,
    # checked as figures): it names the event, never a part of what happened
    spans = [(q.start, q.start + len(q.text)) for q in claim.quantities]
    if any(t.start not in described and not any(a <= t.start < b for a, b in spans)
           for t in missing):  # fmt: skip
        return {}
    if _own_occasion(claim, passage):
        return {}
    around = {t.key: t.text for t in tokenize(context)}
    return {t.index: around[t.key] for t in missing if t.key in around}


def _own_occasion(claim: Analysis, passage: Analysis) -> bool:
    """Whether the passage names an occasion the claim does not ("in a crash", "after the
    vote"): a noun after "in", "during", "after" ... that is no time."""
    if not OCCASION_PHRASE.search(passage.text):
        return False  # (no parse where no preposition takes an occasion)
    keys = {t.key for t in claim.content}
    words = parse(passage.text).words
    return any(
        w.dep == "pobj" and w.pos == "NOUN" and words[w.head].text.lower() in OCCASION_PREPOSITIONS
        and stem(w.text.lower()) not in keys and w.text.lower() not in TIME_NOUNS
        for w in words
    )  # fmt: skip


def _occasion(word: str) -> str:
    """'debate' of "debate" and "debates"; "" for a word that names no occasion."""
    for w in (word, word[:-1] if word.endswith("s") else word, word[:-2]):
        if w in OCCASIONS:
            return w
    return ""


def _names_in_context(
    claim: Analysis, matched: dict[int, str], context: str, passage: Analysis | None = None
) -> set[int]:
    """The claim's names missing from the passage but given by the sentences before it; not
    one the passage itself gives another in place of ("The founder of the league is Dana
    Ortiz" of "Dana Ruiz", after a story that named Dana Ruiz)."""
    missing = [t for t in claim.names if t.index not in matched]
    if passage is not None:
        missing = [t for t in missing if not _surname_replaced(claim, passage, matched, t)]
    if not missing or not context:
        return set()
    around = analyse_names(context)
    spelled = initials_in(context) if any(_initialism(t.text) for t in missing) else frozenset()
    return {
        t.index for t in missing
        if _matches(t, around) is not None
        or _initialism(t.text) and _without_possessive(t.text) in spelled
    }  # fmt: skip


def _surname_replaced(
    claim: Analysis, passage: Analysis, matched: dict[int, str], t: Token
) -> bool:
    """Whether the passage names, after "is" or "was", the person's first name, found, with
    another surname right after it where the claim has ``t`` ("The founder of the league is
    Dana Ortiz" for "Dana Ruiz")."""
    if t.index == 0 or not is_name(claim.tokens[t.index - 1]):
        return False
    first = claim.tokens[t.index - 1]
    if (
        first.index not in matched
        or t.index + 1 < len(claim.tokens)
        and is_name(claim.tokens[t.index + 1])
    ):
        return False
    claim_keys = {x.key for x in claim.tokens}
    return any(
        p.key == first.key and p.index > 0 and p.index + 1 < len(passage.tokens)
        and passage.tokens[p.index - 1].lower in ("is", "was")  # "... is Dana Ortiz"
        and is_name(nxt := passage.tokens[p.index + 1]) and nxt.key not in claim_keys
        and passage.text[p.end : nxt.start] == " "
        for p in passage.tokens
    )  # fmt: skip


def _without_possessive(word: str) -> str:
    """A name without its possessive ending: "DRTA's" -> "DRTA"."""
    return re.sub(r"['\u2019]s$", "", word)


def _initialism(word: str) -> bool:
    """An all-capital name of two to six letters ("DRTA", "NHS", "DRTA's"): a name's
    initials."""
    word = _without_possessive(word)
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


#: Verbs of how something began, whose figures are of that time ("opened with 40 beds").
OPENING_VERBS = PHASE_VERBS | {"open", "launch", "debut"}

#: Findings on a figure (what a claim's quantities are compared by).
MEASURED_KINDS = frozenset({"amount", "percentage", "number", "duration", "factor"})


def _of_an_earlier_time(
    claim: Analysis, passage: Analysis, findings: list[Finding]
) -> list[Finding]:
    """A claim of what will be ("Once the expansion takes effect, Vellmar will have cameras
    in 20 school zones") is not contradicted by a figure of what was ("The cameras began
    operating ... at 12 school zones"): the passage's past is another time than the claim's
    future. Its conflicts on figures are dropped where the passage, plainly in the past
    tense and looking ahead in no word, says how something began ("began", "opened with"):
    a figure agreed or approved for what is to come ("approved the wind farm with 76
    turbines") still conflicts."""
    if not set(claim.hedges) & PLAIN_FUTURE or passage.hedges:
        return findings
    root = parse(passage.text).root
    if root is None or root.tag != "VBD" or root.base not in OPENING_VERBS:
        return findings
    return [f for f in findings if f.supports or f.replaced or f.kind not in MEASURED_KINDS]


def _of_this_time_and_part(
    claim: Analysis, passage: Analysis, findings: list[Finding]
) -> list[Finding]:  # fmt: skip
    """The findings less conflicts on figures of another time or another part."""
    return _share_of_another_part(claim, passage, _of_an_earlier_time(claim, passage, findings))


def _share_of_another_part(
    claim: Analysis, passage: Analysis, findings: list[Finding]
) -> list[Finding]:  # fmt: skip
    """A passage that divides a whole into shares ("61 percent went to vehicles registered
    in Vellmar and 23 percent to addresses elsewhere in the county") gives none for a part
    it does not name: a claim's share of one said in words the passage lacks ("registered
    out of state") is another part's, no conflict."""
    if sum(q.kind == "percentage" for q in passage.quantities) < 2:
        return findings
    said = {canon(k) for k in passage.stems}

    def of_another_part(f: Finding) -> bool:
        q = next((q for q in claim.quantities if q.text == f.about), None)
        if q is None or q.kind != "percentage" or f.supports or f.replaced:
            return False
        whole = _whole_after(claim.text, q.end)  # ("of the citations": the whole, no part)
        return any(canon(t.stem) not in said for t in claim.content if t.start >= whole)

    return [f for f in findings if not of_another_part(f)]


def _whole_after(text: str, at: int) -> int:
    """Where the partitive right after a share ends ("Eight percent of the citations went
    ...": after "citations"); ``at`` itself where none follows."""
    tree = parse(text)
    of = next((w for w in tree.words if w.start >= at), None)
    if of is None or of.text.lower() != "of" or text[at : of.start].strip():
        return at
    whole = tree.children(of, "pobj")
    return whole[0].start + len(whole[0].text) if whole else at


def _same_event(findings: list[Finding], coverage: float) -> list[Finding]:
    """Drop the conflicts that only show the passage speaks of another event."""
    # (a name the source rejects, "but not Social Security numbers", is no other name)
    swaps = [f for f in findings if f.kind == "name" and not f.replaced]
    if swaps and len(swaps) < len([f for f in findings if not f.supports]):
        # Another name *and* another figure, date or word: a different event, not a conflict.
        findings = [f for f in findings if f.supports]
    if coverage < LOOSE_DATE_COVERAGE:
        # A date matched only by being the one date of each sentence speaks of the same
        # event only when the rest of the claim is there too.
        findings = [f for f in findings if not f.loose]
    return findings


def _preceded(claim: Analysis, passage: Analysis, matched: dict[int, str]) -> dict[int, bool]:
    """For each name of the claim found in the passage: is it preceded there by another name
    the claim lacks ("Volkswagen" in "Audi Volkswagen"), not a title ("Mayor Castell")?"""
    claim_keys = {t.key for t in claim.tokens}
    preceded = {}
    for t in claim.names:
        if t.index in matched:
            p = next((p for p in passage.tokens if p.text == matched[t.index]), None)
            before = passage.tokens[p.index - 1] if p is not None and p.index > 0 else None
            preceded[t.index] = bool(
                before is not None and is_name(before) and before.key not in claim_keys
                and passage.text[before.end : p.start] == " "
                and before.lower not in lexicon.titles()  # "Councilmember Pruitt"
            )  # fmt: skip
    return preceded


def _opposed_words(
    claim: Analysis, passage: Analysis, matched: dict[int, str], opposite_ok: set[str]
) -> list[str]:
    """The claim's words whose opposite the passage uses ("more" / "fewer"), when the passage
    states the claim's relation at all. A passage that uses the claim's word too says its
    opposite of something else unless both are said of the same thing ("rose to 88% after the
    clinics, up from 81% before the outbreak")."""
    table = _antonyms_by_stem()
    relation_found = any(not is_name(t) and t.index in matched for t in claim.content)
    if not relation_found:
        return []
    # (a claim that has both words of a pair, "falling sales and increasing competition",
    # uses them of different things)
    named = {n.key for n in claim.names}
    # (a word of a name is no level or side: "Corbin County" is a place, not "county" of
    # "the state's standard")
    in_names = {n.index for n in claim.names if n.index > 0}
    return [
        t.text for t in claim.tokens
        if table.get(t.stem) and t.stem not in opposite_ok and not table[t.stem] & claim.stems
        and t.index not in in_names
        and any(
            p.stem in table[t.stem] and not _of_another_name(passage, p, named)
            and (not _said_too(t, passage) or not _of_other_things(claim, t, passage, p))
            and not _in_another_clause(claim, t, passage, p)
            for p in passage.tokens
        )
    ]  # fmt: skip


def _next_content(a: Analysis, tok: Token) -> Token | None:
    """The content word right after ``tok`` (within two words): what an opposite is said of."""
    rest = [
        x for x in a.tokens[tok.index + 1 : tok.index + 3]
        if x.lower.isalpha() and x.lower not in STOPWORDS
    ]  # fmt: skip
    return rest[0] if rest else None


def _of_other_things(claim: Analysis, t: Token, passage: Analysis, p: Token) -> bool:
    """Whether two opposite words each come before a content word of its own, and those
    differ ("after the clinics" / "before the outbreak")."""

    a, b = _next_content(claim, t), _next_content(passage, p)
    return a is not None and b is not None and a.stem != b.stem and a.key != b.key


def _said_too(t: Token, passage: Analysis) -> bool:
    """Whether the passage says the claim's word itself, or a word of its group ("start" for
    "begin": "start in July 2027 and finish by the end of October 2027")."""
    return t.stem in passage.stems or bool(synonyms().get(t.stem, frozenset()) & passage.stems)


def _in_another_clause(claim: Analysis, t: Token, passage: Analysis, p: Token) -> bool:
    """Whether the opposite stands in a clause of its own (up to a semicolon or a sentence's
    end) that says none of the claim's other words, where the clause with the claim's own
    word says some ("Counts are taken below the Alder Mill Dam; no salmon pass above it")."""
    own = [x for x in passage.tokens if x.stem == t.stem]
    if not own:
        return False
    ends = [0, *(m.end() for m in CLAUSE_END.finditer(passage.text)), len(passage.text) + 1]

    def clause(x: Token) -> int:
        return next(i for i in range(len(ends) - 1) if ends[i] <= x.start < ends[i + 1])

    words = {x.stem for x in claim.content if not is_name(x) and x.stem != t.stem}

    def says(i: int) -> bool:
        return bool(words & {x.stem for x in passage.tokens if clause(x) == i})

    return not says(clause(p)) and any(clause(x) != clause(p) and says(clause(x)) for x in own)


CLAUSE_END = re.compile(r"[;.]\s")
NAME_REACH = 2  # words between an opposite ("open") and the name it is said of


def _of_another_name(passage: Analysis, p: Token, named: set[str]) -> bool:
    """An opposite said of a name the claim does not give: "kept Kingsmead open" beside
    "close the Eastgate and Pollard Road branches" turns round nothing the claim says of
    Eastgate."""
    near = [
        n for n in passage.names
        if abs(n.index - p.index) <= NAME_REACH + 1 and n.index != p.index
        and not opens_sentence(passage.text, n)  # "Revenue fell": capitalized, no name
        # (nor who proposed what was turned round: "rejected Draper's proposal to require")
        and not PROPOSED_BY.match(passage.text, n.start)
    ]  # fmt: skip
    return bool(near) and not any(n.key in named for n in near)


# A name as who proposed something: "Draper's proposal to", "Reyes's motion to"
PROPOSED_BY = re.compile(
    r"[A-Z][\w-]*(?:'s|\u2019s|')\s+(?:proposal|motion|amendment|plan|bill|request|idea|"
    r"suggestion|resolution)\s+to\b"
)


def _best(claim_ctx: frozenset[str], candidates: list, key=lambda c: c.context):  # noqa: ANN001, ANN202
    return max(candidates, key=lambda c: len(claim_ctx & key(c)))


# "40 positions, not 140", "April 14, not April 1", "rather than 59%", "in place of a flat
# $75": the figure after the cue is the one the source rejects (corrections and amendments
# say what was wrong or what they replace this way).
# A preposition, a word of approximation or of a part of a period may come between ("rather
# than in October", "rather than late 2027", "not the roughly 300").
REJECTED = re.compile(
    rf"\b(?:{REJECTING})(?:\s+(?:in|on|by|at|from|for))?(?:\s+(?:the|a|an))?(?:\s+(?:early|"
    rf"late|mid|about|around|roughly|nearly|almost|some|flat))?"
    # (... or the day of the week before the date: "not on Saturday, June 27")
    rf"(?:\s+(?:{'|'.join(sorted(WEEKDAYS))}),?)?\s*$",
    re.IGNORECASE,
)


# Someone else's figure named to be weighed: "the authority's figure of 88%", "its estimate of
# 41 million": the source quotes it, it does not state it.
MENTIONED = re.compile(
    r"(?:'s|\u2019s|\bits|\btheir|\bhis|\bher)\s+(?:own\s+)?(?:\w+\s+){0,2}(?:figure|estimate|"
    r"number|count|claim|tally|total)\s+of\s*$",
    re.IGNORECASE,
)


def _rejected(passage: Analysis, start: int, reasserted: bool = True) -> bool:
    """Whether the passage rejects the figure or date at ``start`` ("not 140") or only quotes
    it as another's ("the authority's figure of 88% excluded cancelled trips"): either way it
    does not state it. ``reasserted=False``: a figure its party stands by ("the board said it
    stood by its figure of 3.1%") is not rejected: the sources disagree."""
    before = passage.text[max(0, start - 50) : start]
    if REJECTED.search(before[-30:]):
        return True
    if not reasserted and REASSERTED.search(before):
        return False
    if EARLIER_ESTIMATE.search(before):
        return True  # "The county had put the figure at $31.4 million": an earlier one
    # ("up from its first estimate of $2.6 million" is the figure a revision replaces)
    return bool(MENTIONED.search(before)) and not UP_FROM.search(before)


# An estimate given before, in the past perfect: "had put the figure at", "had estimated the
# cost at", "had expected to receive": what was said then, not what the source says now
EARLIER_ESTIMATE = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:put|estimated|projected|forecast|pegged|listed|budgeted|"
    r"expected|predicted)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# A party that keeps its figure against another's: "stood by its figure of", "defended its
# estimate of"
REASSERTED = re.compile(
    r"\b(?:stood|stands|stand|standing)\s+by\b|\b(?:defended|defends|reaffirmed|reaffirms|"
    r"maintained|maintains)\b(?=[^.;]{0,30}$)",
    re.IGNORECASE,
)


def _said(passage: Analysis, items: list) -> list:
    """The passage's figures or dates that it does not reject."""
    return [x for x in items if not _rejected(passage, x.start)]


def _rejected_of(passage: Analysis, items: list) -> list:
    """The figures or dates the passage rejects ("40, not 140"), not one its party stands by
    ("the board stood by its figure of 3.1%"): no figure replaces that."""
    return [x for x in items if _rejected(passage, x.start, reasserted=False)]


def _restated(
    q: qty.Quantity, claim: Analysis, passage: Analysis, said: list[qty.Quantity],
    rejected: list[qty.Quantity],
) -> bool:  # fmt: skip
    """Whether a source that rejects the claim's figure in one clause states it in another
    that says more of what the claim says ("approved 240 megawatts, not the 300 the company
    requested; 300 megawatts may be allowed after a second substation is built" of "could
    rise to 300 megawatts after a second substation"): the claim takes that clause."""

    def equal(x: qty.Quantity) -> bool:  # (the very value: "$79.5 million" is no "$80 million")
        return abs(x.value - q.value) <= 1e-9 * max(1.0, abs(q.value))

    same = [x for x in said if qty.same_unit(q, x) and equal(x)]
    lost = [r for r in rejected if equal(r)]
    if not same or not lost:
        return False
    stems = {t.stem for t in claim.content}
    text = passage.text
    starts = sorted({x.start for x in passage.quantities})
    ends = sorted({x.end for x in passage.quantities})

    def shared(x: qty.Quantity) -> int:
        """The claim's words in the figure's stretch: from the figure before it (or a break)
        to the next one (or a break)."""
        lo = max([e for e in ends if e <= x.start] + [text.rfind(";", 0, x.start) + 1])
        nxt = [b for b in starts if b > x.start] + [len(text)]
        stop = text.find(";", x.end)
        hi = min(nxt[0], stop if stop >= 0 else len(text))
        return len({t.stem for t in tokenize(text[lo:hi])} & stems)

    return max(map(shared, same)) > max(map(shared, lost))


def _figure_replaced(
    q: qty.Quantity, said: list[qty.Quantity], rejected: list[qty.Quantity], text: str = ""
) -> qty.Quantity | None:
    """The figure a source gives in place of the claim's, which it rejects: the nearest one
    of the claim's unit before the rejected figure ("40 registered nurse positions, not 140";
    the rejected figure may leave its unit out), or, given the passage's ``text``, the one
    right after it that a change goes to ("from $240,000 to $180,000")."""
    for r in rejected:
        bare = r.kind == "number" and (not r.unit or r.unit.startswith("#"))
        # the rejected figure is the claim's to the precision of both ("not 1.8 points" rejects
        # no "two points")
        if not (qty.same_unit(q, r) or bare) or abs(r.value - q.value) > max(
            min(q.tolerance, r.tolerance), 1e-9
        ):
            continue
        # a bare rejected count takes its unit from the figure it follows
        before = [
            x for x in said
            if x.end <= r.start and (qty.same_unit(q, x) or bare and x.kind == q.kind)
            and not _nested(x, said)
        ]  # fmt: skip
        before += [
            x for x in said
            if text and x.start > r.start and qty.same_unit(q, x)
            and FROM_TO.fullmatch(text[r.start + len(r.text) : x.start])
        ]  # fmt: skip
        # (where it rejects the claim's very value, any other it gives in its place replaces
        # it, however near: "$88, not $90")
        near = 1e-9 if abs(r.value - q.value) <= 1e-9 else max(q.tolerance, 1e-9)
        if before and abs(before[-1].value - q.value) > near:
            if _narrower(before[-1], q):
                return None
            return before[-1]
    return None


def _also_claimed(q: qty.Quantity, new: qty.Quantity, claim: Analysis) -> bool:
    """Whether the claim gives the figure that replaced ``q`` too ("now total $160 million:
    $95 million in the first quarter and another $65 million"): the old one is then a part of
    it, said of its own time."""
    return any(
        o is not q and o.value == new.value and qty.same_unit(o, new) for o in claim.quantities
    )


def _nested(x: qty.Quantity, said: list[qty.Quantity]) -> bool:
    """A figure inside another's words: the whole of a partitive ("71 routes" in "13 of the
    71 routes"), which the partitive's part stands before."""
    return any(
        y is not x and y.start <= x.start and x.end <= y.start + len(y.text) for y in said
    )  # fmt: skip


def _narrower(replacing: qty.Quantity, q: qty.Quantity) -> bool:
    """Whether the replacing figure counts a narrower kind of thing than the claim's ("40
    registered nurse positions" for "140 of the positions" at a campus): it replaces only a
    figure that names that kind too."""
    kinds = replacing.qualifiers | replacing.compound
    return bool(kinds) and not kinds & (q.qualifiers | q.compound | q.clause)


# The time a source gives in words before rejecting a date: "to begin next spring rather than
# in October".
IN_WORDS = re.compile(
    r"\b(?P<when>(?:next|this|last|early|late)\s+(?:spring|summer|fall|autumn|winter|year|"
    r"month|week)|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of\s+\d{4})?)\s*,?\s*"
    r"(?:rather\s+than|instead\s+of|not)\b[^.;]*$",
    re.IGNORECASE,
)


def _rejected_for_words(d: dates_mod.Date, rejected: list[dates_mod.Date], text: str) -> str:
    """The time in words a source gives in place of the claim's date, which it rejects ("to
    begin next spring rather than in October"); "" where it gives none."""
    for r in rejected:
        if dates_mod.comparable(d, r) and dates_mod.agrees(d, r):
            m = IN_WORDS.search(text[max(0, r.start - 60) : r.start])
            if m is not None:
                return m["when"]
    return ""


def _date_replaced(
    d: dates_mod.Date, said: list[dates_mod.Date], rejected: list[dates_mod.Date]
) -> dates_mod.Date | None:
    """The date a source gives in place of the claim's, which it rejects ("they take effect
    April 14, not April 1")."""
    for r in rejected:
        if not (dates_mod.comparable(d, r) and dates_mod.agrees(d, r)):
            continue
        # (in the order of the text: a weekday counted back from the dateline comes last)
        before = sorted(
            (x for x in said if x.end <= r.start and dates_mod.comparable(d, x)),
            key=lambda x: x.end,
        )
        if before and not dates_mod.agrees(d, before[-1]):
            return before[-1]
    return None


# An estimate revised, and the figure it had before: "revised to $41.5 million from $38
# million", "raised the estimated cost to $160 million, up from the $95 million".
FROM = re.compile(
    r"\bfrom\s*(?:(?:the|its|their|an?|his|her|our)\s+)?"
    r"(?:(?:first|earlier|original|initial|previous|prior)\s+)?"
    r"(?:(?:estimate|estimated|forecast|figure|projection|budget|price|cost|total)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "up from $95 million", "down from 72": a revision even without "revised"; so is a change
# from one figure to another ("reduced Meridian's 2024 penalty from $240,000 to $180,000")
UP_FROM = re.compile(
    r"\b(?:up|down)\s+from\b|\b(?:reduc|cut|lower|rais|increas|decreas|trimm?|boost|slash)"
    r"\w*\s+(?:[^.;]{0,60}?\s)?from\s+\$?\d[\d,.]*(?:\s+(?:million|billion))?\s+to\s+\$?\d",
    re.IGNORECASE,
)


def _from(text: str, start: int) -> bool:
    # (a bare figure's span may open on the space before it: "from the 22,000")
    return bool(FROM.search(text[max(0, start - 60) : start].rstrip() + " "))


def _of_an_earlier_figure(claim: Analysis, passage: Analysis, d: dates_mod.Date) -> bool:
    """Whether ``d`` dates a figure the source revises from ("from 1,640 in 2024", "down from
    460 in 2020") that the claim does not give."""
    return any(
        0 <= d.start - x.end <= 12 and _from(passage.text, x.start)
        and not any(abs(x.value - q.value) <= max(q.tolerance, 1e-9) for q in claim.quantities)
        for x in passage.quantities
    )  # fmt: skip


def _replacement(
    q: qty.Quantity, claim: Analysis, passage: Analysis, current: list[qty.Quantity],
    old: list[qty.Quantity], rejected: list[qty.Quantity],
) -> tuple[qty.Quantity | None, str]:  # fmt: skip
    """The figure the source gives in place of the claim's ("40, not 140", "revised to $41.5
    million from $38 million"), a conflict, and how ("not", "revised from"); (None, "revised
    from") where the claim speaks of the figure revised from; (None, "") for none."""
    replaced_by = _figure_replaced(q, current, rejected)
    if replaced_by is not None and not _restated(q, claim, passage, current, rejected):
        return replaced_by, "not"
    replaced_by = _figure_replaced(q, current, old, passage.text)
    if replaced_by is None:
        return None, ""
    if _about_the_old(q, old, replaced_by, passage.text, claim.text) or _also_claimed(
        q, replaced_by, claim
    ):
        # "set aside $95 million" of "raised to $160 million, up from the $95 million it
        # set aside in April": the claim speaks of the earlier figure, in its own words
        return None, "revised from"
    return replaced_by, "revised from"


def _about_the_old(
    q: qty.Quantity, old: list[qty.Quantity], new: qty.Quantity, text: str = "",
    claim: str = "",
) -> bool:  # fmt: skip
    """The claim's figure is said in the words of the figure revised from, words the one it
    was revised to lacks ("set aside $95 million" of "up from the $95 million it set aside in
    April"), and in no fewer of them. The first of "from $240,000 to $180,000" is one thing's
    two values, whose words are the pair's: the claim speaks of it only where it says it
    speaks of the time before ("was $14 an hour before the raise")."""
    same = [x for x in old if abs(x.value - q.value) <= max(q.tolerance, 1e-9)]
    for x in same:
        if FROM_TO.fullmatch(text[x.start + len(x.text) : new.start]):
            if TIME_BEFORE.search(claim):
                return True
        elif (q.clause & x.clause) - new.clause and len(q.clause & x.clause) >= len(
            q.clause & new.clause
        ):
            return True
    return False


FROM_TO = re.compile(r"\s+to\s+")
# A claim that speaks of a time before a change: "before the raise", "had been", "originally"
TIME_BEFORE = re.compile(
    r"\b(?:before|prior\s+to|previously|formerly|originally|initially|until|used\s+to|"
    r"had\s+been)\b",
    re.IGNORECASE,
)


# A correction's right version, given as the figure itself: "The correct figure is 81%.",
# "It should have said 14."
RIGHT_VERSION = re.compile(
    r"\b(?:(?:correct|right|actual|accurate)\s+(?:figure|number|total|amount|count|rate|share|"
    r"percentage|price|cost)\s+(?:is|was)|should\s+have\s+(?:said|read|been|stated))\s*$",
    re.IGNORECASE,
)


def _right_versions(passage: Analysis, said: list[qty.Quantity]) -> list[qty.Quantity]:
    """A correction's right figure ("The correct figure is 81%") stands for the figure its
    cue says the story gave ("A story on Jan. 8 ... said 86% of kindergartners ..."): it is
    said of what that one was, so it takes its clause."""
    wrong = _corrected_away(passage)
    out = []
    for x in said:
        before = SENTENCE_END.split(passage.text[: x.start])[-1]
        old = [y for y in passage.quantities if y.start in wrong and y.start < x.start]
        if RIGHT_VERSION.search(before) and old and qty.same_unit(old[-1], x):
            y = old[-1]
            x = replace(x, clause=x.clause | y.clause, names=x.names | y.names,
                        context=x.context | y.context)  # fmt: skip
        out.append(x)
    return out


def _compare_quantities(
    claim: Analysis, passage: Analysis, around: frozenset[str] = frozenset()
) -> list[Finding]:
    """Each figure of the claim against the passage's; ``around``: the words of the passage's
    context, where the kind of thing a figure counts may be named."""
    found = _by_period(claim, passage, _compare_each_quantity(claim, passage, around))
    return _of_another_period(claim, passage, found)


def _own_period(passage: Analysis, x: qty.Quantity) -> dates_mod.Date | None:
    """The period a figure is given for, right after it ("6,800 hours of overtime in the first
    half of 2026"), with no other figure between; else None."""
    after = next((e for e in passage.dates if e.start >= x.end), None)
    if after is None or any(x.end <= y.start < after.start for y in passage.quantities):
        return None
    end = qty.phrase_end(passage.text, x)
    return after if FOR_PERIOD.match(passage.text[end : after.start]) else None


def _of_another_period(claim: Analysis, passage: Analysis, found: list[Finding]) -> list[Finding]:
    """A conflict with a figure the passage gives for another period than the claim's one
    ("11,400 hours of overtime in 2025" against "6,800 hours ... in the first half of 2026"):
    the figure measures another time, so it is no conflict."""
    if len(claim.dates) != 1:
        return found
    d = claim.dates[0]
    other = {
        x.text for x in passage.quantities
        if (e := _own_period(passage, x)) is not None
        and dates_mod.comparable(d, e) and not dates_mod.agrees(d, e)
    }  # fmt: skip
    return [f for f in found if f.supports or f.source not in other]


# Between a figure and the period it is given for, on a list of them: "172 in March".
FOR_PERIOD = re.compile(r"^\s*(?:[\w'-]+\s+){0,6}?(?:in|for|during|of)\s+$")


def _by_period(claim: Analysis, passage: Analysis, found: list[Finding]) -> list[Finding]:
    """A list that gives a figure for each period ("191 litres ... in February, 172 in March
    and 168 in April"): the claim's period picks the figure its own is compared with, and
    another period's figure equal to it does not support it ("191 litres in April")."""
    if len(claim.dates) != 1 or len(claim.quantities) != 1:
        return found
    q, d = claim.quantities[0], claim.dates[0]
    pairs = []
    for x in passage.quantities:
        after = next((e for e in passage.dates if e.start >= x.end), None)
        between = passage.text[x.start + len(x.text) : after.start] if after else ""
        if (
            after is not None and qty.same_unit(q, x) and FOR_PERIOD.match(between)
            and not any(x.end <= y.start < after.start for y in passage.quantities)
        ):  # fmt: skip
            pairs.append((x, after))
    if len(pairs) < 2:
        return found
    chosen = [(x, e) for x, e in pairs if dates_mod.agrees(d, e)]
    if len(chosen) != 1:
        return found
    x, e = chosen[0]
    if qty.agrees(q, x):
        return found
    label = qty.kind_label(q)
    return [f for f in found if f.about != q.text] + [
        Finding(
            label,
            False,
            WEIGHTS.get(q.kind, 0.8),
            f"{label}: claim says {q.text} in {d.text}, source says {x.text} in {e.text}",
            q.text,
            x.text,
        )  # fmt: skip
    ]


def _compare_each_quantity(
    claim: Analysis, passage: Analysis, around: frozenset[str] = frozenset()
) -> list[Finding]:
    out = []
    said = _right_versions(passage, _said(passage, passage.quantities))
    rejected = _rejected_of(passage, passage.quantities)
    # the figures an estimate was revised from (a claim that gives a figure as the one it
    # was revised from, "had risen from $29 million", is judged on its own terms)
    revised = REVISED.search(passage.text) is not None or UP_FROM.search(passage.text) is not None
    before = [x for x in said if revised and _from(passage.text, x.start)]
    for q in claim.quantities:
        label = qty.kind_label(q)
        if (span := _span_of_dates(q, passage)) is not None:
            out.append(span)  # "six months" of "from November 14, 2025 through May 14, 2026"
            continue
        if q.kind in ("tally", "label") or _count_of_a_side(q, claim.text, said):
            found = _votes_and_labels(q, claim.text, said, passage.text)
            out.extend([found] if found is not None else [])
            continue
        then = _dated_as_old(q, claim, passage, before)
        if then is not None:
            # "460 sworn officers in 2020" of "412 sworn officers, down from 460 in 2020"
            out.append(Finding(label, True, WEIGHTS.get(q.kind, 0.8),
                               f"{label}: claim says {q.text}, source says {then.text} then",
                               q.text, then.text))  # fmt: skip
            continue
        old = [] if _from(claim.text, q.start) else before
        current = [x for x in said if x not in old]
        replaced_by, how = _replacement(q, claim, passage, current, old, rejected)
        if replaced_by is None and how:
            current = said  # (the claim speaks of the figure revised from)
        if replaced_by is not None:
            out.append(
                Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                        f"{label}: claim says {q.text}, source says {replaced_by.text}, {how} "
                        f"{q.text}", q.text, replaced_by.text, replaced=True)
            )  # fmt: skip
            continue
        # A figure the source gives as another of the claim's figures is that one: "$95
        # million" is the claim's first-quarter charge, not a conflict with its $160 million
        # total.
        others = [o for o in claim.quantities if o is not q]
        current = [
            x for x in current
            if qty.agrees(q, x) or not any(qty.same_unit(o, x) and qty.agrees(o, x) for o in others)
        ]  # fmt: skip
        every = _all_of(
            q, claim.text, _counts_of_what_is(q, current, claim.text, passage.text), label,
            passage.text,
        )  # fmt: skip
        if every is not None:
            out.append(every)
            continue
        current = _of_the_named_finding(q, current, claim.text)
        found = _judge_figure(q, current, claim, passage, said, label, around)
        if found is not None and not found.supports:
            found = _judged_with_the_parse(q, current, claim, passage, said, label, found, around)
        if found is None:
            found = _none_of(q, claim, passage, label)
        if found is not None:
            out.append(found)
    return _change_of_the_level(claim, out)


# A figure a claim gives as a named study's or report's finding: "The Carver State
# University study found that farmland supplies about 45 percent"
NAMED_FINDING = re.compile(
    r"\b(?:study|survey|analysis|report|audit|review|poll|estimate)\b[^.;]{0,60}?\b(?:found|"
    r"finds|estimated|estimates|put|puts|showed|shows|concluded|concludes)\b",
    re.IGNORECASE,
)


def _of_the_named_finding(
    q: qty.Quantity, current: list[qty.Quantity], claim: str
) -> list[qty.Quantity]:
    """A figure the claim gives as a named study's finding is compared with the figures the
    passage gives that study ("below the 62 percent in the Carver State University study"),
    where it gives any, not with another's ("the department attributed about 45 percent")."""
    same = [x for x in current if qty.same_unit(q, x)]
    named = [x for x in same if _of_the_study_named(q, x, claim)]
    if not named:
        return current
    return [x for x in current if x in named or x not in same]


def _of_the_study_named(q: qty.Quantity, x: qty.Quantity, claim: str) -> bool:
    """Whether the passage's figure ``x`` is given to the study or report the claim says found
    its figure ``q``."""
    return bool(x.names & q.names) and NAMED_FINDING.search(claim) is not None


def _change_of_the_level(claim: Analysis, out: list[Finding]) -> list[Finding]:
    """A change said with the level it reached ("grew by a quarter, to 6.4 million
    subscribers"; "reached 6.4 million, up 25%"): where the level is found said of the same
    thing, the agreeing change is that level's change."""
    levels = [q for q in claim.quantities if not q.change]
    changes = [q for q in claim.quantities if q.change]
    if len(levels) != 1 or len(changes) != 1:
        return out
    if not any(f.about == levels[0].text and f.supports and f.aligned for f in out):
        return out
    return [
        replace(f, aligned=True) if f.about == changes[0].text and f.supports else f for f in out
    ]


def _none_of(q: qty.Quantity, claim: Analysis, passage: Analysis, label: str) -> Finding | None:
    """ "No uncounted ballots were found" counts none of what the claim counts ("about 900
    absentee ballots went uncounted"): a count of zero, where the words between "no" and the
    noun are the claim's (the passage's "no" covers all the claim's kind, and no narrower
    kind: "no absentee ballots" says nothing of 900 ballots)."""
    if q.kind != "number" or q.value <= 0 or not q.unit or q.unit.startswith(("#", "@")):
        return None
    keys = {t.key for t in claim.tokens}
    for i, t in enumerate(passage.tokens):
        if t.lower != "no":
            continue
        after = passage.tokens[i + 1 : i + 1 + NONE_REACH]
        for k, noun in enumerate(after):
            if noun.key == q.unit and {w.key for w in after[:k]} <= keys:
                if _narrowed_after(passage.text, noun.end, keys):
                    break  # "no violation of the state's animal cruelty standards"
                said = passage.text[t.start : noun.end]
                return Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                               f"{label}: claim says {q.text}, source says {said}", q.text,
                               said)  # fmt: skip
    return None


NONE_REACH = 3  # "no uncounted absentee ballots": the noun within three words of "no"


def _none_of_a_narrower_kind(claim: Analysis, passage: Analysis, flipped: set[str]) -> bool:
    """Whether the claim's words the passage negates are all a noun after "no" and the "of"
    phrase that narrows it to a kind the claim does not name (``_narrowed_after``)."""
    keys = {t.key for t in claim.tokens}
    covered: set[str] = set()
    for i, t in enumerate(passage.tokens):
        if t.lower != "no":
            continue
        for noun in passage.tokens[i + 1 : i + 1 + NONE_REACH]:
            m = re.match(r"\s+of\s+[^,.;:]+", passage.text[noun.end :])
            if noun.key in flipped and m and _narrowed_after(passage.text, noun.end, keys):
                stop = noun.end + m.end()
                covered |= {w.key for w in passage.tokens if noun.start <= w.start < stop}
                break
    return bool(covered) and flipped & passage.negated <= covered


def _narrowed_after(text: str, end: int, keys: set[str]) -> bool:
    """Whether the noun of a "no" ending at ``end`` is narrowed by an "of" phrase with a word
    the claim lacks ("no violation of the state's animal cruelty standards" is no count of all
    violations)."""
    m = re.match(r"\s+of\s+([^,.;:]+)", text[end:])
    return m is not None and any(is_content(t) and t.key not in keys for t in tokenize(m.group(1)))


def _judged_with_the_parse(
    q: qty.Quantity, current: list[qty.Quantity], claim: Analysis, passage: Analysis,
    said: list[qty.Quantity], label: str, found: Finding, around: frozenset[str] = frozenset(),
) -> Finding | None:  # fmt: skip
    """A conflict about to be found, checked with the parse: a figure the parse says counts
    another thing, or is the object of another verb, is said of something else ("killed one
    miner and trapped 13 others" is no count of miners trapped; "hired 40 nurses" is no count
    of nurses fired): no conflict with it. Parsed only where the clauses leave it open: the
    source's clause lacks a word of the claim's that is no name nor month (the names and
    dates have rules of their own), or holds another figure. A correction's count in place
    of the claim's (``found.replaced``) stands: "1,310 of them" counts what the story's
    wrong figure did."""
    if found.replaced or q.unit in qty.CLOCK:
        return found  # (a time of day counts nothing: its verb aligns it, qty.same_clause)
    # (a figure said of the claim's own named subject, "Ellis Rudd, 41,", is aligned by name)
    unsure = [
        x for x in current
        if qty.same_unit(q, x) and not qty.agrees(q, x) and _unaligned(claim, q, x, said)
        and not (x.names and x.names == x.clause and x.names & q.names)
        and not _of_the_study_named(q, x, claim.text)  # (the named study's, which found it)
    ]  # fmt: skip
    if not unsure:
        return found
    mine = counted(claim.text, q.start, q.end)
    aligned = [
        x for x in current
        if x not in unsure or same_thing(mine, counted(passage.text, x.start, x.end))
    ]  # fmt: skip
    if len(aligned) < len(current):
        return _judge_figure(q, aligned, claim, passage, said, label, around)
    return found


# Two dates that bound a span: "from November 14, 2025 through May 14, 2026"
SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
SPAN_TO = re.compile(r"^\s*(?:through|thru|to|until|and|[-\u2013])\s*$", re.IGNORECASE)


def _span_of_dates(q: qty.Quantity, passage: Analysis) -> Finding | None:
    """A claim's length of time ("in the six months after it opened") as the span two dates
    of the passage bound ("from November 14, 2025 through May 14, 2026"): the same length,
    within the figure's rounding, states it; else None (a span of another length may be of
    something else)."""
    if q.kind != "duration" or q.unit != "day":
        return None
    for a, b in itertools.pairwise(passage.dates):
        if not (a.month and a.day and b.month and b.day and b.year):
            continue
        if not SPAN_FROM.search(passage.text[: a.start]) or not SPAN_TO.match(
            passage.text[a.end : b.start]
        ):
            continue
        first = a.year or (b.year if a.month <= b.month else b.year - 1)
        days = (datetime.date(b.year, b.month, b.day) - datetime.date(first, a.month, a.day)).days
        if abs(days - q.value) <= max(q.tolerance, 0.05 * q.value):
            said = f"{a.text} through {b.text}"
            return Finding("duration", True, WEIGHTS["duration"],
                           f"duration: claim says {q.text}, source says {said} ({days} days)",
                           q.text, said)  # fmt: skip
    return None


def _dated_as_old(
    q: qty.Quantity, claim: Analysis, passage: Analysis, old: list[qty.Quantity]
) -> qty.Quantity | None:
    """The earlier figure the source dates as the claim dates its figure, with the claim's
    value ("460 sworn officers in 2020" of "412 sworn officers, down from 460 in 2020"): the
    claim speaks of that time, when the earlier figure was so; else None."""
    for x in old:
        bare = x.kind == "number" and (not x.unit or x.unit.startswith("#"))
        if not (qty.same_unit(q, x) or bare) or abs(x.value - q.value) > max(q.tolerance, 1e-9):
            continue
        if any(
            0 <= d.start - x.end <= 12 and dates_mod.comparable(c, d) and dates_mod.agrees(c, d)
            for d in passage.dates for c in claim.dates
        ):  # fmt: skip
            return x
        # "down from about 88,000 last year" in a story filed in 2026: the year before
        filed = next((d.year for d in passage.dates if d.day and d.year), None)
        last = LAST_YEAR.match(passage.text, qty.phrase_end(passage.text, x))
        if last is not None and filed and any(c.year == filed - 1 for c in claim.dates):
            return x
        # "up from 81% before the outbreak": the time the claim gives its figure, in its words
        when = TIME_AFTER.match(passage.text, qty.phrase_end(passage.text, x))
        if when is not None and when.group(1).lower() in claim.text.lower():
            return x
    return None


TIME_AFTER = re.compile(r"\s+((?:before|after|during|since)\s+the\s+[a-z]+)\b", re.IGNORECASE)


LAST_YEAR = re.compile(r"\s+(?:last\s+year|a\s+year\s+(?:earlier|before|ago))\b", re.IGNORECASE)


CALENDAR_KEYS = frozenset(stem(w) for w in CALENDAR)


def _unaligned(claim: Analysis, q: qty.Quantity, x: qty.Quantity, said: list[qty.Quantity]) -> bool:
    """Whether the clauses leave open what a source figure ``x`` counts against the claim's
    ``q`` (see ``_compare_quantities``)."""
    names = {t.key for t in claim.names} | CALENDAR_KEYS
    if q.clause - x.clause - names:
        return True
    # another figure of its kind in the clause: most words shared, but for what each counts
    return any(
        y is not x and y.kind == x.kind and x.clause
        and len(x.clause & y.clause) >= SAME_CLAUSE * max(len(x.clause), len(y.clause))
        for y in said
    )  # fmt: skip


SAME_CLAUSE = 0.6  # share of words two figures' clauses have in common when they are one


def _judge_figure(
    q: qty.Quantity,
    current: list[qty.Quantity],
    claim: Analysis,
    passage: Analysis,
    said: list[qty.Quantity],
    label: str,
    around: frozenset[str] = frozenset(),
) -> Finding | None:
    """What the passage's figures in ``current`` say of the claim's figure ``q``: a part of a
    whole, an agreeing or a conflicting figure, or a change its two figures state."""
    current = _counts_of_what_is(q, current, claim.text, passage.text)
    part = _part_of_whole(q, current, passage.text, {canon(t.key) for t in claim.names})
    part = part or _part_named_first(q, current, said, passage.text)
    if part is not None:
        whole, s = part
        said_of = s.text if whole.text in s.text else f"{s.text} of the {whole.text}"
        return Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                       f"{label}: claim says {q.text}, source says {said_of}", q.text,
                       s.text)  # fmt: skip
    found = _figure_finding(
        q, current, label, _corrected_away(passage),
        frozenset(canon(k) for k in passage.keys) | around,
    )  # fmt: skip
    found = _aligned_by_the_parse(q, current, passage.text, found, claim.text)
    found = _of_another_measure(q, current, claim.text, passage, found)
    found = _what_it_measures(q, current, claim, passage, label, found)
    found = _the_running_total(q, current, claim, passage.text, label, found)
    found = _same_sum_for_the_named(q, current, {t.key for t in claim.names}, found)
    found = _same_rate_in_other_words(q, current, claim.text, found)
    pair = _set_against(q, current, passage.text) if found is not None else None
    if pair is not None and not is_attribution(claim.text):
        # "the union puts it at 85, while the authority says 30": the passage states the
        # claim's figure as one side's, in a dispute it reports
        mine, other = pair
        reason = f"{label}: claim says {q.text}, source says {mine.text}, and {other.text} too"
        return Finding(label, True, WEIGHTS.get(q.kind, 0.8), reason, q.text, mine.text,
                       disputed=other.text)  # fmt: skip
    if found is None:
        found = _derived_finding(q, passage, said, label)
    if found is None:
        found = _share_finding(q, passage, said, label)
    if found is None:
        found = _same_count_by_the_parse(q, current, claim.text, passage.text, label)
    if found is None:
        found = _factor_as_a_change(q, claim, current, label)
    return found


def _factor_as_a_change(
    q: qty.Quantity, claim: Analysis, current: list[qty.Quantity], label: str
) -> Finding | None:
    """A claim's multiple ("burglaries have doubled") against the passage's change in percent
    of what the claim names ("25,300 reported burglaries in 2024, up from 21,400 in 2021, an
    increase of about 18%"): doubling is a rise of 100%, halving a fall of 50%. A conflict
    only where the two are far apart (twice or more), agreement where they are within a
    tenth."""
    if q.kind != "factor" or q.value <= 0 or q.value == 1:
        return None
    up = q.value > 1
    mine = (q.value - 1) * 100 if up else (1 - q.value) * 100
    named = {t.key for t in claim.content if not t.is_number}
    if not any(y.kind == "number" and y.unit in named for y in current):
        return None  # (the passage counts what the claim does: "25,300 reported burglaries")
    for x in current:
        if x.kind != "percentage" or not x.change or x.value <= 0:
            continue
        if x.direction and (x.direction > 0) != up:
            continue
        if abs(x.value - mine) <= 0.1 * mine:
            return Finding(label, True, 0.9, f"{label}: claim says {q.text} ({mine:.0f}%), "
                           f"source says {x.text}", q.text, x.text)  # fmt: skip
        if max(x.value, mine) >= 2 * min(x.value, mine):
            return Finding(label, False, WEIGHTS["factor"], f"{label}: claim says {q.text} "
                           f"({mine:.0f}%), source says {x.text}", q.text, x.text)  # fmt: skip
    return None


NEEDING = re.compile(r"\b(?:needs?|needed|requires?|required)\b", re.IGNORECASE)


def _counts_of_what_is(
    q: qty.Quantity, current: list[qty.Quantity], claim_text: str, passage_text: str
) -> list[qty.Quantity]:
    """The passage's figures less those of what is needed ("We need 1,000 member-owners
    before we can sign a lease", "needs 60 lifeguards to open all five pools"): the object of a
    verb of needing counts none of what there is; where the claim's figure is needed, the
    passage's that are needed too."""
    if needed(claim_text, q.start, q.end):
        # (a requirement is read against requirements only: "needs 60 lifeguards to open all
        # five pools" is not turned by "will open three of the five pools")
        if not NEEDING.search(passage_text):
            return []
        return [x for x in current if needed(passage_text, x.start, x.end)]
    if not NEEDING.search(passage_text):
        return current
    return [x for x in current if not needed(passage_text, x.start, x.end)]


def _of_another_measure(
    q: qty.Quantity, current: list[qty.Quantity], claim_text: str, passage: Analysis,
    found: Finding | None,
) -> Finding | None:  # fmt: skip
    """A conflict between a count of what an act did and a plan's count of the same act
    ("replaced 640 lead lines" against "to replace 2,000 lead lines this year"): a target is
    no count of what was done, nor the reverse, so neither conflicts with the other. Nor do a
    limit and a measure ("the federal action level for lead is 15 parts per billion" against
    "the lead level was 13 parts per billion"), nor two running totals where the claim reports
    what someone said ("Feld said the utility had replaced 410 lines since January" against
    "has replaced 1,150 lines so far this year, Feld said" in August): a total grows, and the
    claim gives no time to set it at."""
    if found is None or found.supports:
        return found
    x = next((x for x in current if x.text == found.source), None)
    if x is None:
        return found
    if q.span == x.span == "so far" and speech_claim(claim_text):
        return None  # (two running totals; what was said gives no time to set them at)
    mine = counted(claim_text, q.start, q.end)
    # (the passage is parsed only where it may say the claim's act or a limit)
    act = bool(q.kind in ("number", "amount") and mine.verb and (mine.done or mine.planned))
    act = act and mine.verb in {canon(k) for k in passage.keys}
    if act:
        # (a plan's count is said with a modal, a verb of planning, or "to" before its verb,
        # in the figure's clause: one side's must say so, the other's not)
        left, right = qty.clause_bounds(passage.text, x.start, x.end)
        theirs_planned = _a_plan_in(passage.text[left:right], mine.verb)
        left, right = qty.clause_bounds(claim_text, q.start, q.end)
        act = theirs_planned != _a_plan_in(claim_text[left:right], mine.verb)
    if not (act or mine.threshold or LIMIT_WORDS.search(passage.text)):
        return found
    theirs = counted(passage.text, x.start, x.end)
    if act and q.kind == "number" and mine.verb == theirs.verb and (
        mine.done and theirs.planned or mine.planned and theirs.done
    ):  # fmt: skip
        return None  # (one act, one side planned and the other done; a sum is one deal)
    if act and mine.planned and not theirs.verb and _done_in(passage.text, x, mine.verb):
        # a figure set beside what the claim's act did ("has received its first payment ...,
        # $2.9 million"): its clause says the act done, the claim's is to come
        return None
    if mine.threshold != theirs.threshold:
        return None  # "the action level for lead is 15" is no lead level of 13
    return found


def _done_in(text: str, x: qty.Quantity, verb: str) -> bool:
    """Whether the sentence of the figure ``x`` says the act ``verb`` (a canonical stem)
    done: in the past or the perfect ("has received", "received")."""
    _, sentence = sentence_at(text, x.start)
    return any(
        w.tag in ("VBD", "VBN") and canon(stem(w.text.lower())) == verb
        for w in parse(sentence).words
    )  # fmt: skip


def _what_it_measures(
    q: qty.Quantity, current: list[qty.Quantity], claim: Analysis, passage: Analysis,
    label: str, found: Finding | None,
) -> Finding | None:  # fmt: skip
    """What the figures measure, where the parse names it, settles a figure the clauses
    leave open: a source figure that is a limit's ("above the state minimum of 1,080 hours")
    agrees with no figure of the measure ("provides 1,080 hours of instruction"), so the
    passage is judged without it; and a conflict with one figure gives way to an agreeing one
    of the noun the claim's measures ("has a budget of $30.5 million" / "would save about
    $640,000 a year, roughly 2.1% of its $30.5 million budget"). A correction's figure in
    place of the claim's (``found.replaced``) stands: the wrong one it names agrees."""
    if found is None or found.replaced:
        return found
    if found.supports:
        x = next((x for x in current if x.text == found.source), None)
        if x is None or not LIMIT_WORDS.search(passage.text):
            return found
        theirs = counted(passage.text, x.start, x.end)
        if not theirs.threshold or counted(claim.text, q.start, q.end).threshold:
            return found
        rest = [y for y in current if y is not x]
        return _judge_figure(q, rest, claim, passage, rest, label)
    x = next((x for x in current if x.text == found.source), None)
    if x is not None and (
        _paid_not_valued(claim, q, passage, x) or _another_in_order(claim, q, passage, x)
    ):
        # a payment is no value of the claim's noun, nor is the second payment the first: the
        # passage is judged without it
        rest = [y for y in current if y is not x]
        return _judge_figure(q, rest, claim, passage, rest, label) if rest else None
    words = frozenset(canon(k) for k in passage.keys)
    agreeing = [s for s in _agreeing(q, current) if not qty.missing_qualifiers(q, s, words)]
    if not agreeing:
        return found
    mine = counted(claim.text, q.start, q.end).noun
    if not mine or x is None or counted(passage.text, x.start, x.end).noun == mine:
        return found
    s = next((s for s in agreeing if counted(passage.text, s.start, s.end).noun == mine), None)
    if s is None:
        return found
    return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says {s.text}",
                   q.text, s.text, aligned=True)  # fmt: skip


def _another_in_order(claim: Analysis, q: qty.Quantity, passage: Analysis, x: qty.Quantity) -> bool:
    """Whether the source's figure counts another of a sequence than the claim's ("its second
    payment, $3.3 million" against "the first payment was $2.9 million"): the same noun, each
    placed by its own ordinal, and the two differ."""
    if not ORDINAL_WORD.search(claim.text) or not ORDINAL_WORD.search(passage.text):
        return False  # (the parse only where both say a place in a sequence)
    mine, theirs = counted(claim.text, q.start, q.end), counted(passage.text, x.start, x.end)
    return bool(
        mine.noun and mine.noun == theirs.noun and mine.ordinal and theirs.ordinal
        and mine.ordinal != theirs.ordinal
    )  # fmt: skip


ORDINAL_WORD = re.compile(
    r"\b(?:first|initial|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _the_running_total(
    q: qty.Quantity, current: list[qty.Quantity], claim: Analysis, text: str, label: str,
    found: Finding | None,
) -> Finding | None:  # fmt: skip
    """A claim of what there is so far ("has collected $8.4 million so far") against a passage
    that gives an addition and the total it brings ("collected $1.9 million in October,
    bringing the total it has collected to $8.4 million"): the total is the claim's figure,
    the addition is not."""
    if found is None or found.supports or not SO_FAR.search(claim.text):
        return found
    total = BRINGING_TOTAL.search(text)
    if total is None:
        return found
    s = next((s for s in _agreeing(q, current) if s.start >= total.end()), None)
    if s is None or s.text == found.source:
        return found
    return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says {s.text}",
                   q.text, s.text, aligned=True)  # fmt: skip


# A claim of a running total ("so far", "to date", "has received"), and a passage's total an
# addition brings ("bringing the total it has received to")
SO_FAR = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+all|in\s+total|all\s+told|"
    r"ha(?:s|ve)\s+(?:now\s+)?\w+ed)\b",
    re.IGNORECASE,
)
BRINGING_TOTAL = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|pushing|taking|takes)\s+(?:the|its|their)\s+"
    r"(?:\w+\s+){0,2}?(?:total|tally|sum|count)\b[^.;]{0,40}?\bto\b",
    re.IGNORECASE,
)


def _paid_not_valued(claim: Analysis, q: qty.Quantity, passage: Analysis, x: qty.Quantity) -> bool:
    """A claim's sum that is what something costs ("the estimated cost ... is now $7.9
    million") against a passage's sum that one party gives toward it ("the state will pay
    $1.9 million toward the removal"): a share paid is no cost; "would cost about $6.8
    million" is one."""
    if not (COST_NOUNS & claim.stems and GIVING_VERBS & passage.stems):
        return False  # (the parse is read only where the words are there)
    mine = counted(claim.text, q.start, q.end)
    theirs = counted(passage.text, x.start, x.end)
    if not (mine.money and theirs.money and mine.noun and theirs.verb) or theirs.noun:
        return False
    return stem(mine.noun) in COST_NOUNS and stem(theirs.verb) in GIVING_VERBS


#: Nouns of what something costs, and verbs of a party giving a sum toward it (stems).
COST_NOUNS = frozenset({"cost", "price", "estim", "expens", "valu"})
GIVING_VERBS = frozenset({
    "pay", "paid", "give", "gave", "contribut", "donat", "award", "grant", "provid", "offer",
    "lend", "lent", "loan", "pledg", "commit", "alloc", "rais", "put", "cover",
})  # fmt: skip


def _a_plan_in(clause: str, verb: str) -> bool:
    return bool(PLAN_WORDS.search(clause) or re.search(rf"\bto\s+{re.escape(verb)}", clause, re.I))


# Words that make a figure a plan's (``counted.MODALS``, ``counted.EXPECTING``), as written
PLAN_WORDS = re.compile(
    r"\b(?:[Ww]ill|[Ww]ould|[Ss]hall|[Cc]ould|may|might|\w+'ll|"
    r"(?i:expect(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|plan(?:s|ned|ning)?|projected|"
    r"forecast(?:s|ed|ing)?|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?|"
    r"target(?:s|ed|ing)|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|"
    r"promis(?:e|es|ed|ing)))\b"
)
# The words of a limit set for a measure, as written (``counted.THRESHOLD_WORDS``)
LIMIT_WORDS = re.compile(
    rf"\b(?:(?:{'|'.join(THRESHOLD_WORDS)})s?|(?:{'|'.join(THRESHOLD_COMPOUND_WORDS)})\s+levels?)\b",
    re.IGNORECASE,
)


def _same_count_by_the_parse(
    q: qty.Quantity, current: list[qty.Quantity], claim_text: str, text: str, label: str
) -> Finding | None:
    """The claim's count in a passage that gives the same number with no noun of its own,
    where the parse says both count one thing: "enrollment was 17650 students" and "revised
    its fall 2025 enrollment to 17,650" both measure the enrollment."""
    if q.kind != "number" or q.bound != "eq" or q.qualifiers or q.compound:
        return None
    bare = not q.unit or q.unit.startswith("#")
    same = [
        s for s in current
        if s.kind == "number" and s.value == q.value and s.bound == "eq"
        # no noun of its own ("to 17,650"), or the claim's has none ("Calls ... rose to
        # 58,300" / "Calls 2025: 58,300")
        and (not s.unit or s.unit.startswith("#") or bare)
    ]  # fmt: skip
    if not same:
        return None
    mine = measured(claim_text, q.start, q.end)
    for s in same:
        if bare and s.unit in mine:
            return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says "
                           f"{s.text}", q.text, s.text, aligned=True)  # fmt: skip
    for s in same:
        if mine & measured(text, s.start, s.end):
            return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says "
                           f"{s.text}", q.text, s.text, aligned=True)  # fmt: skip
    return None


# Two sides' figures set against each other in one sentence: "the union puts it at 85 drivers,
# while the authority says it is 30", "Police said 200 attended; organisers put it at 2,000".
CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s|;", re.IGNORECASE)
ATTRIBUTED = re.compile(
    r"\b(?:says?|said|puts?|estimates?|estimated|counts?|counted|claims?|claimed|according to|"
    r"insists?|argues?|maintains?)\b",
    re.IGNORECASE,
)


def _set_against(
    q: qty.Quantity, current: list[qty.Quantity], text: str
) -> tuple[qty.Quantity, qty.Quantity] | None:
    """The claim's figure and another for it that the passage gives, each in a clause of its
    own speaker's, set against each other (the passage reports a dispute); else None."""
    agree = [x for x in current if qty.same_unit(q, x) and qty.agrees(q, x)]
    differ = [x for x in current if qty.same_unit(q, x) and not qty.agrees(q, x)]
    for a in agree:
        for b in differ:
            first, second = sorted((a, b), key=lambda x: x.start)
            between = CONTRAST.search(text, first.end, second.start)
            if between is None:
                continue
            start = max(text.rfind(",", 0, first.start), text.rfind(".", 0, first.start), 0)
            if ATTRIBUTED.search(text[start : between.start()]) and ATTRIBUTED.search(
                text[between.end() : second.end + 40]
            ):
                return a, b
    return None


def _derived_finding(
    q: qty.Quantity, passage: Analysis, said: list[qty.Quantity], label: str
) -> Finding | None:
    """A claim's change ("climbed by $130 million", "rose roughly fivefold") that the passage
    states as two figures ("$610 million, up from $480 million"): support only, never a
    conflict (what the two figures count, the sentence says only loosely)."""
    if q.kind not in ("factor", "percentage", "amount", "number", "duration"):
        return None
    if q.kind != "factor" and not q.change:
        return None  # a level ("$130 million") is no change the passage states
    for d in qty.derived(passage.text, said):
        if not (qty.same_unit(q, d) and qty.agrees(q, d)) or qty.other_subject(q, d):
            continue
        if q.direction and q.direction != d.direction:
            continue
        return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says "
                       f"{d.text.strip()}", q.text, d.text.strip())  # fmt: skip
    return None


def _share_finding(
    q: qty.Quantity, passage: Analysis, said: list[qty.Quantity], label: str
) -> Finding | None:
    """A claim's share ("about a fifth of its buses") that the passage states as a part and
    its whole ("runs 310 buses ..., and 62 of those buses are electric"): support only, never
    a conflict (which whole the part is of, the sentence says only loosely)."""
    if q.kind != "percentage" or q.change:
        return None
    for d in shares(passage.text, said):
        if qty.agrees(q, d) and q.clause & d.clause and not qty.other_subject(q, d):
            return Finding(label, True, 0.9, f"{label}: claim says {q.text}, source says "
                           f"{d.text.strip()}", q.text, d.text.strip(), aligned=True)  # fmt: skip
    for d, noun in partitive_shares(passage.text, said):
        # "more than half of the sites" / "three of the seven sites": a share of the whole the
        # passage names, which the claim's names too
        # (a part set off with its whole, "Most complaints, 158 of the 212, were about ...",
        # has no clause of its own: the words around it)
        if noun in q.clause and q.clause & (d.clause or d.context) and not qty.other_subject(q, d):
            agree = qty.agrees(q, d)
            return Finding(label, agree, 0.9 if agree else WEIGHTS["percentage"],
                           f"{label}: claim says {q.text}, source says {d.text} "
                           f"({d.value:.3g}%)", q.text, d.text, aligned=True)  # fmt: skip
    return None


def _votes_and_labels(
    q: qty.Quantity, claim: str, said: list[qty.Quantity], text: str
) -> Finding | None:
    """A vote ("8-1"), a count of one side of it, or a name's number ("Stage 3")."""
    said = _of_other_motions(claim, text, said)  # (another motion's tally is another vote)
    if q.kind == "tally":
        return _compare_tally(q, said, text, claim)
    if q.kind == "label":
        # "Stage 3" names a thing: found where the passage names it, never in conflict with
        # "Stage 2" (another thing, not another value of this one)
        named = [x for x in said if x.unit == q.unit and x.value == q.value]
        return (
            Finding("label", True, 0.5, f"name: claim says {q.text}, source says "
                    f"{named[0].text}", q.text, named[0].text)
            if named else None
        )  # fmt: skip
    return _count_of_a_side(q, claim, said)


def _count_of_a_side(q: qty.Quantity, claim: str, said: list[qty.Quantity]) -> Finding | None:
    """A count of one side of a vote ("with only one member voting against") read against
    the source's tally ("voted 8-1"): its votes against, or for."""
    end = claim.find(q.text, q.start) + len(q.text)
    side = qty.VOTE_SIDE.match(claim[end:]) if q.kind == "number" else None
    tallies = [x for x in said if x.kind == "tally" and x.against is not None]
    if side is None or not tallies:
        return None
    x = _best(q.clause, tallies, key=lambda c: c.clause)
    theirs = x.against if side.group("against") else x.value
    agrees = theirs == q.value
    reason = f"vote: claim says {q.text} {side.group(0).strip()}, source says {x.text}"
    return Finding("tally", agrees, 0.9 if agrees else WEIGHTS["tally"], reason, q.text, x.text)


def _compare_tally(
    q: qty.Quantity, said: list[qty.Quantity], text: str, claim: str = ""
) -> Finding | None:
    """A vote or score against the source's: "8-1" is not "7-2", nor "unanimously". Another
    tally is no conflict where its sentence says what was voted on and that is not what the
    claim's vote was on (``_tally_of_another_act``)."""
    theirs = [x for x in said if x.kind == "tally"]
    same = [x for x in theirs if x.value == q.value and x.against == q.against]
    if same and claim and _head_unsaid(claim, text, same[0]):
        return None  # (the same count of another act: "voted 6-3 ... to allow four stores")
    if same:
        return Finding("tally", True, 0.9, f"vote: claim says {q.text}, source says "
                       f"{same[0].text}", q.text, same[0].text)  # fmt: skip
    theirs = [x for x in theirs if not (claim and _tally_of_another_act(claim, text, x))]
    if theirs:
        x = _best(q.clause, theirs, key=lambda c: c.clause)
        return Finding("tally", False, WEIGHTS["tally"], f"vote: claim says {q.text}, source "
                       f"says {x.text}", q.text, x.text)  # fmt: skip
    unanimous = qty.UNANIMOUS.search(text)
    if unanimous is not None:
        agrees = q.against == 0
        return Finding("tally", agrees, 0.9 if agrees else WEIGHTS["tally"],
                       f"vote: claim says {q.text}, source says '{unanimous.group()}'", q.text,
                       unanimous.group())  # fmt: skip
    return None


def _head_unsaid(claim: str, text: str, x: qty.Quantity) -> bool:
    """Whether the sentence of the source's tally ``x`` says its own act, a "to" and a verb,
    without the thing the claim's vote was on: "voted 6-3 on Tuesday night to allow up to
    four retail cannabis stores" is no vote "to allow cannabis delivery" (the last word of
    what the claim's vote would do, "delivery", is nowhere in the passage; "cannabis" is),
    though it shares the count and most of the words."""
    m = VOTED_TO_DO.search(claim)
    mine = [t for t in tokenize(m.group("what")) if is_content(t)] if m else []
    if not mine or is_name(mine[-1]):
        return False
    _, here = sentence_at(text, x.start)
    theirs = VOTED_TO_DO.search(here)
    if theirs is None:
        return False  # ("The vote was 6-3.", "The motion carried 6-1": the act before it)
    said = {canon(t.key) for t in tokenize(text)} | {t.stem for t in tokenize(text)}
    head, rest = mine[-1], mine[:-1]
    shared = {canon(t.key) for t in rest} & {canon(t.key) for t in tokenize(theirs.group("what"))}
    return bool(shared) and canon(head.key) not in said and head.stem not in said


# What a vote would do, its verb's object up to a preposition, a date or the clause's end:
# "voted 6-3 to allow cannabis delivery", "voted to close the Elm Street branch in March"
VOTED_TO_DO = re.compile(
    r"\bto\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|zero|none)\b)"
    r"(?P<verb>[a-z]+)\s+(?:(?:for|on|up|out|off)\s+)?(?P<what>[^.;,]*?)"
    r"(?=\s+(?:in|on|at|by|of|for|from|to|with|under|after|before|during|last|this|next)\b"
    r"|[.;,]|$)"
)


def _tally_of_another_act(claim: str, text: str, x: qty.Quantity) -> bool:
    """Whether the sentence of the source's tally ``x`` says its own act, and one that is not
    the claim's: "the supervisors again rejected, 2-3, Supervisor Marco Bello's proposal to
    study a county-run ambulance service" is no vote "awarding the ambulance contract to
    Lakeshore Ambulance": a verb of deciding, then two words or more of what was decided (no
    names: "Council members Teo Marsh and Greta Lund" are the voters), fewer than half of
    them the claim's, but for the words of voting. A count with no act ("The board voted
    6-3, not 5-4", "The vote was 3-2.") is the vote the story is about."""
    voting = VOTE_WORDS | _title_keys()
    mine = {
        canon(t.key) for t in tokenize(claim)
        if is_content(t) and t.key not in voting and t.stem not in voting
    }  # fmt: skip
    _, here = sentence_at(text, x.start)
    act = DECIDED_ON.search(here)
    if act is None or len(mine) < 2:
        return False  # ("The board voted 6-3, not 5-4": the vote the sentence before names)
    # (what was decided, up to the clause's end; not the voters it names after it)
    decided = here[act.end() :].split(";")[0]
    theirs = {
        canon(t.key) for t in tokenize(decided)
        if is_content(t) and not is_name(t) and t.key not in voting and t.stem not in voting
    }  # fmt: skip
    return len(theirs) >= 2 and len(mine & theirs) < len(mine) / 2


# A verb of a body's decision, with what it decided after it: "again rejected, 2-3, Supervisor
# Marco Bello's proposal to study ...", "approved the budget 5-2".
DECIDED_ON = re.compile(
    r"\b(?:approv|reject|adopt|award|den(?:y|i)|defeat|tabl|grant|ratif|authori[sz]|pass)"
    r"(?:e|es|ed|ing|s)?\b",
    re.IGNORECASE,
)


# "all 31 of its servers", "all of the city's 31 servers", "each of the 12 schools"
ALL_BEFORE = re.compile(
    r"\b(?:all|each|every\s+one)(?:\s+of)?(?:\s+(?:the|its|their|[A-Z][\w.-]*'s))?\s*$",
    re.IGNORECASE,
)


def _all_of(
    q: qty.Quantity, claim_text: str, said: list[qty.Quantity], label: str, text: str = ""
) -> Finding | None:
    """A claim that all of a number of things did something ("All 31 of its servers were
    encrypted") against a source that says only some of that number did ("27 of its 31
    servers", "the first of the project's three buildings"): "all" admits no exception."""
    # ("all 12 of the schools" reads as a part of the schools; "all" makes it the whole)
    if q.kind != "number" or not ALL_BEFORE.search(claim_text[: q.start]):
        return None
    wholes = [x for x in said if not x.part and qty.same_unit(q, x) and x.value == q.value]
    parts = [x for x in said if x.part and qty.same_unit(q, x) and x.value < q.value]
    if not wholes:
        return None
    shown = parts[0].text if parts else ""
    if not shown:
        # "the first of the project's three buildings", "one of its three plants"
        some = next((m for w in wholes if (m := _some_of(text, w)) is not None), None)
        shown = some.group().strip() if some is not None else ""
    if not shown:
        return None
    reason = f"{label}: claim says all {q.text}, source says {shown}"
    return Finding(label, False, WEIGHTS.get(q.kind, 0.8), reason, q.text, shown)


# One of a number said by its order or count: "the first of", "only one of", "two of".
SOME_OF = (
    r"\b(?:the\s+)?(?:first|second|third|last|only\s+one|one|two|three)\s+of\s+"
    r"(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w.-]*['\u2019]s\s+)?$"
)


def _some_of(text: str, whole: qty.Quantity) -> re.Match[str] | None:
    """The words before a whole ("three buildings") that make it a part of it."""
    return re.search(SOME_OF, text[: whole.start].rstrip() + " ", re.IGNORECASE) if text else None


def _unanimity(claim: Analysis, passage: Analysis) -> Finding | None:
    """A claim that a vote was unanimous, against a source that gives votes against ("voted
    8-1", "the lone dissent"), or one that says so too."""
    said = qty.UNANIMOUS.search(claim.text)
    if said is None or any(q.kind == "tally" for q in claim.quantities):
        return None
    word = said.group()
    tallies = _of_other_motions(claim.text, passage.text, passage.quantities)
    against = [x for x in tallies if x.kind == "tally" and x.against]
    dissent = qty.DISSENT.search(passage.text)
    if against or dissent:
        shown = against[0].text if against else dissent.group() if dissent else ""
        return Finding("unanimity", False, WEIGHTS["tally"],
                       f"vote: claim says '{word}', source says {shown}", word, shown)  # fmt: skip
    if qty.UNANIMOUS.search(passage.text):
        return Finding("unanimity", True, 0.9, f"vote: claim says '{word}', source says so too",
                       word, word)  # fmt: skip
    # (a tally with none against says it: "The motion carried 7-0")
    none = next((x for x in tallies if x.kind == "tally" and x.against == 0 and x.value), None)
    if none is not None:
        return Finding("unanimity", True, 0.9, f"vote: claim says '{word}', source says "
                       f"{none.text}", word, none.text)  # fmt: skip
    return None


def _unanimity_said(claim: Analysis, vote: Finding, matched: dict[int, str]) -> dict[int, str]:
    """The claim's "unanimously" as the passage says it ("7-0"), where it agrees."""
    said = qty.UNANIMOUS.search(claim.text)
    if not vote.supports or said is None:
        return {}
    return {
        t.index: vote.source for t in claim.tokens
        if said.start() <= t.start < said.end() and t.index not in matched
    }  # fmt: skip


# A claim that one voter alone voted against: "was the only board member to vote against",
# "cast the only vote against", "the lone dissenter"
LONE_DISSENT = re.compile(
    r"\b(?P<only>only|lone|sole)\b[^.;]{0,40}?\b(?:vot(?:e|ed|ing)\s+(?:against|no)|"
    r"dissent\w*|no\s+vote)\b",
    re.IGNORECASE,
)


def _lone_dissent(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """A lone dissent the claim gives, against the passage's tally: "4-1" says one vote
    against, as the claim does; "5-2" says two. (finding, index of the claim's "only")."""
    said = LONE_DISSENT.search(claim.text)
    if said is None or any(q.kind == "tally" for q in claim.quantities):
        return None
    said_tallies = _of_other_motions(claim.text, passage.text, passage.quantities)
    tally = next((x for x in said_tallies if x.kind == "tally" and x.against), None)
    word = next((t for t in claim.tokens if t.start == said.start("only")), None)
    if word is None:
        return None
    if tally is None:
        return _lone_named(claim, passage, word) or _dissenters(claim, passage, word)
    one = tally.against == 1
    reason = f"vote: claim says one vote against ('{said.group('only')}'), source says {tally.text}"
    return Finding("tally", one, 0.9 if one else WEIGHTS["tally"], reason, word.text,
                   tally.text), word.index  # fmt: skip


def _of_other_motions(claim: str, text: str, said: list[qty.Quantity]) -> list[qty.Quantity]:
    """The passage's figures less the tallies of a motion to do something the claim's vote is
    not about (``another_motion_at``)."""
    return [x for x in said if not (x.kind == "tally" and another_motion_at(claim, text, x.start))]


def another_motion_at(claim: str, text: str, at: int, unsaid: bool = False) -> bool:
    """Whether the vote said at ``text[at]`` is on a motion to do what the claim's vote is not
    about: "Pell moved to move the $250,000 reserve to transitional housing. The motion failed,
    2-3, with Commissioners Pell and Ortiz voting yes" is no vote on "the opioid settlement
    spending plan" (less than half the claim's words of its object, two or more, are in what
    was moved). A vote is a motion's in the sentence that moves it, or in the next, which says
    "the motion"; a claim about a motion is not read so. ``unsaid``: a vote in a sentence on
    "the motion" whose motion the text does not give is another's too, unless the sentence
    says half of what the claim's vote was on."""
    if motions.MOVED.search(claim) or MOTION_WORD.search(claim):
        return False
    if not motions.moved(text) and not unsaid:
        return False
    voting = VOTE_WORDS | _title_keys()
    # (a name after the claim's vote is of what was voted on: "to vote against the Kestrel
    # Tolling Systems contract"; a name before it is the voter's)
    side = VOTE_SIDE.search(claim)
    on_from = side.end() if side else len(claim)
    mine = {
        canon(t.key) for t in tokenize(claim)
        if is_content(t) and (not is_name(t) or t.start >= on_from)
        and t.key not in voting and t.stem not in voting
    }  # fmt: skip
    back, here = sentence_at(text, at)
    decided = motions.OUTCOME.match(here)
    if decided and "amendment" in decided.group("subject").lower() and not AMENDMENT.search(claim):
        # "The amendment carried 4-3" decides an amendment, no vote "to adopt the amended
        # toll schedule" (the claim's vote is on no amendment)
        return True
    if len(mine) < 2:
        return False
    moved, prior, steps = motions.moved(here), "", 0
    while not moved and back and _on_a_motion(here) and steps < 2:
        # (the motion "the motion" is: one moved a sentence or two before, past the chair's
        # calls: "The motion is to approve the additional $1.1 million. All in favour?")
        back, before = sentence_at(text, len(text[:back].rstrip()) - 1)
        steps += not motions.is_call(before)
        prior = prior or ("" if motions.is_call(before) else before)
        moved = motions.moved(before) or ([before] if motions.states_motion(before) else [])
    if not moved and unsaid and _on_a_motion(here):
        # (a motion the text does not give: another only where neither the sentence nor the
        # one before it says a word of what the claim's vote was on)
        said = {canon(t.key) for t in tokenize(f"{prior} {here}") if is_content(t)}
        return not mine & said
    shared = [len(mine & {canon(t.key) for t in tokenize(w) if is_content(t)}) for w in moved]
    # (read for a side, a motion is another only where what was moved says none of the
    # claim's words: "the additional $1.1 million" is on "the additional money for the bridge";
    # or fewer than half of them, with another verb: "to approve a three-year contract ... at
    # the county jail" is no vote on "shrinking the new jail to 420 beds")
    verb = _side_verb(claim)
    # (... and a motion to do another act than the claim's vote was to do: "moved to require
    # payment plans before any charges are written off" is no vote "to write off" them)
    to = motions.VOTED_TO.search(claim)
    act = _first_verb(f"to {to.group('what')}") if to else None
    return bool(moved) and all(
        n == 0 or n < len(mine) / 2 and verb is not None and _first_verb(w) not in (None, verb)
        if unsaid
        else n < len(mine) / 2 or act is not None and _act_said_aside(act, w)
        for n, w in zip(shared, moved, strict=True)
    )  # fmt: skip


def _side_verb(claim: str) -> str | None:
    """The verb of the measure a claim's side names: "shrink" of "voted against shrinking the
    new jail"; None where it names a thing ("voted for the budget")."""
    side = motions.SIDE_ON.search(claim)
    first = tokenize(side.group("what"))[:1] if side else []
    return canon(first[0].key) if first and first[0].lower.endswith("ing") else None


def _voted_said(claim: Analysis, side: Finding | None, matched: dict[int, str]) -> dict[int, str]:
    """The claim's "voted", where the passage gives the voter's side as the claim does: a roll
    call's "Nays 2 (Draper, Pruitt)" says Pruitt voted."""
    said = VOTE_SIDE.search(claim.text)
    if side is None or not side.supports or side.kind != "vote" or said is None:
        return {}
    voted = next((t for t in claim.tokens if t.start == said.start()), None)
    return {} if voted is None or voted.index in matched else {voted.index: side.source}


def _first_verb(moved: str) -> str | None:
    """The verb of what was moved: "approv" of "to approve a three-year contract"."""
    m = re.match(r"\s*to\s+(?P<verb>[a-z]+)\b", moved)
    return canon(tokenize(m.group("verb"))[0].key) if m else None


MOTION_WORD = re.compile(r"\bmotions?\b", re.IGNORECASE)
# a claim about an amendment ("the amendment lowering the increase", "voted to amend the
# plan"): the chair's "The amendment carried 4-3" decides its vote, no other motion's
AMENDMENT = re.compile(r"\bamend(?:ment|ments|s|ing)?\b", re.IGNORECASE)


def _on_a_motion(sentence: str) -> bool:
    """Whether a sentence speaks of a motion: names it, or decides one as a record words it
    ("The amendment carried 4-3" decides the motion to amend moved before it)."""
    return bool(MOTION_WORD.search(sentence) or motions.OUTCOME.match(sentence))


# The words of a vote itself, not of what it was on
VOTE_WORDS = frozenset(
    stem(w) for w in (
        "vote", "voted", "against", "favor", "favour", "oppose", "opposed", "support",
        "approve", "approved", "adopt", "adopted", "pass", "passed", "reject", "rejected",
        "only", "lone", "sole", "unanimously", "unanimous", "dissent", "member", "members",
    )
)  # fmt: skip


def _lone_named(claim: Analysis, passage: Analysis, word: Token) -> tuple[Finding, int] | None:
    """The lone dissent the claim gives, said in words of the one the claim names ("Tess
    Marrow cast the lone vote against it" for "... was the only member to vote against"):
    the passage names no one else before its "lone"."""
    said = LONE_DISSENT.search(passage.text)
    mine = {t.key for t in claim.names} - _title_keys()
    if said is None or not mine:
        return None
    before = {t.key for t in passage.names if t.end <= said.start()} - _title_keys()
    if not mine <= before:
        return None
    reason = f"vote: claim says one vote against ('{word.text}'), source says '{said.group(0)}'"
    return Finding("tally", True, 0.9, reason, word.text, said.group(0)), word.index


def _dissenters(claim: Analysis, passage: Analysis, word: Token) -> tuple[Finding, int] | None:
    """A lone dissenter the claim names ("Sam Reyes was the only commissioner to vote
    against") among the several the passage names on that side ("Commissioners Dale Okafor
    and Sam Reyes voted against the plan")."""
    mine = {t.key for t in claim.names}
    for side, names in _voters(passage):
        if side == "against" and mine & set(names) and set(names) - _title_keys() - mine:
            who = [t for t in passage.names if t.key in names and t.key not in _title_keys()]
            shown = passage.text[who[0].start : who[-1].end]  # "Dale Okafor and Sam Reyes"
            reason = f"vote: claim says one vote against ('{word.text}'), source says {shown}"
            return Finding("tally", False, WEIGHTS["tally"], reason, word.text, shown), word.index
    return None


# Which side of a vote a voter took: "voted for", "voted in favour of", "voted against".
VOTE_SIDE = re.compile(
    r"\b(?:vot(?:ed|es|ing)|to\s+vote)\s+"
    # ("voted to postpone": for the motion to)
    r"(?:(?P<yes>for|in favou?r(?:\s+of)?|yes|aye|to(?=\s+[a-z]+\b))|(?P<no>against|no|nay))\b",
    re.IGNORECASE,
)


# the minutes' roll call by side, its names after the colon: "Ayes: Greer, Whitcomb, Brandt."
# ... or with its count, the names in brackets: "Ayes 5, Nays 2 (Draper, Pruitt)"
ROLL_SIDE = re.compile(
    r"\b(?:(?P<yes>ayes|yeas)|(?P<no>nays|noes))(?=\s*:|\s+\d+\s*\()", re.IGNORECASE
)
COUNTED_NAMES = re.compile(r"\s+\d+\s*\((?P<names>[^)]*)\)")
# a vote against said of who cast it: "The motion carried 6-1, Council Member Okafor dissenting"
DISSENTED = re.compile(r"\b(?:dissenting|dissented)\b", re.IGNORECASE)
SENTENCE_END_AT = re.compile(r"[.?!]\s")
CLAUSE_END_AT = re.compile(r"[.?!;]\s")
# a side that labels the list after it: "Voting yes: ..."
LABEL_COLON = re.compile(r"\s*:")


def _voters(a: Analysis, claim: str = "") -> list[tuple[str, list[str]]]:
    """Each side a sentence gives and the names of who took it: the names between the
    previous vote (or the sentence's start) and this one ("Morrow ... and Reyes voted
    against"), or, where the side labels a list, the names after it to the sentence's end
    (a clerk's "Voting yes: Councilors Amaral, Kaye and Ruiz."). With the ``claim``, not
    the sides of a vote on another motion than the claim's (``another_motion_at``)."""
    out, left = [], 0
    sides = sorted(
        [*VOTE_SIDE.finditer(a.text), *DISSENTED.finditer(a.text), *ROLL_SIDE.finditer(a.text)],
        key=lambda m: m.start(),
    )
    for m in sides:
        if claim and (
            another_motion_at(claim, a.text, m.start(), unsaid=True)
            or _aside_on_another(claim, a.text, m)
        ):
            left = m.end()
            continue
        yes = m.re in (VOTE_SIDE, ROLL_SIDE) and m.group("yes") is not None
        counted = COUNTED_NAMES.match(a.text, m.end()) if m.re is ROLL_SIDE else None
        if counted is not None:
            stop = counted.end("names")
            named = [t.key for t in a.names if counted.start("names") <= t.start < stop]
            out.append(("for" if yes else "against", named))
            left = counted.end()
            continue
        if LABEL_COLON.match(a.text, m.end()):
            end = SENTENCE_END_AT.search(a.text, m.end())
            stop = end.start() if end else len(a.text)
            out.append(("for" if yes else "against",
                        [t.key for t in a.names if m.end() <= t.start < stop]))  # fmt: skip
            left = stop
            continue
        # (from the sentence's start, or its last clause's: "Eade cast the lone vote against
        # it; Board member Ann Ruiz voted in favor" gives Ruiz's side, not Eade's)
        ends = [e.end() for e in CLAUSE_END_AT.finditer(a.text, 0, m.start())]
        start = max([left, *ends])
        names = [t.key for t in a.names if start <= t.start < m.start()]
        out.append(("for" if yes else "against", names))
        left = m.end()
    return out


# A clause set off after a name, that tells of the person ("Dario Venn, who voted for the
# 2025 ordinance, joins ..."): its start
ASIDE_WHO = re.compile(r",\s+who\s+")


def _aside_on_another(claim: str, text: str, side: re.Match[str]) -> bool:
    """Whether a side is said in a clause set off after a name ("Council member Dario Venn,
    who voted for the 2025 ordinance, joins Hobart ... against it") of what the claim's vote
    is not on: such a clause tells of the person's past, and none of the claim's words after
    its own vote are in what it voted on."""
    asides = list(ASIDE_WHO.finditer(text, 0, side.start()))
    if not asides or re.search(r"[,;.]", text[asides[-1].end() : side.start()]):
        return False
    end = re.search(r"[,;.]\s", text[side.end() :])
    on = text[side.end() : side.end() + end.start()] if end else text[side.end() :]
    vote = VOTE_SIDE.search(claim)
    after = claim[vote.end() :] if vote else claim
    mine = {canon(t.key) for t in tokenize(after) if is_content(t)}
    theirs = {canon(t.key) for t in tokenize(on) if is_content(t)}
    return bool(mine) and bool(theirs) and not mine & theirs


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """The keys of title words ("truste" for "Trustees"), as names are compared."""
    return frozenset(stem(w) for w in lexicon.titles())


def _mover(claim: Analysis, passage: Analysis) -> Finding | None:
    """A claim that a named member made or seconded a motion, against a transcript whose turn
    that does it is another member's ("Councilor Samir Haddad seconded the motion" against
    "COUNCILOR TEODOR KAYE: Second."): saying the words is the act, and the label says whose."""
    m = motions.MOVED.search(claim.text)
    voter = next((t for t in claim.names if m and claim.text[t.end : m.start()] == " "), None)
    if m is None or voter is None:
        return None
    kind = "seconded" if m.group().lower() == "seconded" else "moved"
    acts = motions.acts(passage.text) or motions.reported_acts(passage.text, claim.text)
    by = [who for act, who in acts if act == kind]
    if not by or any(voter.key in {stem(w.lower()) for w in who.split()} for who in by):
        return None
    # the voter's whole name, the names right before it ("Councilor Samir Haddad")
    run = [voter]
    while run[0].index > 0 and claim.tokens[run[0].index - 1] in claim.names:
        run.insert(0, claim.tokens[run[0].index - 1])
    name = claim.text[run[0].start : voter.end]
    return Finding("vote", False, WEIGHTS["vote"],
                   f"motion: claim says {name} {kind} it, the source has "
                   f"{_named(by[0])}", m.group(), _named(by[0]), replaced=True)  # fmt: skip


def _named(who: str) -> str:
    """A member as a transcript's label writes them ("COUNCILOR TEODOR KAYE") or as a
    record does ("Council Member Priya Nandakumar"), in title case."""
    return who.title() if who.isupper() else who


def _vote_side(claim: Analysis, passage: Analysis, context: str = "") -> Finding | None:
    """A claim that someone voted for a measure, against a source that says they voted
    against it (or the other way round). The voter is the claim's last name before its vote
    ("Councillor Ines Duarte voted": Duarte), not a title two voters share."""
    for side, names in _voters(claim):
        if not names:
            continue
        for other, theirs in _voters(passage, claim.text):
            if names[-1] in theirs and (
                other != side or _side_of_the_voter(claim, passage, names[-1])
            ):
                # ("Nays: Dunleavy, Marsh, Petrakis." gives Petrakis's side, either way)
                return Finding("vote", other == side, WEIGHTS["vote"],
                               f"vote: claim says voted {side}, source says voted {other}",
                               f"voted {side}", f"voted {other}")  # fmt: skip
        return (
            _abstained(claim, passage, side, names[-1])
            or _not_among(claim, passage, side, names[-1], context)
            or _none_against(claim, passage, side)
        )
    return None


def _side_of_the_voter(claim: Analysis, passage: Analysis, voter: str) -> bool:
    """Whether the side the passage gives the claim's voter's name agrees as theirs: not a
    body's vote ("The Tarnby council voted to close it"), nor the one member the claim says
    voted so (``_lone_named``, ``_dissenters``), nor another person of the voter's last name
    ("Ben Lorne" for "Ada Lorne")."""
    vote = VOTE_SIDE.search(claim.text)
    if vote is None or not _voter_named(claim, vote.start()) or LONE_DISSENT.search(claim.text):
        return False
    mine = {t.key for t in claim.names}
    for t in passage.names:
        before = passage.tokens[t.index - 1] if t.index > 0 else None
        if (
            t.key == voter and before is not None and before in passage.names
            and passage.text[before.end : t.start] == " " and before.key not in mine
            and before.key not in _title_keys()
        ):  # fmt: skip
            return False
    return True


# "Council Member Breck abstained", "6-0, with Trustee Holt abstaining": a member who took no
# side (the names before the word, in its sentence).
ABSTAINED = re.compile(r"\b(?:abstained|abstaining|abstains)\b", re.IGNORECASE)


def _abstained(claim: Analysis, passage: Analysis, side: str, voter: str) -> Finding | None:
    """A claim that a named member voted for or against a measure, against a source that
    says they abstained on it ("The motion carried 6-0. Council Member Breck abstained"):
    who abstains votes neither way. Not on a vote the source gives for another motion."""
    for m in ABSTAINED.finditer(passage.text):
        start = max([0, *(e.end() for e in SENTENCE_END_AT.finditer(passage.text, 0, m.start()))])
        who = {stem(t.lower) for t in tokenize(passage.text[start : m.start()]) if is_name(t)}
        if voter not in who or another_motion_at(claim.text, passage.text, m.start(), unsaid=True):
            continue
        return Finding("vote", False, WEIGHTS["vote"],
                       f"vote: claim says voted {side}, source says abstained",
                       f"voted {side}", m.group())  # fmt: skip
    return None


def _none_against(claim: Analysis, passage: Analysis, side: str) -> Finding | None:
    """A claim that a named member voted against a measure, against a source that says it
    passed unanimously with no vote against ("The motion carries unanimously."): no one did."""
    said = qty.UNANIMOUS.search(passage.text)
    if (
        side != "against"
        or said is None
        or qty.DISSENT.search(passage.text)
        or any(q.kind == "tally" and q.against for q in passage.quantities)
    ):
        return None
    vote = VOTE_SIDE.search(claim.text)
    if vote is not None and QUANTITY_WORD.search(claim.text, 0, vote.start()):
        return None  # a count of voters, not one named member
    # (every member's vote: the source need not name the claim's)
    return Finding("vote", False, WEIGHTS["vote"],
                   f"vote: claim says voted against, source says '{said.group()}'",
                   "voted against", said.group(), replaced=True)  # fmt: skip


def _side_unsaid(claim: Analysis, passage: Analysis) -> list[int]:
    """The claim's vote verb ("voted" of "Supervisor Lena Marsh voted against the ordinance"),
    where the passage says of the named voter no side ("Supervisor Marsh moved to amend ...
    The amendment failed", "The motion carries four to one"): how a chamber voted is no
    member's vote. Empty where the passage names the voter with a side, or the claim names
    none."""
    vote = VOTE_SIDE.search(claim.text)
    # (the voter is the name right before the vote: "Lena Marsh voted", not the merger of
    # "signed off on the St. Aldric merger with one member voting against it")
    voter = next((t for t in claim.names if vote and claim.text[t.end : vote.start()] == " "), None)
    if vote is None or voter is None:
        return []
    listed = LISTED_SIDE.search(passage.text)
    if listed and voter.key in {stem(w.lower()) for w in _listed(listed).split()}:
        return []
    for m in VOTE_SIDE.finditer(passage.text):
        # a sentence that says a side and names the voter anywhere in it ("misnamed a
        # councilmember who voted against the budget; she is Lena Ortega")
        start = max([0, *(e.end() for e in SENTENCE_END_AT.finditer(passage.text, 0, m.start()))])
        end = SENTENCE_END_AT.search(passage.text, m.end())
        stop = end.start() if end else len(passage.text)
        if any(t.key == voter.key and start <= t.start < stop for t in passage.names):
            return []
    return [t.index for t in claim.tokens if t.start == vote.start()]


# "with Trustees Ames, Holt and Vega voting no", or a clerk's "Three ayes, two nays,
# Commissioners Vasquez and Lund voting no": the people a vote's one side lists
LISTED_SIDE = re.compile(
    r"(?:(?:\bwith\s+|,\s+)(?P<who>[^.;:]{1,120}?)"
    # (or a sentence of names of their own: "Councilors Nadia Brooks and Lena Ferraro voted
    # against")
    r"|(?:^|(?<=[.!?])\s+)(?P<named>[A-Z][\w.'-]*(?:(?:\s+|,\s*)(?:and\s+)?[A-Z][\w.'-]*){1,11}))"
    r"\s+(?P<also>also\s+)?"
    r"(?:vot(?:ed|ing)\s+(?:(?P<no>no|against|nay)|(?P<yes>yes|for|in\s+favou?r|aye))|"
    r"(?P<dissent>dissenting|dissented))\b",  # "4-1, Supervisor Pruett dissenting"
    re.IGNORECASE,
)


def _listed(m: re.Match[str]) -> str:
    """The names a ``LISTED_SIDE`` match gives, in either of its forms."""
    return m.group("who") or m.group("named")


def _another_year(claim: Analysis, passage: Analysis, context: str) -> bool:
    """Whether the passage (with the sentences before it) dates its vote in a year the claim
    does not give, the claim dating its own ("voted against ... in August 2026" against a
    story of a vote "Feb. 5, 2025"): a list of who voted then names nobody of this vote."""
    mine = {d.year for d in claim.dates if d.year}
    theirs = {d.year for d in [*passage.dates, *analyse(context).dates] if d.year}
    return bool(mine) and bool(theirs) and not mine & theirs


def _not_among(
    claim: Analysis, passage: Analysis, side: str, voter: str, context: str = ""
) -> Finding | None:
    """A claim that one named person voted on a side, against a source that names every
    one who did, and not them: "four to three, with Trustees Ames, Holt and Vega voting no"
    names the three who voted no; so does "Councilors Brooks and Ferraro voted against" after
    a story's lead gave the vote as 5-2 (``context``: the sentences before the passage)."""
    # (not a list or a count of a vote on another motion than the claim's)
    m = next(
        (x for x in LISTED_SIDE.finditer(passage.text)
         if not another_motion_at(claim.text, passage.text, x.start(), unsaid=True)),
        None,
    )  # fmt: skip
    if m is None:
        return None
    tallies = [
        q for q in passage.quantities
        if q.kind == "tally" and q.against is not None
        and not another_motion_at(claim.text, passage.text, q.start, unsaid=True)
    ]  # fmt: skip
    if not tallies and context:
        tallies = [q for q in analyse(context).quantities if q.kind == "tally"]
    vote = VOTE_SIDE.search(claim.text)
    # (a count of the voters, not the claim's tally: "passed 6-1, with Grace Abernathy")
    spans = [(q.start, q.end) for q in claim.quantities if q.kind == "tally"]
    a_count = vote is not None and any(
        not any(a <= x.start() < b for a, b in spans)
        for x in QUANTITY_WORD.finditer(claim.text, 0, vote.start())
    )
    if len(tallies) != 1 or m.group("also") or a_count or _another_year(claim, passage, context):
        return None
    if (m.group("no") is not None or m.group("dissent") is not None) != (side == "against"):
        return None
    people = [
        words for part in re.split(r",|\band\b", _listed(m))
        if (words := [w for w in part.split() if w[:1].isupper()
                      and stem(w.lower()) not in _title_keys()])
    ]  # fmt: skip
    said = tallies[0].against if side == "against" else tallies[0].value
    keys = {stem(w.lower()) for p in people for w in p}
    if len(people) != said or voter in keys:
        return None
    shown = ", ".join(" ".join(p) for p in people)
    name = next((t.text for t in claim.names if t.key == voter), voter)
    return Finding("vote", False, WEIGHTS["vote"],
                   f"vote: claim says {name} voted {side}, source names all who did: {shown}",
                   f"voted {side}", shown, replaced=True)  # fmt: skip


# a count of the voters ("Three trustees voted against"): not one named person
QUANTITY_WORD = re.compile(rf"\b(?:\d+|{'|'.join(qty.NUMBER_WORDS)})\b", re.IGNORECASE)


# "Of the 385 employees whose jobs were eliminated, ... 288 were laid off": the first figure is
# a whole, the later ones its parts.
WHOLE = re.compile(r"\b(?:of|among)\s+(?:the|those|these|its|their)\s*$", re.IGNORECASE)


def _part_of_whole(
    q: qty.Quantity, said: list[qty.Quantity], text: str, names: set[str]
) -> tuple[qty.Quantity, qty.Quantity] | None:
    """The claim's figure is a whole the source divides, and what the claim says of it the
    source says of a part: "laid off 385 workers" against "of the 385 employees whose jobs were
    eliminated, 97 moved ... and 288 were laid off". (whole, part) or None.

    What the source says of each figure is the words after it, up to the next figure; the
    claim's words beyond its names are compared with them."""
    wanted = q.clause - q.names - names
    for whole in said:
        cue = text[max(0, whole.start - 16) : whole.start]
        if not (qty.agrees(q, whole) and WHOLE.search(cue)):
            continue
        parts = [p for p in said if p.start > whole.start and p.kind == whole.kind]
        parts = [p for p in parts if p.value < whole.value]
        of_whole = _said_after(text, whole, said)
        best: tuple[int, qty.Quantity] | None = None
        for part in parts:
            of_part = _said_after(text, part, said)
            gain = len((wanted & of_part) - of_whole)
            # the part's words must say more of the claim than the whole's ("laid off"
            # against "whose jobs were cut")
            if gain and gain >= len((wanted & of_whole) - of_part) and (not best or gain > best[0]):
                best = (gain, part)
        if best is not None:
            return whole, best[1]
    return None


def _part_named_first(
    q: qty.Quantity, current: list[qty.Quantity], said: list[qty.Quantity], text: str
) -> tuple[qty.Quantity, qty.Quantity] | None:
    """The claim's figure is the whole of a partitive whose part the source says it of: "two
    dogs were killed by microcystin" against "one of the two dogs that died in June was killed
    by microcystin". (whole, part) or None."""
    for part in current:
        if not part.part or qty.agrees(q, part):
            continue
        end = qty.phrase_end(text, part)
        whole = next(
            (w for w in said if part.start < w.start < end and qty.agrees(q, w)), None
        )  # fmt: skip
        if whole is None:
            continue
        # what is said of the part: the words after it, or the verb it is the object of
        # ("Ambulance crews delivered five of those seven babies")
        verb = counted(text, part.start, end).verb
        if q.clause & (_said_of_the_part(text, end, said) | ({verb} if verb else set())):
            return whole, part
    return None


# A relative clause after a partitive describes its whole ("one of the two dogs that died in
# June was killed"); the verb after it says what is true of the part.
RELATIVE_THEN_VERB = re.compile(
    r"^\s+(?:that|who|which)\b.*?\b(?P<verb>was|were|is|are|has|have|had)\b", re.IGNORECASE
)


def _said_of_the_part(text: str, end: int, said: list[qty.Quantity]) -> frozenset[str]:
    """The content words a partitive ending at ``end`` says of its part: after it (past a
    relative clause about its whole), up to the next figure or the sentence's end."""
    then = RELATIVE_THEN_VERB.match(text[end:])
    start = end + then.start("verb") if then else end
    return _words_from(text, start, [y.start for y in said if y.start >= start])


def _said_after(text: str, x: qty.Quantity, said: list[qty.Quantity]) -> frozenset[str]:
    """The content words after a figure, up to the next figure or the end of the sentence."""
    return _words_from(text, x.end, [y.start for y in said if y.start > x.start])


SENTENCE_STOP = re.compile(r"[.;](?:\s|$)")


def _words_from(text: str, start: int, figures: list[int]) -> frozenset[str]:
    """The content words from ``start`` up to the first of ``figures`` (where later figures
    start) or the end of the sentence."""
    stop = SENTENCE_STOP.search(text, start)
    end = min([*figures, stop.start() if stop else len(text)])
    return frozenset(canon(t.key) for t in tokenize(text[start:end]) if is_content(t))


def _corrected_away(passage: Analysis) -> frozenset[int]:
    """Where the figures stand that a correction says were wrong: after its cue, in the same
    sentence ("incorrectly stated that storage had fallen to 19 per cent")."""
    return frozenset(
        x.start for x in passage.quantities
        if CORRECTED.search(SENTENCE_END.split(passage.text[: x.start])[-1])
    )  # fmt: skip


def _agreeing(q: qty.Quantity, said: list[qty.Quantity]) -> list[qty.Quantity]:
    """The passage's figures that agree with the claim's: any in the same unit, whatever words
    surround it, but for an open range only near its bound or of the same thing
    (``qty.near_its_bound``), in words of its own clause (a table cell's figure, whose
    clause is empty, is of the same thing only by the words around it: "$3,213,000" of
    taxable sales is no "more than $100,000" of tax)."""
    return [
        s for s in said
        if qty.same_unit(q, s) and qty.agrees(q, s) and not qty.other_subject(q, s)
        and (qty.near_its_bound(q, s) or qty.same_measure(q, s) and bool(s.clause))
        and (
            (qty.CAPACITY in q.clause) == (qty.CAPACITY in s.clause)  # (room for, or held)
            or q.unit in qty.HELD_IN_PLACES
        )
        and not _a_part_for_the_whole(q, s)
        and not qty.unsaid_restriction(q, s)  # (a share of a narrower whole: another figure)
    ]  # fmt: skip


def _same_count_of_it(q: qty.Quantity, s: qty.Quantity) -> bool:
    return qty.same_count(q, s) and not qty.other_subject(q, s) and not _a_part_for_the_whole(q, s)


def _a_part_for_the_whole(q: qty.Quantity, s: qty.Quantity) -> bool:
    """A part of a whole ("three of the four films") is no count of the whole a claim gives
    ("a series of three films"); a claim's count of a kind ("62 electric buses") may be the
    part a sentence picks out ("62 of those buses are electric"), and a share is of something
    either way."""
    if not s.part or q.part or q.kind != "number" or q.qualifiers or q.compound:
        return False
    # (only where the sentence gives the whole: "one of the workers was taken to the hospital"
    # counts the one taken, as "one worker was taken" does)
    return any(w[:1].isdigit() or w.lower() in qty.NUMBER_WORDS for w in s.text.split()[1:])


def _aligned_by_the_parse(
    q: qty.Quantity, current: list[qty.Quantity], text: str, found: Finding | None,
    claim_text: str = "",
) -> Finding | None:  # fmt: skip
    """An agreeing figure the word order leaves unaligned, which the parse says counts what
    the claim's counts ("subscribers reached 6.4 million" for "6.4 million subscribers"), or,
    for a sum of money, is the object of the claim's own verb ("bringing the total it has
    received to $6.2 million" for "has received $6.2 million")."""
    if found is None or not found.supports or found.aligned or not q.unit:
        return found
    if q.unit.startswith(("#", "@")) or q.unit in qty.GENERIC_UNITS:
        return found
    s = next((x for x in current if x.text == found.source), None)
    if s is None or (q.qualifiers, q.compound) != (s.qualifiers, s.compound):
        return found  # "14 new bus drivers": what qualifies the count must be said too
    theirs = counted(text, s.start, s.end)
    if theirs.noun == q.unit:
        return replace(found, aligned=True)
    mine = counted(claim_text, q.start, q.end) if claim_text and theirs.money else None
    if (
        mine is not None and mine.money and mine.verb and mine.verb == theirs.verb
        and mine.verb not in NEUTRAL_VERBS and mine.noun == theirs.noun and _within(s, q)
    ):  # fmt: skip
        return replace(found, aligned=True)
    return found


def _within(s: qty.Quantity, q: qty.Quantity) -> bool:
    """Whether the source's figure says no more than the claim's allows: the same bound and,
    for an open one, no looser ("over $348 million" does not say "over $350 million")."""
    if s.bound != q.bound:
        return s.bound in ("eq", "approx") and q.bound in ("eq", "approx")
    if q.bound in ("gt", "ge"):
        return s.value >= q.value
    if q.bound in ("lt", "le"):
        return s.value <= q.value
    return True


def _same_sum_for_the_named(
    q: qty.Quantity, current: list[qty.Quantity], names: set[str], found: Finding | None
) -> Finding | None:
    """An agreeing sum of money the word order leaves unaligned, said exactly (not rounded
    nor bounded) in a clause that names what the claim's clause names ("put $950,000 toward
    Hollis Township" / "commit $950,000 toward extending the network to Hollis Township"):
    one exact sum for one named thing is the same sum."""
    if found is None or not found.supports or found.aligned or q.kind != "amount":
        return found
    s = next((x for x in current if x.text == found.source), None)
    if s is None or s.value != q.value or q.bound != "eq" or s.bound != "eq":
        return found
    if not qty.same_unit(q, s) or not (q.clause & s.clause & names):
        return found
    if qty.set_aside_or_cost(q, s):
        return found  # ("voted to spend $650,000 on" it is no cost of it)
    return replace(found, aligned=True)


def _same_rate_in_other_words(
    q: qty.Quantity, current: list[qty.Quantity], claim_text: str, found: Finding | None
) -> Finding | None:
    """An agreeing percentage the word order leaves unaligned, where the claim's is a rate or
    a share by its noun ("the abandoned-call rate was 3.1%") and the source's, the same to its
    last digit, is said in a clause of the same things ("abandoned calls made up 3.1% of calls
    to the sheriff's answering point"): one rate in other words."""
    if found is None or not found.supports or found.aligned or q.kind != "percentage":
        return found
    s = next((x for x in current if x.text == found.source), None)
    if s is None or s.value != q.value or q.bound != "eq" or s.bound != "eq" or not s.digit:
        return found
    if counted(claim_text, q.start, q.end).noun not in MEASURE_NOUNS:
        return found
    if len(q.clause & (s.clause | s.context)) < SAME_RATE_WORDS:
        return found
    return replace(found, aligned=True)


SAME_RATE_WORDS = 2  # the words a rate's clause and the source's share at least


def _asked(q: qty.Quantity) -> bool:
    return bool(q.clause & ASKING_STEMS)


def _as_asked(q: qty.Quantity, figures: list[qty.Quantity]) -> list[qty.Quantity]:
    """The figures that answer ``q`` as to asking: "250 construction jobs at peak applied
    for" is what was asked for, not what there will be, and answers only a claim about the
    request; a claim about the request ("its application sought 330 megawatts") is answered by
    what was asked, and (agreeing) by what was granted as asked."""
    return figures if _asked(q) else [s for s in figures if not _asked(s)]


def _said_of(q: qty.Quantity, s: qty.Quantity) -> int:
    """How much of what the claim's figure is said of a source figure's clause says, its
    names counted twice ("3.1% ... and 1.2% of calls to Marlow's": Marlow's is 1.2%)."""
    return len(q.clause & s.clause) + len(q.names & s.names)


def _qualified(
    q: qty.Quantity, said: list[qty.Quantity], words: frozenset[str],
    *kept: list[qty.Quantity],
) -> tuple[list[qty.Quantity], ...]:  # fmt: skip
    """Each list of ``kept`` figures less those that do not say the claim figure's
    qualifiers; a table row's cell is what its own column counts ("Hosted"), not another's,
    and the one cell whose column the claim names ("hosted" of "25 registered hosted stays":
    the row's "Hosted: 30") is what the claim counts, in the last two lists (the figures that
    measure it)."""
    cols = frozenset(canon(s.unit) for s in said if not s.clause and s.unit)
    out = [[s for s in k if not qty.missing_qualifiers(q, s, words, cols)] for k in kept]
    named = [
        s for s in said if not s.clause and s.kind == q.kind and canon(s.unit) in q.qualifiers
    ]  # fmt: skip
    if len(named) == 1:
        out[1:] = [k if named[0] in k else [*k, named[0]] for k in out[1:]]
    return tuple(out)


def _figure_finding(
    q: qty.Quantity, said: list[qty.Quantity], label: str, wrong: frozenset[int] = frozenset(),
    words: frozenset[str] = frozenset(),
) -> Finding | None:  # fmt: skip
    """What the passage's figures (those it does not reject) say of the claim's figure. A
    figure a correction says was wrong (``wrong``) still aligns one that agrees, but is no
    value of the source's to conflict with; where the correction gives another count of the
    same thing in its place, that count decides. ``words``: the passage's words, where the kind of
    thing a compound counts may be said ("ferry" of "four sailings a day" in a sentence about
    a ferry route)."""
    measured = [s for s in said if qty.same_measure(q, s)]
    same = [s for s in measured if s.start not in wrong]
    agreeing = _agreeing(q, said)
    if (put_right := _put_right_by(q, said, wrong, label)) is not None:
        return put_right
    if not agreeing and q.kind == "number" and not any(qty.same_counted(q, s) for s in said):
        # The same count of differently worded things ("two electric cars", "two new
        # electric vehicles"): agreement, weaker than one in the same words; not where the
        # passage counts the claim's own noun ("14 new crosswalks and three crossing guards"
        # of "14 new crossing guards").
        agreeing = [s for s in said if _same_count_of_it(q, s)]
    agreeing, same = (
        _as_asked(q, agreeing),
        [s for s in _as_asked(q, same) if _asked(s) == _asked(q)],
    )
    if q.qualifiers or q.compound:
        # "300 permanent jobs" is not found in "300 jobs", nor contradicted by "350 jobs"
        # (some may be permanent); "only 18 of those are permanent" after it is a
        # conflict: another figure said with the qualifier.
        agreeing, same, measured = _qualified(q, said, words, agreeing, same, measured)
        partitive = [
            s for s in said
            if s.value != q.value and q.qualifiers <= s.clause and s.kind == q.kind
        ]  # fmt: skip
        if not agreeing and partitive and q.qualifiers:
            s = partitive[0]
            return Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                           f"{label}: claim says {q.text}, source says "
                           f"{' '.join(q.text.split()[1:-1])} ones are {s.text}", q.text,
                           s.text)  # fmt: skip
    if not same and not agreeing:
        return None
    if agreeing and same:
        # Both a figure that agrees and one that does not, said of the claim's thing: the
        # one whose clause says more of what the claim's does decides ("won 30.4% of the
        # vote and 66 of the 201 seats" is no 29.1% for the party).
        best_same = _best(q.clause, same, key=lambda c: c.clause)
        best_agree = _best(q.clause, agreeing, key=lambda c: c.clause)
        if _said_of(q, best_same) > _said_of(q, best_agree):
            agreeing = []
    if agreeing:
        aligned = [
            s for s in agreeing
            if s in measured or qty.same_counted(q, s) or qty.same_named(q, s)
            or qty.same_count(q, s) and qty.same_clause(q, s)
        ]  # fmt: skip
        s = _best(q.context, aligned or agreeing)
        if q.change and s.change and q.direction * s.direction == -1:
            # "rose 3%" / "fell 3%": the same size, the other way
            way = {1: "up", -1: "down"}
            return Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                           f"{label}: claim says {q.text} {way[q.direction]}, source says "
                           f"{s.text} {way[s.direction]}", q.text, s.text)  # fmt: skip
        weak = (s.is_bound and not q.is_bound) or not qty.same_unit(q, s)
        return Finding(label, True, 0.5 if weak else 0.9,
                       f"{label}: claim says {q.text}, source says {s.text}", q.text, s.text,
                       aligned=bool(aligned))  # fmt: skip
    s = _best(q.context, same)
    reason = f"{label}: claim says {q.text}, source says {s.text}"
    return Finding(label, False, WEIGHTS.get(q.kind, 0.8), reason, q.text, s.text)


def _put_right_by(
    q: qty.Quantity, said: list[qty.Quantity], wrong: frozenset[int], label: str
) -> Finding | None:
    """The claim's figure as a correction says the story wrongly gave it, against the figure
    of the same counted thing the correction gives in its place ("... said the write-off
    covers 1,150 families. The charges were owed by 1,150 students in 870 families"); None
    where it gives none."""
    gave = [s for s in said if s.start in wrong and qty.same_unit(q, s) and qty.agrees(q, s)]
    if not gave:
        return None
    right = [
        s for s in said
        if s.start not in wrong and s.start > gave[0].start and qty.same_unit(q, s)
        and qty.same_counted(q, s) and not qty.agrees(q, s)
    ]  # fmt: skip
    if not right:
        return None
    return Finding(label, False, WEIGHTS.get(q.kind, 0.8),
                   f"{label}: claim says {q.text}, the correction says {gave[0].text} was "
                   f"wrong and gives {right[0].text}", q.text, right[0].text,
                   replaced=True)  # fmt: skip


# A date given as the earlier plan ("which it had promised by spring 2026") and the one that
# replaces it later in the sentence ("will now start in the fall of 2026").
EARLIER_PLAN = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:promised|planned|scheduled|expected|set|due|targeted|announced)"
    r"|originally|initially|first\s+(?:set|planned|scheduled|promised))\b[^,;]*$",
    re.IGNORECASE,
)
NOW_PLAN = re.compile(
    r"\b(?:now|instead|(?:pushed|put|moved)\s+back|delayed|postponed|rescheduled)\b", re.I
)


# A date moved "from" one "to" another: "brought forward once already, from 2031 to 2028",
# "postponed from May 4 to June 1".
MOVED_FROM = re.compile(
    r"\b(?:(?:brought|moved|pushed|put|pulled)\s+(?:forward|up|back|ahead)|delayed|postponed|"
    r"advanced|rescheduled|shifted|changed|moved)\b[^.;]{0,40}?\bfrom\s+$",
    re.IGNORECASE,
)


def _date_moved(d: dates_mod.Date, said: list[dates_mod.Date], text: str) -> dates_mod.Date | None:
    """The date a source moves the claim's to: the claim's date is the earlier plan and a
    later date of the sentence follows "now", "delayed", "postponed"; or the source moves it
    "from" the claim's date "to" another."""
    for x in said:
        if not (dates_mod.comparable(d, x) and dates_mod.agrees(d, x)):
            continue
        if MOVED_FROM.search(text[max(0, x.start - 60) : x.start]):
            to = next(
                (y for y in said if re.fullmatch(r"\s+(?:to|until)\s+", text[x.end : y.start])),
                None,
            )
            if to is not None and dates_mod.comparable(d, to) and not dates_mod.agrees(d, to):
                return to
        if not EARLIER_PLAN.search(text[max(0, x.start - 80) : x.start]):
            continue
        for y in said:
            if (
                y.start > x.end and dates_mod.comparable(d, y) and not dates_mod.agrees(d, y)
                and NOW_PLAN.search(text[x.end : y.start]) and ". " not in text[x.end : y.start]
            ):  # fmt: skip
                return y
    return None


# A claim that sets one year against another: "handled more passengers in 2025 than in 2024".
# Words that compare one amount with another ("more overtime", "fewer containers")
COMPARING = (*series.MORE, *series.LESS)
TWO_PERIODS = re.compile(
    rf"\b(?P<word>{'|'.join(COMPARING)})\b[^.;]*?"
    r"\bin\s+(?P<now>(?:19|20)\d\d)\s+than\s+(?:in\s+)?(?P<then>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
UP_WORDS = frozenset(series.MORE)
# A record's figure with the earlier period's beside it: "1,080,000 (2024: 1,240,000)".
WITH_EARLIER = re.compile(
    r"(?P<now>\d[\d,]*(?:\.\d+)?)\s*\((?P<year>(?:19|20)\d\d):\s*(?P<then>\d[\d,]*(?:\.\d+)?)\)"
)


def _two_periods(
    claim: Analysis, passage: Analysis, around: frozenset[str]
) -> tuple[Finding, int] | None:
    """A claim that one year's figure was more (or less) than another's, against a record
    that gives its period's figure with the earlier year's beside it ("Passengers handled,
    Brenna Field: 1,080,000 (2024: 1,240,000)" in "... statistics, calendar year 2025"): the
    two figures say which way it went. Read only where the passage gives one such pair, for
    the claim's earlier year, and the record's heading or title gives its later one."""
    m = TWO_PERIODS.search(claim.text)
    if m is None or m.group("now") not in around or m.group("now") in passage.text:
        return None
    # the pair whose own label names the claim's names ("Passengers handled, Brenna Field:"),
    # one of a window's records or the only one
    pairs, label = [], set()
    for pair in WITH_EARLIER.finditer(passage.text):
        words = {t.key for t in tokenize(passage.text[: pair.start()].rsplit(". ", 1)[-1])}
        if all(t.key in words for t in claim.names):
            pairs, label = [*pairs, pair], words
    if len(pairs) != 1 or pairs[0].group("year") != m.group("then"):
        return None
    word = next((t for t in claim.tokens if t.start == m.start("word")), None)
    if word is None:
        return None
    # ... and what the claim counts ("passengers", not "aircraft movements"): a verb may differ
    names = {t.index for t in claim.names}
    words = [
        t for t in claim.content
        if t.index not in names and t is not word and not t.is_number and t.key not in label
    ]  # fmt: skip
    if len(words) > 1:
        return None
    now, then = (float(pairs[0].group(g).replace(",", "")) for g in ("now", "then"))
    if now == then:
        return None
    said_up = word.lower in UP_WORDS
    went_up = now > then
    way = "more" if went_up else "less"
    reason = (
        f"comparison: claim says {word.text} in {m.group('now')} than in {m.group('then')}, "
        f"source says {pairs[0].group('now')} against {pairs[0].group('then')} "
        f"({way})"
    )
    return Finding("direction", said_up == went_up, WEIGHTS["direction"], reason, word.text,
                   pairs[0].group(), aligned=True), word.index  # fmt: skip


# A claim that sets one party's amount against another's: "asked for a smaller county subsidy
# than Meridian receives", "employs more people than Tidewater"
THAN_A_NAME = re.compile(
    rf"\b(?P<word>{'|'.join(COMPARING)})\b(?P<what>(?:\s+[a-z][\w-]*){{0,4}}?)\s+than\s+"
    r"(?:the\s+)?(?P<other>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
)


def _two_parties(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """A claim that one party's amount was more (or less) than another's ("Lakeshore
    Ambulance asked for a smaller county subsidy than Meridian receives"), against a passage
    that gives each party's figure of one unit in a clause of its own ("Lakeshore will
    receive a county subsidy of $3.9 million a year, up from the $2.4 million Meridian
    receives"): the two figures say which is more. Read only where each party has exactly
    one such figure, and the claim gives none."""
    m = THAN_A_NAME.search(claim.text)
    if m is None or claim.quantities or passage.text.count(" than ") > 0:
        return None
    other = {canon(t.key) for t in tokenize(m.group("other")) if is_name(t)}
    mine = {canon(t.key) for t in claim.names if t.start < m.start()} - other
    if not mine or not other:
        return None
    figures = [x for x in passage.quantities if x.kind in ("amount", "number")]
    ours = [x for x in figures if x.clause & mine and not x.clause & other]
    theirs = [x for x in figures if x.clause & other and not x.clause & mine]
    if len(ours) != 1 or len(theirs) != 1 or not qty.same_unit(ours[0], theirs[0]):
        return None
    a, b = ours[0], theirs[0]
    if a.value == b.value:
        return None
    word = next(t for t in claim.tokens if t.start == m.start("word"))
    holds = (a.value > b.value) == (word.lower in UP_WORDS)
    way = "more" if a.value > b.value else "less"
    reason = (
        f"comparison: claim says {word.text} than {m.group('other')}, source says {a.text} "
        f"against {b.text} ({way})"
    )
    return Finding("direction", holds, WEIGHTS["direction"], reason, word.text, a.text,
                   aligned=True), word.index  # fmt: skip


# A claim that one party did a thing before (or after) another, the other named last:
# "Saltmarsh Cannabis opened before Tidewater Botanicals", "... later than the Harbor Line"
ORDER_OF = re.compile(
    r"\b(?P<word>before|after|earlier\s+than|later\s+than|ahead\s+of)\s+(?:the\s+)?"
    r"(?P<other>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s*\.?\s*$"
)
EARLIER_WORDS = frozenset({"before", "earlier", "ahead"})
ORDER_STEMS = frozenset(stem(w) for w in ("before", "after", "earlier", "later"))


def _order_of_events(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """A claim that one party did a thing before (or after) another, against a passage that
    dates the act for each ("Tidewater Botanicals opened January 9, 2026, and Saltmarsh
    Cannabis on March 27, 2026"): the two dates say which came first. Each party's date is
    the first after its name, before the other's name; the claim's verb must be the
    passage's, and each date must give its month."""
    m = ORDER_OF.search(claim.text)
    if m is None:
        return None
    other = {canon(t.key) for t in tokenize(m.group("other")) if is_name(t)}
    mine = {canon(t.key) for t in claim.names if t.start < m.start()} - other
    verbs = {t.stem for t in claim.content if t.start < m.start() and t not in claim.names}
    if not mine or not other or not verbs & passage.stems:
        return None
    word = next(t for t in claim.tokens if t.start == m.start("word"))
    said = _order_said(passage, mine, other)
    if said is not None:
        # the passage puts the two in order in words: "Tidewater opened before Saltmarsh"
        holds = said == (word.lower in EARLIER_WORDS)
        way = "the same order" if holds else "the other order"
        reason = f"order: claim says {m.group('word')} {m.group('other')}, source says {way}"
        return Finding("direction", holds, WEIGHTS["direction"], reason, word.text,
                       m.group("other"), aligned=True), word.index  # fmt: skip
    ours, theirs = _dated_after(passage, mine, other), _dated_after(passage, other, mine)
    if ours is None or theirs is None or _when(ours) == _when(theirs):
        return None
    holds = (_when(ours) < _when(theirs)) == (word.lower in EARLIER_WORDS)
    reason = (
        f"order: claim says {m.group('word')} {m.group('other')}, source dates it "
        f"{ours.text} against {theirs.text}"
    )
    return Finding("direction", holds, WEIGHTS["direction"], reason, word.text,
                   f"{ours.text} / {theirs.text}", aligned=True), word.index  # fmt: skip


# An order said in words, the later party named after its word: "opened before Saltmarsh"
ORDER_SAID = re.compile(
    r"\b(?P<word>before|after|earlier\s+than|later\s+than|ahead\s+of)\s+(?:the\s+)?"
    r"(?P<other>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)"
)


def _order_said(passage: Analysis, mine: set[str], other: set[str]) -> bool | None:
    """Whether the passage says in words that the claim's party came first (True) or the
    other did (False): a name, then an order word and the other name, in one sentence."""
    for m in ORDER_SAID.finditer(passage.text):
        after = {canon(t.key) for t in tokenize(m.group("other")) if is_name(t)}
        before = [t for t in passage.names if t.start < m.start() and "." not in
                  passage.text[t.end:m.start()]]  # fmt: skip
        first = {canon(before[-1].key)} if before else set()
        earlier = m.group("word").split()[0].lower() in EARLIER_WORDS
        if first & mine and after & other:
            return earlier
        if first & other and after & mine:
            return not earlier
    return None


def _dated_after(passage: Analysis, party: set[str], other: set[str]) -> dates_mod.Date | None:
    """The first date with a month after the party's first name in the passage, before the
    other party's next name (``_order_of_events``)."""
    at = next((t.end for t in passage.names if canon(t.key) in party), None)
    if at is None:
        return None
    stop = next(
        (t.start for t in passage.names if t.start >= at and canon(t.key) in other),
        len(passage.text),
    )
    found = [d for d in passage.dates if at <= d.start < stop]
    return found[0] if found and found[0].month and found[0].year else None


def _when(d: dates_mod.Date) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)


# A claim that one period's amount was more than another's, periods written in full: "more
# overtime in the first half of 2026 than in the first half of 2025"
_PERIOD = r"(?:the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+)?(?:19|20)\d\d"
COMPARED_KINDS = frozenset({"amount", "percentage", "number", "duration"})
TWO_DATED = re.compile(
    rf"\b(?P<word>{'|'.join(COMPARING)})\b[^.;]*?"
    rf"\bin\s+(?P<now>{_PERIOD})\s+than\s+(?:in\s+)?(?P<then>{_PERIOD})\b",
    re.IGNORECASE,
)


def _periods_stated(claim: Analysis, passage: Analysis, findings: list[Finding]) -> list[Finding]:
    """The claim's periods a comparison gives a figure each, as stated: the earlier one too
    ("212, down from 240 in 2024"), which no date of an event states."""
    dated = {f.about for f in findings if f.kind == "date"}
    return [
        Finding("date", True, 0.85, f"date: claim says {d.text}, source says {d.text}", d.text,
                d.text)
        for d in claim.dates if d.text not in dated
        and re.search(rf"\b{re.escape(d.text)}\b", passage.text)
    ]  # fmt: skip


def _two_dated_figures(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """A claim that one period's amount was more (or less) than another's, against a passage
    that gives one figure for each period, each right before its period ("6,800 hours of
    overtime in the first half of 2026 ..., compared with 5,100 in the first half of 2025"):
    the two figures say which way it went."""
    m = TWO_DATED.search(claim.text)
    if m is None:
        return None
    text = passage.text
    by_period: dict[str, list[qty.Quantity]] = {"now": [], "then": []}
    figures = [x for x in passage.quantities if x.kind in COMPARED_KINDS and not x.change]
    for i, x in enumerate(figures):
        stop = figures[i + 1].start if i + 1 < len(figures) else len(text)
        after = text[qty.phrase_end(text, x) : stop]
        # (or the period that opens the figure's clause: "In 2025 it took in 4,310 animals")
        before = text[figures[i - 1].end if i else 0 : x.start]
        for side in ("now", "then"):
            period = re.escape(m.group(side))
            if re.match(rf"\s+(?:of\s+\w+\s+)?in\s+{period}\b", after, re.I) or re.search(
                rf"(?:^|[.;]\s+)\W*in\s+{period}\b[^.;,]*$", before, re.I
            ):
                by_period[side].append(x)
    now, then = by_period["now"], by_period["then"]
    if len(now) != 1 or len(then) != 1 or now[0] is then[0]:
        return None
    values = _as_written_alike(now[0], then[0])
    word = next((t for t in claim.tokens if t.start == m.start("word")), None)
    if word is None or values is None or values[0] == values[1]:
        return None
    went_up = values[0] > values[1]
    reason = (
        f"comparison: claim says {word.text} in {m.group('now')} than in {m.group('then')}, "
        f"source says {now[0].text} against {then[0].text} ({'more' if went_up else 'less'})"
    )
    return Finding("direction", (word.lower in UP_WORDS) == went_up, WEIGHTS["direction"],
                   reason, word.text, now[0].text, aligned=True), word.index  # fmt: skip


# A claim that something changed between two years, by a verb of change: "Penhallow's tree
# canopy grew between 2020 and 2025", "fell from 2021 to 2024"
CHANGED_BETWEEN = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:between|from)\s+(?P<then>(?:19|20)\d\d)\s+(?:and|to)\s+"
    r"(?P<now>(?:19|20)\d\d)\b"
)
# ... and a passage's figure for the later year with the earlier one after "down from" or
# "up from": "covered 24.5 percent of Penhallow in 2025, down from 27 percent in 2020"
FROM_EARLIER = re.compile(r"\b(?P<way>down|up)\s+from\b")


def _changed_between(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """A claim that a thing rose (or fell) between two years, against a passage that gives
    the later year's figure "down from" (or "up from") the earlier year's: the way it went."""
    m = CHANGED_BETWEEN.search(claim.text)
    if m is None or stem(m.group("verb")) not in qty.RISING | qty.FALLING:
        return None
    way = FROM_EARLIER.search(passage.text)
    if way is None:
        return None
    now, then = m.group("now"), m.group("then")
    if now not in passage.text[: way.start()] or then not in passage.text[way.end() :]:
        return None  # (the later year before the cue, the earlier one after it)
    word = next(t for t in claim.tokens if t.start == m.start("verb"))
    said_up, went_up = stem(m.group("verb")) in qty.RISING, way.group("way") == "up"
    reason = (
        f"change: claim says {word.text} between {then} and {now}, source says "
        f"'{way.group(0)}' of its {then} figure"
    )
    return Finding("direction", said_up == went_up, WEIGHTS["direction"], reason, word.text,
                   way.group(0), aligned=True), word.index  # fmt: skip


def _as_written_alike(a: qty.Quantity, b: qty.Quantity) -> tuple[float, float] | None:
    """Two figures' values to compare: as read where they are of one kind and unit; as
    written where the second is a bare number after the first ("6,800 hours ..., compared
    with 5,100": hours too); else None."""
    if a.kind == b.kind and a.unit == b.unit:
        return a.value, b.value
    bare = b.kind == "number" and (not b.unit or b.unit.startswith("#"))
    first, second = (re.search(r"\d[\d,]*(?:\.\d+)?", x.text) for x in (a, b))
    if not bare or first is None or second is None:
        return None
    return float(first.group().replace(",", "")), float(second.group().replace(",", ""))


# The base of a comparison: "compared with 2024", "than in 2024", "versus 2024".
# ... or the point a span is counted from: "six weeks after the June start", "two days
# before the May 3 deadline" (the event is not on that date).
BASELINE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|on|at))?|versus|vs\.?|relative\s+to|"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|before|ahead\s+of|behind)(?:\s+the)?)\s+"
    r"(?:(?:the\s+)?same\s+\w+\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)


# a change's base period: "up 4.1 percent from the second quarter of 2025", "down 3% from
# 2024"
CHANGE_FROM = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|dropped|climbed|grew|declined|"
    r"higher|lower)\b(?:[^.;:]|\.(?=\d)){0,30}?\bfrom\s+(?:the\s+)?(?:same\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:(?:of|in)\s+)?$",
    re.IGNORECASE,
)


def _baseline(text: str, d: dates_mod.Date) -> bool:
    """A date that is the base a figure is compared with ("fell 8% compared with 2024", "up
    4.1 percent from the second quarter of 2025")."""
    return bool(
        BASELINE.search(text[max(0, d.start - 40) : d.start])
        or CHANGE_FROM.search(text[max(0, d.start - 70) : d.start])
    )


def _aside(text: str, d: dates_mod.Date) -> bool:
    """A date that labels a comparison figure in brackets ("3,420,000 (2024: 3,150,000)"):
    the earlier period's, not the date of the figure before it."""
    return (
        text[: d.start].rstrip().endswith("(") and re.match(r"\s*:\s*\S", text[d.end :]) is not None
    )


def _agrees_as_date(
    claim: Analysis, d: dates_mod.Date, passage: Analysis, s: dates_mod.Date, role: str,
    filed: list[dates_mod.Date],
) -> bool:  # fmt: skip
    """Whether the passage's date ``s`` agrees with the claim's ``d`` as the day of its event:
    "March 3" of a story filed March 3 about "Monday night" is not the day it happened; nor
    does a document's date ("an article on Sept. 10") say when anything happened, "before
    February 6" is not on February 6, and "six weeks after the June start" is not in June."""
    return (
        dates_mod.agrees(d, s) and not (d.day is not None and s in filed)
        and not _baseline(passage.text, s)
        and (role == "label" or _date_role(passage, s) != "label" or s not in passage.dates)
        # ("by the end of January" or "since January 2023" is no month something happened in;
        # "from July 1" is when a change takes effect)
        and not (role == "when" and (_date_role(passage, s) == "deadline" or _since(passage, s)))
        and not (_strictly(claim, d) and s.day is not None and _strictly(passage, s) is None)
    )  # fmt: skip


def _of_the_claim_s_act(
    claim: Analysis, d: dates_mod.Date, passage: Analysis, cands: list[dates_mod.Date],
    agreeing: list[dates_mod.Date], related: list[dates_mod.Date], role: str,
) -> tuple[list[dates_mod.Date], list[dates_mod.Date]]:  # fmt: skip
    """The passage's agreeing and conflicting dates narrowed to the claim's act and role."""
    own = _dates_of_the_act(claim, d, passage, cands)
    if own:
        # the date of the claim's own act ("the last baby was born there on June 27")
        # decides, not another act's that agrees ("closed its unit on June 30")
        agreeing = [s for s in agreeing if s in own]
        related = [s for s in related if s in own]
    if role == "which":
        # "the 2023 inspection" and "the September 2026 inspection" are two inspections:
        # a date that says which one never conflicts with another's
        related = []
    if role == "deadline":
        # done before the claim's deadline is done by it: "by July 12" of July 11
        related = [s for s in related if not _earlier_day(s, d)]
    return agreeing, related


def _coarser(claim: dates_mod.Date, source: dates_mod.Date) -> bool:
    """The source's date leaves out the claim's month or day (a year the source leaves out
    is its document's, as a story writes "on March 3")."""
    return (claim.month is not None and source.month is None and not source.season) or (
        claim.day is not None and source.day is None and source.month is not None
    )


def _earlier_day(s: dates_mod.Date, d: dates_mod.Date) -> bool:
    """Whether day ``s`` comes before day ``d`` (both with their day, in one year)."""
    if (
        None in (s.month, s.day, d.month, d.day)
        or None not in (s.year, d.year)
        and s.year != d.year
    ):
        return False
    return (s.month or 0, s.day or 0) < (d.month or 0, d.day or 0)


# A span of time given by its two ends: "between 2023 and 2025", "from 2023 to 2025".
SPAN_OF_TIME = re.compile(
    r"\b(?:between|from)\s+(?P<a>[\w.,' ]{1,20}?)\s+(?:and|to|through|until)\s+"
    r"(?P<b>[\w.,' ]{1,20})",
    re.IGNORECASE,
)


def _an_end_of_a_span(claim: Analysis, d: dates_mod.Date) -> bool:
    """Whether the claim's date ``d`` is one end of a span it gives ("between 2023 and 2025"),
    or one of two periods it compares ("more deaths in 2023 than in 2022")."""
    return len(claim.dates) >= 2 and any(
        m.start("a") <= d.start < m.end("b")
        for m in [*SPAN_OF_TIME.finditer(claim.text), *series.COMPARED.finditer(claim.text)]
    )  # fmt: skip


def _compare_dates(claim: Analysis, passage: Analysis) -> list[Finding]:
    out = []
    said = _said(passage, passage.dates)
    # a dateline's date is when the story was filed: it may agree with a claim's month ("in
    # June" for a story filed June 4 about "Tuesday"), never conflict with its date; nor does
    # a bracketed comparison's ("(2024: 3,150,000)")
    filed = [d for d in said if dates_mod.in_dateline(passage.text, d) or _aside(passage.text, d)]
    # ... and its weekdays count back from it: "on Monday" of a story filed Wednesday, March 4
    said = said + dates_mod.reported_days(passage.text, filed)
    # the date of an earlier figure ("rose to 2,310, from 1,640 in 2024") dates that figure,
    # not the claim's, unless the claim gives that figure
    said = [d for d in said if not _of_an_earlier_figure(claim, passage, d)]
    rejected = _rejected_of(passage, passage.dates)
    for d in claim.dates:
        replaced = _replaced_date(d, said, rejected, passage.text)
        if replaced is not None:
            out.append(replaced)
            continue
        cands = [s for s in said if dates_mod.comparable(d, s)]
        if not cands:
            continue
        role = _date_role(claim, d)
        # (a comparison's base, "fell 8% compared with 2024", is not when anything happened)
        events = [s for s in cands if s not in filed and not _baseline(passage.text, s)]
        related = [s for s in events if d.context & s.context and _date_role(passage, s) == role]
        related += _past_the_deadline(passage, d, events, role)
        loose = False
        # (a day named again, "on July 11 ... that day", is one date)
        days = {(s.year, s.month, s.day) for s in events}
        if (
            not related and len(days) == 1 and len(claim.dates) == 1
            and _date_role(claim, d) == _date_role(passage, events[-1])
        ):  # fmt: skip
            related, loose = events[-1:], True  # one date each: the same thing if the rest matches
        agreeing = [s for s in cands if _agrees_as_date(claim, d, passage, s, role, filed)]
        agreeing, related = _of_the_claim_s_act(claim, d, passage, cands, agreeing, related, role)
        if not agreeing and _of_an_act_unsaid(claim, d, passage, related):
            continue
        if not related and not agreeing:
            continue
        if not agreeing and _the_other_date(claim, d, related):
            continue  # ("more in September 2025 than in September 2024" of a 2024 row)
        if not agreeing and _done_again(passage.text, d, related):
            continue
        if not agreeing and _an_end_of_a_span(claim, d) and not SPAN_OF_TIME.search(passage.text):
            # "nearly doubled between 2023 and 2025": an end of the claim's span is no date of
            # a passage's single time ("in the first half of 2026")
            continue
        if agreeing and all(_coarser(d, s) for s in agreeing):
            # "in 1898" does not state "in September 1898" (the month is missing), nor does it
            # conflict with it; the passage's other years are of other things ("No Strings
            # Attached (2011)" beside "Dude, Where's My Car? (2000)")
            continue
        agreeing = [s for s in agreeing if not _coarser(d, s)] or agreeing
        if agreeing:
            s = _best(d.context, agreeing)
            weak = dates_mod.less_specific(d, s)
            out.append(
                Finding("date", True, 0.5 if weak else 0.85,
                        f"date: claim says {d.text}, source says {s.text}", d.text, s.text)
            )  # fmt: skip
        else:
            s = _best(d.context, related)
            out.append(
                Finding("date", False, WEIGHTS["date"],
                        f"date: claim says {d.text}, source says {s.text}", d.text, s.text,
                        loose=loose)
            )  # fmt: skip
    return out


# An act the passage says was done before ("the supervisors again rejected", "for a second
# time"): its date is that of the latest time only.
AGAIN = re.compile(
    r"\b(?:again|once\s+more|anew|(?:for\s+)?(?:a|the)\s+(?:second|third|fourth|fifth)\s+time)\b",
    re.IGNORECASE,
)


def _done_again(text: str, d: dates_mod.Date, related: list[dates_mod.Date]) -> bool:
    """Whether the passage dates an act it says was done again ("On Sept. 22 the supervisors
    again rejected ..."): no conflict with a claim's earlier date (or one of a year the
    passage leaves unsaid), which may be the time before."""
    for s in related:
        start = max(text.rfind(". ", 0, s.start) + 1, 0)
        stop = text.find(". ", s.end)
        if not AGAIN.search(text[start : stop if stop >= 0 else len(text)]):
            continue
        if d.year is None or s.year is None:
            return True
        if (d.year, d.month or 0, d.day or 0) < (s.year, s.month or 0, s.day or 0):
            return True
    return False


def _the_other_date(claim: Analysis, d: dates_mod.Date, related: list[dates_mod.Date]) -> bool:
    """Whether the passage's dates are another date the claim gives: a claim that compares two
    times is not contradicted on one by a passage of the other."""
    # (two times of one grain, "September 2025 than ... September 2024"; not the parts of one
    # date, "in May of 1964")
    others = [
        o for o in claim.dates
        if o is not d and (o.year is None) == (d.year is None)
        and (o.month is None) == (d.month is None) and (o.day is None) == (d.day is None)
    ]  # fmt: skip
    return bool(related) and all(
        any(dates_mod.comparable(o, s) and dates_mod.agrees(o, s) for o in others) for s in related
    )


def _past_the_deadline(
    passage: Analysis, d: dates_mod.Date, events: list[dates_mod.Date], role: str
) -> list[dates_mod.Date]:
    """The passage's times of the claim's act that come after the claim's deadline ("will
    open in the spring of 2028" of "is expected to open by the middle of 2027"): the act is
    not done by then."""
    if role != "deadline":
        return []
    return [
        s for s in events
        if d.context & s.context and _date_role(passage, s) == "when" and _later(s, d)
    ]  # fmt: skip


def _later(s: dates_mod.Date, d: dates_mod.Date) -> bool:
    """Whether all of date ``s`` comes after all of ``d``, to ``d``'s precision (a year, a
    month or a day)."""
    if s.year != d.year:  # (no year in either: both of the document's)
        return s.year is not None and d.year is not None and s.year > d.year
    if d.month is None or s.month is None:
        return False
    if s.month != d.month or d.day is None or s.day is None:
        return s.month > d.month
    return s.day > d.day


#: Nouns that divide time ("the second half of 2025", "the end of May"): a date's own words.
PERIOD_WORDS = TIME_NOUNS | {"half", "quarter", "start", "beginning", "middle", "season"}


def _dates_of_stated_events(
    claim: Analysis, findings: list[Finding], matched: dict[int, str]
) -> list[Finding]:
    """Date conflicts only where the passage states what the claim's date is the date of
    (``_event_of_date``), for a passage that does not state the claim's figures: "five of
    the 60 homes sampled in the second half of 2025" is not the first half of 2026's 90th
    percentile, and "estimated in January" is not "voted on Tuesday"."""
    stated = {t.start for t in claim.tokens if t.index in matched}

    def kept(f: Finding) -> bool:
        d = next((d for d in claim.dates if d.text == f.about), None)
        return d is None or _event_of_date(claim, d) in (None, *stated)

    return [f for f in findings if f.kind != "date" or f.supports or f.replaced or kept(f)]


def _event_of_date(claim: Analysis, d: dates_mod.Date) -> int | None:
    """Where the verb or noun the claim's date is the date of starts ("estimated in
    January", "homes sampled in the second half of 2025", "the vote on March 3"); None for a
    copula's or a light verb's date. A passage that gives another date for another act
    ("voted on Tuesday" against "estimated in January") states another event, not another
    date."""
    tree = parse(claim.text)
    at = [w for w in tree.words if d.start <= w.start < d.end]
    w = at[0] if at else None
    while w is not None and w.dep != "ROOT":
        w = tree.head(w)
        if w.pos in ("VERB", "NOUN") and w.text.lower() not in PERIOD_WORDS:
            break
    if w is None or w.pos not in ("VERB", "NOUN") or w.text.lower() in EVENTLESS_VERBS:
        return None
    return w.start


def _replaced_date(
    d: dates_mod.Date, said: list[dates_mod.Date], rejected: list[dates_mod.Date], text: str
) -> Finding | None:
    """The source's date in place of the claim's: "April 14, not April 1", or "which it had
    promised by spring 2026, will now start in the fall of 2026"."""
    replaced_by, how = _date_replaced(d, said, rejected), "not"
    if replaced_by is None:
        replaced_by, how = _date_moved(d, said, text), "now in place of"
    instead = _rejected_for_words(d, rejected, text) if replaced_by is None else ""
    if replaced_by is None and not instead:
        return None
    source, how = (replaced_by.text, how) if replaced_by is not None else (instead, "not")
    return Finding("date", False, WEIGHTS["date"],
                   f"date: claim says {d.text}, source says {source}, {how} {d.text}", d.text,
                   source, replaced=True)  # fmt: skip


def _dates_of_the_act(
    claim: Analysis, d: dates_mod.Date, passage: Analysis, cands: list[dates_mod.Date]
) -> list[dates_mod.Date]:
    """The passage's dates the parse hangs on the verb the claim's date hangs on, where the
    passage also dates another act: "was born on June 30" is set against "the last baby was
    born there on June 27", not "closed its unit on June 30". Empty where the passage dates
    one act only or none by the claim's verb."""
    if len(cands) < 2:
        return []
    verb = event_verb(claim.text, d.start, d.end)
    if not verb:
        return []
    verbs = {s.start: event_verb(passage.text, s.start, s.end) for s in cands}
    own = [s for s in cands if verbs[s.start] == verb]
    return own if own and any(v and v != verb for v in verbs.values()) else []


def _of_an_act_unsaid(
    claim: Analysis, d: dates_mod.Date, passage: Analysis, related: list[dates_mod.Date]
) -> bool:
    """The claim's date is the date of an act the passage never names, and none of the
    passage's dates is that act's: "the barn was built in 1971" and "demolish the barn and
    extends the lease from 2040 to 2055" speak of the same barn, not of one date."""
    verb = event_verb(claim.text, d.start, d.end)
    if not verb or not related or verb in {canon(s) for s in passage.stems}:
        return False
    return all(event_verb(passage.text, s.start, s.end) != verb for s in related)


def _strictly(sentence: Analysis, d: dates_mod.Date) -> str | None:
    """ "before" or "after" right before a date with a day: a bound that excludes the day."""
    before = [t for t in sentence.tokens if t.end <= d.start]
    word = before[-1].lower if before else ""
    return word if word in ("before", "after") and d.day is not None else None


DATE_ROLES = {
    "the": "label", "a": "label",  # "the June 8 election": which event, not when it happened
    "by": "deadline", "until": "deadline", "till": "deadline", "before": "deadline",
    "since": "start", "from": "start", "after": "start", "between": "start",
}  # fmt: skip


def _date_role(sentence: Analysis, d: dates_mod.Date) -> str:
    """What a date is to its sentence, by the word before it: a deadline ("by 2030"), a start
    ("since 2021"), which of several things ("the 2023 inspection"), or when something
    happened ("in", "on", none)."""
    before = [t for t in sentence.tokens if t.end <= d.start]
    if (
        len(before) >= 2
        and before[-1].lower in ("on", "of", "dated")
        and (before[-2].lower.rstrip("s") in DOCUMENTS)
    ):
        return "label"  # "an article on Sept. 10 about ...": which story, not when it happened
    if (
        len(before) >= 3 and before[-1].lower == "on" and before[-2].lower in PUBLISHED
        and before[-3].lower.rstrip("s") in DOCUMENTS
    ):  # fmt: skip
        return "label"  # "a story distributed on March 4": which story, too
    after = [t for t in sentence.tokens if t.start >= d.end][:1]
    if (
        before and before[-1].lower in ("the", "its", "their", "this", "that")
        and after and is_content(after[0]) and not after[0].is_capitalized
        and sentence.text[d.end : after[0].start] == " "
    ):  # fmt: skip
        return "which"  # "the 2023 inspection": which inspection, not when something happened
    # "by the end of January", "until the start of May": the part of the period, then its word
    while len(before) >= 3 and before[-1].lower == "of" and before[-2].stem in PERIOD_PARTS:
        before = before[:-3] if before[-3].lower == "the" else before[:-2]
    if d.season and before and before[-1].lower == "the" and d.text.startswith(d.season):
        before = before[:-1]  # "in the spring of 2027": the season's article, not "which"
    if BY_THE_HOUR.search(sentence.text[: d.start]):
        return "deadline"  # "by 6 a.m. on July 11", "by 11 p.m. that day": the day's deadline
    if NOT_UNTIL.search(sentence.text[: d.start]):
        return "when"  # "will not open until Jan. 12": when it opens
    return DATE_ROLES.get(before[-1].lower, "when") if before else "when"


# A negation with "until" right before a date: the time something happens, not a deadline.
NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^,;.]{0,40}\buntil\s+(?:the\s+)?$", re.I)
# A time of day given as a deadline right before the day it is on.
BY_THE_HOUR = re.compile(
    r"\bby\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)\s+(?:on\s+)?$|"
    r"\bby\s+(?:noon|midnight)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _since(sentence: Analysis, d: dates_mod.Date) -> bool:
    """ "since January 2023": the start of a span up to now, not when something happened."""
    before = [t for t in sentence.tokens if t.end <= d.start]
    return bool(before) and before[-1].lower == "since"


#: News items, whose date ("a story on May 4", "an article on Sept. 10 about ...") names the
#: item (a correction's reference to it). A statement's or a report's date is when it was
#: said ("said in a joint statement on July 26"), which it does not name.
DOCUMENTS = frozenset({"story", "storie", "article", "editorial", "column", "broadcast"})
PUBLISHED = frozenset({
    "published", "distributed", "posted", "printed", "run", "ran", "aired", "filed", "released",
})  # fmt: skip


# "the last time ... was (in) 2009", "the first ... since 2009": what "not ... since 2009" says
LAST_TIME = re.compile(r"\b(?:the\s+)?(?:last|previous)\b|\bfirst\b[^.;]{0,80}\bsince\b", re.I)


def _last_time(claim: Analysis, passage: Analysis) -> bool:
    """ "Had not had Stage 3 since 2009" is "the last time it had Stage 3 was in 2009": the
    claim's negation over a span that starts at a date the passage gives as the last (or
    first since) time, a statement of the same fact."""
    starts = [d for d in claim.dates if _date_role(claim, d) == "start"]
    return bool(starts and LAST_TIME.search(passage.text)) and any(
        dates_mod.comparable(d, p) and dates_mod.agrees(d, p)
        for d in starts for p in passage.dates
    )  # fmt: skip


def restates_negation(claim: Analysis, text: str) -> bool:
    """The text states the claim's "not ... since <date>" as a last (or first since) time."""
    return bool(claim.cues and LAST_TIME.search(text)) and _last_time(claim, analyse(text))


def negated_alike(claim: Analysis, text: str) -> bool:
    """The text denies in its own words some of what the claim denies: "still fell short on
    population" for "did not meet the state standard on population" (a word of what happens,
    not a name alone)."""
    if not claim.cues:
        return False
    names = {canon(t.key) for t in claim.names}
    said = {canon(k) for k in analyse(text).negated}  # ("no one was injured": "hurt")
    # (the first negation's own words: "did not reference the massacre which never occurred"
    # is not said by "a massacre that never occurred")
    scopes = negation_scopes(claim.text, claim.tokens)
    mine = scopes[0][1] if len(scopes) > 1 else claim.negated
    return bool(({canon(k) for k in mine} & said) - names)


def _negation(claim: Analysis, passage: Analysis) -> Finding | None:
    claim_keys = {t.key for t in claim.content}
    if claim.cues and not passage.cues and _last_time(claim, passage):
        return None
    shared = claim_keys & passage.keys
    if claim.cues and passage.cues and claim.negated & passage.negated:
        return None  # both say something did not happen, of some of the same words
    flipped = (claim.negated ^ passage.negated) & shared
    flipped -= _affirmed_as_said(claim, passage, flipped)
    # A negated name alone ("not ... in China") is not the event: a negation conflicts only
    # when a word of what happens (a verb, a noun that is not a name) is negated on one side.
    if not flipped - {t.key for t in claim.names}:
        return None
    if passage.negated & flipped and _affirmed_of_the_named(claim, passage.text, flipped):
        return None
    if not passage.negated & flipped and not _predicate_stated(claim, passage):
        return None
    if passage.negated & flipped and _none_of_a_narrower_kind(claim, passage, flipped):
        return None  # "no violation of the state's cruelty standards" / "three violations"
    if passage.negated & flipped and _denies_the_opposite(claim, passage):
        # "We did not use the appeals to raise anyone's value" denies the opposite of "led to
        # a lower value": the two agree as far as they go
        return None
    if not passage.negated & flipped and not _done_by_someone(claim, passage):
        return None
    if passage.cues and NONE_OF.match(passage.cues[0]) and not _predicate_stated(claim, passage):
        # "None of the 27 clerks lost their jobs" denies losing of every one of them, not the
        # "took buyouts" of "Eight of the clerks took buyouts"
        return None
    if passage.negated & flipped:
        where = f"source says '{passage.cues[0]}'" if passage.cues else "source negates it"
        reason = f"negation: claim is affirmative, {where}"
    else:
        reason = f"negation: claim says '{claim.cues[0]}', source is affirmative"
    cue = passage.cues[0] if passage.negated & flipped and passage.cues else "affirmative"
    said = claim.cues[0] if claim.negated & flipped and claim.cues else "affirmative"
    return Finding("negation", False, WEIGHTS["negation"], reason, said, cue)


# A negation that is a quantifier over the sentence's subject: "None of", "No one", "Nobody"
NONE_OF = re.compile(r"(?:none|no\s+one|nobody|neither)\b", re.IGNORECASE)


#: Verbs that carry no event of their own: a copula's or a light verb's sentence says what
#: it denies in its other words.
EVENTLESS_VERBS = frozenset({"be", "is", "are", "was", "were", "been", "have", "has", "had", "do"})


def _denies_the_opposite(claim: Analysis, passage: Analysis) -> bool:
    """Whether what the passage denies holds the opposite of a claim word ("did not ... raise"
    against "lower")."""
    table = _antonyms_by_stem()
    denied = {t.stem for t in passage.tokens if t.key in passage.negated}
    return any(table.get(t.stem, set()) & denied for t in claim.tokens)


def _done_by_someone(claim: Analysis, passage: Analysis) -> bool:
    """Where the claim denies its subject ("No council member voted against the contract",
    "Nobody was hurt"), whether the passage says its verb as a verb (someone "voted"): a
    noun of the act ("approved in the vote 6-0") names the event, not one who did it. True
    for any other claim."""
    tree = parse(claim.text)
    root = tree.root
    subject = tree.subject(root) if root is not None else None
    if subject is None or not (
        subject.text.lower() in ("nobody", "none", "noone")
        or any(w.text.lower() == "no" for w in tree.children(subject, "det"))
    ):  # fmt: skip
        return True
    said = parse(passage.text)
    return any(
        w.pos == "VERB" and canon(stem(w.base)) == canon(stem(root.base)) for w in said.words
    )


def _predicate_stated(claim: Analysis, passage: Analysis) -> bool:
    """Whether a passage states what the claim says or denies: the claim's main
    verb and any comparative of it. "Homeowners pay nothing for the replacement" denies
    paying, which "voted to require landlords to let the utility replace lead service lines"
    never mentions; "No utility is replacing lead lines faster" denies "faster", not the
    replacing. Without them the passage speaks of the same things, not of the same event."""
    tree = parse(claim.text)
    cues = {w.lower() for c in claim.cues for w in c.split()}
    verbs = []
    for w in tree.main_verbs():
        # a verb that is itself the denial ("refused to host", "lacks", "fails to be") denies
        # the verb under it, if any
        under = tree.children(w, "xcomp") if w.text.lower() in cues else [w]
        verbs += [x.base for x in under if x.text.lower() not in EVENTLESS_VERBS]
    wanted = verbs + [w.base for w in tree.words if w.tag in ("JJR", "RBR")]
    said = {canon(s) for s in passage.stems}
    return all(
        b in passage.stems or stem(b) in passage.stems or canon(stem(b)) in said for b in wanted
    )  # fmt: skip


def _affirmed_as_said(claim: Analysis, passage: Analysis, flipped: set[str]) -> set[str]:
    """Words the passage negates in one place and states, as the claim does, in another: "the
    alarm had been switched off for maintenance ... and had not been switched back on" says
    "switched off" and denies only "switched back on" (the word after each tells them apart)."""
    out = set()
    for key in flipped:
        mine = [t for t in claim.tokens if t.key == key]
        if not mine or claim.negated & {key}:
            continue
        after = _next_word(claim.tokens, mine[0].index)
        said = [t for t in passage.tokens if t.key == key]
        denied = [t for t in said if _denied_here(passage.tokens, t.index)]
        stated = [t for t in said if t not in denied]
        if (
            after and denied and any(_next_word(passage.tokens, t.index) == after for t in stated)
            and all(_next_word(passage.tokens, t.index) != after for t in denied)
        ):  # fmt: skip
            out.add(key)
    return out


def _next_word(tokens: list[Token], index: int) -> str:
    return tokens[index + 1].lower if index + 1 < len(tokens) else ""


def _denied_here(tokens: list[Token], index: int) -> bool:
    """A negation word within the three words before: "had not been switched"."""
    return any(t.lower in ("not", "n't", "never", "no") for t in tokens[max(0, index - 3) : index])


def _affirmed_of_the_named(claim: Analysis, text: str, flipped: set[str]) -> bool:
    """Whether the passage negates the claim's words in one clause and states them all, of
    the claim's names and unnegated, in another clause of the same sentence: "He is the
    student body president, not a student trustee; the board's student trustee is Lena
    Farrow" denies them of someone else."""
    names = {t.key for t in claim.names}
    for sentence in SENTENCE_BREAK.split(text):
        for part in clauses(sentence):
            a = analyse(part)
            if (
                names & a.keys
                and names & a.keys == names & analyse(text).keys
                and (flipped <= a.keys and not flipped & a.negated)
            ):
                return True
    return False


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' keys name one party: every key of the shorter is (a spelling of) a
    key of the longer ("Valley Crest" and "Valley Crest Health"; not "Northgate Regional
    Hospital" and "St. Aldric Regional Hospital")."""
    short, long = sorted((a, b), key=len)
    return bool(short) and all(any(is_variant(x, y) for y in long) for x in short)


@lru_cache(maxsize=20_000)
def _relations(text: str) -> tuple[Relation, ...]:
    return tuple(relations(text, analyse(text).tokens))


def _names_in(names: frozenset[str], a: Analysis) -> bool:
    return bool(names & a.keys)


def _roles(claim: Analysis, passage: Analysis) -> tuple[list[Finding], set[str]]:
    """Role-swap findings, and claim verbs whose opposite in the passage is a paraphrase. The
    passage is parsed only when it names both sides of one of the claim's relations."""
    out: list[Finding] = []
    opposite_ok: set[str] = set()
    opposites = _antonyms_by_stem()
    named = {t.key for t in claim.names} & passage.keys
    if not named:
        return out, opposite_ok  # no name of the claim in the passage: nothing to parse
    wanted = [
        c for c in (_relations(claim.text) if len(named) >= 2 else ())
        if _names_in(c.subject, passage) and _names_in(c.object, passage)
        and ({c.verb.stem} | opposites.get(c.verb.stem, frozenset())) & passage.stems
    ]  # fmt: skip
    for c in wanted:
        for p in _relations(passage.text):
            same_verb = c.verb.stem == p.verb.stem
            opposite = p.verb.stem in opposites.get(c.verb.stem, ())
            if not (same_verb or opposite):
                continue
            straight = same_name(c.subject, p.subject) and same_name(c.object, p.object)
            swapped = same_name(c.subject, p.object) and same_name(c.object, p.subject)
            if not (straight or swapped):
                continue
            if opposite and swapped:
                opposite_ok.add(c.verb.stem)
                out.append(
                    Finding("roles", True, 0.6,
                            f"roles: '{p.subject_text} {p.verb.text} {p.object_text}' says the "
                            f"same as '{c.subject_text} {c.verb.text} {c.object_text}'")
                )  # fmt: skip
            elif same_verb and (straight or c.symmetric):
                out.append(
                    Finding("roles", True, 0.6,
                            f"roles: source also says {p.subject_text} {p.verb.text} "
                            f"{p.object_text}")
                )  # fmt: skip
            elif same_verb and swapped:
                out.append(
                    Finding("roles", False, WEIGHTS["roles"],
                            f"roles: claim says {c.subject_text} {c.verb.text} {c.object_text}, "
                            f"source says {p.subject_text} {p.verb.text} {p.object_text}")
                )  # fmt: skip
    out += _done_to(claim, passage)
    return out, opposite_ok


PASSIVE_MARKS = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})


def _done_to(claim: Analysis, passage: Analysis) -> list[Finding]:
    """A claim that A did something to B ("Kestrel cited the inspectorate for two breaches")
    against a passage that says it was done to A ("Kestrel Mining has been cited for two
    breaches") and not that A did it: the roles turned round."""
    if not PASSIVE_MARKS & {t.lower for t in passage.tokens}:
        return []  # no passive in the passage: nothing to parse
    wanted = [
        c for c in doers(claim.text, claim.tokens)
        if _names_in(c.name, passage) and c.verb.stem in passage.stems
    ]  # fmt: skip
    if not wanted:
        return []
    done_to = undergoers(passage.text, passage.tokens)
    did = doers(passage.text, passage.tokens)
    out = []
    for c in wanted:
        if any(d.verb.stem == c.verb.stem and same_name(c.name, d.name) for d in did):
            continue
        for u in done_to:
            if u.verb.stem == c.verb.stem and same_name(c.name, u.name):
                out.append(
                    Finding("roles", False, WEIGHTS["roles"],
                            f"roles: claim says {c.text} {c.verb.text}, source says {u.text} "
                            f"was {u.verb.text}")
                )  # fmt: skip
    return out


# A claim that an act is done by now: "has already replaced", "have now closed", "already paid"
DONE_NOW = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|since\s+)*"
    r"(?P<perfect>[a-z]+(?:ed|en|t)|begun|done|gone|won|run|paid|sold|held|made|laid)\b"
    r"|\balready\s+(?P<past>[a-z]+(?:ed|en|t|ing))\b",  # (or under way: "already answering")
    re.IGNORECASE,
)
# ... and a source that says the same act is still to come: "will also replace", "is to pay"
STILL_TO_COME = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set\s+|due\s+|expected\s+|scheduled\s+)?to|plans?\s+to|"
    r"intends?\s+to|"
    r"agreed\s+to)\s+(?:also\s+|now\s+|still\s+|first\s+)?"
    # (the act begun: "will begin answering calls in September")
    r"(?:(?:begin|start|resume)\s+(?=[a-z]+ing\b))?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
NOT_YET_SHARE = 0.6  # of the claim's words after its verb, the source states at least this


def _not_yet(
    claim: Analysis, passage: Analysis, around: frozenset[str] = frozenset()
) -> list[tuple[Finding, int]]:
    """A claim that an act is done by now ("Norvane has already replaced the failed valve
    system"), against a source that says the same act is still to come ("The company will
    also replace the failed valve system by the end of the year"): not done when it was
    written. The claim's own hedge or a source that says it is done as well settles nothing."""
    done = DONE_NOW.search(claim.text)
    if done is None or claim.hedges:
        return []
    word = done.group("perfect") or done.group("past")
    act = stem(word.lower())
    if any(stem((m.group("perfect") or m.group("past")).lower()) == act
           for m in DONE_NOW.finditer(passage.text)):  # fmt: skip
        return []  # (the source says that act is done too; another done act is no matter)
    after = [t for t in claim.content if t.start >= done.end()]
    # (or what it is said of, where nothing follows the verb: "Construction of the Hatchet
    # Ridge expansion has begun", in the passage or the document's words before it: ``around``)
    said = passage.keys if after else passage.keys | around
    after = after or [t for t in claim.content if t.end <= done.start() and not is_name(t)]
    if not after or sum(t.key in said or canon(t.key) in said for t in after) < (
        NOT_YET_SHARE * len(after)
    ):  # fmt: skip
        return []
    if _another_target(claim, passage):
        return []
    for m in STILL_TO_COME.finditer(passage.text):
        if stem(m.group("verb").lower()) == act:
            t = next(t for t in claim.tokens if t.start == done.start(done.lastgroup or 0))
            future = m.group().strip()
            reason = f"not yet: claim says '{done.group().strip()}', source says '{future}'"
            return [(Finding("pending", False, WEIGHTS["pending"], reason, t.text, future),
                     t.index)]  # fmt: skip
    return []


def _another_target(claim: Analysis, passage: Analysis) -> bool:
    """A claim that counts what has been done ("has replaced 1,150 lead lines") against a
    plan with a count of its own ("will replace 2,000 of them"): the plan's target is not
    the claim's count, and a plan for more does not say that none were done."""
    counts = [q for q in claim.quantities if q.kind == "number"]
    plans = [x for x in passage.quantities if x.kind == "number"]
    return bool(counts and plans) and not any(qty.agrees(q, x) for q in counts for x in plans)


def _signed_change(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that something rose or fell, with no figure, against the passage's change of
    it the other way, given by its sign or its words ("Burglaries ... fell" against "Burglary
    Change: +3%" or "were up 3%"): said of the claim's measure (its clause shares a word of
    the claim's besides the verb)."""
    if claim.quantities:
        return []  # (a figure's own change is compared as a figure)
    verbs = [(t, 1 if t.stem in qty.RISING else -1) for t in claim.tokens
             if t.stem in qty.RISING or t.stem in qty.FALLING]  # fmt: skip
    if len(verbs) != 1:
        return []
    t, way = verbs[0]
    keys = {c.key for c in claim.content if c is not t and not c.is_capitalized}
    keys |= {c.key for c in claim.content if c is not t and c not in claim.names}
    for q in passage.quantities:
        # (a table cell's figure has no clause of its own: "Burglary Change: +3%")
        # (or a level that came the other way: "71,400 visits, down from about 88,000")
        moved = q.change or qty.came_from(q, passage.quantities)
        if moved and q.direction == -way and (q.clause or q.context) & keys:
            return [
                (
                    Finding(
                        "direction",
                        False,
                        WEIGHTS["direction"],
                        f"direction: claim says '{t.text}', source says {q.text} "
                        f"{'down' if way == 1 else 'up'}",
                        t.text,
                        q.text,
                    ),
                    t.index,
                )
            ]
    return []


# Who did a thing to something, named after "by": "was paid for by the Farm Bureau", "was
# designed by Aldo Lenz". The verb's participle, and the words of the agent up to a break.
AGENT = re.compile(
    r"\b(?P<verb>[a-z]+(?:ed|en|id|ought|ade|own|ung))\s+(?:(?:for|out|up)\s+)?by\s+"
    r"(?P<who>[^.;,]{1,60}?)(?=\s+(?:to|in|on|at|after|before|because|with)\b|[.;,]|$)"
)


@lru_cache(maxsize=4096)
def _agents(text: str) -> tuple[re.Match[str], ...]:
    """A claim's passives with their agents, read once a claim."""
    return tuple(AGENT.finditer(text))


INDEFINITE = re.compile(r"^(?:a|an|any|some|one)\b", re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|some)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _another_agent(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A passive's agent the passage names otherwise: "The study was paid for by the Farm
    Bureau" against "The university's study was paid for by a grant from the National Science
    Foundation". The claim's agent must be a name the passage does not have at all (a name the
    sentences before give fills no role the passage fills itself)."""
    for mine in _agents(claim.text):
        names = [t for t in claim.names if mine.start("who") <= t.start < mine.end("who")]
        if not names or any(_matches(t, passage) is not None for t in names):
            continue
        if INDEFINITE.search(mine["who"]) or INDEFINITE_BEFORE.search(claim.text[: mine.start()]):
            continue  # ("a film directed by", "by an American publisher": any one, no name)
        done_to = next((t for t in reversed(claim.content) if t.end <= mine.start()), None)
        act = stem(mine["verb"])
        for theirs in AGENT.finditer(passage.text):
            before = {
                t.key for t in tokenize(passage.text[max(0, theirs.start() - 60) : theirs.start()])
            }
            if stem(theirs["verb"]) != act or done_to is None or done_to.key not in before:
                continue  # (the same act, done to the same thing: "the study was paid for")
            other = [w for w in theirs["who"].split() if w[:1].isupper()]
            if not other:
                continue
            reason = (f"agent: claim says {mine['verb']} by {mine['who']}, source says "
                      f"{theirs['verb']} by {theirs['who']}")  # fmt: skip
            return [(Finding("agent", False, WEIGHTS["roles"], reason, mine["who"],
                             theirs["who"]), names[0].index)]  # fmt: skip
    return []


FREQUENCY_CLAUSE = 0.6  # of the claim's other words, the source's clause of a frequency has


def _another_frequency(
    claim: Analysis, passage: Analysis, matched: dict[int, str]
) -> list[tuple[Finding, int]]:
    """A duty or habit done at another frequency: "must report its water use every month"
    against "must report its water use to the Commission every quarter". Only a clause of
    the source that says most of the claim's other words is compared."""
    said = frequency.frequencies(claim.text)
    if len(said) != 1:
        return []
    c = said[0]
    within = [t for t in claim.tokens if c.start <= t.start < c.start + len(c.text)]
    words = [t for t in claim.content if t not in within]
    if not words or not within:
        return []
    for clause in clauses(passage.text):
        found = frequency.frequencies(clause)
        lowered = clause.lower()
        share = sum(
            t.index in matched and matched[t.index].lower() in lowered for t in words
        ) / len(words)
        if not found or share < FREQUENCY_CLAUSE:
            continue
        if any(frequency.same(c, f) for f in found):
            return []
        reason = f"frequency: claim says '{c.text}', source says '{found[0].text}'"
        return [(Finding("frequency", False, WEIGHTS["frequency"], reason, c.text,
                         found[0].text), within[-1].index)]  # fmt: skip
    return []


def _opposites(claim: Analysis, passage: Analysis, excused: set[str]) -> list[tuple[Finding, int]]:
    out = []
    table = _antonyms_by_stem()
    for t in claim.tokens:
        opposite = table.get(t.stem)
        if not opposite or t.stem in passage.stems or t.stem in excused:
            continue
        if t.key in claim.negated:
            continue  # ("did not rise" is no conflict with "fell")
        for p in passage.tokens:
            if (
                p.stem in opposite
                and p.stem not in claim.stems
                and p.key not in passage.negated  # ("did not raise it" / "a lower value")
                and _same_head(claim, t, passage, p)
                and not _a_condition(passage.text, p)
            ):
                out.append(
                    (Finding("direction", False, WEIGHTS["direction"],
                             f"direction: claim says '{t.text}', source says '{p.text}'",
                             t.text, p.text), t.index)
                )  # fmt: skip
                break
    return out


def _of_records(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """What a meeting's record and a table's rows say against the claim: a motion's outcome,
    a row against another."""
    return [*_another_outcome(claim, passage), *_rows_compared(claim, passage)]


def _another_outcome(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that a motion or a measure failed (or carried) against a record of the same
    motion that says it carried (or failed): "The amendment to exempt hosted stays ...
    failed" / "Ng moved to clarify that hosted stays ... are exempt ... The amendment carried
    6-1". The same motion: half the claim's words of what was moved are the passage's; a
    passage that decides two motions each way says nothing of which."""
    said = CLAIM_OUTCOME.search(claim.text)
    if said is None or not MEASURE_WORD.search(claim.text[: said.start()]):
        return []
    decided = {_carried(m.group("verb")): m.group("verb") for m in DECIDED.finditer(passage.text)}
    mine = _carried(said.group("verb"))
    if len(decided) != 1 or mine in decided:
        return []
    words = [
        t for t in claim.content
        if not MEASURE_WORD.fullmatch(t.lower) and not (said.start() <= t.start < said.end())
    ]  # fmt: skip
    if not words or 2 * sum(t.stem in passage.stems for t in words) < len(words):
        return []
    verb = next(t for t in claim.tokens if t.start >= said.start())
    other = decided[not mine]
    return [(Finding("direction", False, WEIGHTS["direction"],
                     f"outcome: claim says '{said.group('verb')}', source says '{other}'",
                     verb.text, other), verb.index)]  # fmt: skip


def _rows_compared(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that one of a table's rows has more (or fewer) than another it names ("North
    Shore had more registrations than Old Town") against the row's column read against that
    row ("North Shore Total: fewer than Old Town (137)", ``table.compared``), in the column of
    what the claim counts or the table's total. A finding either way."""
    m = table.THAN_ROW.search(claim.text)
    if m is None:
        return []
    counted = {canon(w.key) for w in tokenize(m.group("what")) if is_content(w)}
    other = re.escape(m.group("other"))
    for part in passage.text.split(";"):
        x = re.search(rf"^\s*(?P<col>[^:]+):\s+(?P<how>more than|fewer than|as many as)\s+"
                      rf"{other}\s+\(", part)  # fmt: skip
        if x is None:
            continue
        column = {canon(w.key) for w in tokenize(x["col"])}
        if not (counted & column or TOTAL_PART.search(f"{x['col']}: ")):
            continue
        mine = "more than" if m.group("cmp").lower() == "more" else "fewer than"
        holds = x["how"] == mine
        word = next(t for t in claim.tokens if t.start == m.start("cmp"))
        shown = part.strip().rstrip(".")
        return [
            (
                Finding(
                    "ranking",
                    holds,
                    WEIGHTS["ranking"],
                    f"ranking: claim says {m.group('cmp')} than {m.group('other')}, "
                    f"source says {shown}",
                    word.text,
                    shown,
                    aligned=True,
                ),
                word.index,
            )
        ]
    return []


def _carried(verb: str) -> bool:
    return re.match(r"(?:was\s+|were\s+)?(?:fail|reject|defeat|is\s+defeated)", verb, re.I) is None


# A motion, an amendment or a measure, and the word of its decision (the chair's, the minutes'
# or a report's): "The motion failed 3-4", "The amendment of the Council was approved in the
# vote 6-1", "Carried 7-0."
MEASURE_WORD = re.compile(
    r"\b(?:motions?|amendments?|measures?|resolutions?|ordinances?|proposals?|bills?)\b", re.I
)
_OUTCOME_VERB = (
    r"(?P<verb>carried|carries|passed|passes|failed|fails|(?:was|were)\s+(?:approved|adopted|"
    r"rejected|defeated))"
)
CLAIM_OUTCOME = re.compile(rf"\b{_OUTCOME_VERB}\b", re.IGNORECASE)
DECIDED = re.compile(
    rf"(?:\b(?:motion|amendment|measure|resolution|ordinance|proposal|bill|item)\b[^.;]{{0,40}}?"
    rf"|(?:^|[.;]\s+)){_OUTCOME_VERB}\b",
    re.IGNORECASE,
)


# An amount said to stay as it is: "the same number of hours", "as many teachers as"
SAME_AMOUNT = re.compile(
    r"\b(?:the\s+same\s+(?:number|amount|quantity|level)\s+of|as\s+(?:many|much))\s+", re.I
)
MORE_OR_LESS = frozenset({"more", "fewer", "less"})


def _the_same_amount(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A comparison of an amount ("would spend fewer hours in class") against the passage's
    saying it stays the same ("will spend the same number of hours in class"): of the same
    noun, the one turns the other round."""
    same = SAME_AMOUNT.search(passage.text)
    if same is None:
        return []
    kept = [t for t in passage.content if t.start >= same.end()][:2]
    for i, t in enumerate(claim.tokens):
        nxt = claim.tokens[i + 1 : i + 3]
        if t.lower not in MORE_OR_LESS or not nxt or nxt[0].lower == "than":
            continue
        if {x.stem for x in nxt if is_content(x)} & {x.stem for x in kept}:
            shown = passage.text[same.start() : kept[-1].end]
            return [(Finding("direction", False, WEIGHTS["direction"],
                             f"direction: claim says '{t.text}', source says '{shown}'",
                             t.text, shown), t.index)]  # fmt: skip
    return []


# What was asked for: "the full $1.1 million it sought", "less than the $2 million the
# district had requested".
_ASKED_FOR = r"(?:sought|requested|asked\s+for|wanted|proposed|recommended)"
_SUM = r"\$\d[\d,.]*(?:\s+(?:million|billion|thousand))?"
FULL_ASKED = re.compile(
    rf"\b(?P<full>full|entire|whole|all\s+of\s+the)\s+(?P<sum>{_SUM})\s+(?:[\w.'-]+\s+){{1,4}}?"
    rf"(?:had\s+|has\s+)?{_ASKED_FOR}\b",
    re.IGNORECASE,
)
SHORT_OF_ASKED = re.compile(
    rf"(?P<given>{_SUM})[^.;]{{0,80}}?,\s+(?:less|far\s+less|much\s+less)\s+than\s+the\s+"
    rf"(?P<sum>{_SUM})\s+(?:[\w.'-]+\s+){{1,5}}?(?:had\s+|has\s+)?{_ASKED_FOR}\b",
    re.IGNORECASE,
)


def _short_of_the_full(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that the full sum asked for was given ("gave the health department the full
    $1.1 million it sought") against a passage that gives less than that sum ("to give ...
    $900,000 ..., less than the $1.1 million Director Ashdown had sought")."""
    full = FULL_ASKED.search(claim.text)
    short = SHORT_OF_ASKED.search(passage.text) if full is not None else None
    if full is None or short is None:
        return []
    wanted, asked = qty.extract(full["sum"]), qty.extract(short["sum"])
    if len(wanted) != 1 or len(asked) != 1 or not qty.agrees(wanted[0], asked[0]):
        return []
    word = next((t for t in claim.tokens if t.start == full.start("full")), None)
    if word is None:
        return []
    shown = passage.text[short.start() : short.end()]
    reason = f"amount: claim says the {full.group(0)}, source says {shown}"
    return [(Finding("amount", False, WEIGHTS["amount"], reason, full["sum"], short["given"]),
             word.index)]  # fmt: skip


def _ranked_otherwise(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that a ranking put a party in a place ("ranked Meridian's proposal first"),
    against a passage's ranking that puts it in another ("ranked Lakeshore's proposal first
    and Meridian's second"): each name's place is the ordinal right after it."""
    said = RANKED_PLACE.search(claim.text)
    if said is None:
        return []
    name = said.group("name").lower()
    for ranked in re.finditer(r"\branked\s+[^.;]+", passage.text):
        places = {
            m.group("name").lower(): m.group("ord").lower()
            for m in PLACE.finditer(ranked.group())
        }  # fmt: skip
        place = places.get(name)
        if place is not None and place != said.group("ord").lower() and len(places) > 1:
            word = next(t for t in claim.tokens if t.start == said.start("ord"))
            reason = f"ranking: claim says {said.group('name')} {word.text}, source says {place}"
            return [(Finding("ranking", False, WEIGHTS["ranking"], reason, word.text, place),
                     word.index)]  # fmt: skip
    return []


def _awarded_to_another(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that a party won a thing ("Meridian EMS won Tarrow County's new ambulance
    contract"), against a passage that awards that thing to another ("awarded a five-year
    ambulance contract to Lakeshore Ambulance"): one winner."""
    won = WON.search(claim.text)
    if won is None:
        return []
    who = {canon(t.key) for t in tokenize(won.group("who")) if is_name(t)}
    what = {canon(t.key) for t in tokenize(won.group("what")) if is_content(t) and not is_name(t)}
    for m in AWARDED_TO.finditer(passage.text):
        to = {canon(t.key) for t in tokenize(m.group("to")) if is_name(t)}
        theirs = {canon(t.key) for t in tokenize(m.group("what")) if is_content(t)}
        if len(what) < 2 or len(what & theirs) < len(what) / 2 or not to or to & who:
            continue
        if OTHERS_LISTED.match(passage.text, m.end()):
            continue  # ("awarded paving contracts to Brisk and Ostrava": more than one won)
        word = next(t for t in claim.tokens if t.start == won.start("verb"))
        reason = (
            f"name: claim says {won.group('who')} won it, source says it went to {m.group('to')}"
        )
        return [(Finding("name", False, WEIGHTS["name"], reason, word.text, m.group("to"),
                         replaced=True), word.index)]  # fmt: skip
    return []


def _said_of_the_other(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that gives a party what a contrast says of the other ("Meridian measures from
    the moment a crew is assigned to a call, while the county measures from the moment the
    911 call is answered" of "Meridian EMS measures response times from the moment a 911
    call is answered"): both halves have the claim's verb, the party is named in one only,
    and the other half says every word of the claim's its own half says, and more."""
    names = {canon(t.key) for t in claim.names}
    acts = {w.start for w in parse(claim.text).main_verbs()}
    verbs = {canon(t.key) for t in claim.content if t.start in acts} - names
    words = {canon(t.key) for t in claim.content} - names
    for sentence in SENTENCE_END.split(passage.text):
        halves = CONTRAST.split(sentence, maxsplit=1)
        if len(halves) != 2 or not verbs:
            continue
        keys = [{canon(t.key) for t in tokenize(h) if is_content(t)} for h in halves]
        if not all(verbs & k for k in keys):
            continue
        own = [bool(names & k) for k in keys]
        if own.count(True) != 1:
            continue
        mine, other = (keys[0], keys[1]) if own[0] else (keys[1], keys[0])
        if words & other > words & mine:
            verb = next(t for t in claim.content if canon(t.key) in verbs)
            shown = halves[1] if own[0] else halves[0]
            reason = f"roles: the source says this of another: '{shown.strip()[:80]}'"
            return [(Finding("roles", False, WEIGHTS["roles"], reason, verb.text, shown.strip()),
                     verb.index)]  # fmt: skip
    return []


# Two halves of a contrast: "A measures from ..., while B measures from ...", "whereas"
CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+", re.IGNORECASE)


# A run of capitalized words: a party's name ("Lakeshore Ambulance", "Kell Paving Co.")
_PARTY = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
# "Meridian EMS won Tarrow County's new ambulance contract", "Kell Paving was awarded the ..."
WON = re.compile(
    rf"(?P<who>{_PARTY})\s+(?P<verb>won|was\s+awarded|landed|secured)\s+(?P<what>[^.;]+)"
)
# ... and another name after it: "to Brisk Road Works and Ostrava", "to Brisk, Kell and ..."
OTHERS_LISTED = re.compile(r"(?:,|\s+and|\s+&)\s+(?:the\s+)?[A-Z]")
# "awarded a five-year ambulance contract to Lakeshore Ambulance"
AWARDED_TO = re.compile(
    rf"\bawarded\s+(?P<what>(?:an?|the|its)\s[^.;]{{0,80}}?)\s+to\s+(?P<to>{_PARTY})"
)


_ORDINALS = r"first|second|third|fourth|fifth|last"
# A name and the place a ranking gives it: "Lakeshore's proposal first", "Meridian's second"
PLACE = re.compile(
    rf"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)(?:['\u2019]s)?(?:\s+[a-z]+){{0,2}}?\s+"
    rf"(?P<ord>{_ORDINALS})\b"
)
RANKED_PLACE = re.compile(rf"\branked\s+{PLACE.pattern}")


def _some_not_all(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that something was done to all of a group ("hired all of Meridian's Tarrow
    County employees"), against a passage that gives the part of the whole it was done to
    ("has hired 112 of Meridian's 160 Tarrow County employees"): "all" admits no exception."""
    said = ALL_OF_THEM.search(claim.text)
    if said is None or any(said.start() <= q.start < said.end() for q in claim.quantities):
        return []  # ("all 31 of its servers": a count, read by _all_of)
    noun = canon(stem(said.group("noun").lower()))
    for m in PART_OF_WHOLE.finditer(passage.text):
        part, whole = (float(m.group(g).replace(",", "")) for g in ("part", "whole"))
        if part < whole and canon(stem(m.group("noun").lower())) == noun:
            word = next(t for t in claim.tokens if t.start == said.start())
            reason = f"number: claim says {said.group(0)}, source says {m.group(0)}"
            return [(Finding("number", False, WEIGHTS["number"], reason, said.group(0),
                             m.group(0)), word.index)]  # fmt: skip
    return []


def _some_do_not(claim: Analysis, passage: Analysis) -> list[tuple[Finding, int]]:
    """A claim that all of a group do a thing ("All four of Port Ansel's stores deliver to
    homes"), against a passage that says the thing of some and, by an auxiliary alone, not of
    others ("Harbor Leaf and Northlight deliver; Tidewater and Saltmarsh do not."): the bare
    "do not" repeats the verb before it, negated, and "all" admits no exception."""
    every = EVERY_OF_THEM.search(claim.text)
    if every is None:
        return []
    verbs = {t.stem for t in claim.content if t.start > every.end() and t not in claim.names}
    for m in BARE_NOT.finditer(passage.text):
        before = passage.text[: m.start()]
        if not any(t.stem in verbs for t in tokenize(before[before.rfind(".") + 1 :])):
            continue  # (the verb it repeats is not the claim's)
        word = next(t for t in claim.tokens if t.start == every.start())
        reason = f"number: claim says {every.group(0).strip()}, source says {m.group(0).strip()}"
        return [(Finding("number", False, WEIGHTS["number"], reason, word.text,
                         m.group(0).strip()), word.index)]  # fmt: skip
    return []


# "All four of Port Ansel's stores", "every one of the district's schools", "all of them"
EVERY_OF_THEM = re.compile(
    r"\b(?:all|every\s+one|each)(?:\s+(?:\w+|\d[\d,]*))?\s+of\s+", re.IGNORECASE
)
# Names said not to do a thing by an auxiliary alone, at a clause's end: "Tidewater and
# Saltmarsh do not.", "Harbor Leaf does not;", "but two of them have not,"
BARE_NOT = re.compile(
    r"(?:[A-Z][\w'\u2019-]*|\bthe\s+others?|\bthe\s+rest)\s+"
    r"(?:do|does|did|have|has|had|will|can|could|would)\s*(?:not|n['\u2019]t)\s*(?=[.;,]|$)"
)


# "all of Meridian's Tarrow County employees", "all the district's bus drivers": a whole group
ALL_OF_THEM = re.compile(
    r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*['\u2019]s\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+s)\b"
)
# "112 of Meridian's 160 Tarrow County employees", "27 of its 31 servers": a part of a whole
PART_OF_WHOLE = re.compile(
    r"\b(?P<part>\d[\d,]*)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*['\u2019]s\s+)?"
    r"(?P<whole>\d[\d,]*)\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+s)\b"
)


LIGHT_VERBS = frozenset({"will", "would", "could", "has", "have", "had", "did", "does", "also"})
# A clause that sets a condition or a limit, not a fact: "until its results fall below the
# action level", "unless sales rise", "if the bond fails".
CONDITION = re.compile(r"\b(?:until|unless|if|whether)\b", re.IGNORECASE)


def _a_condition(text: str, p: Token) -> bool:
    """Whether the word ``p`` is in a clause of condition or limit ("must replace 3% a year
    until its results fall below the action level"): such a clause states nothing."""
    at = 0
    for clause in clauses(text):
        at = text.find(clause, at)
        if at <= p.start < at + len(clause):
            return bool(CONDITION.search(clause[: p.start - at]))
        at += len(clause)
    return False


def _same_head(claim: Analysis, t: Token, passage: Analysis, p: Token) -> bool:
    """Whether two opposite words are said of the same thing: the content word right after
    each (the noun a "first"/"last" modifies) is the same, or neither has one in reach."""

    def subject(an: Analysis, tok: Token) -> Token | None:
        """The nearest word before it that is not a name ("prices" in "fuel prices in Kestrel
        Bay fell")."""
        before = [
            x for x in an.tokens[max(0, tok.index - 5) : tok.index]
            if x.lower.isalpha() and x.lower not in STOPWORDS and not is_name(x)
            and x.lower not in LIGHT_VERBS
        ]  # fmt: skip
        return before[-1] if before else None

    a, b = _next_content(claim, t), _next_content(passage, p)
    if a is None and b is None:
        # "sales rose" / "sales fell"; not "fuel prices fell" / "ferry fares will rise"
        x, y = subject(claim, t), subject(passage, p)
        return x is None or y is None or canon(x.key) == canon(y.key) or x.stem == y.stem
    if a is None or b is None:
        return False  # "more than 1.7 million" is a bound; "fewer cars" a comparison
    return a.stem == b.stem or a.key == b.key


# Who said it: "<speaker> said|vowed|told ... <what was said>".
SAYING = re.compile(
    r"\b(?:said|says|say|vowed|vows|told|claimed|claims|insisted|argued|warned|promised|"
    r"pledged|stated|described|called|denied|added|confirmed|confirms|asked|asks|urged|urges)\b",
    re.IGNORECASE,
)
SAID_SHARE = 0.6  # the source must state this share of what the claim says was said


def _saying_subjects(a: Analysis, verb: re.Match) -> tuple[Parse, list[Word]]:
    """The parse of ``a`` and the subjects it gives the verb of saying ``verb`` matched."""
    p = parse(a.text)
    v = next((w for w in p.words if w.start == verb.start()), None)
    return p, p.children(v, "nsubj") if v is not None else []


def _speaker_of(a: Analysis, verb: re.Match) -> list[Token]:
    """The name the parse makes the subject of a verb of saying, wherever it stands: "Board
    chair Peter Yeo said", "..., said Peter Yeo, the board's chair", "Yeo, who chairs the
    board, said". Empty when the subject is no name ("he said")."""
    p, subjects = _saying_subjects(a, verb)
    if not subjects:
        return []
    by_start = {t.start: t for t in a.tokens}
    names = {t.start for t in a.names}  # ("Prosecutors said": a plural noun, no name)
    run: list[Token] = []
    for w in reversed(p.phrase(subjects[0])):
        t = by_start.get(w.start)
        if t is None or not is_name(t) or t.start not in names and opens_sentence(a.text, t):
            break
        run.insert(0, t)
    return run if run and run[-1].start == subjects[0].start else []


def _other_speaker(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """The passage gives what the claim says a named person said to another named speaker
    ("Board chair Peter Yeo said the decision reflected ..." for a claim that the chief
    executive said it): the wrong speaker makes an attribution false. (finding, index of the
    claim's speaker name) or None."""
    verb = SAYING.search(claim.text)
    if verb is None:
        return None
    speaker = _speaker_of(claim, verb)
    said = [t for t in claim.content if t.start >= verb.end() and not is_name(t)]
    # (a figure of what was said, given by the passage too, is a part of it: "over five years")
    figures = sum(
        any(q.value == x.value and qty.same_unit(q, x) for x in passage.quantities)
        for q in claim.quantities if q.start >= verb.end()
    )  # fmt: skip
    if not speaker or len(said) + figures < 3 or any(t.key in passage.keys for t in speaker):
        return None
    shared = sum(t.key in passage.keys for t in said)
    if shared < SAID_SHARE * len(said):
        return None
    other = next(
        (run for m in SAYING.finditer(passage.text) if (run := _speaker_of(passage, m))), []
    )
    turn = NAMED_TURN.match(passage.text)  # a transcript's "CHIEF MARCUS HALE: We have ..."
    figure = any(
        q.value == x.value and qty.same_unit(q, x) for q in claim.quantities
        for x in passage.quantities
    )  # fmt: skip
    if not other and turn is not None and shared < len(said) and not figure:
        # a meeting's turns are many voices on one subject: another member's words in part
        # ("The fine is being paid") do not say who else said it; the claim's own figure
        # ("We have 38 funded positions") does
        return None
    if other:
        shown = passage.text[other[0].start : other[-1].end]
    elif turn is not None:
        shown = turn.group("name").title()
    else:
        return None
    who = claim.text[speaker[0].start : speaker[-1].end]
    return (
        Finding("name", False, WEIGHTS["name"],
                f"speaker: claim says {who} said it, source says {shown}", speaker[-1].text,
                shown),
        speaker[-1].index,
    )  # fmt: skip


def _other_sayer(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """The passage gives what the claim says one party said to another party, each named by
    a noun ("The hospital says it is closing the unit to save money" / "The union says you
    are closing the unit to save money"): the wrong party makes an attribution false.
    Neither party's noun may be on the other side. (finding, index of the claim's party)."""
    verb = SAYING.search(claim.text)
    theirs = SAYING.search(passage.text)
    if verb is None or theirs is None:
        return None
    mine = _noun_sayer(claim.text)
    if mine is None or mine.base in passage.stems:
        return None  # (the claim's party named in the passage too: no other party's word)
    said = [t for t in claim.content if t.start >= verb.end()]
    if len(said) < 3 or sum(t.key in passage.keys for t in said) < SAID_SHARE * len(said):
        return None  # (the cheap reading first: the passage's words)
    tree, other = _saying_subjects(passage, theirs)
    if not other or other[0].pos != "NOUN":
        return None
    # (what the passage's party said: the words under its verb of saying)
    v = tree.head(other[0])
    under = {stem(w.text.lower()) for w in tree.words if _under(tree, w, v)}
    if sum(t.stem in under for t in said) < SAID_SHARE * len(said):
        return None
    a, b = mine, other[0]
    if a.base == b.base or b.base in claim.stems or {a.base, b.base} & NO_PARTY:
        return None
    token = next((t for t in claim.tokens if t.start == a.start), None)
    if token is None or token in claim.names:
        return None  # ("Northwind has said" is "the company says": a name and its noun)
    return (
        Finding("roles", False, WEIGHTS["roles"],
                f"speaker: claim says the {a.text} said it, source says the {b.text}", a.text,
                b.text),
        token.index,
    )  # fmt: skip


# Sayers that name no party of their own: an unnamed source ("sources say", "people familiar
# with the plans said") or the writing that reports it ("a story on Jan. 8 said").
NO_PARTY = frozenset(
    stem(w) for w in ("source", "people", "person", "story", "article", "report", "headline",
                      "correction")
)  # fmt: skip


@lru_cache(maxsize=4096)
def _noun_sayer(claim: str) -> Word | None:
    """The noun that is the subject of the claim's verb of saying ("The hospital says"), or
    None (a name's, a pronoun's, or no saying)."""
    verb = SAYING.search(claim)
    if verb is None:
        return None
    _, subjects = _saying_subjects(analyse(claim), verb)
    return subjects[0] if subjects and subjects[0].pos == "NOUN" else None


def _under(tree: Parse, w: Word, top: Word) -> bool:
    """Whether ``w`` is ``top`` or hangs, through its heads, on it."""
    while True:
        if w.index == top.index:
            return True
        if w.dep == "ROOT":
            return False
        w = tree.head(w)


def _speaker_phrase(a: Analysis, verb: re.Match) -> list[Word]:
    """The subject of a verb of saying with the words that name it before it ("Norvane's
    chief executive" -> "chief executive"; "..., said plant manager Carla Westin")."""
    p, subjects = _saying_subjects(a, verb)
    if not subjects:
        return []
    taken = [subjects[0]]
    for w in taken:  # (the compounds' own compounds: "plant" of "plant manager")
        taken += [x for x in p.children(w, "compound", "amod") if x.index < w.index]
    return sorted(taken, key=lambda x: x.index)


def _other_title(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """The passage gives what the claim says an office-holder said ("Norvane's chief
    executive said the company takes its responsibility ... seriously") to a speaker with
    another title and no title of the claim's ("said plant manager Carla Westin"): a quote
    given to the wrong office is a wrong attribution. (finding, index of the claim's title)."""
    verb = SAYING.search(claim.text)
    if verb is None or _speaker_of(claim, verb):
        return None
    # (one office, not a group that holds several: "Prosecutors said")
    titles = [w for w in _speaker_phrase(claim, verb) if w.text.lower() in TITLES]
    if any(w.text.lower() in PLURAL_TITLES for w in titles):
        return None
    said = [t for t in claim.content if t.start >= verb.end() and not is_name(t)]
    if (
        not titles
        or len(said) < 3
        or sum(t.key in passage.keys for t in said) < SAID_SHARE * len(said)
    ):
        return None
    phrases = [_speaker_phrase(passage, m) for m in SAYING.finditer(passage.text)]
    phrase = next((p for p in phrases if any(w.text.lower() in TITLES for w in p)), [])
    theirs = {w.text.lower() for w in phrase if w.text.lower() in TITLES}
    if not theirs or theirs & {w.text.lower() for w in titles}:
        return None
    who = claim.text[titles[0].start : titles[-1].end]
    shown = passage.text[phrase[0].start : phrase[-1].end]
    index = next(t.index for t in claim.tokens if t.start == titles[-1].start)
    return (
        Finding("name", False, WEIGHTS["name"],
                f"speaker: claim says the {who} said it, source says the {shown}",
                titles[-1].text, shown),
        index,
    )  # fmt: skip


# Saying nothing: "declined to comment", "did not return calls", "could not be reached"
DECLINED = re.compile(
    r"\b(?:declined|refused)\s+to\s+(?:comment|be\s+interviewed|discuss)|"
    r"\bdid\s+not\s+(?:return|respond\s+to)\s+(?:\w+\s+){0,2}(?:calls?|messages?|emails?|"
    r"requests?)|\bdid\s+not\s+respond\b|\bcould\s+not\s+be\s+reached\b|\bno\s+comment\b",
    re.IGNORECASE,
)


def _declined(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """The claim says a named person said something, and the passage says that person said
    nothing ("A city spokeswoman, Irene Kowal, declined to comment", "did not return calls"):
    what others said there is not theirs. (finding, index of the speaker's last name)."""
    verb = SAYING.search(claim.text)
    if verb is None or DECLINED.search(passage.text) is None:
        return None  # (the claim is parsed only where the passage says someone said nothing)
    speaker = _speaker_of(claim, verb)
    if not speaker:
        return None
    last = speaker[-1].text
    for sentence in SENTENCE_END_AT.split(passage.text):
        at = re.search(rf"\b{re.escape(last)}\b", sentence)
        declined = DECLINED.search(sentence)
        if at is not None and declined is not None and declined.start() > at.start():
            who = claim.text[speaker[0].start : speaker[-1].end]
            return (
                Finding("declined", False, WEIGHTS["name"],
                        f"speaker: claim says {who} said it, source says {who} "
                        f"{declined.group().lower()}", last, declined.group()),
                speaker[-1].index,
            )  # fmt: skip
    return None


# Offices one person holds at a time for a place: "the mayor", "Ridgeway's superintendent"
ONE_HOLDER = ("mayor", "superintendent", "governor", "sheriff", "chancellor", "premier")
_NAME = r"(?:[A-Z][\w.'-]+\s+){0,2}[A-Z][\w.'-]+"
_PLACE = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
# "Lena Marsh is the mayor of Carver Falls", "Maria Santos is Ridgeway's superintendent"
HOLDS_OFFICE = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:is|was|has\s+been|became|serves\s+as)\s+(?:the\s+)?"
    rf"(?:(?P<whose>{_PLACE})['\u2019]s\s+)?(?P<office>{'|'.join(ONE_HOLDER)})\b"
    rf"(?:\s+of\s+(?P<of>{_PLACE}))?"
)


def _office_of_another(
    claim: Analysis, passage: Analysis, context: str = ""
) -> tuple[Finding, int] | None:
    """The claim gives a person an office one person holds at a time ("Lena Marsh is the mayor
    of Carver Falls"), and the passage gives it, as a title before a name, to another ("Mayor
    Joan Ferris") of the same place (named in the passage or the sentences before it): a
    person given another's office. (finding, index of the claim's name's last word)."""
    said = HOLDS_OFFICE.match(claim.text)
    if said is None:
        return _title_of_another(claim, passage)
    office = said.group("office")
    theirs = re.search(
        rf"\b{office.title()}\s+(?P<other>[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})",
        passage.text,
    )
    last = said.group("name").split()[-1]
    if theirs is None or re.search(rf"\b{re.escape(last)}\b", passage.text):
        return None  # (the claim's person named there too: two offices, or a title dropped)
    place = said.group("whose") or said.group("of") or ""
    where = f"{passage.text} {context}".lower()
    if place and not any(w.lower() in where for w in place.split()):
        return None  # (another place's mayor)
    token = next((t for t in claim.tokens if t.end == said.end("name")), None)
    if token is None:
        return None
    shown = f"{office.title()} {theirs.group('other')}"
    return (
        Finding("name", False, WEIGHTS["name"],
                f"office: claim says {said.group('name')} is the {office}, source says {shown}",
                token.text, shown),
        token.index,
    )  # fmt: skip


# ... which a passage gives another, after the name or before it: "Dr. Samuel Reyes, the zoo's
# director of animal care", "the county's health director, Dr. Colin Abara"
TITLE_HOLDER = (
    # ("Dr. Colin Abara, the county's health director", "..., Fenwick County health director")
    r"(?P<after>{name}),\s+(?:the\s+)?(?:(?P<body>[\w' ]+?)['\u2019]s\s+|"
    r"(?P<named>(?:[A-Z][\w'-]*\s+){{1,4}}))?{title}\b"
    r"|\b{title},?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?(?P<before>{name})"
    # ("its president is Dale Whitaker", "the group's treasurer is now Carla Ruiz")
    r"|\b(?:its|their|the)\s+{title}\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?P<copula>{name})"
)
# Words that make a holder no holder now, or of another office: "former", "acting", "deputy"
NOT_THE_HOLDER = re.compile(
    r"\b(?:former|acting|interim|then|ex|deputy|assistant|co)[\s-]*$", re.IGNORECASE
)


def _role_of_another(claim: Analysis, passage: Analysis) -> list[int]:
    """The claim's words for a role it says someone is ("Ruth Oyelowo is the township's
    harbor master"), where the passage gives that role to another argument of a verb than the
    person's ("Ruth Oyelowo thanked the harbor master"): one does not thank oneself, so the
    passage does not state that the person is it. Not a verb or a preposition that gives a
    role ("appointed Oyelowo harbor master", "serves as harbor master")."""
    role = office_claim(claim.text, any_role=True)
    if role is None or not role.one_holder:
        return []  # ("is a convicted murderer": a kind of person, which many are)
    start = claim.text.find(role.title, role.who_end)
    # (the role's head phrase: "director" of "director of animal care")
    head_phrase = re.split(r"\s+(?:of|for|at|with)\s+", role.title)[0]
    said = [t for t in claim.content if start <= t.start < start + len(head_phrase)]
    names = [t for t in claim.names if t.end <= role.who_end]
    if not said or not names or said[-1].key not in passage.keys:
        return []
    if names[-1].key not in passage.keys:
        return []
    tree = parse(passage.text)
    heads = [w for w in tree.words if stem(w.text.lower()) == said[-1].stem and w.pos == "NOUN"]
    people = [w for w in tree.words if w.text == names[-1].text]
    for w in heads:
        verb, dep = _argument_of(tree, w)
        if verb is None or dep in ROLE_GIVING_DEPS or verb.base in ROLE_GIVING_VERBS or (
            verb.text.lower() in BE_FORMS
        ):  # fmt: skip
            continue
        if any(
            _argument_of(tree, n)[0] is verb and _argument_of(tree, n)[1] != dep for n in people
        ):
            return [t.index for t in said]
    return []


def _argument_of(tree: Parse, w: Word) -> tuple[Word | None, str]:
    """The verb a noun is an argument of (through the words of its phrase and one
    preposition), and how: ("thanked", "dobj") for "director" of "thanked the director"."""
    while w.dep in ("compound", "amod", "poss", "nmod") and tree.head(w) is not w:
        w = tree.head(w)
    dep, head = w.dep, tree.head(w)
    if dep == "pobj" and head.pos == "ADP":
        if head.text.lower() in ("as", "like"):
            return None, dep  # "serves as harbor master": the role itself
        dep, head = f"pobj:{head.text.lower()}", tree.head(head)
    if head.pos not in VERBAL or head is w or not dep.startswith(ARGUMENT_DEPS):
        return None, dep  # (a conjunct or a modifier is no argument: "..., and a host")
    return head, dep


ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "pobj:")
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})


# How a verb gives a role, not another person: "appointed her harbor master", "is the harbor
# master", "named director"; and the verbs that do
ROLE_GIVING_DEPS = frozenset({"attr", "oprd", "acomp", "xcomp", "appos", "ccomp"})
ROLE_GIVING_VERBS = frozenset(
    stem(w) for w in (
        "be", "become", "remain", "serve", "name", "appoint", "elect", "make", "hire", "promote",
        "choose", "select", "confirm", "nominate", "succeed", "replace",
    )
)  # fmt: skip


def _titled_otherwise(
    claim: Analysis, passage: Analysis, context: str = ""
) -> tuple[Finding, int] | None:
    """The claim gives a person an office ("Malik Oyelaran is Marlow Bay's city manager",
    "Lumora's chief operating officer, Owen Bratt, told analysts") and the passage names the
    same person, by their whole name, with another office beside it ("Malik Oyelaran,
    director of code enforcement", "said Owen Bratt, chief financial officer") or says which
    it is not ("He is Lumora's chief financial officer, not its chief operating officer."): a
    wrong title. Not where one title holds the other's words ("chief executive" / "chief
    executive officer"), nor a former or acting one."""
    m = named_office(claim.text)
    if m is None or len(m.who.split()) < 2:
        return None
    name = r"\s+".join(re.escape(w) for w in m.who.split())
    theirs, replaced = _title_beside(name, passage.text), False
    rejected = NOT_TITLE.search(passage.text)
    # (named in the passage, or "He is ..." right after the sentence that names them)
    named = re.search(rf"\b{name}\b", passage.text) or (
        PRONOUN_FIRST.match(passage.text) and re.search(rf"\b{name}\b", context[-300:])
    )
    if rejected is not None and named and _title_words(rejected["not"]) == _title_words(m.title):
        theirs, replaced = rejected["title"], True
    if theirs is None or NOT_THE_HOLDER.search(f"{theirs} "):
        return None
    if re.match(r"(?:former|acting|interim|deputy|assistant)\b", theirs):
        return None
    mine, said = _title_words(m.title), _title_words(theirs)
    if (
        not _holds_title(mine)
        or not _holds_title(said)
        or _title_within(mine, said)
        or _title_within(said, mine)
    ):
        return None
    last = next((t for t in reversed(claim.names) if t.end <= m.who_end), None)
    if last is None:
        return None
    reason = f"title: claim says {m.who} is the {m.title}, source says {theirs}"
    return (Finding("title", False, WEIGHTS["title"], reason, last.text, theirs,
                    replaced=replaced), last.index)  # fmt: skip


PRONOUN_FIRST = re.compile(r"\s*(?:He|She|They)\b")
# "He is Lumora's chief financial officer, not its chief operating officer."
NOT_TITLE = re.compile(
    r"\b(?:is|was)\s+(?:the\s+|its\s+|(?:[A-Z][\w'-]*\s+){0,3}?[A-Z][\w'-]*['\u2019]s?\s+)?"
    r"(?P<title>[a-z][a-z -]{2,60}?),\s+not\s+(?:the\s+|its\s+|his\s+|her\s+|an?\s+)?"
    r"(?P<not>[a-z][a-z -]{2,60}?)\s*[.;,]"
)


def _title_beside(name: str, text: str) -> str | None:
    """The title a passage gives the named person beside the name: after it ("Owen Bratt,
    chief financial officer"), or before it ("said chief financial officer Owen Bratt")."""
    x = re.search(
        rf"\b{name},\s+(?:the\s+|its\s+|(?:[A-Z][\w'-]*\s+){{0,3}}[A-Z][\w'-]*['\u2019]s?\s+)?"
        rf"(?P<title>[a-z][a-z' -]{{2,60}}?)\s*(?:[,.;]|$)",
        text,
    )  # fmt: skip
    if x is not None:
        return x["title"]
    before = re.search(rf"\b(?P<title>(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)\s+{name}\b", text)
    return (own_title(before["title"]) or None) if before is not None else None


def _title_words(title: str) -> frozenset[str]:
    return frozenset(stem(w.lower()) for w in title.split() if w.lower() not in NOT_TITLE_WORDS)


def _holds_title(words: frozenset[str]) -> bool:
    return any(w in TITLE_STEMS for w in words)


def _title_within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether each word of title ``a`` is one of ``b``'s, by its stem ("finance chief" is in
    "chief financial officer")."""
    return all(any(x.startswith(y) or y.startswith(x) for y in b if min(len(x), len(y)) >= 4
                   or x == y) for x in a)  # fmt: skip


def _title_of_another(claim: Analysis, passage: Analysis) -> tuple[Finding, int] | None:
    """An office one holds ("the zoo's director of animal care") that the claim gives one
    person and the passage another: "Lorraine Okafor is the Calloway Zoo's director of animal
    care" against "said Dr. Samuel Reyes, the zoo's director of animal care". Not a former,
    acting or deputy holder, nor another body's ("the state's health director")."""
    m = office_claim(claim.text)
    if m is None or not m.one_holder:
        return None
    mine = {stem(w.lower()) for w in m.who.split()}
    body = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", m.body)}
    title = r"\s+".join(re.escape(w) for w in m.title.split())
    for x in re.finditer(TITLE_HOLDER.format(name=_NAME, title=title), passage.text):
        who = x["after"] or x["before"] or x["copula"].rstrip(".")
        said_of = {
            stem(w.lower()) for w in re.findall(r"[A-Za-z]+", x["body"] or x["named"] or "")
        }  # fmt: skip
        title_at = passage.text.lower().find(m.title, x.start())
        if (
            mine & {stem(w.lower()) for w in who.split()}
            or NOT_THE_HOLDER.search(passage.text[:title_at])
            or said_of and body and not said_of & body  # another body's office
        ):  # fmt: skip
            continue
        last = next((t for t in reversed(claim.names) if t.end <= m.who_end), None)
        if last is None:
            return None
        reason = f"title: claim gives the {m.title} to {m.who}, source gives it to {who}"
        return Finding("name", False, WEIGHTS["name"], reason, last.text, who), last.index
    return None


def _beside_its_name(
    claim: Analysis, t: Token, passage: Analysis, p: Token, matched: dict[int, str]
) -> bool:
    """Whether the passage's name ``p`` stands where the claim's ``t`` would, when the rest of
    ``t``'s name is in the passage: next to it ("Halden Row Builders" for "Halden Row
    Partners"), not in another name ("Corliss Street Commons" is not swapped for "Halden Row
    Partners" by a passage that names "the former Corliss Street bus depot")."""
    names = {x.index for x in claim.names}
    group = []
    for step in (-1, 1):
        i = t.index + step
        while 0 <= i < len(claim.tokens) and i in names:
            group.append(claim.tokens[i])
            i += step
    found = [x for x in group if x.index in matched]
    if len(found) < 2:
        return True  # (a surname alone is how a story names a person again)
    keys = {x.key for x in found}
    return any(abs(q.index - p.index) == 1 for q in passage.tokens if q.key in keys)


def _noun_after(analysis: Analysis, t: Token) -> Token | None:
    """The word right after the name ``t`` stands in ("jail" in "the Corbin County jail"),
    where the name qualifies it: a noun, not a verb."""
    i = t.index
    while i + 1 < len(analysis.tokens) and is_name(analysis.tokens[i + 1]):
        i += 1
    if i + 1 >= len(analysis.tokens) or analysis.tokens[i].text.endswith(("'s", "\u2019s")):
        return None  # (whose thing, "Harlow County's rate", is the claim's own part)
    after = analysis.tokens[i + 1]
    if analysis.text[analysis.tokens[i].end : after.start] != " " or not is_content(after):
        return None
    if any(w.start == after.start and w.tag.startswith("VB") for w in parse(analysis.text).words):
        return None  # "Osei voted": what the person did
    return after


def _in_a_longer_name(a: Analysis, t: Token) -> bool:
    """Whether ``t`` is a word of a name of two words or more ("Corbin" of "Corbin County")."""
    near = [a.tokens[i] for i in (t.index - 1, t.index + 1) if 0 <= i < len(a.tokens)]
    return any(
        is_name(x) and a.text[min(x.end, t.end) : max(x.start, t.start)] == " " for x in near
    )


#: Words after a name that may still be its noun phrase ("American science fiction action
#: comedy film").
NOUN_PHRASE_REACH = 6


def _qualifies_the_same(
    claim: Analysis, t: Token, passage: Analysis, p: Token, matched: dict[int, str]
) -> bool:
    """Whether the passage's name ``p`` can stand for the claim's ``t`` where the claim's name
    only says which thing the noun after it is ("the Corbin County jail"): only if it says
    the same of the same noun ("the Pell County jail"). "Inmates it housed in Pell County"
    names another place beside "the jail's population", not another jail."""
    noun = _noun_after(claim, t)
    if noun is None or noun.index not in matched:
        return True
    theirs = _noun_after(passage, p)
    if theirs is None:
        return False
    # (the noun may be the head of a compound after it: "a 2002 American science fiction
    # action comedy film" qualifies "film" as "a Korean film" does)
    phrase = passage.tokens[theirs.index : theirs.index + NOUN_PHRASE_REACH]
    end = next(
        (i for i, x in enumerate(phrase) if i and passage.text[phrase[i - 1].end : x.start] != " "),
        len(phrase),
    )  # fmt: skip
    return any(x.key == noun.key for x in phrase[:end])


TITLES = lexicon.titles()  # (their plurals too: "Councilmembers")
TITLE_STEMS = frozenset(stem(w) for w in TITLES)
PLURAL_TITLES = lexicon.plural_titles()


def _hyphen_joined(claim: Analysis, t: Token) -> bool:
    """Whether the name ``t`` is joined by a hyphen to another name ("Con" of "Comic-Con"), not
    to a common word ("English-language")."""
    before = claim.tokens[t.index - 1] if t.index > 0 else None
    after = claim.tokens[t.index + 1] if t.index + 1 < len(claim.tokens) else None
    return (before is not None and claim.text[before.end : t.start] == "-" and is_name(before)) or (
        after is not None and claim.text[t.end : after.start] == "-" and is_name(after)
    )


def _swaps(
    claim: Analysis, passage: Analysis, matched: dict[int, str], own: int,
    findings: list[Finding], in_context: set[int], specifics_agree: bool,
) -> list[tuple[Finding, int]]:  # fmt: skip
    """The claim's names the passage puts another name in place of. One name differs in an
    otherwise matching sentence: "English-" vs "Spanish-language" (not one the context gives,
    a figure the passage lacks, nor the claim's only name; nor where a rule of votes has read
    who voted how); and a name the sentences before give, where the passage puts another
    right after the claim's verb (``_put_in_its_place``)."""
    names, n = claim.names, len(claim.content)
    unmatched = [t for t in names if t.index not in matched and t.index not in in_context]
    if not specifics_agree or any(f.kind == "vote" for f in findings):
        return []
    if (
        _one_name_differs(unmatched, passage) and n > 1 and own >= SWAP_MIN_MATCHED
        and own / (n - len(unmatched)) >= SWAP_COVERAGE and len(unmatched) < len(names)
    ):  # fmt: skip
        return _substitutions(claim, passage, matched)
    return _put_in_its_place(claim, passage, matched, in_context)


def _put_in_its_place(
    claim: Analysis, passage: Analysis, matched: dict[int, str], in_context: set[int]
) -> list[tuple[Finding, int]]:
    """A claim's name the sentences before the passage give, replaced by another right after
    the same verb and preposition in the passage ("awarded the contract to Harvest Lane" of
    "awarded the food service contract to Crestline Food Services")."""
    out = []
    for t in claim.names:
        if t.index not in in_context or t.index in matched or t.index == 0:
            continue
        before = claim.tokens[t.index - 1]
        if before.lower not in SLOT_PREPOSITIONS or claim.tokens[t.index - 2].index not in matched:
            continue
        verb = claim.tokens[t.index - 2]
        for a in passage.tokens:
            if a.key != verb.key or a.index + 2 >= len(passage.tokens):
                continue
            prep, p = passage.tokens[a.index + 1], passage.tokens[a.index + 2]
            if (
                prep.lower == before.lower
                and is_name(p)
                and p.key not in {n.key for n in claim.names}
            ):
                out.append((Finding("name", False, WEIGHTS.get("name", 0.8),
                                    f"name: claim says '{t.text}', source says '{p.text}'",
                                    t.text, p.text), t.index))  # fmt: skip
                break
    return out


#: Prepositions after a verb that say who receives the act: "awarded ... to" (not "by": an
#: agent's "produced by" in a passage about another work names another's maker)
SLOT_PREPOSITIONS = frozenset({"to"})


def _substitutions(
    claim: Analysis, passage: Analysis, matched: dict[int, str]
) -> list[tuple[Finding, int]]:
    """A name in the claim replaced by another name at the same place in the passage."""
    out = []
    claim_keys = {t.key for t in claim.tokens}
    content = claim.content
    spoken = _label_end(passage)  # ("REYES: We replaced ...": who speaks, not who did it)
    ptokens = passage.tokens
    for pos, t in enumerate(content):
        if t.index in matched or not is_name(t):
            continue
        if _hyphen_joined(claim, t):
            continue  # (a part of a hyphenated name is no name of its own: "Comic-Con")
        candidates: list[tuple[float, Token]] = []
        left = next((c for c in reversed(content[:pos]) if c.index in matched), None)
        right = next((c for c in content[pos + 1 :] if c.index in matched), None)
        for anchor, step in ((left, 1), (right, -1)):
            if anchor is None:
                continue
            gap = abs(t.index - anchor.index)
            reach = _reach(claim, t, anchor, step)
            lo, hi = sorted((t, anchor), key=lambda x: x.start)
            joined = not SLOT_BREAK.search(claim.text, lo.end, hi.start)
            for a in (p for p in ptokens if p.key == anchor.key):
                if a.lower in PLURAL_TITLES:
                    continue  # "Councilmembers Feeney and Oduya": several people, each named
                for dist in range(1, reach + 1):
                    j = a.index + step * dist
                    if not 0 <= j < len(ptokens):
                        break
                    p = ptokens[j]
                    near, far = sorted((ptokens[j - step], p), key=lambda x: x.start)
                    if joined and SLOT_BREAK.search(passage.text, near.end, far.start):
                        break  # (past a comma is another phrase: "on Wexford Avenue, we logged")
                    if p.lower in lexicon.titles() or p.lower in ("and", "or", "&"):
                        # "Councilmember Pruitt" names Alan Pruitt by his title; "Feeney and
                        # Oduya" are two people, neither a part of the other's name
                        break
                    if dist > 3 and not (
                        is_name(p) and _qualifies_the_same(claim, t, passage, p, matched)
                    ):
                        continue  # (further than three words only before the same noun)
                    if is_name(p) and p.key in claim_keys:
                        break  # (the claim's own name holds the place: "... said Ostrava counts")
                    if is_name(p) and p.key not in claim_keys and is_content(p):
                        # The candidate at the same distance from the same anchor wins; then
                        # the one next to the claim's closest anchor.
                        candidates.append((abs(dist - gap) + 0.1 * gap, p))
                        break
        candidates = [c for c in candidates if c[1].start >= spoken]
        # (a name that says which thing a noun is stands where another says it of the same
        # noun: "a Korean film" / "a 2002 American science fiction film")
        same = [c for c in candidates if _qualifies_the_same(claim, t, passage, c[1], matched)]
        if same or _in_a_longer_name(claim, t):
            # (one word, "a Korean film", may stand before any noun of the kind, but one
            # that stands before the same noun is the one in its place)
            candidates = same
        if candidates:
            p = min(candidates, key=lambda c: c[0])[1]
            if p.lower.rstrip(".") in dates_mod.MONTHS:
                continue
            if not _beside_its_name(claim, t, passage, p, matched):
                continue
            out.append(
                (Finding("name", False, WEIGHTS["name"],
                         f"name: claim says '{t.text}', source says '{p.text}'", t.text, p.text),
                 t.index)
            )  # fmt: skip
    return out


# A mark between two words that ends a phrase: a name past it holds no place of the claim's
SLOT_BREAK = re.compile(r"[,;:\u2014]")


def _reach(claim: Analysis, t: Token, anchor: Token, step: int) -> int:
    """How far from a found word of the claim (``anchor``) the passage may put another name
    in place of the claim's name ``t`` next to it (``step``: +1 after the anchor, -1 before).
    A name right before its noun may stand further before the noun in the passage ("a 2002
    American science fiction action comedy film"); a name's later word only right after the
    rest of it ("Meridian spokesperson Dana Whitfield" puts no "Dana" in place of "EMS" of
    "Meridian EMS")."""
    gap = abs(t.index - anchor.index)
    noun = _noun_after(claim, t) if step == -1 and gap == 1 else None
    if noun is not None and noun.index == anchor.index:
        return NOUN_PHRASE_REACH
    return 1 if gap == 1 and step == 1 and is_name(anchor) else 3


def _label_end(passage: Analysis) -> int:
    """Where a transcript turn's label ends ("REYES: "), or 0 for a passage with none."""
    label = NAMED_TURN.match(passage.text)
    return label.end() if label is not None else 0


def category_conflicts(claim: Analysis, categories: Sequence[table.Category]) -> list[Finding]:
    """A claim about a table's row (it names the row's first cell, "Level 2") that gives it
    another of its column's values than the row's: "Level 2 ... rated in poor condition"
    against "Level 2 | Fair | $0.9 million" in a column of "Fair", "Poor" and "Critical"."""
    keys = {t.key for t in claim.content} | {t.key for t in claim.tokens if t.is_number}

    def said(text: str) -> bool:
        words = [t.key for t in tokenize(text) if is_content(t) or t.is_number]
        return bool(words) and all(w in keys for w in words)

    out = []
    for c in categories:
        if not table.about(c.key, keys) or said(c.value):
            continue
        other = next((o for o in c.others if said(o)), None)
        if other is not None:
            out.append(Finding("category", False, WEIGHTS["category"],
                               f"table: claim says '{other}', the row's {c.column} is "
                               f"'{c.value}'", other, c.value))  # fmt: skip
    return out
