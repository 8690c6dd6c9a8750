"""Shared views of the polkg graph for exporters: canonical order, scalar summaries, dates.

Every exporter goes through :func:`canonical` so that the same graph gives the same bytes,
and through the ``*_summary`` helpers so that GraphML, GEXF and DOT say the same thing about a
node or an edge when a format only holds scalars.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import networkx as nx

EdgeTuple = tuple[str, str, str, dict[str, Any]]


def _edge_order(e: tuple[Any, ...]) -> tuple[str, str, str]:
    return str(e[0]), str(e[1]), str(e[2])


def canonical(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` with nodes and edges inserted in sorted order (deterministic exports)."""
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    for n in sorted(g.nodes, key=str):
        h.add_node(n, **g.nodes[n])
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=_edge_order):
        h.add_edge(u, v, key=k, **d)
    return h


def edges(g: nx.MultiDiGraph) -> Iterator[EdgeTuple]:
    """(subject, object, relation, attributes) in canonical order."""
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=_edge_order):
        yield str(u), str(v), str(d.get("relation", k)), d


def edge_id(u: str, v: str, relation: str) -> str:
    """A stable, unique, XML-safe edge id: ``jeff-sessions:criticizes:donald-trump``."""
    return f"{u}:{relation}:{v}"


def office_text(office: dict[str, Any]) -> str:
    """``{"title": "Senator", "status": "former", "qualifier": "Alabama"}`` -> ``Senator (former,
    Alabama)``."""
    notes = [
        str(x) for x in (office.get("status"), office.get("qualifier")) if x and x != "unknown"
    ]
    title = str(office.get("title", ""))
    return f"{title} ({', '.join(notes)})" if notes else title


def offices_text(offices: list[dict[str, Any]] | None) -> str:
    """Distinct offices of a node as one string (several documents may state the same office)."""
    seen: dict[str, None] = {}
    for office in offices or []:
        seen.setdefault(office_text(office), None)
    return "; ".join(seen)


def node_dates(g: nx.MultiDiGraph, node: str) -> list[str]:
    """Sorted ISO dates at which a node is attested (its documents, its edges' evidence)."""
    docs = g.graph.get("documents", {})
    dates = {docs.get(d, {}).get("date") for d in g.nodes[node].get("documents", [])}
    for _, _, d in g.in_edges(node, data=True):
        dates.update(ev.get("date") for ev in d.get("evidence", []))
    for _, _, d in g.out_edges(node, data=True):
        dates.update(ev.get("date") for ev in d.get("evidence", []))
    return sorted(str(x)[:10] for x in dates if x)


def edge_dates(data: dict[str, Any]) -> list[str]:
    """Sorted distinct ISO dates of an edge's evidence."""
    return sorted({str(ev["date"])[:10] for ev in data.get("evidence", []) if ev.get("date")})


def node_summary(g: nx.MultiDiGraph, node: str) -> dict[str, str | int]:
    """Scalar attributes of a node: lists become ``"; "``-joined strings, absent values left out."""
    a = g.nodes[node]
    out: dict[str, str | int] = {"label": str(a.get("label", node)), "type": str(a.get("type", ""))}
    for name in ("wikidata", "bioguide", "party"):
        if a.get(name):
            out[name] = str(a[name])
    if a.get("aliases"):
        out["aliases"] = "; ".join(str(x) for x in a["aliases"])
    if a.get("offices"):
        out["offices"] = offices_text(a["offices"])
    if a.get("documents"):
        out["documents"] = "; ".join(str(x) for x in a["documents"])
    out["n_documents"] = len(a.get("documents", []))
    out["degree"] = int(g.degree(node))
    return out


def edge_summary(g: nx.MultiDiGraph, relation: str, data: dict[str, Any]) -> dict[str, Any]:
    """Scalar attributes of an edge; the evidence sentences are joined with `` | ``."""
    evidence = data.get("evidence", [])
    out: dict[str, Any] = {
        "relation": relation,
        "n_documents": int(data.get("n_documents", len({ev.get("doc") for ev in evidence}))),
        "n_evidence": len(evidence),
        "confidence": float(
            data.get("confidence", max((ev.get("confidence", 0.0) for ev in evidence), default=0.0))
        ),
    }
    for name in ("first_date", "last_date"):
        if data.get(name):
            out[name] = str(data[name])[:10]
    if evidence:
        out["evidence"] = " | ".join(str(ev.get("sentence", "")) for ev in evidence)
        out["documents"] = "; ".join(
            sorted({str(ev.get("doc")) for ev in evidence if ev.get("doc")})
        )
    return out


def node_size(degree: int, low: float = 16.0, high: float = 70.0) -> float:
    """Display size growing with the square root of the degree: hubs stand out without swamping."""
    return round(min(high, low + 8.0 * math.sqrt(degree)), 1)
