"""A short, readable summary of a graph: who is in it, and each relation with one evidence line."""

from __future__ import annotations

import textwrap
from collections import Counter

import networkx as nx

from polkg.graph.analysis import format_ranking, person_ranking, shared_wikidata


def summarize(g: nx.MultiDiGraph, limit: int = 40, width: int = 100, persons: int = 0) -> str:
    """Entities by type, then relations (most supported first) each with its best evidence;
    with ``persons``, also that many best-connected persons with their aliases and ids."""
    documents = g.graph.get("documents", {})
    lines = [
        f"{len(documents)} documents, {g.number_of_nodes()} entities, "
        f"{g.number_of_edges()} relations",
        "",
        "Entities by type:",
    ]
    types = Counter(data.get("type", "?") for _, data in g.nodes(data=True))
    for type_name, count in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
        linked = [n for n, d in g.nodes(data=True) if d.get("type") == type_name]
        linked.sort(key=lambda n: (-g.degree(n), g.nodes[n].get("label", n)))
        names = ", ".join(g.nodes[n].get("label", n) for n in linked[:8])
        more = f", … (+{count - 8})" if count > 8 else ""
        lines.append(f"  {type_name} ({count}): {names}{more}")
    lines += ["", "Relations:"]
    edges = sorted(
        g.edges(keys=True, data=True),
        key=lambda e: (-e[3].get("n_documents", 1), g.nodes[e[0]].get("label", e[0]), e[2]),
    )
    for source, target, relation, data in edges[:limit]:
        subject = g.nodes[source].get("label", source)
        obj = g.nodes[target].get("label", target)
        evidence: dict = max(
            data.get("evidence", []), key=lambda e: e.get("confidence", 0), default={}
        )
        where = evidence.get("doc", "?")
        if evidence.get("date"):
            where += f", {evidence['date']}"
        n_docs = data.get("n_documents", 1)
        lines.append(f"  {subject} --{relation}--> {obj}  ({n_docs} doc{'s' * (n_docs != 1)})")
        sentence = " ".join(str(evidence.get("sentence", "")).split())
        room = max(20, width - len(where) - 9)
        quoted = textwrap.shorten(f'"{sentence}"', width=room, placeholder=' …"')
        lines.append(f"    {quoted} [{where}]")
    if len(edges) > limit:
        lines.append(f"  … and {len(edges) - limit} more (polkg export / polkg query)")
    if persons:
        lines += ["", "Best-connected persons (distinct actors related to):"]
        lines.append(format_ranking(person_ranking(g, top=persons)))
        unresolved = sum(1 for _, d in g.nodes(data=True) if d.get("resolution"))
        lines.append(f"  ({unresolved} persons known only by an ambiguous surname)")
        for qid, nodes in shared_wikidata(g).items():
            lines.append(f"  warning: {qid} is on several nodes: {', '.join(nodes)}")
    return "\n".join(lines) + "\n"
