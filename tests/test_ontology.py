"""The OWL ontology: parses, defines every Python term, aligns to schema.org/FOAF/ORG/PROV-O."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from polkg.ontology import ONTOLOGY_PATH, POL, SHAPES_PATH
from polkg.ontology.rdf import ENTITY_CLASSES, KNOWN_RELATIONS

SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ONTOLOGY_PATH.read_text(encoding="utf-8"), format="turtle")
    return graph


def _defined(graph: rdflib.Graph) -> set[str]:
    namespace = str(POL)
    return {
        str(s)[len(namespace) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(namespace) and str(s) != namespace
    }


def test_ontology_defines_exactly_the_python_terms(ontology):
    python_terms = set(POL.__annotations__)
    assert _defined(ontology) == python_terms


def test_ontology_every_term_has_label_and_comment(ontology):
    terms = _defined(ontology)
    assert {"criticizes", "endorses", "Person"} <= terms  # the loop holds of no terms at all
    for term in terms:
        iri = POL[term]
        assert ontology.value(iri, RDFS.label) is not None, term
        assert ontology.value(iri, RDFS.comment) is not None, term


def test_ontology_misspelled_term_fails_loudly():
    with pytest.raises(AttributeError):
        _ = POL.critcizes


def test_ontology_entity_classes_align_with_public_vocabularies(ontology):
    for name in ENTITY_CLASSES:
        supers = set(ontology.transitive_objects(POL[name], RDFS.subClassOf))
        assert POL.Entity in supers, name
        assert any(str(s).startswith(SCHEMA) or "org#" in str(s) for s in supers), name
    person = set(ontology.objects(POL.Person, RDFS.subClassOf))
    assert {rdflib.URIRef(SCHEMA + "Person"), rdflib.FOAF.Person, rdflib.PROV.Person} <= person


def test_ontology_stance_hierarchy(ontology):
    def ancestors(term):
        return set(ontology.transitive_objects(term, RDFS.subPropertyOf))

    assert POL.negativeStance in ancestors(POL.criticizes)
    assert POL.negativeStance in ancestors(POL.opposes)
    assert POL.positiveStance in ancestors(POL.endorses)
    assert POL.stance in ancestors(POL.endorses) and POL.stance not in ancestors(POL.recusedFrom)
    assert ontology.value(POL.criticizes, OWL.inverseOf) == POL.criticizedBy
    for relation in KNOWN_RELATIONS.values():
        assert POL.relation in ancestors(relation), relation


def test_ontology_shapes_parse():
    shapes = rdflib.Graph()
    shapes.parse(data=SHAPES_PATH.read_text(encoding="utf-8"), format="turtle")
    assert len(shapes) > 50
