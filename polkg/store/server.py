"""The read-only SPARQL 1.1 Protocol endpoint (``polkg serve``): ``/sparql``, and a viewer at ``/``.

Why this shape: Oxigraph's own server (``oxigraph serve-read-only``) speaks the protocol well but
has no per-query time limit and cannot serve polkg's viewer, so polkg runs Flask behind waitress
(a well-kept, pure-Python, threaded WSGI server) and evaluates queries in a small pool of worker
processes, each holding the store open read-only. A runaway query is stopped by killing its worker
after ``timeout`` seconds (a thread cannot be stopped) and a fresh worker takes its place; the
other workers keep answering other clients meanwhile.

Requests and answers:

- ``GET /sparql?query=...``, ``POST /sparql`` with a form field ``query`` or a body of type
  ``application/sparql-query``; ``default-graph-uri``/``named-graph-uri`` are honoured; the
  store's default graph already holds every triple (see ``polkg.store.store``).
- results as ``application/sparql-results+json`` (default), ``+xml``, ``text/csv`` or
  ``text/tab-separated-values``; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, RDF/XML,
  N-Quads, TriG or JSON-LD, chosen by the ``Accept`` header or a ``format`` parameter.
- updates (form field ``update``, ``application/sparql-update``, or an update sent as a query)
  get 403; a malformed query 400 with the parser's message; a query longer than
  ``max_query_bytes`` 413; a query over ``timeout`` seconds 503.
"""

from __future__ import annotations

import os
import pickle
import queue
import re
import select
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError, one_line
from polkg.ontology.rdf import RDF_MEDIA_TYPES

__all__ = ["serve", "create_app", "create_server", "QueryPool"]

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RDF_TYPES = RDF_MEDIA_TYPES
_FORMAT_ALIASES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", "text/turtle"),
    "tsv": ("text/tab-separated-values", "text/turtle"),
    "ttl": ("application/sparql-results+json", "text/turtle"),
    "turtle": ("application/sparql-results+json", "text/turtle"),
    "nt": ("application/sparql-results+json", "application/n-triples"),
    "jsonld": ("application/sparql-results+json", "application/ld+json"),
}
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"^\s*#.*$", re.MULTILINE)
READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def looks_like_update(text: str) -> bool:
    """True for SPARQL Update requests (told apart from queries to answer 403, not 400)."""
    return _UPDATE.match(_COMMENT.sub("", text)) is not None


# ---------------------------------------------------------------------------------------------
# worker processes


def _execute(store: Any, request: dict[str, Any]) -> Answer:
    import pyoxigraph as ox

    from polkg.ontology.rdf import PREFIXES

    query = request["query"]
    kwargs: dict[str, Any] = {"prefixes": PREFIXES}
    if request["default_graphs"]:
        kwargs["default_graph"] = [ox.NamedNode(iri) for iri in request["default_graphs"]]
    if request["named_graphs"]:
        kwargs["named_graphs"] = [ox.NamedNode(iri) for iri in request["named_graphs"]]
    try:
        results = store._open().query(query, **kwargs)
        if isinstance(results, ox.QueryTriples):
            media_type = request["rdf_type"]
            body = results.serialize(format=ox.RdfFormat.from_media_type(media_type))
        else:
            media_type = request["results_type"]
            body = results.serialize(format=ox.QueryResultsFormat.from_media_type(media_type))
    except SyntaxError as error:
        if looks_like_update(query):
            return _text(403, READ_ONLY)
        return _text(400, f"malformed SPARQL query: {one_line(error)}")
    except ValueError as error:
        return _text(400, f"bad request: {one_line(error)}")
    except PolkgError as error:
        return _text(500, str(error))
    except (OSError, RuntimeError) as error:
        return _text(500, f"query failed: {one_line(error)}")
    charset = "; charset=utf-8" if media_type != "application/sparql-results+xml" else ""
    return Answer(200, media_type + charset, bytes(body or b""))


def _read_exact(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            raise EOFError("query worker closed its pipe")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _send(fd: int, message: Any) -> None:
    data = pickle.dumps(message)
    os.write(fd, struct.pack(">Q", len(data)))
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> Any:
    (size,) = struct.unpack(">Q", _read_exact(fd, 8))
    return pickle.loads(_read_exact(fd, size))


def _worker_main(store_path: str) -> None:
    """A query worker: requests on stdin, answers on stdout, one pickled message at a time."""
    from polkg.store.store import Store

    requests, answers = sys.stdin.fileno(), os.dup(sys.stdout.fileno())
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt answers
    store = Store(store_path)
    _send(answers, "ready")  # imports done: the pool starts timing queries only from here
    while True:
        try:
            request = _receive(requests)
        except (EOFError, KeyboardInterrupt):
            return
        if request is None:
            return
        answer = _execute(store, request)
        _send(answers, (answer.status, answer.content_type, answer.body))


class _Worker:
    """One worker process (``python -m polkg.store.server --worker``), spoken to through pipes.

    A plain subprocess rather than multiprocessing: it needs nothing from the parent's
    ``__main__``, so the endpoint also starts from scripts and notebooks.
    """

    def __init__(self, store_path: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "polkg.store.server", "--worker", store_path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.requests = self.process.stdin.fileno()
        self.answers = self.process.stdout.fileno()

    def poll(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.answers], [], [], timeout)
        return bool(ready)

    def send(self, message: Any) -> None:
        _send(self.requests, message)

    def receive(self) -> Any:
        return _receive(self.answers)

    def wait_ready(self, timeout: float = 120.0) -> bool:
        try:
            return self.poll(timeout) and self.receive() == "ready"
        except (EOFError, OSError, pickle.UnpicklingError):
            return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


class QueryPool:
    """Worker processes that answer queries; a query past ``timeout`` seconds kills its worker."""

    def __init__(self, store_path: Path | str, workers: int = 2, timeout: float = 30.0) -> None:
        self.store_path = str(store_path)
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        started = [self._spawn() for _ in range(workers)]
        for worker in started:
            self._ready(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store_path)
        with self._lock:
            self._all.append(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        if worker.wait_ready():
            self._idle.put(worker)
        else:
            print("polkg: a query worker failed to start", file=sys.stderr)

    def _retire(self, worker: _Worker) -> None:
        """Kill ``worker``; its replacement joins the pool once it has started."""
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
        replacement = self._spawn()
        threading.Thread(target=self._ready, args=(replacement,), daemon=True).start()

    def run(self, request: dict[str, Any]) -> Answer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _text(503, f"server busy: no query worker free within {self.timeout:g} s")
        try:
            worker.send(request)
            if not worker.poll(self.timeout):
                self._retire(worker)
                return _text(
                    503,
                    f"query stopped: it ran longer than the {self.timeout:g} s limit "
                    "(narrow it down or add a LIMIT)",
                )
            status, content_type, body = worker.receive()
        except (EOFError, OSError, pickle.UnpicklingError):
            self._retire(worker)
            return _text(500, "query worker died; the query was not answered")
        self._idle.put(worker)
        return Answer(status, content_type, body)

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


# ---------------------------------------------------------------------------------------------
# HTTP


def _default_viewer(store_path: Path) -> Callable[[], str]:
    """``polkg.exports.html`` over the stored graph, rebuilt when the store changes."""
    import os

    cache: dict[str, str] = {}

    def viewer() -> str:
        from polkg.store.store import LIVE, Store

        live = os.readlink(store_path / LIVE)
        if live not in cache:
            try:
                from polkg.exports.html import generate_html
            except ImportError:
                return _FALLBACK_PAGE
            cache.clear()
            cache[live] = generate_html(Store(store_path).load_graph())
        return cache[live]

    return viewer


_FALLBACK_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>polkg SPARQL endpoint</title></head>
<body><h1>polkg SPARQL endpoint</h1>
<form action="sparql" method="get">
<textarea name="query" rows="12" cols="100">PREFIX pol: <https://w3id.org/polkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?criticLabel ?targetLabel WHERE {
  ?critic pol:criticizes ?target .
  ?critic rdfs:label ?criticLabel . ?target rdfs:label ?targetLabel .
} LIMIT 50</textarea><br>
<select name="format"><option>json</option><option>csv</option><option>tsv</option>
<option>xml</option></select> <button type="submit">Run</button></form></body></html>
"""


def create_app(
    pool: QueryPool,
    viewer_html_factory: Callable[[], str] | None = None,
    max_query_bytes: int = 100_000,
) -> Any:
    """The Flask application (kept separate from the server so tests can drive it directly)."""
    from flask import Flask, Response, request

    app = Flask("polkg.store.server")
    app.config["MAX_CONTENT_LENGTH"] = max_query_bytes + 4096

    def text(status: int, message: str) -> Response:
        return Response(message + "\n", status=status, mimetype="text/plain")

    @app.after_request
    def cors(response: Response) -> Response:
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    @app.errorhandler(413)
    def too_large(_error: Any) -> Response:
        return text(413, f"query too large: the limit is {max_query_bytes} bytes")

    @app.route("/")
    def index() -> Response:
        page = viewer_html_factory() if viewer_html_factory else _FALLBACK_PAGE
        return Response(page, mimetype="text/html")

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        content_type = (request.mimetype or "").lower()
        if request.method == "POST" and content_type == "application/sparql-update":
            return text(403, READ_ONLY)
        query: str | None
        if request.method == "POST" and content_type == "application/sparql-query":
            query = request.get_data(as_text=True)
        else:
            form = request.form if request.method == "POST" else request.args
            if "update" in form or "update" in request.args:
                return text(403, READ_ONLY)
            query = form.get("query") or request.args.get("query")
        if not query:
            return text(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)")
        if len(query.encode("utf-8")) > max_query_bytes:
            return text(413, f"query too large: the limit is {max_query_bytes} bytes")
        if looks_like_update(query):
            return text(403, READ_ONLY)
        results_type, rdf_type = _negotiate(request)
        args = request.values
        answer = pool.run(
            {
                "query": query,
                "results_type": results_type,
                "rdf_type": rdf_type,
                "default_graphs": args.getlist("default-graph-uri"),
                "named_graphs": args.getlist("named-graph-uri"),
            }
        )
        return Response(answer.body, status=answer.status, content_type=answer.content_type)

    return app


def _negotiate(request: Any) -> tuple[str, str]:
    fmt = (request.values.get("format") or "").lower()
    if fmt in _FORMAT_ALIASES:
        return _FORMAT_ALIASES[fmt]
    if fmt in RESULT_TYPES or fmt in RDF_TYPES:
        return (
            fmt if fmt in RESULT_TYPES else "application/sparql-results+json",
            fmt if fmt in RDF_TYPES else "text/turtle",
        )
    accept = request.accept_mimetypes
    results = accept.best_match(list(RESULT_TYPES), default="application/sparql-results+json")
    rdf = accept.best_match(list(RDF_TYPES), default="text/turtle")
    # "application/json" asks for SPARQL JSON results
    if accept.best_match(["application/json"]) and not accept.best_match(list(RESULT_TYPES)):
        results = "application/sparql-results+json"
    return results, rdf


class Server:
    """A running endpoint: ``run()`` blocks, ``close()`` stops it and its workers."""

    def __init__(self, server: Any, pool: QueryPool) -> None:
        self._server = server
        self.pool = pool
        self.url = f"http://{server.effective_host}:{server.effective_port}"

    def run(self) -> None:
        self._server.run()

    def close(self) -> None:
        self._server.close()
        self.pool.close()


def create_server(
    store_path: Path | str,
    host: str = "127.0.0.1",
    port: int = 7878,
    viewer_html_factory: Callable[[], str] | None = None,
    *,
    workers: int = 2,
    timeout: float = 30.0,
    max_query_bytes: int = 100_000,
    threads: int = 8,
) -> Server:
    """Check the store, start the query workers and bind the socket (``port=0``: any free one)."""
    import waitress

    from polkg.store.store import Store

    store = Store(store_path)
    store.triple_count()  # a foreign folder is a PolkgError before anything starts
    store.close()
    store.require()
    if viewer_html_factory is None:
        viewer_html_factory = _default_viewer(Path(store_path))
    pool = QueryPool(store_path, workers=workers, timeout=timeout)
    app = create_app(pool, viewer_html_factory, max_query_bytes)
    try:
        server = waitress.create_server(
            app,
            host=host,
            port=port,
            threads=threads,
            max_request_body_size=max_query_bytes + 4096,
            ident="polkg",
        )
    except OSError as error:
        pool.close()
        raise PolkgError(f"cannot listen on {host}:{port}: {one_line(error)}") from None
    return Server(server, pool)


def serve(
    store_path: Path | str,
    host: str = "127.0.0.1",
    port: int = 7878,
    viewer_html_factory: Callable[[], str] | None = None,
    *,
    workers: int = 2,
    timeout: float = 30.0,
    max_query_bytes: int = 100_000,
) -> None:
    """Serve the store until interrupted (``polkg serve``)."""
    server = create_server(
        store_path,
        host,
        port,
        viewer_html_factory,
        workers=workers,
        timeout=timeout,
        max_query_bytes=max_query_bytes,
    )
    where = f"polkg: SPARQL endpoint at {server.url}/sparql, viewer at {server.url}/"
    print(where, file=sys.stderr)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker_main(sys.argv[2])
