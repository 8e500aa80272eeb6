"""Words of a sentence with their positions, stems and name keys, shared by every rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from . import lexicon

WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*(?:n['’]t)?", re.UNICODE)

STOPWORDS = frozenset(lexicon.words("stopwords.txt"))
# Words that report or frame rather than state content; they never count as claim content.
LIGHT = frozenset(lexicon.words("light.txt"))


@cache
def _stemmer():  # noqa: ANN202
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    """Base form of a lower-case word: irregular forms first, then the Snowball stemmer."""
    word = word.lower().replace("’", "'")
    base = lexicon.irregular().get(word)
    if base:
        return base
    return _stemmer().stemWord(word)


@dataclass(frozen=True)
class Token:
    text: str  # as written
    start: int  # character offsets in the sentence
    end: int
    index: int  # position among the sentence's tokens

    @cached_property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @cached_property
    def is_number(self) -> bool:
        return any(c.isdigit() for c in self.text)

    @cached_property
    def stem(self) -> str:
        return stem(self.lower)

    @cached_property
    def key(self) -> str:
        """What the token is compared on: a canonical name for names, else its stem."""
        if self.is_capitalized:
            alias = lexicon.aliases().get(self.lower)
            if alias and (self.lower not in STOPWORDS or self.text.isupper()):
                return alias
        return self.stem


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(WORD.finditer(text))]


def is_content(token: Token, sentence_start: bool = False) -> bool:
    """A word that carries content: not a stopword, not a reporting word, not a number."""
    if token.is_number or len(token.lower) < 2 and not token.text.isupper():
        return False
    return token.lower not in STOPWORDS and token.lower not in LIGHT and token.stem not in LIGHT


def is_name(token: Token) -> bool:
    """A capitalized word that is not a function word (``The``, ``It``)."""
    return token.is_capitalized and token.lower not in STOPWORDS and token.lower not in LIGHT
