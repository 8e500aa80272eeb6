"""The FastAPI application: HTML pages for the desk and the JSON API behind them.

Pages are rendered on the server with Jinja2 (autoescaped: text from drafts, claims files and
the archive is never markup) and use one vendored script file; a Content-Security-Policy
forbids any other script. The API answers with the same pydantic models as ``--json``; a
FactcheckError is a 400 with ``{"error": message}``, never a stack trace.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from ..errors import FactcheckError, InputError
from ..models import ReviewReport
from ..workflows.report_html import STYLE
from ..workflows.report_html import render as render_html
from ..workflows.review import markdown as render_markdown
from ..workflows.review import review_bytes
from .desk import Desk
from .guard import LOOPBACK_NAMES, BodyTooLarge, Guard
from .jobs import Jobs, job_json

HERE = Path(__file__).parent
#: Largest upload (a draft or a claims file); more is refused with 413.
MAX_UPLOAD_BYTES = 20 * 2**20
#: Reviews kept in memory for export and the evidence panel (the oldest go first).
REVIEWS_KEPT = 32
#: Largest request body of any kind (an upload with its multipart framing, a JSON draft).
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 2**10
#: Reviews and job uploads that run at once in worker threads (each reads the index); more
#: wait their turn without holding the event loop.
WORKERS = 2


class ClaimIn(BaseModel):
    claim: str
    k: int | None = None


class DraftIn(BaseModel):
    text: str
    name: str = "draft.md"  # its file name says its format


def create_app(
    index_dir: Path, token: str | None = None, jobs_dir: Path | None = None,
    stance: str | None = None, hosts: frozenset[str] | None = LOOPBACK_NAMES,
) -> FastAPI:  # fmt: skip
    """The app over the index at ``index_dir`` (opened now: a missing or damaged index fails
    here, not at the first request). ``hosts``: the Host names it answers to (loopback by
    default; None for any, on a server that requires a token)."""
    desk = Desk(index_dir, stance=stance)
    jobs = Jobs(jobs_dir or _jobs_dir(desk.index_dir), desk)
    app = FastAPI(
        title="factcheck", description="Check claims against your archive, cited as file:line.",
        docs_url=None, redoc_url=None,  # the CDN-free /docs below replaces Swagger UI
    )  # fmt: skip
    app.add_middleware(Guard, token=token, hosts=hosts, max_body=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    pages = Jinja2Templates(directory=HERE / "templates")
    # the HTML report's symbols (and colours, in style.css): a status reads without colour
    marks = {status.value: symbol for status, (_, symbol, _) in STYLE.items()}
    pages.env.globals["MARKS"] = {**marks, "not_enough_evidence": marks["no source found"]}
    app.state.desk, app.state.jobs = desk, jobs

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        # the header's counts and build time are in the manifest: no size walk or COUNT(*)
        # on every page (the home page asks for the full index.info())
        context.setdefault("manifest", desk.current().manifest)
        return pages.TemplateResponse(request, template, context, status_code=status)

    @app.exception_handler(FactcheckError)
    async def _refused(request: Request, exc: FactcheckError) -> Any:  # noqa: ANN401
        status = 413 if isinstance(exc, _TooLarge) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=status)
        return page(request, "error.html", status=status, message=str(exc))

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Any:  # noqa: ANN401
        return JSONResponse({"error": exc.detail}, status_code=413)

    @app.exception_handler(Exception)
    async def _failed(request: Request, exc: Exception) -> Any:  # noqa: ANN401
        # a bug: its traceback goes to the server's log, never into the page
        logging.getLogger("factcheck.web").error(
            "%s %s failed", request.method, request.url.path, exc_info=exc
        )
        message = f"the server failed on this request ({type(exc).__name__}); it is logged"
        return JSONResponse({"error": message}, status_code=500)

    _api(app, desk)
    _api_jobs(app, desk, jobs)
    _pages(app, desk, page)
    _review_pages(app, desk, page)
    _batch_pages(app, desk, jobs, page)
    return app


def _api(app: FastAPI, desk: Desk) -> None:
    """The JSON API of verify, search, trace and review."""

    # ---- JSON API ------------------------------------------------------------------------
    @app.get("/api/search", tags=["api"])
    def api_search(q: str, k: int = 10, mode: str = "hybrid") -> dict:
        """Passages closest to ``q``, fused from FAISS and BM25 (as ``factcheck search``)."""
        with desk.index() as index:
            return index.search(q, k=k, mode=mode).model_dump(mode="json")

    @app.post("/api/verify", tags=["api"])
    def api_verify(body: ClaimIn) -> dict:
        """A verdict with its evidence, checklist and reasons (as ``factcheck verify --json``)."""
        with desk.verifier() as verifier:
            return verifier.verify(body.claim).model_dump(mode="json")

    @app.post("/api/trace", tags=["api"])
    def api_trace(body: ClaimIn) -> dict:
        """Every document that carries the claim, the timeline, sources and copies."""
        with desk.tracer() as tracer:
            return tracer.trace(body.claim).model_dump(mode="json")

    @app.post("/api/review", tags=["api"])
    def api_review(body: DraftIn) -> dict:
        """Review a draft given as text (``name`` says its format: .md, .txt, .html)."""
        report = _review(desk, _text(body.name), _utf8(body.text))
        return report.model_dump(mode="json")

    @app.post("/api/review/upload", tags=["api"])
    async def api_review_upload(file: Annotated[UploadFile, File()]) -> dict:
        """Review an uploaded draft (.md, .txt, .html, .docx)."""
        data = await _read_upload(file)
        report = await _in_worker(_review, desk, file.filename or "draft.txt", data)
        return report.model_dump(mode="json")


def _api_jobs(app: FastAPI, desk: Desk, jobs: Jobs) -> None:
    """The JSON API of batch jobs and of what is indexed."""

    @app.post("/api/jobs", tags=["api"])
    async def api_create_job(file: Annotated[UploadFile, File()]) -> dict:
        """Start checking a claims file (CSV, JSONL or text) in the background."""
        data = await _read_upload(file)
        return job_json(await _in_worker(jobs.create, file.filename or "claims.csv", data))

    @app.get("/api/jobs", tags=["api"])
    def api_jobs() -> list[dict]:
        return [job_json(j) for j in jobs.all()]

    @app.get("/api/jobs/{job_id}", tags=["api"])
    def api_job(job_id: str) -> dict:
        """A job's state and progress (rows checked of about how many)."""
        return job_json(jobs.get(job_id))

    @app.post("/api/jobs/{job_id}/cancel", tags=["api"])
    def api_cancel_job(job_id: str) -> dict:
        """Stop a queued or running job; the rows it checked stay in its results."""
        return job_json(jobs.cancel(job_id))

    @app.get("/api/jobs/{job_id}/results", tags=["api"])
    def api_job_results(job_id: str, format: str = "csv") -> FileResponse:  # noqa: A002
        """The results so far, as the CLI's batch writes them (csv or jsonl)."""
        path = jobs.results(job_id, format)
        name = f"{Path(jobs.get(job_id).name).stem}-results.{format}"
        return FileResponse(path, filename=name)

    @app.get("/api/documents", tags=["api"])
    def api_documents() -> dict:
        """What is indexed: counts, model, when, and every document."""
        with desk.index() as index:
            info = index.info().model_dump(mode="json")
            return {**info, "documents_list": _catalogue(index)}

    @app.get("/api/document", tags=["api"])
    def api_document(path: str) -> dict:
        """A document's sentences as the index holds them, with their lines."""
        with desk.index() as index:
            return _document(index, path)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


def _pages(app: FastAPI, desk: Desk, page: Callable[..., HTMLResponse]) -> None:
    """The pages of one claim or query, and the API documentation."""

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html", schema=app.openapi())

    # ---- pages ---------------------------------------------------------------------------
    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        with desk.index() as index:
            undated, info = _undated(index), index.info()
        return page(request, "home.html", undated=undated, info=info)

    @app.get("/verify", include_in_schema=False, response_class=HTMLResponse)
    def verify_page(request: Request, claim: str = "") -> HTMLResponse:
        result = None
        if claim.strip():
            with desk.verifier() as verifier:
                result = verifier.verify(claim)
        return page(request, "verify.html", claim=claim, result=result)

    @app.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", k: int = 10) -> HTMLResponse:
        result = None
        if q.strip():
            with desk.index() as index:
                result = index.search(q, k=k)
        return page(request, "search.html", q=q, result=result)

    @app.get("/trace", include_in_schema=False, response_class=HTMLResponse)
    def trace_page(request: Request, claim: str = "") -> HTMLResponse:
        result = None
        if claim.strip():
            with desk.tracer() as tracer:
                result = tracer.trace(claim)
        return page(request, "trace.html", claim=claim, result=result)


def _review_pages(app: FastAPI, desk: Desk, page: Callable[..., HTMLResponse]) -> None:
    """Reviewing a draft in the browser, and exporting the report."""
    reviews: OrderedDict[str, ReviewReport] = OrderedDict()

    @app.get("/review", include_in_schema=False, response_class=HTMLResponse)
    def review_form(request: Request) -> HTMLResponse:
        return page(request, "review_form.html")

    @app.post("/review", include_in_schema=False, response_class=HTMLResponse)
    async def review_page(
        request: Request, text: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
    ) -> HTMLResponse:  # fmt: skip
        if file is not None and file.filename:
            name, data = file.filename, await _read_upload(file)
        elif text.strip():
            name, data = "draft.md", _utf8(text)
        else:
            raise InputError("paste a draft or choose a file to review")
        report = await _in_worker(_review, desk, name, data)
        rid = _keep(reviews, report)
        return page(
            request, "review.html", report=report, rid=rid, lines=_draft_lines(name, data, report),
            name=name,
        )  # fmt: skip

    @app.get("/review/{rid}/export", include_in_schema=False)
    def review_export(rid: str, format: str = "html") -> Any:  # noqa: A002, ANN401
        report = reviews.get(rid)
        if report is None:
            raise InputError("that review is no longer kept; review the draft again")
        if format == "json":
            return JSONResponse(report.model_dump(mode="json"), headers=_attachment("json"))
        if format == "md":
            body = render_markdown(report)
            return HTMLResponse(body, media_type="text/markdown", headers=_attachment("md"))
        if format == "html":
            return HTMLResponse(render_html(report), headers=_attachment("html"))
        raise InputError(f"unknown format {format!r}; use html, md or json")


def _batch_pages(app: FastAPI, desk: Desk, jobs: Jobs, page: Callable[..., HTMLResponse]) -> None:
    """Checking a claims file, and the archive."""

    @app.get("/batch", include_in_schema=False, response_class=HTMLResponse)
    def batch_page(request: Request) -> HTMLResponse:
        return page(request, "batch.html", jobs=jobs.all())

    @app.post("/batch", include_in_schema=False)
    async def batch_upload(file: Annotated[UploadFile, File()]) -> RedirectResponse:
        data = await _read_upload(file)
        job = await _in_worker(jobs.create, file.filename or "claims.csv", data)
        return RedirectResponse(f"/batch/{job.id}", status_code=303)

    @app.post("/batch/{job_id}/cancel", include_in_schema=False)
    async def job_cancel(job_id: str) -> RedirectResponse:
        await _in_worker(jobs.cancel, job_id)  # waits for a running job to stop
        return RedirectResponse(f"/batch/{job_id}", status_code=303)

    @app.get("/batch/{job_id}", include_in_schema=False, response_class=HTMLResponse)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        return page(request, "job.html", job=jobs.get(job_id))

    @app.get("/documents", include_in_schema=False, response_class=HTMLResponse)
    def documents_page(request: Request) -> HTMLResponse:
        with desk.index() as index:
            catalogue = _catalogue(index)
        return page(request, "documents.html", documents=catalogue)

    @app.get("/document", include_in_schema=False, response_class=HTMLResponse)
    def document_page(request: Request, path: str, line: int = 0) -> HTMLResponse:
        with desk.index() as index:
            document = _document(index, path)
        return page(request, "document.html", document=document, line=line)


def _jobs_dir(index_dir: Path) -> Path:
    """Jobs beside the index, never inside it (``index`` owns that folder)."""
    return index_dir.resolve().parent / f".{index_dir.resolve().name}-jobs"


async def _read_upload(file: UploadFile) -> bytes:
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise _TooLarge(file.filename or "the upload")
    return data


class _TooLarge(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name}: over the {MAX_UPLOAD_BYTES // 2**20} MiB upload limit; split the file"
        )


_WORKERS = threading.BoundedSemaphore(WORKERS)


async def _in_worker(fn: Callable[..., Any], *args: Any) -> Any:  # noqa: ANN401
    """Blocking work (a review, reading an uploaded claims file) in a worker thread, at most
    WORKERS at once (the others wait in their threads), so the event loop keeps answering
    pages and the API meanwhile."""

    def bounded() -> Any:  # noqa: ANN401
        with _WORKERS:
            return fn(*args)

    return await run_in_threadpool(bounded)


def _text(text: str) -> str:
    """Text from a request that is valid Unicode (a lone surrogate is refused with 400)."""
    _utf8(text)
    return text


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            "the text is not valid Unicode (it holds a lone surrogate); send UTF-8 text"
        ) from None


def _review(desk: Desk, name: str, data: bytes) -> ReviewReport:
    """review_bytes refuses what is not a draft (a PDF, an unknown type) with the CLI's words."""
    with desk.verifier() as verifier:
        return review_bytes(verifier, Path(name).name, data)


def _keep(reviews: OrderedDict[str, ReviewReport], report: ReviewReport) -> str:
    import uuid

    rid = uuid.uuid4().hex
    reviews[rid] = report
    while len(reviews) > REVIEWS_KEPT:
        reviews.popitem(last=False)
    return rid


def _attachment(kind: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="review.{kind}"'}


def _draft_lines(name: str, data: bytes, report: ReviewReport) -> list[str]:
    """The draft as written, line by line, for the page; a .docx (no lines of text) by its
    paragraphs, from the review's own sentences rather than parsed a second time."""
    if name.lower().endswith(".docx"):
        lines: dict[int, str] = {}
        for item in report.items:
            lines[item.line] = (lines.get(item.line, "") + " " + item.text).strip()
        return [lines.get(i, "") for i in range(1, max(lines, default=0) + 1)]
    from ..ingest.decode import decode

    return decode(data, name).split("\n")


def _catalogue(index: Any) -> list[dict]:  # noqa: ANN401 - Index
    """Every document with the date it goes by and how that date was found."""
    from ..ingest.published import publication_date

    dated = {p: publication_date(dates)[0] for p, dates in index.store.all_dates()}
    return [
        {
            "path": p, "title": t, "format": f, "sentences": n,
            "date": dated[p].shown if dated.get(p) else None,
            "date_how": dated[p].how if dated.get(p) else "no date found (file time used)",
        }
        for p, t, f, n in index.store.catalogue()
    ]  # fmt: skip


def _undated(index: Any) -> list[str]:  # noqa: ANN401 - Index
    from ..ingest.published import publication_date

    return [p for p, dates in index.store.all_dates() if publication_date(dates)[0] is None]


def _document(index: Any, path: str) -> dict:  # noqa: ANN401 - Index
    """A document of the index by its indexed path; any other path is refused (the view
    never reads the file system, so no path can lead out of the archive)."""
    known = index.store.document_dates([path])
    if path not in known:
        raise InputError(f"{path!r} is not a document of this index")
    doc = known[path]
    return {
        "path": path, "title": doc.title,
        "sentences": [
            {"text": text, "line": line, "end_line": end}
            for text, line, end, _ in index.store.lines(doc.id)
        ],
    }  # fmt: skip
