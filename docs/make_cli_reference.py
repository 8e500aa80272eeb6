"""Write docs/cli.md from the CLI itself (every command, argument and option, with its help).

    .venv/bin/python docs/make_cli_reference.py

tests/test_cli_reference.py fails when docs/cli.md differs from what this prints, so a command
or option added without regenerating the reference is caught.
"""

from __future__ import annotations

from pathlib import Path

import typer

from factcheck.cli.app import app

TARGET = Path(__file__).parent / "cli.md"

#: Every FACTCHECK_* environment variable, what it sets, and its default.
ENVIRONMENT = [
    ("FACTCHECK_INDEX", "the index folder (`--index`)", "`./index`"),
    ("FACTCHECK_MODEL", "the embedding model for a new index (`--model`): a name or a local "
     "sentence-transformers folder", "all-MiniLM-L6-v2, bundled"),
    ("FACTCHECK_BACKEND", "how sentences are embedded (`--backend`): onnx-int8, onnx or torch",
     "onnx-int8"),
    ("FACTCHECK_STANCE", "the stance engine (`--stance`): cross (rules + the shipped "
     "cross-encoder) or rules", "cross"),
    ("FACTCHECK_NLI_MODEL", "a local NLI cross-encoder to weigh passages as well "
     "(`--nli-model`)", "none"),
    ("FACTCHECK_CACHE", "where exported ONNX models are cached", "`$XDG_CACHE_HOME/factcheck` "
     "or `~/.cache/factcheck`"),
    ("FACTCHECK_THREADS", "onnxruntime threads", "the number of cores, at most 4"),
    ("FACTCHECK_TOKEN", "the token every request to `factcheck serve` must carry (`--token`)",
     "none (needed to listen beyond 127.0.0.1)"),
]  # fmt: skip


# (typer ships its own copy of click: its objects are read by their attributes, not their types)


def _param_line(param) -> str:  # noqa: ANN001 - a click Parameter
    is_option = param.param_type_name == "option"
    if not is_option:
        name = f"`{(param.metavar or param.name).upper()}`"
    else:
        name = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    help_text = " ".join((getattr(param, "help", None) or "").split())
    default = getattr(param, "default", None)
    show = is_option and not param.is_flag and default not in (None, ())
    extra = f" Default: `{default}`." if show and f"default: {default}" not in help_text else ""
    required = " Required." if param.required else ""
    return f"| {name} | {help_text}{extra}{required} |"


def render() -> str:
    group = typer.main.get_command(app)
    ctx = group.context_class(group, info_name="factcheck")
    lines = [
        "# Command-line reference",
        "",
        "Generated from the CLI by `docs/make_cli_reference.py`; a test keeps it in sync.",
        "",
        f"`factcheck [--version] COMMAND ...`: {' '.join((group.help or '').split())}",
        "",
    ]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        sub = command.context_class(command, info_name=name, parent=ctx)
        usage = " ".join(command.collect_usage_pieces(sub))
        lines += [f"## `factcheck {name}`", "", " ".join((command.help or "").split()), ""]
        lines += [f"Usage: `factcheck {name} {usage}`", ""]
        params = [p for p in command.params if p.name != "help"]
        if params:
            lines += ["| argument / option | what it does |", "|---|---|"]
            lines += [_param_line(p) for p in params]
            lines.append("")
    lines += [
        "## Environment variables",
        "",
        "A flag wins over its variable; a variable wins over the index's manifest and the "
        "defaults.",
        "",
        "| variable | sets | default |",
        "|---|---|---|",
    ]
    lines += [f"| `{var}` | {what} | {default} |" for var, what, default in ENVIRONMENT]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
