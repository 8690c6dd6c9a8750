"""Shared views of the polkg graph for exporters: canonical order, scalar summaries, dates.

Every exporter goes through :func:`canonical` so that the same graph gives the same bytes,
and through the ``*_summary`` helpers so that GraphML, GEXF and DOT say the same thing about a
node or an edge when a format only holds scalars.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import Any

import networkx as nx

from polkg.exports.xmlsafe import xml_token

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
    return xml_token(f"{u}:{relation}:{v}")


def office_text(office: dict[str, Any]) -> str:
    """``{"title": "Senator", "status": "former", "qualifier": "Alabama"}`` -> ``Senator (former,
    Alabama)``."""
    notes = [
        str(x) for x in (office.get("status"), office.get("qualifier")) if x and x != "unknown"
    ]
    title = str(office.get("title", ""))
    return f"{title} ({', '.join(notes)})" if notes else title


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` of an ISO 8601 date or date-time, else None (never a truncated string)."""
    text = str(value or "").strip()
    if len(text) < 10 or (len(text) > 10 and text[10] not in "T "):
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def date_text(value: Any) -> str:
    """A date for display: the ISO day when it is one, else the whole text as given."""
    return iso_date(value) or str(value)


def node_dates(g: nx.MultiDiGraph, node: str) -> list[str]:
    """Sorted ISO days at which a node is attested (its documents, its edges' evidence)."""
    docs = g.graph.get("documents", {})
    dates = {(docs.get(d) or {}).get("date") for d in g.nodes[node].get("documents", [])}
    for _, _, d in g.in_edges(node, data=True):
        dates.update(ev.get("date") for ev in d.get("evidence", []))
    for _, _, d in g.out_edges(node, data=True):
        dates.update(ev.get("date") for ev in d.get("evidence", []))
    return sorted({day for day in map(iso_date, dates) if day})


def edge_dates(data: dict[str, Any]) -> list[str]:
    """Sorted distinct ISO days of an edge's evidence (dates that are not ISO left out)."""
    return sorted(
        {day for day in (iso_date(ev.get("date")) for ev in data.get("evidence", [])) if day}
    )


def distinct_offices(offices: Any) -> list[str]:
    """Distinct offices of a node as text (several documents may state the same office); an
    office that is not a dict (a graph from elsewhere) is shown as it is."""
    items = offices if isinstance(offices, list) else [offices] if offices else []
    return list(dict.fromkeys(office_text(o) if isinstance(o, dict) else str(o) for o in items))


NodeValue = str | int | list[str]


def node_fields(g: nx.MultiDiGraph, node: str) -> dict[str, NodeValue]:
    """Attributes of a node as scalars and lists of strings; absent values left out."""
    a = g.nodes[node]
    out: dict[str, NodeValue] = {"label": str(a.get("label", node)), "type": str(a.get("type", ""))}
    for name in ("wikidata", "bioguide", "party", "resolution"):
        if a.get(name):
            out[name] = str(a[name])
    if a.get("aliases"):
        out["aliases"] = [str(x) for x in a["aliases"]]
    if a.get("offices"):
        out["offices"] = distinct_offices(a["offices"])
    if a.get("documents"):
        out["documents"] = [str(x) for x in a["documents"]]
    out["n_documents"] = len(a.get("documents", []))
    out["degree"] = int(g.degree(node))
    return out


def edge_fields(g: nx.MultiDiGraph, relation: str, data: dict[str, Any]) -> dict[str, Any]:
    """Attributes of an edge as scalars and lists of strings: ``label`` is the relation,
    ``weight`` the number of supporting documents (what Gephi and Cytoscape size edges by)."""
    evidence = data.get("evidence", [])
    n_documents = int(data.get("n_documents", len({ev.get("doc") for ev in evidence})))
    out: dict[str, Any] = {
        "label": relation,
        "relation": relation,
        "weight": float(n_documents),
        "n_documents": n_documents,
        "n_evidence": len(evidence),
        "confidence": float(
            data.get("confidence", max((ev.get("confidence", 0.0) for ev in evidence), default=0.0))
        ),
    }
    for name in ("first_date", "last_date"):
        if data.get(name):
            out[name] = date_text(data[name])
    if evidence:
        out["evidence"] = [str(ev.get("sentence", "")) for ev in evidence]
        out["documents"] = sorted({str(ev.get("doc")) for ev in evidence if ev.get("doc")})
    return out


def joined(fields: dict[str, Any], separator: str = "; ") -> dict[str, Any]:
    """Lists joined into strings, for formats with no list type (GraphML, DOT); evidence
    sentences with `` | `` since they contain semicolons."""
    return {
        k: (" | " if k == "evidence" else separator).join(v) if isinstance(v, list) else v
        for k, v in fields.items()
    }


def node_summary(g: nx.MultiDiGraph, node: str) -> dict[str, str | int]:
    """Scalar attributes of a node: lists become ``"; "``-joined strings."""
    return joined(node_fields(g, node))


def edge_summary(g: nx.MultiDiGraph, relation: str, data: dict[str, Any]) -> dict[str, Any]:
    """Scalar attributes of an edge; the evidence sentences are joined with `` | ``."""
    return joined(edge_fields(g, relation, data))


def node_size(degree: int, low: float = 16.0, high: float = 70.0) -> float:
    """Display size growing with the square root of the degree: hubs stand out without swamping."""
    return round(min(high, low + 8.0 * math.sqrt(degree)), 1)
