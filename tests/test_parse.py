"""The dependency parser (spaCy, en_core_web_sm 3.8.0) and the roles read from it.

Sentences are written for this file. The model is the real one: it is a pinned dependency.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.language import parse as parse_mod
from factcheck.language.counted import counted
from factcheck.language.roles import doers, relations, undergoers
from factcheck.language.tokens import tokenize
from factcheck.stance.rules import analyse, compare


def triples(text: str) -> list[tuple[str, str, str]]:
    return [(r.subject_text, r.verb.text, r.object_text) for r in relations(text, tokenize(text))]


def role_findings(claim: str, passage: str) -> list[tuple[bool, str]]:
    return [
        (f.supports, f.reason)
        for f in compare(analyse(claim), analyse(passage)).findings
        if f.kind == "roles"
    ]


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    parse_mod._nlp()  # loads and checks the installed model
    source = parse_mod._model_dir()
    (tmp_path / "parser").mkdir()
    shutil.copy(source / "meta.json", tmp_path / "meta.json")
    shutil.copy(source / "parser" / "model", tmp_path / "parser" / "model")
    return tmp_path


def test_the_installed_model_is_the_pinned_one(model_copy: Path) -> None:
    parse_mod.check_model(model_copy)  # no error


def test_another_model_version_is_refused_with_what_to_do(model_copy: Path) -> None:
    meta = json.loads((model_copy / "meta.json").read_text())
    meta["version"] = "3.7.1"
    (model_copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(parse_mod.ParserError, match=r"3\.7\.1, not .*requirements/parser\.txt"):
        parse_mod.check_model(model_copy)


def test_changed_weights_are_refused(model_copy: Path) -> None:
    weights = model_copy / "parser" / "model"
    weights.write_bytes(weights.read_bytes()[:-1] + b"\x00")
    with pytest.raises(parse_mod.ParserError, match="not the pinned ones"):
        parse_mod.check_model(model_copy)


def test_a_missing_model_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(parse_mod.ParserError, match="cannot be read.*--require-hashes"):
        parse_mod.check_model(tmp_path)


def test_the_parse_gives_heads_base_forms_and_positions() -> None:
    text = "Toyota was surpassed by Tesla."
    p = parse_mod.parse(text)
    verb = next(w for w in p.words if w.base == "surpass")
    assert (verb.dep, verb.tag) == ("ROOT", "VBN")
    assert [(w.text, w.dep) for w in p.children(verb, "nsubjpass", "agent")] == [
        ("Toyota", "nsubjpass"),
        ("by", "agent"),
    ]
    assert text[verb.start : verb.end] == "surpassed"


def test_the_cli_does_not_load_the_parser() -> None:
    code = "import sys, factcheck.cli, factcheck.stance.rules; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_parser_loads_without_torch_and_torch_still_imports() -> None:
    """thinc would import torch (a second of a cold verify) though the parser runs on numpy:
    it loads with torch hidden, gives the same parse, and torch imports as usual after."""
    code = (
        "import sys; from factcheck.language import parse; "
        "w = parse.parse('The council approved the plan.').words; "
        "print('torch' in sys.modules, [(x.text, x.dep, x.head) for x in w]); "
        "import torch; print(torch.__version__.split('+')[0])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.strip().splitlines()
    assert first.startswith("False [('The', 'det', 1), ('council', 'nsubj', 2)")
    assert second == "2.13.0"


# Who did what, read from the tree rather than from word order.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive with its agent, and a reduced one
        ("Holm Energy was bought by Carrow Power in May.",
         [("Carrow Power", "bought", "Holm Energy")]),
        ("The mural, painted in 1990 by Ines Okafor, was restored.", []),  # "mural" is no name
        # a relative pronoun stands for its noun
        ("Carrow Power, which overtook Holm Energy last year, now trails Vesta Grid.",
         [("Carrow Power", "overtook", "Holm Energy"), ("Carrow Power", "trails", "Vesta Grid")]),
        # a verb with no subject of its own takes its head verb's
        ("Lindgren Foods agreed to acquire Baywater Dairy.",
         [("Lindgren Foods", "acquire", "Baywater Dairy")]),
        ("Ostrava United signed Tomas Hrubek and released Milan Cerny.",
         [("Ostrava United", "signed", "Tomas Hrubek"),
          ("Ostrava United", "released", "Milan Cerny")]),
        # the object of a preposition, far from the subject; a title is not the name
        ("Agnes Varga will take over the Delft campus next spring from Dr. Paul Simmel.",
         [("Agnes Varga", "take", "Paul Simmel")]),
    ],
)  # fmt: skip
def test_roles_from_the_parse(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


def test_who_a_passive_without_agent_says_it_was_done_to() -> None:
    text = "Holm Energy was fined for two leaks."
    assert [(u.text, u.verb.text) for u in undergoers(text, tokenize(text))] == [
        ("Holm Energy", "fined")
    ]
    assert doers(text, tokenize(text)) == []


def test_a_swap_across_a_relative_clause_conflicts() -> None:
    passage = "Carrow Power, which overtook Holm Energy last year, now trails Vesta Grid."
    assert role_findings("Holm Energy overtook Carrow Power.", passage) == [
        (False, "roles: claim says Holm Energy overtook Carrow Power, source says Carrow Power "
                "overtook Holm Energy")
    ]  # fmt: skip
    assert role_findings("Carrow Power overtook Holm Energy.", passage) == [
        (True, "roles: source also says Carrow Power overtook Holm Energy")
    ]


def test_a_swap_far_apart_conflicts() -> None:
    passage = "Agnes Varga will take over the Delft campus next spring from Dr. Paul Simmel."
    claim = "Paul Simmel will take over the Delft campus from Agnes Varga."
    assert role_findings(claim, passage) == [
        (False, "roles: claim says Paul Simmel take Agnes Varga, source says Agnes Varga take "
                "Paul Simmel")
    ]  # fmt: skip


def test_a_symmetric_verb_has_no_roles_to_swap() -> None:
    passage = "Mayor Ruth Adler met Governor Dan Pike in Albany on Monday."
    assert not [ok for ok, _ in role_findings("Dan Pike met Ruth Adler.", passage) if not ok]


def test_a_party_said_to_do_it_too_is_no_swap() -> None:
    passage = "Holm Energy was fined in March. Holm Energy fined two contractors in April."
    claim = "Holm Energy fined two contractors."
    assert not [ok for ok, _ in role_findings(claim, passage) if not ok]
    alone = "Holm Energy was fined in March."
    assert role_findings(claim, alone) == [
        (False, "roles: claim says Holm Energy fined, source says Holm Energy was fined")
    ]


# What a figure counts, from the parse: two figures that disagree conflict only when they
# count the same thing.
@pytest.mark.parametrize(
    ("text", "figure", "noun", "verb"),
    [
        ("The plant will cut 220 permanent jobs.", "220", "job", "cut"),
        ("Ninety hectares were burned.", "Ninety", "hectar", "burn"),
        ("The sewer bill rose to $48 a month.", "$48", "bill", "rise"),
        ("The storm flooded 31 of the county's 84 farms.", "31", "farm", "flood"),
        ("The landslide buried two cabins and damaged 11 others.", "11", "", "damag"),
        ("The agency expects 4,000 visitors.", "4,000", "visitor", ""),  # "expects" is no event
        ("The road work adds a $2.40 toll fee.", "$2.40", "fee", "add"),  # a compound's head
    ],
)  # fmt: skip
def test_what_a_figure_counts(text: str, figure: str, noun: str, verb: str) -> None:
    start = text.index(figure)
    got = counted(text, start, start + len(figure))
    assert (got.noun, got.verb) == (noun, verb)


def test_money_is_money_whatever_its_noun() -> None:
    text = "The audit found a gap of 3.2 billion kroner."
    start = text.index("3.2")
    assert counted(text, start, start + len("3.2 billion kroner")).money


@pytest.mark.parametrize(
    ("claim", "passage", "conflicts"),
    [
        # another noun, or another verb for the same noun: no conflict
        ("The county hired 40 nurses.", "The county hired 12 paramedics in May.", False),
        ("The county hired 40 nurses.", "The county laid off 12 nurses in May.", False),
        ("Nine climbers were rescued from the ridge.",
         "The avalanche on the ridge killed one climber and stranded eight others.", False),
        # two figures in one clause: the parse tells which count the claim's verb governs
        ("Nine climbers were stranded on the ridge by the avalanche.",
         "The avalanche on the ridge killed one climber and stranded eight others.", False),
        ("The county hired 40 nurses.", "The county hired 12 nurses in May.", True),
        # the same noun with another verb of extent: one count
        ("The recall covers 600,000 heaters.", "Orvik recalled 900,000 heaters.", True),
        # no noun of its own ("others"): the verb decides
        ("The landslide damaged two cabins.",
         "The landslide buried two cabins and damaged 11 others.", False),
        # money: the noun is the writer's word
        ("The audit found a 9-billion-kroner hole in the plan.",
         "The audit found a gap of 3.2 billion kroner in the plan.", True),
    ],
)  # fmt: skip
def test_figures_conflict_only_when_they_count_one_thing(
    claim: str, passage: str, conflicts: bool
) -> None:
    got = [
        f for f in compare(analyse(claim), analyse(passage)).findings
        if not f.supports and f.kind in ("number", "amount")
    ]  # fmt: skip
    assert bool(got) == conflicts
