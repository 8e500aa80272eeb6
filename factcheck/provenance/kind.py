"""What kind of source a document is, from its name, title and opening lines.

A newsroom weighs sources by kind: an official record (a regulator's notice, a statistics
bulletin, an auditor's report) outranks an interested party's press release, statement or
interview for the same quantity; an opinion column restates facts reported elsewhere; a
transcript records what people said; an anonymous-source story is the weakest evidence.

``source_kind`` reads what a document says of its own form, in this order:

1. a form only one kind of document takes, in the file name, the title or the opening lines:
   "CORRECTION", "For immediate release" / "Media release" / "X today announced" (a results
   release where its name or title says "first-quarter results"), "TRANSCRIPT"
   or speaker turns ("HOST: ..."), "Opinion |" / "columnist" / "Letters to the editor",
   "sources say" / "on condition of anonymity";
2. a byline ("By Dana Whitfield") or a wire dateline ("CORRANO, March 4, 2025 —"): a news
   report, whatever public body its headline names ("Treasury review disputes auditor's
   figures" is a story about a report, not the report);
3. an issuer's own heading or form ("# Office of the Auditor-General", "Bulletin No. 2025-03",
   "Recall Notice", "Prepared for the County Board"): an official record;
4. otherwise a news report.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from ..language import dates as dates_mod
from ..language.polarity import ATTRIBUTION, SPEAKER, hedges
from ..language.tokens import tokenize


class SourceKind(StrEnum):
    OFFICIAL = "official record"
    PRESS_RELEASE = "press release"
    RESULTS = "results release"  # a company's or agency's formal report of its figures
    STATEMENT = "statement"
    TRANSCRIPT = "transcript"
    OPINION = "opinion column"
    CORRECTION = "correction"
    ANONYMOUS = "anonymous-source report"
    NEWS = "news report"


#: How much a kind weighs for the same quantity: an official record outranks a news report,
#: which outranks an interested party (press release, statement, interview), an opinion
#: column (not independent) and an anonymous source (the weakest).
RANK = {
    SourceKind.OFFICIAL: 3, SourceKind.CORRECTION: 3, SourceKind.NEWS: 2, SourceKind.RESULTS: 2,
    SourceKind.PRESS_RELEASE: 1, SourceKind.STATEMENT: 1, SourceKind.TRANSCRIPT: 1,
    SourceKind.OPINION: 1, SourceKind.ANONYMOUS: 0,
}  # fmt: skip

#: Kinds whose word alone is not independent evidence of a fact (the newsroom's rule: an
#: interested party's claim, a column's restatement or an unnamed source proves only that it
#: was said).
NOT_INDEPENDENT = frozenset(k for k, rank in RANK.items() if rank < 2)

# An unnamed person's word, in a document's opening or in any sentence: "who spoke on
# condition of anonymity", "not authorized to speak", "asked not to be named"
UNNAMED_WORD = (
    r"\b(?:condition of anonymity|not authori[sz]ed to (?:speak|discuss|comment)|"
    r"(?:asked|on condition that (?:they|he|she)|declined to be) (?:not )?(?:to )?be named)\b"
)

# 1. forms only one kind of document takes, wherever they appear in its name, title or opening
_FORMS: list[tuple[SourceKind, re.Pattern[str]]] = [
    (SourceKind.CORRECTION, re.compile(
        # (after a masthead in capitals: "DUNMORE COURIER Correction, May 3, 2027")
        r"^\W*(?-i:(?:[A-Z][A-Z'&.-]+\s+){1,4})?corrections?\b|\bcorrects?\b an earlier|"
        r"\bregrets the errors?\b", re.I | re.M)),
    (SourceKind.PRESS_RELEASE, re.compile(
        r"press[ _-]release|media[ _-]release|news[ _-]release|for immediate release|"
        r"\b(?:media|press) (?:contact|enquiries|inquiries)\b|\bpress office\b|"
        r"\btoday (?:announced|reported|released|launched|unveiled|welcomed)\b", re.I)),
    (SourceKind.TRANSCRIPT, re.compile(r"\btranscript\b", re.I)),
    (SourceKind.OPINION, re.compile(
        r"^\W*opinion\b|\bopinion\s*[|:—-]|\bop-ed\b|\bcolumnist\b|\bguest column\b|"
        r"\bviews expressed\b|\bletters? to the editor\b|^\W*letters?\s*[|:—-]", re.I | re.M)),
    (SourceKind.ANONYMOUS, re.compile(
        r"\bsources? (?:say|said|says)\b|\binsiders? (?:say|said|says)\b|\bpeople familiar\b|"
        + UNNAMED_WORD, re.I)),
]  # fmt: skip
# A sentence that gives an unnamed person's word ("said a person familiar with the plan, who
# spoke on condition of anonymity"): whatever the document, that sentence is the unnamed
# source's, the weakest evidence.
# (a sentence's "a person familiar with the plan" too; in a document's opening that alone does
# not make the document an anonymous-source report)
_UNNAMED_SOURCE = re.compile(
    UNNAMED_WORD + r"|\basked not to be identified\b|"
    r"\b(?:people|persons?|sources?|officials?) (?:\w+ ){0,2}familiar with\b",
    re.I,
)


def sentence_kind(sentence: str, kind: SourceKind) -> SourceKind:
    """The kind of source a sentence speaks for: its document's, unless it gives an unnamed
    person's word (then an anonymous source's); in an anonymous-source story, a sentence in
    the reporter's own voice that attributes nothing and hedges nothing ("Repair work on the
    bridge began on Monday, Sept. 21, as scheduled.") is the news report's own."""
    if RANK[kind] > RANK[SourceKind.ANONYMOUS] and _UNNAMED_SOURCE.search(sentence):
        return SourceKind.ANONYMOUS
    if kind == SourceKind.ANONYMOUS and _own_voice(sentence):
        return SourceKind.NEWS
    return kind


def _own_voice(sentence: str) -> bool:
    tokens = tokenize(sentence)
    return not (
        ATTRIBUTION.search(sentence) or _UNNAMED_SOURCE.search(sentence)
        or SPEAKER.match(sentence) or hedges(tokens) or _REPORTED_AS.search(sentence)
    )  # fmt: skip


# words that give a sentence as someone's account, not the reporter's own ("reportedly",
# "the people", "sources")
_REPORTED_AS = re.compile(
    r"\b(?:reportedly|allegedly|apparently|sources?|the\s+people|people\s+familiar|"
    r"one\s+of\s+them|the\s+person|rumou?rs?|speculation|believed|believes?)\b",
    re.IGNORECASE,
)


# ... and words that name a form only in a name or a title ("said in an interview" is common
# in a news lead; "an anonymous donor" is not an anonymous source)
_NAMED_FORMS: list[tuple[SourceKind, re.Pattern[str]]] = [
    (SourceKind.TRANSCRIPT, re.compile(r"\binterview\b", re.I)),
    (SourceKind.OPINION, re.compile(r"\bcolumn\b|\beditorial\b|\bcommentary\b", re.I)),
    (SourceKind.ANONYMOUS, re.compile(r"\banonymous\b|\bunnamed\b|\binsider\b", re.I)),
    # (a group's newsletter or bulletin to its members is its own voice, not a news report)
    (SourceKind.STATEMENT, re.compile(r"\bnewsletter\b", re.I)),
]
# ... and a file named as an organization's release ("solvane-release", "release_0408")
_RELEASE_FILE = re.compile(r"\brelease\b", re.I)
# 2. a news report's own marks: a byline, or a wire dateline before the lead
_BYLINE = re.compile(r"^\W*[Bb]y\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\b", re.M)
_DATELINE = re.compile(
    r"(?:^|\s)[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3},\s+(?:[A-Z][a-z]+day,\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+\d{4})?\s*(?:[—–-]|$)",
    re.M,
)
# 3. an issuer's own heading or a record's form
_ISSUER = re.compile(
    r"^\W*(?:(?:the|independent|national|regional|state|federal|county|city)\s+)*"
    # (a body's name may hold a number: "State 911 Board")
    r"(?:[A-Z0-9][\w.'-]*\s+){0,4}?(?:office|department|dept|ministry|agency|bureau|commission|"
    r"council|authority|board|regulator|administration|auditor[- ]general)\b",
    re.I | re.M,
)
_RECORD = re.compile(
    r"\b(?:bulletin|notice|report|recall|circular|order|decision)\s+no\.?\s*\d|"
    r"\bbulletin\b|\brecall notice\b|\bregulator'?s? notice\b|\bstatistics office\b|"
    r"\bauditor|\bofficial (?:record|report|figures)\b|\bcostings?\b|\bfiscal council\b|"
    r"\bcertified results\b|\bgazette\b|\bfiling\b|\bprepared for\b|\btabled in\b|"
    r"\bperformance audit\b|\bminutes of\b",
    re.I,
)
_STATEMENT = re.compile(r"\bstatement\b", re.I)
# How many of a document's first lines may name its issuer (a title, then the issuer's name)
ISSUER_LINES = 2
# ... and the form's word opening a heading line ("STATEMENT, ...", "Statement from the ...")
_FORM_FIRST = re.compile(r"^\W*statement\b\W*(?:(?:from|by|of)\s+)?", re.I)
# A release that formally reports the issuer's own figures (quarterly or annual results): the
# newsroom accepts these unless an official or independent source says otherwise, as it does
# not a release's claims or boasts.
_RESULTS = re.compile(
    r"\b(?:q[1-4]|quarterly|annual|half[- ]year|full[- ]year|(?:first|second|third|fourth)"
    r"[- ]quarter|interim|financial|fiscal(?: year)?)(?: \d{4})? (?:results|earnings|report)\b",
    re.I,
)


_PLACE = re.compile(r"(?:^|\s)(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}),\s+")


# A record's or a statement's place-and-date line, alone on its line ("City of Rivermont,
# October 5, 2026", "Dunmore, October 8, 2026"): the place its sentences speak of.
_PLACE_LINE = re.compile(
    r"^\W*(?P<place>[A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*){0,4}),\s+(?:[A-Z][a-z]+day,\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+\d{4})?\W*$"
)


def dateline_lead(opening: str) -> str:
    """A wire story's lead, the line its dateline opens ("OSTRANDER, Oct. 6, 2026 — The
    Ostrander Regional Transit Authority on Tuesday ..."): it names the place and the people
    and bodies the later sentences call "the authority" or "she"; "" when none."""
    lines = opening.splitlines()
    dated = next((line for line in lines if _DATELINE.search(line)), "")
    if dated:
        return dated
    # a record with no dateline: the line under its title says what it is about ("Tamsin
    # County rural fiber project (grant BA-2026-017)."), with its labelled fields ("Facility:
    # Hatchet Ridge Landfill. Operator: Verdell Waste Services."), which name what "the
    # operator" is
    first = next((x for x in lines[1:] if _A_SENTENCE.match(x)), "")
    fields = [x.strip() for x in lines[1:] if _FIELD_LINE.match(x) and x != first]
    return " ".join([first, *fields]).strip()


_A_SENTENCE = re.compile(r"^\s*[A-Z][^|#<>]{20,}[.)]\s*$")
_FIELD_LINE = re.compile(r"^\s*[A-Z][a-z]{3,}:\s+[A-Z][^|#<>]*[.]?\s*$")


def heading(opening: str) -> str:
    """The heading lines a record opens with, before its first sentence ("Civil Aviation
    Authority of Tidewater / Airport traffic statistics, calendar year 2025"): what the record
    is and the period it covers. Lines that date its release ("Released 20 February 2026") or
    give a day are left out: they say when it was issued, not what its figures are for."""
    out: list[str] = []
    for line in opening.splitlines():
        text = line.strip().lstrip("#").strip()
        if not text:
            continue
        issued = _ISSUED.search(text)
        if issued is not None:
            text = text[: issued.start()].strip()  # "... calendar year 2025 Released 20 Feb"
        if len(text.split()) > HEADING_WORDS or _DATELINE.search(line) or "|" in text:
            break  # the body, a wire story's lead or a table has begun
        days = [d for d in dates_mod.extract(text) if d.day] if out else []
        if days:
            # (a later line's day is when it was issued or met; what the line names besides
            # is the record's: "Minutes of the Board of Directors, April 22, 2026")
            text = _without(text, [(d.start, d.end) for d in days])
            text = text if len(re.findall(r"[A-Za-z]{2,}", text)) >= 2 else ""
        if text:
            out.append(text)
        if issued is not None or text.endswith("."):
            break
    return " / ".join(out)


HEADING_WORDS = 12


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` less the spans, and the commas and words of a date left at its end ("of",
    "on", "dated")."""
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + text[b:]
    return re.sub(r"(?:[\s,;:-]|\b(?:of|on|at|for|recorded|held|dated)\b)+$", "", text).strip()


_ISSUED = re.compile(r"\b(?:released|published|updated|issued|posted|dated)\b", re.IGNORECASE)


def dateline_place(opening: str) -> str:
    """The place a wire story's dateline names ("OSTRANDER, Oct. 6, 2026 —" -> "OSTRANDER"),
    or a record's place-and-date line ("City of Rivermont, October 5, 2026"): where every
    sentence of the document is set, named once at its top; "" when none."""
    lines = opening[:600].splitlines()
    for line in lines:
        m = _DATELINE.search(line)
        if m is not None:
            place = _PLACE.match(line, m.start())
            return place.group("place") if place else ""
    return next((m.group("place") for x in lines if (m := _PLACE_LINE.match(x))), "")


# How a release or a column signs off, in its last lines
_SIGN_OFF = {
    SourceKind.PRESS_RELEASE: re.compile(
        r"^\W*(?:media|press|news)\s+(?:contact|enquiries|inquiries)\b|^\W*#{3}\W*$|"
        r"\bpress office\b",
        re.I | re.M,
    ),
    SourceKind.OPINION: re.compile(
        r"\bviews expressed\b|\bis a (?:contributing |guest )?columnist\b", re.I
    ),
}


# Another document's release, named in a sentence ("the 52% figure in the university's March 4
# news release", "said in a press release"): a determiner or a possessor before it says the
# document refers to a release; it is not one.
_RELEASE_NAMED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|[\w.-]+['’]s)\s+(?:[\w.,-]+\s+){0,3}?"
    r"(?:press|media|news)[ _-]releases?\b",
    re.I,
)


@lru_cache(maxsize=4096)  # (asked once a claim for each document it cites)
def source_kind(path: str, title: str = "", opening: str = "", closing: str = "") -> SourceKind:
    """The document's kind from its file name, its title, its first lines (see above) and its
    last ones, where a release gives its media contact and a column its disclaimer."""
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ").replace("-", " ")
    head = _RELEASE_NAMED.sub(" ", opening[:600])
    texts = [t for t in (name, title, head) if t]
    tail = _RELEASE_NAMED.sub(" ", closing[-600:])
    for kind, form in _FORMS:
        signed = (
            kind in (SourceKind.PRESS_RELEASE, SourceKind.OPINION)
            and bool(tail)
            and (_SIGN_OFF[kind].search(tail) is not None)
        )
        if signed or any(form.search(t) for t in texts):
            if kind == SourceKind.PRESS_RELEASE and any(_RESULTS.search(t) for t in texts):
                return SourceKind.RESULTS
            return kind
    for kind, form in _NAMED_FORMS:
        if form.search(name) or form.search(title):
            return kind
    if _RELEASE_FILE.search(name):
        # "2026-04-08-solvane-release.html": filed as a release, whatever its first lines
        return SourceKind.PRESS_RELEASE
    if sum(bool(SPEAKER.match(line)) for line in head.splitlines()) >= 2:
        return SourceKind.TRANSCRIPT  # speaker turns ("DOUG PEARCE: Hannah, thanks ...")
    if _BYLINE.search(head) or _DATELINE.search(head):
        return SourceKind.NEWS
    lines = [line for line in head.splitlines() if line.strip()][:ISSUER_LINES]
    # (a public body's heading after the form's word: "STATEMENT, State Department of Health,
    # September 14, 2026" is the department's, as "State Department of Health — statement" is)
    first = _FORM_FIRST.sub("", lines[0]) if lines else ""
    # ... or the issuer's name under a title ("Short-term rental registrations by
    # neighborhood / City of Marlow Bay, Code Enforcement Office.")
    issued = _ISSUER.match(first) or any(_names_issuer(line) for line in lines)
    if any(_RECORD.search(t) for t in texts) or issued or _ISSUER.search(name):
        return SourceKind.OFFICIAL
    if _STATEMENT.search(name) or _STATEMENT.search(title):
        return SourceKind.STATEMENT  # "said in a joint statement" in a lead is a news report
    own = len(_FIRST_PLURAL.findall(_QUOTED.sub(" ", head))) >= OWN_VOICE_MIN
    # (an office's report says "we" too: "We examined every disbursement")
    office = any(_ISSUER.match(line) for line in head.splitlines())
    if own and not office or any(_FAQ.search(t) for t in texts):
        # "We need 1,000 member-owners before we can sign a lease", "All 23 of our employees":
        # with no byline nor dateline, a body speaking of itself in its own words (a notice
        # to customers, a page of questions and answers) is its statement, not a news report
        return SourceKind.STATEMENT
    return SourceKind.NEWS


def _names_issuer(line: str) -> bool:
    """Whether a heading line names a public body as a name, a part of the line between its
    commas and stops in capitals ("Code Enforcement Office", "State Department of
    Corrections"), not as a sentence's subject ("The city council will vote ...")."""
    return any(
        _ISSUER.match(part) is not None and _NAME_ONLY.fullmatch(part) is not None
        for part in (p.strip() for p in _NAME_PARTS.split(line))
    )  # fmt: skip


_NAME_PARTS = re.compile(r"[,.;:|—–]")
_NAME_ONLY = re.compile(r"[A-Z][\w'&-]*(?:\s+(?:of|the|and|for|[A-Z0-9][\w'&-]*))*")


# "we", "our", "us" outside quotation marks (a report quotes them; a body writes them)
_FIRST_PLURAL = re.compile(r"\b(?:[Ww][Ee]|[Oo]ur|OUR|[Oo]urs|us)\b")  # (not "US", the country)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
OWN_VOICE_MIN = 2
# a body's page of questions and answers about itself
_FAQ = re.compile(r"\b(?i:frequently asked questions)\b|\bFAQs?\b")
