"""The SPARQL endpoint, queried with a standard client (SPARQLWrapper) over real HTTP."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdf_sample import seed_graph
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from polkg.cli import store_viewer
from polkg.errors import PolkgError
from polkg.store import Store
from polkg.store.server import create_server, looks_like_update

pytestmark = pytest.mark.slow  # worker processes (make test-fast skips it)

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("endpoint") / "kg"
    Store(path).save_graph(seed_graph())
    server = create_server(
        path, port=0, timeout=2.0, max_query_bytes=2000, viewer_html_factory=lambda: "<h1>v</h1>"
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield server.url
    server.close()
    thread.join(10)


def get(url: str, query: str, accept: str | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(
        f"{url}/sparql?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": accept} if accept else {},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_server_answers_select_from_sparqlwrapper(endpoint):
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(
        "PREFIX pol: <https://w3id.org/polkg/ontology#> "
        "PREFIX ent: <https://w3id.org/polkg/entity/> "
        "SELECT ?critic WHERE { ?critic pol:criticizes ent:donald-trump } ORDER BY ?critic"
    )
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["critic"]["value"].rsplit("/", 1)[1] for b in bindings] == [
        "doug-jones",
        "jeff-sessions",
    ]


def test_server_answers_post_and_csv(endpoint):
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setMethod(POST)
    client.setQuery("SELECT ?id WHERE { ?d dcterms:identifier ?id } ORDER BY ?id")
    client.setReturnFormat(CSV)
    text = client.query().convert().decode()
    assert text.splitlines() == ["id", "campaign-2016", "hill-sessions-recusal", "undated-note"]


def test_server_refuses_update_from_sparqlwrapper(endpoint):
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403
    assert "read-only" in info.value.read().decode()
    status, _, _ = get(endpoint, "ASK { <http://a.example/s> ?p ?o }")
    assert status == 200


def test_server_malformed_query_is_400_with_parser_message(endpoint):
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery("SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        client.query()


def test_server_content_negotiation(endpoint):
    status, content_type, body = get(endpoint, "ASK { ?s ?p ?o }", "application/sparql-results+xml")
    assert status == 200 and content_type.startswith("application/sparql-results+xml")
    assert "<boolean>true</boolean>" in body
    construct = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s pol:slug 'doug-jones' ; rdfs:label ?l }"
    status, content_type, body = get(endpoint, construct, "application/n-triples")
    assert status == 200 and content_type.startswith("application/n-triples")
    assert body.strip().endswith('"Doug Jones" .')
    status, content_type, _ = get(endpoint, construct)
    assert content_type.startswith("text/turtle")


def test_server_query_too_large_is_413(endpoint):
    status, _, body = get(endpoint, "ASK { ?s ?p ?o }" + " " * 3000)
    assert status == 413 and "limit is 2000 bytes" in body


def test_server_stops_runaway_query_and_keeps_serving(endpoint):
    results = {}
    slow = threading.Thread(target=lambda: results.setdefault("slow", get(endpoint, RUNAWAY)))
    slow.start()
    assert get(endpoint, "ASK { ?s ?p ?o }")[0] == 200  # another client, meanwhile
    slow.join(60)
    status, _, body = results["slow"]
    assert status == 503 and "longer than the 2 s limit" in body
    assert get(endpoint, "ASK { ?s ?p ?o }")[0] == 200  # the killed worker was replaced


def test_server_viewer_at_root(endpoint):
    with urllib.request.urlopen(f"{endpoint}/", timeout=30) as response:
        assert response.read().decode() == "<h1>v</h1>"


def test_server_refuses_missing_store(tmp_path):
    with pytest.raises(PolkgError, match="no store at"):
        create_server(tmp_path / "absent", port=0)


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("INSERT DATA { <a:b> <a:b> <a:b> }", True),
        ("PREFIX x: <http://x/>\n# note\n delete where { ?s ?p ?o }", True),
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("PREFIX x: <http://x/> ASK { ?s x:insert ?o }", False),
    ],
)
def test_server_tells_updates_from_queries(text, update):
    assert looks_like_update(text) is update


def test_server_default_viewer_shows_the_stored_graph(tmp_path):
    path = tmp_path / "kg"
    Store(path).save_graph(seed_graph())
    server = create_server(path, port=0, workers=1, viewer_html_factory=store_viewer(path))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"{server.url}/", timeout=60) as response:
            page = response.read().decode()
            assert response.headers["Content-Type"].startswith("text/html")
    finally:
        server.close()
        thread.join(10)
    assert "Jeff Sessions" in page


def test_server_warns_about_an_unknown_ontology_term_in_a_header(endpoint):
    query = "SELECT ?s WHERE { ?s pol:criticises ?o }"
    request = urllib.request.Request(
        f"{endpoint}/sparql?{urllib.parse.urlencode({'query': query})}"
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
        warning = response.headers["X-Polkg-Warning"]
    assert warning.startswith("pol:criticises is not in the polkg ontology")
    assert "pol:criticizes" in warning
    good = "SELECT ?s WHERE { ?s pol:criticizes ?o }"
    request = urllib.request.Request(f"{endpoint}/sparql?{urllib.parse.urlencode({'query': good})}")
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.headers["X-Polkg-Warning"] is None
