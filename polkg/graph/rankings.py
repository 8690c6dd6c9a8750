"""Who is most criticized, most endorsed, and most polarizing, each with its documents.

Counts are distinct actors (critics, endorsers) and distinct documents supporting those edges;
criticism and opposition both count as criticism here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from polkg.graph.signed import STANCE_SIGNS

__all__ = ["most_criticized", "most_endorsed", "most_polarizing"]


def _received(g: nx.MultiDiGraph, sign: int) -> dict[str, dict[str, set[str]]]:
    """target -> {"actors": {...}, "documents": {...}} for incoming ties of ``sign``."""
    got: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"actors": set(), "documents": set()})
    for u, v, key, data in g.edges(keys=True, data=True):
        if STANCE_SIGNS.get(data.get("relation", key)) != sign or u == v:
            continue
        got[v]["actors"].add(u)
        got[v]["documents"].update(str(e.get("doc")) for e in data.get("evidence", []))
    return got


def _ranking(g: nx.MultiDiGraph, sign: int, top: int | None) -> list[dict[str, Any]]:
    column = "endorsers" if sign > 0 else "critics"
    rows = [
        {
            "node": node,
            "label": str(g.nodes[node].get("label", node)),
            "type": g.nodes[node].get("type"),
            column: len(got["actors"]),
            "documents": len(got["documents"]),
        }
        for node, got in _received(g, sign).items()
    ]
    rows.sort(key=lambda r: (-r[column], -r["documents"], r["label"], str(r["node"])))
    return rows if top is None else rows[:top]


def most_criticized(g: nx.MultiDiGraph, top: int | None = 20) -> list[dict[str, Any]]:
    """Actors by number of distinct critics (criticizes or opposes), then documents."""
    return _ranking(g, -1, top)


def most_endorsed(g: nx.MultiDiGraph, top: int | None = 20) -> list[dict[str, Any]]:
    """Actors by number of distinct endorsers, then documents."""
    return _ranking(g, 1, top)


def most_polarizing(
    g: nx.MultiDiGraph, membership: dict[str, int], top: int | None = 20
) -> list[dict[str, Any]]:
    """Actors endorsed from one coalition and criticized from another.

    For each target, the coalition with most endorsers of it and a different coalition with most
    critics of it are paired (the best such pair); the score is the smaller of those two actor
    counts, so a high score needs many supporters on one side and many critics on the other.
    Actors outside ``membership`` (e.g. alone in no coalition) are not counted as either side.
    """
    sides: dict[str, dict[int, dict[int, dict[str, set[str]]]]] = defaultdict(
        lambda: {s: defaultdict(lambda: {"actors": set(), "documents": set()}) for s in (1, -1)}
    )
    for u, v, key, data in g.edges(keys=True, data=True):
        sign = STANCE_SIGNS.get(data.get("relation", key))
        if sign is None or u == v or u not in membership:
            continue
        side = sides[v][sign][membership[u]]
        side["actors"].add(u)
        side["documents"].update(str(e.get("doc")) for e in data.get("evidence", []))
    rows = []
    for node, by_sign in sides.items():
        best: tuple[int, int, int, int] | None = None
        for c_plus, plus in by_sign[1].items():
            for c_minus, minus in by_sign[-1].items():
                if c_plus == c_minus:
                    continue
                score = min(len(plus["actors"]), len(minus["actors"]))
                docs = len(plus["documents"]) + len(minus["documents"])
                candidate = (score, docs, -c_plus, -c_minus)
                if best is None or candidate > best:
                    best = candidate
        if best is None:
            continue
        c_plus, c_minus = -best[2], -best[3]
        plus, minus = by_sign[1][c_plus], by_sign[-1][c_minus]
        rows.append(
            {
                "node": node,
                "label": str(g.nodes[node].get("label", node)),
                "score": best[0],
                "endorsing_coalition": c_plus,
                "endorsers": len(plus["actors"]),
                "endorsing_documents": len(plus["documents"]),
                "criticizing_coalition": c_minus,
                "critics": len(minus["actors"]),
                "criticizing_documents": len(minus["documents"]),
            }
        )

    def order(r: dict[str, Any]) -> tuple[int, int, str]:
        return (-r["score"], -(r["endorsing_documents"] + r["criticizing_documents"]), r["label"])

    rows.sort(key=order)
    return rows if top is None else rows[:top]
