"""The review report as one standalone HTML file: no scripts, fonts or links to load, readable
on screen and in print. Statuses are colour-coded *and* written out with a symbol, so the
report reads the same without colour. Every string from a draft or an archive is escaped."""

from __future__ import annotations

from html import escape

from ..models import ReviewItem, ReviewReport, ReviewStatus

# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies) + a symbol.
STYLE = {
    ReviewStatus.CONTRADICTED: ("#D55E00", "✗", "contradicted"),
    ReviewStatus.MIXED: ("#CC79A7", "⚠", "mixed"),
    ReviewStatus.UNSOURCED: ("#E69F00", "?", "unsourced"),
    ReviewStatus.SUPPORTED: ("#009E73", "✓", "supported"),
    ReviewStatus.NOT_A_CLAIM: ("#999999", "–", "not-a-claim"),
}
CSS = """
body{font:15px/1.5 Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;
 padding:0 1rem;color:#111}
h1{font-size:1.4rem}
table.counts{border-collapse:collapse;margin:1rem 0}
table.counts td{border:1px solid #ccc;padding:.25rem .6rem}
.item{border-left:.4rem solid var(--c);padding:.4rem .8rem;margin:.8rem 0;
 page-break-inside:avoid}
.status{display:inline-block;font:bold .8rem/1.4 sans-serif;padding:0 .4rem;
 border:2px solid var(--c);color:#111;background:#fff;text-transform:uppercase}
.line{font:.8rem monospace;color:#444;margin-right:.5rem}
.text{margin:.3rem 0}
.why,.ev,.gap,.fix,.atoms{font:.85rem/1.4 sans-serif;margin:.15rem 0}
.atom.conflicts{font-weight:bold}.atom.missing{font-style:italic}
.cite{font-family:monospace;font-weight:bold}
.fix{background:#f4f4f4;padding:.2rem .4rem}
.first a{color:#111}
@media print{body{margin:0;max-width:none}.item{border-left-width:.25rem}
 a{color:#111;text-decoration:none}}
"""


def _status(status: ReviewStatus) -> str:
    colour, symbol, _ = STYLE[status]
    return f'<span class="status" style="--c:{colour}">{symbol} {escape(status.value)}</span>'


def _item(item: ReviewItem) -> str:
    colour, _, css = STYLE[item.status]
    out = [
        f'<section class="item {css}" id="line-{item.line}" style="--c:{colour}">',
        f'<div><span class="line">line {item.line}</span>{_status(item.status)}</div>',
        f'<p class="text">{escape(item.text)}</p>',
        f'<p class="why">{"Why checked" if item.claims else "Not checked"}: {escape(item.why)}</p>',
    ]
    for check in item.claims:
        if len(item.claims) > 1:
            out.append(
                f'<p class="why">Claim: {escape(check.claim)} → '
                f"{escape(check.verdict.value)} ({check.confidence:.2f})</p>"
            )
        for e in check.evidence:
            out.append(
                f'<p class="ev">{escape(e.stance.value)}: <span class="cite">'
                f"{escape(e.citation)}</span> “{escape(e.text)}”</p>"
            )
        if check.atoms:
            out.append('<ul class="atoms">')
            for a in check.atoms:
                out.append(
                    f'<li class="atom {escape(a.status.value)}">{escape(a.status.value)}: '
                    f"{escape(a.shown.split(': ', 1)[0])}"
                    + (f" — source says “{escape(a.source)}”" if a.source else "")
                    + (f' <span class="cite">{escape(a.citation)}</span>' if a.citation else "")
                    + "</li>"
                )
            out.append("</ul>")
        if check.discrepancy:
            out.append(f'<p class="gap">Discrepancy: {escape(check.discrepancy)}</p>')
        if check.suggestion:
            out.append(f'<p class="fix">Suggested: {escape(check.suggestion)}</p>')
        if check.first_reported:
            out.append(f'<p class="origin">{escape(check.first_reported.line)}</p>')
    out.append("</section>")
    return "\n".join(out)


def render(report: ReviewReport) -> str:
    """The whole report, one HTML document."""
    counts = "".join(
        f"<tr><td>{_status(ReviewStatus(k))}</td><td>{n}</td></tr>"
        for k, n in report.counts.items()
    )
    lines = {i.line: i for i in report.items}
    first = "".join(
        f'<li><a href="#line-{n}">line {n}</a>: {escape(lines[n].status.value)} — '
        f"{escape(lines[n].text)}</li>"
        for n in report.attention
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Review of {escape(report.draft)}</title><style>{CSS}</style></head><body>",
        f"<h1>Review of {escape(report.draft)}</h1>",
        f'<table class="counts">{counts}</table>',
        f'<h2>Read first</h2><ol class="first">{first}</ol>' if first else "",
        "<h2>The draft, sentence by sentence</h2>",
        *(_item(i) for i in report.items),
        f'<p class="why">Engine: {escape(report.engine)}; {report.seconds:.1f} s.</p>',
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)
