"""Interface: the HTTP service against clients that misbehave, over real sockets on loopback.

One service with small limits and 1 s timeouts runs for the module; every socket has a
timeout and every loop a bound, so a regression fails instead of hanging.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi", reason="the service needs the serve extra: pip install 'newsbrief[serve]'")
pytest.importorskip("uvicorn", reason="the service needs the serve extra: pip install 'newsbrief[serve]'")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsbrief.cli import main  # noqa: E402
from newsbrief.service import ServiceLimits  # noqa: E402
from newsbrief.service.local import NotStarted, serve_locally  # noqa: E402

MAX_BODY = 200_000
TIMEOUT = 1.0  # header and body timeouts of the service under test
SLACK = 3.0  # what a loaded test machine may add to a timeout before a test calls it a hang

JSON = {"Content-Type": "application/json"}
TEXT = "Police in Dunmere said on Tuesday that two people were hurt when the Fenwick footbridge fell into the river."


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    try:
        with serve_locally("--workers", "1", "--max-body-bytes", str(MAX_BODY),
                           "--header-timeout-seconds", str(TIMEOUT), "--body-timeout-seconds", str(TIMEOUT)) as base:
            yield base
    except NotStarted as error:
        pytest.fail(str(error))


def _address(url: str) -> tuple[str, int]:
    parts = urllib.parse.urlsplit(url)
    return parts.hostname, parts.port


def _request(url: str, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(*_address(url), timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def _post(url: str, body: bytes, headers: dict[str, str] | None = None, query: str = ""):
    return _request(url, "POST", "/v1/brief" + query, body, JSON if headers is None else headers)


def _error(result: tuple[int, dict[str, str], bytes]) -> dict:
    _, headers, body = result
    assert headers["content-type"].startswith("application/json")
    data = json.loads(body)
    assert set(data) == {"error", "detail"} and data["error"]
    return data


def _until_closed(sock: socket.socket, seconds: float) -> tuple[bytes, float | None]:
    """Everything the server sends until it closes the connection, and when it closed
    (seconds from now; None if it was still open after ``seconds``)."""
    start = time.monotonic()
    received = b""
    while time.monotonic() - start < seconds:
        sock.settimeout(max(0.01, seconds - (time.monotonic() - start)))
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        except ConnectionResetError:
            return received, time.monotonic() - start
        if not chunk:
            return received, time.monotonic() - start
        received += chunk
    return received, None


def _parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


# Early answers reach a client that writes its whole body first


def test_oversized_body_from_a_closing_client_that_writes_it_all_first_gets_the_413(url: str) -> None:
    body = json.dumps({"articles": [{"text": "x" * 8_000_000}]}).encode()  # more than the socket buffers hold
    for _ in range(3):
        request = urllib.request.Request(url + "/v1/brief", data=body, headers={**JSON, "Connection": "close"})
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request, timeout=60)
        assert answer.value.code == 413
        assert json.loads(answer.value.read())["error"] == "request too large"


def test_oversized_chunked_body_from_a_closing_client_gets_the_413(url: str) -> None:
    chunk = b"x" * 65536
    head = (b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    with socket.create_connection(_address(url), timeout=30) as sock:
        sock.sendall(head + (b"%x\r\n%s\r\n" % (len(chunk), chunk)) * 60 + b"0\r\n\r\n")
        received, closed = _until_closed(sock, 30)
    status, headers, body = _parse(received)
    assert status == 413 and json.loads(body)["error"] == "request too large"
    assert closed is not None


def test_an_endless_body_is_read_away_only_up_to_the_drain_limit(url: str) -> None:
    """A client that declares a huge body and keeps sending is cut off after about
    max_drain_bytes, with the 413 already sent."""
    limit = ServiceLimits().max_drain_bytes
    head = (b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\nConnection: close\r\n\r\n")
    sent = 0
    with socket.create_connection(_address(url), timeout=10) as sock:
        sock.sendall(head)
        with pytest.raises(OSError):  # reset or broken pipe once the server has closed
            while sent < 10 * limit:
                sock.sendall(b"x" * 262144)
                sent += 262144
    assert limit <= sent < 10 * limit


# Stalled clients are cut off


def test_stalled_headers_are_closed_after_the_header_timeout(url: str) -> None:
    with socket.create_connection(_address(url), timeout=10) as sock:
        sock.sendall(b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-")
        received, closed = _until_closed(sock, TIMEOUT + SLACK)
    assert closed is not None and closed >= TIMEOUT * 0.8 and received == b""


def test_headers_sent_a_byte_at_a_time_are_closed_after_the_header_timeout(url: str) -> None:
    start = time.monotonic()
    with socket.create_connection(_address(url), timeout=10) as sock:
        request = b"GET /healthz HTTP/1.1\r\nHost: test\r\nX-Padding: " + b"a" * 1000
        try:
            for byte in request:
                sock.sendall(bytes([byte]))
                time.sleep(0.05)
                if time.monotonic() - start > TIMEOUT + SLACK:
                    break
        except OSError:
            pass
        _, closed = _until_closed(sock, TIMEOUT + SLACK)
    assert closed is not None and time.monotonic() - start < TIMEOUT + 2 * SLACK


def test_a_connection_that_sends_nothing_is_closed(url: str) -> None:
    with socket.create_connection(_address(url), timeout=10) as sock:
        _, closed = _until_closed(sock, TIMEOUT + SLACK)
    assert closed is not None


def test_stalled_body_gets_408_and_is_closed(url: str) -> None:
    with socket.create_connection(_address(url), timeout=10) as sock:
        sock.sendall(b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{\"articles\": [")
        received, closed = _until_closed(sock, 2 * TIMEOUT + SLACK)
    status, headers, body = _parse(received)
    assert status == 408 and json.loads(body)["error"] == "request timeout"
    assert headers["connection"] == "close" and headers["x-content-type-options"] == "nosniff"
    assert closed is not None


def test_a_trickling_body_gets_408_when_the_request_time_is_up() -> None:
    """A byte every 0.2 s never stalls for the body timeout, but the whole body must be
    there within the request's time limit."""
    with serve_locally("--workers", "1", "--timeout-seconds", "1.5", "--body-timeout-seconds", "1") as base:
        start = time.monotonic()
        with socket.create_connection(_address(base), timeout=10) as sock:
            sock.sendall(b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 1000\r\n\r\n")
            try:
                while time.monotonic() - start < 1.5 + SLACK:
                    sock.sendall(b" ")
                    time.sleep(0.2)
                    sock.setblocking(False)
                    try:
                        if sock.recv(1, socket.MSG_PEEK):
                            break
                    except BlockingIOError:
                        pass
                    finally:
                        sock.setblocking(True)
                        sock.settimeout(10)
            except OSError:
                pass
            received, closed = _until_closed(sock, 2 + SLACK)
    status, _, body = _parse(received)
    assert status == 408 and "within 1.5 s" in json.loads(body)["detail"]
    assert closed is not None and time.monotonic() - start < 1.5 + 2 * SLACK


def test_stalled_body_after_an_early_answer_is_closed(url: str) -> None:
    """The 415 is sent before the body is read; a client that then stops sending the rest
    of it is closed after the body timeout instead of holding the connection."""
    for connection in ("close", "keep-alive"):
        with socket.create_connection(_address(url), timeout=10) as sock:
            sock.sendall(b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\n"
                         b"Connection: " + connection.encode() + b"\r\nContent-Length: 100000\r\n\r\nsome text")
            received, closed = _until_closed(sock, TIMEOUT + SLACK)
        assert _parse(received)[0] == 415
        assert closed is not None


def _still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)


def _idle_connections(url: str, count: int) -> list[socket.socket]:
    """``count`` connections: half send nothing, half part of a request and stall."""
    idle = [socket.create_connection(_address(url), timeout=10) for _ in range(count)]
    for sock in idle[1::2]:
        sock.sendall(b"POST /v1/brief HTTP/1.1\r\nHost: test\r\nContent-Length: 500\r\n\r\n{")
    return idle


def test_fifty_idle_connections_do_not_block_a_normal_request(service_url: str) -> None:
    """On the session's service (10 s header timeout): a request is answered while fifty
    idle connections are all still open."""
    story = json.dumps({"articles": [{"text": TEXT}, {"text": TEXT}], "words": 20}).encode()
    assert _post(service_url, story)[0] == 200  # the workers are warm
    idle = _idle_connections(service_url, 50)
    try:
        status, _, body = _post(service_url, story)
        assert status == 200 and json.loads(body)["summary"]
        assert _request(service_url, "GET", "/healthz")[0] == 200
        assert sum(map(_still_open, idle)) >= 45  # answered while they waited, not after they were cut
    finally:
        for sock in idle:
            sock.close()


def test_fifty_idle_connections_are_all_closed_by_the_timeouts(url: str) -> None:
    idle = _idle_connections(url, 50)
    try:
        deadline = time.monotonic() + 2 * TIMEOUT + SLACK
        for sock in idle:
            _, closed = _until_closed(sock, max(0.1, deadline - time.monotonic()))
            assert closed is not None, "an idle connection outlived the timeouts"
        assert _request(url, "GET", "/healthz")[0] == 200
    finally:
        for sock in idle:
            sock.close()


def test_bytes_that_are_not_http_get_a_json_400(url: str) -> None:
    with socket.create_connection(_address(url), timeout=10) as sock:
        sock.sendall(b"HELLO THERE\x00\r\n\r\n")
        received, closed = _until_closed(sock, SLACK)
    status, headers, body = _parse(received)
    assert status == 400 and json.loads(body)["error"] == "bad request"
    assert headers["x-content-type-options"] == "nosniff" and closed is not None


# Security headers on every answer


def test_security_headers_on_every_answer(url: str) -> None:
    story = json.dumps({"articles": [{"text": TEXT}, {"text": TEXT}], "words": 20}).encode()
    answers = {
        "page": _request(url, "GET", "/"),
        "health": _request(url, "GET", "/healthz"),
        "brief": _post(url, story),
        "html brief": _post(url, story, query="?format=html"),
        "not found": _request(url, "GET", "/nothing"),
        "too large": _post(url, b"x" * (MAX_BODY + 1)),
        "wrong type": _post(url, story, {"Content-Type": "text/plain"}),
        "malformed": _post(url, b"{"),
        "invalid": _post(url, b'{"articles": []}'),
    }
    for name, (status, headers, _) in answers.items():
        assert headers.get("x-content-type-options") == "nosniff", name
        assert headers.get("referrer-policy") == "no-referrer", name
        assert "frame-ancestors 'none'" in headers.get("content-security-policy", ""), name
    for name in ("page", "html brief"):
        status, headers, _ = answers[name]
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in headers["content-security-policy"]
    assert "connect-src 'self'" in answers["page"][1]["content-security-policy"]
    assert [answers[n][0] for n in ("too large", "wrong type", "malformed", "invalid")] == [413, 415, 400, 422]


# The content type and the body: one exact error each, never a 500


@pytest.mark.parametrize("content_type", [
    "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None,
    "application/json; charset=latin-1", "application/jsonp", "text/json",
])
def test_a_body_that_is_not_sent_as_json_is_415(url: str, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    result = _post(url, json.dumps({"articles": [{"text": TEXT}]}).encode(), headers)
    assert result[0] == 415 and _error(result)["error"] == "unsupported media type"


@pytest.mark.parametrize("content_type", [
    "application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
    "application/vnd.newsbrief+json",
])
def test_json_media_types_are_accepted(url: str, content_type: str) -> None:
    body = json.dumps({"articles": [{"text": TEXT}], "words": 20}).encode()
    assert _post(url, body, {"Content-Type": content_type})[0] == 200


def test_deep_nesting_is_400_nested_too_deeply(url: str) -> None:
    for body in (b"[" * 10_000 + b"]" * 10_000, b'{"articles": ' + b'{"a": ' * 10_000 + b"1" + b"}" * 10_001):
        result = _post(url, body)
        assert result[0] == 400 and "nested too deeply" in _error(result)["detail"]


def test_a_five_thousand_digit_number_is_422_out_of_range(url: str) -> None:
    result = _post(url, b'{"articles": [{"text": "A sentence."}], "words": ' + b"9" * 5000 + b"}")
    assert result[0] == 422
    detail = _error(result)["detail"]
    assert any(item["at"] == "words" and "out of range" in item["problem"] for item in detail), detail


@pytest.mark.parametrize("body, says", [
    (b'{"articles": [{"text": "caf\xe9"}]}', "not UTF-8: byte 27"),
    (b'{"articles": [{"text": "x"},]}', "not valid JSON"),
    (b'{"articles": [{"text": "x"}]} trailing', "line 1, column 31"),
    (b"", "empty"),
])
def test_each_malformed_body_says_what_is_wrong(url: str, body: bytes, says: str) -> None:
    result = _post(url, body)
    assert result[0] == 400
    error = _error(result)
    assert error["error"] == "malformed JSON" and says in error["detail"], error


def test_lone_surrogates_are_replaced_with_a_warning(url: str) -> None:
    body = ('{"articles": [{"text": "%s \\ud800 And more.", "source": "Wire \\udfff"}, {"text": "%s"}], "words": 30}'
            % (TEXT, TEXT)).encode()
    for query in ("", "?format=html"):
        status, _, answer = _post(url, body, query=query)
        assert status == 200
        assert "\ufffd" in answer.decode("utf-8")
    data = json.loads(_post(url, body)[2])
    assert data["articles"][0]["source"] == "Wire \ufffd"
    assert any("surrogate" in warning for warning in data["warnings"])


# Flags and limits


def test_timeouts_must_be_positive(capsys) -> None:
    with pytest.raises(ValueError):
        ServiceLimits(header_timeout_seconds=0)
    with pytest.raises(SystemExit) as refused:
        main(["serve", "--body-timeout-seconds", "-1"])
    assert refused.value.code == 2
    assert "--body-timeout-seconds: must be more than 0" in capsys.readouterr().err


# Fuzz: whatever a client sends, the answer is never a 500, and every error is JSON


def _check_answer(result: tuple[int, dict[str, str], bytes]) -> None:
    status, headers, body = result
    assert status != 500 and status < 600, body
    if status != 200:
        assert "error" in _error(result)


_CHARS = st.one_of(st.characters(), st.characters(categories=["Cs"]))  # lone surrogates too
_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                       st.text(_CHARS, max_size=40))


FUZZ = settings(max_examples=50, deadline=None)


@FUZZ
@given(body=st.binary(max_size=2000))
def test_fuzz_random_bytes(url: str, body: bytes) -> None:
    _check_answer(_post(url, body))


@FUZZ
@given(texts=st.lists(st.text(_CHARS, min_size=1, max_size=300),
                      min_size=1, max_size=4),
       source=st.text(_CHARS, max_size=20),
       words=st.one_of(st.integers(1, 300), st.integers(1, 300), st.integers(-5, 2000), _json_leaf),
       html=st.booleans())
def test_fuzz_unicode_with_surrogates(url: str, texts: list[str], source: str, words: object, html: bool) -> None:
    payload = {"articles": [{"text": text, "source": source, "title": text[:10]} for text in texts], "words": words}
    body = json.dumps(payload, ensure_ascii=True).encode()  # \ud800 escapes, as a JSON client sends them
    _check_answer(_post(url, body, query="?format=html" if html else ""))


@FUZZ
@given(depth=st.integers(1, 3000),
       pair=st.sampled_from([(b"[", b"]"), (b'{"a":', b"}"), (b'{"articles":[', b"]}"), (b'[{"text":[', b"]}]")]),
       leaf=st.sampled_from([b"1", b'"x"', b"", b"9" * 5000]), closed=st.booleans())
def test_fuzz_nesting(url: str, depth: int, pair: tuple[bytes, bytes], leaf: bytes, closed: bool) -> None:
    opener, closer = pair
    _check_answer(_post(url, opener * depth + leaf + (closer * depth if closed else b"")))
