"""``factcheck review``: read a draft, find its check-worthy sentences, verify each claim, and
report in the draft's own order what is supported, contradicted, mixed or unsourced."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..config import MAX_QUERY_CHARS
from ..errors import IngestError, InputError
from ..ingest import format_of, parse_document
from ..models import (
    Atom,
    AtomKind,
    ClaimCheck,
    ReviewItem,
    ReviewReport,
    ReviewStatus,
    Sentence,
    Stance,
    Verdict,
    Verification,
)
from ..verify.verifier import Verifier
from .checkworthy import Worthiness, assess, draft_names, split_claims

SEVERITY = {
    ReviewStatus.CONTRADICTED: 0, ReviewStatus.MIXED: 1, ReviewStatus.UNSOURCED: 2,
    ReviewStatus.SUPPORTED: 3, ReviewStatus.NOT_A_CLAIM: 4,
}  # fmt: skip
STATUS_OF = {
    Verdict.SUPPORTED: ReviewStatus.SUPPORTED, Verdict.CONTRADICTED: ReviewStatus.CONTRADICTED,
    Verdict.MIXED: ReviewStatus.MIXED, Verdict.NOT_ENOUGH_EVIDENCE: ReviewStatus.UNSOURCED,
}  # fmt: skip
FAIL_ON = {"contradicted": ReviewStatus.CONTRADICTED, "mixed": ReviewStatus.MIXED,
           "unsourced": ReviewStatus.UNSOURCED}  # fmt: skip
# Parts of a claim a source can correct word for word (not a negation or a relation).
SUGGEST_KINDS = frozenset({AtomKind.FIGURE, AtomKind.DATE, AtomKind.ACTOR})


def suggestion(sentence: str, atom: Atom | None) -> str:
    """The sentence with the conflicting figure, date or name replaced from the source."""
    if atom is None or atom.kind not in SUGGEST_KINDS or not atom.source:
        return ""
    if atom.claim not in sentence:
        return ""
    return f"{sentence.replace(atom.claim, atom.source, 1)} (source: {atom.citation})"


def _check(claim: str, v: Verification, sentence: str) -> ClaimCheck:
    decisive = [e for e in v.evidence if e.decisive]
    conflict = next((e for e in decisive if e.stance == Stance.CONFLICTS), None)
    atom = v.discrepancy if conflict is not None else None
    gap = atom.difference if atom is not None else ""
    return ClaimCheck(
        claim=claim, verdict=v.verdict, confidence=v.confidence, evidence=decisive,
        check_by_hand=v.check_by_hand,
        discrepancy=gap, suggestion=suggestion(sentence, atom), first_reported=v.first_reported,
        atoms=v.atoms,
    )  # fmt: skip


#: Claims verified between two progress reports (verify_many batches their retrieval).
PROGRESS_STEP = 16


#: A draft's sentence and how it will be checked: its claims (none if not worth checking).
_Plan = tuple[Sentence, Worthiness, list[str]]


def review(
    verifier: Verifier,
    draft: str | Path,
    progress: Callable[[str, int], Callable[[int], None]] | None = None,
) -> ReviewReport:
    """Review a draft (.md, .txt, .html, .docx) against the index. ``progress(stage, total)``
    returns a function told how many claims were checked (a long draft takes minutes)."""
    path = Path(draft)
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass a draft (.md, .txt, .html or .docx)")
    return review_bytes(verifier, path.name, path.read_bytes(), progress, shown=str(path))


def review_bytes(
    verifier: Verifier, name: str, data: bytes,
    progress: Callable[[str, int], Callable[[int], None]] | None = None, shown: str = "",
) -> ReviewReport:  # fmt: skip
    """Review a draft given as bytes; ``name`` (its file name) says its format."""
    started = time.perf_counter()
    shown = shown or name
    if format_of(name) is None or name.lower().endswith(".pdf"):
        raise InputError(f"{shown}: unsupported draft type; use .md, .txt, .html or .docx")
    try:
        doc = parse_document(name, data)
    except IngestError as exc:
        raise InputError(str(exc)) from None
    if not doc.sentences:
        raise InputError(f"{shown}: no sentences found in the draft")
    plans = _plans(doc.sentences)
    verified = _verify_all(verifier, [c for _, _, parts in plans for c in parts], progress)
    items = [_item(s, worth, parts, verified) for s, worth, parts in plans]
    counts = {st.value: sum(i.status == st for i in items) for st in ReviewStatus}
    attention = [
        i.line for i in sorted(items, key=lambda i: (SEVERITY[i.status], i.line))
        if SEVERITY[i.status] <= SEVERITY[ReviewStatus.UNSOURCED]
    ]  # fmt: skip
    return ReviewReport(
        draft=shown, counts=counts, attention=attention, items=items,
        engine=verifier.engine.name, seconds=round(time.perf_counter() - started, 2),
    )  # fmt: skip


def _plans(sentences: list[Sentence]) -> list[_Plan]:
    """Each sentence with its check-worthiness and the claims to check in it."""
    known = draft_names([s.text for s in sentences])
    plans = []
    for s in sentences:
        worth = assess(s.text, known)
        parts = split_claims(s.text) if worth.checkworthy else []
        if any(len(" ".join(p.split())) > MAX_QUERY_CHARS for p in parts):
            parts = []  # reported as unchecked, instead of failing the whole review
        plans.append((s, worth, parts))
    return plans


def _verify_all(
    verifier: Verifier, claims: list[str],
    progress: Callable[[str, int], Callable[[int], None]] | None,
) -> dict[str, Verification]:  # fmt: skip
    """Each distinct claim verified once, PROGRESS_STEP at a time."""
    claims = list(dict.fromkeys(claims))
    advance = progress("checking", len(claims)) if progress else None
    verified: dict[str, Verification] = {}
    for start in range(0, len(claims), PROGRESS_STEP):
        chunk = claims[start : start + PROGRESS_STEP]
        verified.update(zip(chunk, verifier.verify_many(chunk), strict=True))
        if advance:
            advance(len(chunk))
    return verified


def _item(
    s: Sentence, worth: Worthiness, parts: list[str], verified: dict[str, Verification]
) -> ReviewItem:
    where = {"line": s.line, "end_line": s.end_line, "text": s.text}
    if not worth.checkworthy:
        return ReviewItem(**where, status=ReviewStatus.NOT_A_CLAIM, why=worth.reason)
    if not parts:
        why = (
            f"not checked: {len(s.text):,} characters, over the {MAX_QUERY_CHARS:,}-character "
            "limit of one claim; split the sentence to check it"
        )
        return ReviewItem(**where, status=ReviewStatus.UNSOURCED, why=why)
    checks = [_check(c, verified[c], s.text) for c in parts]
    status = min((STATUS_OF[c.verdict] for c in checks), key=SEVERITY.__getitem__)
    return ReviewItem(**where, status=status, why=worth.reason, claims=checks)


REPORT_SUFFIXES = (".html", ".md", ".json")


def check_report_path(draft: str | Path, out: Path, overwrite: bool = False) -> None:
    """InputError unless ``out`` is a place a report may be written: a report suffix, not the
    draft itself, not a symbolic link, not an existing file (without ``overwrite``), in an
    existing folder. Checked before any index or model loads; nothing is written."""
    if out.suffix.lower() not in REPORT_SUFFIXES:
        raise InputError(f"{out}: the report must end in .html, .md or .json")
    if out.is_symlink():
        raise InputError(f"{out}: is a symbolic link; write the report to a plain path")
    if out.exists() and Path(draft).exists() and out.resolve() == Path(draft).resolve():
        raise InputError(f"{out}: that is the draft; write the report to another file")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give a file name ending in .html, .md or .json")
    if out.exists() and not overwrite:
        raise InputError(f"{out}: already exists; pass --overwrite to replace it")
    if not out.parent.is_dir():
        raise InputError(f"{out.parent}: no such folder for the report")


def write_report(report: ReviewReport, out: Path, overwrite: bool = False) -> None:
    """Write the report (.html, .md or .json by suffix) atomically: a temporary file beside it,
    then renamed over ``out``, so a failure leaves no half-written report."""
    from .report_html import render

    check_report_path(report.draft, out, overwrite)
    kind = out.suffix.lower()
    if kind == ".json":
        text = report.model_dump_json(indent=2)
    else:
        text = render(report) if kind == ".html" else markdown(report)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the report there ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(
            f"{out}: the report could not be written ({exc.strerror}); nothing was replaced"
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_fail_on(fail_on: list[str]) -> None:
    """InputError for a --fail-on value that is not a status one can block on."""
    unknown = [f for f in fail_on if f not in FAIL_ON]
    if unknown:
        raise InputError(f"unknown --fail-on {unknown[0]!r}; use one of: {', '.join(FAIL_ON)}")


def failing(report: ReviewReport, fail_on: list[str]) -> list[ReviewItem]:
    """Items whose status is one the caller blocks publication on."""
    check_fail_on(fail_on)
    blocked = {FAIL_ON[f] for f in fail_on}
    return [i for i in report.items if i.status in blocked]


# Markdown punctuation that could make a link or image (brackets), raw HTML or an entity, a
# code span or emphasis of text from a draft or the archive; escaped, it shows as written.
# (Parentheses and "!" make nothing without brackets; "#" only opens a line, never here.)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&])")


def md_text(text: str) -> str:
    """Draft or archive text made inert in Markdown: shown literally, on one line, with no
    link, image, HTML or autolink (``http://`` and ``www.`` are broken up)."""
    text = " ".join(text.split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("://", ":\\/\\/").replace("www.", "www\\.")


def md_code(text: str) -> str:
    """A code span that holds ``text`` whatever backticks it has (CommonMark: a longer fence)."""
    text = " ".join(text.split())
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or run else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def markdown(report: ReviewReport) -> str:
    """The report as Markdown, in the draft's order, with counts and priorities on top.
    Everything taken from the draft or the archive is escaped (``md_text``, ``md_code``)."""
    out = [f"# Review of {md_text(report.draft)}", ""]
    out.append(" | ".join(f"{k}: {v}" for k, v in report.counts.items()))
    out.append("")
    if report.attention:
        out.append("Read first: " + ", ".join(f"line {n}" for n in report.attention))
        out.append("")
    for item in report.items:
        out.append(f"## Line {item.line}: {item.status.value.upper()}")
        out.append("")
        out.append(f"> {md_text(item.text)}")
        out.append("")
        why = md_text(item.why)
        out.append(f"- why checked: {why}" if item.claims else f"- not checked: {why}")
        for c in item.claims:
            if len(item.claims) > 1:
                claim = md_text(c.claim)
                out.append(f"- claim: {claim} -> {c.verdict.value} ({c.confidence:.2f})")
            for e in c.evidence:
                out.append(f'- {e.stance.value}: {md_code(e.citation)} "{md_text(e.text)}"')
            for a in c.atoms:
                out.append(f"- \\[{a.status.value}\\] {md_text(a.shown)}")
            if c.discrepancy:
                out.append(f"- discrepancy: {md_text(c.discrepancy)}")
            if c.suggestion:
                out.append(f"- suggested: {md_text(c.suggestion)}")
            if c.first_reported:
                out.append(f"- {md_text(c.first_reported.line)}")
        out.append("")
    return "\n".join(out)
