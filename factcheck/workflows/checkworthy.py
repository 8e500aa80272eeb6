"""Which sentences of a draft state something specific enough to check, and why; and
sentences that join independent facts ("X did A, and Y did B") split into separate claims.

Check-worthy: a figure, a date, a superlative or "first/only", a comparison, a quote or an
attribution, or named people and organisations in a statement. Not check-worthy: questions,
headings without a figure or date, opinions without a checkable detail, and vague
generalisations (nothing named, counted or dated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import dates, quantities
from ..language.parse import parse
from ..language.polarity import ATTRIBUTION
from ..language.tokens import CALENDAR, STOPWORDS, is_name, tokenize

OPINION = re.compile(
    r"\b(i|we) (think|believe|feel|suspect|guess)\b|\bin (my|our) (view|opinion)\b|"
    r"\b(should|ought to|must|deserves?)\b|\bit seems\b|\barguably\b",
    re.IGNORECASE,
)
SUPERLATIVE = re.compile(
    r"\b(first|only|last|record|largest|biggest|smallest|highest|lowest|most|least|best|"
    r"worst|fastest|slowest|oldest|newest|youngest|cheapest|strongest|weakest|top)\b",
    re.IGNORECASE,
)
COMPARISON = re.compile(
    r"\b(than|surpass\w*|overt(ook|ake\w*)|outs(old|ell\w*)|ahead of|behind|trails?|"
    r"double[ds]?|tripled?|halved?)\b",
    re.IGNORECASE,
)
# A writer's verdict or advice, or a forecast of what others will argue: opinion, whatever
# figures it mentions ("Her opponents will argue that she has little to show for four years")
VERDICT = re.compile(
    r"\bwould do well to\b|\b(?:have|has|had) (?:good|every|little|no) reason to\b|"
    r"\bwhatever the merits\b|\bremains to be seen\b|\btime will tell\b|"
    r"\bwill (?:argue|say|claim|contend|insist|complain)\b",
    re.IGNORECASE,
)
# A comparison by a multiple: "would cost less than half as much as the reservoir"
MULTIPLE = re.compile(
    r"\b(?:half|twice|(?:two|three|four|five|ten|\d+) times)\s+as\s+(?:much|many|large|"
    r"high|long|big|fast|expensive)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
# Where a sentence may join two independent statements.
JOINS = re.compile(r"(?:,\s+(?:and|but|while|whereas)\s+|;\s+)")
SUBJECT_START = frozenset({"the", "its", "their", "this", "that", "a", "an"})
MIN_PART_WORDS = 4


@dataclass(frozen=True)
class Worthiness:
    checkworthy: bool
    reason: str


def _names(text: str, known: frozenset[str]) -> list[str]:
    """Names in a sentence. A capitalized first word counts only when it is written as a name
    (XPeng, VW), is followed by another capitalized word, or is capitalized mid-sentence
    elsewhere in the draft (``known``): "Prices rose" names nothing, "Tesla rose" does."""
    tokens = tokenize(text)
    out = []
    for t in tokens:
        if not is_name(t) or t.is_number or t.lower.rstrip(".") in CALENDAR or t.text in out:
            continue
        if t.index == 0:
            nxt = tokens[1] if len(tokens) > 1 else None
            written_as_name = t.text.isupper() or any(c.isupper() for c in t.text[1:])
            if not (
                written_as_name or t.lower in known or (nxt and is_name(nxt))
                or _parsed_as_name(text)
            ):  # fmt: skip
                continue
        out.append(t.text)
    return out


def _parsed_as_name(text: str) -> bool:
    """Whether the parser reads a sentence's capitalized first word as a proper noun that is
    its subject ("Okafor received a pay raise"), not a common noun or an adjective
    ("Residents responded well")."""
    if STOPWORDS & {text.split(None, 1)[0].lower()}:
        return False
    first = parse(text).words[0]
    return first.tag == "NNP" and first.dep in ("nsubj", "nsubjpass")


def draft_names(sentences: list[str]) -> frozenset[str]:
    """Words capitalized in the middle of some sentence of a draft: its names."""
    return frozenset(t.lower for s in sentences for t in tokenize(s) if t.index > 0 and is_name(t))


def assess(sentence: str, known_names: frozenset[str] = frozenset()) -> Worthiness:
    """Whether a draft sentence is a specific, verifiable statement, with the reason.

    ``known_names``: lower-case names of the whole draft (see ``draft_names``)."""
    text = " ".join(sentence.split())
    if not text:
        return Worthiness(False, "empty")
    if text.rstrip("\"”’') ").endswith("?"):
        return Worthiness(False, "a question")
    figures = [q.text for q in quantities.extract(text)]
    when = [d.text for d in dates.extract(text)]
    names = _names(text, known_names)
    details = []
    if figures:
        details.append("a figure (" + ", ".join(figures[:3]) + ")")
    if when:
        details.append("a date (" + ", ".join(when[:2]) + ")")
    heading = not SENTENCE_END.search(text)
    if (m := SUPERLATIVE.search(text)) and (names or figures):
        details.append(f"a superlative ('{m.group()}')")
    if (m := COMPARISON.search(text)) and (names or figures) or (m := MULTIPLE.search(text)):
        details.append(f"a comparison ('{m.group()}')")
    if (m := ATTRIBUTION.search(text)) and names:
        details.append(
            "a quote or attribution" + (f" ('{m.group()}')" if m.group().isalpha() else "")
        )
    if names:
        details.append("names (" + ", ".join(names[:4]) + ")")
    if verdict := VERDICT.search(text):
        return Worthiness(False, f"an opinion ('{verdict.group()}'), not a statement of fact")
    opinion = OPINION.search(text)
    if heading and not any(d.startswith(("a figure", "a date", "a superlative", "a comparison"))
                           for d in details):  # fmt: skip
        return Worthiness(False, "a heading without a claim")
    if not details:
        if opinion:
            return Worthiness(False, f"an opinion ('{opinion.group()}') with no checkable detail")
        return Worthiness(False, "a generalisation: nothing named, counted or dated")
    if opinion and not (figures or when):
        return Worthiness(False, f"an opinion ('{opinion.group()}') about {', '.join(names[:2])}")
    return Worthiness(True, "; ".join(details))


# A subject with a statement of its own set off by commas before its verb: "Valley Crest
# Health, formed when the two hospitals merged on Feb. 1, has now eliminated 385 positions";
# "People's Voice, founded in 2019 by Rune Kalvo, won 20 seats"; "Tom Reed, who chairs the
# board, voted against the plan".
ASIDE = re.compile(
    r"^(?P<subject>[A-Z][^,;]{1,60}?),\s+(?P<aside>(?P<lead>who|which|[a-z]+ed|built|"
    r"chosen|elected|founded|known|named|run|held|led|made|set|taken|won|begun)\b[^;]{3,160}?),"
    r"\s+(?P<rest>(?:(?:now|also|then|later|still|already|recently|has|have|had)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|[a-z]+ed|"
    r"[a-z]+s|said|won|took|made|lost|got|gave|told|came|went|left|became|began|ran|held|led|"
    r"paid|sold|bought|kept|met|put|set|cut|rose|fell|grew|saw|found|sent|spent|built|wrote|"
    r"chose|struck|fought|brought|drew|broke)\b.+)$"
)


def _asides(text: str) -> list[str]:
    """A sentence with a statement about its subject set off by commas, as two claims: the
    sentence without it, and the subject with it ("Valley Crest Health was formed when ...";
    "Tom Reed chairs the board"); else the sentence itself."""
    m = ASIDE.match(text)
    if m is None or m["rest"].split()[0].lower() in STOPWORDS - AUX_VERBS - ADVERBS:
        return [text]
    subject, aside, rest = m["subject"], m["aside"], m["rest"]
    if m["lead"].lower() in ("who", "which"):
        side = f"{subject} {aside.split(None, 1)[1]}"
    else:
        side = f"{subject} {'were' if PLURAL_SUBJECT.search(subject) else 'was'} {aside}"
    parts = [_close(f"{subject} {rest}"), _close(side)]
    if any(len(p.split()) < MIN_PART_WORDS for p in parts):
        return [text]
    return parts


AUX_VERBS = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would",
                       "can", "could", "did", "does", "do"})  # fmt: skip
ADVERBS = frozenset({"now", "also", "then", "later", "still", "already", "recently"})
PLURAL_SUBJECT = re.compile(r"\b(?:and|[a-z]{3,}s)$")


def split_claims(sentence: str) -> list[str]:
    """A sentence that joins independent statements, as separate claims (and a statement
    about its subject set off by commas, as one of its own); else itself."""
    return [p for part in _joined(sentence) for p in _asides(part)]


def _joined(sentence: str) -> list[str]:
    text = " ".join(sentence.split())
    parts: list[str] = []
    rest = text
    while True:
        for m in JOINS.finditer(rest):
            left, right = rest[: m.start()], rest[m.end() :]
            words = right.split()
            if len(left.split()) < MIN_PART_WORDS or len(words) < MIN_PART_WORDS:
                continue
            first = words[0]
            own_subject = (first[:1].isupper() and first.lower() not in STOPWORDS) or (
                first.lower() in SUBJECT_START and len(words) > 1
            )
            if own_subject:
                parts.append(_close(left))
                rest = right[0].upper() + right[1:]
                break
        else:
            parts.append(_close(rest))
            return parts


def _close(part: str) -> str:
    part = part.strip().rstrip(",;")
    return part if SENTENCE_END.search(part) else part + "."
