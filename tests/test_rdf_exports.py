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
