"""RDF files: Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML, byte-for-byte deterministic.

The layout is the store's, so every file answers the shipped queries (``polkg/store/queries``)
with the store's rows when loaded the ordinary way for its format: the default graph holds the
whole graph, and N-Quads, TriG and JSON-LD also keep one named graph per document for its
assertions (``GRAPH ?g`` patterns see them). So ``rdflib.Graph().parse`` of Turtle, N-Triples,
RDF/XML or JSON-LD, and ``rdflib.Dataset().parse`` of TriG or N-Quads (whose queries see the
default graph), all hold every triple. Turtle, N-Triples and RDF/XML hold triples only (the
graph names carry nothing the triples do not). JSON-LD has an ``@context`` with polkg's
prefixes. RDF/XML text is made XML-safe (:mod:`polkg.exports.xmlsafe`). Every format reads back
with ``read_rdf``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib

from polkg.errors import PolkgError
from polkg.exports.xmlsafe import xml_safe_graph
from polkg.ontology.rdf import PREFIXES, RDF_MEDIA_TYPES, graph_from_quads, graph_nquads

__all__ = ["RDF_FORMATS", "generate_rdf", "write_rdf", "read_rdf", "rdf_format"]

# name -> (canonical name, pyoxigraph format); aliases as in rdflib's plugin registry
RDF_FORMATS: dict[str, str] = {
    **RDF_MEDIA_TYPES,
    "ttl": "ttl",
    "turtle": "ttl",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "nq": "nq",
    "nquads": "nq",
    "n-quads": "nq",
    "trig": "trig",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "xml": "xml",
    "rdf": "xml",
    "rdfxml": "xml",
    "rdf/xml": "xml",
    "owl": "xml",
    "application/rdf+xml": "xml",
}
_OXIGRAPH = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = {"nq", "trig", "jsonld"}
CONTEXT = dict(sorted(PREFIXES.items()))


def rdf_format(name: str) -> str:
    """The canonical format name for a name, an alias, a media type or a file extension."""
    key = name.lower().lstrip(".")
    if key not in RDF_FORMATS:
        names = "ttl, nt, nq, trig, jsonld, xml"
        raise PolkgError(f"unknown RDF format {name!r}; choose one of {names}")
    return RDF_FORMATS[key]


def _sorted_json(value: Any) -> Any:
    """JSON-LD with every array and object in a fixed order (RDF is a set: order is free)."""
    if isinstance(value, dict):
        return {k: _sorted_json(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _jsonld(g: nx.MultiDiGraph) -> str:
    dataset = rdflib.Dataset()
    dataset.parse(data=graph_nquads(g, union_default=True, sort=False), format="nquads")
    text = dataset.serialize(format="json-ld", context=CONTEXT, auto_compact=True)
    data = json.loads(text)
    if isinstance(data, dict) and "@context" in data:
        context = data.pop("@context")
        data = {"@context": context, **_sorted_json(data)}
    else:
        data = _sorted_json(data)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def generate_rdf(g: nx.MultiDiGraph, fmt: str = "ttl") -> str:
    """``g`` serialised as text in ``fmt``; the same graph always gives the same text."""
    name = rdf_format(fmt)
    if name == "jsonld":
        return _jsonld(g)
    if name == "xml":
        g = xml_safe_graph(g)
    quads = list(
        ox.parse(
            graph_nquads(g, union_default=name in _DATASET_FORMATS), format=ox.RdfFormat.N_QUADS
        )
    )
    data: list[Any]
    if name in _DATASET_FORMATS:
        data = quads
    else:
        unique = {str(t): t for t in (ox.Triple(q.subject, q.predicate, q.object) for q in quads)}
        data = [unique[k] for k in sorted(unique)]
    prefixes = None if name == "nt" or name == "nq" else PREFIXES
    output = ox.serialize(data, format=_OXIGRAPH[name], prefixes=prefixes)
    text = bytes(output or b"").decode("utf-8")
    if name in ("ttl", "trig"):  # prefix lines in a fixed order, whatever the serializer's
        lines = text.splitlines(keepends=True)
        head = [line for line in lines if line.startswith("@prefix ")]
        text = "".join(sorted(head)) + "".join(lines[len(head) :])
    return text


def write_rdf(
    g: nx.MultiDiGraph, path: Path | str | None = None, fmt: str | None = None
) -> str | None:
    """Write ``g`` to ``path`` (format from ``fmt`` or the file extension); no path: return text."""
    if fmt is None:
        if path is None:
            raise PolkgError("write_rdf needs a format when it writes to no file")
        fmt = Path(path).suffix or "?"
    text = generate_rdf(g, fmt)
    if path is None:
        return text
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise PolkgError(f"cannot write {path}: {error.strerror or error}") from None
    return None


def read_rdf(path: Path | str, fmt: str | None = None) -> nx.MultiDiGraph:
    """The graph from a file ``write_rdf`` wrote, in any of the formats."""
    name = rdf_format(fmt or Path(path).suffix or "?")
    try:
        quads = ox.parse(path=str(path), format=_OXIGRAPH[name])
        return graph_from_quads(quads)
    except (OSError, SyntaxError) as error:
        raise PolkgError(f"cannot read {path}: {' '.join(str(error).split())}") from None
