"""A name that says which thing a noun is, a denial in other words, a vote's margin, a
party's own request, a dissent said of "it", a change given with its periods (issue 19):
"the Harlan County library" is not swapped for another county a later clause names; "fell
short on" denies what "did not meet" does; "approved by 212 votes" is a margin, the measure a
later "final margin" gives; "Director X today asked" in X's own release is X's act; "voted
against it" names who opposed the measure the sentence before names; "from 96 in the first
quarter of 2026 to 71 in the first quarter of 2027" is a fall of about a quarter.

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict
from factcheck.stance.rules import analyse, analyse_claim, compare

from .conftest import archive_verifier, decisive

RELEASE = """<html><head><title>Director asks trustees to put a library levy on the November ballot</title></head><body>
<h1>Director asks trustees to put a library levy on the November ballot</h1>
<p>Harlan County Library District. For immediate release. June 3, 2027.</p>
<p>MARLOW — Director Inge Salo today asked the Harlan County Library District trustees to place a $9 million levy on the November 2 ballot to rebuild the Main Street branch.</p>
</body></html>
"""  # noqa: E501

STORY = """# Trustees send library levy to the ballot

By Pia Lund, Marlow Courier

June 10, 2027

MARLOW — Harlan County voters will decide in November whether to approve a $9 million library levy after the district's trustees voted 4-1 on Tuesday to put the question on the ballot. Trustee Omar Reyes voted against it.

The Harlan County library lent 9,400 books in May. Its circulation has risen since the district began a home delivery service in April, and the district has returned all but 40 of the books it borrowed from Dale County.

A state review in May found the library met 11 of 13 service standards but still fell short on weekend hours.

County records show book club sign-ups fell from 96 in the first quarter of 2026 to 71 in the first quarter of 2027.
"""  # noqa: E501

RESULTS = """# Library levy passes narrowly

By Pia Lund, Marlow Courier

November 3, 2027

MARLOW — Harlan County voters approved the $9 million library levy by 212 votes, according to unofficial results.
"""  # noqa: E501

CERTIFIED = """# Library levy margin grows in final count

By Pia Lund, Marlow Courier

November 24, 2027

The levy's final margin was 305 votes after mail ballots were counted: 10,105 yes to 9,800 no, according to the certified results.
"""  # noqa: E501


MINUTES = """HARLAN COUNTY LIBRARY DISTRICT
Minutes of the board of trustees, August 4, 2027
Present: Chair Lena Voss, Trustees Omar Reyes, Ada Moll, Tom Baird and Kit Sorensen.

Item 3. Courier contract.
Trustee Moll moved to approve a two-year courier contract with Dunmore Freight for the Main Street branch at $80,000 a year.
Trustee Baird seconded.
The motion carried 4-1, Trustee Sorensen voting no.
"""  # noqa: E501

UPDATE = """# Trustees shrink the branch plan

By Pia Lund, Marlow Courier

December 2, 2027

MARLOW — Bids for the Main Street branch came in high, and the trustees voted 4-1 on Wednesday to cut the design from 40,000 square feet to 32,000. Trustee Ada Moll voted no, saying the district would outgrow it.

A state review in October found the library met 12 of the 13 service standards.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {
        "2027-06-03-release.html": RELEASE, "2027-06-10-story.md": STORY,
        "2027-11-03-results.md": RESULTS, "2027-11-24-certified.md": CERTIFIED,
        "2027-08-04-minutes.txt": MINUTES, "2027-12-02-update.md": UPDATE,
    })  # fmt: skip


def test_a_name_that_says_which_thing_is_not_swapped_for_another_place(verifier) -> None:  # noqa: ANN001
    lent = verifier.verify("The Harlan County library lent 9,400 books in May.")
    assert lent.verdict == Verdict.SUPPORTED, lent.reasons
    assert "2027-06-10-story.md:9" in decisive(lent)
    # ... while the same noun with another name in its place still is a swap
    claim = analyse_claim("The Dale County library lent 9,400 books in May.")
    swapped = compare(claim, analyse("The Harlan County library lent 9,400 books in May."))
    assert [f.reason for f in swapped.findings if f.kind == "name"] == [
        "name: claim says 'Dale', source says 'Harlan'"
    ]
    other = compare(
        analyse_claim("The Harlan County library lent 9,400 books in May."),
        analyse(
            "The library lent 9,400 books in May, and it returned 40 it borrowed from Dale County."
        ),
    )  # fmt: skip
    assert not [f for f in other.findings if f.kind == "name"]


def test_a_denial_in_other_words(verifier) -> None:  # noqa: ANN001
    short = verifier.verify(
        "The state review found the library did not meet the standard on weekend hours."
    )
    assert short.verdict == Verdict.SUPPORTED, short.reasons
    assert "2027-06-10-story.md:11" in decisive(short)
    met = verifier.verify("The state review found the library met the standard on weekend hours.")
    assert met.verdict != Verdict.SUPPORTED, met.reasons
    # a level of government a name holds is no level: "Harlan County" is a place, and "the
    # state review" no opposite of it
    county = verifier.verify("A state review of the Harlan County library in May found it met 11 of 13 service standards.")  # fmt: skip  # noqa: E501
    assert county.verdict == Verdict.SUPPORTED, county.reasons


def test_a_vote_s_margin_and_the_final_count(verifier) -> None:  # noqa: ANN001
    claim = analyse_claim("Harlan County voters approved the library levy by 212 votes.")
    final = compare(
        claim, analyse(CERTIFIED.splitlines()[-1]), context="Harlan County holds its count."
    )
    assert [f.reason for f in final.findings if f.kind == "number"] == [
        "number: claim says 212 votes, source says 305 votes"
    ]
    # "approved by $6.5 million" after "the amount" is a difference, not a vote's margin
    bid = analyse_claim("The lowest bid exceeded the amount voters approved by $6.5 million.")
    assert bid.quantities[0].change


def test_a_party_s_own_request_and_a_dissent_said_of_it(verifier) -> None:  # noqa: ANN001
    asked = verifier.verify(
        "Director Inge Salo asked the library trustees to put a $9 million levy on the November "
        "ballot."
    )
    assert asked.verdict == Verdict.SUPPORTED, asked.reasons
    assert "2027-06-03-release.html:4" in decisive(asked)
    dissent = verifier.verify(
        "Trustees voted 4-1 to put the library levy on the ballot, with Omar Reyes opposed."
    )
    assert dissent.verdict == Verdict.SUPPORTED, dissent.reasons
    assert "2027-06-10-story.md:7" in decisive(dissent)


def test_a_change_given_with_each_figure_s_period(verifier) -> None:  # noqa: ANN001
    fell = verifier.verify(
        "Book club sign-ups fell by about a quarter from the first quarter of 2026 to the first "
        "quarter of 2027."
    )
    assert fell.verdict == Verdict.SUPPORTED, fell.reasons
    assert "2027-06-10-story.md:13" in decisive(fell)


def test_a_side_is_on_the_measure_voted_on(verifier) -> None:  # noqa: ANN001
    # "Ada Moll voted no" is on cutting the design, the measure the sentence before names
    ballot = verifier.verify(
        "Trustee Ada Moll voted against putting the library levy on the ballot."
    )
    assert ballot.verdict != Verdict.SUPPORTED, ballot.reasons
    assert not [e for e in ballot.evidence if e.citation == "2027-12-02-update.md:7"
                and e.stance.value == "supports"]  # fmt: skip
    # ... and the courier contract's vote is no vote on shrinking the branch: Sorensen voted
    # no on a motion "to approve" a contract, not on "cutting" anything
    cut = verifier.verify("Trustee Ada Moll voted against cutting the branch design to 32,000 square feet.")  # fmt: skip  # noqa: E501
    assert cut.verdict != Verdict.CONTRADICTED, cut.reasons


def test_parts_of_a_whole_and_the_level_a_change_reaches() -> None:
    # "met" is what the library did, no kind of meeting; "9 of 14" is a part as "9 of the 14"
    claim = analyse_claim("A state review found that the Harlan County library met 12 of 13 standards.")  # fmt: skip  # noqa: E501
    found = compare(claim, analyse("The facility met 12 of the 13 service standards reviewed."))
    assert [f.reason for f in found.findings if f.supports][:1] == [
        "number: claim says 12 of 13 standards, source says 12 of the 13 service standards"
    ]
    # "from 40,000 square feet to 32,000": the new level counts the same square feet
    cut = analyse("The trustees voted to cut the design from 450 seats to 320.")
    assert [(q.text, q.unit) for q in cut.quantities if q.kind == "number"] == [
        ("450 seats", "seat"),
        ("320", "seat"),
    ]


def test_a_count_of_both_sides_says_which_won() -> None:
    # "10,105 yes to 9,800 no" says the levy was approved, and by how many: the final margin
    # replaces the election night's
    claim = analyse_claim("Harlan County voters approved the library levy by 212 votes.")
    final = compare(
        claim, analyse(CERTIFIED.splitlines()[-1]), context="Harlan County holds its count."
    )
    assert "approved" in [t.text for t in claim.content if t.index in final.matched]
    rejected = analyse_claim("Harlan County voters rejected the library levy.")
    lost = compare(rejected, analyse(CERTIFIED.splitlines()[-1]))
    assert "rejected" not in [t.text for t in rejected.content if t.index in lost.matched]


def test_a_title_said_in_passing_and_its_correction(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-03-02-results.md": (
            "# Harrow Tools reports a loss\n\nBy Ida Brun, Marlow Courier\n\nMarch 2, 2027\n\n"
            '"We expect the warranty reserve to cover every claim," chief operating officer '
            "Nils Varga told analysts on a call.\n"
        ),
        "2027-03-02-release.html": (
            "<html><head><title>Harrow Tools first-quarter results</title></head><body>\n"
            '<p>"We expect the warranty reserve to cover every claim," said Nils Varga, chief '
            "financial officer.</p>\n</body></html>\n"
        ),
        "2027-03-04-correction.txt": (
            "CORRECTION\n\nMarlow Courier, March 4, 2027\n\nA March 2 story misidentified Nils "
            "Varga. He is Harrow Tools' chief financial officer, not its chief operating "
            "officer.\n"
        ),
    })  # fmt: skip
    claim = (
        "Harrow Tools' chief operating officer, Nils Varga, told analysts the warranty reserve "
        "would cover every claim."
    )
    wrong = verifier.verify(claim)
    assert wrong.verdict == Verdict.CONTRADICTED, wrong.reasons
    assert "2027-03-04-correction.txt:5" in decisive(wrong)
    assert wrong.reasons[1] == (
        "title: claim says Nils Varga is the chief operating officer, source says chief "
        "financial officer"
    )
    # a title with the other's words is no other title
    same = compare(
        analyse_claim("Chief executive Nils Varga, the chief executive, said so."),
        analyse("Nils Varga, chief executive officer, said so."),
    )
    assert not [f for f in same.findings if f.kind == "title"]


def test_a_pronoun_s_sentence_is_read_with_the_one_it_refers_to(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-05-02-interview.txt": (
            "THE MORNING LINE, WKRB 88.1, May 2, 2027. Transcript.\n"
            "Host: Rae Lind. Guest: Omar Bekele, Dunmore County clerk.\n\n"
            "LIND: There were reports that you planned to close the Saturday office.\n"
            "BEKELE: We are not closing the Saturday office. It was never on the table, and it "
            "served 140 people last week.\n"
        ),
    })  # fmt: skip
    never = verifier.verify("Omar Bekele said closing the Saturday office was never on the table.")
    assert never.verdict == Verdict.SUPPORTED, never.reasons
    assert "2027-05-02-interview.txt:5" in decisive(never)


def test_a_hyphenated_word_is_found_by_its_parts() -> None:
    from factcheck.index.sparse import tokenize

    assert tokenize("the jail's work-release program") == [
        "jail", "work-release", "work", "release", "program"
    ]  # fmt: skip


def test_how_many_a_place_can_hold_is_no_count_of_those_it_holds() -> None:
    built = analyse_claim("The Dale County jail was built to hold 350 inmates.")
    held = compare(built, analyse("It averaged 352 inmates a day in September."))
    assert not [f for f in held.findings if f.kind == "number"]
    # ... and "room for" is how many it can hold, whatever street it stands on
    room = compare(
        analyse_claim("The Dale County jail was built to hold 312 inmates."),
        analyse("The jail on Court Street opened in 1987 with room for 312 inmates."),
    )
    assert [f.reason for f in room.findings if f.kind == "number"] == [
        "number: claim says 312 inmates, source says 312 inmates"
    ]


def test_a_place_before_a_title_is_not_the_person() -> None:
    from factcheck.stance.atoms import _person_of

    claim = analyse_claim("Marlow Mayor Peter Szabo proposed merging the two centers.")
    group = [t for t in claim.tokens if t.text in ("Marlow", "Mayor", "Peter", "Szabo")]
    # "Marlow" in a dateline is the city: only the person's own names say he is named
    assert [t.text for t in _person_of(group)] == ["Peter", "Szabo"]
    plain = [t for t in claim.tokens if t.text in ("Peter", "Szabo")]
    assert [t.text for t in _person_of(plain)] == ["Peter", "Szabo"]


def test_last_summer_and_a_cause_and_a_correction_of_whose_figure(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-03-03-pools.md": (
            "# Dale pools to open late\n\nBy Ada Fenn, Dale Courier\n\nMarch 3, 2027\n\n"
            "The city's four pools drew about 61,000 visits last summer, when it employed 38 "
            "lifeguards.\n"
        ),
        "2027-06-14-fire.md": (
            "# Fire forces 2,000 from their homes\n\nBy Ada Fenn, Dale Courier\n\nJune 14, 2027\n\n"
            "The blaze, which the fire district has named the Hollow Fire, had burned 900 acres "
            "by Sunday.\n\nSheriff Tom Reyes ordered about 2,000 residents of Elm Ridge and Fox "
            "Flats to leave their homes late Saturday.\n"
        ),
        "2027-02-12-report.md": (
            "# Dale 911 center misses the standard\n\nBy Ada Fenn, Dale Courier\n\n"
            "DALE, Feb. 12, 2027 — Dale's 911 center answered only 81% of calls within 15 "
            "seconds last year, below the state's 90% standard.\n"
        ),
        "2027-02-13-correction.txt": (
            "CORRECTION\n\nDale Courier, Feb. 13, 2027\n\nA story on Feb. 12 misidentified the "
            "dispatch center that answered 81% of 911 calls within 15 seconds in 2026. It was "
            "the county sheriff's dispatch center, not Dale's. Dale's center answered 94% of "
            "calls within 15 seconds.\n"
        ),
    })  # fmt: skip
    summer = verifier.verify("The city employed 38 lifeguards in the summer of 2026.")
    assert summer.verdict == Verdict.SUPPORTED, summer.reasons
    assert "2027-03-03-pools.md:7" in decisive(summer)
    other = verifier.verify("The city employed 38 lifeguards in the summer of 2025.")
    assert other.verdict != Verdict.SUPPORTED, other.reasons
    # "because of the Hollow Fire" says why, not whose residents
    left = verifier.verify(
        "About 2000 residents were ordered to leave their homes because of the Hollow Fire."
    )
    assert left.verdict == Verdict.SUPPORTED, left.reasons
    assert "2027-06-14-fire.md:9" in decisive(left)
    # the correction restates the figures to say they were another center's
    dale = verifier.verify("Dale's dispatch center answered 81% of 911 calls within 15 seconds in 2026.")  # fmt: skip  # noqa: E501
    assert dale.verdict == Verdict.CONTRADICTED, dale.reasons
    assert "2027-02-13-correction.txt:5" in decisive(dale)


def test_the_figure_first_announced_is_the_one_revised_from() -> None:
    cut = analyse(
        "The final design cuts the stadium's capacity to 20,500 seats, down from the 22,000 "
        "first announced."
    )
    assert [(q.text, q.unit, q.direction) for q in cut.quantities] == [
        ("20,500 seats", "seat", -1), ("22,000", "seat", 0)
    ]  # fmt: skip
    old = compare(analyse_claim("The new stadium will have 22000 seats."), cut)
    assert [f.reason for f in old.findings if f.kind == "number"] == [
        "number: claim says 22000 seats, source says 20,500 seats, revised from 22000 seats"
    ]


def test_what_happened_to_no_one(tmp_path: Path) -> None:
    verifier = archive_verifier(tmp_path, {
        "2027-07-02-fire.md": (
            "# Hollow Fire contained\n\nBy Ada Fenn, Dale Courier\n\nJuly 2, 2027\n\n"
            "Crews contained the Hollow Fire on Tuesday after it burned 900 acres.\n\n"
            "No one was killed in the fire.\n"
        ),
        "2027-05-12-ferry.md": (
            "# Ferry pulled from service\n\nBy Ada Fenn, Dale Courier\n\nMay 12, 2027\n\n"
            "Dale Ferries took the Osprey out of service after one of its engines failed on "
            "Sunday.\n\nAll 90 passengers were moved to another boat, and no one was injured.\n"
        ),
    })  # fmt: skip
    # "No one" was killed: whoever the claim names
    killed = verifier.verify("A firefighter was killed fighting the Hollow Fire.")
    assert killed.verdict == Verdict.CONTRADICTED, killed.reasons
    assert "2027-07-02-fire.md:9" in decisive(killed)
    # "Nobody was hurt" is "no one was injured", in its own words
    hurt = verifier.verify("Nobody was hurt when the Osprey's engine failed.")
    assert hurt.verdict == Verdict.SUPPORTED, hurt.reasons
    assert "2027-05-12-ferry.md:9" in decisive(hurt)


def test_a_one_word_name_before_a_noun_is_still_swapped() -> None:
    # "a Korean film" against "a 2002 American science fiction action comedy film": the word
    # before the noun may stand several words before it in the source
    swapped = compare(
        analyse_claim("Men in Black II is a Korean film."),
        analyse(
            "Men in Black II (stylized as MIIB) is a 2002 American science fiction action "
            "comedy film starring Tommy Lee Jones."
        ),
    )
    assert [f.reason for f in swapped.findings if f.kind == "name"] == [
        "name: claim says 'Korean', source says 'American'"
    ]


def test_a_name_far_before_a_noun_only_where_it_says_which_one(tmp_path: Path) -> None:
    far = compare(
        analyse_claim("Nicholas Brody is a TV character."),
        analyse(
            'Nicholas "Nick" Brody, played by actor Damian Lewis, is a fictional character on '
            "the American television series Homeland."
        ),
    )
    assert not [f for f in far.findings if f.kind == "name"]
    # a hyphenated name is one word: "Spider-Man" is not found as a "hit man"
    verifier = archive_verifier(tmp_path, {
        "2027-01-05-film.md": (
            "# The Hit\n\nBy Ada Fenn, Dale Courier\n\nJanuary 5, 2027\n\n"
            "The Hit starred Terence Stamp and Tim Roth, and Roth won an award as an "
            "apprentice hit man.\n"
        ),
    })  # fmt: skip
    spider = verifier.verify("Tim Roth is Spider-Man.")
    assert spider.verdict != Verdict.SUPPORTED, spider.reasons
