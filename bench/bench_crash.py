"""Crash torture of ``factcheck index``: kill -9 at named points and at spread-out moments.

    .venv/bin/python bench/bench_crash.py                 # real model, 3,000 sentences, 44 kills
    .venv/bin/python bench/bench_crash.py --model hashing --sentences 600
    .venv/bin/python bench/bench_crash.py --batch-claims 20000   # batch --resume after kill -9

An index of most of a generated archive is built; the archive then gains, changes and loses
files, and ``factcheck index`` (the CLI, in its own process) is killed with SIGKILL

* at named points, by a driver that wraps one function and kills its own process at its n-th
  call (before or after the call runs): reading and parsing files, adding them to the store,
  embedding one sentence, committing vectors to the cache, writing FAISS and BM25, fsync,
  sealing the generation, the manifest write, the rename that commits it, the clean-up after;
* at moments spread evenly over a run's measured duration.

After each kill: the index opens, passes ``info --check`` (every file against its checksum),
and answers every query exactly as before the run, or, when the kill came after the commit
point, exactly as the clean build does. Then ``index`` is run again, and its ``info`` counts
and its answers must equal a clean build of the final archive. Prints a JSON report (also
bench/out/crash.json); exits 1 if any trial failed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import make_corpus  # noqa: E402

OUT = Path(__file__).parent / "out"

#: Wraps one function (module:attribute[.attribute]) and SIGKILLs this process at its n-th
#: call, "before" or "after" the call runs, then runs the CLI's index command.
DRIVER = """
import functools, importlib, os, signal, sys
from factcheck.index import build as builder
target, nth, when = sys.argv[1], int(sys.argv[2]), sys.argv[3]
builder.CHUNK = 128  # several cache commits in a small run
module_name, _, attr_path = target.partition(":")
owner = importlib.import_module(module_name)
*parents, name = attr_path.split(".")
for part in parents:
    owner = getattr(owner, part)
original = getattr(owner, name)
calls = [0]
def die():
    os.kill(os.getpid(), signal.SIGKILL)
@functools.wraps(original)
def wrapper(*args, **kwargs):
    calls[0] += 1
    if calls[0] == nth and when == "before":
        die()
    result = original(*args, **kwargs)
    if calls[0] == nth and when == "after":
        die()
    return result
setattr(owner, name, wrapper)
from factcheck.cli import app
app(sys.argv[4:], prog_name="factcheck")
"""


def named_points(model: str) -> list[tuple[str, int, str]]:
    """(target, n-th call, before/after), spread over every stage of one run."""
    embed_one = (
        "factcheck.runtime.embed:HashingEmbedder._vector" if model == "hashing"
        else "factcheck.runtime.embed:OnnxEmbedder._run"
    )  # fmt: skip
    return [
        ("factcheck.index.shard_job:refusal", 1, "before"),
        ("factcheck.index.shard_job:parse_document", 1, "before"),
        ("factcheck.index.shard_job:parse_document", 6, "after"),
        ("factcheck.index.shard_job:parse_document", 12, "before"),
        ("factcheck.index.store:Store.add", 1, "after"),
        ("factcheck.index.store:Store.add", 10, "before"),
        ("factcheck.index.store:Store.remove", 1, "after"),
        ("factcheck.index.store:Store.commit", 1, "before"),
        ("factcheck.index.store:Store.commit", 1, "after"),
        ("factcheck.index.store:VectorCache.missing", 1, "before"),
        (embed_one, 1, "before"),
        (embed_one, 50, "before"),
        (embed_one, 200, "after"),
        (embed_one, 500, "before"),
        ("factcheck.index.store:VectorCache.put", 1, "before"),
        ("factcheck.index.store:VectorCache.put", 1, "after"),
        ("factcheck.index.store:VectorCache.put", 3, "after"),
        ("factcheck.index.store:VectorCache.get", 1, "after"),
        ("factcheck.index.dense:DenseWriter.add", 1, "after"),
        ("factcheck.index.dense:DenseWriter.close", 1, "before"),
        ("factcheck.index.dense:DenseWriter.close", 1, "after"),
        ("factcheck.index.sparse:Lexical.build", 1, "after"),
        ("factcheck.index.sparse:Lexical.save", 1, "before"),
        ("factcheck.index.sparse:Lexical.save", 1, "after"),
        ("os:fsync", 1, "before"),
        ("os:fsync", 4, "after"),
        ("factcheck.index.shard_job:seal", 1, "before"),
        ("factcheck.index.shard_job:seal", 1, "after"),
        ("factcheck.index.build:write_manifest", 1, "before"),
        ("os:replace", 1, "before"),  # the rename that commits the new generation
        ("os:replace", 1, "after"),
        ("factcheck.index.store:VectorCache.prune", 1, "before"),
        ("factcheck.index.store:VectorCache.prune", 1, "after"),
        ("shutil:rmtree", 1, "after"),  # the old generation half removed? never: renamed first
    ]


def _write_archive(folder: Path, sentences: int) -> tuple[Path, Path]:
    """Two states of one archive: ``before`` and ``after`` (files added, changed, removed)."""
    full = folder / "full"
    make_corpus(full, sentences, per_file=50)
    files = sorted(full.iterdir())
    before, after = folder / "before", folder / "after"
    before.mkdir()
    after.mkdir()
    keep = int(len(files) * 0.75)
    for path in files[:keep]:
        shutil.copy2(path, before / path.name)
    for path in files:
        shutil.copy2(path, after / path.name)
    for path in files[1:3]:  # changed
        with open(after / path.name, "a") as fh:
            fh.write("\nA correction was appended to this report on Friday afternoon.\n")
    (after / files[3].name).unlink()  # removed
    return before, after


def _queries(after: Path) -> list[str]:
    files = sorted(after.iterdir())
    picks = [files[i] for i in range(0, len(files), max(1, len(files) // 8))]
    out = [p.read_text().split("\n\n")[5].strip() for p in picks]
    return out + ["A correction was appended to this report", "Tesla opened a factory"]


def _answers(index_dir: Path, queries: list[str]) -> list[list[tuple[str, float]]]:
    from factcheck import Index

    index = Index.open(index_dir)
    try:
        index.check()
        return [
            [(h.citation, h.score) for h in result.hits]
            for result in index.search_many(queries, k=10)
        ]
    finally:
        index.close()


def _counts(index_dir: Path) -> dict:
    from factcheck import Index

    index = Index.open(index_dir)
    try:
        info = index.info().model_dump()
    finally:
        index.close()
    keep = ("documents", "sentences", "unique_sentences", "faiss", "model", "backend", "formats")
    return {k: info[k] for k in keep}


def _index_command(root: Path, index_dir: Path, model: str) -> list[str]:
    return ["index", str(root), "--index", str(index_dir), "--model", model]


def torture(
    sentences: int = 3000, model: str = "all-MiniLM-L6-v2", timed: int = 10,
    points: list[tuple[str, int, str]] | None = None, work: Path | None = None,
) -> dict:  # fmt: skip
    """Run every trial; the report lists each with what held (and any failure)."""
    from factcheck import build_index
    from factcheck.runtime.embed import load_embedder

    work = Path(tempfile.mkdtemp(prefix="crash-", dir=work))
    before, after = _write_archive(work, sentences)
    queries = _queries(after)
    embedder = load_embedder(model)
    root = work / "archive"
    base_index = work / "base-index"
    shutil.copytree(before, root)
    build_index(root, base_index, model=model, embedder=embedder)
    base_answers = _answers(base_index, queries)
    shutil.rmtree(root)
    shutil.copytree(after, root)  # the archive as every trial's run finds it
    clean_index = work / "clean-index"
    build_index(root, clean_index, model=model, embedder=embedder)
    clean = (_counts(clean_index), _answers(clean_index, queries))

    trial_index = work / "index"
    factcheck = [sys.executable, "-c", "from factcheck.cli import app; app()"]
    shutil.copytree(base_index, trial_index)
    started = time.perf_counter()
    subprocess.run(factcheck + _index_command(root, trial_index, model), check=True,
                   capture_output=True)  # fmt: skip
    duration = time.perf_counter() - started
    shutil.rmtree(trial_index)

    trials: list[dict] = []
    plans: list[dict] = [
        {"point": f"{t} #{n} {w}", "driver": [t, str(n), w]}
        for t, n, w in (points if points is not None else named_points(model))
    ]
    plans += [
        {"point": f"timed {duration * (i + 1) / (timed + 1):.2f}s",
         "after_s": duration * (i + 1) / (timed + 1)}
        for i in range(timed)
    ]  # fmt: skip
    for plan in plans:
        shutil.copytree(base_index, trial_index)
        command = _index_command(root, trial_index, model)
        if "driver" in plan:
            proc = subprocess.run(
                [sys.executable, "-c", DRIVER, *plan["driver"], *command], capture_output=True
            )
            code = proc.returncode
        else:
            run = subprocess.Popen(
                factcheck + command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(plan["after_s"])
            run.kill()
            code = run.wait()
        trial = {"point": plan["point"], "killed": code == -9, "exit": code}
        try:
            now = _answers(trial_index, queries)
            trial["after_kill"] = (
                "previous" if now == base_answers else "new" if now == clean[1] else "WRONG"
            )
            build_index(root, trial_index, model=model, embedder=embedder)
            finished = (_counts(trial_index), _answers(trial_index, queries))
            trial["rerun_equals_clean"] = finished == clean
            gens = sorted(p.name for p in trial_index.iterdir() if p.name.startswith("gen-"))
            trial["leftovers"] = len(gens) - 1
        except Exception as exc:  # noqa: BLE001 - a trial's failure is reported, not raised
            trial["error"] = f"{type(exc).__name__}: {exc}"
        trial["ok"] = (
            "error" not in trial and trial["after_kill"] != "WRONG"
            and trial["rerun_equals_clean"] and trial["leftovers"] == 0
        )  # fmt: skip
        trials.append(trial)
        shutil.rmtree(trial_index)
    shutil.rmtree(work)
    return {
        "model": model, "sentences": sentences, "queries": len(queries),
        "run_seconds": round(duration, 2), "trials": len(trials),
        "killed": sum(t["killed"] for t in trials),
        "previous_intact": sum(t.get("after_kill") == "previous" for t in trials),
        "new_committed": sum(t.get("after_kill") == "new" for t in trials),
        "held": sum(t["ok"] for t in trials), "details": trials,
    }  # fmt: skip


def _rows_written(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n") - 1
    except FileNotFoundError:
        return 0


def batch_torture(claims: int, kills: int, work: Path | None = None) -> dict:
    """``batch --resume`` after kill -9: kill a run ``kills`` times at spread-out row counts,
    resume each time, and compare the output with one uninterrupted run. Claims are checked
    against a small archive with the hashing model and the rules (what is tested is the
    output file, not the verdicts)."""
    import csv
    import random

    work = Path(tempfile.mkdtemp(prefix="batch-crash-", dir=work))
    archive = work / "archive"
    make_corpus(archive, 300, per_file=50)
    index_dir = work / "index"
    factcheck = [sys.executable, "-c", "from factcheck.cli import app; app()"]
    subprocess.run(factcheck + _index_command(archive, index_dir, "hashing"), check=True,
                   capture_output=True)  # fmt: skip
    rng = random.Random(3)
    src = work / "claims.csv"
    with src.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "claim"])
        for i in range(claims):
            cell = "=HYPERLINK(1)" if i % 97 == 0 else f"c{i}"  # formula-like ids too
            writer.writerow([cell + f"-{i}", f"Tesla sold {rng.randint(2, 990)} cars in "
                             f"{rng.choice(['Berlin', 'Austin', 'Shanghai'])}"])  # fmt: skip
    base = [*factcheck, "batch", str(src), "--id-column", "id", "--index", str(index_dir),
            "--stance", "rules"]  # fmt: skip
    whole, resumed = work / "whole.csv", work / "resumed.csv"
    started = time.perf_counter()
    subprocess.run([*base, "--out", str(whole)], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    killed_at = []
    for k in range(kills):
        target = claims * (k + 1) // (kills + 1)
        extra = ["--resume"] if k else []
        run = subprocess.Popen([*base, "--out", str(resumed), *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        while run.poll() is None and _rows_written(resumed) < target:
            time.sleep(0.05)
        run.kill()
        run.wait()
        killed_at.append(_rows_written(resumed))
    subprocess.run([*base, "--out", str(resumed), "--resume"], check=True, capture_output=True)
    with whole.open(newline="") as a, resumed.open(newline="") as b:
        rows_whole, rows_resumed = list(csv.DictReader(a)), list(csv.DictReader(b))
    ids = [r["input_id"] for r in rows_resumed]
    by_id = {r["input_id"]: r for r in rows_resumed}
    report = {
        "claims": claims, "uninterrupted_seconds": round(seconds, 1),
        "killed_at_rows": killed_at, "rows": len(rows_resumed),
        "duplicated_ids": len(ids) - len(set(ids)),
        "lost_ids": len({r["input_id"] for r in rows_whole} - set(ids)),
        "rows_differing_from_uninterrupted": sum(by_id.get(r["input_id"]) != r for r in rows_whole),
    }  # fmt: skip
    report["ok"] = (
        report["rows"] == claims and not report["duplicated_ids"] and not report["lost_ids"]
        and not report["rows_differing_from_uninterrupted"]
    )  # fmt: skip
    shutil.rmtree(work)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--model", default="all-MiniLM-L6-v2")
    parser.add_argument("--timed", type=int, default=10, help="kills at spread-out moments")
    parser.add_argument(
        "--batch-claims", type=int, default=0,
        help="instead: kill and resume a batch run of this many claims",
    )  # fmt: skip
    args = parser.parse_args()
    if args.batch_claims:
        report = batch_torture(args.batch_claims, kills=3)
        print(json.dumps(report, indent=2))
        sys.exit(0 if report["ok"] else 1)
    report = torture(args.sentences, args.model, args.timed)
    OUT.mkdir(exist_ok=True)
    (OUT / "crash.json").write_text(json.dumps(report, indent=2))
    print(json.dumps({k: v for k, v in report.items() if k != "details"}, indent=2))
    for trial in report["details"]:
        if not trial["ok"]:
            print("FAILED", json.dumps(trial))
    sys.exit(0 if report["held"] == report["trials"] else 1)


if __name__ == "__main__":
    main()
