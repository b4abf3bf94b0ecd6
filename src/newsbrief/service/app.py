"""The HTTP service: POST /v1/brief, a web page at /, /healthz and the OpenAPI schema.

The event loop only reads, checks and answers; briefing runs in a pool of
worker processes, under the limits of one ``ServiceLimits``. Request content
is only ever text: no path is opened and no URL is fetched because of it.
"""

from __future__ import annotations

import asyncio
import os
import time
from http import HTTPStatus
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from multiprocessing import get_context
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsbrief import __version__
from newsbrief.service import work
from newsbrief.service.limits import ServiceLimits
from newsbrief.service.page import PAGE


class ArticleIn(BaseModel):
    """One news report; only ``text`` is required. ``url`` is metadata: it is never fetched."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="the article's text (plain text)")
    title: str | None = None
    source: str | None = Field(None, description="the outlet, e.g. 'Reuters'")
    url: str | None = Field(None, description="where it was published; shown as a link, never fetched")
    published: str | None = Field(None, description="publication date, ISO 8601 preferred")
    id: str | None = Field(None, description="an id for attribution; default article-0, article-1, ...")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty")
        return text


class BriefRequest(BaseModel):
    """A cluster of articles about one story."""

    articles: list[ArticleIn] = Field(min_length=1)
    words: int = Field(150, ge=1, description="hard length limit of the summary in words")
    facts: bool = Field(True, description="entities, disagreements, timeline and quotes")


class ApiError(HTTPException):
    """An error answered as JSON ``{"error": ..., "detail": ...}``."""

    def __init__(self, status: int, error: str, detail: Any = None) -> None:
        super().__init__(status_code=status, detail=detail)
        self.error = error


def _error(status: int, error: str, detail: Any = None) -> JSONResponse:
    # A busy service tells clients when to come back (RFC 9110, Retry-After).
    headers = {"Retry-After": "1"} if status == 503 else None
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


class BodyLimit:
    """ASGI middleware: 413 for a body larger than ``max_bytes``, judged by its
    Content-Length and again while it streams in (chunked or lying clients)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = f"the request body is larger than {self.max_bytes:,} bytes"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                if not value.isdigit():
                    await _error(400, "bad request", "Content-Length is not a number")(scope, receive, send)
                    return
                if int(value) > self.max_bytes:
                    await _error(413, "request too large", too_large)(scope, receive, send)
                    return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise ApiError(413, "request too large", too_large)
            return message

        await self.app(scope, counted, send)


def _check(request: BriefRequest, limits: ServiceLimits) -> None:
    """The limits a schema cannot state, since they are set per deployment."""
    if len(request.articles) > limits.max_articles:
        raise ApiError(413, "too many articles", f"{len(request.articles)} articles; at most {limits.max_articles}")
    words = sum(len(article.text.split()) for article in request.articles)
    if words > limits.max_total_words:
        raise ApiError(413, "too many words", f"{words:,} words in all; at most {limits.max_total_words:,}")
    if request.words > limits.max_summary_words:
        raise ApiError(422, "invalid request",
                       f"words: {request.words} is more than the largest summary, {limits.max_summary_words}")


def _validation_detail(error: RequestValidationError) -> tuple[int, str, Any]:
    problems = error.errors()
    if any(p.get("type") == "json_invalid" for p in problems):
        where = problems[0].get("ctx", {}).get("error", "")
        return 400, "malformed JSON", f"the body is not valid JSON{': ' + str(where) if where else ''}"
    detail = [
        {"at": ".".join(str(part) for part in p.get("loc", ())[1:]), "problem": p.get("msg", "")}
        for p in problems
    ]
    return 422, "invalid request", detail


def create_app(limits: ServiceLimits | None = None) -> FastAPI:
    """The service's ASGI app, with its own worker pool started and stopped with it."""
    limits = limits or ServiceLimits()
    state: dict[str, Any] = {"pending": 0}

    def start_pool() -> None:
        """A new pool of warm workers (at start-up, and in place of a pool a dead worker broke)."""
        pool = ProcessPoolExecutor(max_workers=limits.workers, mp_context=get_context("spawn"),
                                   initializer=work.warm, initargs=(os.getpid(),))
        for _ in range(limits.workers):
            pool.submit(work.ready)
        state["pool"] = pool

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        start_pool()
        try:
            yield
        finally:
            state["pool"].shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Many news reports of one story in, one short sourced brief out. "
        "See docs/service.md for limits and errors.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; the schema itself is served
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        return _error(*_validation_detail(error))

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, error: HTTPException) -> JSONResponse:
        if isinstance(error, ApiError):
            return _error(error.status_code, error.error, error.detail)
        if error.status_code == 400:  # FastAPI's answer to a body it cannot decode
            return _error(400, "malformed JSON", "the body could not be read as UTF-8 JSON")
        return _error(error.status_code, HTTPStatus(error.status_code).phrase.lower(), error.detail)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/healthz", summary="liveness and version")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "workers": limits.workers, "busy": state["pending"]}

    @app.get("/", response_class=HTMLResponse, summary="a page to paste or upload articles and read the brief")
    async def page() -> HTMLResponse:
        return HTMLResponse(PAGE, headers={
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            "connect-src 'self'; frame-src 'self' about: data:; img-src data:"})

    @app.post(
        "/v1/brief",
        summary="brief a cluster of articles",
        response_description="the brief: JSON as `newsbrief brief --format json`, or the HTML report",
        responses={
            200: {"content": {"application/json": {}, "text/html": {}}},
            400: {"description": "malformed JSON"},
            413: {"description": "body, article count or word count over the limit"},
            422: {"description": "wrong types, empty text, words out of range"},
            503: {"description": "too many requests waiting"},
            504: {"description": "the time limit passed"},
        },
    )
    async def brief(request: BriefRequest,
                    fmt: Literal["json", "html"] = Query("json", alias="format")) -> Response:
        arrived = time.time()
        _check(request, limits)
        if state["pending"] >= limits.max_queue:
            raise ApiError(503, "busy", f"{state['pending']} requests are waiting; try again shortly")
        records = [article.model_dump(exclude_none=True) for article in request.articles]
        deadline = arrived + limits.timeout_seconds
        state["pending"] += 1
        pool = state["pool"]
        try:
            future = pool.submit(work.run, records, request.words, fmt, request.facts, deadline)
            body = await asyncio.wait_for(asyncio.wrap_future(future), limits.timeout_seconds + 5)
        except (asyncio.TimeoutError, work.Overtime):
            raise ApiError(504, "timeout", f"the brief took longer than {limits.timeout_seconds:g} s") from None
        except BrokenProcessPool:
            if state["pool"] is pool:  # the first request to see it replaces it
                pool.shutdown(wait=False, cancel_futures=True)
                start_pool()
            raise ApiError(503, "busy", "a worker process died; the workers are being restarted") from None
        except Exception as error:  # a worker's failure is the server's, never a traceback to the client
            raise ApiError(500, "internal error", f"{type(error).__name__}: {error}") from None
        finally:
            state["pending"] -= 1
        media = "text/html; charset=utf-8" if fmt == "html" else "application/json"
        return Response(body, media_type=media)

    return app
