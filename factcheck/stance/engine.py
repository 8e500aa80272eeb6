"""From rule findings, the learned model and (optionally) an NLI model to a stance per passage,
with a score and reasons.

Three ways to decide, all explained in the reasons:
- the rules alone (any embedding model): support from word coverage and similarity, conflict
  from the rule findings;
- the rules + the stance cross-encoder (the default with all-MiniLM-L6-v2, ``cross.py``); the
  exact rules (figures, role swaps) still overrule it;
- either of those + an NLI cross-encoder (``--nli-model``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..language import dates as dates_mod
from ..language import motions, parse, series, table
from ..language import quantities as qty
from ..language.answers import answered
from ..language.own_act import names_a_title, plans_own, ranks, reports_own_act, reports_plainly
from ..language.polarity import (
    ASKING,
    ASSERTED,
    ATTRIBUTION,
    ATTRIBUTIVE,
    BACKSHIFTED,
    CHECKED,
    DENIAL,
    DISPUTED,
    HEARSAY,
    NAMED_TURN,
    PLAIN_FUTURE,
    RANKS_ITSELF,
    REPORTED,
    SENTENCE_BREAK,
    SPEAKER,
    STAFF_TURN,
    UNIVERSAL_SAID,
    UNPROVEN,
    WRONG_NOTE,
    asks_turn,
    clauses,
    headline_plan,
    hedges,
    is_planned,
    negation_cues,
    own_plan,
    report_wrong_cue,
    short_answer,
    universal,
)
from ..language.tokens import (
    STOPWORDS,
    WEEKDAYS,
    Token,
    is_name,
    opens_sentence,
    stem,
    tokenize,
)
from ..models import Atom, AtomKind, AtomStatus, FoundDate, Stance
from . import cross as cross_mod
from .atoms import FIGURE_KINDS, TITLES, Checked, check, part_of_another_act
from .rules import (
    WEIGHTS,
    Analysis,
    Comparison,
    Finding,
    analyse,
    analyse_claim,
    category_conflicts,
    compare,
    hedge_governs,
    in_a_clause_of_its_own,
    same_quarter,
)
from .settings import DEFAULTS, StanceSettings
from .signals import NliReading, Reading, Signals

# Findings exact enough to overrule the learned model: a figure, a date or swapped roles read
# on the passage (a changed figure or date is never "supported").
EXACT_KINDS = frozenset(
    {"amount", "percentage", "number", "duration", "ordinal", "factor", "roles", "vote", "date",
     "category"}
)  # fmt: skip
# "fiscal second quarter": a fiscal year's quarters, not the calendar's
FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
# Conflicts a neighbour of the retrieved sentence may carry: a figure or a date stated apart
# from the rest ("in the sentence before"), a vote's outcome, which a chair announces after
# the motion ("The motion carries, five to two"), and the side a clerk's roll call lists a
# named member on ("Voting yes: Councilors Amaral, Kaye and Lindgren.").
# (and a speaker the window says said nothing: "Irene Kowal, declined to comment")
WINDOW_CONFLICT_KINDS = FIGURE_KINDS | {"date", "unanimity", "vote", "declined"}
#: Passages the cross-encoder reads per claim in verify (see StanceSettings.cross_k).
CROSS_K = DEFAULTS.cross_k
#: A threshold no probability reaches (the model's conflict is not read off topic).
NEVER = 2.0


SENTENCE_CLOSERS = frozenset(".!?:;\"'\u201d)")


@dataclass(frozen=True)
class Window:
    """A retrieved sentence (``anchor``) with its neighbours in the same paragraph."""

    sentences: tuple[str, ...]
    anchor: int = 0
    published: FoundDate | None = None  # the document's own date (a dateline, front matter)
    turn: str = ""  # a transcript turn's first sentence, with its label, before the window
    title: str = ""  # its document's heading lines or title: the period of its figures
    # a table row's cells in columns of a few values ("Condition": Fair, Poor, Critical)
    categories: tuple[table.Category, ...] = ()
    row: str = ""  # a table row's first cell: what its figures are said of ("Level 1")
    # a table of periods' column, read for a claim that compares its periods (series.py)
    trend: series.Trend | None = None
    # a table's other rows' first cells: a total row is no record of a part the claim names
    others: tuple[str, ...] = ()
    # the window opens with the question its anchor answers ("ITO: When will the dam come
    # down? / LINDQVIST: We expect to start in July 2027"): read as one, whatever the anchor
    # alone says of the claim
    answers: bool = False

    @classmethod
    def single(cls, text: str) -> Window:
        return cls((text,), 0)

    @property
    def text(self) -> str:
        """The sentences as one text, each ended: a list item or a headline without a full
        stop ("Lumora+ subscribers reached 6.4 million") is still a sentence of its own."""
        return " ".join(
            s if not s or s.rstrip()[-1:] in SENTENCE_CLOSERS else f"{s.rstrip()}."
            for s in self.sentences
        )  # fmt: skip

    @property
    def sentence(self) -> str:
        return self.sentences[self.anchor]

    def for_model(self, settings: StanceSettings = DEFAULTS) -> str:
        """What the cross-encoder reads: the window, or the sentence when the window is long."""
        return self.text if len(self.text.split()) <= settings.cross_words else self.sentence


@dataclass(frozen=True)
class Candidate:
    """A retrieved passage as the engine weighs it: its text, its similarity to the claim,
    the sentences before it (they may name who "he" is) and its window."""

    text: str
    similarity: float
    context: str = ""
    window: Window | None = None  # default: the passage alone
    # the cross-encoder may read it (passages added for the rules alone, such as those that
    # restate the claim's figures for a correction, are not: they keep verify's budget)
    readable: bool = True

    @property
    def read(self) -> Window:
        return self.window or Window.single(self.text)


@dataclass(frozen=True)
class ClaimPassages:
    """One claim and the passages retrieved for it."""

    claim: str
    candidates: tuple[Candidate, ...]


@dataclass
class Judgement:
    stance: Stance
    score: float
    reasons: list[str]
    coverage: float
    hedged: bool
    signals: Signals
    rule_conflicts: list[str] = field(default_factory=list)  # what the rules see, whatever wins
    # the reasons (among ``reasons``) that say what the passage lacks: a window stating every
    # part of the claim answers them, and they are dropped
    gaps: list[str] = field(default_factory=list)
    checked: Checked | None = None  # the claim's atoms in the window
    disagreement: str = ""  # where the rules and the learned model disagree, in words

    @property
    def atoms(self) -> list[Atom]:
        return self.checked.atoms if self.checked else []


def _sim01(similarity: float, settings: StanceSettings) -> float:
    span = settings.sim_high - settings.sim_low
    return min(1.0, max(0.0, (similarity - settings.sim_low) / span))


class StanceEngine:
    """Weighs the passages found for one claim; picks the learned model when it applies."""

    def __init__(
        self, model: str | None = None, dimension: int = 0, nli: object = None,
        learned: str = "cross", cross_k: int | None = None,
        settings: StanceSettings = DEFAULTS,
    ) -> None:  # fmt: skip
        self.cross = None
        self.settings = settings
        # passages the cross-encoder reads per claim (trace passes a larger number)
        self.cross_k = settings.cross_k if cross_k is None else cross_k
        if (
            model
            and learned == "cross"
            and model == cross_mod.BASE_MODEL
            and dimension == cross_mod.BASE_DIMENSION
        ):
            self.cross = cross_mod.load()
        self.nli = nli  # an NliModel or None

    @property
    def learned(self) -> bool:
        return self.cross is not None

    @property
    def name(self) -> str:
        parts = ["rules"] + (["cross"] if self.cross else [])
        if self.nli is not None:
            parts.append(f"nli:{self.nli.name}")  # type: ignore[attr-defined]
        return "+".join(parts)

    def weigh(
        self, claim: str, passages: Sequence[str], similarities: Sequence[float],
        contexts: Sequence[str] | None = None, windows: Sequence[Window] | None = None,
    ) -> list[Judgement]:  # fmt: skip
        """Judge each passage; ``contexts`` are the sentences before each (may be empty),
        ``windows`` each passage with its neighbours (default: the passage alone)."""
        n = len(passages)
        candidates = tuple(
            Candidate(text, sim, context, window)
            for text, sim, context, window in zip(
                passages, similarities, contexts or [""] * n, windows or [None] * n, strict=True
            )
        )
        return self.weigh_many([ClaimPassages(claim, candidates)])[0]

    def weigh_many(self, requests: Sequence[ClaimPassages]) -> list[list[Judgement]]:
        """Judge the passages of several claims; a claim's judgements do not depend on the
        other claims in the batch."""
        comps, views, wins, claims = [], [], [], []
        for r in requests:
            a = analyse_claim(r.claim)
            # a chair's decision read as a report of the body's vote (motions.reported)
            # ... and an answer with the counted noun of the question put to it
            ws = [
                replace(c.read, sentences=tuple(
                    answered(motions.reported(x, motions.body(c.context)), c.context)
                    for x in c.read.sentences))
                for c in r.candidates
            ]  # fmt: skip
            cs = [
                compare_window(a, w, c.context, self.settings)
                for w, c in zip(ws, r.candidates, strict=True)
            ]  # fmt: skip
            claims.append(a)
            wins.append(ws)
            comps.append(cs)
            sims = [c.similarity for c in r.candidates]
            views.append(
                [rule_view(x, sim, self.settings) for x, sim in zip(cs, sims, strict=True)]
            )
        probs: list[list[Reading | None]] = [[None] * len(r.candidates) for r in requests]
        if self.cross is not None:
            # The cross-encoder reads the cross_k passages the rules find most about the claim
            # (CROSS_K for verify: the 40 ms budget of a warm verify; trace reads them all),
            # each with its window; the rest are weighed by the rules alone. A passage an exact
            # rule decides is not read: the model could not change it. Each claim's pairs go in
            # their own call: int8 activations are scaled per call, so sharing a call with
            # other claims would make a claim's scores depend on its batch.
            for i, r in enumerate(requests):
                ranked = sorted(range(len(r.candidates)), key=lambda j: (-views[i][j].support, j))
                readable = [j for j in ranked if r.candidates[j].readable]
                read = [j for j in readable[: self.cross_k] if not views[i][j].exact]
                # the model reads the passage as written (the rules read a chair's decision
                # as reported: motions.reported)
                pairs = [(r.candidates[j].read.for_model(self.settings), r.claim) for j in read]
                scores = self.cross.scores(pairs)
                for j, row in zip(read, scores, strict=True):
                    probs[i][j] = Reading.of(row)
        out = []
        for r, a, ws, cs, vs, ps in zip(requests, claims, wins, comps, views, probs, strict=True):
            nli: list[NliReading | None] = (
                self.nli.scores(  # type: ignore[attr-defined]
                    [(c.read.text, r.claim) for c in r.candidates]
                )
                if self.nli is not None
                else [None] * len(ws)
            )
            sims = [c.similarity for c in r.candidates]
            together = zip(cs, sims, nli, ps, vs, ws, strict=True)
            out.append(
                [decide(c, s, n, pr, v, a, w, self.settings) for c, s, n, pr, v, w in together]
            )
        return out


def _in_the_quarter(claim: Analysis, comp: Comparison, window: Window) -> Comparison:
    """The retrieved sentence read in the quarter its paragraph names ("The company lost $18
    million in the three months to June 30. Revenue fell 3% ..."): the claim's quarter words
    ("second-quarter revenue") are found there; where it names only another quarter, what it
    says is of another period ("first-quarter revenue" is not the three months to June 30).
    A fiscal year's quarters are not the calendar's: where either says "fiscal", neither is
    read."""
    wanted = dates_mod.quarters(claim.text)
    if not wanted or FISCAL.search(claim.text) or FISCAL.search(window.text):
        return comp
    text = analyse(window.text)
    said = dates_mod.quarters(window.text)
    if said and not {n for n, _, _ in wanted} & {n for n, _, _ in said}:
        # another quarter: what the passage says is of another period, which neither
        # confirms the claim nor, alone, makes it false (a results story names next
        # quarter's forecast too)
        _, a, b = wanted[0]
        return replace(comp, opposed=[*comp.opposed, claim.text[a:b]])
    found = same_quarter(claim, text, comp.matched) if len(window.sentences) > 1 else {}
    if not found:
        return comp
    matched = {**comp.matched, **found}
    n = len(claim.content)
    return replace(
        comp, matched=matched, coverage=len(matched) / n,
        about=comp.about + len(found) / n, unmatched=[
            t.text for t in claim.content if t.index not in matched
        ],
    )  # fmt: skip


def _as_a_row(claim: Analysis, comp: Comparison, window: Window) -> Comparison:
    """A table row's comparison: its figures are said of what its first cell names, and
    another row's ("Level 1 | Fair | $0.4 million") is not the claim's measure; the claim
    may give one of its cells another of its column's values (``_with_categories``)."""
    if not window.row:
        return comp
    if window.trend is not None:
        return _by_trend(claim, comp, window.trend)
    said = {t.key for t in claim.tokens}
    # ("Townwide | 123 | 50 | 173" is no record of "Mill Cove", another of its rows)
    part = table.is_whole(window.row) and any(table.about(o, said, False) for o in window.others)
    if part or not table.about(window.row, said):
        kept = [f for f in comp.findings if f.supports or f.kind not in FIGURE_KINDS]
        comp = replace(comp, findings=kept)
    return _with_categories(claim, comp, window.categories)


def _by_trend(claim: Analysis, comp: Comparison, trend: series.Trend) -> Comparison:
    """A claim comparing a table's periods, read on its column across the rows: what the
    column shows decides the claim's comparing word; the rows' dates, each one period of
    the claim's, are no conflict."""
    word = next((t for t in claim.tokens if t.text == trend.word.split()[0]), None)
    if word is None:
        return comp
    finding = Finding("direction", trend.holds, WEIGHTS["direction"], trend.reason, trend.word,
                      trend.text, aligned=True)  # fmt: skip
    # each of the claim's periods the column reads is stated by it (not by a date of the
    # table's caption, "filed September 10, 2026")
    agreed = {f.about for f in comp.agreements}
    periods = [
        Finding("date", True, 0.85, f"date: claim says {d.text}, source says {d.text}", d.text,
                d.text, aligned=True)
        for d in claim.dates
        if d.text not in agreed and re.search(rf"\bin {re.escape(d.text)}\b", trend.text)
    ]  # fmt: skip
    comp = replace(comp, findings=[*comp.findings, *periods], matched=_counting_verb(claim, comp))
    if trend.holds:
        return replace(
            comp, findings=[*comp.agreements, finding],
            matched={**comp.matched, word.index: trend.word},
            contradicted=comp.contradicted - {word.index},
        )  # fmt: skip
    kept = [f for f in comp.findings if f.supports and f.kind != "direction"]
    return replace(comp, findings=[*kept, finding], contradicted=comp.contradicted | {word.index})


def _counting_verb(claim: Analysis, comp: Comparison) -> dict[int, str]:
    """The matched words, with the verb whose object is a column's noun the claim names: "drew
    more visitors" is the column "Visitors", whatever the verb that counts them."""
    words = parse.parse(claim.text).words
    by_start = {t.start: t for t in claim.content}
    matched = dict(comp.matched)
    for w in words:
        head = words[w.head]
        said, verb = by_start.get(w.start), by_start.get(head.start)
        if w.dep == "dobj" and head.pos == "VERB" and said and verb and said.index in matched:
            matched.setdefault(verb.index, matched[said.index])
    return matched


def _with_categories(
    claim: Analysis, comp: Comparison, categories: tuple[table.Category, ...]
) -> Comparison:
    """A table row's comparison with the categories the claim gives another value of ("poor"
    for a row whose Condition is "Fair"): the claim's word is what the row contradicts."""
    named = category_conflicts(claim, categories) if categories else []
    if not named:
        return comp
    said = {stem(w) for f in named for w in f.about.split()}
    return replace(
        comp, findings=[*comp.findings, *named],
        contradicted=comp.contradicted | {t.index for t in claim.content if t.key in said},
    )  # fmt: skip


def compare_window(
    claim: Analysis, window: Window, context: str = "", settings: StanceSettings = DEFAULTS
) -> Comparison:
    """The claim against a window: what agrees may stand in any of its sentences; what
    conflicts must stand in the retrieved sentence, or be a figure or date of a window that
    states nearly all the rest of the claim (the date in the sentence before the figure)."""
    # a motion is read with the chair's decision on it ("The motion carries, five to two"); a
    # bare vote with the count before it ("... adopted the plan, 4-1. Commissioner Pell voted
    # no.")
    said = _numbered_described(motions.decided(window.sentences, window.anchor), context)
    if window.anchor > 0 and (
        motions.VOTED_BARE.search(window.sentence) or motions.COUNTED_BARE.match(window.sentence)
    ):
        said = f"{window.sentences[window.anchor - 1]} {said}"
    elif any(motions.VOTED_BARE.search(x) for x in window.sentences[window.anchor + 1 :][:1]):
        said = f"{said} {window.sentences[window.anchor + 1]}"  # (... and the count before it)
    anchor = compare(claim, analyse(said), context)
    anchor = _as_a_row(claim, _in_the_quarter(claim, anchor, window), window)
    continues = any(f.replaced for f in anchor.findings)  # "June 14, not June 1"
    if len(window.sentences) == 1:
        return anchor
    whole = None
    if not continues and report_wrong_cue(window.sentence):
        # a correction's lead ("An article ... gave the wrong price for the new monthly
        # pass.") is read with the sentence that says how ("It will rise to $88, not $90.")
        whole = compare(claim, analyse(window.text), context)
        continues = any(f.replaced for f in whole.findings)
    if anchor.coverage < settings.min_anchor_coverage and not continues and _alone(window):
        # A sentence that says little of the claim is not where the claim is stated: its
        # neighbours are weighed as passages of their own.
        return anchor
    whole = whole or compare(claim, analyse(window.text), context)
    agreed = {
        f.about for f in whole.findings if f.supports and f.weight >= settings.specific_agreement
    }
    conflicts = [f for f in anchor.conflicts if not (f.about and f.about in agreed)]
    settled = {f.about for f in conflicts}
    if whole.about >= settings.min_window_about:
        conflicts += _neighbours_conflicts(window, anchor, whole, settled)
    # (what the sentence itself agrees with stands, whatever the window's reading of it)
    kept = {f.about for f in whole.agreements}
    findings = whole.agreements + [f for f in anchor.agreements if f.about not in kept] + conflicts
    said = {f.about for f in findings}
    missing = [x for x in whole.missing_specifics if x not in said]
    # A sentence that states every word of the claim itself is not read against by what its
    # neighbours say of other things ("not to have a booth"); otherwise a neighbour negating or
    # turning round the event ("before"/"after" do not) keeps the words from confirming it.
    whole_sentence = anchor.coverage == 1.0
    # A neighbour's negation counts only in a clause about the claim ("The company did not
    # say how much the recall would cost" does not negate an analyst's estimate of it).
    nearby = [] if whole_sentence else [
        f for f in whole.conflicts
        if f.kind in ("negation", "direction", "roles", "vote", "pending")
        and f not in anchor.conflicts
        and f.about.lower() not in STOPWORDS
    ]  # fmt: skip
    nearby = _nearby_negations(claim, window, anchor, nearby, settings)
    return replace(
        whole, about=max(whole.about, anchor.about), findings=findings, hedges=anchor.hedges,
        missing_specifics=missing, nearby=[f.reason for f in nearby],
        opposed=anchor.opposed if whole_sentence else _opposed(claim, window, whole.opposed),
    )  # fmt: skip


def _numbered_described(said: str, context: str) -> str:
    """A decision on a measure named by its number ("Resolution 25-88, as amended, was
    adopted 7-2.") with what the item heading before it says the measure does ("Item 5.
    Resolution 25-88, approving the Ash Management Plan ..."): the number alone says nothing
    of what was decided."""
    m = motions.NUMBERED.search(said)
    if m is None or not context or not motions.OUTCOME.match(said):
        return said
    heading = re.search(
        rf"\b{re.escape(m.group(0))},?\s+(?P<what>(?:[^.;]|(?<=\d)\.(?=\d)){{5,160}})", context
    )
    if heading is None or heading.group("what").lower().startswith("as amended"):
        return said
    rest = said[m.end() :]
    joint = "" if rest.startswith(",") else ","
    return f"{said[: m.end()]}, {heading.group('what').strip()}{joint}{rest}"


def _nearby_negations(
    claim: Analysis, window: Window, anchor: Comparison, nearby: list[Finding],
    settings: StanceSettings,
) -> list[Finding]:  # fmt: skip
    """The neighbours' conflicts less a negation of no clause about the claim, or of a
    sentence whose own words say what the claim does."""
    if any(f.kind == "negation" for f in nearby) and _predicate_said(claim, anchor):
        # (a sentence that says what the claim says its subject did, "8 took buyouts", is not
        # negated by a neighbour's "None of the 27 clerks lost their jobs")
        nearby = [f for f in nearby if f.kind != "negation"]
    if any(f.kind == "negation" for f in nearby):
        # the other sentences' clauses, each read after the one before it ("It did not
        # record cracks" after "The 2023 inspection recorded corrosion")
        about = _clauses_about(
            claim, list(window.sentences), settings.clause_about, skip=window.anchor
        )
        if not any(negation_cues(c) for c in about):
            nearby = [f for f in nearby if f.kind != "negation"]
    return nearby


def _predicate_said(claim: Analysis, anchor: Comparison) -> bool:
    """Whether the sentence itself states each content word of the claim from its main verb
    on ("took buyouts" of "Eight of the clerks took buyouts"), unnegated."""
    verbs = parse.parse(claim.text).main_verbs()
    if not verbs or anchor.conflicts:
        return False
    said = [t for t in claim.content if t.start >= verbs[0].start]
    return bool(said) and all(t.index in anchor.matched for t in said)


def _neighbours_conflicts(
    window: Window, anchor: Comparison, whole: Comparison, settled: set[str]
) -> list[Finding]:
    """The conflicts the window's other sentences add: a figure or date of a window that
    states nearly all the rest of the claim. Not a date where the sentence gives its own time
    ("At a meeting Monday, the trustees voted 5-0" is not dated by its neighbour's "the cap
    the board set in April"), nor a figure the sentence itself agrees with ("The council then
    approved the amendment, 7-2." is not turned by "The motion failed, 3-6." before it)."""
    timed = any(t.lower in WEEKDAYS for t in tokenize(window.sentence)) or bool(
        analyse(window.sentence).dates
    )
    agreeing = {g.about for g in [*whole.agreements, *anchor.agreements]}
    return [
        f for f in whole.conflicts
        if f.kind in WINDOW_CONFLICT_KINDS and f.about
        and f.about not in settled and f.about not in agreeing
        and not (f.kind == "date" and timed)
    ]  # fmt: skip


# A sentence that opens on a pronoun for what the sentence before named: "It was never on the
# table", "That was a mistake"
REFERRING = re.compile(r"\s*(?:It|This|That)\s+(?:was|is|has|had|will|would|were)\b")


def _alone(window: Window) -> bool:
    """Whether a sentence that says little of the claim is read without its neighbours: not
    an answer (read with its question), nor a vote cast with no measure named ("Commissioner
    Pell voted no."), read with the sentences before it that say what was voted on and how
    ("The board then adopted the plan as recommended, 4-1."), nor the sentence before such a
    vote."""
    bare_vote = window.anchor > 0 and motions.VOTED_BARE.search(window.sentence) is not None
    # (... and a vote's count read with the bare vote after it: "... approved the budget, 4-1.
    # Trustee Venn voted no.")
    after = window.sentences[window.anchor + 1 : window.anchor + 2]
    counted = any(motions.VOTED_BARE.search(s) for s in after)
    # (... nor a sentence whose subject is a pronoun, "It was never on the table", read with
    # the sentence before it that names what "it" is)
    referring = window.anchor > 0 and REFERRING.match(window.sentence) is not None
    # (... nor one that opens with a bare count of what the sentence before counted: "41
    # toll collectors ... Twenty-nine moved to other jobs and 12 took buyouts")
    elided = window.anchor > 0 and qty.opens_with_elided(window.sentence)
    return not window.answers and not bare_vote and not counted and not referring and not elided


def _opposed(claim: Analysis, window: Window, candidates: list[str]) -> list[str]:
    """Claim words whose opposite stands in a window sentence about what the claim says
    (one that shares a word of its relation), not in any sentence of the paragraph."""
    if not candidates:
        return []
    relation = [t for t in claim.content if not t.is_capitalized]
    out: list[str] = []
    for sentence in window.sentences:
        comp = compare(claim, analyse(sentence))
        shared = sum(t.index in comp.matched for t in relation)
        if 2 * shared >= len(relation):
            out += [w for w in comp.opposed if w in candidates and w not in out]
    return out


@dataclass
class RuleView:
    """What the rules alone make of a passage: the scores every way of deciding starts from."""

    conflicts: list[Finding]  # findings against the claim, once the topic check passes
    agreements: list[Finding]
    topical: float  # 0.5-1.0, how much of the claim the passage is about
    coverage: float  # word coverage, raised by an agreeing figure or date
    conflict: float
    support: float
    exact: bool  # a figure or role swap read exactly: it overrules the learned models


def rule_view(comp: Comparison, similarity: float, settings: StanceSettings = DEFAULTS) -> RuleView:
    about = comp.about
    on_topic = about >= settings.min_about and comp.name_coverage >= settings.min_name_coverage
    # Conflicts that name what stands in the claim's place, kept where the claim's names are
    # not all in the passage: a swapped name (checked in rules.compare), another member's act
    # for the claim's ("COUNCILOR TEODOR KAYE: Second."), a figure the passage rejects by name
    # ("bail was set at $150,000, not $50,000") in a sentence that names one of the claim's.
    in_its_place = [f.kind for f in comp.conflicts] == ["name"] or any(
        f.replaced and (f.kind == "vote" or comp.name_coverage > 0) for f in comp.conflicts
    )
    conflicts = comp.conflicts if on_topic or (in_its_place and about >= settings.min_about) else []
    topical = 0.5 + 0.5 * min(1.0, about)
    agreements = comp.agreements
    coverage = comp.coverage
    if any(f.weight >= settings.specific_agreement for f in agreements):
        # A matching figure or date, said of the same thing, outweighs a paraphrased verb.
        coverage = min(1.0, coverage + settings.agreement_bonus)
    support = settings.coverage_weight * coverage + (1 - settings.coverage_weight) * _sim01(
        similarity, settings
    )
    if agreements:
        support = min(1.0, support + 0.1 * max(f.weight for f in agreements))
    # (a member's side that agrees, "Nays: Ostrow, Devlin.", says nothing of what was voted
    # on: the model still reads the passage)
    exact_agreement = any(
        f.kind in EXACT_KINDS and f.kind != "vote" and f.weight >= settings.specific_agreement
        and f.aligned
        for f in agreements
    )  # fmt: skip
    # An agreeing figure decides without the learned model only in a passage that states
    # most of the claim's words itself (before the figure's bonus): "the Volt 10K ... has not
    # been [added to the recall]" matches a figure and says nothing of what happened.
    exact = any(f.kind in EXACT_KINDS for f in conflicts) or (
        exact_agreement and support >= settings.support_min
        and comp.coverage >= settings.coverage_min
    )  # fmt: skip
    conflict = max((f.weight for f in conflicts), default=0.0) * topical
    return RuleView(conflicts, agreements, topical, coverage, conflict, support, exact)


@dataclass
class _Scores:
    """A passage's conflict and support scores, the thresholds they are read against, and
    what they rest on."""

    conflict: float
    support: float
    conflict_min: float
    support_min: float
    coverage_min: float
    reasons: list[str]
    signals: Signals
    judged_by_model: bool


def decide(
    comp: Comparison, similarity: float, nli: NliReading | None = None,
    learned: Reading | None = None, view: RuleView | None = None,
    claim: Analysis | None = None, window: Window | None = None,
    settings: StanceSettings = DEFAULTS,
) -> Judgement:  # fmt: skip
    """One passage's stance: the rules, the learned model where it applies, then the claim's
    atoms (a window that states every part of the claim supports it; see ``atoms``)."""
    v = view or rule_view(comp, similarity, settings)
    judgement = _judged(comp, v, similarity, nli, learned, settings)
    if claim is not None:
        _weigh_atoms(judgement, claim, comp, v, similarity, learned, window, settings)
        if _negation_in_scope(judgement, claim, v, window, settings) and all(
            f.source.lower() == "without" for f in v.conflicts
        ):  # fmt: skip
            # "without" of something else ("fines for operating without a registration"):
            # the passage is judged on the rest of what it says (a "not" of something else
            # may still set the claim's words against it: "caused by fuel costs, not by the
            # terminal")
            comp = replace(comp, findings=[f for f in comp.findings if f.kind != "negation"])
            v = rule_view(comp, similarity, settings)
            judgement = _judged(comp, v, similarity, nli, learned, settings)
            _weigh_atoms(judgement, claim, comp, v, similarity, learned, window, settings)
            judgement.reasons = [
                *judgement.reasons,
                "the negation is in a clause about something else: read without it",
            ]
        _not_as_fact(judgement, claim, comp, window, settings)
        _forecast_not_a_record(judgement, claim, comp, window, settings)
        _hearsay_against(judgement, claim, window)
        _another_said_otherwise(judgement, v)
    return judgement


def _another_said_otherwise(j: Judgement, v: RuleView) -> None:
    """A claim of what one party said ("the director said the city never ran out of salt") is
    not contradicted by another party who said something else ("Residents say the city ran out
    of salt in February"): a wrong speaker is a wrong attribution only of the same words. Where
    the passage's speaker and what it says both differ from the claim's, set aside."""
    if j.stance != Stance.CONFLICTS:
        return
    speaker = [f for f in v.conflicts if f.reason.startswith("speaker:") and f.kind != "declined"]
    if speaker and any(not f.reason.startswith("speaker:") for f in v.conflicts):
        _set_aside(j, "another speaker, and other words: what someone else said is not read "
                      "against what the claim's speaker said")  # fmt: skip


def _hearsay_against(j: Judgement, claim: Analysis, window: Window | None) -> None:
    """A conflict read in what unnamed others are said to say ("ESTRADA: Some owners say you
    used their appeals to raise their values") is what some say, not the source's word: set
    aside, and said (a claim that says as much itself is read as usual)."""
    said = HEARSAY.search(window.sentence) if window is not None else None
    if j.stance != Stance.CONFLICTS or said is None or HEARSAY.search(claim.text):
        return
    _set_aside(j, f"what unnamed others are said to say ('{said.group(0).strip(' .:;')}'), "
                  "not the source's word: read it against the claim")  # fmt: skip


def _judged(
    comp: Comparison, v: RuleView, similarity: float, nli: NliReading | None,
    learned: Reading | None, settings: StanceSettings,
) -> Judgement:  # fmt: skip
    """The rules' and the model's stance on a passage, before the claim's atoms are read."""
    scores = _scores(comp, v, similarity, nli, learned, settings)
    gaps: list[str] = []
    stance, score, reasons = _stance(comp, v, scores, settings, gaps)
    return Judgement(
        stance, round(score, 4), list(dict.fromkeys(reasons + comp.variants)),
        round(comp.coverage, 4), bool(comp.hedges), scores.signals,
        [f.reason for f in v.conflicts] if v.conflict >= settings.conflict_min else [], gaps,
    )  # fmt: skip


def _a_turn_as_said(j: Judgement, claim: Analysis, window: Window | None) -> bool:
    """Whether a transcript's turn only shows what its speaker said (the passage is set aside;
    True also for a chair's decision, which needs no more reading). A chair's decision on a
    motion and a public body's staff reporting to it are the body's record."""
    if window is None:
        return False
    if motions.decides(window.sentences, window.anchor):
        # a chair's decision on a motion ("The motion carries, five to two") is the body's
        # act as its meeting records it, not a speaker's word
        j.signals = replace(j.signals, on_record=True)
        return True
    speaker = _turn_speaker(window)
    if speaker is not None and motions.makes_motion(window.sentences, claim.text):
        # "PAUL DRISCOLL: ... I move that we approve the host agreement": saying it is
        # making the motion, and the transcript records that it was made
        j.signals = replace(j.signals, on_record=True)
        j.reasons = [*j.reasons, "a motion made at the meeting: the words are the act"]
        return False
    if speaker is not None and STAFF_TURN.match(speaker) and not _another_subject(claim, speaker):
        # a public body's staff reporting to it ("IT DIRECTOR SAM REYES: ...") give the
        # agency's formal report, evidence unless a record or an independent source differs
        j.signals = replace(j.signals, on_record=True)
        j.reasons = [*j.reasons, "a report to a public body at its meeting: a formal report"]
    elif (
        speaker is not None
        and INTRODUCES_GUEST.search(window.sentence)
        and names_a_title(claim.text)
    ):
        # "HOST: My guest today is Marisol Penn, executive director of the Turnpike
        # Authority": the program's word for who its guest is, as a story's would be
        j.signals = replace(j.signals, on_record=True)
        j.reasons = [*j.reasons, "a host's introduction of a guest: the program's word for "
                                 "the guest's title"]  # fmt: skip
    elif speaker is not None and not ATTRIBUTION.search(claim.text):
        # "VARGA: We have put 1,200 more police on the streets": a transcript records that
        # a speaker said it; that it is so needs a source of its own.
        _set_aside(j, "a speaker's own words in a transcript: evidence that they said it, "
                      "not that it is so", as_reported=True)  # fmt: skip
        return True
    return False


# A host's words that introduce the program's guest: "My guest today is", "Joining me now is",
# "With me today is"
INTRODUCES_GUEST = re.compile(
    r"\b(?:(?:my|our)\s+guests?|joining\s+(?:me|us)|with\s+me)\b[^.?!]{0,25}?\b(?:is|are)\b",
    re.IGNORECASE,
)


def _own_plan_of(claim: Analysis, carrying: list[str], window: Window | None) -> bool:
    """Whether the passage is the claim's party's own plan or request in its own words; not
    where a named speaker's turn says it and the claim names another person ("SUPERINTENDENT
    DANIEL OKORO: We are asking for $85,000" of "Board chair Lucia Ferrante asked ...")."""
    if not any(own_plan(claim.text, c) for c in carrying) and not (
        window is not None and plans_own(claim.text, window.sentence, window.title)
    ):
        return False
    if window is not None and RANKS_ITSELF.search(window.sentence):
        return False  # ("we will pay more in taxes than any other employer": a boast)
    speaker = _turn_speaker(window)
    if speaker is None or NAMED_TURN.match(speaker) is None:
        return True
    # (a person the claim names by office: "Board chair Lucia Ferrante", not a body the
    # speaker may speak for: "Brenna Foods expects")
    titled = any(t.lower in TITLES for t in claim.tokens)
    return not (titled and _another_subject(claim, speaker))


def _own_act_of(claim: Analysis, window: Window | None, hedged: list[str] | None = None) -> str:
    """Why the passage is its document's party's own report, accepted unless a record or an
    independent source differs: the claim's act in its own voice (``own_act``), or a plain
    fact with no praise, judgement, hedge or count of how things stand
    (``own_act.reports_plainly``); "" for neither, and for a transcript's turn, which records
    what was said, or a headline, which tells the story in a line."""
    if window is None or _turn_speaker(window) is not None:
        return ""
    if reports_own_act(claim.text, window.sentence, window.title):
        return "a party's report of its own act, in its own words"
    if names_a_title(claim.text):
        return "a party's own word for the title of whom it names"
    if (
        window.sentence.strip() != window.title.strip() and not ranks(claim.text)
        and reports_plainly(window.sentence, hedged)
    ):  # fmt: skip
        return "a party's plain statement of fact, in its own words"
    return ""


def _turn_speaker(window: Window | None) -> str | None:
    """The transcript turn's opening, with its speaker's label, that the passage is in."""
    if window is None:
        return None
    turn = [window.turn, *window.sentences[: window.anchor + 1]]
    return next((x for x in reversed(turn) if SPEAKER.match(x)), None)


def _another_subject(claim: Analysis, speaker: str) -> bool:
    """Whether the claim says a named person did what a turn of another speaker says
    ("Board chair Lucia Ferrante asked for $85,000" of "SUPERINTENDENT DANIEL OKORO: We are
    asking for $85,000")."""
    p = parse.parse(claim.text)
    label = speaker.split(":", 1)[0].upper()
    for verb in p.main_verbs():
        s = p.subject(verb)
        if s is not None and s.pos == "PROPN" and s.text.upper() not in label:
            return True
    return False


def _set_aside(j: Judgement, reason: str, as_reported: bool = False) -> None:
    """The passage neither supports nor conflicts after all; ``as_reported``: it still
    carries the claim (planned, reported or said), for trace and "first reported"."""
    j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
    j.reasons = [*j.reasons, reason]
    if as_reported:
        j.signals = replace(j.signals, as_reported=True)


# Hedges that do not look ahead: what a thing is ("the tentative agreement", "a preliminary
# survey found no fault"), or what a speaker said would be ("said it would oppose"), which
# reports a stance as much as a forecast.
NOT_AHEAD = ATTRIBUTIVE | {"would", "asked", "has asked", "have asked", "requested"}


def _forecast_not_a_record(
    j: Judgement, claim: Analysis, comp: Comparison, window: Window | None,
    settings: StanceSettings,
) -> None:  # fmt: skip
    """A claim that something was done is not contradicted by a source that only expected,
    planned or hedged the opposite before it ("a majority is prepared to reject the deal",
    said before the vote, against "voted 3-2 to approve the deal"): what was expected is no
    record of what was done. The passage is shown and set aside; a figure's conflict stays
    (a plan's figure against a count is read by ``counted``)."""
    if window is None or j.stance != Stance.CONFLICTS or claim.hedges or is_planned(claim.text):
        return
    if any(
        f.kind in FIGURE_KINDS or f.kind in ("date", "pending")
        for f in comp.findings
        if not f.supports
    ):  # (a source that says the act is still to come is the point: "not yet")
        return
    stems = frozenset(t.stem for t in claim.content)
    about = _clauses_about(claim, [window.sentence], settings.clause_about)
    hedged = [
        h
        for h in dict.fromkeys(h for c in about for h in hedges(c, stems) if h not in NOT_AHEAD)
        if not in_a_clause_of_its_own(window.sentence, h, comp.matched)
    ]  # (not "... on any day the weather service forecasts a high of 95")
    if hedged:
        shown = ", ".join(f"'{h}'" for h in hedged)
        _set_aside(j, f"a forecast, not a record: the source says it was expected or "
                      f"uncertain ({shown}); the claim says it happened")  # fmt: skip


def _clauses_about(
    claim: Analysis, sentences: list[str], share: float, names: bool = True, skip: int = -1
) -> list[list[Token]]:
    """The tokens of each clause of ``sentences`` that states at least ``share`` of the
    content words of the claim, or of one of its parts ("FSD is available in China" of "FSD
    is available in China, Tesla's second-largest market"): the clauses a hedge or a
    negation must stand in to count. ``names=False`` leaves the claim's names out (a clause
    may name its subject with "she" or "the company"); a sentence that opens with "it" names
    the subject of the sentence before. ``skip``: a sentence read for that, whose clauses are
    not returned."""
    words = claim.content if names else [t for t in claim.content if t not in claim.names]
    parts = _claim_parts(claim.text, frozenset(t.key for t in words))
    out = []
    opening: set[str] = set()  # the first clause of the sentence before: where its subject is
    for i, sentence in enumerate(sentences):
        before: set[str] = set()
        earlier: set[str] = set()  # every clause before in the sentence: what "them" may be
        for k, clause in enumerate(clauses(sentence)):
            tokens = tokenize(clause)
            said = {t.key for t in tokens}
            if tokens and tokens[0].lower in SUBJECT_PRONOUNS:
                # "...; they were not ordered out": the clause's subject is the one before;
                # "The 2023 inspection recorded corrosion. // It did not record cracks.": a
                # sentence's "it" is the subject of the sentence before
                said |= before if k else opening
            elif (
                k
                and tokens
                and (
                    any(t.lower in OBJECT_PRONOUNS for t in tokens[1:]) or tokens[-1].lower == "it"
                )
            ):
                # "Tipped workers are covered like everyone else: the council did not exempt
                # them": the clause's "them" is what a clause before it is about ("two beaches
                # are in the park, which the state runs; staff did not close them")
                said |= earlier
            before = {t.key for t in tokens}
            earlier |= before
            if k == 0:
                opening = before
            if i != skip and any(len(keys & said) / len(keys) >= share for keys in parts):
                out.append(tokens)
    return out


SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
# ... and the pronouns that are only objects ("it" is one where it ends its clause: "did not
# approve it", not "said it would")
OBJECT_PRONOUNS = frozenset({"them", "him"})


@lru_cache(maxsize=4096)
def _claim_parts(text: str, whole: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The claim's content-word keys, whole and by clause (a part of two or more words)."""
    parts = [whole]
    if len(clauses(text)) > 1:
        parts += [frozenset(t.key for t in tokenize(c) if t.key in whole) for c in clauses(text)]
    return tuple(k for k in parts if len(k) >= min(2, len(whole)))


def _corrected(j: Judgement, claim: Analysis, window: Window | None) -> bool:
    """ "A story incorrectly stated that storage had fallen to 19 per cent": the source
    states the claim only to say it was wrong (whatever the story hedged): a conflict."""
    after = list(window.sentences) if window is not None else []
    corrected = next(
        (
            m for c in _stating_specifics(j, window)
            if (m := _corrects_it(claim, c, after[after.index(c) + 1 :] if c in after else []))
        ),
        None,
    )  # fmt: skip
    if corrected is None or report_wrong_cue(claim.text) is not None:
        return False
    j.stance = Stance.CONFLICTS
    j.signals = replace(j.signals, corrects=True)
    j.reasons = [*j.reasons, f"a correction: the source says this was wrong "
                             f"('{corrected.group(0)}')"]  # fmt: skip
    return True


def _only_clause_of_the_act(claim: Analysis, sentences: list[str]) -> list[list[Token]]:
    """The one clause of a sentence that has the claim's verb, where its names are in another
    clause: "President Gareth Molina, who was reported last month to be preparing to resign,
    told the trustees ...": a hedge there hedges the act, whoever the clause names."""
    acts = {w.start for w in parse.parse(claim.text).main_verbs()}
    verbs = {t.key for t in claim.content if t.start in acts and t not in claim.names}
    out = []
    for sentence in sentences:
        parts = [tokenize(c) for c in clauses(sentence)]
        having = [ts for ts in parts if verbs & {t.key for t in ts}]
        if len(having) == 1:
            out.append(having[0])
    return out


def _figure_clauses(j: Judgement, sentences: list[str]) -> list[list[Token]]:
    """The clauses that give the claim's figures as the source words them ("The proposal
    would pay for 40 new officer positions"): a hedge there hedges the figure, however few of
    the claim's other words the clause has."""
    said = [
        a.source for a in (j.checked.atoms if j.checked else [])
        if a.kind == AtomKind.FIGURE and a.status == AtomStatus.FOUND and a.source
    ]  # fmt: skip
    return [
        tokenize(c) for s in sentences for c in clauses(s) if any(x in c for x in said)
    ]  # fmt: skip


def _after_correction_cue(sentence: str) -> str:
    """What a sentence says in its own voice after a correction cue: the sentences after the
    cue's own ("A story ... said X. It adds 20 school nurses." -> "It adds 20 school
    nurses."), or nothing (all of it is the story's words)."""
    cue = report_wrong_cue(sentence)
    if cue is None:
        return sentence
    parts = SENTENCE_BREAK.split(sentence[cue.end() :])
    return " ".join(parts[1:])


def _naming_only(j: Judgement, window: Window | None) -> list[str]:
    """The window's sentences that give the checklist only a name of the claim ("... at
    Kessler Road by June 2027"), where another sentence gives it the rest."""
    if window is None or j.checked is None:
        return []
    given: dict[int, set[AtomKind]] = {}
    for atom, w in zip(j.atoms, j.checked.where, strict=True):
        if w >= 0:
            given.setdefault(w, set()).add(atom.kind)
    if len(given) < 2:
        return []
    return [
        window.sentences[w] for w, kinds in given.items()
        if kinds == {AtomKind.ACTOR} and w < len(window.sentences)
    ]  # fmt: skip


def _only_in(hedge: str, naming: list[str], carrying: list[str]) -> bool:
    """Whether a hedge stands only in sentences that give the claim a name: it hedges what
    they say ("We will replace it ... at Kessler Road"), not the claim the others state."""
    holding = [c for c in carrying if hedge.lower() in c.lower()]
    return bool(holding) and all(c in naming for c in holding)


def _carrying(j: Judgement, window: Window | None) -> list[str]:
    """The window's sentences that state the claim: the retrieved one and those the
    checklist cites (not a neighbour that says something else)."""
    if window is None:
        return []
    where = {window.anchor, *(w for w in (j.checked.where if j.checked else []) if w >= 0)}
    return [window.sentences[w] for w in sorted(where) if w < len(window.sentences)]


# A correction that names what was wrong rather than quoting it: "gave the wrong vote count",
# "misstated the date of the meeting", "an incorrect figure for": a number or a date.
NAMES_A_NUMBER = re.compile(
    r"^\s*(?:(?:the|an?)\s+)?(?:wrong|incorrect|inaccurate|erroneous|(?:the\s+)?(?=number|date))"
    r"\s*(?:[a-z-]+\s+){0,2}?(?:count|number|figure|total|tally|amount|price|cost|date|day|"
    r"year|percentage|share|rate|score|margin|time)s?\b",
    re.IGNORECASE,
)


PRONOUN_FIRST = re.compile(r"^\s*(?:it|he|she|they)\b", re.IGNORECASE)


def _corrects_it(
    claim: Analysis, sentence: str, following: list[str] | None = None
) -> re.Match[str] | None:
    """The correction cue of a sentence that says the claim was wrong. Where the claim gives
    a figure, that figure must stand after the cue ("incorrectly stated that fares rose 12%"),
    not only before it, in the headline the correction quotes ("... below 30 per cent ...")
    incorrectly stated that storage had fallen to 19 per cent")."""
    m = report_wrong_cue(sentence)
    figures = [q for q in claim.quantities if q.kind != "label"]  # "Stage 3" is a name
    if m is None:
        return None
    if not figures:
        # The cue's own sentence must say something of the claim that the sentences after it
        # (the right version) do not: "misidentified Paul Okonkwo. He is the safety director,
        # not ..." does not correct "Okonkwo is the safety director"; "said the area was
        # evacuated. Residents were advised to leave" corrects "were ordered to evacuate".
        own, right = _wrong_and_right(sentence[m.end() :], following)
        if NAMES_A_NUMBER.search(own) and not claim.dates:
            return None  # "gave the wrong vote count": a number was wrong, the claim has none
        if not right:
            return m
        words = {t.key for t in claim.content if not is_name(t)}
        told = {t.key for x in right for t in tokenize(x)}
        wrong = {t.key for t in tokenize(own)}
        names = {t.key for t in claim.content if is_name(t)} & (told | wrong)
        if names and names <= told and not names & wrong:
            # the claim names whom the right version gives, and what was wrong does not:
            # "misidentified the member who voted against the ordinance. Councilmember Tess
            # Marrow cast the lone vote against it" does not correct "Marrow was the only
            # member to vote against" (whether she did is for the right version to say)
            return None
        if any(PRONOUN_FIRST.match(x) for x in right):
            # the right version names the claim's subject with a pronoun ("it opened in 1958")
            root = parse.parse(claim.text).root
            told |= {t.key for t in claim.content if root is not None and t.start < root.start}
        return m if (words & {t.key for t in tokenize(own)}) - told else None
    after = analyse(sentence[m.end() :]).quantities
    # (the claim's figure itself: "paid less than $17 an hour" states no wage of $13.50)
    said = any(
        qty.same_unit(q, x) and qty.agrees(q, x) and (q.is_bound or not x.is_bound)
        for q in figures for x in after
    )  # fmt: skip
    return (
        m if said and not _takes_the_right_version(claim, sentence[m.end() :], following) else None
    )


def _wrong_and_right(corrected: str, following: list[str] | None) -> tuple[str, list[str]]:
    """What a correction says after its cue: the part that was wrong (the cue's own sentence)
    and the right version (the sentences after it, the rest of the window, and what follows
    a semicolon: "said the bridge was built in 1961; it opened in 1958")."""
    own, *right = SENTENCE_BREAK.split(corrected)
    own, *fixed = own.split("; ", 1)
    return own, fixed + right + (following or [])


def _takes_the_right_version(claim: Analysis, corrected: str, following: list[str] | None) -> bool:
    """Whether the claim says what a correction gives as right, beside the figure it repeats:
    "misidentified the center that answered 84% of calls. It was the sheriff's center, not
    Marlow's" does not correct "the sheriff's center answered 84%" (the claim's "sheriff's"
    is in the right version, not in what was wrong)."""
    own, right = _wrong_and_right(corrected, following)
    if not right:
        return False
    words = {t.key for t in claim.content if not is_name(t)}
    told = {t.key for x in right for t in tokenize(x)}
    return bool((words & told) - {t.key for t in tokenize(own)})


def _stating_specifics(j: Judgement, window: Window | None) -> list[str]:
    """The window's sentences that give the claim's figures or dates (the retrieved one where
    the claim has none): a correction's cue there says the claim was wrong ("incorrectly
    stated that storage had fallen to 19 per cent"); a correction's lead before a sentence that
    gives the right figure ("misstated the number of nurses. The notice lists 40") does not."""
    if window is None:
        return []
    atoms, where = (j.checked.atoms, j.checked.where) if j.checked else ([], [])
    specific = {
        w for a, w in zip(atoms, where, strict=True)
        if a.kind in (AtomKind.FIGURE, AtomKind.DATE) and w >= 0
    }  # fmt: skip
    return [window.sentences[w] for w in sorted(specific or {window.anchor})]


def _negation_in_scope(
    j: Judgement, claim: Analysis, v: RuleView, window: Window | None, settings: StanceSettings
) -> bool:
    """A conflict that rests on a negation alone counts only when a negated clause is one
    that states the claim ("..., although the mayor did not attend" does not negate "the
    council approved the budget"): True where the negation is of something else, for the
    passage to be judged without it. A claim that there is no evidence of something is not
    contradicted by a passage that asserts it."""
    if j.stance != Stance.CONFLICTS or {f.kind for f in v.conflicts} != {"negation"}:
        return False
    if UNPROVEN.search(claim.text):
        _set_aside(j, "set aside: the claim says there is no evidence, which a passage "
                      "asserting it does not contradict")  # fmt: skip
        return False
    if negation_cues(claim.tokens):
        # the claim negates, the passage affirms: the rules' reading stands where a clause of
        # the passage states what the claim denies ("Keelson has never lost money for a
        # pension client" is not answered by "Keelson ... manages $6.8 billion for pensions")
        said = [window.sentence] if window is not None else []
        stated = _clauses_about(claim, said, settings.clause_about, names=False)
        if said and not any(not negation_cues(c) for c in stated):
            _set_aside(j, "set aside: the passage does not state what the claim says did not "
                          "happen")  # fmt: skip
        return False
    if window is not None and _none_of_any(claim, window):
        return False  # ("No one was killed in the fire": of whoever the claim names)
    sentences = _carrying(j, window) or ([window.sentence] if window is not None else [])
    # (with the claim's names, or without them: "she did not cast a deciding vote")
    about = _clauses_about(claim, sentences, settings.clause_about) + _clauses_about(
        claim, sentences, settings.clause_about, names=False
    )
    words = {t.key for t in claim.content}
    if any(
        negation_cues(c) and not _contrasted_away(c, sentences, words)
        and not _negates_a_stance(c, words)
        for c in about
    ):  # fmt: skip
        return False
    _set_aside(j, "set aside: the negation is in a clause about something else")
    return True


# Verbs of a speaker's stance towards a thing: "I do not support putting 212 apartments on
# that lot" says what the speaker favours, not that the lot will not have them.
STANCE_VERBS = frozenset(
    {"support", "favor", "favour", "back", "endorse", "like", "welcome", "want", "recommend",
     "advocate", "oppose"}
)  # fmt: skip


def _negates_a_stance(clause: list[Token], words: set[str]) -> bool:
    """Whether the clause's negation falls on a verb of stance the claim does not use ("do
    not support putting ..."), which leaves what the claim says happened unnegated."""
    for i, t in enumerate(clause):
        if t.lower in ("not", "n't", "never"):
            after = [x for x in clause[i + 1 : i + 3] if x.lower not in ("really", "ever")]
            return bool(after) and after[0].lower in STANCE_VERBS and after[0].key not in words
    return False


def _contrasted_away(clause: list[Token], sentences: list[str], words: set[str]) -> bool:
    """Whether a negated clause is a contrast ("He is the safety director, not its operations
    director") whose "not" denies only what it adds: none of the claim's words stands in it
    that the clause before it does not state."""
    if not clause or clause[0].lower != "not":
        return False
    for sentence in sentences:
        parts = [tokenize(c) for c in clauses(sentence)]
        for before, this in zip(parts, parts[1:], strict=False):
            if [t.key for t in this] == [t.key for t in clause]:
                stated = {t.key for t in before}
                return not ({t.key for t in clause} & words) - stated
    return False


def _unanswered(window: Window | None) -> str:
    """The window's sentence, or "" where it is a question read with the turn that answers it
    ("THE CLERK: ... how do you find the defendant? // THE FOREPERSON: Guilty."): the two
    state what the answer says."""
    if window is None:
        return ""
    nxt = window.sentences[window.anchor + 1] if window.anchor + 1 < len(window.sentences) else ""
    return "" if asks_turn(window.sentence) and short_answer(nxt) else window.sentence


def _no_statement(j: Judgement, claim: Analysis, sentence: str) -> bool:
    """Set a passage aside (and say so) when its sentence states nothing of the claim: a
    question; "no evidence that X" against X (unproven, not false); a sentence that disputes
    another finding ("A separate poll ... found the reverse")."""
    if j.stance != Stance.NEUTRAL and sentence.rstrip().rstrip('"\u201d').endswith("?"):
        _set_aside(j, "a question, not a statement: it neither supports nor conflicts")
        return True
    if (
        j.stance == Stance.CONFLICTS
        and UNPROVEN.search(sentence)
        and not UNPROVEN.search(claim.text)
        # (a claim of what a search found, "The audit found that other employees took part",
        # is answered by "We found no evidence that ... took part")
        and not (FOUND_THAT.search(claim.text) and FOUND_NONE.search(sentence))
    ):
        _set_aside(j, "unproven, not false: the source says there is no evidence or no "
                      "confirmation of it")  # fmt: skip
        return True
    disputing = DISPUTED.search(sentence)
    if j.stance == Stance.SUPPORTS and disputing and not DISPUTED.search(claim.text):
        # the sentence disagrees with a finding before it; whatever words it shares with the
        # claim, it does not state it
        _set_aside(j, f"the source disputes another finding here ('{disputing.group(0)}'): "
                      "read it against the claim")  # fmt: skip
        return True
    return False


# A claim of what a search found ("The audit found that ..."), and a finding of none.
FOUND_THAT = re.compile(r"\b(?:found|concluded|determined|showed|established)\s+that\b", re.I)
FOUND_NONE = re.compile(r"\b(?:found|find|uncovered)\s+no\s+(?:evidence|sign|proof)\b", re.I)


# A claim about a proposal is about what was asked for too ("its proposal to abolish the fee").
PROPOSED = re.compile(r"\bpropos\w*", re.IGNORECASE)


#: Hedges that say only that a thing may happen: no plan, no expectation.
POSSIBLE = frozenset({"could", "may", "might", "could be", "may be", "might be", "possibly"})


def _only_possible(j: Judgement, claim: Analysis, hedged: list[str]) -> bool:
    """Whether a planned claim ("plans to cut down 5,000 trees") meets in the source only a
    possibility ("the city could cut as many as 5,000 trees"), and says none itself: set
    aside, and said."""
    if not (
        hedged and claim.hedges and is_planned(claim.text)
        and all(h.lower() in POSSIBLE for h in hedged)
        and not any(h.lower() in POSSIBLE for h in claim.hedges)
    ):  # fmt: skip
        return False
    shown = ", ".join(f"'{h}'" for h in hedged)
    _set_aside(j, f"not as a plan: the source says only that it may happen ({shown}); the "
                  "claim says it is planned", as_reported=True)  # fmt: skip
    return True


def _hedged(
    claim: Analysis, comp: Comparison, carrying: list[str], about: list[str],
    stems: frozenset[str],
) -> list[str]:  # fmt: skip
    """The hedges of the clauses about the claim (or the comparison's), each said of the
    claim's act: a hedge of another clause ("and now expects to finish 1,800") is not its."""
    if not carrying:
        return list(comp.hedges)
    hedged = dict.fromkeys([*(h for c in about for h in hedges(c, stems)),
                            *(h for c in carrying for h in headline_plan(c))])  # fmt: skip
    return [h for h in hedged if all(hedge_governs(claim, c, h, comp.matched) for c in carrying)]


def _said_otherwise_around(j: Judgement, claim: Analysis, window: Window | None) -> bool:
    """Whether the sentences around the passage take its support back: the next one disputes
    it, a motion was moved and not carried, or it is a correction's note of what was wrong."""
    return (
        _disputed_next(j, claim, window) or _moved_not_carried(j, claim, window)
        or _wrong_noted(j, window)
    )  # fmt: skip


def _wrong_noted(j: Judgement, window: Window | None) -> bool:
    """A correction's note of what a story had wrong ("A May 1 story ... gave the wrong title
    for a board member") states nothing; the right version is in the sentences after it, each
    read on its own. Set aside, and said, unless a sentence after it in the window states a
    part of the claim."""
    note = WRONG_NOTE.search(window.sentence) if window is not None else None
    after = [w for w in (j.checked.where if j.checked else []) if window and w > window.anchor]
    if note is None or after:
        return False  # (the right version after it states a part: "It will rise to $88")
    _set_aside(j, f"a correction's note of what was wrong ('{note.group(0)}') states nothing; "
                  "the sentences after it give the right version")  # fmt: skip
    return True


def _disputed_next(j: Judgement, claim: Analysis, window: Window | None) -> bool:
    """A figure reported as someone's ("District officials say the change will save $3
    million a year.") that the next sentence disputes or puts otherwise ("A July memo from
    the county budget office ... put the likely saving far lower."): the passage shows what
    was said and that it is disputed, not that it is so. Set aside, and said."""
    if window is None or not claim.quantities or window.anchor + 1 >= len(window.sentences):
        return False
    nxt = window.sentences[window.anchor + 1]
    said = REPORTED.search(window.sentence) or SAY.search(window.sentence)
    if not said or REPORTED.search(claim.text) or SAY.search(claim.text):
        return False
    disputing = DISPUTED.search(nxt) or PUT_OTHERWISE.search(nxt)
    if disputing is None:
        return False
    _set_aside(j, f"disputed: the next sentence says otherwise ('{disputing.group(0)}'); read "
                  "it against the claim")  # fmt: skip
    return True


SAY = re.compile(r"\b(?:say|estimate|claim|contend|insist)\b", re.IGNORECASE)
# Another source's estimate said against a figure before it: "put the likely saving far
# lower", "estimated the cost at much more"
PUT_OTHERWISE = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|pegged|pegs|placed|places)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:(?:far|much|well|considerably|significantly|substantially)\s+)?"
    r"(?:lower|higher|smaller|larger|less|more)\b",
    re.IGNORECASE,
)


def _not_as_fact(
    j: Judgement, claim: Analysis, comp: Comparison, window: Window | None,
    settings: StanceSettings,
) -> None:  # fmt: skip
    """A claim stated as fact is not supported by a source that only plans, expects or hedges
    it ("would", "plans to", "is expected to"), a speaker's own words in a transcript, an
    assertion, a denial or a rumour; a question states nothing; "no evidence that X" is not
    a conflict. The passage is shown, and the claim is left for a human to read against it."""
    sentence = window.sentence if window is not None else ""
    if _may_be_corrected(j) and _corrected(j, claim, window):
        return
    if _no_statement(j, claim, _unanswered(window)) or j.stance != Stance.SUPPORTS:
        return
    if _said_otherwise_around(j, claim, window):
        return
    # what a correction says the story said ("A story about the tentative agreement said")
    # is the story's words, not the correction's: its hedges are not the source's
    carrying = [_after_correction_cue(c) for c in _carrying(j, window)]
    stems = frozenset(t.stem for t in claim.content)
    about = [
        *_clauses_about(claim, carrying, settings.clause_about),
        *_figure_clauses(j, carrying),
        *_only_clause_of_the_act(claim, carrying),
    ]
    naming = _naming_only(j, window)
    hedged = _hedged(claim, comp, carrying, about, stems)
    hedged = [h for h in hedged if not _only_in(h, naming, carrying)]
    governing = hedged  # (a plan is no plain fact, whatever the claim's own modality)
    if is_planned(claim.text):
        # "is cutting 400 jobs" and "will cut 400 jobs" say the same arrangement
        backshifted = any(BACKSHIFTED.search(c) for c in carrying)
        hedged = [
            h for h in hedged if h not in PLAIN_FUTURE and not (h == "would" and backshifted)
        ]  # fmt: skip
    if _asked_for(j, claim, hedged) or _only_possible(j, claim, hedged):
        return
    if hedged and not claim.hedges:
        shown = ", ".join(f"'{h}'" for h in hedged)
        _set_aside(j, f"not as a fact: the source says it is planned, expected or uncertain "
                      f"({shown}); the claim says it happened", as_reported=True)  # fmt: skip
        return
    if _own_plan_of(claim, carrying or [sentence], window):
        # "A: We plan to open an outpatient center by 2027": a party's own plan, in its own
        # voice, is the evidence of what it plans (not of what it has done)
        j.signals = replace(j.signals, own_plan=True)
        j.reasons = [*j.reasons, "a party's own plan, in its own words: evidence of the plan"]
        return
    if own := _own_act_of(claim, window, governing):
        j.signals = replace(j.signals, own_report=own)
    if _a_turn_as_said(j, claim, window):
        return
    checked = _checked_after(j, claim, window)
    if checked and not ATTRIBUTION.search(claim.text):
        # "X said burglaries had doubled. Police figures show ...": the source reports the
        # statement to check it against the record; what the record says is the evidence.
        _set_aside(j, f"reported, then checked against the record in the next sentence "
                      f"('{checked.group(0)}'): read it", as_reported=True)  # fmt: skip
        return
    asserted = ASSERTED.search(sentence)
    denied = DENIAL.search(sentence) or asserted
    if (
        denied and not DENIAL.search(claim.text)
        # (not a denial in a clause of its own: "began on November 9, after a judge denied
        # the group's request for an injunction")
        and not in_a_clause_of_its_own(sentence, denied.group(0), comp.matched, outside=True)
    ):  # fmt: skip
        # an assertion still carries the claim (trace); a denial does not
        _set_aside(j, f"not as a fact: the source says '{denied.group(0)}' of it",
                   as_reported=bool(asserted and not DENIAL.search(sentence)))  # fmt: skip


def _asked_for(j: Judgement, claim: Analysis, hedged: list[str]) -> bool:
    """ "Turbines applied for: 84" against "will have 84 turbines": what was asked for is not
    what will be, whatever the claim's own modality. Set aside, and said."""
    asked = [h for h in hedged if ASKING.search(h) and h not in claim.hedges]
    if not asked or ASKING.search(claim.text) or PROPOSED.search(claim.text):
        return False
    shown = ", ".join(f"'{h}'" for h in asked)
    _set_aside(j, f"not as a fact: the source says it was asked for ({shown}), not that it was "
                  "granted", as_reported=True)  # fmt: skip
    return True


# A sentence that says it happened to no one: "No one was killed in the fire.", "Nobody was
# hurt", "No residents were evacuated"
NONE_OF_ANY = re.compile(
    r"^\W*(?:no\s+one|nobody|no\s+[a-z]+s)\s+(?:was|were|has|have|had)\b", re.I
)
# ... and a claim that it happened to some: "A firefighter was killed", "Two workers were hurt"
SOME_OF_ANY = re.compile(
    r"^\W*(?:an?|one|two|three|four|five|several|some|\d+)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]+)",
    re.I,
)


def _none_of_any(claim: Analysis, window: Window) -> bool:
    """Whether the window's sentence says the claim's event happened to no one ("No one was
    killed in the fire.") where the claim says it happened to some ("A firefighter was
    killed fighting the Sawtooth Fire"): its "no one" covers whoever the claim names, so the
    claim's other words are no sign of another event."""
    some = SOME_OF_ANY.match(claim.text)
    if some is None or NONE_OF_ANY.match(window.sentence) is None:
        return False
    return stem(some["verb"].lower()) in {t.stem for t in tokenize(window.sentence)}


def _may_be_corrected(j: Judgement) -> bool:
    """Whether a passage may be a correction of the claim: one that supports it (a
    correction's cue there says it was wrong), or one that states every figure and date of
    the claim, a figure among them ("misidentified the dispatch center that answered 84% of
    calls ... It was the sheriff's": the claim's figures restated to say they were
    another's)."""
    if j.stance == Stance.SUPPORTS:
        return True
    if j.stance != Stance.NEUTRAL:
        return False
    specific = [
        a for a in (j.checked.atoms if j.checked else [])
        if a.kind in (AtomKind.FIGURE, AtomKind.DATE)
    ]  # fmt: skip
    figures = [a for a in specific if a.kind == AtomKind.FIGURE]
    # (a figure: only a figure restated after a correction's cue says which was wrong)
    return bool(figures) and all(a.status == AtomStatus.FOUND for a in specific)


def _moved_not_carried(j: Judgement, claim: Analysis, window: Window | None) -> bool:
    """A motion says what a member moved be done ("Council Member Dupree moved to raise the
    annual registration fee to $500"), not that it was: for a claim that speaks of no motion,
    proposal or vote, it is evidence only where the decision after it says it carried."""
    if window is None or motions.MOTION_TALK.search(claim.text):
        return False
    # (the sentence that gives the claim's figures, or the anchor: "3. Mooring permits." may
    # head the motion the window reads on to)
    atoms, where = (j.checked.atoms, j.checked.where) if j.checked else ([], [])
    said = {
        w for a, w in zip(atoms, where, strict=True)
        if a.kind in (AtomKind.FIGURE, AtomKind.DATE) and w >= 0
    }  # fmt: skip
    moved = [i for i in sorted(said or {window.anchor}) if motions.proposes(window.sentences[i])]
    if not moved:
        return False
    outcome = motions.carried(window.sentences, moved[0])
    if outcome:
        return False
    how = "it failed" if outcome is False else "the passage does not say that it carried"
    _set_aside(j, f"not as a fact: a member moved it, and {how}", as_reported=True)
    return True


def _checked_after(j: Judgement, claim: Analysis, window: Window | None) -> re.Match[str] | None:
    """Where a sentence that states the claim reports it as someone's ("X said ...") and a
    later sentence of the window checks it against the record ("Police figures show ..."),
    the words that check it. The check must be about what the claim says (a word of it that
    is not a name): "figures show 318,000 passengers" checks no promise of Sunday sailings."""
    if window is None:
        return None
    where = {window.anchor, *(w for w in (j.checked.where if j.checked else []) if w >= 0)}
    # each window sentence's own sentences (a line the segmenter kept whole may hold several)
    parts = [(i, x) for i, s in enumerate(window.sentences) for x in SENTENCE_BREAK.split(s)]
    said = next(
        (k for k, (i, x) in enumerate(parts) if i in where and REPORTED.search(x)), None
    )  # fmt: skip
    if said is None:
        return None
    words = {
        t.key for t in claim.content if not is_name(t) or opens_sentence(claim.text, t)
    }  # fmt: skip
    return next(
        (
            m for _, x in parts[said + 1 :]
            if (m := CHECKED.search(x)) and words & {t.key for t in tokenize(x)}
        ),
        None,
    )  # fmt: skip


def _scores(
    comp: Comparison, v: RuleView, similarity: float, nli: NliReading | None,
    learned: Reading | None, settings: StanceSettings,
) -> _Scores:  # fmt: skip
    """The rules' scores, or the learned model's where it applies, blended with an NLI model."""
    reasons: list[str] = []
    signals = Signals(
        similarity=similarity, coverage=comp.coverage, about=comp.about,
        rule_conflict=v.conflict, rule_support=v.support, hedged=bool(comp.hedges),
        exact=v.exact, missing_specifics=bool(comp.missing_specifics), learned=learned, nli=nli,
        pending=any(f.kind == "pending" and not f.supports for f in comp.findings),
    )  # fmt: skip
    if learned is not None and not v.exact:
        # The model's conflict counts only for a passage about the claim (see min_about).
        sure = learned.conflicts >= settings.learned_conflict_sure
        conflict = learned.conflicts if comp.about >= settings.min_about or sure else 0.0
        support = learned.supports
        thresholds = (settings.learned_conflict_min, settings.learned_support_min, 0.0)
        reasons.append(str(learned))
    else:
        conflict, support = v.conflict, v.support
        thresholds = (settings.conflict_min, settings.support_min, settings.coverage_min)
    if nli is not None:
        if not v.exact:
            conflict = max(conflict, nli.contradiction * v.topical)
            w = settings.nli_weight
            support = (1 - w) * support + w * nli.entailment
        reasons.append(str(nli))
    if comp.missing_specifics:
        # A passage that does not give the claim's figure or date cannot confirm it.
        support = min(support, settings.missing_specifics_cap)
    judged_by_model = not v.exact and (learned is not None or nli is not None)
    return _Scores(conflict, support, *thresholds, reasons, signals, judged_by_model)


def _stance(
    comp: Comparison, v: RuleView, s: _Scores, settings: StanceSettings, gaps: list[str]
) -> tuple[Stance, float, list[str]]:
    """Conflicts, supports or neutral, with the score and the reasons, rules' first; the
    reasons that say what the passage lacks are also put in ``gaps``."""

    def gap(reason: str) -> str:
        gaps.append(reason)
        return reason

    # The rules name a conflict only when they see one; the learned model weighs both sides.
    wins = s.conflict >= s.support - settings.model_conflict_margin if s.judged_by_model else True
    reasons = s.reasons
    if v.conflicts and v.conflict >= settings.conflict_min and s.judged_by_model:
        # A part of the claim the rules name as conflicting (a figure, a date, a name, a
        # negation, the event turned round) is never hidden by the model's reading.
        reasons = [f.reason for f in v.conflicts] + reasons
        if s.conflict < s.support:
            reasons.append("the learned model leans to support; the named conflict decides")
        return Stance.CONFLICTS, max(v.conflict, s.conflict), reasons
    model_alone = s.judged_by_model and not v.conflicts and not settings.model_conflict_alone
    if s.conflict >= s.conflict_min and wins and not model_alone:
        reasons = [f.reason for f in v.conflicts] + reasons
        if not v.conflicts:
            reasons.append(gap("no rule names the difference: read the passage against the claim"))
        return Stance.CONFLICTS, s.conflict, reasons
    if s.conflict >= s.conflict_min and wins:
        # Only the model reads a conflict: not enough for a wrong "false"; shown, not decided.
        reasons = reasons + [
            "the learned model reads a conflict that no part of the claim names: read the "
            "passage against the claim"
        ]
        return Stance.NEUTRAL, max(0.0, 1.0 - s.conflict), reasons
    if s.support >= s.support_min and v.coverage >= s.coverage_min and s.conflict < s.conflict_min:
        # A hedged source ("would", "plans to") supports, weakly: its score is capped.
        hedged = bool(comp.hedges)
        score = min(s.support, settings.hedge_cap) if hedged else s.support
        reasons = [f.reason for f in v.agreements] + reasons + [_coverage_reason(comp, gap)]
        if hedged:
            reasons.append(
                "weak: the source hedges (" + ", ".join(f"'{h}'" for h in comp.hedges) + ")"
            )
        return Stance.SUPPORTS, score, reasons
    reasons = reasons + [_coverage_reason(comp, gap)]
    if comp.missing_specifics:
        shown = ", ".join(comp.missing_specifics[:3])
        reasons.append(gap(f"the passage does not state the claim's figures or dates ({shown})"))
    if comp.conflicts and not v.conflicts:
        reasons.append("a possible conflict was set aside: the passage is about something else")
    return Stance.NEUTRAL, max(0.0, min(1.0, 1.0 - max(s.conflict, s.support))), reasons


def _weigh_atoms(
    j: Judgement, claim: Analysis, comp: Comparison, v: RuleView, similarity: float,
    learned: Reading | None, window: Window | None, settings: StanceSettings,
) -> None:  # fmt: skip
    """Check the claim's atoms in the window and let a complete window support the claim."""
    window = window or Window.single("")
    on_topic = v.topical > 0.5 and comp.about >= settings.min_about
    # the rules' conflicts as the topic check left them (a passage about something else
    # conflicts with no part of the claim)
    comp = replace(comp, findings=[*comp.agreements, *v.conflicts])
    checked = check(
        claim, comp, list(window.sentences), window.anchor, learned,
        settings.learned_support_min, settings.learned_conflict_min if on_topic else NEVER,
        window.published, settings.unaligned_support_min, settings, similarity, window.title,
        bool(window.row),
    )  # fmt: skip
    j.checked = checked
    j.signals = replace(j.signals, complete=checked.complete)
    relation = checked.atoms[-1]
    specific_missing = [a for a in checked.missing if a.kind in (AtomKind.FIGURE, AtomKind.DATE)]
    named = [a for a in checked.conflicts if a.by == "rules"]
    if j.stance == Stance.CONFLICTS and not v.exact and not named and specific_missing:
        # Only the model reads a conflict, in a passage that does not give the claim's figure
        # or date: not enough to call the claim false.
        shown = ", ".join(f"'{a.written}'" for a in specific_missing)
        j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
        j.reasons = [*j.reasons, f"set aside: the passage does not state the claim's {shown}"]
        return
    if (
        j.stance == Stance.CONFLICTS
        and not _none_of_any(claim, window)
        and (not checked.same_event(settings.event_share) or _another_part(claim, comp, checked))
    ):
        # A figure, date, name or negation that differs in a passage that does not state
        # what the claim says happened (or names none of its actors) is about another event:
        # shown for an editor, never a "false".
        gaps = [a for a in checked.missing if a.kind in (AtomKind.RELATION, AtomKind.ACTOR)]
        shown = ", ".join(f"{a.kind.value} '{a.written}'" for a in gaps)
        j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
        j.reasons = [*j.reasons, f"set aside: another event; the passage does not state {shown}"]
        return
    if j.stance == Stance.SUPPORTS and not checked.complete:
        # Support needs every part of the claim: a passage that does not give the claim's
        # figure, date or actor, or does not carry what happens, cannot confirm it.
        gaps = [a for a in checked.atoms if a.status != AtomStatus.FOUND]
        shown = ", ".join(f"{a.kind.value} '{a.written}'" for a in gaps)
        j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
        j.reasons = [*j.reasons, f"not every part of the claim is stated here: {shown}"]
        return
    if not checked.complete or j.stance == Stance.CONFLICTS and v.exact:
        _of_every_one(j, claim, window)
        return
    if j.stance == Stance.CONFLICTS or relation.model_disagrees:
        # The words say the claim is stated; the model reads it otherwise: say so.
        model = str(learned) if learned is not None else "the model"
        j.disagreement = f"every part of the claim is stated here, but {model}; the atoms decide"
    score = max(
        j.score if j.stance == Stance.SUPPORTS else 0.0,
        settings.complete_support + (1 - settings.complete_support) * _sim01(similarity, settings),
    )
    if j.hedged:
        score = min(score, settings.hedge_cap)
    j.stance, j.score = Stance.SUPPORTS, round(score, 4)
    kept = [r for r in j.reasons if r not in j.gaps]
    j.reasons = list(dict.fromkeys([*kept, "every part of the claim is stated in the passage"]))
    _of_every_one(j, claim, window)


def _another_part(claim: Analysis, comp: Comparison, checked: Checked) -> bool:
    """A part of a whole the claim counts by what it says of it ("two of the lake's beaches
    remain under the advisory"), against a part the passage counts by another verb ("lifted
    its advisory at four of the lake's six beaches"): two parts, no conflict."""
    return part_of_another_act(claim, comp) and all(
        a.kind == AtomKind.FIGURE for a in checked.conflicts
    )


def _of_every_one(j: Judgement, claim: Analysis, window: Window) -> None:
    """A claim said of every member of a set ("has risen every year since 2021") is supported
    only by a passage that says it of all of them ("each year", "in a row"), not by one that
    gives two points of the series."""
    every = universal(claim.text)
    if j.stance != Stance.SUPPORTS or not every or UNIVERSAL_SAID.search(window.text):
        return
    j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
    j.reasons = [*j.reasons, f"the claim says '{every}'; the passage does not say it of every one"]


def _coverage_reason(comp: Comparison, gap: Callable[[str], str]) -> str:
    """How much of the claim's words the passage states; what it lacks is a ``gap``."""
    if not comp.unmatched:
        return "all of the claim's content words are in the passage"
    missing = ", ".join(f"'{w}'" for w in comp.unmatched[:5])
    return gap(f"not in the passage: {missing} (coverage {comp.coverage:.0%})")
