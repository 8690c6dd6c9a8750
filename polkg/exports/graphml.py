"""GraphML for Gephi, yEd and Cytoscape desktop: scalar attributes only.

Those tools drop or choke on list-valued attributes, so aliases, offices and evidence are
summarised into strings (see :mod:`polkg.exports.summary`) and dates are ISO strings. Written by
networkx's GraphML writer over a flattened copy of the graph.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from polkg.exports.summary import canonical, edge_id, edge_summary, edges, node_summary

__all__ = ["graphml_graph", "generate_graphml", "write_graphml"]


def graphml_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The flattened graph GraphML holds: scalar attributes, edge key = unique edge id."""
    g = canonical(g)
    flat = nx.MultiDiGraph(name="polkg")
    for n in g:
        flat.add_node(n, **node_summary(g, n))
    for u, v, relation, d in edges(g):
        flat.add_edge(u, v, key=edge_id(u, v, relation), **edge_summary(g, relation, d))
    return flat


def generate_graphml(g: nx.MultiDiGraph) -> str:
    """The GraphML document, XML declaration included."""
    buf = io.BytesIO()
    nx.write_graphml_xml(graphml_graph(g), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as GraphML to ``path``."""
    Path(path).write_text(generate_graphml(g), encoding="utf-8")
