"""The commands: each validates its arguments, calls the library and renders the result."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import config
from .app import (
    IndexOpt,
    JsonOpt,
    NliOpt,
    RayOpt,
    StanceOpt,
    WorkersOpt,
    app,
    cluster,
    fails_cleanly,
    prepare_stance_model,
    progress_bars,
)
from .render import citation_for, print_review, print_trace, print_verification, safe


@app.command()
@fails_cleanly
def index(
    folder: Annotated[Path, typer.Argument(help="Folder of documents to index (recursively).")],
    index_dir: IndexOpt = None,
    model: Annotated[
        str | None,
        typer.Option(help="Embedding model: name or local folder [default: all-MiniLM-L6-v2]."),
    ] = None,
    backend: Annotated[
        str | None, typer.Option(help="onnx-int8 (default, fastest), onnx, or torch.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of paths to skip (repeatable).")
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Read and embed everything again (new model, shards)."),
    ] = False,
    shards: Annotated[
        int | None,
        typer.Option(
            help="Split the index into N shards (by a hash of each path) [default: the "
            "index's; a new one: 1, or one per CPU of the Ray cluster].",
        ),
    ] = None,
    ray: RayOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Index a folder sentence by sentence (.txt .md .html .pdf .docx); re-runs are incremental."""
    from ..index.build import build_index

    target = config.index_dir(index_dir)
    with cluster(ray) as ray_cluster, progress_bars() as progress:
        stats = build_index(
            folder, target, model=config.model_name(model), backend=config.backend(backend),
            exclude=exclude or [], rebuild=rebuild, progress=progress, shards=shards,
            runner=ray_cluster.RayRunner(ray) if ray_cluster else None,
        )  # fmt: skip
    prepare_stance_model(target)
    for skipped in stats.skipped:
        typer.echo(f"Warning: skipped {safe(skipped.path)}: {safe(skipped.reason)}", err=True)
    for conflict in stats.date_conflicts:
        typer.echo(f"Warning: conflicting dates in {conflict}", err=True)
    if as_json:
        typer.echo(stats.model_dump_json(indent=2))
        return
    if stats.upgraded_from is not None:
        typer.echo(
            f"Upgraded the index from schema {stats.upgraded_from}: every document was read "
            "again for its date; cached vectors were reused."
        )
    typer.echo(
        f"Indexed {stats.documents} documents, {stats.sentences} sentences into {target} "
        f"({len(stats.added)} added, {len(stats.changed)} changed, {len(stats.removed)} removed, "
        f"{stats.unchanged} unchanged, {len(stats.skipped)} skipped; "
        f"{stats.embedded} sentences embedded in {stats.seconds:.1f}s)."
    )
    if stats.undated:
        shown = ", ".join(stats.undated[:3]) + (", ..." if len(stats.undated) > 3 else "")
        typer.echo(
            f"{len(stats.undated)} of {stats.documents} documents carry no date ({shown}); "
            "trace dates them by file modified time and says so."
        )
    flag = "" if index_dir is None else f" --index {target}"
    typer.echo(f'Next: factcheck search "your claim"{flag}')


@app.command()
@fails_cleanly
def search(
    query: Annotated[str, typer.Argument(help="What to look for: a claim, a name, a number.")],
    k: Annotated[int, typer.Option("-k", help="Number of passages.")] = 10,
    context: Annotated[int, typer.Option(help="Neighbouring sentences to show.")] = 0,
    mode: Annotated[str, typer.Option(help="hybrid (default), dense, or lexical.")] = "hybrid",
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find the passages closest in meaning to QUERY, cited as file:line."""
    from ..index.search import Index, check_query

    check_query(query)
    idx = Index.open(index_dir)
    result = idx.search(query, k=k, context=context, mode=mode)
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    if not result.hits:
        typer.echo("No passages found.")
    for hit in result.hits:
        where = citation_for(hit.citation, hit.file, idx)
        for passage in hit.before:
            typer.echo(f"    {passage.line:>5}  {safe(passage.text)}")
        typer.echo(f"{where}  {hit.similarity:.2f}  {json.dumps(hit.text, ensure_ascii=False)}")
        for passage in hit.after:
            typer.echo(f"    {passage.line:>5}  {safe(passage.text)}")
        if hit.before or hit.after:
            typer.echo("")


@app.command()
@fails_cleanly
def info(
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Also read every index file against the checksum written with it, and run "
            "SQLite's integrity check (seconds on a large index).",
        ),
    ] = False,
) -> None:
    """Show what is indexed, with which model, and how big it is."""
    from ..index.search import Index

    index = Index.open(index_dir)
    if check:
        index.check()
    details = index.info()
    if as_json:
        typer.echo(details.model_dump_json(indent=2))
        return
    formats = ", ".join(f"{n} {f}" for f, n in sorted(details.formats.items()))
    rows = [
        ("index", details.index_dir),
        ("root", details.root),
        ("documents", f"{details.documents} ({formats})"),
        ("sentences", f"{details.sentences} ({details.unique_sentences} distinct texts)"),
        ("model", f"{details.model} ({details.backend}, {details.dimension} dimensions)"),
        ("vectors", f"FAISS {details.faiss}, inner product on L2-normalized vectors"),
        ("shards", str(details.shards)),
        ("built", details.built_at.isoformat(timespec="seconds")),
        ("format", str(details.format_version)),
        ("size", f"{details.size_bytes / 1e6:.1f} MB on disk"),
    ]
    for key, value in rows:
        typer.echo(f"{key:<10} {value}")


@app.command()
@fails_cleanly
def verify(
    claim: Annotated[str, typer.Argument(help="The claim to check, as a sentence.")],
    k: Annotated[int, typer.Option("-k", help="Passages to weigh.")] = 10,
    nli_model: NliOpt = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find passages that support or conflict with CLAIM, and give a verdict with reasons."""
    from ..index.search import Index, check_query
    from ..verify.verifier import Verifier

    check_query(claim)
    config.stance(stance)
    idx = Index.open(index_dir)
    verifier = Verifier(idx, nli_model=config.nli_model(nli_model), k=k, stance=stance)
    result = verifier.verify(claim)
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    print_verification(result, idx, limit=k)


@app.command()
@fails_cleanly
def trace(
    claim: Annotated[str, typer.Argument(help="The claim to trace, as a sentence.")],
    k: Annotated[int, typer.Option("-k", help="Passages to retrieve and weigh.")] = 40,
    nli_model: NliOpt = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Trace CLAIM through the archive: who carried it and when, who said it first, who
    copied whom, and which documents conflict with it."""
    from ..index.search import Index, check_query
    from ..trace.tracer import Tracer

    check_query(claim)
    config.stance(stance)
    idx = Index.open(index_dir)
    result = Tracer(idx, nli_model=config.nli_model(nli_model), stance=stance, k=k).trace(claim)
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    print_trace(result, idx)


@app.command("eval")
@fails_cleanly
def eval_(
    file: Annotated[Path, typer.Argument(help="Labeled CSV or JSONL: claim, label[, file, line].")],
    mistakes: Annotated[
        bool, typer.Option("--mistakes", help="List the misclassified claims with reasons.")
    ] = False,
    nli_model: NliOpt = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Verify every claim in a labeled FILE and print accuracy, macro-F1 and the confusion."""
    from ..index.search import Index
    from ..verify.verifier import Verifier
    from ..workflows.evaluate import LABELS, evaluate, read_labeled

    rows = read_labeled(file)  # fails on a bad file before any index or model is loaded
    config.stance(stance)
    verifier = Verifier(Index.open(index_dir), nli_model=config.nli_model(nli_model), stance=stance)
    with progress_bars() as bars:
        report = evaluate(file, verifier, progress=bars("verifying", len(rows)))
    if not mistakes:
        report = report.model_copy(update={"mistakes": []})
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    typer.echo(f"{report.claims} claims in {report.seconds:.1f}s")
    typer.echo(f"accuracy   {report.accuracy:.3f}")
    typer.echo(f"macro-F1   {report.macro_f1:.3f}")
    if report.evidence_hit_rate is not None:
        typer.echo(
            f"evidence   {report.evidence_hit_rate:.3f} of {report.evidence_rows} rows cite "
            "the expected file:line"
        )
    typer.echo("")
    typer.echo(f"{'label':<20} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>5}")
    for s in report.labels:
        typer.echo(
            f"{s.label:<20} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>5}"
        )
    typer.echo("")
    short = {lab: lab[:12] for lab in LABELS}
    typer.echo("expected \\ predicted  " + " ".join(f"{short[p]:>12}" for p in LABELS))
    for expected, row in report.confusion.items():
        typer.echo(f"{expected:<20} " + " ".join(f"{row[p]:>12}" for p in LABELS))
    for m in report.mistakes:
        typer.echo(f"\nrow {m.row}: expected {m.expected.value}, got {m.predicted.value}")
        typer.echo(f"  {m.claim}")
        for reason in m.reasons[:3]:
            typer.echo(f"  because {reason}")


@app.command()
@fails_cleanly
def batch(
    file: Annotated[Path, typer.Argument(help="Claims: CSV (any delimiter), JSONL, or .txt.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Results: .csv, .jsonl or .json [default: FILE-results.csv]."),
    ] = None,
    column: Annotated[
        str | None, typer.Option(help="Column holding the claim [default: claim].")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(help="Column holding a row id [default: the row number].")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run: skip ids in --out.")
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace --out.")] = False,
    nli_model: NliOpt = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
    ray: RayOpt = None,
    workers: WorkersOpt = 1,
    as_json: JsonOpt = False,
) -> None:
    """Verify every claim in FILE; one result per claim, written as it goes."""
    from ..errors import InputError
    from ..index.search import Index
    from ..workflows.batch import run_batch
    from ..workflows.claims_io import count_rows, read_claims

    out = out or Path(f"{file.stem}-results.csv")
    config.stance(stance)
    read_claims(file, column, id_column)  # a missing file or column fails before any loading
    index = Index.open(index_dir)  # a missing or damaged index fails before any loading too
    nli = config.nli_model(nli_model)
    if ray and workers > 1:
        raise InputError("--workers and --ray each spread the claims: give one of them")
    with cluster(ray) as ray_cluster, progress_bars() as bars:
        pool, verifier = _checkers(ray_cluster, ray, workers, index, nli, stance)
        try:
            summary = run_batch(
                verifier, file, out, column=column, id_column=id_column, resume=resume,
                overwrite=overwrite, progress=bars("checking", count_rows(file)), pool=pool,
            )  # fmt: skip
        finally:
            if workers > 1 and pool is not None:
                pool.close()  # the worker processes (a Ray cluster closes with its context)
    if as_json:
        typer.echo(summary.model_dump_json(indent=2))
        return
    counts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items())) or "none"
    typer.echo(
        f"Checked {summary.checked} claims in {summary.seconds:.1f}s "
        f"({summary.claims_per_second:.1f}/s): {counts}."
    )
    if summary.resumed:
        typer.echo(f"{summary.resumed} rows were already in {out} (--resume) and were kept.")
    if summary.skipped:
        why = ", ".join(f"{n} {k}" for k, n in sorted(summary.skipped_by_reason.items()))
        typer.echo(f"Skipped {summary.skipped} rows: {why}.", err=True)
        for s in summary.skipped_rows[:20]:
            typer.echo(f"  row {s.row} (id {s.id}): {s.reason}", err=True)
    typer.echo(f"Results: {out}")


def _checkers(ray_cluster: Any, ray: str | None, workers: int, index: Any, nli: Any,
              stance: str | None) -> tuple[Any, Any]:  # fmt: skip
    """(pool, verifier) for batch: Ray actors, worker processes, or one Verifier here."""
    from ..verify.verifier import Verifier

    if ray_cluster:
        return ray_cluster.VerifierPool(ray, str(index.dir.resolve()), nli, stance), None
    if workers > 1:
        from ..scale.processes import ProcessPool

        return ProcessPool(workers, str(index.dir.resolve()), nli, stance), None
    return None, Verifier(index, nli_model=nli, stance=stance)


@app.command("review")
@fails_cleanly
def review_(
    draft: Annotated[Path, typer.Argument(help="The draft: .md, .txt, .html or .docx.")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write the report: .html, .md or .json [default: print a summary]."
        ),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing --out.")] = (
        False
    ),
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Exit with status 3 if a sentence is contradicted, mixed or unsourced "
            "(repeatable).",
        ),
    ] = None,
    nli_model: NliOpt = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
) -> None:
    """Check a draft before publication: each check-worthy sentence, in the draft's order."""
    from ..index.search import Index
    from ..verify.verifier import Verifier
    from ..workflows.review import check_fail_on, check_report_path, failing, review, write_report

    check_fail_on(fail_on or [])  # before any index or model is loaded
    if out is not None:
        check_report_path(draft, out, overwrite)
    config.stance(stance)
    verifier = Verifier(Index.open(index_dir), nli_model=config.nli_model(nli_model), stance=stance)
    with progress_bars() as bars:
        report = review(verifier, draft, progress=bars)
    if out is not None:
        write_report(report, out, overwrite)
    print_review(report, str(draft))
    if out is not None:
        typer.echo(f"Report: {out}")
    blocked = failing(report, fail_on or [])
    if blocked:
        typer.echo(
            f"Blocked: {len(blocked)} sentences are {' or '.join(sorted(set(fail_on or [])))}.",
            err=True,
        )
        raise typer.Exit(3)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
@fails_cleanly
def serve(
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Interface to listen on (another than 127.0.0.1 needs --token)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option("--token", help="Every request must carry it [env: FACTCHECK_TOKEN]."),
    ] = None,
    jobs_dir: Annotated[
        Path | None,
        typer.Option("--jobs", help="Folder for batch jobs [default: beside the index]."),
    ] = None,
    stance: StanceOpt = None,
    index_dir: IndexOpt = None,
) -> None:
    """Start the desk's web app and JSON API (http://127.0.0.1:8000; API docs at /docs)."""
    from ..errors import InputError

    token = token or os.environ.get("FACTCHECK_TOKEN") or None
    if host not in LOOPBACK and not token:
        raise InputError(
            f"listening on {host} lets other machines in: give --token (or FACTCHECK_TOKEN), "
            "or keep the default --host 127.0.0.1"
        )
    if not 1 <= port <= 65535:
        raise InputError(f"--port must be from 1 to 65535 (got {port})")
    config.stance(stance)
    _check_free(host, port)
    import uvicorn

    from ..web.app import create_app
    from ..web.guard import LOOPBACK_NAMES

    # On loopback the desk answers only to its own names (no DNS rebinding); on another
    # interface the token guards it, and the machine's names are not known here.
    hosts = LOOPBACK_NAMES if host in LOOPBACK else None
    web = create_app(
        config.index_dir(index_dir), token=token, jobs_dir=jobs_dir, stance=stance, hosts=hosts
    )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"factcheck serving {web.state.desk.index_dir} at http://{shown}:{port}/", err=True)
    typer.echo("API documentation: /docs · stop with Ctrl-C", err=True)
    # idle keep-alive connections close after 5 s; past 512 connections at once, a 503
    uvicorn.run(
        web, host=host, port=port, log_level="warning", timeout_keep_alive=5,
        limit_concurrency=512,
    )  # fmt: skip


def _check_free(host: str, port: int) -> None:
    """A port another program holds is a one-line error before anything loads (uvicorn
    would say so only after the server announced itself)."""
    import socket

    from ..errors import InputError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InputError(
                f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port "
                "or stop the program using it"
            ) from None
