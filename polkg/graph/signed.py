"""The graph as a signed network: who sides with whom (coalitions) and how balanced it is.

Endorsement is a positive tie, criticism and opposition negative ones. Coalitions are found by
maximising signed modularity (Traag & Bruggeman 2009, "Community detection in networks with
positive and negative links", Phys. Rev. E 80, 036115) with the Leiden algorithm (Traag, Waltman
& van Eck 2019) of the ``leidenalg`` library: positive ties count towards a coalition, negative
ties against it, each against its own configuration null model, so that an actor criticized by
everybody is not pushed into a camp of its critics. The partition's frustration (the share of
ties that break it: endorsements across coalitions, criticism inside one) is reported with it.

Structural balance (Heider 1946; Cartwright & Harary 1956) is the share of balanced signed
triads (an even number of negative ties), compared with the same graph whose signs are shuffled.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

__all__ = [
    "STANCE_SIGNS",
    "Balance",
    "Coalitions",
    "coalition_summary",
    "coalitions",
    "frustration",
    "signed_graph",
    "structural_balance",
]

STANCE_SIGNS = {"endorses": 1, "criticizes": -1, "opposes": -1}
"""The sign each stance relation gives a tie; other relations (``recused_from``) carry none."""

TRIAD_TYPES = ("+++", "+--", "++-", "---")
"""Signed triangles by their signs; the first two are balanced (an even number of ``-``)."""


def signed_graph(g: nx.MultiDiGraph, min_documents: int = 1) -> nx.Graph:
    """An undirected graph of the stance ties between actors.

    Each pair of actors gets ``positive`` and ``negative`` (documents supporting endorsements,
    resp. criticisms and oppositions, in either direction, summed over edges) and ``sign``, the
    sign of ``positive - negative`` (0 for a pair as often praised as attacked). Edges with fewer
    than ``min_documents`` documents are left out.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="endorses", n_documents=2)
    >>> _ = g.add_edge("b", "a", key="criticizes", n_documents=1)
    >>> dict(signed_graph(g).edges["a", "b"])
    {'positive': 2, 'negative': 1, 'sign': 1}
    """
    s = nx.Graph()
    for u, v, key, data in g.edges(keys=True, data=True):
        sign = STANCE_SIGNS.get(data.get("relation", key))
        documents = int(data.get("n_documents", 1))
        if sign is None or u == v or documents < min_documents:
            continue
        if not s.has_edge(u, v):
            s.add_edge(u, v, positive=0, negative=0, sign=0)
        s.edges[u, v]["positive" if sign > 0 else "negative"] += documents
    for _, _, data in s.edges(data=True):
        data["sign"] = int(np.sign(data["positive"] - data["negative"]))
    return s


@dataclass
class Coalitions:
    """A partition of the actors with stance ties into coalitions (0 is the largest)."""

    membership: dict[str, int]
    frustrated: int
    """Stance edges that break the partition (endorsement across, criticism/opposition inside)."""
    edges: int
    """Stance edges between the partitioned actors."""
    frustrated_documents: int
    documents: int
    quality: float
    """Signed modularity of the partition (leidenalg's quality of the positive layer minus that
    of the negative layer)."""
    seed: int

    @property
    def frustration(self) -> float:
        """Share of stance edges that break the partition."""
        return self.frustrated / self.edges if self.edges else 0.0

    @property
    def frustration_documents(self) -> float:
        """The same share, each edge weighted by its supporting documents."""
        return self.frustrated_documents / self.documents if self.documents else 0.0

    def members(self) -> list[list[str]]:
        """The coalitions as lists of nodes, coalition 0 first."""
        groups: dict[int, list[str]] = defaultdict(list)
        for node, c in self.membership.items():
            groups[c].append(node)
        return [sorted(groups[c]) for c in sorted(groups)]


def coalitions(
    g: nx.MultiDiGraph, seed: int = 0, min_documents: int = 1, restarts: int = 30
) -> Coalitions:
    """Coalitions of the actors with stance ties, by signed modularity (Traag & Bruggeman 2009).

    Ties are weighted by their documents. The Leiden optimiser runs until the partition is stable,
    ``restarts`` times (seeds ``seed``, ``seed + 1``, ...), on nodes in sorted order, and the
    partition of highest signed modularity is kept, so the result is the same on every run.
    Coalitions are numbered by size (largest first, ties by their first member); an actor with no
    positive tie to anyone usually ends up alone. On the allsides store (616 actors), two runs of
    30 restarts from different seeds agree with adjusted Rand index 0.95-0.97 (single runs:
    0.67-0.79).
    """
    import igraph as ig
    import leidenalg as la

    s = signed_graph(g, min_documents)
    nodes = sorted(s, key=str)
    if not nodes:
        return Coalitions({}, 0, 0, 0, 0, 0.0, seed)
    index = {n: i for i, n in enumerate(nodes)}
    graphs = []
    for side in ("positive", "negative"):
        pairs = [(index[u], index[v], d[side]) for u, v, d in s.edges(data=True) if d[side]]
        pairs.sort()
        layer = ig.Graph(n=len(nodes), edges=[(a, b) for a, b, _ in pairs])
        layer.es["weight"] = [float(w) for _, _, w in pairs]
        graphs.append(layer)
    best: tuple[float, list[int]] | None = None
    for run in range(restarts):  # Leiden is fast; the best of several starts is more stable
        layers = [la.ModularityVertexPartition(h, weights="weight") for h in graphs]
        optimiser = la.Optimiser()
        optimiser.set_rng_seed(seed + run)
        optimiser.optimise_partition_multiplex(layers, layer_weights=[1, -1], n_iterations=-1)
        quality = layers[0].quality() - layers[1].quality()
        if best is None or quality > best[0] + 1e-12:
            best = (quality, list(layers[0].membership))
    assert best is not None
    quality, raw = best
    groups: dict[int, list[str]] = defaultdict(list)
    for node, c in zip(nodes, raw, strict=True):
        groups[c].append(node)
    ordered = sorted(groups.values(), key=lambda m: (-len(m), str(m[0])))
    membership = {node: c for c, members in enumerate(ordered) for node in members}
    counts = frustration(g, membership, min_documents)
    return Coalitions(membership, *counts, quality=float(quality), seed=seed)


def frustration(
    g: nx.MultiDiGraph, membership: dict[str, int], min_documents: int = 1
) -> tuple[int, int, int, int]:
    """(frustrated edges, edges, frustrated documents, documents) of a partition of ``g``.

    Only stance edges whose two ends are in ``membership`` count; an endorsement between two
    coalitions, or a criticism or opposition inside one, is frustrated.
    """
    frustrated = edges = frustrated_docs = docs = 0
    for u, v, key, data in g.edges(keys=True, data=True):
        sign = STANCE_SIGNS.get(data.get("relation", key))
        documents = int(data.get("n_documents", 1))
        if sign is None or u == v or documents < min_documents:
            continue
        if u not in membership or v not in membership:
            continue
        edges += 1
        docs += documents
        if (sign > 0) != (membership[u] == membership[v]):
            frustrated += 1
            frustrated_docs += documents
    return frustrated, edges, frustrated_docs, docs


@dataclass
class Balance:
    """Structural balance of the signed graph against shuffled signs."""

    triads: int
    balanced: int
    counts: dict[str, int]
    """Triangles by their signs: ``+++``, ``+--`` (balanced), ``++-``, ``---`` (unbalanced)."""
    null_mean: float
    null_std: float
    p_value: float
    """One-sided: (1 + runs with a balanced share >= the observed one) / (1 + runs)."""
    runs: int
    seed: int
    pairs: int
    """Signed pairs (ambivalent ones, as often praised as attacked, are left out)."""
    positive_pairs: int
    weak_null_mean: float = 0.0
    weak_p_value: float = 1.0
    """The same test for weak balance (Davis 1967: only ``++-`` is unbalanced)."""
    null_shares: list[float] = field(default_factory=list, repr=False)

    @property
    def share(self) -> float:
        """Share of balanced triads."""
        return self.balanced / self.triads if self.triads else 0.0

    @property
    def weak_share(self) -> float:
        """Share of triads balanced in Davis's weak sense (all but ``++-``)."""
        return 1 - self.counts["++-"] / self.triads if self.triads else 0.0


def structural_balance(
    g: nx.MultiDiGraph, runs: int = 1000, seed: int = 0, min_documents: int = 1
) -> Balance:
    """Share of balanced triads, and how often shuffled signs do as well (a permutation test).

    A pair's sign is that of its documents for minus against (``signed_graph``); pairs as often
    praised as attacked are left out. The null model keeps the pairs (the topology) and the
    number of positive and negative ones, and shuffles which pair carries which sign, ``runs``
    times with ``numpy.random.default_rng(seed)``.
    """
    s = signed_graph(g, min_documents)
    s.remove_edges_from([(u, v) for u, v, d in s.edges(data=True) if d["sign"] == 0])
    order = sorted(s, key=str)
    rank = {n: i for i, n in enumerate(order)}
    edge_index = {}
    signs: list[int] = []
    for u, v, d in sorted(s.edges(data=True), key=lambda e: sorted((rank[e[0]], rank[e[1]]))):
        edge_index[frozenset((u, v))] = len(signs)
        signs.append(d["sign"])
    triangles = []
    for u in order:
        later = sorted((w for w in s[u] if rank[w] > rank[u]), key=rank.__getitem__)
        for i, v in enumerate(later):
            for w in later[i + 1 :]:
                if s.has_edge(v, w):
                    pair = edge_index.__getitem__
                    triangles.append(
                        [pair(frozenset((u, v))), pair(frozenset((u, w))), pair(frozenset((v, w)))]
                    )
    sign_array = np.array(signs, dtype=np.int8)
    tri = np.array(triangles, dtype=np.int64).reshape(-1, 3)
    negatives = (sign_array[tri] < 0).sum(axis=1)
    counts = Counter(int(k) for k in negatives)
    by_type = {t: counts.get(t.count("-"), 0) for t in TRIAD_TYPES}
    balanced = by_type["+++"] + by_type["+--"]
    n = len(tri)
    null: list[float] = []
    weak_null: list[float] = []
    if n:
        rng = np.random.default_rng(seed)
        for _ in range(runs):
            shuffled_negatives = (rng.permutation(sign_array)[tri] < 0).sum(axis=1)
            null.append(float((shuffled_negatives % 2 == 0).mean()))
            weak_null.append(float((shuffled_negatives != 1).mean()))
    observed = balanced / n if n else 0.0
    at_least = sum(1 for x in null if x >= observed - 1e-12)
    weak_observed = 1 - by_type["++-"] / n if n else 0.0
    weak_at_least = sum(1 for x in weak_null if x >= weak_observed - 1e-12)
    return Balance(
        triads=n,
        balanced=balanced,
        counts=by_type,
        null_mean=float(np.mean(null)) if null else 0.0,
        null_std=float(np.std(null)) if null else 0.0,
        p_value=(1 + at_least) / (1 + runs) if n else 1.0,
        runs=runs if n else 0,
        seed=seed,
        pairs=len(signs),
        positive_pairs=int((sign_array > 0).sum()),
        weak_null_mean=float(np.mean(weak_null)) if weak_null else 0.0,
        weak_p_value=(1 + weak_at_least) / (1 + runs) if n else 1.0,
        null_shares=null,
    )


def coalition_summary(g: nx.MultiDiGraph, result: Coalitions, top: int = 8) -> list[dict[str, Any]]:
    """One row per coalition of two or more actors: size, ties inside and its best-tied members."""
    s = signed_graph(g)
    rows = []
    for c, members in enumerate(result.members()):
        if len(members) < 2:
            continue
        inside = s.subgraph(members)
        weight = {
            n: sum(d["positive"] + d["negative"] for *_, d in s.edges(n, data=True))
            for n in members
        }
        ranked = sorted(members, key=lambda n: (-weight[n], str(n)))
        rows.append(
            {
                "coalition": c,
                "size": len(members),
                "positive_ties": sum(1 for *_, d in inside.edges(data=True) if d["sign"] > 0),
                "negative_ties": sum(1 for *_, d in inside.edges(data=True) if d["sign"] < 0),
                "members": [str(g.nodes[n].get("label", n)) for n in ranked],
                "nodes": ranked,
            }
        )
    return rows
