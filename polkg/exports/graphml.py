"""GraphML for Gephi, yEd and Cytoscape desktop: scalar attributes only.

GraphML has no list type, so aliases, offices and documents are ``"; "``-joined strings and
evidence sentences ``" | "``-joined (see :mod:`polkg.exports.summary`). Nodes carry ``label``;
edges carry ``label`` (the relation) and ``weight`` (documents supporting the edge), the two
names Gephi and yEd read. GraphML has no date type either: dates are ISO 8601 strings. Ids
are XML name tokens (slugs already are) and text is made XML-safe first
(:mod:`polkg.exports.xmlsafe`). Written by networkx's GraphML writer over a flattened copy of the
graph; valid against the GraphML 1.0 XSD (checked in the tests).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from polkg.exports.summary import canonical, edge_id, edge_summary, edges, node_summary
from polkg.exports.xmlsafe import xml_safe, xml_safe_graph, xml_token

__all__ = ["graphml_graph", "generate_graphml", "write_graphml"]


def graphml_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The flattened graph GraphML holds: scalar attributes, edge key = unique edge id."""
    g = canonical(xml_safe_graph(g))
    flat = nx.MultiDiGraph(name="polkg")
    for n in g:
        flat.add_node(xml_token(n), **node_summary(g, n))
    for u, v, relation, d in edges(g):
        attrs = xml_safe(edge_summary(g, relation, d))
        flat.add_edge(xml_token(u), xml_token(v), key=edge_id(u, v, relation), **attrs)
    return flat


def generate_graphml(g: nx.MultiDiGraph) -> str:
    """The GraphML document, XML declaration included."""
    buf = io.BytesIO()
    nx.write_graphml_xml(graphml_graph(g), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as GraphML to ``path``."""
    Path(path).write_text(generate_graphml(g), encoding="utf-8")
