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
