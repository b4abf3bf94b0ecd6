"""The HTTP service: POST /v1/brief, a web page at /, /healthz and the OpenAPI schema.

The event loop only reads, checks and answers; briefing runs in a pool of
worker processes, under the limits of one ``ServiceLimits``. Request content
is only ever text: no path is opened and no URL is fetched because of it.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from http import HTTPStatus
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from multiprocessing import get_context
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsbrief.version import __version__
from newsbrief.ingest.unicode import replace_surrogates
from newsbrief.config import Config, FactsConfig, ServiceLimits, declared, kind_of
from newsbrief.errors import Code, NewsbriefError
from newsbrief.service import work
from newsbrief.service.page import PAGE
from newsbrief.service.server import SECURITY_HEADERS

PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
            "frame-src 'self' about: data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""The web page's policy: its own inline code, fetches to this server only, never framed."""
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
              "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""An HTML brief's policy, as its own <meta> states it, and never framed by another site."""
OTHER_CSP = "default-src 'none'; frame-ancestors 'none'"
"""Everything else (JSON) loads nothing and is never framed."""


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


HTTP_STATUS = {
    Code.USAGE: 422,
    Code.NO_INPUT: 422,
    Code.BAD_INPUT: 400,
    Code.CONFIG: 422,
    Code.EXTRA_MISSING: 503,
    Code.MODEL_MISSING: 503,
    Code.TOOL_MISSING: 503,
    Code.UNREACHABLE: 503,
    Code.TIMEOUT: 504,
    Code.BUSY: 503,
}
"""The HTTP status of each error code: the service's one mapping."""


class _BriefRequestBase(BaseModel):
    """A cluster of articles about one story, and any summary setting to change."""

    articles: list[ArticleIn] = Field(min_length=1)

    def config(self) -> Config:
        """The request's settings as a Config: the defaults, with what it set."""
        settings = {item.name: getattr(self, item.name) for item in declared(Config) if item.metadata["request"]}
        return Config(**settings, facts=FactsConfig(enabled=self.facts))


def _request_fields() -> dict[str, Any]:
    """One request field per summary setting (except those naming server files),
    with the setting's default, description and range, plus ``facts``."""
    python = {"int": int, "float": float, "str": str, "bool": bool}
    found: dict[str, Any] = {}
    for item in declared(Config):
        meta = item.metadata
        if not meta["request"]:
            continue
        kind = Literal[meta["choices"]] if meta["choices"] else python[kind_of(item)]
        found[item.name] = (kind, Field(item.default, description=meta["doc"], ge=meta["low"], le=meta["high"],
                                        gt=meta["above"]))
    enabled = next(item for item in declared(FactsConfig) if item.name == "enabled")
    found["facts"] = (bool, Field(enabled.default, description=enabled.metadata["doc"]))
    return found


BriefRequest = create_model("BriefRequest", __base__=_BriefRequestBase, **_request_fields())


class ApiError(HTTPException):
    """An error answered as JSON ``{"error": ..., "detail": ...}``."""

    def __init__(self, status: int, error: str, detail: Any = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.error = error


class _ErrorResponse(JSONResponse):
    """JSON that can always be encoded: a lone surrogate a client sent becomes U+FFFD."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return replace_surrogates(text)[0].encode("utf-8")


def _error(status: int, error: str, detail: Any = None, headers: dict[str, str] | None = None) -> JSONResponse:
    extra = dict(SECURITY_HEADERS, **{"Content-Security-Policy": OTHER_CSP})
    if status == 503:  # a busy service tells clients when to come back (RFC 9110, Retry-After)
        extra["Retry-After"] = "1"
    return _ErrorResponse({"error": error, "detail": detail}, status_code=status, headers={**extra, **(headers or {})})


def _secured(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` with the security headers it lacks; the policy for HTML is the report's."""
    present = {name.lower() for name, _ in headers}
    added = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS
             if name.lower().encode() not in present]
    if b"content-security-policy" not in present:
        html = any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers)
        added.append((b"content-security-policy", (REPORT_CSP if html else OTHER_CSP).encode()))
    return [*headers, *added]


_CLOSE = {"Connection": "close"}


class RequestGuard:
    """ASGI middleware, around everything else of the app's: the security headers on every
    answer; 413 for a body larger than ``max_body_bytes``, judged by its Content-Length and
    again while it streams in (chunked or lying clients); 408 when the body stops arriving
    for ``body_timeout_seconds``, or is not all there ``timeout_seconds`` after the headers
    (or ``body_timeout_seconds``, if that is longer), so that a trickle cannot last forever."""

    def __init__(self, app: ASGIApp, limits: ServiceLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _secured(list(message.get("headers", ())))}
            await send(message)

        limits = self.limits
        too_large = f"the request body is larger than {limits.max_body_bytes:,} bytes"
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                if not value.isdigit():
                    await _error(400, "bad request", "Content-Length is not a number", _CLOSE)(scope, receive, secured)
                    return
                if int(value) > limits.max_body_bytes:
                    await _error(413, "request too large", too_large, _CLOSE)(scope, receive, secured)
                    return
        loop = asyncio.get_running_loop()
        body_seconds = max(limits.timeout_seconds, limits.body_timeout_seconds)
        complete_by = loop.time() + body_seconds
        received = 0
        body_done = False

        async def guarded() -> Message:
            nonlocal received, body_done
            if body_done:  # after the body, receive() only waits for a disconnect: no time limit
                return await receive()
            wait = min(limits.body_timeout_seconds, complete_by - loop.time())
            try:
                async with asyncio.timeout(max(wait, 0)):
                    message = await receive()
            except TimeoutError:
                raise ApiError(408, "request timeout",
                               f"the body stopped arriving for {limits.body_timeout_seconds:g} s"
                               if wait >= limits.body_timeout_seconds else
                               f"the body did not all arrive within {body_seconds:g} s", _CLOSE) from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_done = True
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limits.max_body_bytes:
                    raise ApiError(413, "request too large", too_large, _CLOSE)
            return message

        await self.app(scope, guarded, secured)


_MAX_DIGITS = 100
"""Integers longer than this are not converted (no request needs one, and converting a
5,000-digit number costs time): validation reports them as out of range."""


class _LongNumber:
    """A JSON integer of more than ``_MAX_DIGITS`` digits, kept unconverted."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))

    def __repr__(self) -> str:
        return f"<a number of {self.digits:,} digits>"


def _integer(digits: str) -> int | _LongNumber:
    return int(digits) if len(digits) <= _MAX_DIGITS else _LongNumber(digits)


def read_json(body: bytes) -> Any:
    """The request body as JSON, or an ApiError that names the problem exactly: not UTF-8
    (where), not JSON (where and why), nested too deeply. Lone surrogates (``"\\ud800"``) are
    read as they are; ingest replaces them by U+FFFD and says so in the brief's warnings."""
    if not body:
        raise ApiError(400, "malformed JSON", "the body is empty; send a JSON object")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(400, "malformed JSON", f"the body is not UTF-8: byte {error.start:,} "
                                              f"(0x{body[error.start]:02x}) {error.reason}") from None
    try:
        return json.loads(text.removeprefix("\ufeff"), parse_int=_integer)
    except json.JSONDecodeError as error:
        raise ApiError(400, "malformed JSON", f"the body is not valid JSON: {error.msg} at line {error.lineno}, "
                                              f"column {error.colno} (character {error.pos:,})") from None
    except RecursionError:
        raise ApiError(400, "malformed JSON", "the JSON is nested too deeply (arrays and objects "
                                              "inside each other hundreds of levels deep)") from None


def _json_media_type(value: str | None) -> str | None:
    """Why a Content-Type is not UTF-8 JSON, or None if it is (application/json or
    application/*+json, with no charset or charset UTF-8)."""
    if not value:
        return "the request has no Content-Type; send the body as application/json"
    media, _, parameters = value.partition(";")
    media = media.strip().lower()
    kind, _, subtype = media.partition("/")
    if kind != "application" or not (subtype == "json" or subtype.endswith("+json")):
        return f"the body is {media or 'of no media type'}; send it as application/json"
    for parameter in parameters.split(";"):
        name, _, charset = parameter.partition("=")
        if name.strip().lower() == "charset" and charset.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return f"the body is in {charset.strip()}; JSON is sent as UTF-8"
    return None


class _JsonRequest(Request):
    """A request whose ``json()`` is ``read_json``: FastAPI's own reading of the body says
    only "There was an error parsing the body" for most problems."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = read_json(await self.body())
        return self._json


class JsonBodyRoute(APIRoute):
    """A route that answers 415 to a body that is not JSON, before reading it, and reads
    JSON with ``read_json`` (FastAPI's documented way: a custom APIRoute and Request)."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handle = super().get_route_handler()

        async def checked(request: Request) -> Response:
            problem = _json_media_type(request.headers.get("content-type"))
            if problem:
                raise ApiError(415, "unsupported media type", problem, _CLOSE)
            request = _JsonRequest(request.scope, request.receive)
            await request.json()  # every body error is named here, before validation
            return await handle(request)

        return checked


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
        {"at": ".".join(str(part) for part in p.get("loc", ())[1:]),
         "problem": f"a number of {p['input'].digits:,} digits is out of range"
         if isinstance(p.get("input"), _LongNumber) else p.get("msg", "")}
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
    app.add_middleware(RequestGuard, limits=limits)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        return _error(*_validation_detail(error))

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, error: HTTPException) -> JSONResponse:
        if isinstance(error, ApiError):
            return _error(error.status_code, error.error, error.detail, error.headers)
        return _error(error.status_code, HTTPStatus(error.status_code).phrase.lower(), error.detail, error.headers)

    @app.exception_handler(Exception)
    async def _bug(_request: Request, error: Exception) -> JSONResponse:
        return _error(500, "internal error", f"{type(error).__name__}: {error}")

    @app.get("/healthz", summary="liveness and version")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "workers": limits.workers, "busy": state["pending"]}

    @app.get("/", response_class=HTMLResponse, summary="a page to paste or upload articles and read the brief")
    async def page() -> HTMLResponse:
        return HTMLResponse(PAGE, headers={"Content-Security-Policy": PAGE_CSP})

    briefs = APIRouter(route_class=JsonBodyRoute)

    @briefs.post(
        "/v1/brief",
        summary="brief a cluster of articles",
        response_description="the brief: JSON as `newsbrief brief --format json`, or the HTML report",
        responses={
            200: {"content": {"application/json": {}, "text/html": {}}},
            400: {"description": "malformed JSON: empty, not UTF-8, not JSON, nested too deeply"},
            408: {"description": "the body stopped arriving"},
            413: {"description": "body, article count or word count over the limit"},
            415: {"description": "the body is not sent as application/json"},
            422: {"description": "wrong types, empty text, words out of range"},
            503: {"description": "too many requests waiting"},
            504: {"description": "the time limit passed"},
        },
    )
    async def brief(request: BriefRequest,
                    fmt: Literal["json", "html"] = Query("json", alias="format")) -> Response:
        arrived = time.time()
        _check(request, limits)
        try:
            config = request.config()
        except NewsbriefError as error:
            raise ApiError(HTTP_STATUS[error.code], "invalid request", str(error)) from None
        if state["pending"] >= limits.max_queue:
            raise ApiError(503, "busy", f"{state['pending']} requests are waiting; try again shortly")
        records = [article.model_dump(exclude_none=True) for article in request.articles]
        deadline = arrived + limits.timeout_seconds
        state["pending"] += 1
        pool = state["pool"]
        try:
            future = pool.submit(work.run, records, config, fmt, deadline)
            body = await asyncio.wait_for(asyncio.wrap_future(future), limits.timeout_seconds + 5)
        except (asyncio.TimeoutError, work.Overtime):
            raise ApiError(504, "timeout", f"the brief took longer than {limits.timeout_seconds:g} s") from None
        except NewsbriefError as error:
            raise ApiError(HTTP_STATUS[error.code], f"error {error.code.value}", str(error)) from None
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

    app.include_router(briefs)
    return app
