"""What kind of source a document is, and what its word is worth (issue 19, "time and sources").

Every document here is written for this file. A document says what it is in its own text (a
byline, "For immediate release", speaker turns), so the kinds are read from the text with
file names that say nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.index.search import Index
from factcheck.language.polarity import is_attribution
from factcheck.models import Atom, AtomKind, AtomStatus, Evidence, Stance, Verdict
from factcheck.provenance.kind import SourceKind, source_kind
from factcheck.verify.verdict import aggregate_raw
from factcheck.verify.verifier import Verifier

from .conftest import archive_verifier, fake_build


@pytest.mark.parametrize(
    ("title", "opening", "kind"),
    [
        ("Brenna Foods opens its third bakery",
         "FOR IMMEDIATE RELEASE\nBrenna Foods opens its third bakery", SourceKind.PRESS_RELEASE),
        ("Brenna Foods opens its third bakery",
         "OSLAND, May 2, 2026 — Brenna Foods Ltd. today announced a new bakery.",
         SourceKind.PRESS_RELEASE),
        # a release that formally reports the issuer's figures is a results release
        ("Brenna Foods reports record sales",
         "OSLAND, May 2, 2026 — Brenna Foods Ltd. today reported first-quarter results.",
         SourceKind.RESULTS),
        ("Brenna Foods Q2 2026 results", "FOR IMMEDIATE RELEASE\nSales rose 4%.",
         SourceKind.RESULTS),
        ("Opinion: the bakery we did not need", "Opinion | By Ella Marsh", SourceKind.OPINION),
        ("Morning show, May 3", "HOST: Welcome back.\nELLA MARSH: Thanks for having me.",
         SourceKind.TRANSCRIPT),
        ("Correction", "CORRECTION\nA story on May 2 misstated the bakery's size.",
         SourceKind.CORRECTION),
        ("Bakery chain may close plant, sources say", "By Tom Reyes\nMay 4, 2026",
         SourceKind.ANONYMOUS),
        ("Osland Department of Labour", "Osland Department of Labour\nBulletin No. 14 of 2026",
         SourceKind.OFFICIAL),
        # a public body's statement, its name after the form's word, is its record; a
        # company's statement is a party's word
        ("", "STATEMENT, State Department of Health, May 4, 2026\nThe department approved ...",
         SourceKind.OFFICIAL),
        ("Statement from Brenna Foods", "Statement from Brenna Foods\nWe regret ...",
         SourceKind.STATEMENT),
        # a story about a regulator's report is a news report, not the report
        ("Regulator disputes auditor's figures on bakery grants",
         "By Tom Reyes, Osland Wire\nOSLAND, May 5, 2026 — The food regulator said ...",
         SourceKind.NEWS),
        # "said in an interview" in a news lead does not make the story a transcript
        ("Brenna Foods chief defends expansion",
         "OSLAND, May 6, 2026 — The chief executive said in an interview that ...",
         SourceKind.NEWS),
        ("Bakery opens", "The bakery opened on Monday.", SourceKind.NEWS),
        # a body writing of itself in its own words, with no byline nor dateline: a notice to
        # its customers, a page of questions and answers
        ("", "BRENNA BAKERY — A message to our customers\nAfter 40 years, we will close.",
         SourceKind.STATEMENT),
        ("Osland Food Co-op: Frequently asked questions", "How do I join?\nBuy a share.",
         SourceKind.STATEMENT),
        # ... but a story quotes "we", and an office's report says it too
        ("Bakery closes", '"We tried," the owner said. "Our costs rose."', SourceKind.NEWS),
        ("Review of disbursements", "Office of the State Comptroller\nWe examined every "
         "payment. We found 212 without an invoice.", SourceKind.OFFICIAL),
        # a byline makes a story a news report, whatever record-like word its opening has
        ("Osland caps market stalls", "Osland caps market stalls\nBy Tom Reyes, Osland Gazette\n"
         "The council voted 5-2.", SourceKind.NEWS),
        # the issuer's name under a record's title; not a body that is a sentence's subject
        ("Market stalls by ward", "Market stalls by ward\nTown of Osland, Licensing Office.\n"
         "Licences issued to June 12.", SourceKind.OFFICIAL),
        ("Brenna Foods opens a bakery", "Brenna Foods opens a bakery\nThe town council will "
         "vote on its licence in May.", SourceKind.NEWS),
        # a story about results is a news report
        ("Brenna Foods' first-quarter results disappoint",
         "By Tom Reyes, Osland Wire\nOSLAND, May 5, 2026 — Brenna Foods said ...", SourceKind.NEWS),
    ],
)  # fmt: skip
def test_a_document_says_what_kind_it_is(title: str, opening: str, kind: SourceKind) -> None:
    assert source_kind("archive/doc7.txt", title, opening) == kind


def test_a_file_name_names_the_kind_when_the_text_does_not() -> None:
    assert source_kind("2026-05-02_brenna_press_release.html", "Brenna grows") == (
        SourceKind.PRESS_RELEASE
    )


@pytest.mark.parametrize(
    ("claim", "attributed"),
    [
        ("Brenna's chief executive said the bakery would create 80 jobs.", True),
        ("According to the council, the bakery will create 80 jobs.", True),
        ("The bakery will create 80 jobs.", False),
        # a fronted time clause dates the claim; it is not what the claim asserts
        ("When they announced the bakery, the owners promised no price rises.", True),
        ("When they announced the bakery, the owners had no planning permit.", False),
    ],
)
def test_a_claim_about_what_someone_said(claim: str, attributed: bool) -> None:
    assert is_attribution(claim) == attributed


RELEASE = """<html><head><title>Brenna Foods to open Osland bakery</title></head><body>
<p>FOR IMMEDIATE RELEASE</p>
<p>Brenna Foods to open Osland bakery</p>
<p>The new Brenna Foods bakery in Osland will create 80 permanent jobs.</p>
<p>Media contact: Ana Lind.</p>
</body></html>
"""
STORY = """# Osland approves bakery

By Tom Reyes, Osland Wire

OSLAND, May 5, 2026 — The Osland council approved the Brenna Foods bakery on Monday.

The bakery will open in September.
"""
FOLLOW_UP = """# Bakery hiring begins

By Tom Reyes, Osland Wire

OSLAND, June 9, 2026 — Brenna Foods began hiring for its Osland bakery this week.

The Osland council's jobs office confirmed the Brenna Foods bakery in Osland will create 80 \
permanent jobs.
"""


_verifier = archive_verifier


def test_a_party_s_own_word_alone_is_not_enough(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"a.html": RELEASE, "b.md": STORY})
    v = verifier.verify("The Brenna Foods bakery in Osland will create 80 permanent jobs.")
    assert v.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert v.reasons[0] == (
        "only a.html:4 (press release) states it: an interested party's word, an opinion column"
        " or an unnamed source shows that it was said, not that it is so; read it against an"
        " independent source"
    )
    # ... and it still shows that they said it
    said = verifier.verify("Brenna Foods said its Osland bakery will create 80 permanent jobs.")
    assert said.verdict == Verdict.SUPPORTED
    assert [e.citation for e in said.evidence if e.decisive] == ["a.html:4"]


def test_an_independent_source_decides_over_the_party_s_word(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"a.html": RELEASE, "b.md": STORY, "c.md": FOLLOW_UP})
    v = verifier.verify("The Brenna Foods bakery in Osland will create 80 permanent jobs.")
    assert v.verdict == Verdict.SUPPORTED
    assert [(e.citation, e.source_kind) for e in v.evidence if e.decisive] == [
        ("c.md:7", "news report")
    ]


CORRECTION = """CORRECTION

A story on May 5 about the Brenna Foods bakery in Osland misstated its size. \
It will employ 80 people, not 180.

The story also gave the wrong opening date. \
According to the council, the Osland bakery opens in October, not September.
"""


def test_a_correction_is_read_with_the_story_its_opening_names(tmp_path: Path) -> None:
    # whose bakery it is only the correction's opening says, three sentences back
    verifier = _verifier(tmp_path, {"b.md": STORY, "c.txt": CORRECTION})
    v = verifier.verify("The Brenna Foods bakery in Osland will open in September.")
    assert v.verdict == Verdict.CONTRADICTED
    # cited with the correction's lead for it, which says what it corrects ("The story also
    # gave the wrong opening date.", on the same line)
    assert [e.citation for e in v.evidence if e.decisive] == ["c.txt:5"]
    assert "date: claim says September, source says October, not September" in v.reasons


def test_a_correction_s_lead_does_not_make_its_right_figure_wrong(tmp_path: Path) -> None:
    # "misstated its size" is said of the story; "It will employ 80 people" is the fact
    verifier = _verifier(tmp_path, {"b.md": STORY, "c.txt": CORRECTION})
    v = verifier.verify("The Brenna Foods bakery in Osland will employ 80 people.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert [e.citation for e in v.evidence if e.decisive] == ["c.txt:3"]
    v = verifier.verify("The Brenna Foods bakery in Osland will employ 180 people.")
    assert v.verdict == Verdict.CONTRADICTED, v.reasons


REVIEW = """# Osland Audit Office: review of the bakery grant

Prepared for the Osland council, June 2, 2026.

Brenna Foods has stated that its Osland bakery will add $3 million a year to the local economy.

We estimate the bakery's yearly addition to the local economy at about $1.1 million.
"""


def test_a_statement_the_next_paragraph_checks_is_not_support(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"r.md": REVIEW})
    v = verifier.verify("The Osland bakery will add $3 million a year to the local economy.")
    assert v.verdict != Verdict.SUPPORTED, v.reasons
    reported = next(e for e in v.evidence if e.line == 5)
    assert reported.stance.value == "neutral" and reported.carried, reported.reasons


SURVEY = """# Survey: bakery queues grew after the price rise

By Ella Marsh, Osland Wire

OSLAND, July 2, 2026 — A survey by Osland University found that queues at the Brenna Foods \
bakery grew by 12 minutes after the price rise.

The researchers timed queues on twenty mornings.

The Osland council disputed the finding, saying its own counts showed no change.
"""
POLLS = """# Who won the bakery debate?

By Ella Marsh, Osland Wire

OSLAND, July 9, 2026 — A Nordvik poll of 600 residents found that 52% backed the new bakery. \
A separate Osland Herald poll of 800 residents found the reverse, with 55% opposed.
"""


def test_a_disputed_finding_is_mixed(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"survey.md": SURVEY, "polls.md": POLLS})
    v = verifier.verify(
        "Queues at the Brenna Foods bakery grew by 12 minutes after the price rise."
    )
    assert v.verdict == Verdict.MIXED
    assert v.reasons[0] == (
        "sources disagree: survey.md:5 supports the claim, and the sentence after it says that "
        "is disputed (survey.md:9: The Osland council disputed the finding, saying its own "
        "counts showed no change.)"
    )
    # the second poll "found the reverse": it states nothing of the claim
    polled = verifier.verify("A poll found that 55% of residents backed the new bakery.")
    assert polled.verdict != Verdict.SUPPORTED


VOTE = """# Osland bakers vote to strike

By Tom Reyes, Osland Wire

OSLAND, June 2, 2026 — Members of the Osland Bakers' Guild voted 91% in favour of authorizing a \
strike, the guild said on Monday.
"""
RATIFIED = """# Bakers ratify contract

By Tom Reyes, Osland Wire

OSLAND, July 20, 2026 — Osland bakers ratified their new contract on Monday, with 84% of voting \
members in favour.

The new season will run until June 18, the guild said.
"""
CORRECTED_DEAL = """CORRECTION

Osland Wire, July 22, 2026

A story on July 20 about the tentative agreement in the Osland bakers' strike said the deal adds \
12 drivers. It adds 12 apprentices.
"""


def test_another_event_s_figure_does_not_supersede(tmp_path: Path) -> None:
    # the ratification's 84% is a later figure "in favour", of another vote
    verifier = _verifier(tmp_path, {"vote.md": VOTE, "ratified.md": RATIFIED})
    v = verifier.verify("Osland bakers voted 91% in favour of authorizing a strike.")
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["vote.md:5"]


def test_a_dateline_names_the_place_of_every_sentence(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"ratified.md": RATIFIED})
    v = verifier.verify("The Osland baking season will run until June 18.")
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["ratified.md:7"]


def test_a_correction_of_a_dated_story(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"correction.txt": CORRECTED_DEAL})
    wrong = verifier.verify("The Osland bakers' deal adds 12 drivers.")
    assert wrong.verdict == Verdict.CONTRADICTED
    assert wrong.reasons[0] == (
        "correction.txt:5 is a correction: it says the claim, as stated, was wrong"
    )
    # what the story said ("the tentative agreement") is not the correction's hedge
    right = verifier.verify("The Osland bakers' deal adds 12 apprentices.")
    assert right.verdict == Verdict.SUPPORTED


def _passage(
    file: str, stance: Stance, source: str, status: AtomStatus, published: date, kind: str,
    coverage: float = 0.8,
) -> Evidence:  # fmt: skip
    claim = "about 31 gigalitres"
    atom = Atom(kind=AtomKind.FIGURE, claim=claim, status=status, source=source,
                citation=f"{file}:5", file=file)  # fmt: skip
    return Evidence(
        stance=stance, score=0.8, similarity=0.7, file=file, line=5, end_line=5,
        citation=f"{file}:5", text="...", reasons=[f"number: claim says {claim}, source says "
        f"{source}"], coverage=coverage, atoms=[atom], published=published, source_kind=kind,
    )  # fmt: skip


def test_two_bodies_two_figures_is_mixed_but_an_update_is_not() -> None:
    # an audit's figure (stated, though the passage is no full support) against a later news
    # report of another body's review: the sources disagree
    audit = _passage("audit.md", Stance.NEUTRAL, "about 31 gigalitres", AtomStatus.FOUND,
                     date(2026, 3, 3), "official record")  # fmt: skip
    review = _passage("review.md", Stance.CONFLICTS, "about 38 gigalitres", AtomStatus.CONFLICTS,
                      date(2026, 4, 9), "news report")  # fmt: skip
    got = aggregate_raw([review, audit])
    assert got.verdict == Verdict.MIXED
    assert got.reasons[0] == (
        "sources disagree: audit.md:5 gives about 31 gigalitres, review.md:5 conflicts with it"
    )
    # a later report of the same rank updates an earlier one's figure
    first = audit.model_copy(update={"file": "first.md", "citation": "first.md:5",
                                     "source_kind": "news report"})  # fmt: skip
    assert aggregate_raw([review, first]).verdict == Verdict.CONTRADICTED
    # an opinion column's figure is no dispute
    column = audit.model_copy(update={"source_kind": "opinion column",
                                      "published": date(2026, 5, 1)})  # fmt: skip
    assert aggregate_raw([review, column]).verdict == Verdict.CONTRADICTED


def test_an_unnamed_persons_word_in_a_news_report_is_an_anonymous_source(
    tmp_path: Path,
) -> None:
    story = (
        "# Brenna Foods weighs its options\n\nBy Tom Reyes, Osland Wire\n\n"
        "OSLAND, May 8, 2026 — Brenna Foods opened its Osland bakery on Monday, a year "
        "after the council approved it and six months later than the company had first "
        "promised, after a long dispute with its builder over the cost of the new ovens.\n\n"
        "The bakery employs 80 people and will supply the company's shops across the region, "
        "the company said. Its chief executive, Ella Marsh, called the opening a milestone.\n\n"
        "The company's shares rose 2% on the news. Analysts said the bakery should lift "
        "margins by the end of the year if flour prices stay where they are now.\n\n"
        "A person familiar with the company's plans, who spoke on condition of anonymity, said "
        "Brenna Foods had considered moving its bakery to Tarrow.\n"
    )
    v = _verifier(tmp_path, {"b.md": story}).verify(
        "Brenna Foods considered moving its bakery to Tarrow."
    )
    assert v.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert v.reasons[0].startswith("only b.md:11 (anonymous-source report) states it")


def test_a_records_place_line_names_the_place_of_its_sentences(tmp_path: Path) -> None:
    record = (
        "# Office of the City Auditor: the bakery site\n\nCity of Osland, May 9, 2026\n\n"
        "Prepared at the request of the council.\n\nSummary of findings:\n\n"
        "The bakery project is on budget.\n\nThe grant was paid on time.\n\n"
        "The city bought the bakery site in 2024 for $2 million.\n"
    )
    v = _verifier(tmp_path, {"audit.md": record}).verify(
        "Osland bought the bakery site for $2 million in 2024."
    )
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["audit.md:13"]


def test_we_in_a_transcript_is_the_speakers_body(tmp_path: Path) -> None:
    from factcheck.provenance.attribution import speaker_introduction

    opening = "HOST: My guest is Ella Marsh, chief executive of Brenna Foods. Welcome."
    assert speaker_introduction("ELLA MARSH: We expect 80 jobs.", opening) == (
        "chief executive of Brenna Foods"
    )
    assert speaker_introduction("TOM REYES: We expect 80 jobs.", opening) == ""
    assert speaker_introduction("We expect 80 jobs.", opening) == ""
    show = (
        "TRANSCRIPT: Morning show, May 3, 2026\n\n"
        "HOST: My guest is Ella Marsh, chief executive of Brenna Foods.\n\n"
        "ELLA MARSH: The bakery opens in June. Once it opens, we expect around 80 permanent "
        "jobs.\n"
    )
    v = _verifier(tmp_path, {"show.txt": show}).verify(
        "Brenna Foods expects the bakery to create about 80 permanent jobs."
    )
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["show.txt:5"]


def test_a_columns_full_support_does_not_hide_the_records_figure() -> None:
    column = _passage("column.html", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                      date(2026, 3, 3), "opinion column")  # fmt: skip
    relation = Atom(kind=AtomKind.RELATION, claim="stored", status=AtomStatus.FOUND)
    column = column.model_copy(update={"atoms": [*column.atoms, relation]})
    record = _passage("audit.md", Stance.CONFLICTS, "about 38 gigalitres", AtomStatus.CONFLICTS,
                      date(2026, 2, 1), "official record")  # fmt: skip
    missing = Atom(kind=AtomKind.RELATION, claim="stored", status=AtomStatus.MISSING)
    record = record.model_copy(update={"atoms": [*record.atoms, missing]})
    got = aggregate_raw([column, record])
    assert got.verdict == Verdict.CONTRADICTED
    assert got.reasons[0] == (
        "audit.md:5 (official record) outranks column.html:5 (opinion column) for this figure"
    )


def test_a_news_report_does_not_outrank_a_later_figure() -> None:
    story = _passage("story.md", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                     date(2026, 3, 3), "news report")  # fmt: skip
    briefing = _passage("briefing.txt", Stance.CONFLICTS, "about 38 gigalitres",
                        AtomStatus.CONFLICTS, date(2026, 3, 9), "transcript")  # fmt: skip
    assert aggregate_raw([story, briefing]).verdict != Verdict.SUPPORTED
    # ... an earlier one it does
    earlier = briefing.model_copy(update={"published": date(2026, 3, 1)})
    assert aggregate_raw([story, earlier]).verdict == Verdict.SUPPORTED


def test_the_newest_statement_reporting_a_dispute_is_mixed() -> None:
    older = _passage("first.md", Stance.CONFLICTS, "about 38 gigalitres", AtomStatus.CONFLICTS,
                     date(2026, 3, 3), "news report")  # fmt: skip
    newer = _passage("later.md", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                     date(2026, 4, 9), "news report")  # fmt: skip
    assert aggregate_raw([newer, older]).verdict == Verdict.SUPPORTED  # an update
    disputed = newer.model_copy(update={"disputed": "later.md:5: ... the board says 38"})
    got = aggregate_raw([disputed, older])
    assert got.verdict == Verdict.MIXED
    # (the older figure is replaced by the newer statement, which reports a dispute)
    assert got.reasons[0] == (
        "sources disagree: later.md:5 supports the claim, and sets another side's figure against "
        "it (later.md:5: ... the board says 38)"
    )


def test_a_story_names_its_body_once_then_by_its_kind(tmp_path: Path) -> None:
    story = (
        "# Fare vote set\n\nBy Tom Reyes, Osland Wire\n\n"
        "OSLAND, May 5, 2026 — The Osland Regional Transit Authority proposed a new fare "
        "on Monday, its first in eight years.\n\n"
        "Riders at the central station were unhappy about it.\n\n"
        "The board will vote on the plan on May 20.\n\n"
        "Several riders said they would attend the meeting.\n\n"
        "The authority faces a $38 million budget gap next year.\n"
    )
    v = _verifier(tmp_path, {"s.md": story}).verify("ORTA faces a $38 million budget gap.")
    assert v.verdict == Verdict.SUPPORTED
    assert [e.citation for e in v.evidence if e.decisive] == ["s.md:13"]


def test_a_letter_to_the_editor_is_an_opinion() -> None:
    assert source_kind("archive/doc9.html", "Letters: fill the jobs", "Letters to the editor") == (
        SourceKind.OPINION
    )


CANVASS = (
    "# Osland County Board of Canvassers - Certified Canvass, November 3, 2026\n\n"
    "## County Executive\n\n"
    "| Candidate | Party | Votes | Share |\n"
    "|---|---|---|---|\n"
    "| Ines Marlow | Democratic | 48,977 | 48.2% |\n"
    "| Tom Berrigan | Republican | 48,740 | 48.0% |\n"
    "| Ada Quist | Green | 3,121 | 3.1% |\n\n"
    "Total votes cast for the office: 101,602 (including 764 write-in votes).\n"
)


# A table row is a record: read with its header and its document's title ("Votes: 48,977"),
# and without the rows around it (other records). Its citation is its own line, quoted as it
# stands in the source.
def test_a_table_row_is_read_with_its_header(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"canvass.md": CANVASS})
    v = verifier.verify("The certified canvass gave Ines Marlow 48977 votes.")
    assert v.verdict == Verdict.SUPPORTED
    decisive = [e for e in v.evidence if e.decisive]
    assert [(e.citation, e.text) for e in decisive] == [
        ("canvass.md:7", "Ines Marlow | Democratic | 48,977 | 48.2%")
    ]
    other = verifier.verify("Ada Quist received 3121 votes in the certified canvass.")
    assert [e.citation for e in other.evidence if e.decisive] == ["canvass.md:9"]
    # a label before a colon names what the figure after it counts; "write-in" qualifies it
    total = verifier.verify("There were 764 write-in votes for county executive.")
    assert [e.citation for e in total.evidence if e.decisive] == ["canvass.md:11"]


def test_a_header_row_names_each_cell() -> None:
    from factcheck.language.table import read_with_header

    assert read_with_header("Candidate | Party | Votes", "Ines Marlow | Democratic | 48,977") == (
        "Candidate: Ines Marlow; Party: Democratic; Ines Marlow Votes: 48,977."
    )
    # each figure is said of the row's first cell ("Violent crime change: -4%")
    assert read_with_header("Offence | 2025 | Change", "Violent crime | 1,840 | -4%") == (
        "Offence: Violent crime; Violent crime 2025: 1,840; Violent crime Change: -4%."
    )
    # cells that do not line up with the header are read as they stand
    assert read_with_header("Candidate | Votes", "Ines Marlow | Democratic | 48,977") == (
        "Ines Marlow | Democratic | 48,977"
    )


# A record that names another document's release ("the 52% figure in the university's March 4
# news release") is not a release; an unnamed worker "on condition that they not be named" is
# an anonymous source.
def test_a_release_named_in_a_record_is_not_its_form() -> None:
    audit = (
        "State Auditor's Office - Graduation Reporting at Osland University\n"
        "Audit Report 2026-09, April 2, 2026\n"
        "The 52% figure in the university's March 4 news release counted students who left."
    )
    assert source_kind("doc1.md", "State Auditor's Office", audit) == SourceKind.OFFICIAL
    story = (
        "Ballots may have gone uncounted, officials say\nOsland Wire, November 10, 2026\n"
        "As many as 900 ballots were never counted, according to two workers who spoke on "
        "condition that they not be named because they were not authorized to discuss it."
    )
    assert source_kind("doc2.txt", "", story) == SourceKind.ANONYMOUS


# A dispute that names its topic ("disputes the graduation finding") is of that finding, not of
# the finding the passage before it reports ("the appropriation fell by $14 million").
def test_a_dispute_of_another_finding_leaves_this_one(tmp_path: Path) -> None:
    audit = (
        "# State Auditor's Office - Audit Report 2026-09\n\n"
        "The university's state appropriation fell by $14 million between 2023 and 2025.\n\n"
        "The university said it accepts the appropriation finding but disputes the graduation "
        "finding.\n"
    )
    v = _verifier(tmp_path, {"audit.md": audit}).verify(
        "The university's state appropriation fell by $14 million between 2023 and 2025."
    )
    assert v.verdict == Verdict.SUPPORTED
    assert [e.disputed for e in v.evidence if e.decisive] == [""]


# A correction settles what it names, a figure or not: "he is the council's deputy mayor, not
# its finance chair" outranks the story it corrects. "The Kestrel Bay council's finance chair"
# is the council the correction calls "the council's".
def test_a_correction_settles_a_role(tmp_path: Path) -> None:
    story = (
        "# Kestrel Bay council approves ferry fare rise\n\nBy Jonah Whitcombe, Harbour Courier\n\n"
        "KESTREL BAY, Sept. 10, 2025 - The Kestrel Bay city council voted 7-2 to raise the "
        "ferry fare.\n\nCouncillor Aisha Morrow and finance chair Tom Reyes voted against the "
        "increase.\n"
    )
    correction = (
        "Correction\n\nOctober 6, 2025\n\nA Harbour Courier article on Sept. 10 about the ferry "
        "fare vote misstated Tom Reyes's role: he is the council's deputy mayor, not its finance "
        "chair.\n"
    )
    v = _verifier(tmp_path, {"a.md": story, "b.txt": correction}).verify(
        "Tom Reyes is the Kestrel Bay council's finance chair."
    )
    assert v.verdict == Verdict.CONTRADICTED
    assert v.reasons[0] == "b.txt:5 (correction) outranks a.md:7 (news report) for this point"


# An interview set as "Q:" and "A:" turns: who answers is the person its opening says spoke
# with the interviewer (or its title names); each sentence of an answer is that person's.
def test_an_answer_is_the_interviewees(tmp_path: Path) -> None:
    from factcheck.provenance.attribution import interviewee, voiced

    opening = (
        "Dr. Miriam Okafor, chief executive of Valley Crest Health, spoke with Courier health "
        "reporter Dana Whitfield on Feb. 19."
    )
    assert interviewee("TRANSCRIPT: the road ahead", opening) == "Miriam Okafor"
    assert interviewee("INTERVIEW: Chief Marcus Hale on hiring", "") == "Chief Marcus Hale"
    assert voiced("A: No.", "Miriam Okafor") == "MIRIAM OKAFOR: No."
    assert voiced("Q: Why?", "Miriam Okafor", answering=True) == "Q: Why?"
    transcript = (
        "TRANSCRIPT: Valley Crest CEO Miriam Okafor on the Northgate ER\n\n"
        f"{opening}\n\n"
        "Q: Will the emergency department at Northgate close?\n"
        "A: No. We will not close the emergency department at Northgate, and we will keep it "
        "open for five years.\n"
    )
    verifier = _verifier(tmp_path, {"interview.txt": transcript})
    wrong = verifier.verify(
        "Gerald Pruitt said the emergency department at Northgate would not close."
    )
    assert wrong.verdict == Verdict.CONTRADICTED
    assert (
        wrong.reasons[1] == "speaker: claim says Gerald Pruitt said it, source says Miriam Okafor"
    )


# A weekday in a story counts back from the document's own date, within its week: "on Friday"
# in a story dated Friday, June 27, 2025 (a place-and-date line of its own) is June 27.
def test_a_weekday_counts_back_from_the_documents_date(tmp_path: Path) -> None:
    story = (
        "Final count shifts one seat\n\nNordic Wire Service\nRENNICK, June 27, 2025\n\n"
        "The National Election Authority on Friday certified the results of the June 8 general "
        "election.\n"
    )
    verifier = _verifier(tmp_path, {"a.txt": story})
    right = verifier.verify("The National Election Authority certified the results on June 27.")
    assert right.verdict == Verdict.SUPPORTED
    date_atom = next(a for a in right.atoms if a.kind == AtomKind.DATE)
    assert (date_atom.status, date_atom.source) == (AtomStatus.FOUND, "Friday (2025-06-27)")
    wrong = verifier.verify("The National Election Authority certified the results on June 20.")
    assert wrong.verdict != Verdict.SUPPORTED


# A sentence that opens with "it" is about the subject of the sentence before: "The 2023
# inspection recorded ... on floor beams 3 and 4 ... It did not record cracks." does not
# confirm that the 2023 inspection found cracks in the floor beams.
def test_a_pronoun_opens_a_neighbour_about_the_claim(tmp_path: Path) -> None:
    summary = (
        "# State Department of Transportation - Bridge Inspection Summary\n\n"
        "Issued October 2, 2026\n\n"
        "The 2023 inspection recorded surface corrosion and section loss on floor beams 3 and 4 "
        "and recommended monitoring at 12-month intervals. It did not record cracks.\n"
    )
    v = _verifier(tmp_path, {"summary.md": summary}).verify(
        "The 2023 state inspection found cracks in the bridge's floor beams."
    )
    assert v.verdict != Verdict.SUPPORTED


# A meeting transcript states a motion, the chair calls the vote ("All in favor? Opposed?") and
# then announces it ("The motion carries, four to three"): the decision is the body's act as
# its meeting records it, read with the motion, and its dissenters named by title and surname
# are the people the claim names in full.
MEETING = (
    "Pell Valley School Board - regular meeting, March 3, 2026 (transcript excerpt)\n\n"
    "TRUSTEE MARA AMES: I have concerns about the cost.\n\n"
    "TRUSTEE OWEN HOLT: So do I.\n\n"
    "CHAIR RENA SOTO: The motion is to approve the $2.4 million library levy. All in favor? "
    "Opposed? The motion carries, four to three, with Trustees Ames, Holt and Vega voting no.\n"
)


def test_a_motion_is_read_with_the_chairs_decision(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"meeting.txt": MEETING})
    unanimous = verifier.verify("The Pell Valley board approved the library levy unanimously.")
    assert unanimous.verdict == Verdict.CONTRADICTED
    assert "vote: claim says 'unanimously', source says four to three" in unanimous.reasons
    against = verifier.verify("Mara Ames voted against the $2.4 million library levy.")
    assert against.verdict == Verdict.SUPPORTED
    assert [e.citation for e in against.evidence if e.decisive] == ["meeting.txt:7"]


# A public body's staff reporting to it ("FINANCE DIRECTOR ...: ...") give the agency's
# report, evidence unless a record or an independent source differs; an elected member's turn
# is only what they said, and a claim that another named person did what the turn says is not
# supported by it.
HEARING = (
    "Arden City Council - budget hearing, May 12, 2026 (transcript excerpt)\n\n"
    "COUNCILMEMBER LIAM WEST: We have cut the city's overtime bill in half.\n\n"
    "FINANCE DIRECTOR PRIYA NAIR: The city's pension fund earned 6.1% in the last fiscal year.\n"
)


def test_a_public_bodys_staff_report_is_evidence(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"hearing.txt": HEARING})
    staff = verifier.verify("Arden's pension fund earned 6.1% in the last fiscal year.")
    assert staff.verdict == Verdict.SUPPORTED
    assert [e.citation for e in staff.evidence if e.decisive] == ["hearing.txt:5"]
    member = verifier.verify("Arden has cut the city's overtime bill in half.")
    assert member.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    other = verifier.verify("Liam West said the pension fund earned 6.1% in the last fiscal year.")
    assert other.verdict != Verdict.SUPPORTED


# A later correction that says part of a supporting sentence was wrong, in words the claim
# does not use ("Stoke Row residents ... were not ordered out"), sets the sentence aside.
def test_a_sentence_a_later_correction_names_is_read_with_it(tmp_path: Path) -> None:
    story = (
        "# Harl River floods\n\nBy Ida Berg, Harl Courier\n\n"
        "HARL, May 4, 2026 - The Harl River broke its banks on Sunday.\n\n"
        "The mayor ordered the evacuation of Quayside and the Stoke Row area, about 2,300 "
        "residents in all.\n"
    )
    correction = (
        "CORRECTION\n\nHarl Courier, May 6, 2026\n\n"
        "A story on May 4 about the Harl River flood said the Stoke Row area was evacuated. "
        "Stoke Row residents were told to be ready to leave; they were not ordered out.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-04-flood.md": story, "2026-05-06-fix.txt": correction})
    v = verifier.verify("About 2300 Harl residents were ordered to leave their homes.")
    assert v.verdict != Verdict.SUPPORTED


def test_a_vote_that_names_every_dissenter(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"meeting.txt": MEETING})
    chair = verifier.verify("Rena Soto voted against the $2.4 million library levy.")
    assert chair.verdict == Verdict.CONTRADICTED
    assert "vote: claim says Soto voted against, source names all who did: Ames, Holt, Vega" in (
        chair.reasons
    )
    holt = verifier.verify("Owen Holt voted for the $2.4 million library levy.")
    assert holt.verdict == Verdict.CONTRADICTED


def test_a_decision_in_a_turn_of_its_own(tmp_path: Path) -> None:
    session = (
        "Transcript: Orrin Town Council special session, June 2, 2026\n\n"
        "COUNCILLOR JUNE PARK: The culvert failed twice this spring.\n"
        "COUNCILLOR JUNE PARK: I move that the council hire an outside engineer to inspect "
        "the Mill Brook culvert.\n"
        "CLERK: The motion carries, five votes to two.\n"
    )
    verifier = _verifier(tmp_path, {"session.txt": session})
    right = verifier.verify(
        "The Orrin council voted five to two to hire an outside engineer to inspect the Mill "
        "Brook culvert."
    )
    assert right.verdict == Verdict.SUPPORTED
    wrong = verifier.verify(
        "The Orrin council voted unanimously to hire an outside engineer to inspect the Mill "
        "Brook culvert."
    )
    assert wrong.verdict == Verdict.CONTRADICTED


# "the increase" names what the story named before, in its headline: the words before the
# claim's noun ("ferry fare" of "the ferry fare increase") are read there.
def test_the_names_what_the_headline_named(tmp_path: Path) -> None:
    story = (
        "# Brask council approves water rate rise\n\nBy Ana Lind, Brask Post\n\n"
        "BRASK, May 5, 2026 - The Brask council voted 6-3 on Monday to raise water rates by "
        "8% from July.\n\n"
        "Councillor Omar Sayed, who chairs the finance committee, and Councillor Rita Holm "
        "voted against the rise.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-05-rates.md": story})
    said = verifier.verify("Omar Sayed voted for the water rate rise.")
    assert said.verdict == Verdict.CONTRADICTED
    assert "vote: claim says voted for, source says voted against" in said.reasons


# An audit that gives a party's figure ("Orrin College reported ... to its board") and then
# its own for the same measure: the party's figure is the party's word, not the audit's.
def test_a_partys_figure_in_an_audit_is_the_partys(tmp_path: Path) -> None:
    audit = (
        "# State Auditor - Enrollment Reporting at Orrin College\n\n"
        "Audit Report 2026-14, May 4, 2026\n\n"
        "1. Orrin College reported fall 2025 enrollment of 9,600 students to its board. "
        "Counted as the state requires, fall 2025 enrollment was 9,120.\n"
    )
    verifier = _verifier(tmp_path, {"audit.md": audit})
    theirs = verifier.verify("Orrin College's fall 2025 enrollment was 9600 students.")
    assert theirs.verdict != Verdict.SUPPORTED
    assert [e.source_kind for e in theirs.evidence if e.citation == "audit.md:5"][:1] == [
        "statement"
    ]
    said = verifier.verify("Orrin College reported fall 2025 enrollment of 9600 students.")
    assert said.verdict == Verdict.SUPPORTED


# "faces a $12 million gap" says nothing a later "reduced the gap to $9 million" must repeat:
# the verb only holds the figure, and the newer figure replaces it.
def test_a_verb_that_holds_a_figure(tmp_path: Path) -> None:
    older = (
        "# Port sets out budget\n\nBy Ana Lind, Brask Post\n\n"
        "BRASK, Oct. 1, 2026 - Port director Ida Holm said the port authority faces a $12 "
        "million budget gap next year.\n"
    )
    newer = (
        "# Grant narrows port gap\n\nBy Ana Lind, Brask Post\n\n"
        "BRASK, Nov. 20, 2026 - A state grant has reduced the port authority's budget gap for "
        "next year to $9 million.\n"
    )
    verifier = _verifier(tmp_path, {"2026-10-01-port.md": older, "2026-11-20-port.md": newer})
    v = verifier.verify("The port authority faces a $12 million budget gap next year.")
    assert v.verdict == Verdict.CONTRADICTED
    assert v.reasons[0].startswith("superseded: $12 million (2026-10-01")


def test_a_turns_label_and_a_decision_s_motion_are_read_however_long_the_turn(
    tmp_path: Path,
) -> None:
    meeting = (
        "Dell County Board of Commissioners - regular meeting, June 12, 2026\n\n"
        "HARBOR PARKS MANAGER TOM ABARA: Thank you. The pool reopened in May. Attendance is "
        "up. Our first swim classes in Dell were held on June 9, earlier than we planned.\n\n"
        "CHAIR NINA COLE: The motion is to commit $80,000 toward expanding the pool. All in "
        "favor? Opposed? The motion carries, four to one, with Commissioner Ray voting no.\n"
    )
    verifier = _verifier(tmp_path, {"meeting.txt": meeting})
    classes = verifier.verify("Harbor Parks held its first swim classes in Dell on June 9.")
    assert classes.verdict == Verdict.SUPPORTED
    assert [e.citation for e in classes.evidence if e.decisive] == ["meeting.txt:3"]
    vote = verifier.verify("Commissioner Ray voted against the money for the pool expansion.")
    assert vote.verdict == Verdict.SUPPORTED
    assert [e.citation for e in vote.evidence if e.decisive] == ["meeting.txt:5"]


def test_an_anonymous_source_storys_own_voice_is_the_reporters() -> None:
    from factcheck.provenance.kind import sentence_kind

    rumour = SourceKind.ANONYMOUS
    assert sentence_kind("Work on the pier began on Monday, June 1.", rumour) == SourceKind.NEWS
    for said in (
        "The pier will close for a year, two people familiar with the plan said.",
        "A decision could come within weeks.",
        "The closure is reportedly final.",
        "The people said the pier was unsafe.",
    ):
        assert sentence_kind(said, rumour) == rumour, said
    # a news report's sentence giving an unnamed person's word is an anonymous source's
    unnamed = "The pier was unsafe, according to a person who asked not to be named."
    assert sentence_kind(unnamed, SourceKind.NEWS) == rumour


def test_a_correction_is_read_with_the_story_it_names_by_date(tmp_path: Path) -> None:
    import datetime as dt

    from factcheck.provenance.corrects import corrected_date

    opening = "CORRECTION\nOsland Wire, May 9, 2026\nAn article on May 8 about the fare vote erred."
    assert corrected_date(opening, dt.date(2026, 5, 9)) == dt.date(2026, 5, 8)
    assert corrected_date("A Dec. 30 story misstated a fare.", dt.date(2027, 1, 4)) == (
        dt.date(2026, 12, 30)
    )
    assert corrected_date("CORRECTION\nOsland Wire, May 9, 2026\nWe erred.", None) is None
    story = (
        "# Fare vote\n\nBy Tom Reyes, Osland Wire\n\n"
        "OSLAND, May 8, 2026 — The board of the Osland Regional Transit Authority voted 6-3 on "
        "Thursday to raise the base fare.\n\n"
        "The price of a monthly pass will rise from $70 to $80.\n"
    )
    correction = (
        "CORRECTION\nOsland Wire, May 9, 2026\n\n"
        "An article on May 8 about the fare vote gave the wrong price for the monthly pass. "
        "It will rise from $70 to $78, not $80.\n"
    )
    verifier = _verifier(
        tmp_path, {"2026-05-08-vote.md": story, "2026-05-09-correction.txt": correction}
    )
    claim = "The price of an Osland Regional Transit Authority monthly pass will rise to $78."
    assert _decided(verifier, claim) == (Verdict.SUPPORTED, ["2026-05-09-correction.txt:4"])


def test_a_records_heading_gives_the_period_of_its_figures(tmp_path: Path) -> None:
    from factcheck.provenance.kind import heading

    opening = (
        "Osland Ports Office\nCargo statistics, calendar year 2025\nReleased 3 March 2026\n\n"
        "Containers handled, Port of Osland: 412,000 (2024: 398,000)."
    )
    assert heading(opening) == "Osland Ports Office / Cargo statistics, calendar year 2025"
    record = (
        opening + "\nContainers handled, Port of Dell: 96,000 (2024: 104,000).\n"
        "Both ports are run by the Osland Ports Office.\n"
    )
    verifier = _verifier(tmp_path, {"cargo.txt": record})
    # the period is the heading's year; a claim of one year is found in it, and two years set
    # against each other are read on the figure and the one beside it
    assert _decided(verifier, "The Port of Osland handled about 412,000 containers in 2025.") == (
        Verdict.SUPPORTED,
        ["cargo.txt:5"],
    )
    assert _decided(verifier, "The Port of Dell handled more containers in 2025 than in 2024.") == (
        Verdict.CONTRADICTED,
        ["cargo.txt:6"],
    )
    assert _decided(
        verifier, "The Port of Dell handled fewer containers in 2025 than in 2024."
    ) == (Verdict.SUPPORTED, ["cargo.txt:6"])
    # another year than the heading's is not found in it
    other = verifier.verify("The Port of Osland handled about 412,000 containers in 2026.")
    assert other.verdict != Verdict.SUPPORTED


def _decided(verifier: Verifier, claim: str) -> tuple[Verdict, list[str]]:
    """A claim's verdict and the citations of the passages that decide it."""
    v = verifier.verify(claim)
    return v.verdict, [e.citation for e in v.evidence if e.decisive]


def test_a_figure_a_later_correction_names_as_wrong_conflicts_no_more(tmp_path: Path) -> None:
    story = (
        "Dell grant trimmed\nBy Ann Ruiz, Dell Wire\nDELL, April 2, 2026\n"
        "The Dell Arts Council on Tuesday awarded $1.8 million to the Orrin Theatre, less than "
        "the $2.1 million the theatre had requested.\n"
    )
    correction = (
        "CORRECTION\nDell Wire, April 9, 2026\n"
        "An April 2 story about the Orrin Theatre misstated the grant. The council awarded "
        "$1.9 million, not $1.8 million.\n"
    )
    verifier = _verifier(
        tmp_path, {"2026-04-02-grant.txt": story, "2026-04-09-fix.txt": correction}
    )
    v = verifier.verify("The Orrin Theatre's grant from the Dell Arts Council was $1.9 million.")
    assert v.verdict == Verdict.SUPPORTED
    # the story, wrong only in the figure the correction (which does not state the claim
    # itself) puts right as the claim has it, states the claim with the correction
    old = [e for e in v.evidence if e.citation == "2026-04-02-grant.txt:4"]
    assert old and old[0].stance == Stance.SUPPORTS
    assert (
        "a later correction (2026-04-09-fix.txt:3) puts $1.8 million right as the claim has it:"
        " the two together state it"
    ) in old[0].reasons
    # ... and the figure it puts right is not supported
    wrong = verifier.verify("The Dell Arts Council's grant to the Orrin Theatre was $1.8 million.")
    assert wrong.verdict != Verdict.SUPPORTED


BOARD_DOUBTS = (
    "Library board may reject bookshop lease, two trustees say\nBy Ina Falk, Orrin Post\n"
    "ORRIN, May 20, 2026\n"
    "A majority of the Orrin Library Board is prepared to reject the lease with Quill Books, "
    "according to two trustees who asked not to be named because the vote has not been held.\n"
)
BOARD_MEETING = (
    "Orrin Library Board, regular meeting of June 3, 2026 (official transcript, published "
    "June 4)\n\n"
    "CHAIR ROSA LINDH: Item six is the lease with Quill Books. Director Amos.\n\n"
    "DIRECTOR KAI AMOS: The lease runs ten years and pays the library $40,000 a year.\n\n"
    "TRUSTEE NILS BERG: I have doubts about a bookshop in a library.\n\n"
    "TRUSTEE PETRA HOLM: The terms are fair. I move that we approve the lease as presented.\n\n"
    "TRUSTEE OMAR VALE: Second.\n\n"
    "CHAIR ROSA LINDH: The clerk will call the roll.\n\n"
    "CLERK JUNE BAI: Four ayes, one nay, Trustee Berg voting no.\n\n"
    "CHAIR ROSA LINDH: The motion carries.\n"
)


def test_a_motion_read_with_the_roll_call_turns_later(tmp_path: Path) -> None:
    """A motion ("I move that we approve the lease"), the roll call three turns later ("Four
    ayes, one nay, Trustee Berg voting no") and the chair's word are one decision, about the
    agenda item the chair opened ("Item six is the lease with Quill Books"); the words that
    make a motion are the act; an unnamed source's forecast before the vote is no record of
    it, and the later record overrides it."""
    verifier = _verifier(
        tmp_path, {"2026-05-20-doubts.txt": BOARD_DOUBTS, "2026-06-04-meeting.txt": BOARD_MEETING}
    )
    voted = verifier.verify(
        "The Orrin Library Board voted 4-1 to approve the lease with Quill Books."
    )
    assert voted.verdict == Verdict.SUPPORTED
    assert [e.citation for e in voted.evidence if e.decisive] == ["2026-06-04-meeting.txt:3-17"]
    doubts = [e for e in voted.evidence if e.file == "2026-05-20-doubts.txt"]
    assert all(e.stance == Stance.NEUTRAL for e in doubts)
    moved = "Trustee Petra Holm moved to approve the lease with Quill Books."
    assert _decided(verifier, moved) == (Verdict.SUPPORTED, ["2026-06-04-meeting.txt:9"])
    assert _decided(
        verifier, "The Orrin Library Board unanimously approved the lease with Quill Books."
    ) == (Verdict.CONTRADICTED, ["2026-06-04-meeting.txt:3-17"])


def test_the_operator_a_record_s_field_names(tmp_path: Path) -> None:
    """ "Operator: Quarry Holdings" in a record's opening names who "the operator" of its later
    sentences is."""
    notice = (
        "# Department of Mines: notice of violation\n\n"
        "Facility: Orrin Quarry, Dell County. Operator: Quarry Holdings.\n\n"
        "Issued May 2, 2026.\n\n"
        "The operator shall submit a dust control plan by June 15, 2026.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-02-notice.md": notice})
    assert _decided(verifier, "Quarry Holdings must submit a dust control plan by June 15.") == (
        Verdict.SUPPORTED,
        ["2026-05-02-notice.md:7"],
    )


def test_a_file_named_as_a_release_is_a_release() -> None:
    """ "solvane-release.html" is the company's release, though it opens like a wire story."""
    opening = "DENVER — April 8, 2026 — Solvane Energy has filed its application."
    assert source_kind("2026-04-08-solvane-release.html", "Clean power", opening) == (
        SourceKind.PRESS_RELEASE
    )
    assert source_kind("2026-04-08-wind-story.md", "Clean power", opening) == SourceKind.NEWS


def test_an_agenda_item_read_with_the_vote_that_decides_it(tmp_path: Path) -> None:
    """The chair's "Item twelve, a resolution adding $120,000 ..." is decided by the roll call
    and the chair's word turns later; "I move the resolution" makes the motion."""
    meeting = (
        "Orrin City Council, regular meeting of June 1, 2026 (official transcript, published "
        "June 2)\n\n"
        "PRESIDENT GLORIA HUNT: Item twelve, a resolution adding $120,000 to the police budget "
        "for overtime in the museum theft investigation.\n\n"
        "COUNCILMEMBER ADA BROOKS: I don't think the city should pay for this.\n\n"
        "COUNCILMEMBER LUIS FERREIRA: A theft is a crime. I move the resolution.\n\n"
        "COUNCILMEMBER OMAR TATE: Second.\n\n"
        "CITY CLERK RENEE FOX: Six ayes, one nay, Councilmember Brooks voting no.\n\n"
        "PRESIDENT GLORIA HUNT: The resolution passes.\n"
    )
    verifier = _verifier(tmp_path, {"2026-06-02-council.txt": meeting})
    assert _decided(
        verifier, "The Orrin City Council unanimously approved $120,000 for police overtime."
    ) == (Verdict.CONTRADICTED, ["2026-06-02-council.txt:3-13"])
    assert _decided(
        verifier, "Councilmember Luis Ferreira moved the police overtime resolution."
    ) == (Verdict.SUPPORTED, ["2026-06-02-council.txt:7"])


REPORT = """# Hollins Structural Engineering: Elm Street Parking Garage, investigation findings

Prepared for the City of Carver. Released March 20, 2026.

## Condition and estimated repair cost

| Level | Condition | Estimated repair cost |
|---|---|---|
| Level 1 | Fair | $0.4 million |
| Level 2 | Fair | $0.9 million |
| Level 3 | Poor | $1.7 million |
| Top deck | Critical | $3.2 million |
| Total | | $6.2 million |
"""
COLUMN = """<html><head><title>Opinion: Carver's garage bill</title></head><body>
<p>By Lena Ruiz, columnist, April 2, 2026</p>
<p>Now taxpayers will spend $10 million to repair the Elm Street garage.</p>
</body></html>
"""


def test_a_found_table_header_brings_its_rows(tmp_path: Path) -> None:
    """A header (or the heading above it) says what its rows hold: the rows the claim is
    about are read with it, the total for the whole, and a row is read against the values
    its column holds ("Poor" for a row whose Condition is "Fair")."""
    verifier = _verifier(
        tmp_path, {"2026-03-20-report.md": REPORT, "2026-04-02-column.html": COLUMN}
    )
    store = verifier.index.store
    header, first = (
        next(p for p in store.openings(["2026-03-20-report.md"], 8)["2026-03-20-report.md"]
             if p.text.startswith(start))
        for start in ("Level |", "Level 1 |")
    )  # fmt: skip
    rows = store.table_rows([header.id, first.id], 8)
    assert [p.line for p in rows[header.id]] == [9, 10, 11, 12, 13]
    assert first.id not in rows  # a row is no header
    claim = "Repair of the Elm Street garage will cost $10 million."
    verdict, cited = _decided(verifier, claim)
    assert (verdict, cited) == (Verdict.CONTRADICTED, ["2026-03-20-report.md:13"])
    verdict, cited = _decided(verifier, "Level 2 of the Elm Street garage is in poor condition.")
    assert (verdict, cited) == (Verdict.CONTRADICTED, ["2026-03-20-report.md:10"])


def test_a_claim_of_what_was_said_is_judged_on_the_saying(tmp_path: Path) -> None:
    """ "Officials said the region could put as much as 37 million dollars" is not answered by
    a passage that reports nobody's words ("a project it put at 74 million dollars"): what
    was said is the claim, whatever else is so."""
    story = (
        "Runway extension approved\nBy Ana Lind, Tidewater Wire\n"
        "CORVELL, Feb. 3 - The Tidewater Regional Airports Board on Monday approved a 600-metre "
        "extension of the main runway at Corvell Airport, a project it put at 74 million "
        "dollars.\n"
    )
    sources = (
        "Region weighs runway money, sources say\nTidewater Wire, March 2, 2026\n\n"
        "Regional officials are considering a contribution to the Corvell runway, according to "
        "two officials who asked not to be named.\n"
        "The officials said the region could put in as much as 37 million dollars.\n"
    )
    verifier = _verifier(
        tmp_path, {"2026-02-03-runway.md": story, "2026-03-02-sources.txt": sources}
    )
    claim = (
        "Anonymous officials said the region could put as much as 37 million dollars into the "
        "runway."
    )
    verdict, _ = _decided(verifier, claim)
    assert verdict != Verdict.CONTRADICTED


def test_a_claim_of_an_admission_is_answered_by_its_denial(tmp_path: Path) -> None:
    """ "Kelda Paper admitted wrongdoing" is a claim of what was said (its verb is one of
    saying); "Kelda Paper did not admit wrongdoing" reports that saying, and answers it."""
    story = (
        "# Kelda Paper settles over mill smell\n\nBy Ana Lind, Brask Post\n\n"
        "BRASK, May 5, 2026 - Kelda Paper agreed on Monday to pay $90,000 to settle the "
        "state's complaint over odors from its Brask mill.\n\n"
        "Kelda Paper did not admit wrongdoing in the settlement.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-05-kelda.md": story})
    verdict, cited = _decided(verifier, "Kelda Paper admitted wrongdoing in the settlement.")
    assert (verdict, cited) == (Verdict.CONTRADICTED, ["2026-05-05-kelda.md:7"])


def test_a_tables_dated_columns_and_units(tmp_path: Path) -> None:
    """A column's unit in brackets goes with its figures, a lab's "ND" is "not detected", and
    the claim's date picks the dated column its figure is in."""
    report = (
        "# State water lab: nitrate samples, Orrin Creek\n\n"
        "Published June 2, 2026.\n\n"
        "| Site | Nitrate (mg/L), May 4 | Nitrate (mg/L), May 18 | Status |\n"
        "|---|---|---|---|\n"
        "| Mill Bridge | 14 | 6 | Above limit |\n"
        "| Orrin intake | 3 | ND | Below limit |\n"
    )
    verifier = _verifier(tmp_path, {"2026-06-02-samples.md": report})
    for claim, expected in (
        ("Nitrate at Mill Bridge measured 14 mg/L on May 4.", Verdict.SUPPORTED),
        ("Nitrate at Mill Bridge measured 6 mg/L on May 4.", Verdict.CONTRADICTED),
        ("Nitrate was detected at the Orrin intake on May 18.", Verdict.CONTRADICTED),
    ):
        verdict, cited = _decided(verifier, claim)
        assert verdict == expected, claim
        assert cited and cited[0].startswith("2026-06-02-samples.md:"), (claim, cited)


def test_a_later_report_replaces_a_corrections_count() -> None:
    """A correction mends the story before it; a later report's newer figure replaces the
    correction's as it would the story's (the newest statement for the same measure wins),
    and the correction still outranks a report from before it."""
    correction = _passage("fix.txt", Stance.CONFLICTS, "about 24 gigalitres", AtomStatus.CONFLICTS,
                          date(2026, 6, 17), "correction")  # fmt: skip
    later = _passage("later.md", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                     date(2026, 6, 24), "news report")  # fmt: skip
    got = aggregate_raw([later, correction])
    assert got.verdict == Verdict.SUPPORTED, got.reasons
    assert got.reasons[0].startswith("superseded: about 24 gigalitres (2026-06-17, fix.txt:5)")
    earlier = later.model_copy(update={"published": date(2026, 6, 10)})
    assert aggregate_raw([earlier, correction]).verdict == Verdict.CONTRADICTED


def test_a_release_signed_off_at_its_end_is_a_release() -> None:
    """A release that names no form at its top ("X today put 400 scooters on the streets")
    says so where it ends: "Media contact: ..."; a column by its disclaimer."""
    opening = "Brisa launches in Carrow Bay\nCarrow Bay, April 1, 2026\nBrisa put 400 scooters out."
    assert source_kind("2026-04-01-brisa.html", "Brisa launches", opening) == SourceKind.NEWS
    assert source_kind(
        "2026-04-01-brisa.html", "Brisa launches", opening, "Media contact: press@brisa.example"
    ) == SourceKind.PRESS_RELEASE  # fmt: skip
    assert source_kind(
        "2026-05-01-view.html", "Scooters must go", "Scooters must go",
        "The views expressed are the author's own.",
    ) == SourceKind.OPINION  # fmt: skip


def test_a_question_after_a_passage_gives_it_no_words(tmp_path: Path) -> None:
    """ "How many of those 340 went to Brisa riders?" asks; it states nothing, and the passage
    before it is not read as saying it."""
    hearing = (
        "Carrow Bay City Council, public hearing on scooters, June 18, 2026 (excerpt)\n\n"
        "POLICE CHIEF AMA OSEI: Since April 1, officers have written 340 citations, most of "
        "them for riding on the sidewalk.\n"
        "COUNCILOR ARROYO: How many of those 340 went to Brisa riders?\n"
        "POLICE CHIEF AMA OSEI: We do not record the company, Councilor.\n"
    )
    verifier = _verifier(tmp_path, {"2026-06-18-hearing-transcript.txt": hearing})
    verdict, _ = _decided(verifier, "Police wrote 340 citations to Brisa riders.")
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    verdict, cited = _decided(verifier, "Police have written 340 citations since April 1.")
    assert (verdict, cited) == (Verdict.SUPPORTED, ["2026-06-18-hearing-transcript.txt:3"])


def test_a_request_in_its_own_voice_is_the_speakers_not_the_next_turns(tmp_path: Path) -> None:
    """ "We are asking the council to cut it to 50 cents," in a turn labelled with the speaker
    and the body in brackets, is that body's request in its own words: evidence of the
    request. The next turn, another speaker's, is not read with it, nor is the request that of
    anyone the claim names by office."""
    hearing = (
        "Carrow Bay City Council, public hearing on scooters, June 18, 2026 (excerpt)\n\n"
        "CHAIR DANA WHITCOMB: We will hear first from the operators.\n"
        "ERIK LINDQVIST (general manager, Volta Rides): The fee is the highest we pay. We are "
        "asking the council to cut the fee to 50 cents.\n"
        "CHAIR DANA WHITCOMB: The city will not cut the fee during the pilot.\n"
    )
    verifier = _verifier(tmp_path, {"2026-06-18-hearing-transcript.txt": hearing})
    verdict, cited = _decided(verifier, "Volta Rides asked the council to cut the fee to 50 cents.")
    assert (verdict, cited) == (Verdict.SUPPORTED, ["2026-06-18-hearing-transcript.txt:4"])
    verdict, _ = _decided(
        verifier, "Chair Dana Whitcomb asked the council to cut the fee to 50 cents."
    )
    assert verdict != Verdict.SUPPORTED


LOW_PAY = (
    "# Dunmore Office of Statistics: low-pay bulletin\n\n"
    "Released April 2, 2026.\n\n"
    "## Workers paid less than $20 an hour, by industry (2025)\n\n"
    "| Industry | Workers | Share of industry's workers |\n"
    "|---|---|---|\n"
    "| Hospitality | 6,100 | 64% |\n"
    "| Retail | 5,200 | 38% |\n"
    "| Warehousing | 1,900 | 22% |\n"
    "| Total | 13,200 | 15% |\n"
)


def test_a_table_is_read_with_its_caption_and_its_ranks(tmp_path: Path) -> None:
    """The caption right above a table's header says what every row counts ("Workers paid
    less than $20 an hour"); a row's figure the largest of its column is said so; a share's
    column counts what it is a share of."""
    verifier = _verifier(tmp_path, {"2026-04-02-bulletin.md": LOW_PAY})
    for claim, expected, line in (
        ("About 5,200 retail workers in Dunmore earn less than $20 an hour.",
         Verdict.SUPPORTED, 10),
        ("Hospitality workers are the largest group paid less than $20 an hour in Dunmore.",
         Verdict.SUPPORTED, 9),
        ("About 22% of Dunmore's retail workers are paid less than $20 an hour.",
         Verdict.CONTRADICTED, 10),
    ):  # fmt: skip
        verdict, cited = _decided(verifier, claim)
        assert verdict == expected, claim
        assert cited[:1] == [f"2026-04-02-bulletin.md:{line}"], (claim, cited)
    retail, _ = _decided(
        verifier, "Retail workers are the largest group paid less than $20 an hour in Dunmore."
    )
    assert retail != Verdict.SUPPORTED


def test_a_table_s_caption_is_no_date_line(tmp_path: Path) -> None:
    from factcheck.language.table import ranks

    report = LOW_PAY.replace("## Workers paid less than $20 an hour, by industry (2025)\n\n", "")
    for docs, caption in (
        (LOW_PAY, "Workers paid less than $20 an hour, by industry (2025)"),
        (report, None),  # ("Released April 2, 2026." is the document's date)
    ):
        root = tmp_path / str(len(docs))
        root.mkdir()
        (root / "b.md").write_text(docs, encoding="utf-8")
        fake_build(root, root / "idx")
        store = Index.open(root / "idx").store
        # (every sentence id of the one document; only its table rows have a caption)
        assert set(store.table_captions(list(range(1, 20))).values()) == (
            {caption} if caption else set()
        )
    header = "Industry | Workers | Share"
    rows = ["Hospitality | 6,100 | 64%", "Retail | 5,200 | 38%", "Total | 13,200 | 15%"]
    rows.insert(2, "Warehousing | 1,900 | 22%")
    assert ranks(header, rows[0], rows) == {
        1: "the largest, the highest",
        2: "the largest, the highest",
    }
    assert ranks(header, rows[2], rows) == {
        1: "the smallest, the lowest",
        2: "the smallest, the lowest",
    }
    assert ranks(header, rows[3], rows) == {}  # (the total is no record among the others)
    # ... nor is an average
    averaged = [*rows[:3], "State average | 4,000 | 40%"]
    assert ranks(header, averaged[3], averaged) == {}
    assert ranks(header, averaged[0], averaged)[1] == "the largest, the highest"


def test_a_correction_settles_a_name_its_story_listed(tmp_path: Path) -> None:
    """A later correction that names the right member settles the story's list of who voted
    against: the claim it supports is not "mixed"."""
    story = (
        "Dell council adopts budget\nBy Ann Ruiz, Dell Wire\n"
        "DELL, March 3, 2026 — The Dell council voted 4-3 on Monday to adopt the budget.\n"
        "Councilmembers Ada Quist, Ben Omar and Rita Vance voted against it.\n"
    )
    correction = (
        "CORRECTION — March 5, 2026\n"
        "A March 3 article about the Dell budget misnamed a councilmember who voted against the "
        "budget; she is Rita Vane, not Rita Vance.\n"
    )
    verifier = _verifier(
        tmp_path, {"2026-03-03-budget.md": story, "2026-03-05-correction.txt": correction}
    )
    verdict, cited = _decided(verifier, "Rita Vane voted against the Dell budget.")
    assert verdict == Verdict.SUPPORTED
    assert cited[:1] == ["2026-03-05-correction.txt:2"]


def test_a_first_plan_is_the_earliest_statement() -> None:
    """A claim about what was first planned is the earliest statement's: a later plan's figure
    replaced it and does not say it was not first planned; a claim of the figure now is the
    newest statement's."""
    from factcheck.verify.verdict import FIRST_STATED

    first = _passage("plan.md", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                     date(2026, 1, 14), "news report")  # fmt: skip
    later = _passage("vote.md", Stance.CONFLICTS, "about 38 gigalitres", AtomStatus.CONFLICTS,
                     date(2026, 4, 8), "news report")  # fmt: skip
    assert aggregate_raw([later, first]).verdict == Verdict.CONTRADICTED
    got = aggregate_raw([later, first], first=True)
    assert got.verdict == Verdict.SUPPORTED, got.reasons
    assert got.reasons[0] == "plan.md:5 supports the claim"
    assert FIRST_STATED.search("The center was first planned to open on Sept. 1.")
    assert FIRST_STATED.search("The project's original estimate was $4.2 million.")
    assert not FIRST_STATED.search("The center will open first in Marlow.")


def test_a_body_named_with_a_number_issues_a_record() -> None:
    opening = (
        "# State 911 Board: 2025 performance report, Dell County\n\n"
        "Published Feb. 11, 2026 by the State 911 Board.\n"
    )
    assert source_kind("report.md", "State 911 Board: 2025 performance report", opening) == (
        SourceKind.OFFICIAL
    )


def test_a_study_against_a_record_is_mixed() -> None:
    """An official record's figure against a later report of an independent study's own figure
    ("A study by the university put the share at 5.4%"): the two measure it each their own
    way, so neither outranks the other; a report's own figure is outranked."""
    record = _passage("board.md", Stance.SUPPORTS, "about 31 gigalitres", AtomStatus.FOUND,
                      date(2026, 2, 11), "official record")  # fmt: skip
    report = _passage("update.md", Stance.CONFLICTS, "about 38 gigalitres", AtomStatus.CONFLICTS,
                      date(2026, 7, 15), "news report")  # fmt: skip
    assert aggregate_raw([report, record]).verdict == Verdict.SUPPORTED
    study = report.model_copy(update={
        "text": "A study by the institute at Halvorsen University, released in June, put the "
                "reservoir's inflow at about 38 gigalitres."
    })  # fmt: skip
    assert aggregate_raw([study, record]).verdict == Verdict.MIXED


def test_unnamed_sources_later_never_outrank_a_party_on_record(tmp_path: Path) -> None:
    release = (
        "<html><head><title>Corliss Mills to build $40 million plant</title></head><body>\n"
        "<p>ORRIN, January 12, 2026 — Corliss Mills today announced a $40 million paper "
        "plant in Orrin.</p>\n<p>Media contact: press@corliss.example</p>\n</body></html>\n"
    )
    rumour = (
        "Corliss weighs bigger Orrin plant, sources say\n\nBy Ida Park, Orrin Wire\n"
        "March 3, 2026\n\n"
        "Corliss Mills is preparing to double the size of its planned Orrin paper plant to a "
        "$90 million project with a second mill, according to two people familiar with the "
        "plans who were not authorized to speak publicly.\n"
    )
    verifier = _verifier(
        tmp_path, {"2026-01-12-release.html": release, "2026-03-03-sources.txt": rumour}
    )
    v = verifier.verify("Corliss Mills announced a $40 million paper plant in Orrin.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons


def test_an_answer_counts_what_the_question_named(tmp_path: Path) -> None:
    interview = (
        "ORRIN COMMUNITY RADIO — interview, May 4, 2026\n"
        "Guest: Lise Varga, director, Orrin Food Bank. Host: Sam Ode.\n\n"
        "ODE: How many of the 120 volunteers are students?\n"
        "VARGA: About 70 of them are students at the college, and the rest are retirees.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-04-interview.txt": interview})
    v = verifier.verify("Varga said about 70 of the 120 volunteers are students.")
    assert _decided(verifier, v.claim) == (Verdict.SUPPORTED, ["2026-05-04-interview.txt:5"])


def test_a_boast_in_an_interview_is_no_evidence_of_the_fact(tmp_path: Path) -> None:
    interview = (
        "ORRIN COMMUNITY RADIO — interview, May 4, 2026\n"
        "Guest: Lise Varga, director, Orrin Food Bank. Host: Sam Ode.\n\n"
        "ODE: What does the food bank give the town?\n"
        "VARGA: Over the years we will pay more in wages than any other charity in Orrin "
        "County.\n"
    )
    verifier = _verifier(tmp_path, {"2026-05-04-interview.txt": interview})
    v = verifier.verify(
        "The Orrin Food Bank will pay more in wages than any other charity in Orrin County."
    )
    assert v.verdict == Verdict.NOT_ENOUGH_EVIDENCE, v.reasons


WELLS_JANUARY = """# Osland counts its old wells

By Tom Reyes, Osland Wire

OSLAND, January 12, 2026 — The Osland water board estimates that 4,000 private wells remain \
in the county.
"""
WELLS_AUGUST = """# Fewer old wells than thought

By Tom Reyes, Osland Wire

OSLAND, Aug. 20, 2026 — The Osland water board now estimates that 3,100 private wells remain \
in the county.
"""


def test_an_old_figure_dated_as_then_is_not_superseded(tmp_path: Path) -> None:
    # a claim that dates the older figure to its time is right; one that gives it as current
    # is replaced by the newer figure
    docs = {"2026-01-12-wells.md": WELLS_JANUARY, "2026-08-20-wells.md": WELLS_AUGUST}
    verifier = _verifier(tmp_path, docs)
    dated = verifier.verify(
        "The Osland water board estimated in January that 4,000 private wells remained."
    )
    assert dated.verdict == Verdict.SUPPORTED
    assert [e.citation for e in dated.evidence if e.decisive] == ["2026-01-12-wells.md:5"]
    now = verifier.verify("About 4,000 private wells remain in Osland county.")
    assert now.verdict == Verdict.CONTRADICTED
    assert now.reasons[0].startswith(
        "superseded: About 4,000 private wells (2026-01-12, 2026-01-12-wells.md:5)"
    )


POLES_APRIL = """# Osland to replace its wooden poles

By Tom Reyes, Osland Wire

OSLAND, April 10, 2026 — Mayor Ana Reyes said the city plans to replace 300 wooden poles this \
year, and that crews have replaced 40 poles since January.
"""
POLES_AUGUST = """# Fewer poles this year

By Tom Reyes, Osland Wire

OSLAND, Aug. 20, 2026 — The city has replaced 190 wooden poles so far this year and now \
expects to replace 240 by December rather than 300, Mayor Ana Reyes said.
"""


def test_what_was_said_is_not_undone_by_a_later_revision(tmp_path: Path) -> None:
    # a later revision ("240 rather than 300") and a later running total ("190 so far") say
    # the figures changed, not that the mayor never said the earlier ones
    docs = {"2026-04-10-poles.md": POLES_APRIL, "2026-08-20-poles.md": POLES_AUGUST}
    verifier = _verifier(tmp_path, docs)
    for claim in (
        "Mayor Ana Reyes said the city plans to replace 300 wooden poles this year.",
        "Mayor Ana Reyes said crews had replaced 40 wooden poles since January.",
    ):
        v = verifier.verify(claim)
        assert v.verdict != Verdict.CONTRADICTED, (claim, v.reasons)
    # ... while the plan stated as now is replaced
    now = verifier.verify("The city plans to replace 300 wooden poles this year.")
    assert now.verdict == Verdict.CONTRADICTED


CREWS_JULY = """# More crews on the poles

By Tom Reyes, Osland Wire

OSLAND, July 9, 2026 — Fifteen crews are working on the city's wooden poles, Mayor Ana Reyes said.
"""


def test_a_dated_saying_is_not_answered_by_a_later_one(tmp_path: Path) -> None:
    # only the later statement is in the archive: it is another saying, not the claim's
    verifier = _verifier(tmp_path, {"2026-07-09-crews.md": CREWS_JULY})
    then = verifier.verify(
        "In April, Mayor Ana Reyes said twelve crews were working on the city's wooden poles."
    )
    assert then.verdict == Verdict.NOT_ENOUGH_EVIDENCE, then.reasons
    now = verifier.verify("Mayor Ana Reyes said twelve crews were working on the city's poles.")
    assert now.verdict == Verdict.CONTRADICTED, now.reasons


def test_a_titles_compound_and_a_turns_short_answer_are_read(tmp_path: Path) -> None:
    story = (
        "# Harlow's four-day week, one month in\n\nBy Lucia Brandt, Harlow Herald\n\n"
        "HARLOW, Sept. 10, 2026 — Enrollment this fall is 2,095 students.\n\n"
        "The district now expects to save $510,000 this year, not $640,000, because fuel "
        "prices rose, Superintendent Alan Petrakis said.\n"
    )
    interview = (
        "HARLOW RADIO — interview, April 2, 2026\n"
        "Guest: Alan Petrakis, superintendent. Host: June Okafor.\n\n"
        "OKAFOR: Will students lose time in class?\n"
        "PETRAKIS: No. Students will spend the same number of hours in class, just on four "
        "days.\n"
    )
    verifier = _verifier(tmp_path, {"2026-09-10-update.md": story, "interview.txt": interview})
    # the story's title says what its sentences are about: "the four-day week" is stated
    claim = "The district now expects the four-day week to save $510,000 this year."
    assert _decided(verifier, claim) == (Verdict.SUPPORTED, ["2026-09-10-update.md:7"])
    # "PETRAKIS: No." is indexed with its label: the turn's next sentence is his
    said = verifier.verify("Petrakis said students would spend fewer hours in class.")
    assert (said.verdict, [e.citation for e in said.evidence if e.decisive]) == (
        Verdict.CONTRADICTED,
        ["interview.txt:5"],
    )


def test_a_word_of_degree_is_part_of_the_claim(tmp_path: Path) -> None:
    statement = (
        "STATEMENT, State Department of Education, October 1, 2026\n"
        "The department has approved the Harlow School District's calendar for 2026-27.\n"
        "The calendar provides 1,098 hours of instruction, above the state minimum of 1,080 "
        "hours.\n"
    )
    story = (
        "# Harlow teachers leave\n\nBy Ann Ruiz, Harlow Herald\n\n"
        "HARLOW, Sept. 10, 2026 — The Harlow School District lost teachers over the summer, "
        "and it hired teachers for this year, Superintendent Alan Petrakis said.\n"
    )
    verifier = _verifier(tmp_path, {"statement.txt": statement, "story.md": story})
    # "above the state minimum" says "more ... than the state minimum"
    more = "The Harlow calendar provides more hours of instruction than the state minimum."
    assert _decided(verifier, more) == (Verdict.SUPPORTED, ["statement.txt:1-3"])
    # "more" is part of what the claim says: the story's other words do not carry it
    hired = verifier.verify("The Harlow School District hired more teachers than it lost.")
    assert hired.verdict == Verdict.NOT_ENOUGH_EVIDENCE


RELEASE_COST = (
    "Orrin Bridge Authority\n\nFOR IMMEDIATE RELEASE\n\nORRIN, February 2, 2026 — Rebuilding "
    "the Orrin Bridge would cost about $3.9 million, said Ana Pike, the authority's director.\n"
)

INTERVIEW_COST = """ORRIN RADIO, "Morning Call," June 18, 2026
Guest: Ana Pike, director, Orrin Bridge Authority. Host: Sam Ito.

ITO: Has the cost changed?
PIKE: {answer} The estimate is now $4.6 million, because the piers need more work than we thought.
"""


# An answer that opens with "Yes" says what the question asks is so ("Has the cost changed?
# / Yes. The estimate is now $4.6 million"): read with the question, by the one who makes the
# estimate, it states the estimated cost, found by its figure though the search ranks the
# earlier release first; without the "Yes", the question is not read with the answer.
def test_an_answer_that_says_yes_is_read_with_the_question(tmp_path: Path) -> None:
    from factcheck.verify.verifier import CONTEXT, window_of

    claim = "The estimated cost of rebuilding the Orrin Bridge is now $4.6 million."
    windows = {}
    for answer in ("Yes.", "Well."):
        (tmp_path / answer).mkdir()
        docs = {"a.html": RELEASE_COST, "b.txt": INTERVIEW_COST.format(answer=answer)}
        verifier = _verifier(tmp_path / answer, docs)
        hits = verifier.index.search_many([claim], k=10, context=CONTEXT)[0].hits
        hit = next(h for h in hits if h.citation == "b.txt:5" and h.text.startswith("The"))
        windows[answer] = window_of(hit)[0].sentences
        if answer == "Yes.":
            v = verifier.verify(claim)
            assert v.verdict == Verdict.SUPPORTED
            assert [e.citation for e in v.evidence if e.decisive] == ["b.txt:5"]
    assert windows["Yes."][:2] == ("ITO: Has the cost changed?", "PIKE: Yes.")
    assert "ITO: Has the cost changed?" not in windows["Well."]


# A question the search finds brings the answer turn after it, read with the question where
# it asks when, how much or who: "When will the bridge reopen?" names what "We expect to open
# it in May 2027" is about.
def test_a_question_found_brings_its_answer(tmp_path: Path) -> None:
    show = (
        'ORRIN RADIO, "Morning Call," June 18, 2026\n'
        "Guest: Ana Pike, director, Orrin Bridge Authority. Host: Sam Ito.\n\n"
        "ITO: When will the Orrin Bridge reopen to traffic after the repairs?\n"
        "PIKE: We expect to open it in May 2027, a month later than we planned.\n"
    )
    verifier = _verifier(tmp_path, {"show.txt": show})
    claim = "Ana Pike said the Orrin Bridge would reopen to traffic in May 2027."
    searched, found = verifier._search([claim])
    answer = [h for h in found[0] if h.citation == "show.txt:5"]
    assert answer and answer[0].before[-1].text.startswith("ITO: When will")
    v = verifier.verify(claim)
    assert v.verdict == Verdict.SUPPORTED
    # (cited with the question it answers)
    assert [e.citation for e in v.evidence if e.decisive] == ["show.txt:4-5"]


# The record that checks a statement reported just before it ("Tomas Berg said thefts had
# doubled since 2021. Police figures show ... an increase of about 18%.") is read apart from
# the statement: its figure decides the claim, which the statement's "doubled" does not prop up.
def test_the_record_that_checks_a_statement_is_read_apart(tmp_path: Path) -> None:
    story = (
        "Debate fact check\nBy Ann Ruiz, Dell Wire\nDELL, May 21, 2026\n"
        "Tomas Berg said thefts from cars had doubled in Dell since 2021. Police figures show "
        "3,100 reported thefts from cars in Dell in 2025, up from 2,600 in 2021, an increase "
        "of about 19%.\n"
    )
    v = _verifier(tmp_path, {"2026-05-21-check.txt": story}).verify(
        "Thefts from cars in Dell have doubled since 2021."
    )
    assert v.verdict == Verdict.CONTRADICTED
    assert v.reasons[:2] == [
        "2026-05-21-check.txt:4 conflicts with the claim",
        "change: claim says doubled (100%), source says about 19%",
    ]


# A claim of two parts, one turned round by a vote the passage gives ("approved the merger in
# January on a unanimous vote, brushing aside a union request for a no-layoff pledge" against
# "voted 8-1"), is false though the passage says nothing of the other part.
def test_a_part_turned_round_by_a_vote_makes_the_claim_false(tmp_path: Path) -> None:
    story = (
        "Board approves hospital merger\nBy Ann Ruiz, Dell Wire\n"
        "DELL, Jan. 21, 2026 — The State Health Board voted 8-1 on Tuesday to approve the merger "
        "of Dell General and Orrin Hospital.\n"
    )
    v = _verifier(tmp_path, {"2026-01-21-merger.md": story}).verify(
        "The State Health Board approved the merger of Dell General and Orrin Hospital on a "
        "unanimous vote, brushing aside a union request for a no-layoff pledge."
    )
    assert v.verdict == Verdict.CONTRADICTED
    assert v.reasons[:2] == [
        "2026-01-21-merger.md:3 conflicts with the claim",
        "vote: claim says 'unanimous', source says 8-1",
    ]


# A liquid let go into a place is one act in any of its verbs: the state's later "discharged
# ... into the Orrin River" replaces the story's "leaked ... into the Orrin River".
def test_a_later_record_of_the_same_spill_in_another_verb(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-03-02-story.md": "# Fuel spill at Orrin depot\n\nORRIN, March 2, 2027 — About 900 "
        "gallons of fuel leaked from the Orrin depot into the Orrin River on Sunday, the depot's "
        "owner said.\n",
        "2027-03-20-state-notice.md": "# State Department of Environmental Quality: notice of "
        "violation, Orrin depot\n\nIssued March 20, 2027.\n\nOn Feb. 28, 2027, a cracked tank "
        "at the Orrin depot discharged an estimated 1,400 gallons of fuel into the Orrin River.\n",
    })  # fmt: skip
    v = verifier.verify(
        "About 900 gallons of fuel leaked from the Orrin depot into the Orrin River."
    )
    assert v.verdict == Verdict.CONTRADICTED, v.reasons
    assert v.reasons[0].startswith("superseded: About 900 gallons"), v.reasons


def test_another_day_s_vote_count_is_another_vote() -> None:
    # "voted 6-3" in March and "voted 5-4" in September: two meetings' votes, not an update
    def vote(file: str, stance: Stance, source: str, status: AtomStatus, day: date) -> Evidence:
        atom = Atom(kind=AtomKind.FIGURE, claim="6-3", status=status, source=source,
                    citation=f"{file}:5", file=file)  # fmt: skip
        return Evidence(
            stance=stance, score=0.8, similarity=0.7, file=file, line=5, end_line=5,
            citation=f"{file}:5", text="...", reasons=[f"vote: claim says 6-3, source says "
            f"{source}"], coverage=1.0, atoms=[atom], published=day, source_kind="news report",
        )  # fmt: skip

    march = vote("march.md", Stance.SUPPORTS, "6-3", AtomStatus.FOUND, date(2026, 3, 3))
    september = vote("sept.md", Stance.CONFLICTS, "5-4", AtomStatus.CONFLICTS, date(2026, 9, 15))
    got = aggregate_raw([september, march])
    assert got.verdict == Verdict.SUPPORTED, got.reasons
    assert not any(r.startswith("superseded:") for r in got.reasons)
    # a correction of the count does replace it
    corrected = september.model_copy(update={"source_kind": "correction"})
    assert aggregate_raw([corrected, march]).verdict == Verdict.CONTRADICTED


# An act still to come ("is scheduled to begin in the spring of 2027") is no act done ("has
# begun"), whatever comes before the verb; a plan that a later document says was carried out
# ("We plan to pay full wages" / "had paid full wages") is no disagreement.
PERMIT = (
    "# State approves Orrin quarry expansion\n\nBy Tom Reyes, Osland Wire\n\n"
    "OSLAND, Aug. 12, 2026 — The state approved the Orrin quarry expansion on Tuesday.\n\n"
    "Construction of the expansion's first new pit is scheduled to begin in the spring of "
    "2027.\n"
)
PLAN = (
    "<html><head><title>Statement from Orrin Stone</title></head><body>\n"
    "<p>Statement from Orrin Stone. For immediate release. March 9, 2026.</p>\n"
    "<p>We plan to pay full wages to all quarry employees while the quarry is closed.</p>\n"
    "</body></html>\n"
)
PAID = (
    "# Quarry inquiry opens\n\nBy Tom Reyes, Osland Wire\n\n"
    "OSLAND, March 20, 2026 — Orrin Stone said it had paid full wages to its quarry employees "
    "for the first two weeks of the closure.\n"
)


def test_a_plan_is_not_done_until_a_later_word_says_so(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2026-08-12-permit.md": PERMIT})
    begun = verifier.verify("Construction of the Orrin quarry expansion has begun.")
    assert begun.verdict == Verdict.CONTRADICTED, begun.reasons
    assert "not yet: claim says 'has begun', source says 'is scheduled to begin'" in begun.reasons


def test_a_plan_carried_out_since_is_no_dispute(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2026-03-09-plan.html": PLAN, "2026-03-20-paid.md": PAID})
    v = verifier.verify(
        "Orrin Stone has paid full wages to its quarry employees for the first two weeks of the "
        "closure."
    )
    assert v.verdict == Verdict.SUPPORTED, v.reasons
