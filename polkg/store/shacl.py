"""SHACL validation of a store (or a graph) against polkg's shapes, with pyshacl.

The data graph is the store's default graph, which holds every triple; ``polkg.ttl`` is mixed
in as the ontology so that ``sh:targetClass pol:Entity`` reaches persons, parties and the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from polkg.errors import PolkgError
from polkg.ontology import ONTOLOGY_PATH, SHAPES_PATH
from polkg.ontology.rdf import DATASET_IRI, PREFIXES, _to_rdflib, graph_quads
from polkg.store.store import Store

__all__ = ["validate", "validate_graph", "validate_quads"]

_IRI = re.compile(r"https?://[^\s<>\"{}]+")


def _load(path: Any) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    return graph


def _short(term: Any, graph: rdflib.Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(namespace):
                return f"{prefix}:{str(term)[len(namespace) :]}"
        return f"<{term}>"
    if isinstance(term, rdflib.Literal):
        text = str(term)
        return repr(text if len(text) <= 60 else text[:57] + "...")
    if isinstance(term, rdflib.BNode):  # a path expression or an anonymous node
        return "[...]"
    return str(term)


def _report(results: rdflib.Graph) -> tuple[int, list[str]]:
    lines = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = _short(results.value(result, SH.focusNode), results)
        path = _short(results.value(result, SH.resultPath), results)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        severity = str(results.value(result, SH.resultSeverity) or SH.Violation).rsplit("#")[-1]
        text = _IRI.sub(lambda m: _short(rdflib.URIRef(m.group(0)), results), str(message or ""))
        text = " ".join(text.split()) or "does not conform"
        if focus == f"<{DATASET_IRI}>":  # a whole-graph check: the message names the triple
            lines.append(f"{severity}: {text}")
            continue
        line = f"{severity}: {focus}"
        if path:
            line += f" {path}"
        line += f": {text}"
        if value is not None:
            line += f" (value {_short(value, results)})"
        lines.append(line)
    return len(lines), sorted(set(lines))


def validate_quads(quads: Iterable[ox.Quad]) -> tuple[bool, str]:
    """Check RDF quads against the shapes: (conforms, one readable line per violation)."""
    from pyshacl import validate as shacl_validate

    data = rdflib.Graph()
    for quad in quads:
        data.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=_load(SHAPES_PATH),
        ont_graph=_load(ONTOLOGY_PATH),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    if not isinstance(results, rdflib.Graph):  # pyshacl reports a broken shapes file this way
        raise PolkgError(f"SHACL validation failed to run: {_text}")
    count, lines = _report(results)
    if conforms:
        return True, f"valid: {len(data)} triples conform to polkg's SHACL shapes"
    head = f"{count} violation{'s' if count != 1 else ''} of polkg's SHACL shapes:"
    return False, "\n".join([head, *lines])


def validate_graph(g: nx.MultiDiGraph) -> tuple[bool, str]:
    """Check a networkx graph as it would be stored."""
    return validate_quads(graph_quads(g))


def validate(store: Store) -> tuple[bool, str]:
    """Check everything in ``store``; a missing store is a PolkgError, not a pass."""
    return validate_quads(store.require().quads(default_graph_only=True))
