"""Who did what to whom: "Tesla surpassed Toyota" vs "Toyota surpassed Tesla".

Read from the dependency parse (``parse``): a verb's subject is its doer and its object, or
the object of one of its prepositions ("took over from Raman"), is who or what it was done
to. The passive is turned round ("Toyota was surpassed by Tesla", "Brightwater, released by
Harbor Records"), a relative pronoun stands for the noun it hangs on ("Tesla, which overtook
Ford"), and a verb with no subject of its own takes its head verb's ("agreed to buy
Northgate", "hired Ruiz and fired Kwan"). Only names take part: two relations with the same
names and the same verb in opposite roles conflict; with opposite verbs (surpass / trail) in
opposite roles they agree. A symmetric verb ("met", "merged with") has no roles to swap.
"""

from __future__ import annotations

from dataclasses import dataclass

from .parse import Parse, Word, parse
from .tokens import Token, is_name, stem

# Verbs whose doer and undergoer can trade places without changing what is said.
SYMMETRIC_VERBS = (
    "meet", "marry", "wed", "merge", "tie", "draw", "partner", "collaborate", "negotiate",
    "talk", "debate", "clash", "face", "play", "split", "divorce", "share", "compete",
)  # fmt: skip
SYMMETRIC = frozenset(stem(w) for w in SYMMETRIC_VERBS)
# Prepositions whose object takes part in the act ("took over from", "lost to", "merged
# with"); "in Berlin", "on Monday" say where and when.
ROLE_PREPOSITIONS = frozenset({"from", "to", "with", "against", "over", "into"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Titles before a name ("Dr. Priya Raman") are not the name.
TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "gov", "sen", "rep", "st", "lt"})


@dataclass(frozen=True)
class Relation:
    subject: frozenset[str]  # the doer's name keys ("valley", "crest", "health")
    verb: Token
    object: frozenset[str]  # the undergoer's name keys
    subject_text: str  # each name as written
    object_text: str
    symmetric: bool = False  # the verb has no roles to swap (see SYMMETRIC)


@dataclass(frozen=True)
class NamedAct:
    """A name and a verb said of it, one way round: who a passive with no agent says it was
    done to ("Kestrel Mining has been cited"), or who an active verb says did it ("Kestrel
    Mining cited")."""

    name: frozenset[str]  # name keys
    verb: Token
    text: str  # the whole name as written


@dataclass(frozen=True)
class _Name:
    keys: frozenset[str]
    text: str


class _Reader:
    """One sentence's parse with the tokens the rules use, looked up by position."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.parse: Parse = parse(text)
        self.text = text
        self.by_start = {t.start: t for t in tokens}

    def token(self, w: Word) -> Token | None:
        return self.by_start.get(w.start)

    def name(self, w: Word) -> _Name | None:
        """The name ``w`` heads ("Valley Crest Health"), or for a relative pronoun the name it
        stands for; None when it is not a name."""
        if w.text.lower() in RELATIVE_PRONOUNS:
            verb = self.parse.head(w)
            if verb.dep != "relcl":
                return None
            w = self.parse.head(verb)
        words = [x for x in self.parse.phrase(w) if self._is_name(x)]
        if not words or words[-1] is not w:
            return None
        keys = frozenset(self.token(x).key for x in words)  # type: ignore[union-attr]
        return _Name(keys, self.text[words[0].start : words[-1].end])

    def _is_name(self, w: Word) -> bool:
        t = self.token(w)
        return t is not None and is_name(t) and t.lower.rstrip(".") not in TITLES

    def _with_conjuncts(self, words: list[Word]) -> list[Word]:
        """ "Ruiz and Kwan signed": both are subjects."""
        out = list(words)
        for w in words:
            out += self.parse.children(w, "conj")
        return out

    def roles(self, v: Word) -> tuple[list[Word], list[Word], bool]:
        """(doers, undergoers, passive) of verb ``v``."""
        p = self.parse
        doers, undergoers, passive = [], [], False
        for c in p.children(v):
            if c.dep == "nsubj":
                doers.append(c)
            elif c.dep == "nsubjpass":
                undergoers.append(c)
                passive = True
            elif c.dep == "agent":
                doers += p.children(c, "pobj")
            elif c.dep in ("dobj", "dative"):
                undergoers.append(c)
            elif c.dep == "prep" and c.base in ROLE_PREPOSITIONS:
                undergoers += p.children(c, "pobj")
        if v.dep == "acl":  # "Brightwater, released by Harbor Records": said of its head
            (undergoers if v.tag == "VBN" else doers).append(p.head(v))
            passive = passive or v.tag == "VBN"
        elif not doers and not passive and v.dep in ("xcomp", "conj"):
            head = p.head(v)
            if head.pos in ("VERB", "AUX") and not p.children(head, "nsubjpass"):
                doers = p.children(head, "nsubj")
        return self._with_conjuncts(doers), self._with_conjuncts(undergoers), passive

    def verbs(self) -> list[tuple[Word, Token]]:
        found = []
        for w in self.parse.words:
            t = self.token(w)
            if w.pos == "VERB" and t is not None:
                found.append((w, t))
        return found


def relations(text: str, tokens: list[Token]) -> list[Relation]:
    """The (doer, verb, undergoer) relations between two names in ``text``."""
    reader = _Reader(text, tokens)
    found = []
    for v, verb in reader.verbs():
        doers, undergoers, _ = reader.roles(v)
        for d in doers:
            a = reader.name(d)
            for u in undergoers:
                b = reader.name(u)
                if a is None or b is None or a.keys & b.keys:
                    continue
                found.append(Relation(a.keys, verb, b.keys, a.text, b.text, v.base in SYMMETRIC))
    return found


def undergoers(text: str, tokens: list[Token]) -> list[NamedAct]:
    """Names a passive with no agent says something was done to ("Kestrel Mining has been
    cited for two breaches"): who it was done to, not who did it."""
    reader = _Reader(text, tokens)
    found = []
    for v, verb in reader.verbs():
        if reader.parse.children(v, "agent"):
            continue  # "was cited by the inspectorate": a relation with its agent
        for w in reader.parse.children(v, "nsubjpass"):
            name = reader.name(w)
            if name is not None:
                found.append(NamedAct(name.keys, verb, name.text))
    return found


def doers(text: str, tokens: list[Token]) -> list[NamedAct]:
    """Names an active verb says did it ("Kestrel Mining cited the inspectorate"): the other
    side of ``undergoers``."""
    reader = _Reader(text, tokens)
    found = []
    for v, verb in reader.verbs():
        active, _, passive = reader.roles(v)
        if passive:
            continue
        for w in active:
            name = reader.name(w)
            if name is not None:
                found.append(NamedAct(name.keys, verb, name.text))
    return found
