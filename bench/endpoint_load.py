"""`make bench`'s endpoint figures: how long a client's ASK takes while two runaway queries run,
and with 1,000 idle connections held open. The endpoint's tests assert the behaviour (the ASK is
answered while both runaways still run); how fast it is answered is measured here, because tests
never assert time."""

from __future__ import annotations

import socket
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
ASK = "ASK { ?s ?p ?o }"


def _ask(url: str, query: str) -> tuple[int, float]:
    """Status and seconds of one GET of the SPARQL endpoint."""
    started = time.perf_counter()
    request = urllib.request.Request(f"{url}/sparql?{urllib.parse.urlencode({'query': query})}")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


def endpoint_load(store: Path, asks: int = 10, idle: int = 1000) -> dict[str, Any]:
    """ASK latencies beside two runaways (6 s limit, 3 workers), then with `idle` open sockets."""
    from polkg.store.server import create_server

    server = create_server(store, port=0, workers=3, timeout=6.0)
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    runaway_status: list[int] = []
    runaways = [
        threading.Thread(
            target=lambda: runaway_status.append(_ask(server.url, RUNAWAY)[0]), daemon=True
        )
        for _ in range(2)
    ]
    sockets: list[socket.socket] = []
    try:
        for worker in runaways:
            worker.start()
        time.sleep(1.5)  # both are long queries by now
        beside = []
        for _ in range(asks):
            status, seconds = _ask(server.url, ASK)
            beside.append(seconds if status == 200 else float("nan"))
            time.sleep(0.1)
        runaways_still_running = not runaway_status
        host, port = server.url.removeprefix("http://").rsplit(":", 1)
        for _ in range(idle):
            sockets.append(socket.create_connection((host, int(port)), timeout=10))
        status, with_idle = _ask(server.url, ASK)
    finally:
        for sock in sockets:
            sock.close()
        for worker in runaways:
            worker.join(30)
        server.close()
        serving.join(10)
    return {
        "asks": asks,
        "ask_median_ms": statistics.median(beside) * 1000,
        "ask_max_ms": max(beside) * 1000,
        "runaways_still_running": runaways_still_running,
        "runaway_status": sorted(runaway_status),
        "idle_connections": idle,
        "ask_with_idle_ms": with_idle * 1000 if status == 200 else None,
    }


def endpoint_rows(e: dict[str, Any]) -> list[str]:
    """The bench table's lines for `endpoint_load`'s figures."""
    with_idle = e["ask_with_idle_ms"]
    return [
        "",
        f"endpoint (3 workers, 6 s limit) with 2 runaway queries running: {e['asks']} ASKs, "
        f"median {e['ask_median_ms']:.0f} ms, max {e['ask_max_ms']:.0f} ms "
        f"(runaways still running after them: {e['runaways_still_running']}, "
        f"their answers {e['runaway_status']}); "
        + (
            f"one ASK with {e['idle_connections']:,} idle connections open: {with_idle:.0f} ms"
            if with_idle is not None
            else f"the ASK with {e['idle_connections']:,} idle connections open failed"
        ),
    ]
