"""Spreadsheet tables Gephi imports (File > Import spreadsheet): ``nodes.csv`` and ``edges.csv``.

Gephi reads the columns it knows by name: nodes ``Id``, ``Label``; edges ``Source``, ``Target``,
``Type`` (``Directed``), ``Weight`` (documents supporting the edge), ``Label`` (the relation),
``Kind`` (the relation again: Gephi keeps parallel edges of different kinds) and ``Interval``,
the reported period ``<[first, last]>`` (ISO days; empty when undated) that Gephi's timeline uses
when the column is imported as an interval. Lists are ``"; "``-joined (evidence sentences
``" | "``), as a spreadsheet has no list type. The same rows pandas reads with ``read_csv``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

import networkx as nx

from polkg.exports.summary import canonical, edge_dates, edge_id, edge_summary, edges, node_summary

__all__ = [
    "NODE_COLUMNS",
    "EDGE_COLUMNS",
    "csv_text",
    "generate_tables",
    "write_csv",
    "write_folder",
]

NODE_COLUMNS = [
    "Id", "Label", "type", "party", "wikidata", "bioguide", "resolution",
    "aliases", "offices", "n_documents", "degree", "documents",
]  # fmt: skip
EDGE_COLUMNS = [
    "Id", "Source", "Target", "Type", "Weight", "Label", "Kind", "Interval",
    "n_documents", "n_evidence", "confidence", "first_date", "last_date", "evidence", "documents",
]  # fmt: skip


def generate_tables(g: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> CSV text (``nodes.csv``, ``edges.csv``)."""
    g = canonical(g)
    nodes = []
    for n in g:
        s = node_summary(g, n)
        nodes.append({**s, "Id": n, "Label": s["label"]})
    rows = []
    for u, v, relation, d in edges(g):
        s = edge_summary(g, relation, d)
        dates = edge_dates(d)
        rows.append(
            {
                **s,
                "Id": edge_id(u, v, relation),
                "Source": u,
                "Target": v,
                "Type": "Directed",
                "Weight": s["n_documents"],
                "Label": relation,
                "Kind": relation,
                "Interval": f"<[{dates[0]}, {dates[-1]}]>" if dates else "",
            }
        )
    return {"nodes.csv": csv_text(NODE_COLUMNS, nodes), "edges.csv": csv_text(EDGE_COLUMNS, rows)}


def write_csv(g: nx.MultiDiGraph, folder: str | Path) -> None:
    """Write ``nodes.csv`` and ``edges.csv`` for ``g`` into ``folder`` (created if missing)."""
    write_folder(folder, generate_tables(g))


def csv_text(columns: list[str], rows: Sequence[Mapping[str, object]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_folder(folder: str | Path, files: dict[str, str]) -> None:
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
