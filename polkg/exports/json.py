"""JSON for the web and for Cytoscape desktop: Cytoscape JSON and networkx/D3 node-link data.

Cytoscape JSON is what Cytoscape desktop and Cytoscape.js import: every element's ``data`` holds
scalars and lists of strings only (Cytoscape makes a list column of those), nothing nested;
offices are written as text (``Senator (former, Alabama)``) and each edge's evidence as parallel
lists (``evidence``, ``evidence_documents``, ``evidence_dates``...). Node-link JSON keeps the graph
exactly (evidence as objects) under the keys ``nx.node_link_graph(data)`` reads by default
(``nodes``, ``edges``). Text output is ``sort_keys`` + fixed indentation over the canonical graph
order, so the bytes are reproducible.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.exports.summary import canonical, date_text, edge_fields, edge_id, edges, node_fields

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
    """Cytoscape JSON: ``{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}``.

    Node data has ``id`` (the slug, also as ``value``), ``name`` and ``label`` (the canonical
    name) and the node's attributes; edge data has a unique ``id``, ``source``, ``target``,
    ``relation`` (also as ``interaction``, the column Cytoscape desktop uses, and ``key``),
    ``weight`` (documents) and the evidence as parallel lists. Every value is a string, a number
    or a list of strings. ``value``, ``key``, ``directed`` and ``multigraph`` are what
    networkx's ``nx.cytoscape_graph`` reads (it failed on ``value``); Cytoscape ignores them.
    """
    g = canonical(g)
    nodes = [
        {
            "data": {
                **node_fields(g, n),
                "id": str(n),
                "value": str(n),
                "name": str(g.nodes[n].get("label", n)),
            }
        }
        for n in g
    ]
    links = []
    for u, v, r, d in edges(g):
        data = edge_fields(g, r, d)
        data.pop("documents", None)
        evidence = d.get("evidence", [])
        if evidence:
            data["evidence_documents"] = [str(ev.get("doc") or "") for ev in evidence]
            data["evidence_dates"] = [
                date_text(ev["date"]) if ev.get("date") else "" for ev in evidence
            ]
            data["evidence_rules"] = [str(ev.get("rule") or "") for ev in evidence]
        data.update(
            {
                "id": edge_id(u, v, r),
                "source": u,
                "target": v,
                "key": r,
                "relation": r,
                "interaction": r,
            }
        )
        links.append({"data": data})
    return {
        "data": {"name": "polkg"},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": links},
    }


def nodelink_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx / D3 node-link data (``nodes``, ``edges``); ``nx.node_link_graph(data)`` reads
    it back with its default arguments (networkx >= 3.6)."""
    return dict(nx.node_link_data(canonical(g), edges="edges"))


def dumps(data: Any) -> str:
    """Reproducible JSON text: sorted keys, two-space indent, UTF-8 kept, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, default=str) + "\n"


def generate_cytoscape(g: nx.MultiDiGraph) -> str:
    return dumps(cytoscape_data(g))


def write_cytoscape(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as Cytoscape JSON to ``path``."""
    Path(path).write_text(generate_cytoscape(g), encoding="utf-8")


def generate_nodelink(g: nx.MultiDiGraph) -> str:
    return dumps(nodelink_data(g))


def write_nodelink(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as node-link JSON to ``path``."""
    Path(path).write_text(generate_nodelink(g), encoding="utf-8")
