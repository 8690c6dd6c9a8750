"""The endpoint's query workers: a pebble process pool behind a small fair scheduler.

Why this shape: pebble (a well-kept process-pool library) kills a worker whose query runs past the
time limit, or whose future is cancelled, and starts a fresh one; each worker opens the store
read-only once and caps its own memory (``polkg.store.limits``). pebble runs tasks in arrival
order, which lets a few slow clients hold every worker, so queries wait here instead and reach the
pool only when a worker is free, by these rules:

- **queue bound**: at most ``queue`` queries wait; one more gets 503 at once;
- **per client** (remote address): at most ``per_client`` queries waiting or running, one more
  gets 429; a free worker takes the waiting query of the client served least recently, so one
  client's backlog does not delay another's first query;
- **a worker kept for short queries**: at most ``workers - 1`` queries may run longer than
  ``long_after`` seconds at once; the latest to pass that mark is stopped (503), so with two
  runaway queries running a third client's ASK still finds a worker;
- a query that waits longer than twice the time limit gets 503.

Workers are forked from the server (pebble's default on Linux): no module is imported again,
so a worker killed by a limit is replaced in milliseconds.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import socket
import stat
import threading
import time
from collections import Counter, deque
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError, one_line
from polkg.store.limits import CappedWriter, Limits, ResultTooLarge, limit_memory, stopped_message

__all__ = ["Answer", "QueryPool", "answer_query"]

_store: Any = None  # the worker's read-only store, opened by _start_worker


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# inside a worker


def _close_inherited_sockets() -> None:
    """A forked worker holds copies of the server's sockets, the listening one and every open
    connection: kept, they would keep connections open after the server closes them (and the
    port after it exits). A worker needs no network at all."""
    try:
        descriptors = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # no /proc: not Linux
        return
    for fd in descriptors:
        try:
            if not stat.S_ISSOCK(os.fstat(fd).st_mode):
                continue
            sock = socket.socket(fileno=fd)
        except OSError:
            continue
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.close()
        else:
            sock.detach()


def _start_worker(store_path: str, limits: Limits) -> None:
    global _store
    from polkg.store.store import Store

    _close_inherited_sockets()
    faulthandler.disable()  # a worker stopped by its memory limit is no crash to report
    # pebble stops a worker with SIGTERM, whose Python handler waits for Oxigraph to give back
    # the interpreter (not before the query ends), then SIGKILLs 3 s later: die at once instead
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _store = Store(store_path)
    _store._open()
    limit_memory(limits.max_memory)


def _ready() -> bool:
    return _store is not None


def answer_query(request: dict[str, Any], limits: Limits) -> tuple[int, str, bytes]:
    """Evaluate one checked query in a worker; (status, content type, body)."""
    import pyoxigraph as ox

    from polkg.ontology.rdf import PREFIXES

    kwargs: dict[str, Any] = {"prefixes": PREFIXES}
    if request["default_graphs"]:
        kwargs["default_graph"] = [ox.NamedNode(iri) for iri in request["default_graphs"]]
    if request["named_graphs"]:
        kwargs["named_graphs"] = [ox.NamedNode(iri) for iri in request["named_graphs"]]
    sink = CappedWriter(limits.max_result * 2**20)
    try:
        results = _store._open().query(request["query"], **kwargs)
        if isinstance(results, ox.QueryTriples):
            media_type = request["rdf_type"]
            results.serialize(sink, format=ox.RdfFormat.from_media_type(media_type))
        else:
            media_type = request["results_type"]
            results.serialize(sink, format=ox.QueryResultsFormat.from_media_type(media_type))
    except MemoryError:
        return _plain(503, limits.memory_message())
    except (ResultTooLarge, OSError, RuntimeError, ValueError, SyntaxError) as error:
        if sink.over:
            return _plain(503, limits.result_message())
        if isinstance(error, SyntaxError | ValueError):
            return _plain(400, f"bad request: {one_line(error)}")
        return _plain(500, f"query failed: {one_line(error)}")
    except PolkgError as error:
        return _plain(500, str(error))
    charset = "; charset=utf-8" if media_type != "application/sparql-results+xml" else ""
    return 200, media_type + charset, sink.getvalue()


def _plain(status: int, message: str) -> tuple[int, str, bytes]:
    answer = text_answer(status, message)
    return answer.status, answer.content_type, answer.body


# ---------------------------------------------------------------------------------------------
# in the server


@dataclass(eq=False)
class _Ticket:
    client: str
    request: dict[str, Any]
    started: float | None = None  # handed to pebble
    running_since: float | None = None  # a worker took it (seen by the watcher)
    future: Any = None
    stopped_because: str | None = None
    done: threading.Event = field(default_factory=threading.Event)


class QueryPool:
    """Worker processes answering checked queries under ``limits``, shared fairly (see module)."""

    def __init__(
        self,
        store_path: Path | str,
        workers: int = 3,
        timeout: float | None = None,
        *,
        limits: Limits | None = None,
        queue: int = 16,
        per_client: int = 4,
        long_after: float = 1.0,
    ) -> None:
        import pebble

        self.limits = limits or Limits()
        if timeout is not None:
            self.limits = Limits(timeout, self.limits.max_memory, self.limits.max_result)
        self.timeout = self.limits.timeout
        self.workers = max(1, workers)
        self.queue = queue
        self.per_client = per_client
        self.long_after = long_after
        self._long_cap = max(1, self.workers - 1)
        # fork: a worker needs nothing re-imported from the parent's __main__, so the endpoint
        # also starts from unguarded scripts and notebooks, and a fresh worker is ready at once
        context = multiprocessing.get_context("fork")
        self._pool = pebble.ProcessPool(
            max_workers=self.workers,
            initializer=_start_worker,
            initargs=(str(store_path), self.limits),
            context=context,
        )
        self._lock = threading.Condition()
        self._waiting: dict[str, deque[_Ticket]] = {}
        self._last_served: dict[str, float] = {}
        self._running: list[_Ticket] = []
        self._in_flight: Counter[str] = Counter()
        self._closed = False
        self._monitor = threading.Thread(target=self._watch, name="polkg-pool", daemon=True)
        self._monitor.start()
        # start the workers now: a store that does not open fails here, not at the first client
        self._pool.schedule(_ready).result(timeout=120)

    # -- scheduling -----------------------------------------------------------------------------

    def run(self, request: dict[str, Any], client: str = "") -> Answer:
        """Answer one checked query (blocking); every refusal is a short text answer."""
        ticket = _Ticket(client, request)
        with self._lock:
            if self._closed:
                return text_answer(503, "the endpoint is shutting down")
            if self._in_flight[client] >= self.per_client:
                return text_answer(
                    429,
                    f"too many queries from {client or 'you'} at once: the limit is "
                    f"{self.per_client}; wait for an answer before sending more",
                )
            waiting = sum(len(queued) for queued in self._waiting.values())
            if len(self._running) >= self.workers and waiting >= self.queue:
                return text_answer(
                    503, f"server busy: {self.queue} queries are already waiting; try again later"
                )
            self._in_flight[client] += 1
            self._waiting.setdefault(client, deque()).append(ticket)
            self._dispatch()
            deadline = time.monotonic() + 2 * self.timeout  # outlasts one runaway query ahead
            while ticket.started is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    self._unqueue(ticket)
                    self._forget(client)
                    return text_answer(
                        503, f"server busy: no query worker free within {2 * self.timeout:g} s"
                    )
                self._lock.wait(remaining)
        try:
            return self._outcome(ticket)
        finally:
            with self._lock:
                self._running.remove(ticket)
                self._forget(client)
                self._dispatch()

    def _outcome(self, ticket: _Ticket) -> Answer:
        import pebble

        try:
            status, content_type, body = ticket.future.result()
        except FutureTimeout:
            return text_answer(503, self.limits.time_message())
        except CancelledError:
            return text_answer(503, ticket.stopped_because or "query cancelled")
        except pebble.ProcessExpired as error:
            return text_answer(
                503, ticket.stopped_because or stopped_message(self.limits, error.exitcode)
            )
        except Exception as error:  # noqa: BLE001 - pebble hands back the worker's exception
            return text_answer(500, f"query failed: {one_line(error)}")
        return Answer(status, content_type, body)

    def _forget(self, client: str) -> None:
        self._in_flight[client] -= 1
        if self._in_flight[client] <= 0:
            del self._in_flight[client]
            self._last_served.pop(client, None)

    def _unqueue(self, ticket: _Ticket) -> None:
        waiting = self._waiting.get(ticket.client)
        if waiting and ticket in waiting:
            waiting.remove(ticket)
            if not waiting:
                del self._waiting[ticket.client]

    def _dispatch(self) -> None:
        """Start waiting queries on free workers, the least recently served client's first
        (lock held; dicts keep arrival order, which breaks ties)."""
        while self._waiting and len(self._running) < self.workers:
            client = min(self._waiting, key=lambda name: self._last_served.get(name, -1.0))
            waiting = self._waiting[client]
            ticket = waiting.popleft()
            if not waiting:
                del self._waiting[client]
            self._last_served[client] = time.monotonic()
            ticket.future = self._pool.schedule(
                answer_query, args=(ticket.request, self.limits), timeout=self.timeout
            )
            ticket.started = time.monotonic()
            self._running.append(ticket)
        self._lock.notify_all()

    def _watch(self) -> None:
        """Keep a worker for short queries: stop the latest long query past the cap."""
        while True:
            time.sleep(0.05)
            with self._lock:
                if self._closed:
                    return
                now = time.monotonic()
                for ticket in self._running:
                    if ticket.running_since is None and ticket.future.running():
                        ticket.running_since = now
                long = [
                    ticket
                    for ticket in self._running
                    if ticket.running_since is not None
                    and now - ticket.running_since > self.long_after
                    and ticket.stopped_because is None
                ]
                long.sort(key=lambda ticket: ticket.running_since or 0.0)
                for ticket in long[self._long_cap :]:
                    ticket.stopped_because = (
                        f"query stopped: {self._long_cap} other long queries hold the workers "
                        f"and at most {self._long_cap} may run past {self.long_after:g} s at "
                        "once (a worker stays free for short queries); try again later"
                    )
                    ticket.future.cancel()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        self._pool.stop()
        self._pool.join(10)
