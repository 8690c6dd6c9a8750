"""networkx -> RDF -> networkx is exact, and the RDF says what DESIGN.md promises."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest
import rdflib
from rdf_sample import odd_graph, seed_graph
from rdflib.namespace import PROV, RDF, RDFS

from polkg.errors import PolkgError
from polkg.ontology import POL
from polkg.ontology.rdf import (
    ENTITY_CLASSES,
    graph_from_quads,
    graph_quads,
    graph_to_rdf,
    rdf_to_graph,
)
from polkg.ontology.vocab import DOC, ENT


def snapshot(g: nx.MultiDiGraph) -> tuple[Any, ...]:
    """Everything that makes two graphs equal, evidence order included."""
    return (
        dict(g.nodes(data=True)),
        {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)},
        g.graph,
    )


def assert_same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert set(a.nodes) == set(b.nodes)
    for node in a.nodes:
        assert a.nodes[node] == b.nodes[node], node
    assert set(a.edges(keys=True)) == set(b.edges(keys=True))
    for u, v, k in a.edges(keys=True):
        assert a.edges[u, v, k] == b.edges[u, v, k], (u, v, k)
    assert a.graph == b.graph
    assert snapshot(a) == snapshot(b)


@pytest.mark.parametrize("make", [seed_graph, odd_graph])
def test_rdf_roundtrip_is_exact_through_rdflib(make):
    g = make()
    assert_same(g, rdf_to_graph(graph_to_rdf(g)))


@pytest.mark.parametrize("make", [seed_graph, odd_graph])
def test_rdf_roundtrip_is_exact_through_trig_text(make):
    g = make()
    text = graph_to_rdf(g).serialize(format="trig")
    ds = rdflib.Dataset()
    ds.parse(data=text, format="trig")
    assert_same(g, rdf_to_graph(ds))


def test_rdf_roundtrip_keeps_types_and_none():
    g = odd_graph()
    back = rdf_to_graph(graph_to_rdf(g))
    item = back.edges["plain", "x", "criticizes"]["evidence"][0]
    assert type(item["confidence"]) is int and item["date"] is None and item["extra_field"] is True
    assert back.nodes["ünïcode slug/with spaces"]["aliases"] == ["b", "a", "a"]
    assert back.nodes["ünïcode slug/with spaces"]["offices"][0]["qualifier"] is None
    assert "type" not in back.nodes["plain"] and back.graph["name"] == "odd"


def test_rdf_roundtrip_of_empty_graph():
    assert_same(nx.MultiDiGraph(), rdf_to_graph(graph_to_rdf(nx.MultiDiGraph())))


def test_rdf_evidence_order_survives_when_not_sorted():
    g = seed_graph()
    edge = g.edges["jeff-sessions", "donald-trump", "criticizes"]
    edge["evidence"].reverse()
    back = graph_from_quads(graph_quads(g))
    assert back.edges["jeff-sessions", "donald-trump", "criticizes"] == edge


def test_rdf_direct_edge_is_backed_by_assertion_with_evidence_and_source():
    ds = graph_to_rdf(seed_graph())
    sessions, trump = ENT["jeff-sessions"], ENT["donald-trump"]
    assert (sessions, POL.criticizes, trump) in ds.default_graph
    rows = list(
        ds.query(
            """SELECT ?g ?sentence ?doc WHERE { GRAPH ?g {
                 ?a a pol:Assertion ; rdf:subject ?s ; rdf:predicate pol:criticizes ;
                    rdf:object ?o ; pol:evidence ?sentence ; prov:wasDerivedFrom ?doc } }""",
            initNs={"pol": POL._NS, "rdf": RDF, "prov": PROV},
            initBindings={"s": sessions, "o": trump},
        )
    )
    assert len(rows) == 2
    assert {str(r.g) for r in rows} == {str(DOC["hill-sessions-recusal"])}
    assert all(r.g == r.doc for r in rows)
    assert "Sessions shot back at Trump over the recusal." in {str(r.sentence) for r in rows}


def test_rdf_materialises_stance_super_properties():
    ds = graph_to_rdf(seed_graph()).default_graph
    negative = set(ds.subject_objects(POL.negativeStance))
    assert (ENT["tommy-tuberville"], ENT["jeff-sessions"]) in negative  # opposes
    assert (ENT["jeff-sessions"], ENT["donald-trump"]) in negative  # criticizes
    assert (ENT["jeff-sessions"], ENT["donald-trump"]) in set(
        ds.subject_objects(POL.positiveStance)
    )
    assert (ENT["jeff-sessions"], POL.stance, ENT["russia-investigation"]) not in ds


def test_rdf_party_links_to_party_node_or_labelled_stand_in():
    ds = graph_to_rdf(seed_graph()).default_graph
    assert (ENT["doug-jones"], POL.memberOf, ENT["democratic-party"]) in ds
    assert (ENT["jeff-sessions"], POL.memberOf, ENT["republican-party"]) in ds
    assert ds.value(ENT["republican-party"], RDFS.label) == rdflib.Literal("Republican Party")
    assert (ENT["republican-party"], POL.slug, None) not in ds  # a stand-in, not a node


def test_rdf_office_holding_is_qualified():
    ds = graph_to_rdf(seed_graph()).default_graph
    holdings = list(ds.objects(ENT["jeff-sessions"], POL.holdsOffice))
    facts = {
        (str(ds.value(h, POL.title)), str(ds.value(h, POL.status)), ds.value(h, POL.qualifier))
        for h in holdings
    }
    assert facts == {
        ("Attorney General", "former", None),
        ("Senator", "former", rdflib.Literal("Alabama")),
    }
    assert all(ds.value(h, PROV.wasDerivedFrom) == DOC["hill-sessions-recusal"] for h in holdings)


def test_rdf_iris_are_stable_and_output_is_deterministic():
    first = [str(q) for q in graph_quads(seed_graph())]
    g = seed_graph()
    reordered = nx.MultiDiGraph()
    reordered.graph.update(g.graph)
    reordered.add_nodes_from(reversed(list(g.nodes(data=True))))
    reordered.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    assert [str(q) for q in graph_quads(reordered)] == first


def test_rdf_types_are_ontology_classes():
    from polkg.model import ENTITY_TYPES

    assert tuple(ENTITY_CLASSES) == tuple(ENTITY_TYPES)
    ds = graph_to_rdf(seed_graph()).default_graph
    assert (ENT["russia-investigation"], RDF.type, POL.Investigation) in ds


def test_rdf_rejects_non_string_node_keys():
    g = nx.MultiDiGraph()
    g.add_node(7)
    with pytest.raises(PolkgError, match="node keys must be strings"):
        graph_to_rdf(g)


def test_rdf_rejects_values_json_cannot_keep():
    g = nx.MultiDiGraph()
    g.add_node("a", when={1, 2})
    with pytest.raises(PolkgError, match="node 'a'"):
        graph_to_rdf(g)


def test_rdf_to_graph_reports_incomplete_rdf():
    ds = graph_to_rdf(seed_graph())
    ds.default_graph.remove((None, POL.slug, rdflib.Literal("donald-trump")))
    with pytest.raises(PolkgError, match="not a complete polkg graph"):
        rdf_to_graph(ds)


def test_rdf_schema_data_needs_no_json_residue():
    """Everything the schema promises (gazetteer offices included) maps to real RDF terms."""
    ds = graph_to_rdf(seed_graph())
    assert not list(ds.quads((None, POL.extra, None, None)))
    holding = rdflib.URIRef("https://w3id.org/polkg/holding/donald-trump/1")
    assert ds.default_graph.value(holding, rdflib.URIRef("https://schema.org/startDate")) == (
        rdflib.Literal("2017-01-20", datatype=rdflib.XSD.date)
    )


def test_rdf_party_named_like_a_person_gets_its_own_stand_in():
    """A gazetteer term's party "Jackson" (Jacksonian) next to a person node labelled "Jackson":
    pol:memberOf must point to an organisation, and the graph must read back unchanged."""
    g = nx.MultiDiGraph(documents={})
    g.add_node(
        "jackson",
        type="Person",
        label="Jackson",
        aliases=["Jackson"],
        offices=[],
        documents=[],
        resolution="surname-only",
    )
    g.add_node(
        "john-king",
        type="Person",
        label="John King",
        aliases=["John King"],
        offices=[],
        documents=[],
        party="Jackson",
    )
    ds = graph_to_rdf(g)
    members = list(ds.objects(ENT["john-king"], POL.memberOf))
    assert members == [ENT["jackson-party"]]
    from polkg.store.shacl import validate_graph

    ok, report = validate_graph(g)
    assert ok, report
    assert_same(rdf_to_graph(ds), g)


def test_rdf_party_stand_in_slug_is_the_graph_slug():
    """A stand-in party gets the slug a node of that label would get (one slugify for both):
    "People's Party" -> ent:peoples-party, not ent:people-s-party."""
    g = nx.MultiDiGraph(documents={})
    g.add_node(
        "ana-ruiz",
        type="Person",
        label="Ana Ruiz",
        aliases=["Ana Ruiz"],
        offices=[],
        documents=[],
        party="People's Party",
    )
    ds = graph_to_rdf(g)
    assert list(ds.objects(ENT["ana-ruiz"], POL.memberOf)) == [ENT["peoples-party"]]
    assert_same(rdf_to_graph(ds), g)
