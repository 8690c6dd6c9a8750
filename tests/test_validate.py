"""SHACL validation: polkg output conforms; broken data gets violations a person can act on."""

from __future__ import annotations

import pytest
from rdf_sample import seed_graph

from polkg.errors import PolkgError
from polkg.ontology.rdf import graph_quads
from polkg.ontology.vocab import ENT, POL
from polkg.store import Store, validate
from polkg.store.shacl import validate_graph, validate_quads


def test_validate_seed_graph_conforms():
    conforms, text = validate_graph(seed_graph())
    assert conforms, text
    assert text.startswith("valid:")


def test_validate_store_conforms(tmp_path):
    store = Store(tmp_path / "kg")
    store.save_graph(seed_graph())
    conforms, text = validate(store)
    assert conforms, text


def test_validate_direct_triple_without_assertion_is_reported():
    g = seed_graph()
    g.edges["jeff-sessions", "donald-trump", "criticizes"]["evidence"] = []
    conforms, text = validate_graph(g)
    assert not conforms
    assert (
        "Violation: ent:jeff-sessions pol:criticizes ent:donald-trump: this relation triple has "
        "no pol:Assertion behind it" in text
    )
    assert "pol:supportedBy: an edge needs at least one supporting pol:Assertion" in text


def test_validate_confidence_out_of_range_and_missing_label():
    g = seed_graph()
    g.edges["donald-trump", "tommy-tuberville", "endorses"]["evidence"][0]["confidence"] = 1.5
    g.nodes["tommy-tuberville"]["label"] = None
    conforms, text = validate_graph(g)
    assert not conforms
    assert "pol:confidence: pol:confidence is one xsd:double between 0 and 1" in text
    assert "ent:tommy-tuberville rdfs:label: an entity needs exactly one" in text
    assert text.splitlines()[0] == "2 violations of polkg's SHACL shapes:"


def test_validate_raw_triple_injected_into_rdf_is_caught():
    import pyoxigraph as ox

    quads = graph_quads(seed_graph())
    quads.append(
        ox.Quad(
            ox.NamedNode(str(ENT["doug-jones"])),
            ox.NamedNode(str(POL.endorses)),
            ox.NamedNode(str(ENT["tommy-tuberville"])),
        )
    )
    conforms, text = validate_quads(quads)
    assert not conforms and "ent:doug-jones pol:endorses ent:tommy-tuberville:" in text


def test_validate_missing_store_is_an_error(tmp_path):
    with pytest.raises(PolkgError, match="no store at"):
        validate(Store(tmp_path / "nothing"))
