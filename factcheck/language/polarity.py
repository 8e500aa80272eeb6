"""Negation scope and hedging (modality) in a sentence."""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .parse import parse
from .tokens import Token, is_content, tokenize

SCOPE_MAX = 8  # words a negation cue reaches, at most
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013.!?]|\s-\s")  # a sentence end ends a scope too
CLAUSE_WORDS = frozenset({"but", "while", "although", "though", "whereas", "however", "and"})
NOT_NEGATION = {("not", "only"), ("no", "doubt"), ("not", "just")}
RELATIVE = frozenset({"which", "who", "whom", "whose"})


def _match_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    for k, word in enumerate(phrase):
        low = tokens[i + k].lower
        if word == "n't":
            if not low.endswith("n't"):
                return False
        elif low != word:
            return False
    return True


@cache
def _by_first_word(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases of a lexicon indexed by their first word (longest first)."""
    phrases = lexicon.negations() if kind == "negations" else lexicon.hedges()
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        table.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in table.items()}


# "no more than four", "no later than June 1": a bound on a figure, which denies nothing
BOUND_AFTER_NO = frozenset({"more", "fewer", "less", "later", "earlier", "greater", "sooner"})


def _a_bound(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the cue "no" at ``tokens[i]`` opens a bound ("no more than")."""
    after = [t.lower for t in tokens[i + 1 : i + 3]]
    return (
        phrase == ("no",) and len(after) == 2 and after[0] in BOUND_AFTER_NO and after[1] == "than"
    )


def negation_cues(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first token, token after the cue) for each negation cue; not a word inside a
    hyphenated compound, which names a thing ("the do-not-drink order") and denies nothing."""
    table = _by_first_word("negations")
    cues = []
    i = 0
    while i < len(tokens):
        if tokens[i].compounded:
            i += 1
            continue
        low = tokens[i].lower
        candidates = table.get(low, ()) + (table.get("n't", ()) if low.endswith("n't") else ())
        for phrase in candidates:
            if _match_at(tokens, i, phrase):
                nxt = tokens[i + len(phrase)].lower if i + len(phrase) < len(tokens) else ""
                if (low, nxt) not in NOT_NEGATION and not _a_bound(tokens, i, phrase):
                    cues.append((i, i + len(phrase)))
                i += len(phrase) - 1
                break
        i += 1
    return cues


def negated_keys(sentence: str, tokens: list[Token]) -> tuple[set[str], list[str]]:
    """Content-word keys inside a negation's scope, and the cues as written."""
    scopes = negation_scopes(sentence, tokens)
    return set().union(*(scope for _, scope in scopes)), [cue for cue, _ in scopes]


def negation_scopes(sentence: str, tokens: list[Token]) -> list[tuple[str, set[str]]]:
    """Each negation cue as written, with the content-word keys inside its scope: "did not
    reference ... which never occurred" has two, each of its own clause."""
    out = []
    for first, after in negation_cues(tokens):
        scope: set[str] = set()
        timed = False  # "will not open until Jan. 12" says when it opens, not that it does not
        for t in tokens[after : after + SCOPE_MAX]:
            gap = sentence[tokens[t.index - 1].end : t.start]
            if CLAUSE_BREAK.search(gap) or t.lower in CLAUSE_WORDS or t.lower in RELATIVE:
                break  # (a relative clause is its own: "the massacre which never occurred")
            if t.lower == "until":
                timed = True
                break
            if is_content(t):
                scope.add(t.key)
        if timed:
            continue
        if (
            after - first == 1 and first > 0 and tokens[first - 1].lower in BE_FORMS
            and tokens[first].lower.endswith("ed")
        ):  # fmt: skip
            # a passive: what "is denied" is its subject ("The variance is DENIED."), not
            # the agent after it ("by the board")
            scope = _subject_of(sentence, tokens, first - 1)
        out.append((sentence[tokens[first].start : tokens[after - 1].end], scope))
    return out


BE_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being"})


def _subject_of(sentence: str, tokens: list[Token], be: int) -> set[str]:
    """The content words before a passive's "is" back to its clause's start, at most
    SCOPE_MAX words: "The variance" of "DECISION: The variance is DENIED."."""
    scope: set[str] = set()
    for t in reversed(tokens[max(0, be - SCOPE_MAX) : be]):
        gap = sentence[t.end : tokens[t.index + 1].start]
        if CLAUSE_BREAK.search(gap) or t.lower in CLAUSE_WORDS:
            break
        if is_content(t):
            scope.add(t.key)
    return scope


def _the_month(tokens: list[Token], i: int) -> bool:
    """ "May" capitalized inside a sentence, or followed by a day or a year, is the month."""
    t = tokens[i]
    if t.text != "May":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return i > 0 or (after is not None and after.text[:1].isdigit())


# Hedges that stand before a noun and describe that thing ("a tentative agreement", "the
# proposed ban"), not the statement: they hedge a claim only about that thing.
ATTRIBUTIVE = frozenset({"tentative", "proposed", "potential", "preliminary", "unconfirmed"})


def hedges(tokens: list[Token], about: frozenset[str] | None = None) -> list[str]:
    """Hedge phrases in the sentence, as listed in data/hedges.txt. With ``about`` (a claim's
    word stems), an attributive hedge counts only before one of them: "reached a tentative
    agreement, ending a strike that lasted eight days" does not hedge how long it lasted."""
    table = _by_first_word("hedges")
    found = []
    words = [t.lower for t in tokens]
    for i, word in enumerate(words):
        if _the_month(tokens, i):
            continue  # "on May 2", "in May": the month, not the modal
        if (
            about is not None and word in ATTRIBUTIVE and i + 1 < len(tokens)
            and tokens[i + 1].stem not in about
        ):  # fmt: skip
            continue
        for phrase in table.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found.append(" ".join(phrase))
                break
    return found


# Where one sentence ends and the next begins, in a passage that holds several.
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d]))\s+(?=[A-Z])")


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def headline_plan(sentence: str) -> list[str]:
    """A headline's plan: "Calder State trustees to weigh 7% tuition increase", "Council to
    vote on budget": a headline says what is due with the subject and a bare infinitive, no
    finite verb before it. Only a line without closing punctuation is read as a headline;
    ["to weigh"], or []."""
    text = sentence.strip()
    if not text or text[-1] in ".!?\"”'" or " to " not in text:
        return []
    from . import parse  # the parser loads only for a headline with "to"

    words = parse.parse(text).words
    for w in words:
        if w.tag in FINITE_TAGS:
            return []
        verb = words[w.index + 1] if w.index + 1 < len(words) else None
        if w.tag != "TO" or verb is None or verb.tag != "VB":
            continue
        head = words[verb.head]
        if verb.dep == "ROOT" or (
            verb.dep in ("acl", "advcl", "xcomp") and head.dep == "ROOT" and head.tag[:2] == "NN"
        ):
            return [f"to {verb.text.lower()}"]
    return []


# Where a sentence's clauses part, for what a hedge or a negation reaches over a whole claim:
# in "..., as Tesla seeks approval" the hedge does not reach "Musk arrived in Beijing".
SCOPE_BREAK = re.compile(
    r"[,;:]\s+|\s+(?=\b(?:while|because|although|though|whereas|but|after|before|when|"
    r"since|until)\b)"
    # ... and before "as", not of a comparison's "as many as 5,000 trees", "as well as"
    r"|(?<!many)(?<!much)(?<!few)(?<!little)(?<!high)(?<!low)(?<!large)(?<!long)(?<!well)"
    r"(?<!far)(?<!soon)(?<!early)(?<!late)(?<!such)\s+(?=\bas\b(?!\s+(?:many|much|few|"
    r"little|high|low|large|long|well|far|soon|early|late)\s+as\b))"
    # ... and before a second predicate with its own auxiliary: "has a six-inch tear and will
    # be restored", "had been switched off and had not been switched back on"
    r"|\s+(?=\b(?:and|or)\s+(?:will|would|may|might|could|should|can|must|is|are|was|were|"
    r"has|have|had)\b)",
    re.IGNORECASE,
)


def clauses(sentence: str) -> list[str]:
    """The sentence's clauses, split at punctuation and before subordinating words."""
    return [c for c in SCOPE_BREAK.split(sentence) if c.strip()]


# Words of asking for something: what one side applied for, requested, sought, petitioned,
# called for or demanded, which is not what it was granted (a table's column, a figure's
# clause, a hedge, a claim about the request itself).
ASKING = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|application|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?|petition(?:s|ed|ing)?|call(?:s|ed)?\s+for|demand(?:s|ed|ing)?|"
    r"urg(?:es|ed|ing))\b",
    re.IGNORECASE,
)
# ... as the stems a figure's clause keeps ("applied for" -> "appli")
ASKING_STEMS = frozenset({"appli", "request", "sought", "seek", "ask", "petit", "want"})


# What a sentence says of its own truth, beside negation and hedges (a passage with one of
# these does not state a claim as fact):
# a denial, or a report called false or a rumour;
DENIAL = re.compile(
    r"\b(?:no evidence|not true|untrue|denie[sd]|deny|denying|false(?:ly)?|hoax|myth|"
    r"debunked|baseless|unfounded|fabricated|rumou?rs?|unsubstantiated|disputed)\b",
    re.IGNORECASE,
)
# How corrections and updates replace what was said, as regex alternatives shared below and
# by the rules: a figure rejected ("40, not 140"), an estimate revised ("revised to $41.5
# million from $38 million"), a story corrected ("incorrectly stated that ...").
REJECTING = r"not|rather than|instead of|in place of"
REVISING = r"revised|raised|lowered|updated|corrected|adjusted"
CORRECTING = (
    r"incorrectly|erroneously|mistakenly|wrongly|misstated|misreported|misquoted|"
    r"misidentified|in error|"
    # a correction's "A story on Feb. 10 said ...", "The story also said ...": what it said
    r"(?:story|article)\b(?:[^.;]|\.\s(?=\d)){0,40}?\b(?:said|stated|reported|gave)|"
    # ... and a dated one with what it was about: "A story on Sept. 24 about the agreement
    # in the teachers' strike said ..."
    r"(?:story|article)\s+(?:published\s+)?on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b[^.;]{0,90}?"
    r"\b(?:said|stated|reported|gave)"
)
# a correction: what a story said was wrong ("incorrectly stated that storage had fallen to
# 19 per cent", "misstated the decline"): what it says after the cue is false;
CORRECTED = re.compile(rf"\b(?:{CORRECTING})\b", re.IGNORECASE)
# ... but "wrongly" before a verb that says nothing of what was reported tells how a thing
# was done, not that a story had it wrong: "the auditor found that Meridian wrongly exempted
# 2,140 calls".
_HOW_IT_WAS_DONE = re.compile(
    r"(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?!(?:said|stated|reported|"
    r"identified|named|described|listed|gave|given|attributed|quoted|called|referred|wrote|"
    r"written|printed|labell?ed|characterized|spelled|spelt)\b)[a-z]+",
    re.IGNORECASE,
)


def report_wrong_cue(text: str) -> re.Match[str] | None:
    """The first cue of ``text`` that says a story or a statement had something wrong ("The
    Ledger incorrectly reported ...", "misstated the figure", "An earlier version of this
    story said"), past one that only says a thing was done wrongly ("Meridian wrongly
    exempted 2,140 calls"); None where it has none."""
    return next(
        (m for m in CORRECTED.finditer(text) if not _HOW_IT_WAS_DONE.match(text, m.start())),
        None,
    )


# A correction's note that a story had something wrong: "gave the wrong year", "used an
# incorrect figure", "listed the wrong title".
WRONG_NOTE = re.compile(
    r"\b(?:gave|had|used|listed|printed|reported|included|named|cited)\s+(?:the\s+|an?\s+)?"
    r"(?:wrong|incorrect|inaccurate|erroneous)\b",
    re.IGNORECASE,
)
# What unnamed people are said to say: "Some owners say ...", "Critics argued ...", "Many
# residents believe ..." (a quantifier or a group's noun, no name, before a verb of saying).
HEARSAY = re.compile(
    r"(?:^|[.:;,]\s+|\b(?:that|but|and)\s+)(?:(?:some|many|several|other|most)\s+"
    r"(?:[a-z]+\s+){0,2}|critics\s+|opponents\s+|skeptics\s+)(?:say|says|said|claim|claimed|"
    r"argue|argued|believe|believed|complain|complained|allege|alleged|fear|feared)\b",
    re.IGNORECASE,
)
# an estimate revised: the figure after "from" is the one replaced;
REVISED = re.compile(rf"\b(?:{REVISING})\b", re.IGNORECASE)
# a sentence that replaces a figure or date ("40, not 140", "up from $95 million", "revised",
# "incorrectly stated"): what corrections and later updates say;
REPLACES = re.compile(
    rf"\b(?:{REJECTING}|{REVISING}|{CORRECTING}|up from|down from)\b", re.IGNORECASE
)
# a reported statement the next sentence checks against the record ("X said burglaries had
# doubled. Police figures show ...", "... show the opposite"): the article reports it to test it;
CHECKED = re.compile(
    r"\b(?:the opposite|in fact|contrary to|(?:figures|data|records|statistics|numbers)\b"
    r"[^.;]{0,60}?\b(?:show|shows|showed|put|suggest|suggests)|"
    # a checker's own figure: "We estimate the saving at ...", "the audit found ..."
    r"we (?:estimate|calculate|find|found|put)|"
    r"(?:audit|review|analysis|study|our estimate)\b[^.;]{0,30}?\b(?:found|finds|shows|showed|"
    r"puts?|is|was))\b",
    re.IGNORECASE,
)
# another party disputes what the sentence before reported ("The Transit Authority disputed
# the finding", "the company rejects the study's conclusions"): the sources disagree;
DISPUTED = re.compile(
    r"\b(?:disputed|disputes|dispute|challenged|challenges|contested|contests|rejected|rejects|"
    r"questioned|questions)\s+(?:the|its|their|this|that|these|those|the\s+\w+'s)\s+"
    r"(?:(?P<what>\w+)\s+)?(?:findings?|figures?|study|survey|estimates?|counts?|report|"
    r"analysis|conclusions?|numbers?|results?|data|methods?|methodology)\b"
    # a second source of the same kind that found otherwise ("A separate snap poll ... found
    # the reverse")
    r"|\b(?:separate|another|second|rival|competing|independent)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:poll|survey|study|analysis|review|count|audit|test)\b[^.]{0,120}?\b(?:found|showed|"
    r"shows|finds|gave|reached)\s+(?:the\s+)?(?:reverse|opposite|a different result)\b",
    re.IGNORECASE,
)
# a statement reported as someone's ("X said", "says", "claimed"): what the next sentence may
# check against the record;
REPORTED = re.compile(
    r"\b(?:said|says|told|claimed|claims|argued|insisted|boasted|stated|states|cited|cites|"
    r"maintains|maintained|contends|contended)\b",
    re.I,
)
# an assertion reported, not a fact ("Varga's own claim to have created ...");
ASSERTED = re.compile(
    r"\b(?:claim(?:ed|s)? (?:to have|that)|alleg(?:ed|edly|es|ation)|purported(?:ly)?)\b",
    re.IGNORECASE,
)
# unproven, which is not false ("there is no evidence that ...");
UNPROVEN = re.compile(
    r"\b(?:no evidence|no proof|no sign|not (?:yet )?(?:been )?(?:confirmed|clear|known|proven)|"
    r"unconfirmed|unclear whether)\b",
    re.IGNORECASE,
)
# a transcript turn ("ANNIKA VARGA: ...", "Q: ...", "A: ...");
# (with the speaker's office or body in brackets: "ERIK LINDQVIST (general manager, Volta):")
# (a document's form is no speaker: "NEWS RELEASE: State health department deploys ...",
# "CORRECTION: ..."), nor is a memorandum's or an e-mail's header field ("TO: Board of
# Supervisors", "FROM: Grace Whitlock, County Administrator", "RE: ...")
FORM_LABEL = (
    r"(?:(?:NEWS|PRESS|MEDIA)\s+RELEASE|FOR\s+IMMEDIATE\s+RELEASE|CORRECTIONS?|CLARIFICATION|"
    r"UPDATE|UPDATED|EDITOR'S\s+NOTE|STATEMENT|TRANSCRIPT|OPINION|ADVISORY|NOTICE|BREAKING|"
    r"TO|FROM|CC|BCC|RE|SUBJECT|DATE|SENT|ATTN|ATTENTION)\s*:"
)
SPEAKER = re.compile(
    rf"^\s*(?!{FORM_LABEL})(?:[A-Z][A-Z.'\- ]{{0,40}}[A-Z](?:\s*\([^)]{{1,80}}\))?|Q|A)\s*:\s"
)
# ... and a turn of a public body's staff reporting to it ("IT DIRECTOR SAM REYES: ...",
# "COUNTY ENGINEER DANA WHITLOCK: ..."): an agency's formal report, which the label policy
# accepts as evidence unless an official or independent source says otherwise; not an elected
# member's, a candidate's or a chief executive's word.
STAFF_TURN = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\- ]{0,40}\s)?(?:DIRECTOR|MANAGER|ENGINEER|CLERK|ADMINISTRATOR|"
    r"SUPERINTENDENT|TREASURER|AUDITOR|INSPECTOR|PLANNER|COMPTROLLER|CONTROLLER|OFFICER|CHIEF|"
    r"SHERIFF|CORONER|MARSHAL|CAPTAIN|LIEUTENANT|SERGEANT)"
    r"(?:\s[A-Z.'\- ]{0,40}[A-Z])?\s*:\s"
)
# ... and a turn whose label names its speaker: "CHIEF MARCUS HALE: ...", "HOST (JUNE PARK): ..."
NAMED_TURN = re.compile(r"^\s*(?P<name>[A-Z][A-Z.'\- ]{0,40}[A-Z])(?:\s*\([^)]*\))?\s*:\s")
# ... the same label anywhere a turn may start in a run of text (a passage's context):
# "... Strom.  STROM: Ninety-one percent ..."
TURN_LABEL = re.compile(r"(?:^|(?<=\s))([A-Z][A-Z.'\- ]{0,40}[A-Z])(?:\s*\([^)]*\))?:\s")
# an attribution: a sentence about what someone said ("X said", "according to X", a quote).
ATTRIBUTION = re.compile(
    r"\b(said|says|told|according to|reported|confirmed|announced|wrote|tweeted|posted|"
    r"denied|claimed|stated|argued|insisted|promised|pledged|boasted)\b|[\"“”]",
    re.IGNORECASE,
)
# a fronted time clause ("When they announced the merger, ..."): it dates the claim, it is not
# what the claim asserts
FRONTED_TIME = re.compile(r"^\s*(?:when|after|before|since|once|until|as soon as)\b[^,]*,\s*", re.I)


def is_attribution(claim: str) -> bool:
    """The claim is about what someone said ("X said ...", "according to X", a quote), asked
    for ("The union called on the county to hire ...") or what a study found ("A study
    commissioned by the growers found that ..."), judged on whether they said it, outside a
    fronted time clause."""
    said = FRONTED_TIME.sub("", claim)
    return bool(ATTRIBUTION.search(said) or DEMANDED.search(said) or STUDY_FOUND.search(said))


# What a study found, in a clause of its own: "A study ... found that", "the audit concluded
# that", "researchers estimated that".
STUDY_FOUND = re.compile(
    r"\b(?:study|survey|report|analysis|audit|review|researchers?|investigation)\b[^.;]{0,60}?"
    r"\b(?:found|finds|concluded|concludes|estimated|estimates)\s+that\b",
    re.IGNORECASE,
)


# A demand is a saying: "called on the county to", "called for", "urged", "demanded"
DEMANDED = re.compile(
    r"\b(?:call(?:s|ed)\s+(?:on|upon|for)|urged|demanded|insisted\s+on)\b", re.IGNORECASE
)


#: The most words a turn's answer has to be read with the question before it.
ANSWER_WORDS = 4


def short_answer(text: str) -> bool:
    """A transcript turn that only answers ("THE FOREPERSON: Guilty.", "MR. HALE: No, sir.")."""
    m = NAMED_TURN.match(text)
    return m is not None and len(text[m.end() :].split()) <= ANSWER_WORDS and not asks_turn(text)


def asks_turn(text: str) -> bool:
    """A transcript turn that asks ("THE CLERK: ... how do you find the defendant?")."""
    return NAMED_TURN.match(text) is not None and text.rstrip().endswith("?")


# The verbs whose subject is a speaker and whose object is what was said.
SPEECH_STEMS = frozenset({
    "say", "tell", "claim", "state", "argu", "insist", "announc", "report", "confirm", "deni",
    "write", "warn", "promis", "pledg", "boast", "acknowledg", "admit", "assert", "tweet",
})  # fmt: skip


def reports_saying(text: str) -> bool:
    """Whether the passage reports someone's words or their act of saying: an attribution, a
    quote, or a verb of saying anywhere ("Norvane did not admit wrongdoing")."""
    return ATTRIBUTION.search(text) is not None or any(
        t.stem in SPEECH_STEMS for t in tokenize(text)
    )


def speech_claim(claim: str) -> bool:
    """Whether the claim is, as a whole, about what someone said: its main verb is one of
    saying ("Officials said the region could put ..."), or it gives its source ("according
    to ..."); not a claim that only mentions a statement ("plunged 20% on the day the recall
    was announced")."""
    if re.search(r"\baccording to\b", claim, re.IGNORECASE):
        return True
    root = parse(FRONTED_TIME.sub("", claim)).root
    return root is not None and root.pos == "VERB" and root.base in SPEECH_STEMS


def dates_of_saying(claim: str) -> frozenset[str]:
    """The claim's dates that say when its speaker spoke ("In April, Whitlock said nine of the
    nurses ..."): the dates the parse hangs on its main verb of saying, as written. A later
    statement of the speaker's is another statement, not the claim's."""
    if not speech_claim(claim):
        return frozenset()
    from . import dates  # (dates' rules load only for a claim about what was said)

    tree = parse(claim)
    out = set()
    for d in dates.extract(claim):
        at = [w for w in tree.words if d.start <= w.start < d.end]
        w = tree.head(at[0]) if at else None
        if w is not None and w.pos == "ADP":
            w = tree.head(w)
        if w is not None and w.dep == "ROOT" and w.base in SPEECH_STEMS:
            out.add(d.text)
    return frozenset(out)


# A claim about every member of a set ("risen every year since 2021", "led in every major
# poll", "each of the five"): a passage that gives some of them, or two points of a series,
# does not show it of all. (A rate, "for every year worked", is no such claim.)
UNIVERSAL = re.compile(
    # (not a proportion: "four of every five beds", "one in every ten")
    r"(?<!\bfor )(?<!\bper )(?<!\bof )(?<!\bin )\b(?:every|each)\s+(?!other\b)(?:\w+\s+){0,2}?"
    r"(?:year|month|week|quarter|day|time|poll|survey|one|case|election|season|race|game|"
    r"match|district|county|state|region|member|school|hospital|store|branch|product)s?\b"
    r"|\balways\b|\bwithout exception\b",
    re.IGNORECASE,
)
# ... and what a passage says of all of them: "every", "each", "all", "in a row", "straight"
UNIVERSAL_SAID = re.compile(
    r"\b(?:every|each|all|always|consecutive|straight|in a row|running|unanimous(?:ly)?|"
    r"without exception|none|no other)\b",
    re.IGNORECASE,
)


def universal(claim: str) -> str:
    """The claim's words that say it of every member of a set ("every year"), or ""."""
    m = UNIVERSAL.search(claim)
    return m.group().strip() if m else ""


# A claim about what is arranged to happen: "Lumora is cutting 400 jobs", "Ekholm is to be
# finance minister", "Corrano goes back to Stage 2 on July 1". A source's plain future ("will",
# "is set to", "is due to", "is scheduled to") states that arrangement; it is no hedge against
# such a claim ("expected to", "could" and "may" still are).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
PLANNED = re.compile(
    r"\b(?:is|are)\s+(?!being\b|going\b)[a-z]+ing\b|\b(?:is|are)\s+to\s+\w+|"
    r"\b(?:goes|begins|starts|takes effect|opens|closes|ends|moves|returns|resumes|reopens)\b"
    rf"[^.;]*\b(?:on|from|in)\s+{_MONTH}",
)
PLAIN_FUTURE = frozenset({
    "will", "is set to", "are set to", "is due to", "are due to", "scheduled to",
})  # fmt: skip


# "said it would cut": reported speech puts "will" back into "would"
BACKSHIFTED = re.compile(
    r"\b(?:said|announced|confirmed|told \w+|stated|added)\b[^.;]{0,40}?\bwould\b", re.I
)


# A party's own plan or request, in its own voice: "We plan to open an outpatient center",
# "we have applied for $150 million", "our goal is to". A party is the authority on what it
# intends or expects (the label policy's self-report it accepts), never on what it has achieved
# nor on what its plan will bring ("we will create 80 jobs" is a forecast, not a plan; "we
# expect 150 jobs" backs only "the club expects 150 jobs").
OWN_PLAN = re.compile(
    r"\b(?:we|I)(?:'re|'ll)?\s+(?:(?:also|now|still|have|had|are|am|do)\s+){0,2}"
    r"(?:plan(?:ning)?\s+to|intend(?:ing)?\s+to|aim(?:ing)?\s+to|going\s+to|applied\s+for|"
    r"ask(?:ed|ing)?\b|request(?:ed|ing)?\b|expect(?:ing)?\b|hope\s+to|estimate\b|forecast\b|"
    r"project\b)"
    r"|\bour\s+(?:plan|goal|intention|aim)\s+is\s+to\b"
    # ("The estimate is now $7.9 million", said by the one who makes it)
    r"|\b(?:our|the)\s+(?:latest\s+|new\s+|current\s+)?(?:estimate|forecast|projection)\s+"
    r"(?:is|was|has\s+risen|has\s+fallen)\b",
    re.IGNORECASE,
)
# ... a commitment to an act of its own: "We will give $500 to every household", which a claim
# that the party will do so reports (not an outcome it expects: "we will create 400 jobs")
COMMITMENT = re.compile(
    r"\b(?:we|I)\s+will\s+(?:also\s+)?(?:pay|give|offer|refund|cover|provide|fund|hire|"
    r"open|close|build|replace|repair|publish|release|hold|appeal|return|reimburse)\b",
    re.IGNORECASE,
)
# A claim that reports a plan or request as one: "intends to open", "will pay", "has applied for".
PLAN_CLAIM = re.compile(
    r"\b(?:plans?|planning|intends?|intending|aims?|wants?|is\s+going\s+to|applied\s+for|"
    r"(?:has|have)\s+asked|asked|requested|expects?|expected|hopes|estimates|estimated|forecasts?|"
    r"projects|projected)\b",
    re.IGNORECASE,
)


# A party's own act on paper, in its own voice, of the kind a record would show: "I signed a
# two-year extension", "we filed the appeal", "we have adopted the state's figure". Not what
# it did or achieved in the world ("we have hired 40 nurses", "we opened a clinic", "we have
# put 1,200 more police on the streets"): its account of that needs a source of its own.
OWN_ACT = re.compile(
    r"\b(?:we|I)(?:'ve)?\s+(?:(?:have|had|also|already|just)\s+){0,2}"
    r"(?P<act>signed|filed|submitted|appointed|adopted|accepted|withdrew|resigned|declined|"
    r"rejected|approved|applied)\b",
    re.IGNORECASE,
)


# A party's words that rank it against all others: "we will pay more in taxes than any other
# employer", "we are the only company that grew", "no town has ever closed its beaches
# faster". No plan nor act of its own: a boast about the others too, which needs a source.
RANKS_ITSELF = re.compile(
    r"\bthan\s+any(?:one|body|\s+other)\b|\bthe\s+only\b|\bno\s+other\b|\bno\s+\w+\s+"
    r"(?:\w+\s+){0,3}(?:has|have|had)\s+ever\b|\bin\s+(?:its|our|their)\s+history\b",
    re.IGNORECASE,
)


def own_plan(claim: str, sentence: str) -> re.Match[str] | None:
    """Where ``sentence`` is a party's own plan, request or act in its own voice and
    ``claim`` reports it as such (a plan as a plan, the act by its verb), the words that say
    so; else None. A boast that ranks the party against all others is neither."""
    if RANKS_ITSELF.search(sentence):
        return None
    act = OWN_ACT.search(sentence)
    if act is not None and re.search(rf"\b{re.escape(act.group('act'))}\b", claim, re.I):
        return act
    committed = COMMITMENT.search(sentence)
    if committed is not None and re.search(r"\bwill\b", claim, re.IGNORECASE):
        return committed
    if PLAN_CLAIM.search(claim) is None:
        return None
    return OWN_PLAN.search(sentence) or committed


def is_planned(claim: str) -> bool:
    """The claim speaks of what is arranged or intended to happen, not of what has happened:
    "is cutting 400 jobs", "wants its channel dredged to 47 feet" (which "will ask the Corps
    to deepen the channel to 47 feet" states)."""
    return PLANNED.search(claim) is not None or INTENDED.search(claim) is not None


# A claim about what a party means to do: "wants the channel deepened", "plans to open"
INTENDED = re.compile(
    r"\b(?:wants?|wanted|(?:plans?|planning|intends?|intending|aims?|seeks?|hopes?)\s+to)\b",
    re.IGNORECASE,
)
