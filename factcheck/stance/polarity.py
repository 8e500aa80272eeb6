"""Negation scope and hedging (modality) in a sentence."""

from __future__ import annotations

import re

from . import lexicon
from .text import Token, is_content

SCOPE_MAX = 8  # words a negation cue reaches, at most
CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
CLAUSE_WORDS = frozenset({"but", "while", "although", "though", "whereas", "however", "and"})
NOT_NEGATION = {("not", "only"), ("no", "doubt"), ("not", "just")}


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


def negation_cues(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first token, token after the cue) for each negation cue."""
    cues = []
    i = 0
    while i < len(tokens):
        for phrase in lexicon.negations():
            if _match_at(tokens, i, phrase):
                nxt = tokens[i + len(phrase)].lower if i + len(phrase) < len(tokens) else ""
                if (tokens[i].lower, nxt) not in NOT_NEGATION:
                    cues.append((i, i + len(phrase)))
                i += len(phrase) - 1
                break
        i += 1
    return cues


def negated_keys(sentence: str, tokens: list[Token]) -> tuple[set[str], list[str]]:
    """Content-word keys inside a negation's scope, and the cues as written."""
    keys: set[str] = set()
    cues_text = []
    for first, after in negation_cues(tokens):
        cues_text.append(sentence[tokens[first].start : tokens[after - 1].end])
        for t in tokens[after : after + SCOPE_MAX]:
            gap = sentence[tokens[t.index - 1].end : t.start]
            if CLAUSE_BREAK.search(gap) or t.lower in CLAUSE_WORDS:
                break
            if is_content(t):
                keys.add(t.key)
    return keys, cues_text


def hedges(tokens: list[Token]) -> list[str]:
    """Hedge phrases in the sentence, as listed in data/hedges.txt."""
    found = []
    words = [t.lower for t in tokens]
    for i in range(len(words)):
        for phrase in lexicon.hedges():
            if tuple(words[i : i + len(phrase)]) == phrase:
                found.append(" ".join(phrase))
                break
    return found
