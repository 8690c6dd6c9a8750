"""The Python API in a few calls: open a store, get the graph, get edges and nodes as tables.

Everything here is a thin convenience over ``polkg.store.Store`` (Oxigraph on disk) and the
networkx graph it holds (schema: docs/ARCHITECTURE.md). pandas is optional: install
``polkg[api]`` (or ``pip install pandas``) for the ``*_frame`` functions.

>>> from polkg.api import open_store, edges_frame              # doctest: +SKIP
>>> store = open_store("polkg-data")                           # doctest: +SKIP
>>> g = store.load_graph()                                     # networkx.MultiDiGraph
>>> edges_frame(store).sort_values("n_documents").tail()       # doctest: +SKIP
>>> rows = store.query(read_query("who-criticizes"), {"name": "donald trump"})  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from polkg.errors import PolkgError
from polkg.store import DEFAULT_STORE, Store, read_query

if TYPE_CHECKING:
    import pandas

__all__ = ["open_store", "load_graph", "edges_frame", "nodes_frame", "query_frame", "read_query"]

EDGE_COLUMNS = [
    "source",
    "target",
    "relation",
    "source_label",
    "target_label",
    "n_documents",
    "n_evidence",
    "confidence",
    "first_date",
    "last_date",
    "documents",
    "sentence",
]
NODE_COLUMNS = ["id", "label", "type", "party", "wikidata", "n_documents", "degree", "aliases"]


def open_store(path: str | Path = DEFAULT_STORE) -> Store:
    """The store at ``path``; PolkgError when nothing was ingested there."""
    return Store(path).require()


def load_graph(source: str | Path | Store | nx.MultiDiGraph = DEFAULT_STORE) -> nx.MultiDiGraph:
    """The networkx graph of a store (a Store, its folder) or the graph itself."""
    if isinstance(source, nx.MultiDiGraph):
        return source
    store = source if isinstance(source, Store) else open_store(source)
    return store.load_graph()


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise PolkgError("the *_frame functions need pandas: pip install 'polkg[api]'") from None
    return pandas


def edges_frame(source: str | Path | Store | nx.MultiDiGraph = DEFAULT_STORE) -> pandas.DataFrame:
    """One row per edge (subject, relation, object): labels, document count, confidence, dates,
    the supporting documents (";"-joined) and the first evidence sentence."""
    pd = _pandas()
    g = load_graph(source)
    rows = []
    for u, v, key, data in g.edges(keys=True, data=True):
        evidence = data.get("evidence", [])
        rows.append(
            {
                "source": u,
                "target": v,
                "relation": data.get("relation", key),
                "source_label": g.nodes[u].get("label", u),
                "target_label": g.nodes[v].get("label", v),
                "n_documents": data.get("n_documents", 0),
                "n_evidence": len(evidence),
                "confidence": data.get("confidence"),
                "first_date": data.get("first_date"),
                "last_date": data.get("last_date"),
                "documents": ";".join(sorted({e["doc"] for e in evidence})),
                "sentence": evidence[0]["sentence"] if evidence else None,
            }
        )
    frame = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    for column in ("first_date", "last_date"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame


def nodes_frame(source: str | Path | Store | nx.MultiDiGraph = DEFAULT_STORE) -> pandas.DataFrame:
    """One row per actor: label, type, party, Wikidata id, documents, degree, aliases."""
    pd = _pandas()
    g = load_graph(source)
    rows = [
        {
            "id": node,
            "label": data.get("label"),
            "type": data.get("type"),
            "party": data.get("party"),
            "wikidata": data.get("wikidata"),
            "n_documents": len(data.get("documents", [])),
            "degree": g.degree(node),
            "aliases": "; ".join(data.get("aliases", [])),
        }
        for node, data in g.nodes(data=True)
    ]
    return pd.DataFrame(rows, columns=NODE_COLUMNS)


def query_frame(
    store: Store, sparql: str, params: dict[str, str] | None = None
) -> pandas.DataFrame:
    """A SELECT query's rows as a table of plain values (a shipped query by name, or SPARQL)."""
    import pyoxigraph as ox

    from polkg.store.results import compact

    pd = _pandas()
    if sparql.endswith(".rq") or sparql.replace("-", "").isalnum():
        sparql = read_query(sparql)
    results = store.query(sparql, params)
    if not isinstance(results, ox.QuerySolutions):
        raise PolkgError("query_frame needs a SELECT query")
    columns = [v.value for v in results.variables]
    rows = [[compact(solution[name]) or None for name in columns] for solution in results]
    return pd.DataFrame(rows, columns=columns)
