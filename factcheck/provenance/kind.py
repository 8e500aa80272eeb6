"""What kind of source a document is, from its name, title and opening lines.

A newsroom weighs sources by kind: an official record (a regulator's notice, a statistics
bulletin, an auditor's report) outranks an interested party's press release, statement or
interview for the same quantity; an opinion column restates facts reported elsewhere; a
transcript records what people said. ``source_kind`` reads the cues a document gives of
itself; "news report" is what is left.
"""

from __future__ import annotations

import re
from enum import StrEnum


class SourceKind(StrEnum):
    OFFICIAL = "official record"
    PRESS_RELEASE = "press release"
    STATEMENT = "statement"
    TRANSCRIPT = "transcript"
    OPINION = "opinion column"
    CORRECTION = "correction"
    ANONYMOUS = "anonymous-source report"
    NEWS = "news report"


#: How much a kind weighs for the same quantity: an official record outranks a news report,
#: which outranks an interested party (press release, statement, interview), an opinion
#: column (not independent) and an anonymous source (the weakest).
RANK = {
    SourceKind.OFFICIAL: 3, SourceKind.CORRECTION: 3, SourceKind.NEWS: 2,
    SourceKind.PRESS_RELEASE: 1, SourceKind.STATEMENT: 1, SourceKind.TRANSCRIPT: 1,
    SourceKind.OPINION: 1, SourceKind.ANONYMOUS: 0,
}  # fmt: skip

_CUES: list[tuple[SourceKind, re.Pattern[str]]] = [
    (SourceKind.CORRECTION, re.compile(r"\bcorrection\b|\bcorrects?\b an earlier", re.I)),
    (SourceKind.PRESS_RELEASE, re.compile(
        r"press[ _-]release|media[ _-]release|news[ _-]release|for immediate release", re.I)),
    (SourceKind.TRANSCRIPT, re.compile(r"\btranscript\b|\binterview\b", re.I)),
    (SourceKind.ANONYMOUS, re.compile(
        r"\bsources? (?:say|said|says)\b|\bsources\b|\binsider\b|\bpeople familiar\b|"
        r"\banonymous\b|\bunnamed\b", re.I)),
    (SourceKind.OPINION, re.compile(r"\bopinion\b|\bcolumn\b|\bop-ed\b|\beditorial\b|"
                                    r"\bcommentary\b", re.I)),
    (SourceKind.OFFICIAL, re.compile(
        r"\bbulletin\b|\bnotice\b|\bregulator'?s?\b|\bstatistics office\b|\bauditor|"
        r"\bofficial (?:record|report|figures)\b|\bcostings?\b|\bfiscal council\b|"
        r"\bcertified results\b|\bgazette\b|\bfiling\b|\boffice\b|\bministry\b|"
        r"\bdepartment\b|\bdept\b|\bagency\b|\bbureau\b|\bcommission\b", re.I)),
    (SourceKind.STATEMENT, re.compile(r"\bstatement\b", re.I)),
]  # fmt: skip


def source_kind(path: str, title: str = "", opening: str = "") -> SourceKind:
    """The document's kind from its file name, then its title, then its first lines."""
    name = path.rsplit("/", 1)[-1].replace("_", " ").replace("-", " ")
    for text in (name, title, opening[:400]):
        for kind, cue in _CUES:
            if text and cue.search(text):
                return kind
    return SourceKind.NEWS
