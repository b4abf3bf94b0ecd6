"""Load on the HTTP service: N concurrent clients on loopback for a bounded time,
each posting 10-article clusters to /v1/brief and waiting for the answer. The
requests are distinct: every run of 10 consecutive articles of every DUC 2003,
2006 and 2007 cluster (174 requests), so no worker sees a text twice in a short run.

    .venv/bin/python benchmarks/service_load.py [--clients 8] [--seconds 30] [--url URL] [--workers N]

Without --url it starts ``newsbrief serve`` itself on a free port. Prints a table
(requests/s, p50, p99 and max latency, errors) and writes
benchmarks/results/service_load.json. Target: no errors, p99 under 2 s at 8 clients.
With a service it started, it also reports the CPU seconds the service (server and
workers) spent a request: unlike latency, that does not depend on what else the
machine is doing. Each client starts at a different request; only a run longer than
the 174 requests repeats them (a worker that has seen a sentence before skips its
spaCy analysis: the facts cache).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import statistics
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from newsbrief.ingest import Cluster, read_clusters
from newsbrief.service.local import serve_locally

from common import DUC2003, DUC2006, DUC2007_MAIN, print_table, results_path, write_results

DATASETS = (DUC2003, DUC2006, DUC2007_MAIN)


def payloads(paths: list[Path], articles: int, words: int, facts: bool) -> list[bytes]:
    """Request bodies: each run of ``articles`` consecutive articles of each cluster."""
    bodies = []
    for path in paths:
        for cluster in read_clusters(path):
            if not isinstance(cluster, Cluster):
                continue
            for start in range(0, len(cluster.articles) - articles + 1, articles):
                records = [
                    {"text": a.text, "id": a.id, **({"published": a.published.isoformat()} if a.published else {})}
                    for a in cluster.articles[start:start + articles]
                ]
                bodies.append(json.dumps({"articles": records, "words": words, "facts": facts}).encode())
    return bodies


def client(url: str, bodies: list[bytes], offset: int, until: float, latencies: list[float], errors: list[str]) -> None:
    """Post bodies one after another on one keep-alive connection until the time is up."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    n = offset
    while time.monotonic() < until:
        body = bodies[n % len(bodies)]
        n += 1
        start = time.perf_counter()
        try:
            connection.request("POST", "/v1/brief", body=body, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status}")
                continue
        except (OSError, http.client.HTTPException) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
            continue
        latencies.append(time.perf_counter() - start)
    connection.close()


def _stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rsplit(")", 1)[1].split()


def service_cpu_seconds() -> float | None:
    """CPU time used so far by this process's child processes and theirs (the service
    and its workers), from /proc; None where there is no /proc."""
    if not Path("/proc/self/stat").exists():
        return None
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents.setdefault(int(_stat(int(entry.name))[1]), []).append(int(entry.name))
            except (OSError, IndexError):
                continue
    total, todo = 0.0, list(parents.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        try:
            fields = _stat(pid)
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        todo.extend(parents.get(pid, []))
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] if ordered else float("nan")


def run(url: str, bodies: list[bytes], clients: int, seconds: float) -> dict:
    for body in bodies[: clients]:  # every worker has served once before the clock starts
        client(url, [body], 0, time.monotonic() + 0.001, [], [])
    latencies: list[float] = []
    errors: list[str] = []
    cpu_before = service_cpu_seconds()
    until = time.monotonic() + seconds
    started = time.perf_counter()
    spacing = max(1, len(bodies) // clients)
    threads = [threading.Thread(target=client, args=(url, bodies[clients:], i * spacing, until, latencies, errors))
               for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu_after = service_cpu_seconds()
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    return {
        "clients": clients,
        "seconds": round(wall, 2),
        "requests": len(latencies),
        "requests_per_second": round(len(latencies) / wall, 2),
        "p50_s": round(percentile(latencies, 0.50), 3),
        "p90_s": round(percentile(latencies, 0.90), 3),
        "p99_s": round(percentile(latencies, 0.99), 3),
        "max_s": round(max(latencies), 3) if latencies else None,
        "mean_s": round(statistics.fmean(latencies), 3) if latencies else None,
        "service_cpu_s_per_request": round(cpu / len(latencies), 3) if cpu and latencies else None,
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running service; default: start one on a free loopback port")
    parser.add_argument("--clients", type=int, nargs="+", default=[8], help="concurrent clients (several: one run each)")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=None, help="worker processes of the started service")
    parser.add_argument("--dataset", type=Path, nargs="+", default=list(DATASETS))
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--no-facts", action="store_true", help="summary only, no entities/disagreements/timeline/quotes")
    parser.add_argument("--out", type=Path, default=None,
                        help="default benchmarks/results/service_load.json (service_load-no-facts.json with --no-facts)")
    args = parser.parse_args()
    args.out = args.out or results_path(f"service_load{'-no-facts' if args.no_facts else ''}")

    load_before = round(os.getloadavg()[0], 2)  # other work on the machine shares its cores
    bodies = payloads(args.dataset, args.articles, args.words, not args.no_facts)
    options = ("--workers", str(args.workers)) if args.workers else ()
    server = contextlib.nullcontext(args.url) if args.url else serve_locally(*options)
    with server as url:
        with urllib.request.urlopen(url + "/healthz", timeout=30) as response:
            workers = json.loads(response.read())["workers"]
        results = [run(url, bodies, clients, args.seconds) for clients in args.clients]
    report = {
        "datasets": [path.name for path in args.dataset], "requests_available": len(bodies), "articles_per_request": args.articles,
        "words": args.words, "facts": not args.no_facts, "workers": workers, "cores": os.cpu_count(),
        "load_average_before": load_before, "load_average_after": round(os.getloadavg()[0], 2), "runs": results,
    }
    print(f"{', '.join(p.name for p in args.dataset)}: {len(bodies)} distinct requests of {args.articles} articles, {args.words} words, "
          f"facts {'on' if report['facts'] else 'off'}, {workers} workers on {os.cpu_count()} cores, "
          f"load average {load_before} before, {report['load_average_after']} after")
    print_table(("clients", "requests", "req/s", "p50 s", "p99 s", "max s", "errors", "service CPU s a request"),
                [(r["clients"], r["requests"], f"{r['requests_per_second']:.2f}", f"{r['p50_s']:.3f}", f"{r['p99_s']:.3f}",
                  f"{r['max_s']:.3f}", r["errors"],
                  "-" if r["service_cpu_s_per_request"] is None else f"{r['service_cpu_s_per_request']:.3f}")
                 for r in results])
    write_results(args.out, report)


if __name__ == "__main__":
    main()
