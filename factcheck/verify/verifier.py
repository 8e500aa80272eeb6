"""Verify claims against an index: retrieve passages, weigh each, aggregate into a verdict."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .. import config
from ..index.search import Index, check_query
from ..language import motions, parse, series, table
from ..language.answers import reported_reply
from ..language.dates import Date
from ..language.dates import extract as extract_dates
from ..language.names import referred_to, short_names
from ..language.office import named_office, office_claim
from ..language.polarity import (
    CHECKED,
    DISPUTED,
    REPLACES,
    REPORTED,
    SPEAKER,
    asks_turn,
    dates_of_saying,
    is_attribution,
    negation_cues,
    report_wrong_cue,
    short_answer,
    speech_claim,
)  # fmt: skip
from ..language.tokens import STOPWORDS, is_content, is_name, opens_sentence, stem, tokenize
from ..models import (
    Atom,
    AtomKind,
    AtomStatus,
    DateSource,
    Evidence,
    FoundDate,
    Hit,
    Passage,
    Stance,
    Verdict,
    Verification,
    format_citation,
)
from ..provenance.attribution import (
    ANSWER,
    QUESTION,
    interviewee,
    speaker_introduction,
    titled_introduction,
    voiced,
)
from ..provenance.corrects import corrected_date
from ..provenance.kind import (
    SourceKind,
    dateline_lead,
    dateline_place,
    heading,
    sentence_kind,
    source_kind,
)
from ..provenance.origin import first_reported
from ..stance.atoms import DATELINE
from ..stance.engine import CROSS_K, Candidate, ClaimPassages, Judgement, StanceEngine, Window
from ..stance.rules import FIRST_PERSON, NOT_TITLE, Analysis, analyse
from ..stance.settings import DEFAULTS, StanceSettings
from .confidence import load as load_ranker
from .verdict import FIRST_STATED, SELF_REPORTING, aggregate, path_of

EVIDENCE_K = 10  # passages weighed per claim
MIN_SIMILARITY = 0.25  # passages below this are not weighed at all
# Who it happened to, none: "Nobody was hurt", "no one was injured"
NOBODY = re.compile(r"\b(?:no\s+one|nobody|no-one)\b", re.IGNORECASE)
NOBODY_K = 2  # such sentences read beyond the search's own
CONTEXT = 2  # sentences before a passage, read for the names "he" or "the company" stand for
# A claim about a vote, and a sentence that gives one: a count ("4-1", "five to two"), "voted
# no", "unanimously"
VOTE_CLAIM = re.compile(
    r"\b(?:unanimous(?:ly)?|vot(?:e|ed|es|ing)|dissent\w*|\d{1,2}-\d{1,2})\b", re.IGNORECASE
)
VOTE_GIVEN = re.compile(
    r"(?<![\d.,$])\d{1,2}\s*[-\u2013]\s*\d{1,2}(?![\d%])|\bunanimous(?:ly)?\b|"
    r"\bvot(?:ed|ing)\s+(?:no|yes|against|for|in\s+favou?r)\b",
    re.IGNORECASE,
)
OFFICES_K = 2  # sentences that give a claim's office with another name, added for it
NAMED_ROWS_K = 2  # table rows about what a claim with a figure names, added for it
MOTIONS_K = 1  # the motion to do what a claim says a body approved or rejected, added for it
PERIOD_ROWS_K = 1  # a row of a table of periods, for each period a claim compares
NONE_K = 2  # sentences that say there were none of what a claim counts, added for it
VOTES_K = 2  # sentences that give a vote added beyond the search's, for a claim about one
NUMBERED_K = 2  # decisions on measures named by number, added for the item headings found
RESTATING_K = 3  # passages restating the claim's figures added beyond the search's (corrections)
TABLE_ROWS = 8  # rows of a table added under a header the search found
WINDOW = 1  # neighbours on each side read with a passage when in the same paragraph
PARTY_SHARED_WORDS = 2  # words a record's own restatement shares with a party's figure


def _same_paragraph(a: Passage | Hit, b: Passage | Hit) -> bool:
    """b follows a in one paragraph: no blank line between them, same page or DOCX paragraph."""
    return a.page == b.page and a.para == b.para and b.line - a.end_line <= 1


# A turn that opens by saying yes to the question before it: "LINDQVIST: Yes."
AFFIRMED = re.compile(r"^[^:]{1,60}:\s*(?:yes|yeah|correct|that's right|that is right)\b",
                      re.IGNORECASE)  # fmt: skip


# A question that asks for what its answer gives, taking the rest as so: "ITO: When will the
# dam come down?" (not one asked for a yes or a no: "Will the dam come down?")
ASKS_WHAT = re.compile(r"^[^:]{1,60}:\s*(?:when|how\s+(?:much|many|long|soon)|who|where|which)\b",
                       re.IGNORECASE)  # fmt: skip


def _with_question_affirmed(hit: Hit, before: list[Passage]) -> list[Passage]:
    """The sentences before a hit in an answer, with the question it answers where the answer
    opens with "Yes" ("ITO: Has the cost changed? / LINDQVIST: Yes. The estimate is now $7.9
    million"), which says what the question asks ("the cost") is so, or where the question
    asks when, how much or who ("When will the dam come down? / We expect to start in July
    2027"), which the answer fills in. An answer to a question of yes or no that does not say
    yes leaves it open, and is read without it."""
    opening = hit if SPEAKER.match(hit.text) else (before[0] if before else None)
    if opening is None or not SPEAKER.match(opening.text):
        return before
    earlier = hit.before[: len(hit.before) - len(before)] if opening is not hit else hit.before
    if not earlier or not asks_turn(earlier[-1].text):
        return before
    if not AFFIRMED.match(opening.text) and not ASKS_WHAT.match(earlier[-1].text):
        return before
    return [earlier[-1], *before]


def window_of(hit: Hit) -> tuple[Window, list[Passage | Hit]]:
    """The hit with its neighbours in the same paragraph, and the sentences in order; an
    earlier sentence that says a story was wrong ("A story on April 10 ... incorrectly stated
    the date of the increase") is read with the hit, which says how (a correction's lead), and
    a hit that reports what someone said with the sentence after it."""
    # (another speaker's turn is another voice: "CHAIR WHITCOMB: The city will not cut the
    # fee" is not read with the operator's "We are asking the council to cut it")
    before = [
        p for p in hit.before[-WINDOW:]
        if _same_paragraph(p, hit) and not SPEAKER.match(hit.text)
    ]  # fmt: skip
    if motions.OUTCOME.match(hit.text):
        # a chair's decision is read back past the calls to the motion it decides
        earlier = hit.before[: len(hit.before) - len(before)]
        while before and earlier and motions.is_call(before[0].text):
            before.insert(0, earlier.pop())

    before = _with_motion_before(hit, before)
    if (
        hit.before and motions.decides_a_vote(hit.text)
        and motions.states_motion(hit.before[0].text) and hit.before[0] not in before
    ):  # fmt: skip
        before.insert(0, hit.before[0])  # a roll call in a turn of its own, with its motion
    if short_answer(hit.text) and hit.before and asks_turn(hit.before[-1].text):
        # "THE FOREPERSON: Guilty." is the answer to the question before it
        before = [*[p for p in hit.before[-1:] if p not in before], *before]
    before = _with_question_affirmed(hit, before)
    if before and CHECKED.search(hit.text) and REPORTED.search(before[-1].text):
        # the record that checks a statement reported before it is read apart from it ("Dahlgren
        # said burglaries had doubled. // Police figures show ... an increase of about 18%")
        before = []
    lead = [p for p in hit.before if p not in before and report_wrong_cue(p.text)][:1]
    before = [*_antecedent(hit, [*lead, *before]), *before]
    if not before and hit.before and reported_reply(hit.before[-1].text, hit.text):
        before = hit.before[-1:]  # a record's reported question, read with its reply
    # (a question after the hit asks about it and states nothing: "How many of those 340 went
    # to Brisa riders?" gives the hit no words)
    after = [
        p for p in hit.after[:WINDOW]
        if _same_paragraph(hit, p) and not SPEAKER.match(p.text)
        and (not p.text.rstrip().endswith("?") or motions.is_call(p.text))  # "All in favor?"
    ]  # fmt: skip
    after = _with_deciding(hit, after)
    if motions.seconds(hit.text) and hit.before and motions.states_motion(hit.before[-1].text):
        before = [*[p for p in hit.before[-1:] if p not in before], *before]  # what it seconds
    while (
        after and (motions.is_call(after[-1].text) or motions.SECONDED.match(after[-1].text))
        and len(after) < len(hit.after)
    ):  # fmt: skip
        # a chair's "All in favor? Opposed?", or the minutes' "Seconded by Councilor Bell.",
        # is read past to the decision on the motion ("Carried 5-2.")
        nxt = hit.after[len(after)]
        if not _same_paragraph(after[-1], nxt):
            break
        after.append(nxt)
    if (
        not after
        and REPORTED.search(hit.text)
        and any(CHECKED.search(p.text) for p in hit.after[:1])
    ):
        # a statement reported as someone's is read with the sentence after it that checks
        # it ("The district has stated that ... $3 million. // We estimate ...")
        after = hit.after[:1]
    if asks_turn(hit.text) and hit.after and short_answer(hit.after[0].text) and not after:
        after = hit.after[:1]  # "THE CLERK: ... how do you find the defendant?" and its answer
    sentences: list[Passage | Hit] = [*lead, *before, hit, *after]
    answers = bool(before) and asks_turn(before[0].text) and not asks_turn(hit.text)
    window = Window(tuple(s.text for s in sentences), len(lead) + len(before), answers=answers)
    return window, sentences


# A count of a group named before by its number alone: "Ten of the 12 were 65 or older",
# "of those 340" (the number followed by no noun of its own).
OF_THE_NUMBER = re.compile(
    r"\bof\s+(?:the|those|these)\s+(?P<n>\d[\d,]*)(?=\s*[,.;:]|\s+(?:were|was|are|is|had|have|"
    r"has|who|that|did|do|will|would)\b)",
    re.IGNORECASE,
)


# The sentence that says what was voted on: "voted 4-1 on Tuesday to give ..."
VOTE_TAKEN = re.compile(r"\bvot(?:ed|es)\b", re.IGNORECASE)


def _antecedent(hit: Hit, read: list[Passage]) -> list[Passage]:
    """The earlier sentence that names what a sentence refers back to, read with it across
    a paragraph's end: the group a count of "the 12" counts ("... has confirmed 12 deaths
    from the July heat wave" before "Ten of the 12 were 65 or older"), the measure a bare
    vote was cast on ("The board voted 4-1 on Tuesday to give ..." before "Supervisor Ellen
    Dorsey voted no"), the act a bare count is of ("... awarded a five-year ambulance contract
    to Lakeshore Ambulance" before "The vote was 3-2."); [] where the window has it or none is
    near."""
    if motions.COUNTED_BARE.match(hit.text):
        return [] if read else hit.before[-1:]
    m = OF_THE_NUMBER.search(hit.text)
    if m is not None:
        said = re.compile(rf"(?<![\d,.]){re.escape(m.group('n'))}(?![\d,])")
        if said.search(hit.text[: m.start()]):
            return []
    elif motions.VOTED_BARE.search(hit.text):
        said = VOTE_TAKEN
    else:
        return []
    if any(said.search(p.text) for p in read):
        return []
    found = next((p for p in reversed(hit.before) if said.search(p.text)), None)
    return [found] if found is not None else []


def _with_lead(hit: Hit, kind: SourceKind, opening: list[Passage]) -> Hit:
    """A correction's sentence with the correction's lead before it ("A story on April 10
    about ferry fares ... incorrectly stated the date of the increase"), taken from the
    document's ``opening``: it says what the sentence corrects (``window_of`` reads it with
    the sentence)."""
    if kind != SourceKind.CORRECTION or any(report_wrong_cue(p.text) for p in hit.before):
        return hit
    lead = next((p for p in opening if report_wrong_cue(p.text) and p.line < hit.line), None)
    return hit if lead is None else hit.model_copy(update={"before": [lead, *hit.before]})


def _speaking_for(hit: Hit, turns: dict[int, Passage], openings: dict[str, str]) -> str:
    """Who "we" are in a transcript's turn: the body the opening names with its speaker
    ("MARCUS LINDQVIST: ... we expect 150 permanent jobs" and "Marcus Lindqvist, chief
    executive of Harbor FC"), or the speaker's label; "" for any other sentence. ``turns``:
    the first sentence of each transcript sentence's line."""
    if hit.id not in turns:
        return ""
    if not FIRST_PERSON.search(hit.text):
        # (who speaks, where the opening gives the speaker's title: "the director said")
        return titled_introduction(turns[hit.id].text, openings.get(hit.file, ""))
    return speaker_introduction(turns[hit.id].text, openings.get(hit.file, ""))


def _with_motion(hit: Hit, turns: dict[int, Passage], moved: dict[int, list[Passage]]) -> Hit:
    """A chair's decision ("The motion carries, four to one") with the motion its turn opened
    with ("CHAIR: The motion is to commit $950,000 ... All in favor? Opposed?") among the
    sentences before it, for ``window_of`` to read past the calls to; a decision or a clerk's
    roll call in a turn of its own ("Three ayes, two nays, ...") with the motion stated turns
    before it ("I move that we approve the host agreement"). ``moved``: the sentences before
    each decision that may state one, the nearest first."""
    start = turns.get(hit.id)
    if any(motions.states_motion(p.text) for p in hit.before):
        return hit
    if (
        start is not None and start.id != hit.id and motions.OUTCOME.match(hit.text)
        and motions.states_motion(start.text)
    ):  # fmt: skip
        return hit.model_copy(update={"before": [start, *hit.before]})
    motion = next((p for p in moved.get(hit.id, []) if motions.states_motion(p.text)), None)
    if motion is None or not motions.decides_a_vote(hit.text):
        return hit
    return hit.model_copy(update={"before": [motion, *hit.before]})


def _answers_roll(hit: Hit) -> bool:
    """A member's answer when the clerk calls their name: "TRUSTEE DRESSLER: No."."""
    return motions.MEMBER_VOTE.match(hit.text) is not None


def _with_decision(hit: Hit, decisions: dict[int, list[Passage]]) -> Hit:
    """A motion ("I move that we approve the host agreement") with the roll call that decides
    it turns later ("Three ayes, two nays, ...") and the chair's word after that ("The motion
    carries"), among the sentences after it; a member's answer to the roll call with the
    chair's word. ``decisions``: the sentences after each that may decide one, the nearest
    first."""
    if _answers_roll(hit):
        word = next((p for p in decisions.get(hit.id, []) if motions.OUTCOME.match(p.text)), None)
        if word is None or any(p.id == word.id for p in hit.after):
            return hit
        return hit.model_copy(update={"after": [word, *hit.after]})
    found = [p for p in decisions.get(hit.id, []) if motions.decides_a_vote(p.text)]
    if not found or any(p.id == found[0].id for p in hit.after):
        return hit
    if any(motions.OUTCOME.match(p.text) for p in hit.after[:2] if _same_paragraph(hit, p)):
        return hit  # "... moved to amend ... The amendment failed": decided where it was made
    # (a roll call and the chair's word right after it are one decision)
    taken = found[:2] if len(found) > 1 and motions.OUTCOME.match(found[1].text) else found[:1]
    return hit.model_copy(update={"after": [*taken, *hit.after]})


def _about(hit: Hit, headers: dict[int, str], lead: str) -> list[str]:
    """What a passage's document has named that the passage refers to: the bodies its lead
    names that it or the sentences just before it call by their kind ("the authority"); for a
    table row, the whole lead, which says what the table is about ("Tamsin County rural fiber
    project")."""
    if hit.id in headers and lead:
        return [lead]
    # (the sentences before it, too: "The authority says ... // It runs 310 buses")
    return referred_to(lead, " ".join([*(p.text for p in hit.before), hit.text])) + short_names(
        lead, hit.text
    )


def _plain_words(text: str) -> str:
    """The words of ``text`` that are no names (none capitalized)."""
    return " ".join(t.text for t in tokenize(text) if not t.is_capitalized)


def _alone(hit: Hit) -> Hit:
    """A table row read without the rows around it: they are other records."""
    return hit.model_copy(update={"before": [], "after": []})


@dataclass(frozen=True)
class _Reading:
    """How the engine reads a passage where its document's structure says more than its
    words: a table row with its header and its document's title ("Certified Canvass":
    table.py), an interview's "A:" turn with its speaker's name (attribution.voiced)."""

    headers: dict[int, str]  # sentence id -> its table's header row
    captions: dict[int, str]  # sentence id -> its table's caption, where it has one
    categories: dict[int, tuple[table.Category, ...]]  # row id -> its categorical cells
    ranks: dict[int, dict[int, str]]  # row id -> column -> its figure's rank ("the largest")
    tables: dict[int, list[str]]  # row id -> its whole table, its header first
    titles: dict[str, str]
    dated: dict[str, FoundDate]
    answerers: dict[str, str]  # transcript -> who answers its "A:" turns
    turns: dict[str, int]  # transcript -> the line of its first "Q:" or "A:" turn
    line_starts: dict[int, Passage]  # transcript sentence id -> its line's first sentence
    headings: dict[str, str]  # document -> its heading lines (kind.heading)

    def trend(self, hit: Hit, claim: str) -> series.Trend | None:
        """What the column of a table of periods says of a claim comparing them, for a row
        of that table (series.py)."""
        rows = self.tables.get(hit.id)
        if not claim or not rows or hit.id not in self.headers:
            return None
        if not series.is_period(table.cells(hit.text)[0]):
            return None  # ("Total | 212 | $1,194,000" is no period's row)
        return _series_read(claim, rows[0], tuple(rows[1:]))

    def text(self, hit: Hit, dates: tuple[Date, ...] = (), claim: str = "") -> str:
        """The passage as the engine reads it; ``dates``: the claim's, which pick a table's
        dated columns; ``claim``: a claim that compares a table's periods reads the column
        across its rows."""
        header = self.headers.get(hit.id)
        if header is None and (fact := self._fact(hit)):
            return fact
        if header is None:
            answering = _answering(hit, self.turns.get(hit.file))
            return voiced(hit.text, self.answerers.get(hit.file, ""), answering)
        caption = self.captions.get(hit.id, "")
        trend = self.trend(hit, claim)
        said = frozenset(t.key for t in tokenize(claim))
        rows = self.tables.get(hit.id, [])
        row = trend.text if trend is not None else table.read_with_header(
            header, hit.text, dates, self.ranks.get(hit.id), caption, said,
            table.compared(header, hit.text, rows[1:], claim) if rows else None,
        )  # fmt: skip
        if row == hit.text:
            return row
        # (what the whole table counts, its caption, then the row)
        heads = [self.titles.get(hit.file, ""), self.captions.get(hit.id, "")]
        said = [h.strip().rstrip(".:") for h in heads if h.strip().rstrip(".:")]
        return ": ".join([*dict.fromkeys(said), row])

    def _fact(self, hit: Hit) -> str:
        """A fact sheet's "name: value" line read with what its document is about, as a
        table's row is ("Retail cannabis licenses: application fact sheet: 23 applications
        received"; a bare count is of what its name says); "" for any other line."""
        title = self.titles.get(hit.file, "").strip().rstrip(".:")
        line = FACT_LINE.match(hit.text)
        if not title or line is None or title in hit.text:
            return ""
        name, value = line.group("name"), line.group("value").strip()
        said = f"{value} {name[:1].lower()}{name[1:]}" if COUNT.match(value) else hit.text
        return f"{title}: {said}"

    def window(self, hit: Hit, dates: tuple[Date, ...] = (), claim: str = "") -> Window:
        title = self.headings.get(hit.file) or self.titles.get(hit.file, "")
        if hit.id in self.headers:
            others = tuple(
                c[0] for r in self.tables.get(hit.id, [])[1:]
                if (c := table.cells(r)) and c[0] != table.cells(hit.text)[0]
            )  # fmt: skip
            return Window((self.text(hit, dates, claim),), 0, self.dated.get(hit.file),
                          title=title, categories=self.categories.get(hit.id, ()),
                          row=table.cells(hit.text)[0], trend=self.trend(hit, claim),
                          others=others)  # fmt: skip
        w = window_of(hit)[0]
        said = tuple(
            self.text(hit) if i == w.anchor else voiced(x, self.answerers.get(hit.file, ""))
            for i, x in enumerate(w.sentences)
        )  # fmt: skip
        # the turn's opening, with its speaker's label, where the window starts after it
        start = self.line_starts.get(hit.id)
        turn = start.text if start is not None and start.text not in w.sentences else ""
        return replace(
            w, sentences=said, published=self.dated.get(hit.file), turn=turn, title=title
        )


# A fact sheet's line: a name in words of its own (not a speaker's label in capitals), a
# colon and a short value with a figure or a date: "Applications received: 23", "Lottery:
# June 12, 2025, 10 a.m."
FACT_LINE = re.compile(
    r"^\s*(?:[-*\u2022]\s+)?(?P<name>[A-Z][a-z]+(?:\s+[a-z][\w'\u2019-]*){0,5}):\s+"
    r"(?=[^:]*\d)(?P<value>(?:\S+\s*){1,8})$"
)
COUNT = re.compile(r"^\d[\d,]*\.?$")  # a bare count: "23"


# A claim of rank: "the largest", "more ... than any other"
RANK_CLAIM = re.compile(r"\b(?:the\s+(?:most|fewest|least)|\w+est|than\s+any)\b", re.I)


def _with_deciding(hit: Hit, after: list[Passage]) -> list[Passage]:
    """The sentences after a motion with the second, the roll call and the chair's word that
    decide it; after a member's answer to the roll call, with the chair's word."""
    if motions.to_decide(hit.text):
        deciding = [p for p in hit.after[:2] if motions.decides_a_vote(p.text)]
        # (... and a roll call of several sentences before the decision: "VOTE: AYES: Bello,
        # Tamura. NOES: Haines, Ortiz, Lindqvist. MOTION FAILED, 2-3.")
        for p in hit.after[: motions.OUTCOME_REACH]:
            if not motions.decides_a_vote(p.text):
                break
            deciding += [p] if p not in deciding else []
            if motions.OUTCOME.match(p.text) or motions.BARE_OUTCOME.match(p.text):
                break
        # (the second is the turn right after the motion, or after the decision put first)
        second = [p for p in hit.after[:3] if motions.seconds(p.text)][:1]
        return [*deciding, *[p for p in second if p not in deciding], *after]
    if _answers_roll(hit) and hit.after and motions.OUTCOME.match(hit.after[0].text):
        return [hit.after[0], *[p for p in after if p != hit.after[0]]]
    return after


def _with_motion_before(hit: Hit, before: list[Passage]) -> list[Passage]:
    """The sentences before a decision ("The motion passed 4-1. Councilor Pruitt voted no.")
    with the motion it decides, where minutes give the motion a paragraph of its own just
    before ("Councilor Kessler moved to lend $150,000 ...")."""
    first = before[0] if before else hit
    earlier = hit.before[: len(hit.before) - len(before)]
    # (the decision is the hit's own, or that of the bare vote the hit is: not another
    # motion's decided in the sentence before the hit)
    own = first is hit or motions.VOTED_BARE.search(hit.text) is not None
    if (
        own and motions.OUTCOME.match(first.text) and earlier
        and motions.states_motion(earlier[-1].text)
        and not any(motions.states_motion(p.text) for p in before)
    ):  # fmt: skip
        return [earlier[-1], *before]
    return before


def _rare_figure(written: str, claim: Analysis) -> bool:
    """A claim's figure written specifically enough to find it by ("7.9" of "$7.9 million",
    "58,300"): three digits or more, or a decimal; no date's year."""
    if any(written in d.text for d in claim.dates):
        return False
    digits = re.sub(r"\D", "", written)
    return len(digits) >= 3 or "." in written and len(digits) >= 2


@lru_cache(maxsize=256)
def _series_read(claim: str, header: str, rows: tuple[str, ...]) -> series.Trend | None:
    """``series.read``, once for each claim and table: a table's every row, and each row's
    text and window, read the same series."""
    return series.read(claim, header, list(rows))


def _introduced(opening: str, kind: SourceKind) -> str:
    """The bodies a transcript's opening turns say its speakers are of ("With me are Gareth
    Molina, president of Calder State, and Irene Castillo"): what "the university" of a later
    turn is. Not the speakers' names, which say nothing of who speaks a later turn. "" for
    any other kind of document."""
    if kind != SourceKind.TRANSCRIPT:
        return ""
    return " ".join(m.group(1) for m in BODY_OF.finditer(opening))


# A body named after the office or the tie it gives: "president of Calder State", "a lawyer
# for the Brennan campaign", "director, Westbrook Parks and Recreation" is not read (a name
# after a comma may be a person's).
BODY_OF = re.compile(
    r"\b(?:of|at|for|from)\s+((?:the\s+)?[A-Z][\w.'&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'&-]*)*)"
)


def _first_turn(opening: list[Passage]) -> int | None:
    return next((p.line for p in opening if QUESTION.match(p.text) or ANSWER.match(p.text)), None)


def _answering(hit: Hit, first_turn: int | None) -> bool:
    """A sentence of an interview's answer turn after its first ("A: No. // We will not
    close ..."): its line opens no question, and the interview has begun (``first_turn``,
    the line of the document's first "Q:" or "A:")."""
    if first_turn is None or hit.line <= first_turn or QUESTION.match(hit.text):
        return False
    return not any(p.line == hit.line and QUESTION.match(p.text) for p in hit.before)


class _Documents(NamedTuple):
    """What verify reads once per call about the documents its passages come from."""

    dated: dict[str, FoundDate]  # each document's own date, where one was found
    kinds: dict[str, SourceKind]  # press release, official record, news report... (kind.py)


class Verifier:
    """Verifies claims against an open index; one claim is a batch of one."""

    def __init__(
        self, index: Index, nli_model: str | None = None, k: int = EVIDENCE_K,
        stance: str | None = None, cross_k: int = CROSS_K, calibrated: bool = True,
        settings: StanceSettings = DEFAULTS,
    ) -> None:  # fmt: skip
        """``calibrated=False`` reports raw confidences (training/train_verdict.py fits the
        calibration maps on them); ``settings`` are the stance engine's thresholds."""
        from ..stance.nli import NliModel

        self.index = index
        self.k = k
        self.calibrated = calibrated
        nli = NliModel(nli_model) if nli_model else None
        learned = config.stance(stance)
        self.engine = StanceEngine(
            index.manifest.model, index.manifest.dimension, nli, learned, cross_k=cross_k,
            settings=settings,
        )  # fmt: skip

    def verify(self, claim: str) -> Verification:
        return self.verify_many([claim])[0]

    def verify_many(self, claims: list[str]) -> list[Verification]:
        claims = [check_query(c) for c in claims]
        if len(claims) > 1:
            parse.prefetch(claims)  # the rules parse claims; together is twice as fast
        weighed, docs = self._weigh(claims)
        return [
            self._conclude(claim, hs, js, docs)
            for claim, (hs, js) in zip(claims, weighed, strict=True)
        ]

    def weigh_many(self, claims: list[str]) -> list[tuple[list[Hit], list[Judgement]]]:
        """Each claim's passages (with their neighbouring sentences) and their judgements."""
        return self._weigh([check_query(c) for c in claims])[0]

    def _weigh(
        self, claims: list[str]
    ) -> tuple[list[tuple[list[Hit], list[Judgement]]], _Documents]:
        searched, hits = self._search(claims)
        files = sorted({h.file for hs in hits for h in hs})
        titles = self.index.store.titles(files)
        opened = self.index.store.openings(files)
        openings = {f: "\n".join(p.text for p in ps) for f, ps in opened.items()}
        closings = self.index.store.closings(files)
        kinds = {
            f: source_kind(f, titles.get(f, ""), openings.get(f, ""), closings.get(f, ""))
            for f in files
        }  # fmt: skip
        # Who "they" and "the story" are: a correction is about the story its opening names,
        # so its opening is read with each of its sentences; any other document's passage is
        # read with its title and the sentences just before it.
        # A wire story's dateline names the place of every sentence in it.
        published = self._published(files)
        headings = {f: heading(openings.get(f, "")) for f in files}
        # ... and with the story it corrects, which names what the correction does not
        stories = self._corrected_stories(
            {f: openings.get(f, "") for f in files if kinds[f] == SourceKind.CORRECTION},
            published,
        )
        # ... and a story's lead names the bodies a later sentence calls "the authority", and
        # what "the collapse" of a later sentence is (its plain words: no names)
        leads = {f: dateline_lead(openings.get(f, "")) for f in files}
        subject = {
            f: " ".join([titles.get(f, ""), openings.get(f, ""), stories.get(f, "")])
            if kinds[f] == SourceKind.CORRECTION
            else " ".join([titles.get(f, ""), headings[f], dateline_place(openings.get(f, "")),
                           _plain_words(leads[f]), _introduced(openings.get(f, ""), kinds[f])])
            for f in files
        }  # fmt: skip
        hits = [[_with_lead(h, kinds[h.file], opened.get(h.file, [])) for h in hs] for hs in hits]
        heads = self.index.store.table_heads(sorted({h.id for hs in hits for h in hs}))
        headers = {sid: head.header for sid, head in heads.items()}
        hits = [[_alone(h) if h.id in headers else h for h in hs] for hs in hits]
        docs = _Documents(published, kinds)
        interviews = [f for f in files if kinds[f] == SourceKind.TRANSCRIPT]
        hits, turns, items = self._meetings(hits, kinds)
        reading = _Reading(
            headers, {sid: head.caption for sid, head in heads.items() if head.caption},
            *self._tables(hits, headers), titles, docs.dated,
            {f: interviewee(titles.get(f, ""), openings.get(f, "")) for f in interviews},
            {f: turn for f in interviews if (turn := _first_turn(opened.get(f, []))) is not None},
            turns, headings,
        )  # fmt: skip
        judged = self.engine.weigh_many(
            [
                ClaimPassages(claim, tuple(
                    Candidate(
                        reading.text(h, dated, claim), h.similarity,
                        " ".join([subject[h.file], _speaking_for(h, turns, openings),
                                  items.get(h.id, ""),
                                  *_about(h, headers, leads[h.file]),
                                  *(p.text for p in h.before)]),
                        reading.window(h, dated, claim),
                        readable=k < len(s),  # the rules alone weigh the restating ones
                    )
                    for k, h in enumerate(hs)
                ))
                for claim, hs, s, dated in zip(
                    claims, hits, searched, [tuple(extract_dates(c)) for c in claims], strict=True
                )
            ]
        )  # fmt: skip
        return list(zip(hits, judged, strict=True)), docs

    def _search(self, claims: list[str]) -> tuple[list[list[Hit]], list[list[Hit]]]:
        """(what the search found for each claim, that with the passages added to it: those
        that restate the claim's figures, a found table's rows)."""
        # One claim per embedding call: int8 activations are scaled per call, so a vector
        # computed beside other claims could differ, and with it the verdict.
        vecs = np.vstack([self.index.embedder.encode([c]) for c in claims])
        results = self.index.search_many(claims, k=self.k, query_vecs=vecs, context=CONTEXT)
        searched = [[h for h in r.hits if h.similarity >= MIN_SIMILARITY] for r in results]
        added = [
            [
                h
                for h in [
                    *self._restating(claim, vec, r.hits),
                    *self._votes(claim, vec, r.hits),
                    *self._office_holders(claim, vec, r.hits),
                    *self._named_rows(claim, vec, r.hits),
                ]
                if h.similarity >= MIN_SIMILARITY
            ]
            # (a sentence that says there were none of what the claim counts shares its noun
            # alone: its similarity says nothing of it)
            + self._none_said(claim, vec, found)
            # (... and a decision on a measure named by its number shares the number alone)
            + self._numbered_decisions(vec, found)
            # (... and a motion to do what a claim says a body approved or rejected moves it
            # in its own words: "Direct the County Administrator to study ...")
            + self._motions_on(claim, vec, found)
            + self._nobody_said(claim, vec, found)
            # (... and a table's row of a period a claim compares: "2024 Q3 | 79% | 85%")
            + self._period_rows(claim, vec, found)
            # (... and so does a correction of a title: "He is ..., not its chief operating
            # officer" shares the title's words alone)
            + self._titles_corrected(claim, vec, r.hits)
            for claim, vec, r, found in zip(claims, vecs, results, searched, strict=True)
        ]
        return searched, [
            s + a + self._table_rows(c, s + a, vec) + self._answers(s + a, vec)
            + self._checks(s + a, vec)
            for c, s, a, vec in zip(claims, searched, added, vecs, strict=True)
        ]  # fmt: skip

    def _checks(self, found: list[Hit], vec: np.ndarray) -> list[Hit]:
        """The sentence that checks a reported statement the search found against the record
        ("Dahlgren said burglaries had doubled since 2021. // National Police Directorate
        figures show 25,300 reported burglaries in 2024, up from 21,400 in 2021, an increase
        of about 18%."), where the search did not: the record is the evidence, read alone,
        not with the statement it checks."""
        seen = {h.id for h in found}
        ids = [
            h.after[0].id for h in found
            if h.after and REPORTED.search(h.text) and CHECKED.search(h.after[0].text)
            and h.after[0].id not in seen
        ]  # fmt: skip
        if not ids:
            return []
        hits = self.index.hits_of(list(dict.fromkeys(ids)), vec)
        return [h.model_copy(update={"before": [], "after": []}) for h in hits]

    def _answers(self, found: list[Hit], vec: np.ndarray) -> list[Hit]:
        """The answer turn after each transcript question the search found, which it did not
        ("ITO: When will the dam come down? / LINDQVIST: We expect to start in July 2027"),
        and a record's reported reply after its reported question: the question names what
        the answer is about, in words the answer need not repeat."""
        seen = {h.id for h in found}
        asked: dict[int, list[Passage]] = {}  # answer sentence -> what is before it
        for h in found:
            if h.after and reported_reply(h.text, h.after[0].text) and h.after[0].id not in seen:
                # a record's reported question and the reply after it ("Cllr Hussein asked
                # how many bursts ... / Mr Brady replied that there had been 212")
                question = Passage.model_validate(h.model_dump(include=set(Passage.model_fields)))
                asked.setdefault(h.after[0].id, [*h.before, question])
                continue
            if not asks_turn(h.text) or not h.after:
                continue
            first = h.after[0]
            if not SPEAKER.match(first.text) or asks_turn(first.text):
                continue
            turn = [p for p in h.after if p.line == first.line]
            question = Passage.model_validate(h.model_dump(include=set(Passage.model_fields)))
            for i, p in enumerate(turn):
                if p.id not in seen:
                    asked.setdefault(p.id, [*h.before, question, *turn[:i]])
        if not asked:
            return []
        hits = self.index.hits_of(list(asked), vec)
        return [h.model_copy(update={"before": asked[h.id]}) for h in hits]

    def _meetings(
        self, hits: list[list[Hit]], kinds: dict[str, SourceKind]
    ) -> tuple[list[list[Hit]], dict[int, Passage], dict[int, str]]:
        """Transcripts read as a meeting runs: each turn's first sentence (its speaker), a
        motion with the roll call and the chair's word that decide it turns later (and the
        other way round), and the agenda item each turn is under, which names what "the host
        agreement" is. (hits, turn starts, item by hit id)."""
        said = [h for hs in hits for h in hs if kinds[h.file] == SourceKind.TRANSCRIPT]
        store = self.index.store
        turns = store.line_starts(sorted({h.id for h in said}))
        moved = store.near(sorted({h.id for h in said if motions.decides_a_vote(h.text)}),
                           motions.MOTION_WORDS, -motions.REACH)  # fmt: skip
        # (a motion, or a member's answer to the roll call, which the chair's word decides)
        deciding = {h.id for h in said if motions.to_decide(h.text) or _answers_roll(h)}
        decisions = store.near(sorted(deciding), motions.DECISION_WORDS, motions.REACH)
        hits = [[_with_decision(_with_motion(h, turns, moved), decisions) for h in hs]
                for hs in hits]  # fmt: skip
        items = {
            sid: next((p.text for p in ps if motions.opens_item(p.text)), "")
            for sid, ps in store.near(sorted({h.id for h in said}), ("item",),
                                      -motions.REACH).items()
        }  # fmt: skip
        # (minutes: the numbered heading of the item a sentence is under names what "the
        # plan" it adopted is: "4. Opioid settlement spending plan, first year.")
        recorded = [h for hs in hits for h in hs if kinds[h.file] == SourceKind.OFFICIAL]
        for sid, ps in store.near(sorted({h.id for h in recorded}), ("",),
                                  -motions.REACH).items():  # fmt: skip
            heading = next((p for p in ps if motions.heads_item(p.text)), None)
            if heading is not None:
                # ("Item 4." alone: its heading's words are the sentence after it)
                after = [p.text for p in ps if p.id == heading.id + 1]
                items[sid] = " ".join([heading.text, *after])
        return hits, turns, items

    def _beyond(
        self, query: str, vec: np.ndarray, found: list[Hit], k: int, keep: Callable[[Hit], bool],
        mode: str = "lexical",
    ) -> list[Hit]:  # fmt: skip
        """Up to ``k`` sentences the lexical search (or ``mode``'s) finds for ``query`` that the
        claim's search did not (``found``) and that ``keep`` accepts: what a claim needs read
        beyond the passages its own words rank first."""
        lexical = self.index.search_many(
            [query], k=k + len(found), mode=mode, query_vecs=vec[None, :], context=CONTEXT
        )[0].hits
        seen = {(h.file, h.line, h.col) for h in found}
        return [h for h in lexical if (h.file, h.line, h.col) not in seen and keep(h)][:k]

    def _restating(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """Passages that restate the claim's figures or dates with its names, beyond those the
        search ranked: a correction or a later update names what it replaces ("not 59%",
        "April 14, not April 1", "up from $95 million") in words that may share little else
        with the claim."""
        a = analyse(claim)
        # (each figure's digits as written: "$350" -> "350", "12%" -> "12")
        said = [
            x for q in a.quantities for w in q.text.split()
            if (x := w.lstrip("$€£¥").rstrip("%.,"))[:1].isdigit()
        ]  # fmt: skip
        said += [d.text.rstrip(".,") for d in a.dates]
        if not said:
            return []
        query = " ".join(dict.fromkeys(said + [t.text for t in a.names]))
        # each figure or date as written, not inside a longer one ("April 1" in "April 14"),
        # in a sentence that replaces one ("40, not 140", "up from", "incorrectly stated")
        stated = [re.compile(rf"(?<![\w.]){re.escape(x)}(?![\d])") for x in said]
        # ... or, in any sentence, a figure of the claim's that few sentences share ("$7.9
        # million", "58,300"; not "12" or "2025") and no passage found gives: where a later
        # interview gives it, the search may rank the earlier release above it
        # (a figure a found passage gives needs no other)
        rare = [
            p for p, x in zip(stated, said, strict=False)
            if _rare_figure(x, a) and not any(p.search(h.text) for h in found)
        ]  # fmt: skip
        return self._beyond(
            query, vec, found, RESTATING_K,
            lambda h: any(p.search(h.text) for p in stated) and bool(REPLACES.search(h.text))
            or any(p.search(h.text) for p in rare),
        )  # fmt: skip

    def _votes(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim about a vote ("unanimously adopted the spending plan", "the only member
        to vote against"), the sentences that give a vote's count or a member's vote and
        words of what was voted on, beyond those the search ranked: minutes say "The board
        then adopted the plan as recommended, 4-1." in words that share little with the
        claim's names, which fill the search's first places."""
        if VOTE_CLAIM.search(claim) is None:
            return []
        a = analyse(claim)
        words = {t.key for t in a.content if t not in a.names}
        query = " ".join(t.text for t in a.content if t not in a.names)
        if not query.strip():
            return []  # ("Voted 4-1.": no words of what was voted on to look for)
        return self._beyond(
            query, vec, found, VOTES_K,
            lambda h: bool(VOTE_GIVEN.search(h.text)) and bool(
                words & {t.key for t in tokenize(h.text)}
            ),
        )  # fmt: skip

    def _motions_on(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim that a body approved or rejected a thing ("rejected a study of a
        county-run ambulance service in March 2025"), the motion that moved to do it
        ("MOTION (Bello / Tamura): Direct the County Administrator to study ..."), beyond
        those the search ranked: its words are the motion's, not the claim's."""
        said = motions.APPROVED.search(claim) or motions.REJECTED_IT.search(claim)
        if said is None:
            return []
        words = {t.key for t in tokenize(said.group("what")) if is_content(t)}
        if len(words) < 2:
            return []
        return self._beyond(
            said.group("what"), vec, found, MOTIONS_K,
            lambda h: motions.states_motion(h.text)
            and 2 * len(words & {t.key for t in tokenize(h.text)}) >= len(words),
        )  # fmt: skip

    def _numbered_decisions(self, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """The decision on each measure a found item heading names by its number ("Item 5.
        Resolution 25-88, approving the Ash Management Plan ..."): the minutes' "Resolution
        25-88, as amended, was adopted 7-2." shares the number with the claim's passage, not
        its words."""
        out: list[Hit] = []
        for h in found:
            m = motions.NUMBERED.search(h.text)
            if m is None or not motions.DESCRIBED.match(h.text, m.end()):
                continue
            number, file = m.group(0), h.file
            out += self._beyond(
                number, vec, [*found, *out], 1,
                lambda x, n=number, f=file: x.file == f and n in x.text
                and motions.OUTCOME.match(x.text) is not None,
            )  # fmt: skip
        return out[:NUMBERED_K]

    def _office_holders(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim that someone holds an office one person holds ("Dana Whitfield is
        Fenwick County's health director"), the sentences that give the office's title with
        a name, beyond those the search ranked: "Dr. Colin Abara, the county's health
        director, said ..." shares the title, not the claim's name, which fills the search's
        first places with the person's other sentences."""
        office = office_claim(claim)
        if office is None or not office.one_holder:
            return []
        words = [w for w in re.findall(r"[a-z]+", office.title.lower()) if len(w) > 2]
        if not words:
            return []
        title = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        surname = office.who.split()[-1]
        return self._beyond(
            " ".join([*words, office.body]), vec, found, OFFICES_K,
            lambda h: bool(title.search(h.text)) and surname not in h.text,
        )  # fmt: skip

    def _titles_corrected(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim that gives someone a title ("Lumora's chief operating officer, Owen
        Bratt, told analysts ..."), the sentences that name the person and say which title
        they do not hold ("He is Lumora's chief financial officer, not its chief operating
        officer."), beyond those the search ranked: a correction's words are mostly the
        title's, which many sentences share."""
        office = named_office(claim)
        if office is None:
            return []
        surname = office.who.split()[-1]
        return self._beyond(
            f"{office.who} {office.title}", vec, found, OFFICES_K,
            lambda h: NOT_TITLE.search(h.text) is not None
            and any(surname in x.text for x in [h, *h.before[-1:]]),
        )  # fmt: skip

    def _none_said(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim that counts something ("Two people died in the Dunford flood"), the
        sentences that say there were none of it ("No deaths or serious injuries have been
        reported."), beyond those the search ranked: they share the count's noun and no other
        word with the claim."""
        a = analyse(claim)
        units = {
            q.unit for q in a.quantities
            if q.kind == "number" and q.value > 0 and q.unit and q.unit[0].isalpha()
        }  # fmt: skip
        if not units:
            return []
        none = re.compile(
            rf"\b(?:no|zero)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(map(re.escape, units))})",
            re.IGNORECASE,
        )
        # (the lexical index holds words as written: the plural too)
        query = " ".join(w for u in sorted(units) for w in (u, f"{u}s"))
        return self._beyond(query, vec, found, NONE_K, lambda h: none.search(h.text) is not None)

    def _nobody_said(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim that it happened to no one ("Nobody was hurt when the Tern's engine
        failed"), the sentences that say so in their own words ("no one was injured"),
        beyond those the search ranked: they share a word of what happened in another form."""
        if not NOBODY.match(claim):
            return []
        # (the claim's meaning, not its words: "hurt" is found as "injured")
        return self._beyond(
            claim, vec, found, NOBODY_K, lambda h: NOBODY.search(h.text) is not None,
            mode="dense",
        )  # fmt: skip

    def _named_rows(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """For a claim with a figure or a rank and a name ("Old Town had 41 registered hosted
        stays"), the table rows whose first cell is that name, beyond those the search
        ranked: a row ("Old Town | 96 | 41 | 137") shares the name and a figure with the
        claim, and no other word, which the search weighs little."""
        a = analyse(claim)
        if not a.names or not (a.quantities or RANK_CLAIM.search(claim)):
            return []
        said = {t.key for t in a.tokens}
        return self._beyond(
            " ".join(t.text for t in a.names), vec, found, NAMED_ROWS_K,
            lambda h: table.is_row(h.text) and table.row_of(h.text, said, figures=False),
        )  # fmt: skip

    def _period_rows(self, claim: str, vec: np.ndarray, found: list[Hit]) -> list[Hit]:
        """A row of a table of periods for each period a claim compares ("lowest in the third
        quarter of 2024": the row "2024 Q3 | 79% | 85%"), which the search seldom ranks: the
        row is read with its whole table's column (``_Reading.trend``)."""
        rows: list[Hit] = []
        for period in series.claimed_periods(claim):
            rows += self._beyond(
                period, vec, found + rows, PERIOD_ROWS_K,
                lambda h, p=period: table.is_row(h.text)
                and series.is_period(first := table.cells(h.text)[0])
                and series.same_period(first, p),
            )  # fmt: skip
        return rows

    def _tables(
        self, hits: list[list[Hit]], headers: dict[int, str]
    ) -> tuple[
        dict[int, tuple[table.Category, ...]], dict[int, dict[int, str]], dict[int, list[str]]
    ]:
        """Each table row's cells in columns of a few values, its figures' ranks in their
        columns, read against its whole table, and the whole table."""
        texts = {h.id: h.text for hs in hits for h in hs}
        rows = self.index.store.tables(sorted(headers))
        return (
            {sid: table.categories(headers[sid], texts[sid], rows[sid][1:]) for sid in rows},
            {sid: table.ranks(headers[sid], texts[sid], rows[sid][1:]) for sid in rows},
            rows,
        )

    def _table_rows(self, claim: str, found: list[Hit], vec: np.ndarray) -> list[Hit]:
        """The rows of each table whose header row (or the heading right above it) the search
        found, which it did not: a header says what the rows hold, and no record itself
        ("Level | Condition | Estimated repair cost" holds "Total | | $6.2 million"). Only the
        rows the claim is about (``table.row_of``). The rules read each row with its header;
        the model does not read them."""
        heads = [
            h.id for h in found
            if table.is_row(h.text) and not (h.before and table.is_row(h.before[-1].text))
            or not table.is_row(h.text) and any(table.is_row(p.text) for p in h.after[:2])
        ]  # fmt: skip
        if not heads:
            return []
        seen = {h.id for h in found}
        rows = self.index.store.table_rows(heads, TABLE_ROWS)
        said = {t.key for t in tokenize(claim)}
        figures = bool(analyse(claim).quantities)
        # (a claim of the last so many years is about each of their rows)
        spans = series.OVER_YEARS.search(claim) is not None
        ids = list(dict.fromkeys(
            p.id for h in heads for p in rows.get(h, [])
            if p.id not in seen and (
                table.row_of(p.text, said, figures)
                or spans and series.is_period(table.cells(p.text)[0])
            )
        ))  # fmt: skip
        return self.index.hits_of(ids, vec)

    def _corrected_stories(
        self, corrections: dict[str, str], published: dict[str, FoundDate]
    ) -> dict[str, str]:
        """Each correction's story (``corrects.corrected_date``) as its headline and lead,
        where the archive holds exactly one other document of that date; keyed by the
        correction's path. ``corrections``: path -> opening."""
        wanted = {
            f: day for f, opening in corrections.items()
            if (day := corrected_date(opening, published[f].value if f in published else None))
        }  # fmt: skip
        stories = {
            f: only[0] for f, day in wanted.items()
            if len(only := [p for p in self.index.store.dated(day) if p != f]) == 1
        }  # fmt: skip
        paths = sorted(set(stories.values()))
        titles = self.index.store.titles(paths)
        opened = self.index.store.openings(paths)
        leads = {p: dateline_lead("\n".join(x.text for x in opened.get(p, []))) for p in paths}
        return {f: f"{titles.get(p, '')} {leads[p]}" for f, p in stories.items()}

    def _published(self, files: list[str]) -> dict[str, FoundDate]:
        """Each document's own date (not its file time); none on an index from before dates
        were kept (store schema 1), where verify works as before."""
        if self.index.store.schema_version < 2:
            return {}
        found = self.index.store.document_dates(files)
        return {
            f: doc.dates[0] for f, doc in found.items() if doc.dates[0].source != DateSource.MTIME
        }

    def _conclude(
        self, claim: str, hits: list[Hit], judgements: list[Judgement], docs: _Documents
    ) -> Verification:
        hits, judgements = _without_borrowed(hits, judgements)
        _corrected_later(claim, hits, judgements, docs)
        evidence = [
            evidence_of(hit, j).model_copy(
                update={
                    "published": docs.dated[hit.file].value if hit.file in docs.dated else None,
                    "source_kind": (
                        SourceKind.STATEMENT
                        if docs.kinds[hit.file] == SourceKind.OFFICIAL and _party_figure(hit)
                        else sentence_kind(hit.text, docs.kinds[hit.file])
                    ).value,
                }
            )
            for hit, j in zip(hits, judgements, strict=True)
        ]
        evidence = [_as_own_report(e, j) for e, j in zip(evidence, judgements, strict=True)]
        # The verdict is one function of the checklist (aggregate_raw's rules): the learned verdict
        # model is not consulted (it could call a claim true or false with no part to show).
        model = None
        signals = [j.signals for j in judgements]
        verdict, confidence, reasons, decided = aggregate(
            evidence,
            signals,
            model,
            self.calibrated,
            attributed=is_attribution(claim),
            speech=speech_claim(claim),
            first=FIRST_STATED.search(claim) is not None,
            said_when=dates_of_saying(claim),
        )
        evidence = [e.model_copy(update={"decisive": i in decided}) for i, e in enumerate(evidence)]
        ranker = load_ranker() if self.calibrated else None
        if ranker is not None:
            # how likely the verdict is right, from what it rests on (confidence.py)
            confidence = ranker(verdict, evidence)
        order = {Stance.CONFLICTS: 0, Stance.SUPPORTS: 0, Stance.NEUTRAL: 1}
        evidence.sort(key=lambda e: (not e.decisive, order[e.stance], -e.score))
        checklist = checklist_of(verdict, evidence)
        return Verification(
            claim=claim, verdict=verdict, confidence=confidence, reasons=reasons,
            evidence=evidence, engine=self.engine.name, atoms=checklist,
            decided_by=path_of(signals, model),
            check_by_hand=ranker is not None and confidence < ranker.review_below,
            first_reported=(
                first_reported(self.index.store, evidence)
                if verdict in (Verdict.SUPPORTED, Verdict.MIXED)
                else None
            ),
        )  # fmt: skip


# A named party's report, as a record gives it: "Calder State reported ... to its board"
PARTY_REPORTED = re.compile(
    r"^(?:[\d.]+\s+)?(?:The\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*)*\s+(?:reported|told|said|"
    r"claimed|gave|put)\b"
)
_FIGURE = re.compile(r"\d[\d,.]*")


def _party_figure(hit: Hit) -> bool:
    """In an official record, a figure a named party reported ("Calder State reported fall
    2025 enrollment of 18,400 students to its board") that the next sentence of the paragraph
    gives another value for ("... fall 2025 enrollment was 17,650") is that party's word, not
    the record's finding."""
    if not PARTY_REPORTED.search(hit.text):
        return False
    mine = set(_FIGURE.findall(hit.text))
    words = {t.key for t in tokenize(hit.text) if not t.text[:1].isdigit()}
    for p in hit.after[:1]:
        if not _same_paragraph(hit, p):
            continue
        theirs = set(_FIGURE.findall(p.text)) - mine
        shared = words & {t.key for t in tokenize(p.text)} - STOPWORDS
        if theirs and len(shared) >= PARTY_SHARED_WORDS:
            return True
    return False


def _names(text: str) -> set[str]:
    """The keys of the names in ``text`` (not a word capitalized for opening a sentence)."""
    return {t.key for t in tokenize(text) if is_name(t) and not opens_sentence(text, t)}


def _corrected_later(
    claim: str, hits: list[Hit], judgements: list[Judgement], docs: _Documents
) -> None:
    """A passage that a later correction found with it says was wrong is set aside, cited, for
    a human to read the two together: a supporting sentence wrong in a part the claim does not
    name ("ordered the evacuation of Eastbank and the Mill Lane area, about 1,800 residents in
    all", then "Mill Lane residents ... were not ordered out"), or a conflicting one whose
    figure or date the correction names as wrong ("The agency awarded $19.2 million in tax
    credits, not $18.2 million"), whatever the correction's own sentence says of the claim."""
    claim_keys = {t.key for t in tokenize(claim)}
    # (each correction with whether it supports the claim, as weighed before any is set aside)
    corrections = [
        (h, j.stance == Stance.SUPPORTS) for h, j in zip(hits, judgements, strict=True)
        if docs.kinds.get(h.file) == SourceKind.CORRECTION and h.file in docs.dated
    ]  # fmt: skip
    for h, j in zip(hits, judgements, strict=True):
        said = docs.dated.get(h.file)
        if said is None or j.stance == Stance.NEUTRAL:
            continue
        later = [(c, k) for c, k in corrections if docs.dated[c.file].value > said.value]
        if j.stance == Stance.SUPPORTS:
            names = _names(h.text) - claim_keys
            what = "part of it"
            found = [
                c for c, supports in later
                if not supports and negation_cues(tokenize(c.text))
                and names & _names(c.text)
            ]  # fmt: skip
        else:
            wrong = [
                a.source for a in (j.checked.atoms if j.checked else [])
                if a.status == AtomStatus.CONFLICTS and a.source
                and a.kind in (AtomKind.FIGURE, AtomKind.DATE)
            ]  # fmt: skip
            what = wrong[0] if wrong else ""
            found = [
                c for c, _ in later
                if any(re.search(rf"\bnot\s+{re.escape(w)}(?![\d.,]\d)", c.text) for w in wrong)
            ]  # fmt: skip
        fixing = [c for c, supports in later if c in found and not supports]
        if fixing and j.stance == Stance.CONFLICTS and _put_right(j, fixing[0]):
            # every part stated but what the correction puts right, as the claim has it (a
            # correction that states the claim itself is the evidence)
            c = found[0]
            j.stance, j.score = Stance.SUPPORTS, CORRECTED_SUPPORT
            j.reasons = [
                *[r for r in j.reasons if r not in j.gaps], f"a later correction ({c.file}:"
                f"{c.line}) puts {what} right as the claim has it: the two together state it",
            ]  # fmt: skip
        elif found:
            c = found[0]
            j.stance, j.score = Stance.NEUTRAL, round(1.0 - j.score, 4)
            j.reasons = [*j.reasons, f"a later correction ({c.file}:{c.line}) says {what} was "
                         f"wrong: read the two together"]  # fmt: skip


#: The score of a story's sentence that a later correction puts right as the claim has it.
CORRECTED_SUPPORT = 0.8


def _put_right(j: Judgement, correction: Hit) -> bool:
    """Whether a passage conflicts with the claim only in figures or dates a later correction
    replaces with the claim's own ("The county will spend $350,000, not $250,000"), every other
    part of the claim stated in it."""
    atoms = j.checked.atoms if j.checked else []
    wrong = [a for a in atoms if a.status == AtomStatus.CONFLICTS]
    if not wrong or any(a.kind not in (AtomKind.FIGURE, AtomKind.DATE) or a.by != "rules"
                        for a in wrong):  # fmt: skip
        return False
    if any(a.status != AtomStatus.FOUND for a in atoms if a not in wrong):
        return False
    return all(
        re.search(rf"(?<![\w.]){re.escape(a.claim)}(?![\d])[^.;]{{0,20}}\bnot\s+"
                  rf"{re.escape(a.source)}(?![\d.,]\d)", correction.text)
        for a in wrong
    )  # fmt: skip


def _without_borrowed(
    hits: list[Hit], judgements: list[Judgement]
) -> tuple[list[Hit], list[Judgement]]:
    """Drop a passage whose stance rests on a neighbour that is itself a passage of that
    stance: the neighbour is the evidence, cited on its own (not twice). Two passages that
    each take a part from the other (a date in one, the figure in the next) are one piece of
    evidence: the first retrieved is kept."""
    keys = [(h.file, h.line, h.col, j.stance) for h, j in zip(hits, judgements, strict=True)]
    borrows: list[set[int]] = []
    for h, j in zip(hits, judgements, strict=True):
        _, sentences = window_of(h)
        where = j.checked.where if j.checked else []
        used = {
            (h.file, sentences[w].line, sentences[w].col, j.stance)
            for a, w in zip(j.atoms, where, strict=True)
            if w >= 0 and a.kind != AtomKind.ACTOR and sentences[w] is not h
        }
        borrows.append(
            {k for k, key in enumerate(keys) if key in used}
            if j.stance != Stance.NEUTRAL
            else set()
        )
    dropped: set[int] = set()
    for i, lenders in enumerate(borrows):
        if any(k not in dropped and (i not in borrows[k] or k < i) for k in lenders):
            dropped.add(i)
    keep = [i for i in range(len(hits)) if i not in dropped]
    return [hits[i] for i in keep], [judgements[i] for i in keep]


def evidence_of(hit: Hit, j: Judgement) -> Evidence:
    """A weighed passage, cited by the lines of its window that carry the claim's parts."""
    _, sentences = window_of(hit)
    anchor = sentences.index(hit)
    where = j.checked.where if j.checked else []
    # (a vote's count is read with the bare vote after it, "Nays: Ostrow, Devlin.", which
    # cites it where it names the claim's voter: compare_window)
    bare = [anchor + 1] if _voter_after(sentences, anchor, j.atoms) else []
    used = sorted({anchor, *bare, *(w for w in where if w >= 0)})
    first, last = sentences[used[0]], sentences[used[-1]]

    def cite(s: Passage | Hit) -> str:
        return format_citation(hit.file, s.line, s.page, s.para)

    dated = j.checked.published if j.checked else None

    def cited(w: int) -> str:
        if w >= 0:
            return cite(sentences[w])
        if w == DATELINE and dated is not None:
            return format_citation(hit.file, dated.line) if dated.line else hit.file
        return ""

    citations = [cited(w) for w in where]
    atoms = [
        a.model_copy(update={"citation": c, "file": hit.file if c else ""})
        for a, c in zip(j.atoms, citations, strict=True)
    ]
    if len(used) == 1 or hit.para is not None:
        citation = hit.citation
    else:
        end = max(s.end_line for s in sentences[used[0] : used[-1] + 1])
        citation = cite(first) + (f"-{end}" if end != first.line else "")
    return Evidence(
        stance=j.stance, score=j.score, similarity=hit.similarity, file=hit.file,
        line=first.line, end_line=max(last.end_line, hit.end_line), page=hit.page,
        para=hit.para, citation=citation,
        text=" ".join(s.text for s in sentences[used[0] : used[-1] + 1]), reasons=j.reasons,
        coverage=j.coverage, hedged=j.hedged, atoms=atoms, disagreement=j.disagreement,
        carried=j.signals.as_reported,
        corrects=j.signals.corrects, own_plan=j.signals.own_plan, pending=j.signals.pending,
        own_act=bool(j.signals.own_report),
        on_record=j.signals.on_record,
        disputed=_disputed(hit, atoms) if j.stance == Stance.SUPPORTS else "",
    )  # fmt: skip


def _voter_after(sentences: list[Passage | Hit], anchor: int, atoms: list[Atom]) -> bool:
    if anchor + 1 >= len(sentences) or not motions.VOTED_BARE.search(sentences[anchor + 1].text):
        return False
    after, own = sentences[anchor + 1].text, sentences[anchor].text
    return any(
        a.kind == AtomKind.ACTOR and a.status == AtomStatus.FOUND and a.source
        and a.source.split()[-1] in after and a.source.split()[-1] not in own
        for a in atoms
    )  # fmt: skip


def _as_own_report(e: Evidence, j: Judgement) -> Evidence:
    """A release's or a statement's own report (``own_act``), said so in its reasons; from any
    other source (a column, a transcript's turn) it is only what was said."""
    if not j.signals.own_report:
        return e
    if e.source_kind not in SELF_REPORTING:
        return e.model_copy(update={"own_act": False})
    why = f"{j.signals.own_report}: accepted unless a record or an independent source differs"
    return e.model_copy(update={"reasons": [*e.reasons, why]})


def _disputed(hit: Hit, atoms: list[Atom]) -> str:
    """The sentence just after a passage that says another party disputes what it reports
    ("The Transit Authority disputed the finding."), or the passage itself where it sets
    another side's figure against the claim's ("the union puts it at 85, while the authority
    says 30"), cited; or ""."""
    if any(a.disputed for a in atoms):
        return f"{hit.citation}: {hit.text}"
    for p in hit.after[:CONTEXT]:
        m = DISPUTED.search(p.text)
        if m is not None and _of_the_passage(m, p.text, hit.text):
            return f"{format_citation(hit.file, p.line, p.page, p.para)}: {p.text}"
    return ""


def _of_the_passage(m: re.Match[str], sentence: str, passage: str) -> bool:
    """Whether a dispute is of what the passage reports: "disputes the graduation finding"
    names its topic with a noun, and is of another finding where the passage does not
    have that word ("the appropriation fell by $14 million"); "disputed the findings" and
    "disputes the latest figures" are of any."""
    if m.group("what") is None:
        return True
    word = next((w for w in parse.parse(sentence).words if w.start == m.start("what")), None)
    if word is None or word.pos not in ("NOUN", "PROPN"):
        return True
    return word.base in {stem(t) for t in re.findall(r"[\w'-]+", passage.lower())}


def checklist_of(verdict: Verdict, evidence: list[Evidence]) -> list[Atom]:
    """The claim's parts as the deciding passage has them; without one, the passage that
    states most of the claim (so an editor sees what is missing)."""
    decisive = [e for e in evidence if e.decisive and e.atoms]
    if verdict == Verdict.CONTRADICTED or verdict == Verdict.MIXED:
        conflicting = [e for e in decisive if e.stance == Stance.CONFLICTS]
        decisive = conflicting or decisive
    if decisive:
        return decisive[0].atoms
    ranked = [e for e in evidence if e.atoms]
    if not ranked:
        return []
    best = max(ranked, key=lambda e: (sum(a.status == "found" for a in e.atoms), e.similarity))
    return best.atoms
