"""Property-based: any graph of JSON-like attributes survives networkx -> RDF -> networkx."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polkg.ontology.rdf import graph_from_ntriples, graph_from_quads, graph_nquads, graph_quads

# Text without lone surrogates (they cannot be written as UTF-8 by anyone).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)
DATE = st.one_of(st.none(), st.dates().map(str), TEXT)


@st.composite
def evidence_item(draw: Any) -> dict[str, Any]:
    item = {
        "doc": draw(st.sampled_from(["d1", "d 2/ü", "d3"])),
        "sentence": draw(TEXT),
        "start": draw(st.integers(0, 10**6)),
        "end": draw(st.integers(0, 10**6)),
        "date": draw(DATE),
        "confidence": draw(st.floats(0, 1)),
        "rule": draw(TEXT),
    }
    if draw(st.booleans()):
        item[draw(TEXT)] = draw(VALUE)
    return item


@st.composite
def graphs(draw: Any) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    if draw(st.booleans()):
        g.graph["documents"] = {
            doc: {"title": draw(TEXT), "date": draw(DATE), "url": draw(TEXT), "outlet": None}
            for doc in ("d1", "d 2/ü")
        }
    keys = draw(st.lists(TEXT.filter(bool), min_size=1, max_size=5, unique=True))
    for key in keys:
        attrs: dict[str, Any] = {
            "type": draw(st.sampled_from(["Person", "PoliticalParty", "Place", "Alien", None])),
            "label": draw(st.one_of(TEXT, st.none())),
            "aliases": draw(st.lists(TEXT, max_size=3)),
            "documents": sorted(set(draw(st.lists(st.sampled_from(["d1", "d3"]), max_size=2)))),
            "offices": [
                {"title": draw(TEXT), "status": "former", "doc": "d1"}
                for _ in range(draw(st.integers(0, 2)))
            ],
        }
        if draw(st.booleans()):
            attrs["party"] = draw(TEXT)
        if draw(st.booleans()):
            attrs["wikidata"] = draw(st.sampled_from(["Q42", "Q1", "nope"]))
        if draw(st.booleans()):
            attrs[draw(TEXT)] = draw(VALUE)
        g.add_node(key, **attrs)
    for _ in range(draw(st.integers(0, 6))):
        u, v = draw(st.sampled_from(keys)), draw(st.sampled_from(keys))
        relation = draw(st.sampled_from(["endorses", "criticizes", "opposes", "recused_from"]))
        g.add_edge(
            u,
            v,
            key=relation,
            relation=relation,
            evidence=draw(st.lists(evidence_item(), max_size=3)),
            n_documents=draw(st.integers(0, 3)),
            confidence=draw(st.floats(0, 1)),
            first_date=draw(DATE),
        )
    return g


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in a.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in b.edges(keys=True, data=True)
    }
    assert a.graph == b.graph


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_rdf_properties_any_graph_round_trips_through_oxigraph_terms(g):
    _same(g, graph_from_quads(graph_quads(g)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_rdf_properties_round_trip_through_an_oxigraph_store_is_exact(g):
    """The store's own path: N-Quads bulk load, then CONSTRUCT as N-Triples."""
    text = graph_nquads(g)
    assert text == graph_nquads(g.copy())
    store = ox.Store()
    store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    )
    dump = bytes(triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    _same(g, graph_from_ntriples(dump))
