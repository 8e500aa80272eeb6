"""Pydantic models passed between the library and the CLI: data only, no I/O."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Format(StrEnum):
    """Document formats factcheck reads."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


def format_citation(file: str, line: int, page: int | None = None, para: int | None = None) -> str:
    """``file:line``, ``file:page:line`` for PDF, ``file:¶N`` for DOCX."""
    if para is not None:
        return f"{file}:¶{para}"
    if page is not None:
        return f"{file}:{page}:{line}"
    return f"{file}:{line}"


class Sentence(_Model):
    """One sentence as it stands in its source file, with its exact position.

    ``line`` and ``end_line`` are 1-based; ``col`` is the 1-based column of the first character.
    For PDF the line counts within ``page``; for DOCX ``para`` is the paragraph number and
    ``line`` repeats it.
    """

    text: str
    line: int = Field(ge=1)
    col: int = Field(ge=1)
    end_line: int = Field(ge=1)
    page: int | None = None
    para: int | None = None


class DateSource(StrEnum):
    """Where a document's date was found, most trusted first."""

    FRONT_MATTER = "front matter"
    HTML_META = "HTML meta"
    HEADER = "header line"
    FILE_NAME = "file name"
    PROPERTIES = "document properties"
    MTIME = "file modified time"


class FoundDate(_Model):
    """A publication date found for a document, with where and how it was written."""

    value: date
    precision: Literal["day", "month", "year"] = "day"
    source: DateSource
    text: str  # as written: "Sep 7,2020 09:28CST", "date: 2023-07-27", "2024-05-17-x.md"
    line: int | None = None  # the source line, for front matter and header lines

    @property
    def shown(self) -> str:
        """The date at its precision: 2020-09-07, 2020-09 or 2020."""
        iso = self.value.isoformat()
        return {"day": iso, "month": iso[:7], "year": iso[:4]}[self.precision]

    @property
    def how(self) -> str:
        """How it was found, in words: 'header line 3: "Sep 7,2020 09:28CST"'."""
        where = f"{self.source.value} {self.line}" if self.line else self.source.value
        return f"{where}: {self.text!r}" if self.source is not DateSource.MTIME else where


class Document(_Model):
    """A file read into sentences."""

    path: str  # relative to the indexed root, POSIX separators
    format: Format
    title: str
    sentences: list[Sentence]
    dates: list[FoundDate] = []  # every publication date found in the file, most trusted first


class SkippedFile(_Model):
    """A file that was not indexed, and why."""

    path: str
    reason: str


class Passage(_Model):
    """A sentence from the index (used for context lines)."""

    id: int
    file: str
    line: int
    col: int
    end_line: int
    page: int | None = None
    para: int | None = None
    text: str

    @property
    def citation(self) -> str:
        return format_citation(self.file, self.line, self.page, self.para)


class Hit(_Model):
    """A passage found for a query, with how it ranked."""

    id: int
    file: str
    line: int
    col: int
    end_line: int
    page: int | None = None
    para: int | None = None
    text: str
    citation: str
    score: float  # fused score (reciprocal rank fusion), higher is better
    similarity: float  # cosine similarity of query and sentence embeddings
    dense_rank: int | None = None  # 1-based rank in the FAISS results, None if absent
    lexical_rank: int | None = None  # 1-based rank in the BM25 results, None if absent
    before: list[Passage] = []
    after: list[Passage] = []


class SearchResult(_Model):
    query: str
    mode: str
    hits: list[Hit]


class IndexStats(_Model):
    """What one ``index`` run did."""

    root: str
    index_dir: str
    added: list[str]
    changed: list[str]
    removed: list[str]
    unchanged: int
    skipped: list[SkippedFile]
    documents: int
    sentences: int
    embedded: int  # sentences embedded in this run (identical or cached texts are not)
    seconds: float
    undated: list[str] = []  # documents with no date of their own (file modified time is used)
    date_conflicts: list[str] = []  # "path: header line says 2023-07-26, front matter 2023-07-27"
    upgraded_from: int | None = None  # the store schema an older index was upgraded from
    shards: int = 1
    #: the most memory a process reading or writing a shard held (MiB): this process's, or,
    #: with --ray, the largest Ray worker's
    peak_rss_mib: float | None = None


class IndexInfo(_Model):
    """What an index holds (``factcheck info``)."""

    index_dir: str
    root: str
    model: str
    backend: str
    dimension: int
    format_version: int
    faiss: str
    shards: int = 1
    built_at: datetime
    documents: int
    sentences: int
    unique_sentences: int  # distinct sentence texts (per shard, summed, in a sharded index)
    size_bytes: int
    formats: dict[str, int]


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONFLICTS = "conflicts"
    NEUTRAL = "neutral"


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MIXED = "mixed"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"


class AtomKind(StrEnum):
    """The parts of a claim a fact-checker checks one by one."""

    FIGURE = "figure"  # "$700 million", "nearly 5%", "doubled"
    DATE = "date"  # "in July 2023", "by 2030", "since 2021"
    ACTOR = "actor"  # a named person, company, place: "Volkswagen", "Herbert Diess"
    NEGATION = "negation"  # the claim says something did not happen
    RELATION = "relation"  # what happened: the claim's other words ("invest in", "surpassed")


class AtomStatus(StrEnum):
    FOUND = "found"
    CONFLICTS = "conflicts"
    MISSING = "missing"


class Atom(_Model):
    """One part of a claim, checked against one evidence window."""

    kind: AtomKind
    claim: str  # as the claim writes it: "July 2023", "$700 million", "Herbert Diess"
    status: AtomStatus
    qualifier: str = ""  # a date's preposition: "in", "by", "since", "before", "after"
    source: str = ""  # what the source says for it, as written: "July 26, 2023"
    citation: str = ""  # the line it was found on (or that conflicts): "004.txt:16"
    file: str = ""  # the file of that citation (shown relative to where the user stands)
    note: str = ""  # how it was judged, when not by exact match: "learned model: supports 0.81"
    by: Literal["rules", "model", "document date", "document title"] = "rules"  # what decided it
    model_disagrees: bool = False  # found by the rules while the learned model reads a conflict
    # the source gives another figure or date in the claim's place and rejects the claim's
    # ("62 seats, not the 63"; "revised to $41.5 million from $38 million"): the same measure
    replaced: bool = False
    # found, but as one side's figure that the same sentence sets another against: "30 drivers"
    disputed: str = ""

    @property
    def written(self) -> str:
        """The part as the claim has it, with its preposition: "in July 2023"."""
        return f"{self.qualifier} {self.claim}" if self.qualifier else self.claim

    @property
    def shown(self) -> str:
        """'date "in July 2023": found, source says "July 26, 2023" (004.txt:16)'."""
        text = f'{self.kind.value} "{self.written}": {self.status.value}'
        if self.source and self.source != self.claim:
            text += f', source says "{self.source}"'
        if self.citation:
            text += f" ({self.citation})"
        return f"{text}; {self.note}" if self.note else text

    @property
    def difference(self) -> str:
        """A conflict in words: 'amount: claim says $2 billion, source says $1.2 billion'."""
        if self.status != AtomStatus.CONFLICTS:
            return ""
        if self.note and ": claim " in self.note:
            return self.note  # the rule's own wording
        if self.source:
            return f"{self.kind.value}: claim says {self.written}, source says {self.source}"
        return f"{self.kind.value} '{self.written}': {self.note or 'the source says otherwise'}"


class Evidence(_Model):
    """One passage weighed against a claim.

    The passage is the retrieved sentence read with its neighbours in the same paragraph (its
    evidence window). ``citation`` names the lines the evidence came from: the sentence's own,
    or a span (``004.txt:15-16``) when a neighbour carries part of the claim; ``text`` quotes
    those sentences.
    """

    stance: Stance
    score: float  # strength of the stance in [0, 1]
    similarity: float  # cosine similarity of claim and sentence embeddings
    file: str  # relative to the indexed folder
    line: int
    end_line: int
    page: int | None = None
    para: int | None = None
    citation: str
    text: str
    reasons: list[str]
    coverage: float  # share of the claim's content words found in the passage
    hedged: bool = False  # the source hedges ("plans to", "would"): weak support at most
    decisive: bool = False  # this passage decided the verdict
    atoms: list[Atom] = []  # the claim's parts, each found, conflicting or missing here
    disagreement: str = ""  # where the rules and the learned model disagree, in words
    published: date | None = None  # the document's own date, where one was found
    source_kind: str = ""  # official record, press release, news report... (provenance.kind)
    carried: bool = False  # states the claim as planned, reported or said, not as a fact
    corrects: bool = False  # a correction: states the claim to say it was wrong
    # a party's own plan or request in its own voice ("We plan to open ..."), which the claim
    # reports as a plan: the party's word is the evidence of what it intends
    own_plan: bool = False
    # a party's report of its own act in its own voice ("The county has opened 14 cooling
    # centers" in the county's release): accepted unless a record or an independent source
    # differs
    own_act: bool = False
    # a public body's record in its meeting's transcript: its decision on a motion ("The
    # motion carries, five to two") or its staff's report to it ("IT DIRECTOR SAM REYES:
    # ..."), not a speaker's word
    on_record: bool = False
    # the passage says the claim's act is still to come ("is scheduled to begin in the spring
    # of 2027"), where the claim says it is done
    pending: bool = False
    # the sentence after it that says another party disputes it ("The Transit Authority
    # disputed the finding."), cited; "" when none
    disputed: str = ""


class FirstSeen(_Model):
    """The earliest dated document(s) carrying a claim, and whom they attribute it to."""

    files: list[str]  # more than one when several share the earliest date
    date: str
    how: str  # how that date was found
    attributed_to: list[str]  # sources named in those documents' passages; empty: own voice
    note: str = ""  # caveats: "no document carrying the claim has a date of its own"

    @property
    def line(self) -> str:
        """'First reported by Bloomberg (via a.txt, dated 2020-09-07 by header line 3: ...)'."""
        files = ", ".join(self.files)
        if self.attributed_to:
            by = ", ".join(self.attributed_to)
            text = f"First reported by {by} (via {files}, dated {self.date} by {self.how})"
        else:
            text = f"First reported by {files} (dated {self.date} by {self.how})"
        return f"{text}; {self.note}" if self.note else text


class Verification(_Model):
    """A claim, its verdict and the evidence behind it."""

    claim: str
    verdict: Verdict
    confidence: float  # calibrated probability that the verdict is right, in [0, 1]
    reasons: list[str]  # why this verdict, in words
    evidence: list[Evidence]
    engine: str  # "rules" or "rules+nli:<model>"
    first_reported: FirstSeen | None = None  # the earliest dated document carrying the claim
    atoms: list[Atom] = []  # the checklist: the claim's parts in the deciding (or best) window
    decided_by: str = ""  # "model", "rules-exact" or "rules": how the verdict was reached
    check_by_hand: bool = False  # the confidence is below the ranker's review threshold

    @property
    def discrepancy(self) -> Atom | None:
        """The first part of the claim a source contradicts (for contradicted/mixed)."""
        return next((a for a in self.atoms if a.status == AtomStatus.CONFLICTS), None)


class LabelScores(_Model):
    label: str
    precision: float
    recall: float
    f1: float
    support: int


class Mistake(_Model):
    row: int
    claim: str
    expected: Verdict
    predicted: Verdict
    reasons: list[str]


class EvalReport(_Model):
    """How verify did on a labeled file."""

    file: str
    claims: int
    accuracy: float
    macro_f1: float
    labels: list[LabelScores]
    confusion: dict[str, dict[str, int]]  # expected -> predicted -> count
    evidence_rows: int  # rows that name the expected file:line
    evidence_hit_rate: float | None  # expected file:line among the cited passages
    seconds: float
    mistakes: list[Mistake] = []


class SkippedRow(_Model):
    row: int
    id: str
    reason: str


class BatchSummary(_Model):
    """What a batch run did."""

    input: str
    output: str
    rows: int  # data rows read
    checked: int  # claims verified in this run
    resumed: int  # rows already in the output (--resume), not checked again
    skipped: int  # rows that could not be checked
    skipped_by_reason: dict[str, int]
    skipped_rows: list[SkippedRow]  # the first ones, with their row numbers
    verdicts: dict[str, int]
    seconds: float
    claims_per_second: float


class ReviewStatus(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MIXED = "mixed"
    UNSOURCED = "no source found"
    NOT_A_CLAIM = "not a factual claim"


class ClaimCheck(_Model):
    """One claim of a draft sentence, verified."""

    claim: str
    verdict: Verdict
    confidence: float
    evidence: list[Evidence]  # the passages that decided the verdict
    check_by_hand: bool = False  # the confidence is below the ranker's review threshold
    discrepancy: str = ""  # "amount: claim says 25%, source says 10%"
    suggestion: str = ""  # the sentence corrected from the source, with the citation
    atoms: list[Atom] = []  # the checklist: each part of the claim, found, conflicting, missing
    first_reported: FirstSeen | None = None  # the earliest dated document that supports it


class ReviewItem(_Model):
    """A draft sentence, in draft order."""

    line: int
    end_line: int
    text: str
    status: ReviewStatus
    why: str  # why it is (not) check-worthy
    claims: list[ClaimCheck] = []


class ReviewReport(_Model):
    draft: str
    counts: dict[str, int]  # per status
    attention: list[int]  # draft lines the editor should read first, most serious first
    items: list[ReviewItem]
    engine: str
    seconds: float


# trace -----------------------------------------------------------------------------------------
class Attributed(_Model):
    """Who a passage attributes the claim to, and where that was said."""

    source: str  # as written: "Bloomberg", "a Volkswagen spokesman", "it is reported"
    verb: str  # "reported", "according to", "unnamed source"
    kind: Literal["outlet", "official", "named", "pronoun", "unnamed"]
    channel: str = ""  # "LinkedIn", "X", "a statement"
    where: Literal["passage", "previous sentence", "next sentence"] = "passage"
    line: int  # the line of the sentence that makes the attribution

    @property
    def shown(self) -> str:
        """'Bloomberg reported', 'according to Chinese state media', 'an unnamed source'."""
        if self.kind == "unnamed":
            return f"an unnamed source ({self.source!r})"
        said = (
            f"according to {self.source}" if self.verb == "according to"
            else f"{self.source} {self.verb}"
        )  # fmt: skip
        if self.kind == "pronoun":
            said += " (the speaker is not named here)"
        return f"{said} on {self.channel}" if self.channel else said


class DocumentDate(_Model):
    """The date a document goes by, how it was found, and any date that disagrees."""

    date: FoundDate
    own: bool  # found in the document (or its name); False: only the file modified time
    conflicts: list[FoundDate] = []

    @property
    def shown(self) -> str:
        if not self.own:
            return f"undated (file modified {self.date.shown})"
        return self.date.shown


class TraceEntry(_Model):
    """A document on the timeline: its date and the passage that carries or conflicts."""

    file: str
    title: str
    date: DocumentDate
    role: Literal["carries", "conflicts"]
    citation: str
    text: str
    score: float  # strength of the stance in [0, 1]
    similarity: float
    reasons: list[str]  # why the passage carries or conflicts with the claim
    attributions: list[Attributed]  # empty: the document states it in its own voice
    passages: int = 1  # passages of this document with this role
    atoms: list[Atom] = []  # the claim's parts in this passage's window


class SourceCount(_Model):
    """A source the claim is attributed to, across documents."""

    source: str
    kind: str
    documents: list[str]  # files that attribute the claim to it, earliest first
    first_date: str  # the date of the earliest of them ("undated" if none has one)


class CopyPair(_Model):
    """Two documents that share text nearly word for word."""

    original: str | None  # the likely original (the earlier one); None: undetermined
    duplicate: str | None  # the later one, that copies it
    files: list[str]  # the two documents, as compared
    why: str  # how the original was told, or why it could not be
    shared_sentences: int
    shares: list[float]  # share of each document's words in copied sentences (files' order)
    spans: list[str]  # "b.txt:3-7 = a.txt:10-14 (5 sentences)"
    carries_claim: bool  # a copied sentence is one that carries or conflicts with the claim


class Trace(_Model):
    """Where a claim comes from in the archive."""

    claim: str
    timeline: list[TraceEntry]  # earliest first; undated documents last, marked so
    first_seen: FirstSeen | None
    sources: list[SourceCount]  # named outlets, officials and people, most cited first
    unnamed: list[str]  # files whose passage cites an unnamed source ("it is reported")
    own_voice: list[str]  # files that state the claim with no attribution
    copies: list[CopyPair]
    notes: list[str]  # what could not be determined, in words
