"""polkg's ontology: the OWL file, the SHACL shapes, the vocabulary and the networkx <-> RDF map."""

from __future__ import annotations

from importlib.resources import files

from polkg.ontology.vocab import DOC, ENT, POL

ONTOLOGY_PATH = files("polkg.ontology") / "polkg.ttl"
SHAPES_PATH = files("polkg.ontology") / "shapes.ttl"

__all__ = ["DOC", "ENT", "ONTOLOGY_PATH", "POL", "SHAPES_PATH", "graph_to_rdf", "rdf_to_graph"]


def __getattr__(name: str):  # noqa: ANN202 - lazy: importing the vocabulary must stay cheap
    if name in ("graph_to_rdf", "rdf_to_graph"):
        from polkg.ontology import rdf

        return getattr(rdf, name)
    raise AttributeError(name)
