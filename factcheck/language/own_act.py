"""A party's own report in its own voice: its own act, a plain fact, its officers' titles.

A newsroom reads an interested party's release or statement as what the party says, not as
what is so, with the exception the label policy names: a party's statement of its own
actions ("The county has opened 14 cooling centers", "We restored power to all of them by
11 p.m.") is accepted unless an official or an independent source says otherwise
(``reports_own_act``). So is a plain statement of fact ("The footbridge opened to walkers on
May 3, 1931", ``reports_plainly``) and the title of whom it quotes (``names_a_title``). A boast
never is: a sentence that ranks or compares ("No county has done more", "faster than ever"),
praises ("a record", "leading the country"), judges, quotes, attributes or hedges needs a
source of its own; so does a count in the present of how things stand ("The district serves
2,150 students"), which a later count may change, and a claim of rank.

The party is the document's own voice: "we", or the name the document's title opens with
("Marlow County declares heat emergency ..." names "the county" of its sentences), or the
subject of the title's verb after a label of its form ("NEWS RELEASE: State health department
deploys ..."); what it owns ("our transformers", "the county's centers") is its too. The act
is in the past or the perfect: the present of a sentence ("The district serves 2,150
students") says how things stood when it was written, which a later count may change.
"""

from __future__ import annotations

import re

from . import parse
from .office import office_claim
from .polarity import ATTRIBUTION, FORM_LABEL, INTENDED, RANKS_ITSELF, hedges
from .tokens import tokenize

# Words of praise or of rank a plain report of an act does not use.
BOAST = re.compile(
    # ("a record", "record highs", "broke records"; not "business records", a thing kept)
    r"\b(?:(?:a|new|all-time)\s+record|record[- ](?:high|low|number|year|level|breaking|"
    r"setting)\w*|broke\s+(?:the\s+|all\s+)?records?)\b|"
    r"\b(?:leading|leads|historic|unprecedented|best|finest|proud|proudly|"
    r"world[- ]class|first\s+(?:\w+\s+){0,3}to|ever|only|success(?:ful|fully)?)\b",
    re.IGNORECASE,
)
QUOTES = re.compile(r"[\"“”]")
FIRST_PERSON = frozenset({"we", "i"})
OURS = frozenset({"our", "my"})
PERFECT = frozenset({"has", "have", "had", "'ve"})
# Verbs that say what someone thinks or how things seem, not what the party does or has.
STATE_VERBS = frozenset({
    "be", "seem", "appear", "become", "know", "believe", "think", "feel", "expect", "hope",
})  # fmt: skip
STATE_FORMS = frozenset({"is", "are", "was", "were", "been"})
# Comparatives and superlatives (Penn tags): a comparison is a claim about others too.
COMPARING_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
# A wire dateline before a lead ("LARKIN — ", "KESTREL BAY, Oct. 2 - "): no part of its clause.
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,[^\u2014\u2013]{1,40}?)?\s+[\u2014\u2013-]+\s+"
)
# The name a title opens with: "Marlow County", "Ridgeline Power", "Calloway Zoo".
OPENING_NAME = re.compile(r"^\W*((?:[A-Z][\w.'&-]*\s+){0,4}[A-Z][\w.'&-]*)")


def reports_own_act(claim: str, sentence: str, title: str) -> bool:
    """Whether ``sentence`` is its document's party reporting, in its own voice, the act the
    claim's main verb names (the same verb, in the past or the perfect, or a headline's
    present), of itself or of what it owns."""
    if QUOTES.search(sentence) or ATTRIBUTION.search(sentence) or RANKS_ITSELF.search(sentence):
        return False
    claimed = [
        w for w in parse.parse(claim).main_verbs()
        if w.base not in STATE_VERBS and w.text.lower() not in STATE_FORMS
    ]  # fmt: skip
    acts = {w.base for w in claimed}
    # (a hedge that is the claim's own act, "asked" of "asked the board to place a bond", is
    # the act reported, not a doubt about it)
    own = {w.text.lower() for w in claimed}
    if BOAST.search(sentence) or set(hedges(tokenize(sentence))) - own - acts:
        return False
    sentence = DATELINE.sub("", sentence)
    tree = parse.parse(sentence)
    if _compares(tree, sentence):
        return False
    party = _party(title)
    headline = " ".join(sentence.split()) == " ".join(title.split())
    return any(
        verb.base in acts and _done(tree, verb, headline) and _of_the_party(tree, verb, party)
        for verb in tree.main_verbs()
    )  # fmt: skip


def plans_own(claim: str, sentence: str, title: str) -> bool:
    """Whether ``sentence`` is its document's party stating, in its own voice, a plan of its
    own the claim reports as one ("The Port of Greyhaven will ask the Corps to deepen the
    channel to 47 feet" for "The port wants its channel dredged to 47 feet"): the party is the
    authority on what it means to do, though not on what that will bring."""
    if INTENDED.search(claim) is None or QUOTES.search(sentence):
        return False
    if ATTRIBUTION.search(sentence) or RANKS_ITSELF.search(sentence) or BOAST.search(sentence):
        return False
    tree = parse.parse(DATELINE.sub("", sentence))
    # (or, where the title's parse finds no subject, "Water district plans to raise ...", any
    # word of it)
    party = _party(title) or frozenset(w.lower() for w in re.findall(r"[\w'-]+", title))
    return any(
        _of_the_party(tree, verb, party)
        and any(a.text.lower() in OWN_FUTURE for a in tree.children(verb, "aux"))
        for verb in tree.main_verbs()
    )  # fmt: skip


# The auxiliaries by which a party states what it will do ("will ask", "is to seek")
OWN_FUTURE = frozenset({"will", "shall", "'ll"})


def _compares(tree: parse.Parse, text: str) -> bool:
    """Whether a sentence compares (a comparative or superlative word), not counting a
    figure's bound ("more than 9,000 kits", "fewer than 40"), which compares nothing."""
    bounds = {m.start() for m in FIGURE_BOUND.finditer(text)}
    return any(w.tag in COMPARING_TAGS and w.start not in bounds for w in tree.words)


# A figure's bound: "more than 9,000", "fewer than 40", "less than $2 million"
FIGURE_BOUND = re.compile(
    r"\b(?:more|fewer|less|greater|higher|lower)(?=\s+than\s+(?:about\s+)?[$€£]?\d)",
    re.IGNORECASE,
)


def _done(tree: parse.Parse, verb: parse.Word, headline: bool = False) -> bool:
    """The verb says the act was done: the past ("restored"), the perfect ("has opened"), or
    a headline's present ("County opens 14 cooling centers"). Not the present of a sentence
    ("The district serves 2,150 students"): how things stand when it was written, which a
    later count may change."""
    if verb.tag == "VBD" or headline and verb.tag in ("VBZ", "VBP"):
        return True
    return verb.tag == "VBN" and any(
        a.text.lower() in PERFECT for a in tree.children(verb, "aux")
    )  # fmt: skip


def _of_the_party(tree: parse.Parse, verb: parse.Word, party: frozenset[str]) -> bool:
    """The verb's subject is the document's own voice: "we", or a word of the name its title
    opens with ("the county" of "Marlow County")."""
    subject = tree.subject(verb)
    if subject is None or subject.dep == "nsubjpass":
        return False
    word = subject.text.lower()
    if word in FIRST_PERSON or (subject.pos in ("NOUN", "PROPN") and word in party):
        return True
    if subject.pos == "PROPN" and any(c.text.lower() in party for c in _name_of(tree, subject)):
        return True  # "Sheriff Delia Marchetti today asked", in "Sheriff asks ..."
    # ... or what it owns: "our transformers", "the county's centers"
    return any(
        p.text.lower() in OURS or p.text.lower().removesuffix("'s") in party
        for p in tree.children(subject, "poss")
    )  # fmt: skip


def _name_of(tree: parse.Parse, w: parse.Word) -> list[parse.Word]:
    """The words of a name before its head ("Sheriff Delia" of "Marchetti")."""
    out = tree.children(w, "compound")
    for c in list(out):
        out += _name_of(tree, c)
    return out


def _party(title: str) -> frozenset[str]:
    """The words of the party a title names first: the name it opens with ("Marlow County
    declares ..."), or the subject of its verb ("State health department deploys ..."), after
    any label of the document's form ("NEWS RELEASE: ...")."""
    title = re.sub(rf"^\s*{FORM_LABEL}\s*", "", title)
    m = OPENING_NAME.match(title)
    if m is not None and len(m.group(1).split()) >= 2:
        return frozenset(w.lower() for w in m.group(1).split())
    tree = parse.parse(title)
    verbs = tree.main_verbs()
    subject = tree.subject(verbs[0]) if verbs else None
    if subject is None or subject.pos not in ("NOUN", "PROPN"):
        return frozenset()  # (one capitalized word opens most titles: "Free the ...")
    words = [w for w in tree.words if w.index <= subject.index and _under(tree, w, subject)]
    return frozenset(w.text.lower() for w in words if w.pos in ("NOUN", "PROPN", "ADJ"))


def _under(tree: parse.Parse, w: parse.Word, top: parse.Word) -> bool:
    while w.index != top.index:
        if w.dep == "ROOT":
            return False
        w = tree.head(w)
    return True


def ranks(text: str) -> bool:
    """Whether a sentence ranks, compares or praises ("the largest fleet in the region"): a
    claim of rank needs a source other than the party ranked."""
    if BOAST.search(text) or RANKS_ITSELF.search(text):
        return True
    return _compares(parse.parse(text), text)


def reports_plainly(sentence: str, hedged: list[str] | None = None) -> bool:
    """Whether a release's or a statement's sentence states a plain fact in the party's own
    voice: no praise or rank, no judgement, comparison, quote, attribution or hedge ("The
    footbridge opened to walkers on May 3, 1931"; "No bridge is better loved" is a boast, "Our
    initial assessment is that ..." a judgement), and no count in the present of how things
    stand ("The district serves 2,150 students"), which a later count may change. ``hedged``:
    the sentence's hedges of the fact, where they are known (a plan beside a described fact,
    "will ask ... to approve the removal of the Alder Mill Dam, a 24-foot concrete dam",
    hedges the removal, not the dam's height)."""
    # (a release's own frame, "X today announced that ...", is its voice, not another's)
    sentence = RELEASE_FRAME.sub(" ", sentence)
    if QUOTES.search(sentence) or ATTRIBUTION.search(sentence) or RANKS_ITSELF.search(sentence):
        return False
    if hedged is None:
        hedged = hedges(tokenize(sentence))
    if BOAST.search(sentence) or EVALUATIVE.search(sentence) or hedged:
        return False
    if sentence.rstrip().endswith("!"):
        return False  # ("Lunch participation has jumped 40 percent!": a cheer, no report)
    tree = parse.parse(sentence)
    if _compares(tree, sentence) or _heard(tree):
        return False
    counts = any(w.tag == "CD" for w in tree.words)
    return not (counts and any(v.tag in ("VBZ", "VBP") for v in tree.main_verbs()))


# How a release announces what it is about, in its own voice: "The Orrin Valley School
# District today announced that it has chosen ...", "District Attorney Miriam Fairbanks
# announced today that ..."
RELEASE_FRAME = re.compile(
    r"\b(?:today\s+announced|announced\s+today)(?:\s+that)?\b", re.IGNORECASE
)
# Verbs by which a party says how it came to know what it reports ("We have learned that the
# city is flying drones ...", "We understand that ...", "We were told that ..."): what it was
# told, not what it saw or did.
HEARD = frozenset({"learn", "hear", "understand", "discover", "tell", "know"})


def _heard(tree: parse.Parse) -> bool:
    """Whether a sentence's main verb reports what the party learned or was told, with the
    thing learned as its clause ("We have also learned that the city is flying drones")."""
    return any(
        verb.base in HEARD and tree.children(verb, "ccomp") for verb in tree.main_verbs()
    )  # fmt: skip


# Words that judge rather than state: a release's praise of itself, its plans or its findings.
EVALUATIVE = re.compile(
    r"\b(?:committed|dedicated|excited|pleased|delighted|thrilled|world|vital|critical|"
    r"important|innovative|exceptional|outstanding|excellent|great|strong|safe|safer|"
    r"affordable|quality|welfare|ensure|continue|continues|assess\w*|initial|preliminary|"
    r"believe|confident|study|studies|found|finds|shows?|showed|risk)\b",
    re.IGNORECASE,
)


def names_a_title(claim: str) -> bool:
    """Whether a claim says who holds an office (``office.office_claim``): a party's release or
    statement names its officers' titles as a record does, with the name it quotes."""
    return office_claim(claim) is not None
