"""The Typer application, its shared options, and what every command shares: one-line errors
and exit codes, progress bars. Commands are in ``commands.py``, text rendering in ``render.py``;
this package is the only one that prints or exits (FactcheckError -> ``Error: ...``, exit 1).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .. import config
from ..errors import FactcheckError

app = typer.Typer(
    help="Check claims against your own archive of documents, with file:line citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def prepare_stance_model(index_dir: Path) -> None:
    """Export the stance cross-encoder now, once after install, while the user expects work
    (index), rather than stall their first verify; said on stderr while it runs."""
    from ..index.manifest import read_manifest
    from ..stance import cross

    manifest = read_manifest(index_dir)
    uses = manifest.model == cross.BASE_MODEL and manifest.dimension == cross.BASE_DIMENSION
    try:
        stance = config.stance(None)  # FACTCHECK_STANCE; a bad value is verify's error to give
    except FactcheckError:
        return
    if not uses or stance != "cross" or not cross.WEIGHTS.exists():
        return
    if not cross.exported():
        typer.echo("Preparing the stance model for verify (once after install, ~20 s)...", err=True)
        cross.onnx_file()


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"factcheck {version('factcheck')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Check claims against your own archive of documents, with file:line citations."""


#: Options whose value may be left out, and the value they then take.
OPTIONAL_VALUES = {"--ray": "local"}


def optional_values(args: list[str]) -> list[str]:
    """``--ray`` alone becomes ``--ray local``; ``--ray auto``, ``--ray host:port`` and
    ``--ray ray://host:port`` keep their value (anything else after it is the next argument)."""
    out: list[str] = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg in OPTIONAL_VALUES:
            following = args[i + 1] if i + 1 < len(args) else None
            if following is None or not _address(following):
                out.append(OPTIONAL_VALUES[arg])
    return out


def _address(value: str) -> bool:
    return value in ("auto", "local") or ":" in value


RayOpt = Annotated[
    str | None,
    typer.Option(
        "--ray",
        metavar="[ADDRESS]",
        help="Run on a Ray cluster: --ray alone starts a local one for the run; --ray auto "
        "joins the one running here (ray start --head); --ray HOST:PORT a remote one.",
    ),
]


@contextmanager
def cluster(address: str | None) -> Iterator[Any]:
    """``factcheck.scale.cluster`` joined to the Ray cluster at ``address`` (left, or the
    local one stopped, at the end); None without --ray, and Ray is never imported."""
    if address is None:
        yield None
        return
    from ..scale import cluster as ray_cluster

    ray_cluster.connect(address)
    try:
        yield ray_cluster
    finally:
        ray_cluster.shutdown()


WorkersOpt = Annotated[
    int,
    typer.Option(
        min=1, max=64,
        help="Worker processes on this machine, each with the models loaded (about 1 GiB "
        "each); 2 on 2 cores checks about twice as fast.",
    ),
]  # fmt: skip
IndexOpt = Annotated[
    Path | None,
    typer.Option("--index", help="Index folder [env: FACTCHECK_INDEX; default: ./index]"),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def fails_cleanly(fn: F) -> F:
    """Turn FactcheckError into one line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FactcheckError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted; the previous index is unchanged.", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


@contextmanager
def progress_bars() -> Iterator[Callable[[str, int], Callable[[int], None]]]:
    """A progress reporter for the library, drawn on stderr with rate and ETA."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    columns = (
        TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
        TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(
        *columns, console=console, transient=False, disable=not console.is_terminal
    ) as bar:

        def reporter(stage: str, total: int) -> Callable[[int], None]:
            task = bar.add_task(stage, total=max(total, 0), rate="")

            def advance(n: int) -> None:
                bar.advance(task, n)
                speed = bar.tasks[task].speed
                bar.update(task, rate=f"{speed:,.0f}/s" if speed else "")

            return advance

        yield reporter


NliOpt = Annotated[
    str | None,
    typer.Option(
        "--nli-model",
        help="Also weigh passages with a local NLI cross-encoder (folder or cached name) "
        "[env: FACTCHECK_NLI_MODEL].",
    ),
]
StanceOpt = Annotated[
    str | None,
    typer.Option(
        "--stance",
        help="Stance engine: cross (rules + the stance cross-encoder, default) or rules "
        "[env: FACTCHECK_STANCE].",
    ),
]
