"""Running the service on uvicorn, with the connection rules uvicorn's h11 protocol lacks.

uvicorn closes idle keep-alive connections, but it has no limit on how long a client may take
to send its headers, never closes a connection whose body stopped arriving after an early
answer, and closes at once after a ``Connection: close`` answer, so a client still writing its
body gets a reset instead of the answer. ``GuardedH11Protocol`` adds these three rules to the
h11 protocol; everything else (parsing, keep-alive, flow control) stays uvicorn's. The 408 for a
body that stalls while the app reads it is the app's (``app.RequestGuard``), since only the app
can answer in JSON.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from newsbrief.config import ServiceLimits

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
"""Headers every answer carries, errors included (a Content-Security-Policy, too: see app.py)."""


class _LingeringTransport:
    """The connection's transport, except that ``close()`` is the protocol's to decide:
    uvicorn calls it as soon as a ``Connection: close`` answer is written."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedH11Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def is_closing(self) -> bool:
        return self._protocol.draining or self._transport.is_closing()

    def close(self) -> None:
        self._protocol.close_after_answer()


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header timeout, a body timeout once the request is answered,
    and a lingering close: after an answer, an unread body is read and thrown away (at most
    ``max_drain_bytes``, while it keeps coming) before the connection is closed."""

    header_timeout: float = ServiceLimits.header_timeout_seconds
    body_timeout: float = ServiceLimits.body_timeout_seconds
    max_drain_bytes: int = ServiceLimits.max_drain_bytes

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.draining = False
        self._drained = 0
        self._raw: asyncio.Transport | None = None
        self._header_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._raw = transport
        super().connection_made(_LingeringTransport(transport, self))  # type: ignore[arg-type]
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.draining or (self.conn.our_state is h11.DONE and self.conn.their_state is h11.SEND_BODY):
            self._drained += len(data)  # the body of a request already answered
            if self._drained > self.max_drain_bytes:
                self._close_now()
                return
            if self.draining:
                self._arm_body_timer()
                return
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch()

    def close_after_answer(self) -> None:
        """Close now, or, if the client may still be writing its request, half-close (the
        answer is sent with a FIN) and read on until the client closes, goes quiet or has
        sent ``max_drain_bytes``: closing with unread bytes would make the kernel send a reset,
        and the client would lose the answer."""
        raw = self._raw
        assert raw is not None
        pending = self.conn.their_state in (h11.SEND_BODY, h11.ERROR)
        if self.draining or raw.is_closing() or not pending or not raw.can_write_eof():
            self._close_now()
            return
        self.draining = True
        self._drained = 0
        self._cancel_header_timer()
        raw.write_eof()
        raw.resume_reading()
        self._arm_body_timer()

    def send_400_response(self, msg: str) -> None:
        """The answer to bytes that are not HTTP/1.1, as JSON like every other error."""
        body = json.dumps({"error": "bad request", "detail": f"{msg} (not valid HTTP/1.1)"}).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body))),
                   ("Connection", "close"), *SECURITY_HEADERS]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()

    def _watch(self) -> None:
        """Arm or cancel the timers for the state the client's side of the connection is in."""
        if self._raw is None or self._raw.is_closing() or self.draining:
            return
        state = self.conn.their_state
        if state is h11.IDLE:
            self._drained = 0
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)
        else:
            self._cancel_header_timer()
        if state is h11.SEND_BODY:
            self._arm_body_timer()
        elif self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _arm_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
        self._body_timer = self.loop.call_later(self.body_timeout, self._body_late)

    def _headers_late(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE:
            self._close_now()

    def _body_late(self) -> None:
        self._body_timer = None
        if self.conn.their_state is not h11.SEND_BODY and not self.draining:
            return
        if self.draining or self.cycle is None or self.cycle.response_complete:
            self._close_now()
        else:  # the app is still reading the body: its own timeout answers 408
            self._arm_body_timer()

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _cancel_timers(self) -> None:
        self._cancel_header_timer()
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _close_now(self) -> None:
        self._cancel_timers()
        if self._raw is not None:
            self._raw.close()


def protocol_for(limits: ServiceLimits) -> type[GuardedH11Protocol]:
    """The protocol class uvicorn instantiates per connection, with ``limits``' timeouts
    (uvicorn takes a class, not an instance or a factory)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {
        "header_timeout": limits.header_timeout_seconds,
        "body_timeout": limits.body_timeout_seconds,
        "max_drain_bytes": limits.max_drain_bytes,
    })


def uvicorn_config(limits: ServiceLimits, host: str = "127.0.0.1", port: int = 8000, **options: Any):
    """A ``uvicorn.Config`` running the service's app under ``limits`` with the guarded protocol."""
    import uvicorn

    from newsbrief.service.app import create_app

    settings: dict[str, Any] = {"log_level": "warning", "timeout_keep_alive": 5, "timeout_graceful_shutdown": 10,
                                "server_header": False}
    return uvicorn.Config(create_app(limits), host=host, port=port, http=protocol_for(limits),
                          **{**settings, **options})


def serve(limits: ServiceLimits, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the service until interrupted (what ``newsbrief serve`` does)."""
    import uvicorn

    uvicorn.Server(uvicorn_config(limits, host, port)).run()
