"""GEXF 1.3 with time, so Gephi's timeline plays the graph as it grew.

Each node starts at the first date it is attested (its documents, its edges' evidence) and each
edge at its first evidence date; both stay once they appear, as a relation once reported stays on
the record. Mode is ``dynamic`` and ``timeformat`` is ``date``; only ISO 8601 days go into
``start`` (a date in another form stays, whole, in the ``first_date`` text). Edges carry
``label`` and ``kind`` (the relation: Gephi keeps parallel edges of different kinds) and
``weight`` (documents supporting the edge). Aliases, offices, documents and evidence are GEXF
``liststring`` values written ``["a", "b"]`` (quoted, as Gephi's list parser reads them).

Written with ElementTree rather than networkx's writer, which cannot type a list, leaks its
``networkx_key`` column into multigraphs and writes attributes the schema forbids. Valid against
the GEXF 1.3 RELAX NG schema (checked in the tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement, indent, tostring

import networkx as nx

from polkg import __version__
from polkg.exports.style import relation_color, rgb, type_color
from polkg.exports.summary import (
    canonical,
    edge_dates,
    edge_fields,
    edge_id,
    edges,
    iso_date,
    node_dates,
    node_fields,
    node_size,
)
from polkg.exports.xmlsafe import xml_safe, xml_safe_graph

__all__ = ["generate_gexf", "write_gexf", "NODE_ATTRIBUTES", "EDGE_ATTRIBUTES"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

# attribute id -> GEXF type; the id is also the title Gephi shows as the column name
NODE_ATTRIBUTES = {
    "type": "string",
    "wikidata": "string",
    "bioguide": "string",
    "party": "string",
    "resolution": "string",
    "aliases": "liststring",
    "offices": "liststring",
    "documents": "liststring",
    "n_documents": "integer",
    "degree": "integer",
}
EDGE_ATTRIBUTES = {
    "relation": "string",
    "n_documents": "integer",
    "n_evidence": "integer",
    "confidence": "double",
    "first_date": "string",
    "last_date": "string",
    "evidence": "liststring",
    "documents": "liststring",
}


def generate_gexf(g: nx.MultiDiGraph) -> str:
    """The GEXF 1.3 document, XML declaration included; no wall-clock date inside."""
    g = canonical(xml_safe_graph(g))
    root = Element("gexf", {"xmlns": GEXF_NS, "xmlns:viz": VIZ_NS, "version": "1.3"})
    meta = SubElement(root, "meta")
    last = max(
        (day for d in g.graph.get("documents", {}).values() if (day := iso_date(d.get("date")))),
        default=None,
    )
    if last:
        meta.set("lastmodifieddate", last)
    SubElement(meta, "creator").text = f"polkg {__version__}"
    SubElement(meta, "description").text = "Political relations reported in news articles"
    graph = SubElement(
        root, "graph", {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"}
    )
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)
    nodes = SubElement(graph, "nodes", {"count": str(g.number_of_nodes())})
    for n in g:
        fields = node_fields(g, n)
        node = SubElement(nodes, "node", {"id": str(n), "label": str(fields["label"])})
        dates = node_dates(g, n)
        if dates:
            node.set("start", dates[0])
        _values(node, fields, NODE_ATTRIBUTES)
        _color(node, type_color(g.nodes[n].get("type")))
        SubElement(node, "viz:size", {"value": str(node_size(g.degree(n)))})
    links = SubElement(graph, "edges", {"count": str(g.number_of_edges())})
    for u, v, relation, d in edges(g):
        fields = xml_safe(edge_fields(g, relation, d))
        edge = SubElement(
            links,
            "edge",
            {
                "id": edge_id(u, v, relation),
                "source": u,
                "target": v,
                "label": relation,
                "kind": relation,
                "weight": _number(fields["weight"]),
            },
        )
        dates = edge_dates(d)
        if dates:
            edge.set("start", dates[0])
        _values(edge, fields, EDGE_ATTRIBUTES)
        _color(edge, relation_color(relation))
    indent(root)
    return "<?xml version='1.0' encoding='utf-8'?>\n" + tostring(root, encoding="unicode") + "\n"


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as GEXF 1.3 to ``path``."""
    Path(path).write_text(generate_gexf(g), encoding="utf-8")


def _declare(graph: Element, cls: str, attributes: dict[str, str]) -> None:
    declared = SubElement(graph, "attributes", {"class": cls, "mode": "static"})
    for name, kind in attributes.items():
        SubElement(declared, "attribute", {"id": name, "title": name, "type": kind})


def _values(element: Element, fields: dict[str, Any], attributes: dict[str, str]) -> None:
    values = SubElement(element, "attvalues")
    for name in attributes:
        if name in fields:
            SubElement(values, "attvalue", {"for": name, "value": _value(fields[name])})


def _value(value: Any) -> str:
    if isinstance(value, list):
        return _liststring(value)
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _liststring(items: Iterable[Any]) -> str:
    """``["a", "b, c"]``: every item quoted, so commas and brackets inside stay part of it."""
    return "[" + ", ".join(json.dumps(str(x), ensure_ascii=False) for x in items) + "]"


def _number(value: float) -> str:
    return repr(float(value))


def _color(element: Element, hex_color: str) -> None:
    r, g, b = rgb(hex_color)
    SubElement(element, "viz:color", {"r": str(r), "g": str(g), "b": str(b), "a": "1.0"})
