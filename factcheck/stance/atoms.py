"""Claim atoms: a claim broken into the parts a fact-checker checks, each one found,
conflicting or missing in an evidence window.

- every figure (unit, scale and bound as the quantity rules read them) and every date or period
  with its preposition ("in July 2023", "by 2030", "since 2021");
- every named actor (adjacent capitalized words form one: "Herbert Diess");
- the negation, when the claim has one or a source negates what it says;
- the relation: what happens, the claim's remaining content words ("surpassed ... market cap").

Figures, dates, actors and negation are settled by the rules (``rules.compare``). The relation
is found when its words are in the window (the claim restates the source) or when the learned
stance model reads the window as supporting it (a paraphrase); it conflicts when a rule reverses
it (an opposite word, swapped roles) or the model reads a conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from ..language import dates as dates_mod
from ..language import lexicon, motions, parse
from ..language import quantities as qty
from ..language.answers import asks
from ..language.counted import HOLDING_VERBS, PHASE_VERBS
from ..language.polarity import REPORTED, SENTENCE_BREAK, SPEECH_STEMS, clauses, speech_claim
from ..language.quantities import NUMBER_WORDS
from ..language.tokens import WEEKDAYS, Token, is_content, is_name, stem, tokenize
from ..models import Atom, AtomKind, AtomStatus, DateSource, FoundDate
from .rules import (
    BODY_NOUNS,
    DEGREE_SAID,
    EXCLUSIVE,
    LEVELS,
    RANKS,
    VOTE_SIDE,
    Analysis,
    Comparison,
    Finding,
    another_motion_at,
    negated_alike,
    restates_negation,
)
from .settings import DEFAULTS, StanceSettings
from .signals import Reading

PREPOSITIONS = frozenset(
    {"in", "on", "by", "since", "before", "after", "until", "till", "from", "during", "as", "of",
     "between", "through", "at"}
)  # fmt: skip
TITLES = lexicon.titles()
CONTINUING = frozenset({"remains", "remain", "remained", "still"})
# "must now be monitored every month", "is currently valued at": the claim is of the present,
# which the archive's newest statement gives; the adverb says when, not what happens
AS_OF_NOW = frozenset({"now", "currently", "presently"})
UNALIGNED = "said in other words; the learned model reads it as the claim's"
FIGURE_KINDS = frozenset(
    {"amount", "percentage", "number", "duration", "ordinal", "factor", "tally", "label"}
)
# a rule that turns the event around, or says it of a narrower span ("in over a decade")
REVERSING_KINDS = frozenset(
    {
        "direction",
        "roles",
        "vote",
        "category",
        "ranking",
        "unanimity",
        "pending",
        "frequency",
        "agent",
        "declined",
        "title",  # what the person is: another office in apposition to their name
    }
)


@dataclass(frozen=True)
class Checked:
    """The atoms of a claim in one window, and what they add up to."""

    atoms: list[Atom]
    where: list[int]  # for each atom, the window sentence it was found on (-1: none; DATELINE)
    published: FoundDate | None = None  # the document date a date atom was found in
    relation_share: float = 0.0  # share of the relation's words the window states
    denied_stated: bool = True  # the word the claim's negation denies is in the window
    # the office the claim gives a person is turned by another the passage names them with
    # ("Malik Oyelaran, director of code enforcement"): the title is all that happens
    retitled: bool = False

    def same_event(self, share: float) -> bool:
        """The window speaks of the claim's event: more than ``share`` of what happens is
        stated (or reversed) in it and every named actor is there (or swapped). Only then can
        a part that differs make the claim false; otherwise it is another event."""
        relation = self.atoms[-1] if self.atoms else None
        # words the source turns round ("fell" for "rose") count as stated: "fuel prices fell"
        # is not reversed by "fares will rise", whose other words are not the claim's
        told = relation is not None and (
            relation.status == AtomStatus.FOUND
            or self.relation_share > share
            # (an office the claim gives a person, against another the passage names them
            # with: the title is all that happens, and the passage turns it)
            or relation.status == AtomStatus.CONFLICTS
            and self.retitled
        )
        actors = all(a.status != AtomStatus.MISSING for a in self.atoms if a.kind == AtomKind.ACTOR)
        # A negation says nothing of a figure or date it does not state ("would not be able
        # to form a government" is not about "sworn in on July 1"), nor of what it does not
        # deny ("no one has been injured by the recalled power banks" is not denied by "22% of
        # the recalled power banks had been returned", which does not say "injured").
        # ... nor does a verb turned round of a date it does not state ("reopened twelve
        # weeks after the county closed it" is not about "opened in 1958")
        kinds = {a.kind for a in self.conflicts if a.by == "rules"}
        negation_only = kinds == {AtomKind.NEGATION}
        specifics = not negation_only or (
            all(
                a.status != AtomStatus.MISSING for a in self.atoms
                if a.kind in (AtomKind.FIGURE, AtomKind.DATE)
            ) and self.denied_stated
        )  # fmt: skip
        if kinds == {AtomKind.RELATION}:
            # (a state the source says goes on, "who remains executive director", holds at
            # whatever earlier date the claim gives its end)
            specifics = relation is not None and relation.source in CONTINUING or all(
                a.status != AtomStatus.MISSING for a in self.atoms if a.kind == AtomKind.DATE
            )  # fmt: skip
        # a passage that rejects the claim's very figure ("13 of the 71 routes, not 31") is
        # about it, whether or not it names the claim's actors, or, with half the words of
        # what happens, its verb ("ridership ... 2% lower, not 9% higher" of "ridership grew
        # 9%")
        replaced = any(a.replaced for a in self.conflicts)
        told = told or replaced and self.relation_share >= REPLACED_SHARE
        return told and (actors or replaced) and specifics

    @property
    def complete(self) -> bool:
        """Every part of the claim is in the window, none conflicts."""
        return bool(self.atoms) and all(a.status == AtomStatus.FOUND for a in self.atoms)

    @property
    def conflicts(self) -> list[Atom]:
        return [a for a in self.atoms if a.status == AtomStatus.CONFLICTS]

    @property
    def missing(self) -> list[Atom]:
        return [a for a in self.atoms if a.status == AtomStatus.MISSING]


MODIFIERS = frozenset({"early", "late", "mid", "the", "end", "start", "beginning", "of"})
# The share of what happens a passage that rejects the claim's very figure must state: "The
# bonus is $750, not $500" after "misstated the signing bonus for lifeguards" is about "offers
# lifeguards who work the full season a $500 signing bonus"
REPLACED_SHARE = 0.4


def _preposition(claim: Analysis, start: int) -> str:
    """The words that place a date: "in", "by", "since", "in early"."""
    before = [t for t in claim.tokens if t.end <= start]
    i = len(before) - 1
    while i >= 0 and before[i].lower in MODIFIERS and len(before) - i <= 3:
        i -= 1
    if i >= 0 and before[i].lower in PREPOSITIONS:
        return claim.text[before[i].start : before[-1].end].lower()
    return ""


def _actors(claim: Analysis) -> list[list]:
    """Names of the claim, adjacent capitalized words grouped into one actor; a possessive
    ends one ("Meridian's Tarrow County employees": Meridian's, and Tarrow County)."""
    groups: list[list] = []
    for t in claim.names:
        owner = bool(groups) and groups[-1][-1].text.endswith(("'s", "\u2019s"))
        if groups and t.index == groups[-1][-1].index + 1 and not owner:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


DATELINE = -2  # ``Checked.where`` for a date found in the document's own date


def _dated_by(d: dates_mod.Date, published: FoundDate) -> bool:
    """The claim's date agrees with the document's own date, part by part."""
    if published.source == DateSource.MTIME or d.day or not (d.year or d.month):
        return False
    v = published.value
    month = v.month if published.precision in ("day", "month") else None
    # (a month with no year, "in April", is the document's April)
    return d.year in (None, v.year) and (d.month is None or d.month == month)


def _other_first_name(comp: Comparison, group: list) -> bool:
    """The passage puts another capitalized word before the last word of the name
    ("Noah Emmerich" for "Roland Emmerich")."""
    return bool(comp.preceded.get(group[-1].index))


def _sentence_of(text: str, sentences: list[str], anchor: int) -> int:
    """The window sentence that says ``text``: the anchor first, then the nearest (the one
    after it before the one before, at the same distance); -1 if none does."""
    if not text:
        return -1
    order = sorted(range(len(sentences)), key=lambda i: (abs(i - anchor), i < anchor))
    low = text.lower()
    for i in order:
        if low in sentences[i].lower():
            return i
    return -1


@dataclass
class _Found:
    """The atoms checked so far and, for each, the window sentence that states it."""

    sentences: list[str]
    anchor: int
    atoms: list[Atom] = field(default_factory=list)
    where: list[int] = field(default_factory=list)
    # figures found in other words (taken as the claim's on the model's reading): they pin
    # nothing down
    unaligned: bool = False
    # dates the text does not give, found in the document's own date: they pin nothing down
    # ("in October" of a story dated October 7 says when the story was)
    by_document: set[str] = field(default_factory=set)

    def add(self, atom: Atom, source_text: str = "") -> None:
        """An atom placed by its source text (missing ones nowhere, others on the anchor)."""
        found = _sentence_of(source_text or atom.source, self.sentences, self.anchor)
        self.at(atom, found if found >= 0 else (self.anchor if atom.status != "missing" else -1))

    def at(self, atom: Atom, where: int) -> None:
        self.atoms.append(atom)
        self.where.append(where)


def check(
    claim: Analysis, comp: Comparison, sentences: list[str], anchor: int,
    learned: Reading | None, support_min: float, conflict_min: float,
    published: FoundDate | None = None, unaligned_min: float = 0.8,
    settings: StanceSettings = DEFAULTS, similarity: float = 1.0, title: str = "",
    row: bool = False,
) -> Checked:  # fmt: skip
    """The claim's atoms against a window of ``sentences`` (``anchor`` is the retrieved one);
    ``unaligned_min``: the model's support that takes a figure said in other words as the
    claim's (StanceSettings.unaligned_support_min); ``settings``: the relation's thresholds;
    ``similarity``: the passage's embedding similarity to the claim; ``title``: its
    document's heading lines or title (``provenance.kind.heading``); ``row``: the window is a
    table row, whose date is its record's (a row of "September 2026" is that month's)."""
    found = _Found(sentences, anchor)
    model_supports = learned is not None and learned.supports >= unaligned_min
    _check_specifics(found, claim, comp, published, model_supports, title)
    _check_actors(found, claim, comp, title)
    _check_negation(found, claim, comp)
    # (a name's number, and a share said only in words, "most", pin no event)
    labels = {q.text for q in claim.quantities if q.kind == "label" or qty.in_words_only(q)}
    labels |= _loose_bounds(claim, found)
    specifics = [
        a for a in found.atoms
        if a.kind in (AtomKind.FIGURE, AtomKind.DATE) and a.claim not in labels
    ]  # fmt: skip
    # The claim's figures and dates pin the event down only when each is said of what the
    # claim's is said of (a figure read in other words pins nothing, a name's number like
    # "Route 5" pins no event).
    pinned = (
        any(a.claim not in found.by_document for a in specifics)
        and all(a.status == AtomStatus.FOUND for a in found.atoms) and not found.unaligned
    )  # fmt: skip
    # (a year or a month alone pins the event only with most of its words: "fell during
    # 2025" is said of many things in a record of 2025, "in mid-May" of many in May)
    years = {d.text for d in claim.dates if d.day is None}
    by_year = pinned and not row and all(a.claim in years for a in specifics)
    # (nor does the document's date, for a verb the passage does not say: "Council votes to
    # add eight camera zones" of November is no beginning in November)
    by_year |= (
        pinned and any(a.claim in found.by_document for a in specifics) and verb_unsaid(claim, comp)
    )
    if pinned and learned is not None and learned.leans_against(conflict_min):
        # where the model reads a conflict, a verb said of another thing pins nothing
        pinned = not _other_object(claim, comp, found.sentences)
    spread = _spread(found.sentences, comp, claim)
    found.add(*_relation(claim, comp, learned, support_min, conflict_min, pinned, settings,
                         similarity, spread, by_year))  # fmt: skip
    # (someone's relation, "his sister-in-law's name", only where the model reads a conflict:
    # "his family's download speed" is his)
    doubted = learned is not None and learned.leans_against(conflict_min)
    whose = _possessed_by_another(claim, comp, found.sentences, doubted)
    if whose and found.atoms[-1].status == AtomStatus.FOUND:
        # "registered in Marchetti's own name" / "... in his sister-in-law's name"
        note = f"not stated: the source says {whose}"
        found.atoms[-1] = found.atoms[-1].model_copy(
            update={"status": AtomStatus.MISSING, "source": "", "note": note}
        )
    _said_of_another(found, claim, comp)
    _vote_on_another_measure(found, claim)
    _figure_of_another(found, claim)
    dated = published if DATELINE in found.where else None
    share = _relation_share(claim, comp, found.sentences)
    retitled = any(f.kind == "title" and not f.supports for f in comp.findings)
    return Checked(
        found.atoms, found.where, dated, share, _denied_stated(claim, comp), retitled=retitled
    )


def _loose_bounds(claim: Analysis, found: _Found) -> set[str]:
    """The claim's lower bounds found far below the source's figure ("More than 6,000" of
    "61,400 property owners"): one says a figure near its bound, so the two agree without
    being one figure, and pin no event."""
    out = set()
    for q in claim.quantities:
        atom = next((a for a in found.atoms if a.claim == q.text and a.source), None)
        if q.bound not in ("gt", "ge") or atom is None or atom.status != AtomStatus.FOUND:
            continue
        said = qty.extract(atom.source)
        if said and q.value > 0 and said[0].value > q.value * qty.OPEN_SPREAD:
            out.add(q.text)
    return out


def _relation_share(claim: Analysis, comp: Comparison, sentences: list[str]) -> float:
    """The share of the relation's words the window states (or turns round); a word a
    question of the window states counts ("asked how many bursts the company had recorded on
    its network" read with the reply that counts them)."""
    words = relation_words(claim)
    # (only a question's: what it asks names what its answer is about; another sentence of a
    # window may name the same words of another thing)
    window = {t.key for x in sentences if asks(x) for t in tokenize(x)}
    stated = sum(
        t.index in comp.matched or t.index in comp.contradicted or t.key in window for t in words
    )  # fmt: skip
    share = stated / len(words) if words else 1.0
    return max(share, _turned_part_share(claim, comp, words))


#: The findings that turn a part of a claim round on their own: its vote, figure or date.
PART_CONFLICTS = frozenset({"vote", "tally", "unanimity", "amount", "number", "percentage",
                            "date", "duration"})  # fmt: skip


def _turned_part_share(claim: Analysis, comp: Comparison, words: list[Token]) -> float:
    """The share of its own words the window states of a part of a claim of several that the
    window turns round ("approved the merger in January on a unanimous vote" against "voted
    8-1", whatever it says of "brushing aside a union request for a no-layoff pledge"): a part
    that conflicts makes the claim false, as much as a claim of one part; 0.0 where none."""
    best, start = 0.0, 0
    for part in _clauses(claim.text):
        begin = claim.text.find(part, start)
        start = end = begin + len(part)
        own = [t for t in words if begin <= t.start < end]
        if len(own) < PART_WORDS or len(own) == len(words):
            continue
        # (turned round by a vote, a figure or a date it gives, not by a verb of another
        # subject: "even as the overall jobless rate fell" beside youth unemployment "rising")
        exact = [f for f in comp.conflicts if f.kind in PART_CONFLICTS and f.about]
        if not any(claim.text.find(f.about, begin) in range(begin, end) for f in exact):
            continue
        stated = sum(t.index in comp.matched or t.index in comp.contradicted for t in own)
        best = max(best, stated / len(own))
    return best


# A possessor right before a noun: "Marchetti's own name", "his sister-in-law's name".
POSSESSED = re.compile(r"(?P<owner>[\w-]+)['\u2019]s\s+(?:own\s+)?(?P<noun>[a-z][\w-]*)")
PRONOUN_OWNERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _possessed_by_another(
    claim: Analysis, comp: Comparison, sentences: list[str], relations: bool = False
) -> str:
    """Where the claim gives a noun its possessor ("in Marchetti's own name") and the window
    gives the same noun another's: a name, or, with ``relations``, someone's relation ("in his
    sister-in-law's name"): what the window says, or ""."""
    for m in POSSESSED.finditer(claim.text):
        if not m.group("owner")[:1].isupper():
            continue  # ("the city's demand" may be "Corrano's demand")
        owner, noun = stem(m.group("owner").lower()), m.group("noun").lower()
        # (the owner's whole name: "Fenwick's share" is "Fenwick County's")
        owners = _name_run(claim.text, m.start("owner")) | {owner}
        said = next((t for t in claim.content if t.start == m.start("noun")), None)
        if said is None or said.index not in comp.matched:
            continue
        word = comp.matched[said.index].lower()
        for sentence in sentences:
            for x in POSSESSED.finditer(sentence):
                other = x.group("owner")
                before = sentence[: x.start()].split()[-1:]
                # another's: a name, or someone's relation ("his sister-in-law's"); "the
                # city's" may be the claim's own ("Arden's")
                opening = not before or before[0].endswith((".", ":", '"', "\u201c"))
                another = (
                    other[:1].isupper()
                    and not opening
                    or (relations and bool(before) and before[0].lower() in PRONOUN_OWNERS)
                )
                if (
                    x.group("noun").lower() in (word, noun) and stem(other.lower()) not in owners
                    and owner not in _name_run(sentence, x.start("owner"))
                    and other.lower() not in PRONOUN_OWNERS and another
                ):  # fmt: skip
                    return f"'{x.group()}'"
    return ""


def _name_run(text: str, start: int) -> set[str]:
    """The stems of the capitalized words that end at ``start``'s word: "fenwick", "counti" of
    "Fenwick County" in "Fenwick County's share"."""
    words = re.findall(r"[\w.'-]+", text[:start])
    words += re.findall(r"^[\w.-]+", text[start:])[:1]
    run: set[str] = set()
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.add(stem(w.lower()))
    return run


def _other_object(claim: Analysis, comp: Comparison, sentences: list[str]) -> bool:
    """Whether the window states a claim verb with another object than the claim's, which it
    does not say: "removed eight turbine sites to protect bat habitat" against "... to protect
    a bald eagle nesting area" is said of another thing."""
    tree = parse.parse(claim.text)
    by_start = {t.start: t for t in claim.tokens}
    keys = {t.key for t in claim.content}
    for w in tree.words:
        verb = tree.words[w.head]
        said = by_start.get(w.start)
        done = by_start.get(verb.start)
        if (
            w.dep != "dobj" or w.pos != "NOUN" or verb.pos != "VERB" or said is None
            or done is None or said.index in comp.matched or done.index not in comp.matched
        ):  # fmt: skip
            continue
        word = comp.matched[done.index].lower()
        for sentence in sentences:
            words = parse.parse(sentence).words
            if any(
                x.dep == "dobj" and x.pos == "NOUN" and words[x.head].text.lower() == word
                and stem(x.text.lower()) not in keys
                for x in words
            ):  # fmt: skip
                return True
    return False


def _denied_stated(claim: Analysis, comp: Comparison) -> bool:
    """Whether the word the claim's negation denies (the first content word after the cue
    that is not a name or an "-ly" adverb: "injured" in "no one has been seriously injured")
    is stated in the window, or turned round there."""
    if not claim.cues:
        return True
    cue = claim.cues[0].lower().split()[0]
    at = next((t.index for t in claim.tokens if t.lower == cue), None)
    if at is None:
        return True
    head = next(
        (
            t
            for t in claim.content
            if t.index > at and not is_name(t) and not t.lower.endswith("ly")
        ),
        None,
    )
    return head is None or head.index in comp.matched or head.index in comp.contradicted


def _unstated_exclusive(claim: Analysis, comp: Comparison) -> str:
    """The claim's "only" ("has only produced animated programs"; not "not only", nor "only
    18 of those", a figure's own word), where the passage says no word of the kind."""
    for t in claim.tokens:
        if t.lower not in EXCLUSIVE:
            continue
        before = claim.tokens[t.index - 1].lower if t.index else ""
        after = claim.tokens[t.index + 1].lower if t.index + 1 < len(claim.tokens) else ""
        if before == "not" or after[:1].isdigit() or after in NUMBER_WORDS:
            continue
        if any(f.supports and f.about == t.text for f in comp.findings):
            continue  # ("the only vote against" said by the tally: "passed 4-1")
        if not comp.exclusive:
            return t.text
    return ""


TIMES_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "overnight", "midnight", "noon", "midday",
     "dawn", "dusk"}
)  # fmt: skip


def _unstated_level(claim: Analysis, comp: Comparison) -> str:
    """A level of government the claim names ("the state") that the passage does not, where
    the passage names another ("the city's"); "" otherwise."""
    for t in claim.content:
        level = LEVELS.get(t.lower)
        if level and t not in claim.names and t.index not in comp.matched and comp.levels - {level}:
            return t.text
    return ""


def _unstated(claim: Analysis, comp: Comparison) -> str:
    """Why the passage does not state what happens, whatever its words and the model: a part
    of the claim, how it happened, or a neighbour that reads against it; "" when none."""
    part = _unstated_part(claim, comp)
    if part:
        # "Profit fell to $112 million as revenue slipped": a claim of two parts needs both; a
        # passage that states one says nothing of the other.
        return f"not stated: the part '{part}'"
    weekday = next(
        (
            t.text for t in claim.tokens
            if (t.lower in WEEKDAYS or t.lower in TIMES_OF_DAY) and t.index not in comp.matched
        ),
        "",
    )  # fmt: skip
    misdated = any(f.kind == "date" and not f.supports for f in comp.findings)
    if (
        not weekday and not claim.dates and not comp.lasts
        and any(t.lower == "still" for t in claim.tokens)
    ):  # fmt: skip
        # "are still under the advisory": that it lasts until now is part of the claim, which
        # "the advisory covers all six beaches" (said in June) does not state (a claim with a
        # date of its own, "On July 15 ... was still above the limit", says until when)
        weekday = "still"
    if weekday and not misdated:
        # "born on Monday February 10, 1894": the day of the week is part of the date, and "on
        # the morning of March 3" the time of day; a passage that gives another date says
        # the event's date is another, weekday and all
        return f"not stated: '{weekday}'"
    rank = next(
        (
            t.text for t in claim.content
            if t.lower in RANKS and t.index not in comp.matched
            and t.index not in comp.contradicted and RANKS[t.lower] not in comp.ranks
        ),
        "",
    )  # fmt: skip
    if rank:
        # "the largest group paid less than $17" is not stated by a row of 7,400: a rank is part
        # of what the claim says, which no agreeing figure carries
        return f"not stated: '{rank}'"
    level = _unstated_level(claim, comp)
    if level:
        # "the state raised its minimum wage" against the city's: which government acted
        return f"not stated: '{level}'"
    only = _unstated_exclusive(claim, comp)
    if only:
        # "has only produced animated programs": that nothing else was is part of the claim
        return f"not stated: '{only}'"
    degree = _unstated_degree(claim, comp)
    if degree:
        # "sales fell by half", "would spend fewer hours in class": how much, or which way
        # against another amount, is part of the claim, which the other words do not carry
        return f"not stated: '{degree}'"
    manner = _unstated_manner(claim, comp)
    if manner:
        # "approved the fare rise unanimously": how it happened is part of what the claim says;
        # a passage that does not say it ("council approves fare rise") does not state it
        return f"not stated: '{manner}'"
    if comp.nearby:
        # A neighbouring sentence negates or turns round what the claim says ("not yet made
        # available" beside "might be offered soon"): the words are there, the event is not.
        return "a neighbouring sentence reads against it (" + comp.nearby[0] + ")"
    return ""


# Words that compare an amount with another ("fewer hours", "twice as many", "by half")
DEGREE = frozenset(DEGREE_SAID) | {
    "cheaper", "faster", "slower", "twice", "double", "triple", "half",
}  # fmt: skip


def _unstated_degree(claim: Analysis, comp: Comparison) -> str:
    """A word of the claim that compares an amount with another, outside its figures' own
    words ("more than 40", "more than doubled"), that the passage neither states nor a rule
    settles; or ""."""
    spans = [(q.start, qty.phrase_end(claim.text, q)) for q in claim.quantities]
    settled = {f.about for f in comp.findings}  # ("fewer": "96,000 (2024: 104,000)")
    for t in claim.tokens:
        if t.lower not in DEGREE or t.index in comp.degrees or t.index in comp.contradicted:
            continue
        if t.index in comp.matched:
            continue
        if t.text in settled:
            continue
        if any(a <= t.start < b for a, b in spans):
            continue
        nxt = claim.tokens[t.index + 1 : t.index + 3]
        if nxt and nxt[0].lower == "than" and len(nxt) > 1 and nxt[1].is_number:
            continue
        return t.text
    return ""


# Words ending in "-ly" that say nothing of how a thing happened: hedges and time words,
# degree words the figures carry, and nouns and adjectives that merely end so.
NOT_MANNER = frozenset({
    "reportedly", "allegedly", "approximately", "currently", "recently", "previously",
    "originally", "initially", "eventually", "finally", "largely", "mostly", "mainly",
    "actually", "really", "likely", "nearly", "roughly", "quarterly", "monthly", "weekly",
    "formerly", "presumably", "apparently", "supposedly", "seemingly",
    "assembly", "monopoly", "anomaly", "butterfly", "respectively", "especially",
    "particularly", "certainly", "probably", "possibly", "ultimately", "immediately",
    "subsequently", "additionally", "separately", "similarly", "accordingly", "officially",
})  # fmt: skip
MANNER_MIN = 7  # "fully", "early" and "daily" are too short to be told from other words


def _unstated_manner(claim: Analysis, comp: Comparison) -> str:
    """A manner adverb of the claim ("unanimously", "narrowly", "permanently") that the
    passage does not state, or ""."""
    for t in claim.content:
        if (
            t.lower.endswith("ly") and len(t.lower) >= MANNER_MIN and t.lower not in NOT_MANNER
            and not is_name(t) and t.index not in comp.matched
            and t.index not in comp.contradicted
        ):  # fmt: skip
            return t.text
    return ""


SPEAKER_WORDS = 3  # the words before "said" read as who said it


def _figure_of_another(found: _Found, claim: Analysis) -> None:
    """A figure the window gives in another speaker's words: "Varga said the plan had 'a
    14-billion-crown hole.' The Fiscal Council estimated ..." does not state that the Council
    found a 14-billion-crown hole. A claim figure found only in a sentence that reports a
    name the claim does not give, while the claim's actors stand in another sentence, is
    missing."""
    actors = {
        w for a, w in zip(found.atoms, found.where, strict=True)
        if a.kind == AtomKind.ACTOR and a.status == AtomStatus.FOUND and w >= 0
    }  # fmt: skip
    if not actors or len(found.sentences) < 2:
        return
    claimed = {t.lower for t in claim.names}
    keys = {t.key for t in claim.content}
    for k, (a, w) in enumerate(zip(found.atoms, found.where, strict=True)):
        if a.kind != AtomKind.FIGURE or a.status != AtomStatus.FOUND or w < 0 or w in actors:
            continue
        sentence = found.sentences[w]
        at = sentence.find(a.source) if a.source else -1
        said = REPORTED.search(sentence, 0, at if at >= 0 else len(sentence))
        if said is None:
            continue
        # the speaker: the words right before the reporting verb ("Varga", "the mayor")
        clause = sentence[: said.start()].rsplit(",", 1)[-1]
        speaker = [t for t in tokenize(clause) if is_content(t)][-SPEAKER_WORDS:]
        others = [t.text for t in speaker if t.lower not in claimed and t.key not in keys]
        if speaker and len(others) == len(speaker):
            found.atoms[k] = a.model_copy(
                update={"status": AtomStatus.MISSING, "source": "",
                        "note": f"said by another: {' '.join(others[-2:])}"}
            )  # fmt: skip
            found.where[k] = -1


def _vote_on_another_measure(found: _Found, claim: Analysis) -> None:
    """A side cast with no measure named ("Commissioner Inez Calder voted no, ...") is on the
    measure the sentence before says was voted on ("voted 4-1 on Tuesday to cut the design
    from 450 beds to 420"): a claim that she "voted against putting the jail bond on the
    ballot", whose measure shares less than half its words with that one, is not stated."""
    relation = found.atoms[-1]
    if relation.kind != AtomKind.RELATION or relation.status != AtomStatus.FOUND:
        return
    measure = motions.measure_before_side(found.sentences)
    if measure is None or not motions.another_measure(claim.text, measure):
        return
    found.atoms[-1] = relation.model_copy(
        update={"status": AtomStatus.MISSING, "source": "", "by": "rules",
                "note": f"the vote named is on another measure: {measure}"}
    )  # fmt: skip
    found.where[-1] = -1


def _said_of_another(found: _Found, claim: Analysis, comp: Comparison) -> None:
    """What the claim says of a person, the window says of another: "Liberal Centre leader
    Tomas Ekholm will become finance minister. Green Future's leader, Ilse Moreau, stays on as
    climate minister." does not state that Moreau will become finance minister. The relation
    is missing when its words stand mostly in a sentence that names someone else before them
    and not the claim's actor."""
    relation = found.atoms[-1]
    if relation.kind != AtomKind.RELATION or relation.status != AtomStatus.FOUND:
        return
    actors = {
        w for a, w in zip(found.atoms, found.where, strict=True)
        if a.kind == AtomKind.ACTOR and a.status == AtomStatus.FOUND and w >= 0
    }  # fmt: skip
    said = [
        comp.matched[t.index].lower() for t in claim.content
        if t not in claim.names and t.index in comp.matched
    ]  # fmt: skip
    if not actors or len(found.sentences) < 2 or not said:
        return

    def words(k: int) -> int:
        low = found.sentences[k].lower()
        return sum(bool(re.search(rf"\b{re.escape(w)}\b", low)) for w in said)

    best = max(range(len(found.sentences)), key=words)
    if best in actors or words(best) <= max(words(k) for k in actors):
        return
    if motions.decides(found.sentences, best):
        return  # a motion and the chair's decision on it, which names who voted how
    if any(motions.VOTED_BARE.search(found.sentences[k]) for k in actors):
        return  # "Supervisor Ellen Dorsey voted no": on the measure the other sentence names
    claimed = {t.lower for t in claim.names}
    sentence = found.sentences[best]
    first = min(
        (m.start() for w in said if (m := re.search(rf"\b{re.escape(w)}\b", sentence.lower()))),
        default=len(sentence),
    )
    others = [
        t.text for t in tokenize(sentence[:first]) if is_name(t) and t.lower not in claimed
        and t.start > 0
    ]  # fmt: skip
    if not others:
        return
    found.atoms[-1] = relation.model_copy(
        update={"status": AtomStatus.MISSING, "source": "",
                "note": f"said of another: {' '.join(others[-2:])}"}
    )  # fmt: skip
    found.where[-1] = -1


def _check_specifics(
    found: _Found, claim: Analysis, comp: Comparison, published: FoundDate | None,
    model_supports: bool = False, title: str = "",
) -> None:  # fmt: skip
    """Each figure and date of the claim: found, conflicting, or missing. An agreeing figure
    said of something else (not aligned with the claim's) is found only when the learned
    model reads the passage as support; otherwise it is missing, never a conflict."""
    by_about: dict[str, list[Finding]] = {}
    for f in comp.findings:
        if f.about and f.kind != "negation":  # ("Nobody" is a count and a negation)
            by_about.setdefault(f.about, []).append(f)
    for kind, items in ((AtomKind.FIGURE, claim.quantities), (AtomKind.DATE, claim.dates)):
        for x in items:
            q = _preposition(claim, x.start) if kind == AtomKind.DATE else ""
            fs = by_about.get(x.text, [])
            agree = next((f for f in fs if f.supports), None)
            against = next((f for f in fs if not f.supports), None)
            if against is not None and agree is None:
                found.add(Atom(kind=kind, claim=x.text, qualifier=q,
                               status=AtomStatus.CONFLICTS, source=against.source,
                               note=against.reason, replaced=against.replaced))  # fmt: skip
            elif agree is not None and (agree.aligned or model_supports):
                note = "" if agree.aligned else UNALIGNED
                found.unaligned |= not agree.aligned
                found.add(Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.FOUND,
                               source=agree.source, note=note or agree.disputed and agree.reason,
                               disputed=agree.disputed))  # fmt: skip
            elif agree is not None:
                found.at(
                    Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.MISSING,
                         source=agree.source,
                         note=f"the source's {agree.source} is said of something else"),
                    -1,
                )  # fmt: skip
            elif (
                kind == AtomKind.DATE and published is not None and _dated_by(x, published)
                and not _another_period(x, title)
            ):  # fmt: skip
                # Not in the text, but the document's own date says it ("in 2020" of a story
                # dated July 1, 2020 that reports it): found, and said so.
                found.at(
                    Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.FOUND,
                         source=published.text or published.shown,
                         note=f"the document's date ({published.how})", by="document date"),
                    DATELINE,
                )  # fmt: skip
                found.by_document.add(x.text)
            elif kind == AtomKind.DATE and (back := _counted_back(x, published, found.sentences)):
                found.at(
                    Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.FOUND,
                         source=back[0], note=back[1], by="document date"),
                    DATELINE,
                )  # fmt: skip
            elif kind == AtomKind.FIGURE and _kind_in_title(x, claim, title):
                found.at(_titled(x, title), found.anchor)
            elif kind == AtomKind.DATE and _period_of(x, claim, title, found.sentences):
                # "in 2025" of a figure in "Airport traffic statistics, calendar year 2025":
                # the title gives the period every figure of the record is for
                found.at(
                    Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.FOUND,
                         source=str(x.year), note=f"the period its title gives ('{title}')",
                         by="document date"),
                    found.anchor,
                )  # fmt: skip
            else:
                found.add(Atom(kind=kind, claim=x.text, qualifier=q, status=AtomStatus.MISSING))


def _counted_back(
    d: dates_mod.Date, published: FoundDate | None, sentences: list[str]
) -> tuple[str, str] | None:
    """The window's words for the claim's date counted back from the document's own: "on
    Friday" in a story dated Friday, June 27 (within its week); "last summer" in a story of
    March 2026 (the summer of 2025). (what it says, how it was read), or None."""
    day = _weekday_of(d, published, sentences)
    if day:
        return day, "the day, counted back from the document's date"
    span = _last_period(d, published, sentences)
    return (span, "counted back from the document's date") if span else None


TITLE_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")


def _titled(q: qty.Quantity, title: str) -> Atom:
    """ "the four-day week" in a story headed "Ridgeway's four-day week, three weeks in": a
    compound that names a kind of thing, which the title says the sentences are about."""
    return Atom(kind=AtomKind.FIGURE, claim=q.text, status=AtomStatus.FOUND, source=q.text,
                note=f"the document's title ('{title}')", by="document title")  # fmt: skip


def _kind_in_title(q: qty.Quantity, claim: Analysis, title: str) -> bool:
    """A figure joined to its unit by a hyphen, with the noun after it ("four-day week",
    "five-year lease"), that the document's title says in the same words."""
    if "-" not in q.text or not title:
        return False
    end = qty.phrase_end(claim.text, q)
    after = next((t for t in claim.tokens if t.start >= end), None)
    if after is None or not after.text.isalpha():
        return False
    said = re.escape(q.text).replace(r"\-", r"[\s-]")
    return re.search(rf"\b{said}\s+{re.escape(after.text)}\b", title, re.I) is not None


def _another_period(d: dates_mod.Date, title: str) -> bool:
    """The title gives its figures' period as another year than the claim's ("statistics,
    calendar year 2025" released in 2026): the document's own date is not when they were so."""
    years = {int(y) for y in TITLE_YEAR.findall(title)}
    return bool(years) and d.year is not None and d.year not in years


def _period_of(d: dates_mod.Date, claim: Analysis, title: str, sentences: list[str]) -> bool:
    """A year alone ("in 2025") that the document's title gives as its period ("... calendar
    year 2025", "2025 annual report"), where the window names no other year but in brackets
    beside another figure ("(2024: 3,150,000)"). A claim's other dates must be such bracketed
    years: a claim that sets 2025 against 2024 is read on the record's two figures
    (rules._two_periods), not on its period alone."""
    if d.year is None or d.month is not None or d.season or not title:
        return False
    text = " ".join(sentences)
    if any(o is not d and f"({o.text}:" not in text for o in claim.dates):
        return False
    if str(d.year) not in TITLE_YEAR.findall(title):
        return False
    text = re.sub(r"\([^)]*\)", " ", " ".join(sentences))
    years = {int(y) for y in re.findall(r"(?<![\d,.$-])(?:19|20)\d\d(?![\d,%-])", text)}
    return years <= {d.year}


def _weekday_of(d: dates_mod.Date, published: FoundDate | None, sentences: list[str]) -> str:
    """The window's weekday ("on Friday", "at a meeting Monday"), "yesterday" or "today" that
    falls on the claim's day, or in its month, counted back from the document's own date
    within a week ("Friday (2025-06-27)"); "" when none does."""
    if published is None or published.precision != "day" or d.month is None:
        return ""
    if published.source == DateSource.MTIME or d.year not in (None, published.value.year):
        return ""
    text = " ".join(sentences)
    for word, back in RELATIVE_DAYS.items():
        # "Yesterday the Alliance filed suit" in a statement of July 9: July 8
        day = published.value - timedelta(days=back)
        said = re.search(rf"\b{word}\b", text, re.I) is not None
        if said and day.month == d.month and d.day in (None, day.day):
            return f"{word} ({day.isoformat()})"
    for i, name in enumerate(WEEKDAY_NAMES):
        if not re.search(rf"(?<!next )(?<!coming )\b{name}\b", text):
            continue  # ("next Monday" is ahead of the document's date)
        day = published.value - timedelta(days=(published.value.weekday() - i) % 7)
        if day.month == d.month and d.day in (None, day.day):
            return f"{name} ({day.isoformat()})"
    return ""


# A season or year named from the document's own: "last summer", "last year", "this spring"
LAST_PERIOD = re.compile(
    r"\b(?P<which>last|this|past)\s+(?P<span>year|spring|summer|fall|autumn|winter)\b", re.I
)


def _last_period(d: dates_mod.Date, published: FoundDate | None, sentences: list[str]) -> str:
    """The window's "last summer", "last year" or "this year" that is the claim's year (and
    season), counted from the document's own date: "last summer" in a story of March 3, 2026
    is the summer of 2025. "" when none is."""
    if published is None or published.source == DateSource.MTIME or d.year is None:
        return ""
    if d.month is not None:
        return ""  # (a month is more than a season or a year says)
    now = published.value
    for m in LAST_PERIOD.finditer(" ".join(sentences)):
        which, span = m["which"].lower(), m["span"].lower()
        if span == "year":
            year = now.year if which == "this" else now.year - 1
            if d.season is None and d.year == year:
                return f"{m.group(0)} ({year})"
            continue
        months = dates_mod.SEASONS[span]
        if d.season is None or dates_mod.SEASONS.get(d.season.lower()) != months:
            continue
        # "this summer" is the document's year's; "last summer" too once it has ended by the
        # document's month (winter's end is February), the year before otherwise
        ended = now.month > (max(m for m in months if m < 12) if 12 in months else max(months))
        year = now.year if which == "this" or ended else now.year - 1
        if d.year == year:
            return f"{m.group(0)} ({span} {year})"
    return ""


# Days named from the document's own: how many days back each is
RELATIVE_DAYS = {"yesterday": 1, "today": 0}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# The last word of many names says only what kind of thing it is: "Hudson River" is not found
# in "Salt River", nor "Geffen Records" in "Atlantic Records".
GENERIC_HEADS = frozenset({
    "river", "rivers", "valley", "lake", "lakes", "mountain", "mountains", "island", "islands",
    "bay", "county", "city", "state", "states", "street", "road", "park", "square", "university",
    "college", "school", "hospital", "party", "council", "company", "records", "group", "bank",
    "church", "house", "hall", "airport", "station", "bridge", "center", "centre", "institute",
    "museum", "festival", "award", "awards", "league", "club", "team", "army", "ministry",
    "department", "office", "court", "board", "agency", "authority", "district", "province",
    "region", "sea", "ocean", "coast", "creek", "falls", "forest", "desert", "prize", "cup",
    "foundation", "association", "union", "corporation", "inc", "ltd", "times", "news", "post",
})  # fmt: skip


def _check_actors(found: _Found, claim: Analysis, comp: Comparison, title: str = "") -> None:
    """Each named actor of the claim: found (in the window or the sentences before it),
    swapped for another name, or missing. ``title``: the document's heading lines."""
    swaps = {f.about: f for f in comp.findings if f.kind == "name" and not f.supports}
    # ... and an agent named otherwise ("paid for by the Farm Bureau" / "by a grant from the
    # National Science Foundation"), each word of the claim's agent
    swaps |= {w: f for f in comp.findings if f.kind == "agent" for w in f.about.split()}
    for group in _actors(claim):
        shown = claim.text[group[0].start : group[-1].end]
        swap = next((swaps[t.text] for t in group if t.text in swaps), None)
        # Every word of the name, or its last word alone ("Diess" for "Herbert Diess").
        generic = len(group) > 1 and group[-1].lower in GENERIC_HEADS
        whole = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", shown))
        in_context = any(t.index in comp.in_context for t in group)
        if (
            generic and not in_context
            and not re.search(rf"\b{whole}\b", " ".join(found.sentences), re.I)
            and not _named_with_of(group, found.sentences)
            and not _dateline_names(group, found.sentences)
        ):  # fmt: skip
            # "Osk River" is one name: "the Tarrow River, east of Osk" does not state it (the
            # heading of the document may: "CORLISS COUNTY COUNCIL", the body's own record)
            head = "the document's heading" if re.search(rf"\b{whole}\b", title, re.I) else ""
            head = head or _the_head(group, found.sentences, title)
            if head:
                found.at(Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.FOUND,
                              note=f"referred to as '{head}'"), found.anchor)  # fmt: skip
                continue
            _referred_or_missing(found, claim, comp, group, shown)
            continue
        # (a hyphenated name is one word: "Spider-Man" is not found as a "hit man")
        joined = any(
            claim.text[a.end : b.start] == "-" for a, b in zip(group, group[1:], strict=False)
        )
        named = all(t.index in comp.matched for t in group) or (
            len(group) > 1 and group[-1].index in comp.matched and not generic and not joined
            # (a title before the name is no first name: "Commissioner Elena Vasquez" is
            # "Commissioners Vasquez and Lund" with the title in its plural)
            and not any(
                t.index in comp.matched for k, t in enumerate(group[:-1])
                if t.lower not in TITLES and group[k + 1].lower not in TITLES
            )  # ("Board" of the title "Board Member Nora Ostrow" is no first name either)
            and not _other_first_name(comp, group)
        )  # fmt: skip
        hit = (
            " ".join(comp.matched[t.index] for t in group if t.index in comp.matched)
            if named
            else None
        )
        if swap is not None:
            found.add(Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.CONFLICTS,
                           source=swap.source, note=swap.reason))  # fmt: skip
        elif hit is not None and _vote_unsaid(claim, group, found.sentences):
            # "Mara Oduya was the only commissioner to vote against" in a window that names
            # her as the seconder and gives a count: her vote is not said
            found.add(Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.MISSING,
                           note="named, but no vote of theirs is stated"))  # fmt: skip
        elif hit is not None:
            found.add(Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.FOUND, source=hit))
        elif (
            any(t.index in comp.in_context for t in _person_of(group))
            and not _the_voter(claim, group) and _title_said(comp, group)
        ):  # fmt: skip
            found.at(
                Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.FOUND,
                     note="named in the sentences before the passage"),
                found.anchor,
            )  # fmt: skip
        else:
            _referred_or_missing(found, claim, comp, group, shown)


def _title_said(comp: Comparison, group: list[Token]) -> bool:
    """Whether the title a claim gives a named person ("Prime Minister" of "former Prime
    Minister George H. W. Bush") is said in the passage or the sentences before it, where
    the person is found: a name found without it is found without the claim's title."""
    title = group[: len(group) - len(_person_of(group))]  # (none where no title is in it)
    return all(t.index in comp.matched or t.index in comp.in_context for t in title)


def _person_of(group: list[Token]) -> list[Token]:
    """The words of a name that name the person where a title stands inside it: "Peter
    Szabo" of "Marlow Mayor Peter Szabo" ("Marlow" in a dateline is the city, not the
    mayor); the whole name otherwise."""
    at = [i for i, t in enumerate(group) if i > 0 and t.lower in TITLES]
    return group[at[-1] + 1 :] or group if at else group


def _the_voter(claim: Analysis, group: list) -> bool:
    """Whether the name is who the claim says voted or moved ("Trustee Malik Osei voted
    against the review", "Simone Achebe moved to adopt it"): what one member did at a meeting
    is said of them by name, in the passage itself; a turn of theirs, or a sentence about
    them, before it does not say it."""
    act = VOTE_SIDE.search(claim.text) or motions.MOVED.search(claim.text)
    # (not a name that qualifies the noun after it: "Two Corliss County councilors voted"
    # names the place of the voters; nor a body, "The Corliss County Council voted", whose
    # record names it in its heading)
    if act is None or group[-1].end > act.start() or group[-1].lower in BODY_NOUNS:
        return False
    after = next((w for w in parse.parse(claim.text).words if w.start > group[-1].start), None)
    return after is None or after.pos != "NOUN" or after.text[:1].isupper()


def _vote_unsaid(claim: Analysis, group: list, sentences: list[str]) -> bool:
    """Whether the claim says how the named member voted ("was the only commissioner to vote
    against") and no sentence of the window gives a vote of theirs by name ("Trustee Dressler
    voted no", "Voting no: Quon, Ferris", "Commissioners Amsel and Brandt voting yes"; "a
    councilmember who voted against the budget; she is Lena Ortega"): a sentence that names
    them with a word of a vote."""
    act = VOTE_SIDE.search(claim.text) or DISSENTING.search(claim.text)
    if act is None or group[-1].end > act.start():
        return False
    if not _the_subject(claim, group):
        return False  # ("Harlan" of "the only Harlan council member to vote against" is the
        # council's place; "the St. Aldric-Northgate merger" what was voted on)
    name = re.compile(rf"\b{re.escape(group[-1].text.removesuffix(chr(39) + 's'))}\b", re.I)
    text = " ".join(sentences)
    # (a vote of theirs on another motion than the claim's says nothing of this one: "The
    # motion failed, 2-3, with Commissioners Pell and Ortiz voting yes")
    return not any(
        name.search(x) and (v := VOTE_WORD.search(x))
        and not another_motion_at(claim.text, text, text.find(x) + v.start(), unsaid=True)
        for x in SENTENCE_BREAK.split(text)
    )  # fmt: skip


# A word that gives a member's vote: "voted", "voting yes", "dissenting", "opposed"
VOTE_WORD = re.compile(r"\b(?:vot\w*|dissent\w*|abstain\w*|opposed|ayes?|nays?)\b", re.I)


def _the_subject(claim: Analysis, group: list) -> bool:
    """Whether a name is the subject of the claim's main verb or of its vote ("Tess Marrow
    was the only Harlan council member to vote against", "Ann Ruiz voted against")."""
    tree = parse.parse(claim.text)
    verbs = [*tree.main_verbs(), *(w for w in tree.words if w.text.lower().startswith("vot"))]
    verbs += [tree.root] if tree.root is not None else []  # ("... was the only member ...")
    subjects = {s.start for v in verbs if (s := tree.subject(v)) is not None}
    return any(group[0].start <= at < group[-1].end for at in subjects)


# A lone vote against, in a claim: "the lone dissent", "cast the only vote against"
DISSENTING = re.compile(
    r"\b(?:lone|only|sole)\s+(?:dissent\w*|vote\s+against|no\s+vote)\b|\bdissent(?:ed|ing)\b",
    re.IGNORECASE,
)


def _named_with_of(group: list, sentences: list[str]) -> bool:
    """A body's name with its head noun first: "the Department of Agriculture" is the
    "Agriculture Department", "the Ministry of Health" the "Health Ministry"."""
    mods = r"[\s-]+".join(re.escape(t.text) for t in group[:-1])
    head = re.escape(group[-1].text)
    return re.search(rf"\b{head}\s+of\s+(?:the\s+)?{mods}\b", " ".join(sentences)) is not None


def _the_head(group: list, sentences: list[str], title: str) -> str:
    """A place's body named again by its last word ("the county animal shelter" of "Harlan
    County"), where the document names the place (the heading "HARLAN GAZETTE") and the
    window names no other of its kind ("Marlow County"): "" otherwise."""
    head = group[-1].lower
    if head not in PLACE_HEADS:
        return ""
    text = " ".join(sentences)
    said = re.search(rf"\b(?:the|its)\s+{head}\b(?!\s+[A-Z])", text)
    place = {t.lower for t in group[:-1]}
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{title} {text}")}
    others = re.findall(rf"\b([A-Z][\w'-]*)\s+{group[-1].text}\b", text)
    if said is None or not place <= named or any(o.lower() not in place for o in others):
        return ""
    return said.group(0)


#: The last words of a place's name that a story uses alone for it, with "the": "the county".
PLACE_HEADS = frozenset({"county", "city", "town", "township", "village", "state", "district"})


def _dateline_names(group: list, sentences: list[str]) -> bool:
    """ "Corbin County" in a lead whose dateline names the place ("CORBIN, Jan. 8, 2027 —
    County health officials confirmed ..."): the dateline gives the place once, and the
    lead's "County" is its county; "Marlow Bay City Council" in "MARLOW BAY — ... the City
    Council voted 5-2"."""
    text = " ".join(sentences)
    for k in range(1, len(group)):
        # the place, then the body's own words after the dateline ("MARLOW BAY — ... the City
        # Council" of "Marlow Bay City Council")
        place = r"[\s-]+".join(re.escape(t.text) for t in group[:k])
        body = r"[\s-]+".join(re.escape(t.text) for t in group[k:])
        dateline = rf"^\W*{place}(?:,[^\n]{{0,40}}?)?\s*[\u2014\u2013-].*\b{body}\b"
        if re.search(dateline, text, re.I) is not None:
            return True
    return False


def _referred_or_missing(
    found: _Found, claim: Analysis, comp: Comparison, group: list, shown: str
) -> None:
    described = _described(claim, comp, group, found.sentences)
    if described:
        found.at(
            Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.FOUND,
                 note=f"referred to as '{described}'"),
            found.anchor,
        )  # fmt: skip
    else:
        found.add(Atom(kind=AtomKind.ACTOR, claim=shown, status=AtomStatus.MISSING))


#: The endings of a word for a people or a country's things ("Canadian", "Chinese", "British",
#: "Korean", "American"): it says what kind of thing the noun after it is, not which one.
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "can")


def _described(claim: Analysis, comp: Comparison, group: list, sentences: list[str]) -> str:
    """A name that only says which body the noun after it is ("the Kestrel Bay council's
    finance chair"), where the window calls that body by its noun with a definite article
    ("the council's deputy mayor"): the same body, as a story names it once and then by its
    noun. "" where the window does not."""
    after = group[-1].index + 1
    if after >= len(claim.tokens) or claim.text[group[-1].end : claim.tokens[after].start] != " ":
        return ""
    if group[-1].text.endswith(("'s", "\u2019s")):
        return ""  # "National Renewal's tax plan": whose plan, not which body
    noun = claim.tokens[after]
    if noun.index not in comp.matched or noun in claim.names:
        return ""
    if len(group) == 1 and group[0].lower.endswith(DEMONYM_ENDINGS):
        return ""  # ("a Canadian film": where the film is from, which "the film" does not say)
    if any(w.start == noun.start and w.tag.startswith("VB") for w in parse.parse(claim.text).words):
        return ""  # "Osei voted against": what the person did, not a noun the name qualifies
    word = re.escape(comp.matched[noun.index])
    m = re.search(rf"\b(?:the|its|their)\s+{word}\b", " ".join(sentences), re.I)
    return m.group(0) if m else ""


def _check_negation(found: _Found, claim: Analysis, comp: Comparison) -> None:
    """The claim's negation, or a negation the passage adds: stated, conflicting, missing."""
    negation = next((f for f in comp.findings if f.kind == "negation"), None)
    if negation is not None:
        found.add(
            Atom(kind=AtomKind.NEGATION, claim=negation.about or "affirmative",
                 status=AtomStatus.CONFLICTS, source=negation.source, note=negation.reason),
            "" if negation.source == "affirmative" else negation.source,
        )  # fmt: skip
    elif claim.cues:
        cue = claim.cues[0]
        stated = (
            _sentence_of(cue, found.sentences, found.anchor) >= 0
            or any(cue.lower().endswith("n't") and "n't" in s for s in found.sentences)
            or restates_negation(claim, " ".join(found.sentences))  # "the last time ..."
            or negated_alike(claim, " ".join(found.sentences))  # "fell short on"
        )
        status = AtomStatus.FOUND if stated else AtomStatus.MISSING
        found.add(
            Atom(kind=AtomKind.NEGATION, claim=cue, status=status, source=cue if stated else "")
        )


# A clause of the claim with at least this many words of its own (not names or numbers) is a
# part the window must state; fewer ("since 2021") only places the rest.
PART_WORDS = 2


@lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(clauses(text))


def _unstated_part(claim: Analysis, comp: Comparison) -> str:
    """A clause of a claim of several ("..., as revenue slipped", "..., while Kaito says ...")
    of whose own words the window states under half; "" when every part is stated."""
    own: list[tuple[str, list]] = []
    start = 0
    for part in _clauses(claim.text):
        begin = claim.text.find(part, start)
        start = end = begin + len(part)
        words = [t for t in claim.content if begin <= t.start < end and t not in claim.names]
        if len(words) >= PART_WORDS:
            own.append((part.strip(" ,;"), words))
    if len(own) < 2:
        return ""  # one part: the relation's share decides
    subjects = {
        w.start for w in parse.parse(claim.text).words
        if w.dep in ("nsubj", "nsubjpass") and w.pos in ("NOUN", "PROPN")
    }  # fmt: skip
    for k, (part, words) in enumerate(own):
        if 2 * sum(t.index in comp.matched for t in words) < len(words):
            return part
        # a later part's own subject unsaid ("as revenue slipped" beside "net income fell"):
        # its verb found elsewhere in the window is said of something else
        if k and any(t.start in subjects and t.index not in comp.matched for t in words):
            return part
    return ""


def _telling(claim: Analysis, comp: Comparison, settings: StanceSettings) -> bool:
    """Whether the passage agrees, to the letter, with a figure or date of the claim that
    seldom agrees by chance (an amount, a percentage, a duration, a count of at least
    ``settings.small_count``, a day): where the rules alone judge (they cannot read a
    paraphrase), it carries what happens in other words ("invest $2 billion" for "pay about
    $2 billion"); "three neighbouring mines joined the rescue" carries no "three other mines
    use the same roof supports", nor "passengers in September" a fare that "took effect on
    September 10"."""
    telling = {
        q.text for q in claim.quantities
        if q.kind in ("amount", "percentage", "duration", "factor")
        or q.value >= settings.small_count
    } | {d.text for d in claim.dates if d.day is not None}  # fmt: skip
    return any(
        f.supports and f.about in telling and f.weight >= settings.telling_weight
        for f in comp.findings
    )  # fmt: skip


def _paraphrased(
    learned: Reading | None, support_min: float, settings: StanceSettings, similarity: float,
    share: float,
) -> bool:  # fmt: skip
    """Whether the passage says the claim in other words: the learned model's support, and,
    where it must stand in for much of what happens (less than ``paraphrase_share`` of the
    relation's words are in the passage), the embeddings' similarity too
    (StanceSettings.paraphrase_similarity)."""
    if learned is None or learned.supports < max(support_min, settings.paraphrase_min):
        return False
    return share >= settings.paraphrase_share or similarity >= settings.paraphrase_similarity


def _spread(sentences: list[str], comp: Comparison, claim: Analysis) -> bool:
    """Whether the window states the claim's main verb only in a sentence without its
    subject: "Trucks heavier than 10 tons remain barred from the bridge. Pedestrians can use
    the bridge again." says no truck can use it (a correction's lead that names the story's
    topic, "the stadium bond", before "The council approved the bond 7-2" is no such split)."""
    if len(sentences) < 2:
        return False
    tree = parse.parse(claim.text)
    root = tree.root
    subject = tree.subject(root) if root is not None and root.pos == "VERB" else None
    if root is None or subject is None:
        return False
    said = [
        comp.matched[t.index].lower() for t in claim.content
        if t.start in (root.start, subject.start) and t.index in comp.matched
    ]  # fmt: skip
    if len(said) < 2:
        return False
    return not any(all(w in x.lower() for w in said) for x in sentences)


# A word that places a time within a month or a year: "mid-June", "early March", "late 2025"
WITHIN_A_TIME = frozenset({"mid", "early", "late"})


def _part_of_a_date(claim: Analysis, t: Token) -> bool:
    """Whether ``t`` is "mid", "early" or "late" right before one of the claim's dates: the
    date's own word, checked with the date, not a word of what happens."""
    return t.lower in WITHIN_A_TIME and any(0 <= d.start - t.end <= 1 for d in claim.dates)


def relation_words(claim: Analysis) -> list[Token]:
    """The words that say what happens: the claim's content words that are no names nor a
    counted figure's own words. A verb of winning or leading that a margin figure says ("beat
    Brennan by 212 votes") is the figure's: the margin carries it ("her margin narrowed to
    221 votes")."""
    margin = any(qty.MARGIN in q.clause for q in claim.quantities)
    # a verb that only holds a figure ("faces a $38 million gap", "posted a $12 million
    # loss"): the figure and what it measures say what the claim says
    holding = bool(claim.quantities)
    # a figure's own words ("measles" of "17 measles cases") are checked with the figure
    counted = [(q.start, q.end) for q in claim.quantities if q.kind == "number"]
    # ... and an age's "old" ("34 years old")
    ends = [
        claim.text.find(q.text, q.start) + len(q.text) for q in claim.quantities
        if q.kind == "duration" and q.text in claim.text
    ]  # fmt: skip
    counted += [(end, end + 4) for end in ends if claim.text[end : end + 4] == " old"]
    return [
        t for t in claim.content
        if t not in claim.names and t.lower not in AS_OF_NOW and not _part_of_a_date(claim, t)
        and not (margin and t.lower in qty.MARGIN_VERBS)
        and not (holding and t.stem in HOLDING_VERBS)
        and not any(start <= t.start < end for start, end in counted)
    ]  # fmt: skip


def _carried(
    claim: Analysis, comp: Comparison, learned: Reading | None, support_min: float,
    settings: StanceSettings, share: float, by_year: bool,
) -> bool:  # fmt: skip
    """Whether agreeing figures, dates and names carry what happens: with most of its words
    (and its verb, where only a year or a month pins it), or some support beyond them
    (``_vouched``), which a year alone does not get; never with an opposite in the passage."""
    if comp.opposed:
        return False
    if part_of_another_act(claim, comp) or whole_of_another_act(claim, comp):
        # a part is picked out by what is said of it: "covered four of the lake's beaches" is
        # not "lifted its advisory at four of the lake's six beaches" (a whole group too)
        return False
    if phase_of_another_act(claim, comp):
        # "began operating on March 2" is not "began issuing tickets with fines on March 2"
        return False
    if share >= settings.pinned_share and not (by_year and verb_unsaid(claim, comp)):
        return True
    if 2 * share < 1 and speech_claim(claim.text) and verb_unsaid(claim, comp):
        # what someone said is its verb's ("Quill said some dispatchers would be laid off to
        # bring staffing down to 34 positions"): a figure of under half of its words, without
        # the verb, does not say it ("the merged center would have 34 positions")
        return False
    return not by_year and _vouched(claim, comp, learned, support_min, settings)


def part_of_another_act(claim: Analysis, comp: Comparison) -> bool:
    """A part of a whole is picked out by what is said of it: a claim that counts one ("covered
    four of the lake's beaches") by a verb the window does not say is about another part than
    the window's ("lifted its advisory at four of the lake's six beaches"), which neither
    states nor contradicts it."""
    return any(q.part and q.kind == "number" for q in claim.quantities) and verb_unsaid(claim, comp)


def whole_of_another_act(claim: Analysis, comp: Comparison) -> bool:
    """A whole group counted ("All four of Port Ansel's stores deliver") is picked out, like
    a part, by what is said of it: a window that counts the group by another verb ("all four
    of Port Ansel's licensed stores are open") does not state it."""
    counted = any(q.kind == "number" and _all_of(claim, q) for q in claim.quantities)
    return counted and verb_unsaid(claim, comp)


def _all_of(claim: Analysis, q: qty.Quantity) -> bool:
    """Whether a figure counts a whole group: "All four of Port Ansel's stores"."""
    before = claim.text[max(0, q.start - 5) : q.start + 1].lower()
    return before.rstrip().endswith("all") and qty.PART_OF.match(claim.text, q.end) is not None


def phase_of_another_act(claim: Analysis, comp: Comparison) -> bool:
    """A beginning or an end is of its act: a claim that something "began issuing tickets"
    is not stated by the beginning of another act ("began operating") on its date."""
    tree = parse.parse(claim.text)
    root = tree.root
    if root is None or root.base not in PHASE_VERBS or not tree.children(root, "xcomp"):
        return False
    return verb_unsaid(claim, comp)


def verb_unsaid(claim: Analysis, comp: Comparison) -> bool:
    """Whether the claim's main verb ("fell" of "Burglaries in Kestrel fell in 2025") is not
    in the window: with only a year or a month to pin it, what happened is not said."""
    tree = parse.parse(claim.text)
    root = tree.root
    if root is not None and root.base in SPEECH_STEMS:
        # "The Auditor-General has warned that the reservoir would meet ...": what happened is
        # what was said ("meet"), whatever verb reports it
        said = tree.children(root, "ccomp")
        root = said[0] if said else root
    if root is not None and root.base in PHASE_VERBS:
        # "began issuing tickets": what begins is the act ("began operating" is another's)
        act = tree.children(root, "xcomp")
        root = act[0] if act else root
    if root is None or root.pos != "VERB":
        return False
    token = next((t for t in claim.content if t.start == root.start), None)
    return token is not None and token.index not in comp.matched


def _vouched(
    claim: Analysis, comp: Comparison, learned: Reading | None, support_min: float,
    settings: StanceSettings,
) -> bool:  # fmt: skip
    """Some support for what happens beyond its words: the model's, or where the rules alone
    judge, a telling figure or date."""
    if learned is not None:
        return learned.supports >= support_min
    return _telling(claim, comp, settings)


def _relation(
    claim: Analysis, comp: Comparison, learned: Reading | None, support_min: float,
    conflict_min: float, pinned: bool, settings: StanceSettings = DEFAULTS,
    similarity: float = 1.0, spread: bool = False, by_year: bool = False,
) -> tuple[Atom, str]:  # fmt: skip
    """What happens: found in words, in a paraphrase (``_paraphrased``), or in most of its
    words when the claim's figures and dates all agree (``pinned``)."""
    words = relation_words(claim)
    shown = " ".join(t.text for t in words) or claim.text
    reversing = next(
        (f for f in comp.findings if f.kind in REVERSING_KINDS and not f.supports), None
    )
    if reversing is not None:
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.CONFLICTS,
                    source=reversing.source, note=reversing.reason,
                    replaced=reversing.replaced), reversing.source  # fmt: skip
    found = [comp.matched[t.index] for t in words if t.index in comp.matched]
    first = found[0] if found else ""
    unstated = _unstated(claim, comp)
    if unstated:
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.MISSING,
                    note=unstated), first  # fmt: skip
    share = len(found) / len(words) if words else 1.0
    model = str(learned) if learned is not None else ""
    leans_against = learned is not None and learned.leans_against(conflict_min)
    # Words alone do not settle it when the passage also has the opposite of one of them
    # ("sells more cars" beside "worth more but sells fewer cars"): the model reads it.
    pinned = pinned and not (leans_against and spread)
    if share == 1.0 and not comp.opposed and not (leans_against and spread):
        # Every word of what happens is in the window (in one sentence, where the model reads
        # a conflict: _spread): the claim restates it; the model's disagreement is said.
        note = ""
        if leans_against:
            note = f"the rules find every word; the {model} disagrees"
        source = ", ".join(dict.fromkeys(found))
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.FOUND, source=source,
                    note=note, model_disagrees=leans_against), first  # fmt: skip
    if leans_against and pinned and share >= settings.pinned_over_model and not comp.opposed:
        # most of the words, and every figure and date said of the same thing: the words
        # decide, and the model's disagreement is shown
        note = f"{share:.0%} of its words and every figure and date agree; the {model} disagrees"
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.FOUND,
                    source=", ".join(dict.fromkeys(found)), note=note,
                    model_disagrees=True), first  # fmt: skip
    if leans_against:
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.CONFLICTS,
                    note=model, by="model"), first  # fmt: skip
    # Every figure, date and name of the claim agrees, and carries what happens (_carried).
    if pinned and _carried(claim, comp, learned, support_min, settings, share, by_year):
        note = f"{share:.0%} of its words; the claim's figures, dates and names all agree"
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.FOUND,
                    source=", ".join(dict.fromkeys(found)), note=note), first  # fmt: skip
    if comp.opposed:
        # The passage has the opposite of a claim word ("fewer" for "more"): neither its words
        # nor the model's reading of it confirm the claim; an editor must read it.
        note = "the source also says " + ", ".join(f"the opposite of '{w}'" for w in comp.opposed)
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.MISSING,
                    note=note), first  # fmt: skip
    if _paraphrased(learned, support_min, settings, similarity, share):
        return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.FOUND,
                    note=f"paraphrased; {model}", by="model"), first  # fmt: skip
    missing = [t.text for t in words if t.index not in comp.matched]
    note = "not stated: " + ", ".join(f"'{w}'" for w in missing[:5])
    return Atom(kind=AtomKind.RELATION, claim=shown, status=AtomStatus.MISSING,
                note=note), ""  # fmt: skip
