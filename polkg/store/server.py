"""The read-only SPARQL 1.1 Protocol endpoint (``polkg serve``): ``/sparql``, and a page at ``/``.

Why this shape: Oxigraph's own server (``oxigraph serve-read-only``) speaks the protocol well but
has no per-query limits, so polkg runs Flask behind waitress (a well-kept, pure-Python WSGI server
whose event loop holds idle connections cheaply) and evaluates queries in worker processes
(``polkg.store.pool``) under time, memory and result-size limits (``polkg.store.limits``).
Everything a request can get wrong is refused here, before a worker sees it
(``polkg.store.guard``): updates 403; ``SERVICE``, a query nested too deep, a bad graph IRI or a
syntax error 400; a query over ``max_query_bytes`` 413. The endpoint never fetches anything.

Safe by default for a server on a laptop: no CORS headers unless ``cors`` names origins; the
``Host`` header must name the bound address (127.0.0.1, localhost and [::1] for a loopback bind)
or an ``allow_hosts`` name, so a web page cannot reach the endpoint by DNS rebinding; a bind to
any other address warns on stderr. The store does not know the viewer: the caller hands
``viewer`` in (the CLI builds it from ``polkg.exports``); without one, ``/`` is a query form.

Requests and answers:

- ``GET /sparql?query=...``, ``POST /sparql`` with a form field ``query`` or a body of type
  ``application/sparql-query``; ``default-graph-uri``/``named-graph-uri`` are honoured; the
  store's default graph already holds every triple (see ``polkg.store.store``).
- results as ``application/sparql-results+json`` (default), ``+xml``, ``text/csv`` or
  ``text/tab-separated-values``; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, RDF/XML,
  N-Quads, TriG or JSON-LD, chosen by the ``Accept`` header or a ``format`` parameter.
- a query stopped by a limit, or refused because the server is busy, gets 503 with the reason;
  a client with too many queries at once 429.
"""

from __future__ import annotations

import ipaddress
import resource
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError, one_line
from polkg.ontology.rdf import RDF_MEDIA_TYPES
from polkg.store.guard import (
    READ_ONLY,
    QueryRefused,
    check_graph_iris,
    check_query,
    looks_like_update,
)
from polkg.store.hints import term_hint
from polkg.store.limits import Limits
from polkg.store.pool import QueryPool

__all__ = ["serve", "create_app", "create_server", "QueryPool", "looks_like_update"]

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
_LOOPBACK_NAMES = frozenset(["localhost", "127.0.0.1", "::1"])

Viewer = Callable[[], str] | str | None


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


def _host_name(header: str) -> str:
    """The host part of a ``Host`` header (``[::1]:7878`` -> ``::1``), lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    return _is_ip(host) and ipaddress.ip_address(host).is_loopback


def host_checker(bind: str, allow_hosts: Iterable[str] = ()) -> Callable[[str], bool]:
    """Which ``Host`` headers name this server: the bound address, its loopback aliases, any IP
    literal for a wildcard bind (rebinding needs a name), and ``allow_hosts``."""
    allowed = {bind.lower().strip("[]")} | {name.lower().strip("[]") for name in allow_hosts}
    if is_loopback(bind):
        allowed |= _LOOPBACK_NAMES
    wildcard = bind in ("", "0.0.0.0", "::")

    def ok(header: str) -> bool:
        name = _host_name(header)
        return name in allowed or (wildcard and _is_ip(name))

    return ok


def create_app(
    pool: QueryPool,
    viewer_html_factory: Viewer = None,
    max_query_bytes: int = 100_000,
    *,
    cors: Iterable[str] = (),
    host_ok: Callable[[str], bool] | None = None,
) -> Any:
    """The Flask application (kept separate from the server so tests can drive it directly)."""
    from flask import Flask, Response, request

    app = Flask("polkg.store.server")
    app.config["MAX_CONTENT_LENGTH"] = max_query_bytes + 4096
    origins = frozenset(cors)

    def text(status: int, message: str) -> Response:
        return Response(message + "\n", status=status, mimetype="text/plain")

    def allowed_origin(origin: str) -> bool:
        return origin in origins or "*" in origins

    @app.before_request
    def check_host() -> Response | None:
        header = request.headers.get("Host")  # absent: no browser, so no rebinding
        if host_ok is not None and header is not None and not host_ok(header):
            return text(
                403,
                f"Host {header[:100]!r} is not this server's address (a defence against "
                "DNS rebinding); start the server with --allow-host NAME to accept it",
            )
        origin = request.headers.get("Origin")
        if origin and origin != f"{request.scheme}://{header}" and not allowed_origin(origin):
            # a page elsewhere could not read the answer, but it would still spend a worker
            return text(403, f"cross-origin request from {origin[:100]!r} refused (see --cors)")
        return None

    @app.after_request
    def cross_origin(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin and allowed_origin(origin):
            response.headers["Access-Control-Allow-Origin"] = "*" if "*" in origins else origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
            response.headers["Access-Control-Expose-Headers"] = "X-Polkg-Warning"
            response.vary.add("Origin")
        return response

    @app.errorhandler(413)
    def too_large(_error: Any) -> Response:
        return text(413, f"query too large: the limit is {max_query_bytes} bytes")

    @app.route("/")
    def index() -> Response:
        page = viewer_html_factory() if callable(viewer_html_factory) else viewer_html_factory
        return Response(page or _FALLBACK_PAGE, mimetype="text/html")

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
        args = request.values
        try:
            check_query(query)
            check_graph_iris(args.getlist("default-graph-uri"), "default-graph-uri")
            check_graph_iris(args.getlist("named-graph-uri"), "named-graph-uri")
        except QueryRefused as refused:
            return text(refused.status, str(refused))
        results_type, rdf_type = _negotiate(request)
        answer = pool.run(
            {
                "query": query,
                "results_type": results_type,
                "rdf_type": rdf_type,
                "default_graphs": args.getlist("default-graph-uri"),
                "named_graphs": args.getlist("named-graph-uri"),
            },
            client=request.remote_addr or "",
        )
        response = Response(answer.body, status=answer.status, content_type=answer.content_type)
        hint = term_hint(query)  # pol:criticises matches nothing, silently: say so in a header
        if hint:
            response.headers["X-Polkg-Warning"] = hint.encode("ascii", "replace").decode()
        return response

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
        host = server.effective_host
        host = f"[{host}]" if ":" in str(host) else host
        self.url = f"http://{host}:{server.effective_port}"

    def run(self) -> None:
        self._server.run()

    def close(self) -> None:
        self._server.close()
        self.pool.close()


def _open_files_for(connections: int) -> int:
    """Raise the open-file limit to fit ``connections`` sockets; the connections that fit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + 256  # the store's files, pipes to the workers, the listening socket
    if soft != resource.RLIM_INFINITY and soft < wanted:
        new = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
            soft = new
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return connections
    return max(16, min(connections, soft - 256))


def create_server(
    store_path: Path | str,
    host: str = "127.0.0.1",
    port: int = 7878,
    viewer_html_factory: Viewer = None,
    *,
    workers: int = 3,
    timeout: float = 30.0,
    max_memory: int = 1024,
    max_result: int = 64,
    max_query_bytes: int = 100_000,
    queue: int = 16,
    per_client: int = 4,
    cors: Iterable[str] = (),
    allow_hosts: Iterable[str] = (),
    max_connections: int = 2000,
    idle_timeout: int = 30,
    threads: int | None = None,
) -> Server:
    """Check the store, start the query workers and bind the socket (``port=0``: any free one)."""
    import waitress

    from polkg.store.store import Store

    store = Store(store_path)
    store.triple_count()  # a foreign folder is a PolkgError before anything starts
    store.close()
    store.require()
    limits = Limits(timeout=timeout, max_memory=max_memory, max_result=max_result)
    pool = QueryPool(store_path, workers, limits=limits, queue=queue, per_client=per_client)
    app = create_app(
        pool,
        viewer_html_factory,
        max_query_bytes,
        cors=cors,
        host_ok=host_checker(host, allow_hosts),
    )
    try:
        server = waitress.create_server(
            app,
            host=host,
            port=port,
            # a thread per running or waiting query, so the pool's queue is the only queue
            threads=threads or pool.workers + queue + 4,
            max_request_body_size=max_query_bytes + 4096,
            connection_limit=_open_files_for(max_connections),
            channel_timeout=idle_timeout,
            cleanup_interval=max(1, min(idle_timeout, 10)),
            asyncore_use_poll=True,  # select() stops at file descriptor 1024
            ident="polkg",
        )
    except OSError as error:
        pool.close()
        raise PolkgError(f"cannot listen on {host}:{port}: {one_line(error)}") from None
    if not is_loopback(host):
        print(
            f"polkg: warning: listening on {host or 'every address'}, not only this machine: "
            "anyone who can reach it can query the store",
            file=sys.stderr,
        )
    return Server(server, pool)


def serve(
    store_path: Path | str, host: str = "127.0.0.1", port: int = 7878, **options: Any
) -> None:
    """Serve the store until interrupted (``polkg serve``); ``options`` as for create_server."""
    server = create_server(store_path, host, port, **options)
    where = f"polkg: SPARQL endpoint at {server.url}/sparql, viewer at {server.url}/"
    print(where, file=sys.stderr)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
