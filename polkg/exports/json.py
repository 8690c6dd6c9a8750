"""JSON for the web: Cytoscape.js elements and networkx/D3 node-link data.

Both keep every attribute (aliases, offices, evidence as lists), unlike GraphML. Text output is
``sort_keys`` + fixed indentation over the canonical graph order, so the bytes are reproducible.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.exports.summary import canonical, edge_id, edges

__all__ = [
    "cytoscape_data",
    "generate_cytoscape",
    "write_cytoscape",
    "nodelink_data",
    "generate_nodelink",
    "write_nodelink",
    "dumps",
]


def cytoscape_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape.js JSON: ``{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}``.

    Node data has ``id`` (the slug), ``name`` and ``label`` (the canonical name) and every node
    attribute; edge data has a unique ``id``, ``source``, ``target``, ``relation`` (also as
    ``interaction``, the column Cytoscape desktop uses) and every edge attribute.
    """
    g = canonical(g)
    nodes = [
        {
            "data": {
                **a,
                "id": str(n),
                "name": str(a.get("label", n)),
                "label": str(a.get("label", n)),
            }
        }
        for n, a in g.nodes(data=True)
    ]
    links = [
        {
            "data": {
                **d,
                "id": edge_id(u, v, r),
                "source": u,
                "target": v,
                "relation": r,
                "interaction": r,
            }
        }
        for u, v, r, d in edges(g)
    ]
    return {"data": dict(g.graph), "elements": {"nodes": nodes, "edges": links}}


def nodelink_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx / D3 node-link data (``nodes``, ``links``); read back with
    ``nx.node_link_graph(data, edges="links")``."""
    return dict(nx.node_link_data(canonical(g), edges="links"))


def dumps(data: Any) -> str:
    """Reproducible JSON text: sorted keys, two-space indent, UTF-8 kept, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, default=str) + "\n"


def generate_cytoscape(g: nx.MultiDiGraph) -> str:
    return dumps(cytoscape_data(g))


def write_cytoscape(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as Cytoscape.js JSON to ``path``."""
    Path(path).write_text(generate_cytoscape(g), encoding="utf-8")


def generate_nodelink(g: nx.MultiDiGraph) -> str:
    return dumps(nodelink_data(g))


def write_nodelink(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as node-link JSON to ``path``."""
    Path(path).write_text(generate_nodelink(g), encoding="utf-8")
