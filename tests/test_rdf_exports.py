"""RDF file exports: every format reads back to the same graph, byte-identical on every run."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdf_sample import odd_graph, seed_graph

from polkg.errors import PolkgError
from polkg.exports.rdf import generate_rdf, read_rdf, write_rdf
from polkg.exports.xmlsafe import xml_safe_graph

FORMATS = ["ttl", "nt", "nq", "trig", "jsonld", "xml"]


def edges(g: nx.MultiDiGraph) -> dict:
    return {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("make", [seed_graph, odd_graph])
def test_rdf_exports_read_back_to_the_same_graph(tmp_path, fmt, make):
    g = make()
    path = tmp_path / f"graph.{fmt}"
    assert write_rdf(g, path) is None
    back = read_rdf(path)
    if fmt == "xml":  # XML 1.0 cannot hold a control character: it is written as \\u0001
        g = xml_safe_graph(g)
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert edges(back) == edges(g) and back.graph == g.graph


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_exports_are_deterministic(fmt):
    g = seed_graph()
    shuffled = nx.MultiDiGraph(**g.graph)
    shuffled.add_nodes_from(reversed(list(g.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    assert generate_rdf(g, fmt) == generate_rdf(shuffled, fmt)


def test_rdf_exports_trig_has_one_named_graph_per_document():
    ds = rdflib.Dataset()
    ds.parse(data=generate_rdf(seed_graph(), "trig"), format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {n for n in names if "/doc/" in n} == {
        "https://w3id.org/polkg/doc/hill-sessions-recusal",
        "https://w3id.org/polkg/doc/campaign-2016",
        "https://w3id.org/polkg/doc/undated-note",
    }


def test_rdf_exports_jsonld_has_a_context_and_the_same_triples():
    text = generate_rdf(seed_graph(), "jsonld")
    data = json.loads(text)
    assert data["@context"]["pol"] == "https://w3id.org/polkg/ontology#"
    assert '"@id": "ent:jeff-sessions"' in text
    quads = ox.parse(text, format=ox.RdfFormat.JSON_LD)
    triples = {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}
    assert len(triples) == len(generate_rdf(seed_graph(), "nt").splitlines())


def test_rdf_exports_turtle_is_readable_with_prefixes():
    text = generate_rdf(seed_graph(), "ttl")
    assert "@prefix pol: <https://w3id.org/polkg/ontology#> ." in text
    assert "ent:jeff-sessions" in text and "pol:criticizes ent:donald-trump" in text


def test_rdf_exports_format_aliases_and_errors(tmp_path):
    assert write_rdf(seed_graph(), None, "turtle") == generate_rdf(seed_graph(), "ttl")
    assert write_rdf(seed_graph(), None, "application/n-quads") == generate_rdf(seed_graph(), "nq")
    with pytest.raises(PolkgError, match="unknown RDF format 'yaml'"):
        write_rdf(seed_graph(), None, "yaml")
    with pytest.raises(PolkgError, match="cannot write"):
        write_rdf(seed_graph(), tmp_path / "missing" / "x.ttl")


# how each format is loaded "the ordinary way": a Graph for triple formats, a Dataset for quads
RDFLIB_LOAD = {
    "ttl": (rdflib.Graph, "turtle"),
    "nt": (rdflib.Graph, "nt"),
    "xml": (rdflib.Graph, "xml"),
    "jsonld": (rdflib.Graph, "json-ld"),
    "trig": (rdflib.Dataset, "trig"),
    "nq": (rdflib.Dataset, "nquads"),
}
EVIDENCE_PARAMS = {"subject": "Jeff Sessions", "object": "Donald Trump", "relation": "criticizes"}


def _text(term) -> str:
    return "" if term is None else str(getattr(term, "value", term))


@pytest.fixture(scope="module")
def store_rows(tmp_path_factory):
    """edge-evidence for Sessions criticizes Trump, as the store answers it."""
    from polkg.store import Store, read_query

    store = Store(tmp_path_factory.mktemp("store") / "store")
    store.save_graph(seed_graph())
    try:
        solutions = store.query(read_query("edge-evidence"), EVIDENCE_PARAMS)
        names = [v.value for v in solutions.variables]
        return names, sorted(tuple(_text(s[n]) for n in names) for s in solutions)
    finally:
        store.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_exports_answer_edge_evidence_like_the_store(fmt, store_rows):
    from polkg.store import read_query

    names, expected = store_rows
    assert len(expected) == 2 and "shot back" in " ".join(expected[0] + expected[1])
    cls, rdflib_format = RDFLIB_LOAD[fmt]
    graph = cls()
    graph.parse(data=generate_rdf(seed_graph(), fmt), format=rdflib_format)
    bindings = {k: rdflib.Literal(v) for k, v in EVIDENCE_PARAMS.items()}
    result = graph.query(read_query("edge-evidence"), initBindings=bindings)
    rows = sorted(tuple(_text(row[n]) for n in names) for row in result)
    assert rows == expected


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_rdf_exports_keep_a_named_graph_per_document_beside_the_default(fmt):
    ds = rdflib.Dataset()
    ds.parse(data=generate_rdf(seed_graph(), fmt), format=RDFLIB_LOAD[fmt][1])
    named = {str(c.identifier): len(c) for c in ds.graphs() if "/doc/" in str(c.identifier)}
    assert named.get("https://w3id.org/polkg/doc/hill-sessions-recusal", 0) > 10
    default = set(ds.default_graph)
    assert all(set(c) <= default for c in ds.graphs())  # the default graph holds everything
