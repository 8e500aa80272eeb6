"""A party's report of its own act in its own voice (issue 19, label policy rule 4).

An interested party's release or statement shows what it says, not what is so; its report of
what it did itself is the exception, accepted unless a record or an independent source says
otherwise. A boast, a state of things and what someone else did are not its acts. Every
sentence is written for this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.language.own_act import reports_own_act
from factcheck.models import Verdict

from .conftest import archive_verifier

TITLE = "Dorrit County opens six warming shelters as cold snap deepens"


@pytest.mark.parametrize(
    ("claim", "sentence", "own"),
    [
        # the document's own voice, the claim's verb, done
        ("Dorrit County opened six warming shelters.",
         "The county has opened six warming shelters in churches and schools.", True),
        ("Dorrit County opened six warming shelters.",
         "We opened six warming shelters on Monday night.", True),
        # a plan, a boast, a quote, someone else's act, a passive, another verb
        ("Dorrit County opened six warming shelters.",
         "The county will open six warming shelters.", False),
        ("Dorrit County opened six warming shelters.",
         "The county opened more warming shelters than any other county in the state.", False),
        ("Dorrit County opened six warming shelters.",
         '"The county opened six warming shelters," said Director Ina Baptiste.', False),
        ("Dorrit County opened six warming shelters.",
         "The state opened six warming shelters in the county.", False),
        ("Dorrit County opened six warming shelters.",
         "Six warming shelters were opened across the county.", False),
        ("Dorrit County opened six warming shelters.",
         "The county has staffed six warming shelters.", False),
        # what it owns did; not how things stand, which a later count may change
        ("Dorrit County operates six warming shelters.",
         "The county operates six warming shelters in churches and schools.", False),
        ("Dorrit County's shelters served 900 people.",
         "The county's shelters served 900 people on Monday night.", True),
        ("Dorrit County's shelters served 900 people.", "Our shelters served 900 people.", True),
        # a figure's bound is no comparison with others ("more than 900")
        ("Dorrit County's shelters served more than 900 people.",
         "Our shelters have served more than 900 people since Monday.", True),
        ("Dorrit County's shelters served more people than any other county's.",
         "Our shelters served more people than any other county's.", False),
        # a state of things is not an act, nor a boast in the present
        ("Dorrit County's shelters were open all night.",
         "The county's shelters were open all night.", False),
        ("Dorrit County has the best warming shelters.",
         "The county has the best warming shelters in the state.", False),
    ],
)  # fmt: skip
def test_an_own_act_in_its_own_voice(claim: str, sentence: str, own: bool) -> None:
    assert reports_own_act(claim, sentence, TITLE) is own


def test_a_title_s_subject_names_the_party() -> None:
    # (after the label of the document's form)
    assert reports_own_act(
        "The state sent six nurses to Dorrit County.",
        "The State Department of Health has sent six nurses to Dorrit County.",
        "NEWS RELEASE: State health department deploys nurses to Dorrit County",
    )


def test_a_title_that_opens_with_no_name_gives_no_party() -> None:
    assert not reports_own_act(
        "The county opened six warming shelters.",
        "The county has opened six warming shelters.",
        "Warming shelters open as cold snap deepens",
    )


RELEASE = f"""<html><head><title>{TITLE}</title></head><body>
<h1>{TITLE}</h1>
<p>FOR IMMEDIATE RELEASE. January 12, 2027. Dorrit County Office of Emergency Management.</p>
<p>The county has opened six warming shelters in churches and schools.</p>
<p>No county in the region has done more to keep its residents warm.</p>
</body></html>
"""


_verifier = archive_verifier


def test_a_release_s_report_of_its_own_act_is_evidence(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2027-01-12-release.html": RELEASE})
    v = verifier.verify("Dorrit County opened six warming shelters.")
    assert v.verdict == Verdict.SUPPORTED
    decisive = [e for e in v.evidence if e.decisive]
    assert [(e.citation, e.source_kind, e.own_act) for e in decisive] == [
        ("2027-01-12-release.html:3-4", "press release", True)
    ]
    assert "a party's report of its own act, in its own words" in " ".join(decisive[0].reasons)
    # ... its boast is still only its word
    boast = verifier.verify("No county in the region has done more to keep residents warm.")
    assert boast.verdict == Verdict.NOT_ENOUGH_EVIDENCE


def test_an_independent_record_still_outranks_the_party_s_act(tmp_path: Path) -> None:
    record = (
        "# Office of the Dorrit County Auditor\n\nReport No. 2027-2, February 3, 2027.\n\n"
        "The county opened four warming shelters in January, not six.\n"
    )
    verifier = _verifier(
        tmp_path, {"2027-01-12-release.html": RELEASE, "2027-02-03-audit.md": record}
    )
    v = verifier.verify("Dorrit County opened six warming shelters.")
    assert v.verdict == Verdict.CONTRADICTED
    assert (
        v.reasons[1] == "number: claim says six warming shelters, source says four warming shelters"
    )


# A release's or a statement's plain statement of fact is its own report too: no praise,
# judgement, comparison, quote or hedge, and no count of how things stand now.
@pytest.mark.parametrize(
    ("sentences", "plain"),
    [
        (("The footbridge opened to walkers on May 3, 1931.",), True),
        (("Buy one membership for $40.",), True),
        (("The footbridge is the finest in the state.",), False),
        (("Our initial assessment is that the bridge posed no risk.",), False),
        (("The trust serves 2,150 members.",), False),  # how things stand, which may change
        (("The footbridge will close for repairs in June.",), False),
        (('"We rebuilt it in 1988," said Director Ina Baptiste.',), False),
        # a release's own frame is its voice; "business records" are no boast, "a record" is
        (
            (
                "The Orrin district today announced that it has signed a five-year bus contract "
                "worth $22 million.",
            ),
            True,
        ),
        (
            (
                "Prosecutor Ana Reyes announced today that Paul Vance has been indicted on "
                "14 counts, including falsifying business records.",
            ),
            True,
        ),
        (("The district today announced a record 40 new teachers.",), False),
        (("Mayor Ana Reyes said the contract is worth $22 million.",), False),
        # what a party says it learned is what it was told
        (("We have learned that the town is towing boats without notice.",), False),
    ],
)
def test_a_plain_statement_of_fact(sentences: tuple[str, ...], plain: bool) -> None:
    from factcheck.language.own_act import reports_plainly

    assert reports_plainly(sentences[0]) == plain


TRUST = """<html><head><title>Orrin Bridge Trust marks 95 years of the footbridge</title></head>
<body>
<h1>Orrin Bridge Trust marks 95 years of the footbridge</h1>
<p>NEWS RELEASE. May 3, 2026. Orrin Bridge Trust.</p>
<p>The Orrin footbridge opened to walkers on May 3, 1931.</p>
<p>No bridge in the region is better loved.</p>
</body></html>
"""


def test_a_release_s_plain_fact_is_evidence(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2026-05-03-release.html": TRUST})
    v = verifier.verify("The Orrin footbridge opened in 1931.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    decisive = [e for e in v.evidence if e.decisive]
    assert [e.citation for e in decisive] == ["2026-05-03-release.html:5"]
    assert "a party's plain statement of fact, in its own words" in " ".join(decisive[0].reasons)
    boast = verifier.verify("No bridge in the region is better loved than the Orrin footbridge.")
    assert boast.verdict == Verdict.NOT_ENOUGH_EVIDENCE


# A plan in a release does not make a fact it describes a plan: "will ask ... to approve the
# removal of the footbridge, a 60-foot iron span built in 1931" plans the removal; the span's
# length and year are the party's plain word.
PLAN = """<html><head><title>Orrin Bridge Trust seeks removal of the old footbridge</title></head>
<body>
<h1>Orrin Bridge Trust seeks removal of the old footbridge</h1>
<p>NEWS RELEASE. May 3, 2026. Orrin Bridge Trust.</p>
<p>The Orrin Bridge Trust will ask the town to approve the removal of the Mill Street footbridge, a 60-foot iron span built in 1931.</p>
</body></html>
"""  # noqa: E501


def test_a_fact_described_beside_a_plan(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2026-05-03-release.html": PLAN})
    long = verifier.verify("The Mill Street footbridge is 60 feet long.")
    assert long.verdict == Verdict.SUPPORTED, long.reasons
    assert [e.citation for e in long.evidence if e.decisive] == ["2026-05-03-release.html:5"]
    # ... and the plan is still a plan
    removed = verifier.verify("The town approved the removal of the Mill Street footbridge.")
    assert removed.verdict == Verdict.NOT_ENOUGH_EVIDENCE, removed.reasons


# A party's release names its officers' titles as a record does, in the line that quotes
# them: a claim of who holds the title is stated there.
def test_a_release_names_its_officer_s_title(tmp_path: Path) -> None:
    release = TRUST.replace(
        "<p>No bridge in the region is better loved.</p>",
        '<p>"We are proud of it," said Ada Lind, executive director of the Orrin Bridge Trust.</p>',
    )
    verifier = _verifier(tmp_path, {"2026-05-03-release.html": release})
    v = verifier.verify("Ada Lind is the executive director of the Orrin Bridge Trust.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert "a party's own word for the title of whom it names" in " ".join(v.reasons)


BRIEFING = """Transcript: Orrin storm briefing, Orrin Town Hall, March 3, 2027, 6 p.m.

SHERIFF ANA REYES: Deputies have rescued 14 people from flooded homes since Sunday.
COUNTY ENGINEER TOM BLY: Two bridges on Route 4 are closed until inspectors clear them.
CANDIDATE MARK DELL: I have done more for this town than anyone.
"""


# A public body's official reporting at a briefing or a meeting (a sheriff, an engineer)
# gives the agency's formal report; a candidate's word is only what was said.
def test_an_official_s_report_at_a_briefing(tmp_path: Path) -> None:
    verifier = _verifier(tmp_path, {"2027-03-03-briefing.txt": BRIEFING})
    v = verifier.verify("Orrin deputies have rescued 14 people from flooded homes since Sunday.")
    assert v.verdict == Verdict.SUPPORTED, v.reasons
    assert [e.citation for e in v.evidence if e.decisive] == ["2027-03-03-briefing.txt:3"]
    boast = verifier.verify("Mark Dell has done more for Orrin than anyone.")
    assert boast.verdict == Verdict.NOT_ENOUGH_EVIDENCE
