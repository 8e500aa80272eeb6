"""docs/cli.md documents every command and option the CLI registers, and every FACTCHECK_*
variable the package reads."""

from __future__ import annotations

import re
import sys

import typer

from factcheck.cli import app

from .conftest import REPO

sys.path.insert(0, str(REPO / "docs"))
from make_cli_reference import ENVIRONMENT, TARGET, render  # noqa: E402


def test_every_command_and_option_is_documented() -> None:
    text = TARGET.read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="factcheck")
    for name in group.list_commands(ctx):
        section = text.split(f"## `factcheck {name}`\n", 1)
        assert len(section) == 2, f"docs/cli.md lacks `factcheck {name}`"
        body = section[1].split("\n## ", 1)[0]
        for param in group.get_command(ctx, name).params:
            for opt in param.opts if param.param_type_name == "option" else []:
                assert f"`{opt}`" in body, f"docs/cli.md: `factcheck {name}` lacks {opt}"
    assert text == render(), "docs/cli.md is stale: run .venv/bin/python docs/make_cli_reference.py"


def test_every_environment_variable_is_documented() -> None:
    used = set()
    for path in (REPO / "factcheck").rglob("*.py"):
        used |= set(re.findall(r"FACTCHECK_[A-Z_]+", path.read_text(encoding="utf-8")))
    assert used == {var for var, _, _ in ENVIRONMENT}
