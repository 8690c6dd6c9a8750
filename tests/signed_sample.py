"""Synthetic signed graphs for the analysis tests: planted coalitions and dated stance edges."""

from __future__ import annotations

import random

import networkx as nx


def add_stance(
    g: nx.MultiDiGraph, u: str, v: str, relation: str, *dated: tuple[str | None, str]
) -> None:
    """Add evidence items ``(date, doc)`` to the edge ``u -relation-> v`` (schema of
    docs/ARCHITECTURE.md), keeping ``n_documents`` and the dates consistent."""
    for node in (u, v):
        if node not in g:
            g.add_node(node, type="Person", label=node.replace("-", " ").title(), aliases=[])
    if not g.has_edge(u, v, key=relation):
        g.add_edge(u, v, key=relation, relation=relation, evidence=[], n_documents=0)
    data = g.edges[u, v, relation]
    for date, doc in dated:
        data["evidence"].append(
            {
                "doc": doc,
                "sentence": f"{u} {relation} {v} ({doc}).",
                "start": 0,
                "end": 10,
                "date": date,
                "confidence": 0.9,
                "rule": "test",
            }
        )
        g.graph.setdefault("documents", {})[doc] = {
            "title": doc,
            "date": date,
            "url": None,
            "outlet": None,
        }
    data["evidence"].sort(key=lambda e: (e["date"] or "", e["doc"], e["start"]))
    data["n_documents"] = len({e["doc"] for e in data["evidence"]})
    dates = sorted(e["date"] for e in data["evidence"] if e["date"])
    data["confidence"] = 0.9
    if dates:
        data["first_date"], data["last_date"] = dates[0], dates[-1]


def planted_coalitions(
    camps: int, size: int, density: float, noise: float, seed: int
) -> tuple[nx.MultiDiGraph, dict[str, int]]:
    """``camps`` camps of ``size`` actors; each pair is tied with probability ``density``,
    endorsing inside a camp and criticizing or opposing across, in a random direction; then a
    ``noise`` share of the ties has its sign flipped. Returns the graph and the planted camps."""
    rng = random.Random(seed)
    truth = {f"a{i:03d}": i // size for i in range(camps * size)}
    nodes = sorted(truth)
    ties: list[tuple[str, str, int]] = []
    for i, u in enumerate(nodes):
        for v in nodes[i + 1 :]:
            if rng.random() < density:
                ties.append((u, v, 1 if truth[u] == truth[v] else -1))
    for index in rng.sample(range(len(ties)), round(noise * len(ties))):
        u, v, sign = ties[index]
        ties[index] = (u, v, -sign)
    g = nx.MultiDiGraph()
    for n, (u, v, sign) in enumerate(ties):
        if rng.random() < 0.5:
            u, v = v, u
        relation = "endorses" if sign > 0 else rng.choice(["criticizes", "opposes"])
        add_stance(g, u, v, relation, ("2020-01-01", f"doc{n}"))
    return g, truth


def stance_graph(edges: list[tuple[str, str, str, int]]) -> nx.MultiDiGraph:
    """A graph from ``(u, v, relation, documents)`` rows, undated."""
    g = nx.MultiDiGraph()
    for u, v, relation, documents in edges:
        add_stance(
            g, u, v, relation, *[(None, f"{u}-{relation}-{v}-{i}") for i in range(documents)]
        )
    return g
