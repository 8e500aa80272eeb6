"""The confidence ranker (factcheck/verify/confidence.py): its features, its file, and that a
verdict resting on parts the rules found scores above a guess."""

from __future__ import annotations

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import Atom, AtomKind, AtomStatus, Evidence, Stance, Verdict
from factcheck.verify.confidence import FEATURES, features, load
from factcheck.verify.verifier import Verifier


def passage(stance: Stance, decisive: bool, by: str = "rules", carried: bool = False) -> Evidence:
    atoms = [
        Atom(kind=AtomKind.FIGURE, claim="40 jobs", status=AtomStatus.FOUND, by=by),
        Atom(kind=AtomKind.RELATION, claim="cut jobs", status=AtomStatus.FOUND, by=by),
    ]
    return Evidence(
        stance=stance, score=0.9, similarity=0.8, file="a.txt", line=3, end_line=3,
        citation="a.txt:3", text="Tarn Mills cut 40 jobs.", reasons=[], coverage=1.0,
        decisive=decisive, atoms=atoms, carried=carried,
    )  # fmt: skip


def test_features_read_the_verdict_and_its_deciding_passage() -> None:
    values = features(Verdict.SUPPORTED, [passage(Stance.SUPPORTS, True)])
    got = dict(zip(FEATURES, values, strict=True))
    assert got == {
        "supported": 1.0, "contradicted": 0.0, "mixed": 0.0, "not_enough_evidence": 0.0,
        "top_similarity": 0.8, "deciding_score": 0.9, "rules_found": 1.0,
        "deciding_coverage": 1.0, "leaning": 0.2, "carried": 0.0,
    }  # fmt: skip
    half = features(Verdict.SUPPORTED, [passage(Stance.SUPPORTS, True, by="model")])
    assert dict(zip(FEATURES, half, strict=True))["rules_found"] == 0.0
    assert features(Verdict.NOT_ENOUGH_EVIDENCE, [])[4:] == [0.0] * 6


def test_the_shipped_ranker_puts_a_stated_claim_above_a_guess() -> None:
    ranker = load()
    assert ranker is not None and 0.0 < ranker.review_below < 1.0
    stated = ranker(Verdict.SUPPORTED, [passage(Stance.SUPPORTS, True)])
    unsure = ranker(
        Verdict.NOT_ENOUGH_EVIDENCE, [passage(Stance.NEUTRAL, False, by="model", carried=True)]
    )
    assert 0.0 <= unsure < stated <= 1.0


def test_verify_marks_a_low_confidence_verdict_for_a_human(verifier: Verifier) -> None:
    ranker = load()
    assert ranker is not None
    claims = (
        "Acme will invest $2 billion in Borealis",
        "The winter in Oslo was warm",
        "Acme sold 4.1 million cars last year",
    )
    marked = []
    for claim in claims:
        v = verifier.verify(claim)
        assert v.check_by_hand == (v.confidence < ranker.review_below)
        marked.append(v.check_by_hand)
        # the terminal says so on the verdict's line, and only then
        result = CliRunner().invoke(app, ["verify", claim])
        assert result.exit_code == 0, result.output
        first = result.stdout.splitlines()[0]
        assert first.startswith(f"{v.verdict.value.upper()} ({v.confidence:.2f})")
        assert first.endswith("check by hand") == v.check_by_hand, first
    assert set(marked) == {True, False}  # the mark depends on the verdict, not a constant
