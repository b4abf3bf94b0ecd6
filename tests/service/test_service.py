"""Interface: the HTTP service, started on loopback by the tests and used over real HTTP."""

from __future__ import annotations

import http.client
import json
import os
import signal
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.service import ServiceLimits



def call(url: str, method: str, path: str, body: bytes | None = None,
         headers: dict[str, str] | None = None, chunked: bool = False) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request on a fresh connection; (status, headers, body) whatever the status."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
    try:
        connection.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def post(url: str, payload: object, query: str = "") -> tuple[int, dict[str, str], bytes]:
    return call(url, "POST", "/v1/brief" + query, json.dumps(payload).encode(), {"Content-Type": "application/json"})


def error_of(status_body: tuple[int, dict[str, str], bytes]) -> dict:
    _, headers, body = status_body
    assert headers["content-type"].startswith("application/json")
    data = json.loads(body)
    assert set(data) == {"error", "detail"} and data["error"]
    return data


@pytest.fixture
def story(story_documents: list[str]) -> dict:
    return {"articles": [{"text": text, "source": f"Outlet {i}"} for i, text in enumerate(story_documents)],
            "words": 40}


def test_limits_are_frozen_with_public_defaults() -> None:
    limits = ServiceLimits()
    assert limits.max_articles == 1000 and limits.max_body_bytes > 0 and limits.workers >= 1
    with pytest.raises(AttributeError):
        limits.max_articles = 5  # type: ignore[misc]


def test_serve_without_the_extra_says_how_to_install_it(monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    assert main(["serve", "--port", "8999"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install 'newsbrief[serve]'" in err


def test_healthz_and_openapi(service_url: str) -> None:
    status, headers, body = call(service_url, "GET", "/healthz")
    assert status == 200 and json.loads(body)["status"] == "ok"
    assert json.loads(body)["version"]
    status, _, body = call(service_url, "GET", "/openapi.json")
    schema = json.loads(body)
    assert status == 200 and "/v1/brief" in schema["paths"]
    request = schema["components"]["schemas"]["BriefRequest"]
    assert {"articles", "words"} <= set(request["properties"])
    assert schema["components"]["schemas"]["ArticleIn"]["required"] == ["text"]


def test_brief_as_json_and_html(service_url: str, story: dict) -> None:
    status, headers, body = post(service_url, story)
    assert status == 200 and headers["content-type"].startswith("application/json")
    data = json.loads(body)
    assert data["summary"] and data["words"] <= 40 and data["article_count"] == 3
    assert [a["source"] for a in data["articles"]] == ["Outlet 0", "Outlet 1", "Outlet 2"]
    status, headers, body = post(service_url, story, "?format=html")
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert page.startswith("<!DOCTYPE html>") and '<section id="summary"' in page


def test_service_brief_equals_cli_brief(service_url: str, tmp_path: Path, shared_seed_cluster: Path) -> None:
    records = [{"text": p.read_text(encoding="utf-8")} for p in sorted(shared_seed_cluster.glob("*.txt"))]
    (tmp_path / "article.json").write_text(json.dumps(records), encoding="utf-8")
    out = tmp_path / "cli.json"
    assert main(["brief", str(tmp_path / "article.json"), "--words", "120", "--format", "json", "-o", str(out)]) == 0
    status, _, body = post(service_url, {"articles": records, "words": 120})
    assert status == 200
    served, local = json.loads(body), json.loads(out.read_text(encoding="utf-8"))
    for article in local["articles"]:
        article["path"] = None  # the one thing a file has that a request has not
    assert served == local


def test_page_has_a_form(service_url: str) -> None:
    status, headers, body = call(service_url, "GET", "/")
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert '<form id="brief-form"' in page and 'id="bulk"' in page and 'type="file"' in page
    assert "<script src" not in page and "http://" not in page and "https://" not in page


@pytest.mark.parametrize("body", [b"{not json", b"", b'{"articles": [', "\u00e9".encode("latin-1")])
def test_malformed_json_is_400(service_url: str, body: bytes) -> None:
    result = call(service_url, "POST", "/v1/brief", body, {"Content-Type": "application/json"})
    assert result[0] in (400, 422)
    assert error_of(result)["error"] in ("malformed JSON", "invalid request")


def test_malformed_json_names_the_problem(service_url: str) -> None:
    result = call(service_url, "POST", "/v1/brief", b"{not json", {"Content-Type": "application/json"})
    assert result[0] == 400 and error_of(result)["error"] == "malformed JSON"


@pytest.mark.parametrize("payload, where", [
    ({"articles": [{"text": 5}]}, "articles.0.text"),
    ({"articles": [{"title": "no text"}]}, "articles.0.text"),
    ({"articles": [{"text": "   \n "}]}, "articles.0.text"),
    ({"articles": []}, "articles"),
    ({"articles": "text"}, "articles"),
    ({"articles": [{"text": "A sentence."}], "words": "many"}, "words"),
    ({"articles": [{"text": "A sentence."}], "words": 0}, "words"),
    ([{"text": "a list, not an object"}], ""),
])
def test_wrong_types_are_422(service_url: str, payload: object, where: str) -> None:
    result = post(service_url, payload)
    assert result[0] == 422
    detail = error_of(result)["detail"]
    assert any(item["at"] == where for item in detail), detail


def test_summary_longer_than_the_limit_is_422(service_url: str, story: dict) -> None:
    result = post(service_url, {**story, "words": ServiceLimits().max_summary_words + 1})
    assert result[0] == 422 and "words" in error_of(result)["detail"]


def test_too_many_articles_is_413(service_url: str) -> None:
    result = post(service_url, {"articles": [{"text": "A short report."}] * 301})
    assert result[0] == 413 and error_of(result)["error"] == "too many articles"


def test_too_many_words_is_413(service_url: str) -> None:
    result = post(service_url, {"articles": [{"text": "word " * 100_001}, {"text": "word " * 100_001}]})
    assert result[0] == 413 and error_of(result)["error"] == "too many words"


def test_oversized_body_is_413_by_length_and_while_streaming(service_url: str) -> None:
    big = json.dumps({"articles": [{"text": "x" * 3_100_000}]}).encode()
    result = call(service_url, "POST", "/v1/brief", big, {"Content-Type": "application/json"})
    assert result[0] == 413 and error_of(result)["error"] == "request too large"
    chunks = (big[i:i + 65536] for i in range(0, len(big), 65536))  # no Content-Length: counted as it arrives
    result = call(service_url, "POST", "/v1/brief", chunks, {"Content-Type": "application/json"}, chunked=True)
    assert result[0] == 413 and error_of(result)["error"] == "request too large"


def test_unknown_path_is_json_404(service_url: str) -> None:
    result = call(service_url, "GET", "/v2/nothing")
    assert result[0] == 404 and error_of(result)
    assert call(service_url, "GET", "/docs")[0] == 404  # Swagger UI would load scripts from a CDN
    result = call(service_url, "GET", "/v1/brief")
    assert result[0] == 405 and error_of(result)["error"] == "method not allowed"


def test_eight_concurrent_requests_all_succeed(service_url: str, story: dict) -> None:
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: post(service_url, story), range(8)))
    assert [status for status, _, _ in results] == [200] * 8
    summaries = {json.loads(body)["summary_text"] for _, _, body in results}
    assert len(summaries) == 1


def _large_cluster(cluster_dir: Path, copies: int) -> dict:
    texts = [p.read_text(encoding="utf-8") for p in sorted(cluster_dir.glob("*.txt"))]
    return {"articles": [{"text": f"{text}\nReport number {i}."} for i in range(copies) for text in texts]}


def test_a_large_request_does_not_block_the_loop(service_url: str, cluster_dir: Path) -> None:
    """/healthz answers while a large brief is still being made in a worker."""
    done = threading.Event()
    outcome: list[int] = []

    def large() -> None:
        outcome.append(post(service_url, _large_cluster(cluster_dir, 140))[0])
        done.set()

    worker = threading.Thread(target=large)
    worker.start()
    try:
        answered_while_busy = 0
        while not done.is_set():
            status, _, body = call(service_url, "GET", "/healthz")
            assert status == 200
            if json.loads(body)["busy"] and not done.is_set():
                answered_while_busy += 1
                if answered_while_busy >= 3:
                    break
        assert answered_while_busy >= 3, "the loop only answered /healthz once the large brief was done"
    finally:
        worker.join()
    assert outcome == [200]


def test_request_over_its_time_limit_is_504(service_url: str, start_service, cluster_dir: Path) -> None:
    with start_service("--workers", "1", "--timeout-seconds", "0.05") as url:
        result = post(url, _large_cluster(cluster_dir, 60))
        assert result[0] == 504 and error_of(result)["error"] == "timeout"
        assert call(url, "GET", "/healthz")[0] == 200


def test_request_beyond_the_queue_is_503_and_the_queued_one_still_answers(
        start_service, cluster_dir: Path, story: dict) -> None:
    with start_service("--workers", "1", "--max-queue", "1") as url:
        outcome: list[int] = []
        first = threading.Thread(target=lambda: outcome.append(post(url, _large_cluster(cluster_dir, 60))[0]))
        first.start()
        try:
            while not json.loads(call(url, "GET", "/healthz")[2])["busy"]:
                assert first.is_alive(), "the large request ended before the test could see it queued"
                time.sleep(0.01)
            refused = post(url, story)
            assert refused[0] == 503 and error_of(refused)["error"] == "busy"
            assert refused[1]["retry-after"] == "1"
        finally:
            first.join()
        assert outcome == [200]
        assert post(url, story)[0] == 200  # the slot is free again


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<html><body><p>Fetched page text that must never be briefed.</p></body></html>")

    def log_message(self, *args) -> None:
        pass


def test_request_content_is_never_fetched_or_opened(service_url: str, tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret file says the launch codes are 0000 and nobody should ever read this.")
    try:
        target = f"http://127.0.0.1:{server.server_address[1]}/article"
        payload = {"articles": [
            {"text": target, "url": target, "title": "link only"},
            {"text": str(secret), "url": f"file://{secret}", "source": "path only"},
            {"text": "A storm brought down the Fenwick footbridge over the River Alde in Dunmere on Tuesday night."},
        ]}
        status, _, body = post(service_url, payload)
    finally:
        server.shutdown()
    assert status == 200
    assert _Recorder.hits == []
    text = body.decode()
    assert "launch codes" not in text and "Fetched page text" not in text


def _processes_started_by(port: int) -> list[int]:
    """Worker processes of the service listening on ``port`` (Linux /proc)."""
    procs = [p for p in Path("/proc").iterdir() if p.name.isdigit()]

    def cmdline(p: Path) -> str:
        try:
            return (p / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return ""

    def parent(p: Path) -> int:
        try:
            return int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            return -1

    servers = {int(p.name) for p in procs if f"serve --port {port} " in cmdline(p) + " "}
    return [int(p.name) for p in procs if parent(p) in servers and "spawn_main" in cmdline(p)]


def test_a_dead_worker_is_replaced(service_url: str, start_service, story: dict) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs Linux /proc to find the worker processes")
    with start_service("--workers", "1") as url:
        assert post(url, story)[0] == 200
        workers = _processes_started_by(urllib.parse.urlsplit(url).port)
        assert workers
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        first = post(url, story)
        assert first[0] in (200, 503)
        if first[0] == 503:
            assert error_of(first)["error"] == "busy"
        assert post(url, story)[0] == 200


def test_unknown_format_is_422(service_url: str, story: dict) -> None:
    result = post(service_url, story, "?format=pdf")
    assert result[0] == 422 and any(item["at"] == "format" for item in error_of(result)["detail"])
