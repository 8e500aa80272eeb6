"""Words of a sentence with their positions, stems and name keys, shared by every rule."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import lexicon

WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*(?:n['’]t)?", re.UNICODE)

STOPWORDS = frozenset(lexicon.words("stopwords.txt"))
# Words that report or frame rather than state content; they never count as claim content.
LIGHT = frozenset(lexicon.words("light.txt"))
# Numbers in words: "Ten of the 12" opens with a count, not a name.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip


@cache
def _stemmer():  # noqa: ANN202
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Base form of a lower-case word: irregular forms first, then the Snowball stemmer."""
    word = word.lower().replace("’", "'")
    base = lexicon.irregular().get(word)
    if base:
        return base
    return _stemmer().stemWord(word)


def _fold(word: str) -> str:
    """Accents dropped ("Noël" -> "Noel", "José" -> "Jose"); other scripts kept as they are."""
    if word.isascii():
        return word
    folded = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return plain if plain else word


@lru_cache(maxsize=200_000)
def _forms(text: str) -> tuple[str, bool, bool, str, str]:
    """(lower, capitalized, has a digit, stem, key) of a word as written; computed once."""
    lower = _fold(text.lower().replace("’", "'"))
    capitalized = text[:1].isupper()
    base = stem(lower)
    key = base
    if capitalized:
        alias = lexicon.aliases().get(lower)
        if alias and (lower not in STOPWORDS or text.isupper()):
            key = alias
    return lower, capitalized, _DIGIT.search(text) is not None, base, key


_DIGIT = re.compile(r"\d")


class Token:
    """A word of a sentence: as written, where, and the forms it is compared on."""

    __slots__ = ("text", "start", "end", "index", "lower", "is_capitalized", "is_number",
                 "stem", "key", "compounded")  # fmt: skip

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        self.text, self.start, self.end, self.index = text, start, end, index
        # inside a hyphenated compound, joined on both sides ("do-not-drink")
        self.compounded = False
        # key: a canonical name for names (VW -> volkswagen), else the stem
        self.lower, self.is_capitalized, self.is_number, self.stem, self.key = _forms(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.index})"


def tokenize(text: str) -> list[Token]:
    tokens = [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(WORD.finditer(text))]
    for t in tokens:
        # a word inside a hyphenated compound ("do-not-drink"), or a "no" that opens one
        # ("a no-contact advisory", "a no-bid contract"): it names a kind of thing
        joined = text[t.end : t.end + 1] == "-"
        t.compounded = joined and (text[t.start - 1 : t.start] == "-" or t.lower == "no")
    return tokens


# "state" after a determiner or "of" is a polity ("the state raised its minimum wage", "each
# state's", "registered out of state"), not the verb of saying the light words leave out.
POLITY = frozenset({"state", "states", "state's", "states'"})
_POLITY_BEFORE = frozenset({"the", "a", "each", "every", "its", "this", "that", "our", "their",
                            "another", "other", "neighboring", "neighbouring", "no",
                            "of"})  # fmt: skip


def is_polity(tokens: list[Token], token: Token) -> bool:
    """Whether ``token`` is "state" as a noun of government ("the state"), which is content."""
    if token.lower not in POLITY or token.index == 0:
        return False
    return tokens[token.index - 1].lower in _POLITY_BEFORE


def is_content(token: Token, sentence_start: bool = False) -> bool:
    """A word that carries content: not a stopword, not a reporting word, not a number."""
    if token.is_number or len(token.lower) < 2 and not token.text.isupper():
        return False
    return token.lower not in STOPWORDS and token.lower not in LIGHT and token.stem not in LIGHT


# Days and months are capitalized but name a time, not who or what a sentence is about.
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
CALENDAR = WEEKDAYS | frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
])  # fmt: skip


def is_name(token: Token) -> bool:
    """A capitalized word that is not a function word (``The``, ``It``) nor a day or month."""
    return (
        token.is_capitalized and token.lower not in STOPWORDS and token.lower not in LIGHT
        and token.lower.rstrip(".") not in CALENDAR and token.lower not in NUMBER_WORDS
    )  # fmt: skip


# What may stand right before the first word of a sentence or of a quoted or introduced one:
# a dateline's dash ("KESTREL BAY, Oct. 2 - Ferry riders ..."), a speaker's colon, a quote.
_OPENER = ("-", "\u2014", "\u2013", ":", '"', "\u201c", "(", ".", "!", "?")


# Endings of common nouns that no name has: a capitalized word with one of them that opens a
# sentence ("Regulators approved ...", "Joblessness is ...", "Scrapping the fee ...") is
# capitalized only because it comes first.
COMMON_ENDINGS = re.compile(
    r"(?:ness|ment|ments|tion|tions|sion|sions|ity|ities|ators|ists|ances|ences|ping|ting|"
    r"ssing|lling)$"
)


def common_opener(text: str, token: Token) -> bool:
    """A common noun capitalized because it opens the sentence (see COMMON_ENDINGS)."""
    return (
        token.is_capitalized and not token.text.isupper() and opens_sentence(text, token)
        and COMMON_ENDINGS.search(token.lower) is not None
    )  # fmt: skip


def opens_sentence(text: str, token: Token) -> bool:
    """Whether ``token`` is capitalized because it starts a sentence, not because it is a
    name: the first word, or the first after a dateline's dash, a colon or an opening quote."""
    before = text[: token.start].rstrip()
    return not before or before.endswith(_OPENER)


# Where one sentence of a passage (a window of sentences joined) ends and the next begins:
# after ".", "!" or "?" and space, before a capital or a quote, not after a title or a
# month's abbreviation ("Dr. Raman", "A story on Jan. 8", "Sept. Ten").
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bNo\.)"
    r"(?<!\bJan\.)(?<!\bFeb\.)(?<!\bAug\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)"
    r"(?<!\bDec\.)(?<!\b[A-Z]\.)\s+(?=[A-Z\"\u201c])"  # (nor an initial's: "the U.S. Army")
)


# A verb and its noun in "-sion" or "-ssion", once stemmed: "extend" / "extension" ("extens"),
# "decide" / "decision", "permit" / "permission" ("permiss"), "register" / "registration"
# ("registr"); the shared start is this long.
DERIVED_MIN = 4


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon.titles())


def verb_and_noun(a: str, b: str) -> bool:
    """Whether two stems are a verb and its noun ("extend" / "extens", "permit" / "permiss",
    "regist" / "registr" of "register" / "registration", "found" / "founder")."""
    for x, y in ((a, b), (b, a)):
        if len(x) > DERIVED_MIN and y == x + "r":
            return True
        if len(x) > DERIVED_MIN and y == x + "er" and y not in _title_stems():
            # who does it: "found" / "founder" (not "-or", an office or a trade as often as a
            # doer: "council" / "councilor", "contract" / "contractor")
            return True
        if len(x) > DERIVED_MIN and x[:-1] == y[:-1] and x[-1] == "d" and y[-1] == "s":
            return True
        if len(x) > DERIVED_MIN and x[:-1] == y[:-2] and x[-1] == "t" and y[-2:] == "ss":
            return True
    return False
