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
