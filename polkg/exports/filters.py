"""Filters shared by every export format: relations, date range, support, neighbourhood.

``filter_graph`` returns a new graph; the input is never modified. Edges filtered by date keep only
their evidence inside the range, and their counts and dates are recomputed from what is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import networkx as nx

from polkg.errors import PolkgError
from polkg.exports.summary import iso_date
from polkg.model import RELATIONS

__all__ = ["filter_graph", "find_node"]


def filter_graph(
    g: nx.MultiDiGraph,
    relations: Iterable[str] | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    min_documents: int = 1,
    focus: str | None = None,
    depth: int = 1,
    all_actors: bool = False,
) -> nx.MultiDiGraph:
    """The part of ``g`` that passes every filter.

    Parameters
    ----------
    relations : relation names to keep (``None``: all).
    date_from, date_to : ISO dates; an edge keeps the evidence dated inside the range (inclusive),
        and is dropped when none is left. Undated evidence is dropped when a range is given.
    min_documents : keep edges supported by at least this many distinct documents.
    focus : an actor's slug, label or alias; keep the actors up to ``depth`` hops away (edges
        in either direction) and every remaining relation among them, as ``nx.ego_graph`` does.

    all_actors : keep actors in no relation. By default they are left out: most actors a news
        corpus mentions are in no relation (91% after 200 allsides articles), and a graph of
        isolated dots hides the network. With an edge filter, ``--relation endorses`` shows who
        endorses whom; with ``all_actors`` the actors the edge filters removed stay out too,
        only those in no relation in ``g`` itself come back.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="endorses", relation="endorses", n_documents=1, evidence=[])
    'endorses'
    >>> filter_graph(g, relations=["criticizes"]).number_of_edges()
    0
    """
    keep_relations = _relations(g, relations)
    start, end = _date(date_from, "--since"), _date(date_to, "--until")
    if min_documents < 1:
        raise PolkgError(f"--min-documents must be at least 1, not {min_documents}")
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    h.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        if keep_relations is not None and d.get("relation", k) not in keep_relations:
            continue
        data = _within_dates(d, start, end) if (start or end) else d
        if data is not None and data.get("n_documents", 1) >= min_documents:
            h.add_edge(u, v, key=k, **data)
    if all_actors:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0 and g.degree(n) > 0])
    else:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])
    if focus is not None:
        if depth < 0:
            raise PolkgError(f"--depth must be 0 or more, not {depth}")
        centre = find_node(g, focus)
        if centre not in h:  # the actor asked for is shown even when it is in no relation
            h = h.subgraph([]).copy()
            h.add_node(centre, **g.nodes[centre])
        else:
            near = nx.single_source_shortest_path_length(
                h.to_undirected(as_view=True), centre, depth
            )
            h = h.subgraph(near).copy()
    _keep_documents(h)
    return h


def find_node(g: nx.MultiDiGraph, name: str, option: str = "--focus") -> str:
    """The node whose slug, label or alias is ``name`` (any case); PolkgError (naming the command
    line ``option``) if none or several."""
    if name in g:
        return name
    wanted = name.casefold().strip()
    for field in ("label", "aliases"):
        hits = sorted(n for n, a in g.nodes(data=True) if wanted in _names(a.get(field)))
        if len(hits) == 1:
            return str(hits[0])
        if len(hits) > 1:
            raise PolkgError(f"{option} {name!r} is ambiguous: {', '.join(hits[:5])}")
    raise PolkgError(f"{option} {name!r}: no actor with that id, name or alias")


def _names(value: Any) -> set[str]:
    values = value if isinstance(value, list) else [value]
    return {str(x).casefold().strip() for x in values if x}


def _relations(g: nx.MultiDiGraph, relations: Iterable[str] | None) -> set[str] | None:
    if relations is None:
        return None
    wanted = {r.strip() for r in relations}
    known = set(RELATIONS) | {d.get("relation", k) for _, _, k, d in g.edges(keys=True, data=True)}
    unknown = sorted(wanted - known)
    if unknown:
        raise PolkgError(f"unknown relation {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return wanted


def _date(value: str | dt.date | None, option: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise PolkgError(f"{option} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _within_dates(d: dict[str, Any], start: str | None, end: str | None) -> dict[str, Any] | None:
    """The edge keeping only evidence in [start, end], counts recomputed; None if none is left.

    A date that is not ISO 8601 counts as no date (it cannot be placed in the range)."""
    evidence = [
        ev
        for ev in d.get("evidence", [])
        if (day := iso_date(ev.get("date")))
        and (start is None or day >= start)
        and (end is None or day <= end)
    ]
    if not evidence:
        return None
    dates = sorted(str(iso_date(ev["date"])) for ev in evidence)
    data = dict(d, evidence=evidence, first_date=dates[0], last_date=dates[-1])
    data["n_documents"] = len({ev.get("doc") for ev in evidence})
    data["confidence"] = max(float(ev.get("confidence", 0.0)) for ev in evidence)
    return data


def _keep_documents(h: nx.MultiDiGraph) -> None:
    """Restrict the graph's document table to documents still cited by a node or an edge."""
    docs = h.graph.get("documents")
    if not docs:
        return
    cited = {doc for _, a in h.nodes(data=True) for doc in a.get("documents", [])}
    cited |= {ev.get("doc") for _, _, d in h.edges(data=True) for ev in d.get("evidence", [])}
    h.graph["documents"] = {k: v for k, v in docs.items() if k in cited}
