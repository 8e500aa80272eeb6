"""verify and eval end to end on real files, a real index and the hashing embedder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import Verdict
from factcheck.verify.verifier import Verifier

runner = CliRunner()
SHAPE = {"stance", "score", "similarity", "file", "line", "end_line", "text", "reasons"}


def decided(v) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return [(e.stance.value, e.citation, e.text) for e in v.evidence if e.decisive]


def test_supported_with_exact_citation(verifier: Verifier) -> None:
    v = verifier.verify("Acme sold 4.1 million cars last year")
    assert v.verdict == Verdict.SUPPORTED
    assert decided(v) == [("supports", "official.txt:6", "Acme sold 4.1 million cars last year.")]
    assert v.reasons[:2] == [
        "official.txt:6 supports the claim",
        "number: claim says 4.1 million cars, source says 4.1 million cars",
    ]
    assert v.engine == "rules"


def test_contradicted_by_a_figure(verifier: Verifier) -> None:
    v = verifier.verify("Acme sold 5 million cars last year")
    assert v.verdict == Verdict.CONTRADICTED
    assert decided(v) == [("conflicts", "official.txt:6", "Acme sold 4.1 million cars last year.")]
    assert "number: claim says 5 million cars, source says 4.1 million cars" in v.reasons


def test_contradicted_by_negation(verifier: Verifier) -> None:
    v = verifier.verify("The Borealis plant in Tromsø has started production")
    assert v.verdict == Verdict.CONTRADICTED
    assert decided(v)[0][1] == "official.txt:5"
    assert "negation: claim is affirmative, source says 'not'" in v.reasons


def test_sources_that_disagree_are_mixed_with_both_sides_cited(verifier: Verifier) -> None:
    v = verifier.verify("Acme will invest $2 billion in Borealis")
    assert v.verdict == Verdict.MIXED
    assert sorted((s, c) for s, c, _ in decided(v)) == [
        ("conflicts", "official.txt:4"), ("supports", "wire.md:1"), ("supports", "wire.md:3")
    ]  # fmt: skip
    assert (
        v.reasons[0]
        == "sources disagree: wire.md:1 (news report) supports the claim, official.txt:4 "
        "(news report) conflicts with it"
    )


def test_merely_related_is_not_enough_evidence(verifier: Verifier) -> None:
    v = verifier.verify("Borealis opened a second plant on the Moon")
    assert v.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert decided(v) == []
    assert all(e.stance.value == "neutral" for e in v.evidence)


def test_one_claim_is_a_batch_of_one(verifier: Verifier) -> None:
    claims = ["Acme sold 4.1 million cars last year", "Acme sold 5 million cars last year"]
    assert verifier.verify_many(claims) == [verifier.verify(c) for c in claims]


def run(*args: str, code: int = 0) -> tuple[str, str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output + result.stderr
    return result.stdout, result.stderr


def test_cli_verify_text_and_json(verifier: Verifier) -> None:
    out, _ = run("verify", "Acme sold 5 million cars last year")
    lines = out.splitlines()
    assert lines[0].startswith("CONTRADICTED (")
    assert '  conflicts  archive/official.txt:6  "Acme sold 4.1 million cars last year."' in lines
    data = json.loads(run("verify", "Acme sold 5 million cars last year", "--json")[0])
    assert {"claim", "verdict", "confidence", "evidence"} <= set(data)
    assert data["verdict"] == "contradicted" and 0.0 <= data["confidence"] <= 1.0
    first = data["evidence"][0]
    assert set(first) >= SHAPE
    assert (first["file"], first["line"], first["end_line"], first["stance"]) == (
        "official.txt", 6, 6, "conflicts"
    )  # fmt: skip


LABELED = """claim,label,file,line
Acme sold 4.1 million cars last year,supported,official.txt,6
Acme sold 5 million cars last year,contradicted,official.txt,6
Borealis opened a second plant on the Moon,not_enough_evidence,,
Acme will invest $2 billion in Borealis,supported,wire.md,3
"""


def test_cli_eval_scores_and_lists_mistakes(verifier: Verifier, tmp_path: Path) -> None:
    path = tmp_path / "labeled.csv"
    path.write_text(LABELED, encoding="utf-8")
    data = json.loads(run("eval", str(path), "--json", "--mistakes")[0])
    assert (data["claims"], data["accuracy"], data["evidence_rows"]) == (4, 0.75, 3)
    assert data["evidence_hit_rate"] == 1.0
    assert data["confusion"]["supported"]["mixed"] == 1
    assert [(m["row"], m["expected"], m["predicted"]) for m in data["mistakes"]] == [
        (4, "supported", "mixed")
    ]
    out, _ = run("eval", str(path))
    assert out.splitlines()[1:3] == ["accuracy   0.750", "macro-F1   0.889"]


def test_eval_reads_jsonl(verifier: Verifier, tmp_path: Path) -> None:
    path = tmp_path / "labeled.jsonl"
    path.write_text(
        json.dumps({"claim": "Acme sold 5 million cars last year", "label": "contradicted"}) + "\n"
    )
    assert json.loads(run("eval", str(path), "--json")[0])["accuracy"] == 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("text,label\nx,supported\n", "no 'claim' column (columns: text, label)"),
        ("claim,verdict\nx,supported\n", "no 'label' column (columns: claim, verdict)"),
        (
            "claim,label\nAcme sold cars,true\n",
            "row 1: unknown label 'true'; allowed labels: "
            "supported, contradicted, mixed, not_enough_evidence",
        ),
        ("claim,label\n,supported\n", "row 1: empty claim"),
        ("claim,label\n", "no rows to evaluate"),
    ],
)
def test_eval_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    _, err = run("eval", str(path), code=1)
    assert err.startswith("Error: ") and message in err and len(err.strip().splitlines()) == 1


def test_verify_bad_input(tmp_path: Path) -> None:
    _, err = run("verify", "   ", code=1)
    assert err.startswith("Error: the query is empty")
    _, err = run("verify", "x" * 1001, code=1)
    assert "1001 characters long; the limit is 1000" in err
    _, err = run("verify", "Acme sold cars", code=1)
    assert "no index" in err.lower() and "factcheck index" in err
    _, err = run("eval", str(tmp_path / "missing.csv"), code=1)
    assert "missing.csv: no such file" in err
    _, err = run("verify", "Acme sold cars", "--stance", "magic", code=1)
    assert "unknown stance model 'magic'; use one of: cross, rules" in err


def tiny_nli_model(folder: Path, id2label: dict[int, str]) -> Path:
    """A randomly initialized 1-layer BERT cross-encoder with its own tiny vocabulary."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    words = "acme sold cars million last year borealis plant production the a of in".split()  # noqa: SIM905
    vocab = folder / "vocab.txt"
    folder.mkdir(parents=True)
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]) + "\n")
    config = BertConfig(
        vocab_size=5 + len(words), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=128, num_labels=3, id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )  # fmt: skip
    BertForSequenceClassification(config).save_pretrained(folder)
    BertTokenizerFast(vocab_file=str(vocab)).save_pretrained(folder)
    return folder


def test_nli_model_is_combined_with_the_rules(verifier: Verifier, tmp_path: Path) -> None:
    labels = {0: "contradiction", 1: "entailment", 2: "neutral"}
    model = tiny_nli_model(tmp_path / "nli", labels)
    v = Verifier(verifier.index, nli_model=str(model))
    assert v.engine.nli.labels == labels
    result = v.verify("Acme sold 5 million cars last year")
    assert result.engine == f"rules+nli:{model}"
    # The rule still names the figure; the model's view is given as a reason.
    assert result.verdict == Verdict.CONTRADICTED
    top = result.evidence[0]
    assert top.reasons[0] == "number: claim says 5 million cars, source says 4.1 million cars"
    assert any(r.startswith("nli: entailment ") for r in top.reasons)
    out, _ = run("verify", "Acme sold 5 million cars last year", "--nli-model", str(model))
    assert out.startswith("CONTRADICTED")


def test_nli_model_without_nli_labels_is_refused(verifier: Verifier, tmp_path: Path) -> None:
    model = tiny_nli_model(tmp_path / "nli", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    _, err = run("verify", "Acme sold cars", "--nli-model", str(model), code=1)
    assert "do not name entailment and contradiction" in err


def test_eval_line_that_is_not_a_number(tmp_path: Path) -> None:
    """Issue 14: a list-valued `line` in JSONL gave a TypeError traceback."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"claim": "Acme sold cars", "label": "supported", "line": [1, 2]}\n')
    _, err = run("eval", str(path), code=1)
    assert err.strip() == f"Error: {path}: row 1: line [1, 2] is not a number"
