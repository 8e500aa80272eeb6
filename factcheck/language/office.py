"""A claim that says who holds an office: "Lorraine Okafor is the Calloway Zoo's director of
animal care", "Marcus Oyelaran is the chief executive of Halden Row Partners".

One reading serves two checks: a party's release names the titles of whom it quotes as a
record does (``own_act``), and an office one person holds, given by a passage to another
person, makes the claim false (``stance.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

# "NAME is (the|a|an) (BODY's) TITLE (of|with|at|for BODY)."
_OFFICE_CLAIM = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'-]+\s+){0,3}[A-Z][\w'-]+)\s+(?:is|was)\s+(?P<article>the\s+|an?\s+)?"
    r"(?:(?P<body>(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w-]*)['\u2019]s\s+|"
    r"(?P<lbody>(?<=the\s)[a-z][\w-]*)['\u2019]s\s+)?"
    r"(?P<title>[a-z][a-z -]{2,40}?)"
    r"(?:\s+(?:of|with|at|for)\s+(?:the\s+)?(?P<of>[A-Z][^.]*))?\.?$"
)


@dataclass(frozen=True)
class Office:
    who: str  # the person, as the claim names them
    who_end: int  # where the name ends in the claim
    title: str  # "director of animal care"
    body: str  # whose office ("Calloway Zoo", "Halden Row Partners"); "" when unsaid
    one_holder: bool  # "the" or a body's possessive: an office one person holds


def office_claim(claim: str, any_role: bool = False) -> Office | None:
    """The office a claim says someone holds, where its title has an office's word; with
    ``any_role``, any role the claim says someone is ("the township's harbor master")."""
    m = _OFFICE_CLAIM.match(claim)
    if m is None or not any_role and not set(m["title"].lower().split()) & lexicon.titles():
        return None
    article = (m["article"] or "").strip().lower()
    return Office(
        who=m["who"], who_end=m.end("who"), title=m["title"],
        body=m["body"] or m["lbody"] or m["of"] or "",
        one_holder=bool(m["body"]) or article == "the",
    )  # fmt: skip


_NAME = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
_TITLE = r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*"
# A title said in passing, beside the name: "Lumora's chief operating officer, Owen Bratt,",
# "chief operating officer Owen Bratt told", "Owen Bratt, Lumora's chief operating officer,"
_TITLE_THEN_NAME = re.compile(
    rf"(?:(?P<body>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})['\u2019]s\s+|\b)(?P<title>{_TITLE}),?"
    rf"\s+(?P<who>{_NAME})\b"
)
_NAME_THEN_TITLE = re.compile(
    rf"(?P<who>{_NAME}),\s+(?:the\s+|(?P<body>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})['\u2019]s"
    rf"\s+|its\s+)?(?P<title>{_TITLE})\s*(?:[,.;]|$)"
)


def named_office(claim: str) -> Office | None:
    """The office a claim gives someone, as "NAME is the TITLE" (``office_claim``) or in
    passing beside the name ("Lumora's chief operating officer, Owen Bratt, told analysts"):
    a title whose last word is an office's."""
    whole = office_claim(claim)
    if whole is not None:
        return whole
    for pattern in (_TITLE_THEN_NAME, _NAME_THEN_TITLE):
        for m in pattern.finditer(claim):
            title = own_title(m["title"])
            if title:
                return Office(
                    who=m["who"], who_end=m.end("who"), title=title, body=m["body"] or "",
                    one_holder=True,
                )  # fmt: skip
    return None


def own_title(words: str) -> str:
    """The title in the words before or after a name ("said chief financial officer" ->
    "chief financial officer"): from its first own word on, where its last word is an
    office's; "" where it is none."""
    kept = words.split()
    while kept and kept[0].lower() in NOT_TITLE_WORDS:
        kept = kept[1:]
    return " ".join(kept) if kept and kept[-1].lower() in lexicon.titles() else ""


#: Words around a title that are no part of it: "said", "the", "its", "and"
NOT_TITLE_WORDS = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "said", "says", "and", "by", "to", "of",
    "with", "from", "told", "according", "for", "at",
})  # fmt: skip


def titled_before(name: str, text: str) -> str:
    """The name as ``text`` writes it after capitalized words with a title among them ("Public
    Works Director Helena Varga" for "VARGA" in "With us is Public Works Director Helena
    Varga"): how a transcript's opening introduces a speaker its turns label by name. "" where
    no title stands before the name's last word."""
    last = re.escape(name.split()[-1])
    m = re.search(rf"(?-i:((?:[A-Z][\w'&.-]*\s+){{1,6}})){last}\b", text, re.I)
    if m is None or not {w.lower() for w in m.group(1).split()} & lexicon.titles():
        return ""
    return m.group(0).strip()
