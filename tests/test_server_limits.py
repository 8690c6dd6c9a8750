"""The endpoint stays read-only and up: no outbound requests, CORS and Host checks, per-query
limits, a fair pool, bad requests refused before any worker, and `polkg query` under the same
checks. All traffic goes to 127.0.0.1; every loop is bounded in count and time."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdf_sample import seed_graph

from polkg.cli import main
from polkg.store import Store
from polkg.store.guard import QueryRefused, check_query, nesting_depth, skeleton, uses_service
from polkg.store.limits import Limits
from polkg.store.pool import QueryPool
from polkg.store.server import create_app, create_server, host_checker

pytestmark = pytest.mark.slow  # worker processes (make test-fast skips it)

NESTED = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?f ?c ?i"
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "kg"
    Store(path).save_graph(seed_graph())
    return path


@pytest.fixture(scope="module")
def listener():
    """A local HTTP listener that records every connection it gets (it must get none)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    seen: list[tuple[str, int]] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, address = server.accept()
            except (TimeoutError, OSError):
                continue
            seen.append(address)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nSECRET")
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", seen
    stop.set()
    thread.join(5)
    server.close()


@pytest.fixture(scope="module")
def endpoint(store_path):
    server = create_server(
        store_path,
        port=0,
        workers=2,
        timeout=20.0,
        max_memory=300,
        max_result=1,
        cors=("https://ok.example",),
        viewer_html_factory="<h1>v</h1>",
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield server
    server.close()
    thread.join(10)


def get(url: str, params: dict[str, str] | list[tuple[str, str]], headers=None):
    query = urllib.parse.urlencode(params)
    request = urllib.request.Request(f"{url}/sparql?{query}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


# -- no outbound requests -------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX r: <{url}>\nSELECT * WHERE {{ ?x ?y ?z . SERVICE r: {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ {{ ?x ?y ?z }}SERVICE<{url}>{{ ?s ?p ?o }} }}",
    ],
)
def test_server_refuses_service_and_fetches_nothing(endpoint, listener, template):
    url, seen = listener
    status, _, body = get(endpoint.url, {"query": template.format(url=url)})
    assert status == 400 and "SERVICE is refused" in body
    assert "SECRET" not in body and seen == []


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT (<{url}> AS ?u) WHERE {{}}",
    ],
)
def test_server_never_fetches_other_iris(endpoint, listener, template):
    url, seen = listener
    status, _, body = get(endpoint.url, {"query": template.format(url=url)})
    assert status in (200, 400)
    assert "SECRET" not in body and seen == []


def test_cli_query_refuses_service_and_fetches_nothing(store_path, listener):
    url, seen = listener
    sparql = f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), sparql])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: SERVICE is refused: polkg answers from its own store and never fetches anything"
    ]
    assert seen == []


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("SELECT * WHERE { ?s ?p 'SERVICE <http://x/> { }' }", False),
        ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> {}", False),
        (
            "PREFIX service: <http://x/> SELECT ?service WHERE { ?service service:p ex:SERVICE }",
            False,
        ),
        ("SELECT * WHERE { ?s ?p '''a\n'b' SERVICE''' }", False),
        ("SELECT * WHERE { ?s ?p ?o SERVICE <http://x/> { } }", True),
        ('SELECT * WHERE { ?s ?p "\'" SERVICE <http://x/> { } }', True),
    ],
)
def test_guard_tells_service_from_strings_iris_comments_and_names(text, service):
    assert uses_service(skeleton(text)) is service
    if service:
        with pytest.raises(QueryRefused, match="SERVICE is refused"):
            check_query(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_guard_string_contents_never_count(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    literal = '"' + escaped.replace("\n", "\\n").replace("\r", "\\r") + '"'
    shape = skeleton(f"SELECT * WHERE {{ ?s ?p {literal} }}")
    assert not uses_service(shape) and nesting_depth(shape) == 1


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 200))
def test_guard_counts_nesting(levels):
    query = "SELECT * WHERE { FILTER(" + "(" * levels + "1" + ")" * levels + ") }"
    assert nesting_depth(skeleton(query)) == levels + 2


# -- CORS and Host ----------------------------------------------------------------------------


def test_server_cors_is_off_unless_the_origin_is_named(endpoint):
    status, headers, body = get(endpoint.url, {"query": ASK}, {"Origin": "https://evil.example"})
    assert status == 403 and "cross-origin request" in body
    assert "Access-Control-Allow-Origin" not in headers
    assert get(endpoint.url, {"query": ASK}, {"Origin": endpoint.url})[0] == 200  # same origin
    _, headers, _ = get(endpoint.url, {"query": ASK}, {"Origin": "https://ok.example"})
    assert headers["Access-Control-Allow-Origin"] == "https://ok.example"


def test_server_host_header_must_name_the_server(endpoint):
    port = endpoint.url.rsplit(":", 1)[1]
    status, _, body = get(endpoint.url, {"query": ASK}, {"Host": f"evil.example:{port}"})
    assert status == 403 and "DNS rebinding" in body
    for alias in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert get(endpoint.url, {"query": ASK}, {"Host": alias})[0] == 200


def test_server_answers_a_request_without_host_header(endpoint):
    host, port = endpoint.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(b"GET /sparql?query=ASK%7B%3Fs%3Fp%3Fo%7D HTTP/1.0\r\n\r\n")
        reply = b""
        while chunk := connection.recv(4096):
            reply += chunk
    assert reply.startswith(b"HTTP/1.0 200") and b'"boolean":true' in reply


def test_server_host_checker_for_wildcard_and_named_binds():
    wildcard = host_checker("0.0.0.0", ["kg.example.org"])
    assert wildcard("192.168.1.7:7878") and wildcard("kg.example.org")
    assert not wildcard("rebound.example:7878")
    named = host_checker("192.168.1.7")
    assert named("192.168.1.7:80") and not named("10.0.0.1") and not named("localhost")


def test_server_warns_on_a_non_loopback_bind(store_path, capsys):
    server = create_server(store_path, host="0.0.0.0", port=0, workers=1)
    server.close()
    assert "warning: listening on 0.0.0.0" in capsys.readouterr().err


# -- limits -----------------------------------------------------------------------------------


def test_limits_stop_a_memory_hog_with_503_and_others_go_on(endpoint):
    status, _, body = get(endpoint.url, {"query": CROSS_JOIN})
    assert status == 503 and "300 MB memory limit" in body
    assert get(endpoint.url, {"query": ASK})[0] == 200


def test_limits_result_over_the_size_limit_is_503(endpoint):
    status, _, body = get(endpoint.url, {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert status == 503 and "larger than the 1 MB limit" in body


class _NoPool:
    """Stands in for the pool: any request reaching it is a failure of the checks."""

    calls: list[dict] = []

    def run(self, request, client=""):
        self.calls.append(request)
        raise AssertionError("a bad request reached a worker")


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"query": NESTED}, 400, "nested 5002 levels deep"),
        ({"query": "SELECT * WHERE { " + "<<( " * 3000 + "}"}, 400, "levels deep"),
        ({"query": "SELECT ?s WHERE { ?s ?p }"}, 400, "malformed SPARQL query"),
        ({"query": "ASK { ?s ?p }"}, 400, "malformed SPARQL query"),
        ({"query": ASK, "named-graph-uri": "not an iri"}, 400, "bad named-graph-uri"),
        ({"query": ASK, "default-graph-uri": "<x>"}, 400, "bad default-graph-uri"),
        ({"query": "LOAD <http://127.0.0.1:9/>"}, 403, "read-only"),
    ],
)
def test_guard_refuses_bad_requests_before_any_worker(params, status, message):
    app = create_app(_NoPool(), host_ok=host_checker("127.0.0.1"))  # type: ignore[arg-type]
    response = app.test_client().get("/sparql", query_string=params)
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert _NoPool.calls == []


def test_guard_ask_with_group_by_passes_the_syntax_check():
    check_query("ASK { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(?o) > 1)")
    assert nesting_depth(skeleton("SELECT * { << <a:b> <a:c> <a:d> >> ?p ( ?o ) }")) == 2


def _request(query):
    return {
        "query": query,
        "results_type": "application/sparql-results+json",
        "rdf_type": "text/turtle",
        "default_graphs": [],
        "named_graphs": [],
    }


def _start(pool, query, client, results, key):
    request = _request(query)
    thread = threading.Thread(
        target=lambda: results.setdefault(key, pool.run(request, client)), daemon=True
    )
    thread.start()
    return thread


def _wait_for(condition, seconds=20.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert condition()


def test_pool_keeps_a_worker_for_short_queries(store_path):
    pool = QueryPool(store_path, 2, limits=Limits(timeout=15.0), long_after=0.5)
    try:
        results: dict[str, object] = {}
        first = _start(pool, RUNAWAY, "a", results, "first")
        _wait_for(lambda: len(pool._running) == 1)
        _start(pool, RUNAWAY, "b", results, "second").join(20)
        # the latest long query is stopped: one worker stays free for short queries
        assert results["second"].status == 503
        assert "at most 1 may run past 0.5 s" in results["second"].body.decode()
        _start(pool, ASK, "c", results, "ask").join(20)
        assert results["ask"].status == 200
        assert "first" not in results  # the first long query runs on
    finally:
        pool.close()
    first.join(20)


def test_pool_serves_clients_in_turn_and_caps_each(store_path):
    pool = QueryPool(store_path, 1, limits=Limits(timeout=2.0), per_client=2, long_after=60)
    try:
        results: dict[str, object] = {}
        finished: list[str] = []

        def start(query, client, key):
            def run():
                results[key] = pool.run(_request(query), client)
                finished.append(key)

            thread = threading.Thread(target=run, daemon=True)
            thread.start()
            return thread

        threads = [start(RUNAWAY, "a", "a1")]
        _wait_for(lambda: len(pool._running) == 1)
        threads.append(start(RUNAWAY, "a", "a2"))
        _wait_for(lambda: "a" in pool._waiting)
        threads.append(start(ASK, "b", "b1"))
        _wait_for(lambda: "b" in pool._waiting)
        start(ASK, "a", "a3").join(20)
        assert results["a3"].status == 429 and "the limit is 2" in results["a3"].body.decode()
        for thread in threads:
            thread.join(30)
        # b's ASK went before a's second runaway, which had waited longer
        assert finished.index("b1") < finished.index("a2")
        assert results["b1"].status == 200
        assert results["a1"].status == results["a2"].status == 503
    finally:
        pool.close()


def test_pool_refuses_past_the_queue_bound(store_path):
    pool = QueryPool(store_path, 1, limits=Limits(timeout=3.0), queue=0, long_after=60)
    try:
        results: dict[str, object] = {}
        slow = _start(pool, RUNAWAY, "a", results, "slow")
        _wait_for(lambda: len(pool._running) == 1)
        _start(pool, ASK, "b", results, "waiting").join(20)
        assert results["waiting"].status == 503
        assert "0 queries are already waiting" in results["waiting"].body.decode()
        slow.join(20)
        assert "longer than the 3 s limit" in results["slow"].body.decode()
    finally:
        pool.close()


def test_pool_workers_hold_no_server_sockets(store_path):
    """A worker forked while connections are open must not keep them (or the port) open."""
    psutil = pytest.importorskip("psutil")
    server = create_server(store_path, port=0, workers=1, timeout=1.0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=10):
            assert get(server.url, {"query": RUNAWAY})[0] == 503  # its worker is replaced now
            assert get(server.url, {"query": ASK})[0] == 200
            workers = psutil.Process().children(recursive=True)
            assert workers
            assert [w.net_connections(kind="inet") for w in workers] == [[] for _ in workers]
    finally:
        server.close()
        thread.join(10)


# -- polkg query ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([NESTED], "Error: query nested 5002 levels deep; the limit is 64 brackets"),
        (["--timeout", "1", RUNAWAY], "Error: query stopped: it ran longer than the 1 s limit"),
        (["--max-memory", "300", CROSS_JOIN], "Error: query stopped: it needed more than"),
        (
            ["--max-result", "1", "SELECT * { ?a ?b ?c . ?d ?e ?f }"],
            "Error: query stopped: its result is larger",
        ),
    ],
)
def test_cli_query_limits_give_one_line_errors(store_path, args, message):
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), *args])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)


def test_cli_query_still_answers(store_path):
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), "--format", "csv", ASK])
    assert result.exit_code == 0 and result.output.strip() == "true"


# -- load ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_server_load_two_runaways_an_ask_client_and_1000_idle_connections(store_path):
    """With two runaway queries running, a third client's ASKs are answered while both still
    run (not queued behind them); with 1,000 idle connections held open, a new client still gets
    its answer. Behaviour only: the latencies are measured by `make bench`, not asserted here."""
    server = create_server(store_path, port=0, workers=3, timeout=6.0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    stop = threading.Event()
    runaway_answers: list[int] = []

    def runaway() -> None:
        for _ in range(3):  # bounded: at most 3 x the 6 s limit
            if stop.is_set():
                return
            runaway_answers.append(get(server.url, {"query": RUNAWAY})[0])

    runaways = [threading.Thread(target=runaway, daemon=True) for _ in range(2)]
    idle: list[socket.socket] = []
    try:
        for worker in runaways:
            worker.start()
        _wait_for(lambda: len(server.pool._running) == 2)
        time.sleep(1.5)  # both are long queries now
        for _ in range(10):
            status, _, body = get(server.url, {"query": ASK})
            assert status == 200 and "true" in body
            time.sleep(0.1)
        running = [ticket.request["query"] for ticket in server.pool._running]
        assert running.count(RUNAWAY) == 2 and not runaway_answers  # both ran all along
        host, port = server.url.removeprefix("http://").rsplit(":", 1)
        for _ in range(1000):
            idle.append(socket.create_connection((host, int(port)), timeout=10))
        status, _, body = get(server.url, {"query": ASK})
        assert status == 200 and "true" in body
    finally:
        stop.set()
        for sock in idle:
            sock.close()
        for worker in runaways:
            worker.join(30)
        server.close()
        thread.join(10)
    assert runaway_answers and set(runaway_answers) == {503}
