"""Who did what to whom: "Tesla surpassed Toyota" vs "Toyota surpassed Tesla".

A relation is two names with a content word between them (the verb, within a few words).
Passive voice ("Toyota was surpassed by Tesla", "Cher, released by Geffen") is turned round.
Two relations with the same names and the same verb in opposite roles conflict; with opposite
verbs (surpass / trail) in opposite roles they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import Token, is_content, is_name

MAX_GAP = 6
BE = frozenset({"is", "are", "was", "were", "been", "being", "be", "get", "got", "gets"})


@dataclass(frozen=True)
class Relation:
    subject: str  # name key
    verb: Token
    object: str  # name key
    subject_text: str
    object_text: str


def relations(tokens: list[Token]) -> list[Relation]:
    names = [t for t in tokens if is_name(t)]
    found = []
    for a, b in zip(names, names[1:], strict=False):
        between = tokens[a.index + 1 : b.index]
        if not between or len(between) > MAX_GAP:
            continue
        verbs = [t for t in between if is_content(t) and not is_name(t)]
        if not verbs:
            continue
        verb = verbs[0]
        by = any(t.lower == "by" for t in tokens[verb.index + 1 : b.index])
        # "Cher, released in 1987 by Geffen Records": a participle with "by" right before the
        # name is passive without "was"
        reduced = tokens[b.index - 1].lower == "by" and verb.lower.endswith(("ed", "en"))
        passive = by and any(t.lower in BE for t in between[: verb.index - a.index]) or reduced
        subj, obj = (b, a) if passive else (a, b)
        found.append(Relation(subj.key, verb, obj.key, subj.text, obj.text))
    return found


@dataclass(frozen=True)
class NamedAct:
    """A name and a verb said of it, one way round: who a passive with no agent says it was
    done to ("Kestrel Mining has been cited"), or who an active verb right after the name
    says did it ("Kestrel Mining cited")."""

    name: str  # name key
    verb: Token
    text: str  # the whole name as written


def undergoers(tokens: list[Token]) -> list[NamedAct]:
    """Names a passive with no agent says something was done to ("Kestrel Mining has been
    cited for two breaches"): who it was done to, not who did it."""
    found = []
    for t in tokens:
        if not is_name(t):
            continue
        after = tokens[t.index + 1 : t.index + 5]
        be = next((i for i, x in enumerate(after) if x.lower in BE), None)
        if be is None or any(is_content(x) for x in after[:be]):
            continue
        verb = after[be + 1] if be + 1 < len(after) else None
        if verb is None or not verb.lower.endswith(("ed", "en")) or not verb.text.islower():
            continue
        rest = tokens[verb.index + 1 : verb.index + 6]
        if any(x.lower == "by" for x in rest):
            continue  # "was cited by the inspectorate": a relation with its agent
        found.append(NamedAct(t.key, verb, _name_run(tokens, t)))
    return found


def doers(tokens: list[Token]) -> list[NamedAct]:
    """A name right before a past-tense verb, who did it ("Kestrel Mining cited the
    inspectorate"): the other side of ``undergoers``."""
    found = []
    for t in tokens:
        nxt = tokens[t.index + 1] if t.index + 1 < len(tokens) else None
        if (
            is_name(t) and nxt is not None and nxt.text.islower() and nxt.lower.endswith("ed")
            and nxt.lower not in BE
        ):  # fmt: skip
            found.append(NamedAct(t.key, nxt, _name_run(tokens, t)))
    return found


def _name_run(tokens: list[Token], t: Token) -> str:
    """The whole name that ends with ``t``: "Kestrel Mining" for "Mining"."""
    start = t.index
    while start > 0 and is_name(tokens[start - 1]):
        start -= 1
    return " ".join(x.text for x in tokens[start : t.index + 1])
