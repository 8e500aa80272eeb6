"""Text rendering of results for the terminal: citations with paths as the user sees them,
every archive or user string made safe to print (no control or bidi characters)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import typer

STANCE_WIDTH = 10
ATOM_MARK = {"found": "[found]", "conflicts": "[CONFLICT]", "missing": "[missing]"}


def citation_for(citation: str, file: str, idx: Any) -> str:  # Index
    """A citation with its path as the user sees it, safe to print."""
    return safe(citation.replace(file, idx.display_path(file), 1))


# Characters that would move the cursor, colour or reorder a terminal line: a file name or an
# archive sentence must not print a line that looks like another hit.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def safe(text: str) -> str:
    """``text`` with control and bidi characters shown as escapes (``\\n``, ``\\x1b``)."""
    if text.isprintable():
        return text
    return "".join(
        c.encode("unicode_escape").decode("ascii")
        if unicodedata.category(c) == "Cc" or c in _BIDI
        else c
        for c in text
    )


def print_verification(v: Any, idx: Any, limit: int) -> None:  # Verification, Index
    review = "  check by hand" if v.check_by_hand else ""
    typer.echo(f"{v.verdict.value.upper()} ({v.confidence:.2f}){review}")
    for reason in v.reasons[:3]:
        typer.echo(f"  because    {safe(reason)}")
    for atom in v.atoms:
        shown = (
            atom.shown.replace(atom.citation, citation_for(atom.citation, atom.file, idx))
            if atom.citation and atom.file
            else atom.shown
        )
        typer.echo(f"  {ATOM_MARK[atom.status.value]:<{STANCE_WIDTH}} {safe(shown)}")
    disagreements = [e.disagreement for e in v.evidence if e.decisive and e.disagreement]
    for d in disagreements[:1]:
        typer.echo(f"  {'disagree':<{STANCE_WIDTH}} {d}")
    if v.first_reported:
        typer.echo(f"  origin     {v.first_reported.line}")
    shown = [e for e in v.evidence if e.stance.value != "neutral"] or v.evidence[:3]
    for e in shown[:limit]:
        where = citation_for(e.citation, e.file, idx)
        quote = json.dumps(e.text, ensure_ascii=False)
        typer.echo(f"  {e.stance.value:<{STANCE_WIDTH}} {where}  {safe(quote)}")
        for reason in e.reasons:
            typer.echo(f"  {'':<{STANCE_WIDTH}} {safe(reason)}")


def print_trace(t: Any, idx: Any) -> None:  # Trace, Index
    def show(file: str) -> str:
        return safe(idx.display_path(file))

    typer.echo(f"Trace of {json.dumps(t.claim, ensure_ascii=False)}")
    if not t.timeline:
        typer.echo("  No document in the archive carries or contradicts this claim.")
    else:
        typer.echo("\nTimeline (earliest first; undated documents last):")
    for e in t.timeline:
        where = citation_for(e.citation, e.file, idx)
        how = "" if not e.date.own else f"  [{e.date.date.how}]"
        typer.echo(f"  {e.date.shown:<12} {e.role.upper():<9} {where}{how}")
        typer.echo(f"  {'':<12} {json.dumps(e.text, ensure_ascii=False)}")
        said = "; ".join(
            a.shown + ("" if a.where == "passage" else f" ({a.where}, line {a.line})")
            for a in e.attributions
        )
        typer.echo(f"  {'':<12} {said or 'in its own voice (no attribution)'}")
        for c in e.date.conflicts:
            typer.echo(f"  {'':<12} date conflict: {c.how} says {c.shown}")
        for a in e.atoms:
            if a.status.value == "conflicts":
                typer.echo(f"  {'':<12} differs: {a.difference}")
    if t.first_seen:
        typer.echo(f"\n{t.first_seen.line}")
    if t.sources:
        typer.echo("\nSources named:")
        for s in t.sources:
            n = len(s.documents)
            typer.echo(
                f"  {s.source} ({s.kind}): {n} document{'s' if n > 1 else ''}, first "
                f"{s.first_date}: {', '.join(show(d) for d in s.documents)}"
            )
    if t.unnamed:
        typer.echo(f"Unnamed sources in: {', '.join(show(f) for f in t.unnamed)}")
    if t.own_voice:
        typer.echo(f"In their own voice: {', '.join(show(f) for f in t.own_voice)}")
    if t.copies:
        typer.echo("\nCopies (nearly word for word):")
    for c in t.copies:
        a, b = c.files
        if c.original:
            head = f"{show(c.duplicate)} copies {show(c.original)}"
        else:
            head = f"{show(a)} and {show(b)} share text; which came first is {c.why}"
        shares = f"{c.shares[1]:.0%} of {show(b)}, {c.shares[0]:.0%} of {show(a)}"
        typer.echo(f"  {head} ({c.shared_sentences} sentences; {shares})")
        if c.original:
            typer.echo(f"    likely original: {show(c.original)}, because {c.why}")
        for span in c.spans:
            typer.echo(f"    {span}")
    for note in t.notes:
        typer.echo(f"Note: {note}")


#: Sentences listed under "needs attention" in the terminal (the report file lists them all).
ATTENTION_SHOWN = 20


def print_review(report: Any, draft: str) -> None:  # ReviewReport
    counts = ", ".join(f"{n} {status}" for status, n in report.counts.items() if n)
    typer.echo(f"Reviewed {len(report.items)} sentences of {safe(draft)}: {counts}.")
    # every sentence of a line that needs a look, most serious first (two sentences on one
    # line are two items: a contradicted one is never hidden behind the other)
    serious = ["contradicted", "mixed", "no source found"]
    on_line: dict[int, list[Any]] = {}
    for i in report.items:
        if i.status.value in serious:
            on_line.setdefault(i.line, []).append(i)
    shown = [
        item
        for line in dict.fromkeys(report.attention)
        for item in sorted(on_line.get(line, []), key=lambda x: serious.index(x.status.value))
    ]
    for item in shown[:ATTENTION_SHOWN]:
        line = item.line
        typer.echo(f"  line {line:<4} {item.status.value.upper():<16} {safe(item.text)}")
        for c in item.claims:
            missing = [a.written for a in c.atoms if a.status.value == "missing"]
            if missing and c.verdict.value == "not_enough_evidence":
                typer.echo(f"  {'':<21} not found in the archive: {safe('; '.join(missing))}")
            if c.discrepancy:
                typer.echo(f"  {'':<21} {safe(c.discrepancy)}")
            if c.suggestion:
                typer.echo(f"  {'':<21} suggested: {safe(c.suggestion)}")
            if c.first_reported:
                typer.echo(f"  {'':<21} {safe(c.first_reported.line)}")
