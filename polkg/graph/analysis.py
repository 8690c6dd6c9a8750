"""Questions asked of a merged graph: who is best connected, what shares an id, counts by type."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

__all__ = ["person_ranking", "type_counts", "shared_wikidata", "relation_counts", "format_ranking"]


def person_ranking(g: nx.MultiDiGraph, top: int | None = 20) -> list[dict[str, Any]]:
    """Persons ranked by how many distinct actors they have a relation with (either direction).

    Ties are broken by the number of relation edges, then of supporting evidence sentences,
    then by node key, so the ranking is the same on every run.
    """
    rows = []
    for node, data in g.nodes(data=True):
        if data.get("type") != "Person":
            continue
        out_edges = list(g.out_edges(node, keys=True, data=True))
        in_edges = list(g.in_edges(node, keys=True, data=True))
        neighbours = {v for _, v, _, _ in out_edges} | {u for u, _, _, _ in in_edges}
        evidence = sum(len(d.get("evidence", [])) for *_, d in out_edges + in_edges)
        rows.append(
            {
                "node": node,
                "label": data.get("label", node),
                "neighbours": len(neighbours),
                "edges": len(out_edges) + len(in_edges),
                "out": len(out_edges),
                "in": len(in_edges),
                "evidence": evidence,
                "documents": len(data.get("documents", [])),
                "aliases": list(data.get("aliases", [])),
                "wikidata": data.get("wikidata"),
                "bioguide": data.get("bioguide"),
                "party": data.get("party"),
            }
        )
    rows.sort(key=lambda r: (-r["neighbours"], -r["edges"], -r["evidence"], r["node"]))
    return rows if top is None else rows[:top]


def format_ranking(rows: list[dict[str, Any]], max_aliases: int = 6) -> str:
    """A plain-text table of ``person_ranking`` rows for reports."""
    lines = ["rank  neighbours edges docs  wikidata    node / label / aliases"]
    for i, r in enumerate(rows, 1):
        aliases = ", ".join(r["aliases"][:max_aliases])
        more = f" (+{len(r['aliases']) - max_aliases})" if len(r["aliases"]) > max_aliases else ""
        lines.append(
            f"{i:>4}  {r['neighbours']:>10} {r['edges']:>5} {r['documents']:>4}  "
            f"{r['wikidata'] or '-':<10}  {r['node']} / {r['label']} / {aliases}{more}"
        )
    return "\n".join(lines)


def type_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    """Number of nodes per entity type."""
    return dict(sorted(Counter(d.get("type", "?") for _, d in g.nodes(data=True)).items()))


def relation_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    """Number of edges per relation."""
    return dict(sorted(Counter(k for _, _, k in g.edges(keys=True)).items()))


def shared_wikidata(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Wikidata ids carried by more than one node (should be empty: resolution merges them)."""
    holders: dict[str, list[str]] = defaultdict(list)
    for node, data in g.nodes(data=True):
        if data.get("wikidata"):
            holders[data["wikidata"]].append(node)
    return {q: sorted(nodes) for q, nodes in sorted(holders.items()) if len(nodes) > 1}
