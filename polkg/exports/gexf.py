"""GEXF 1.3 with time, so Gephi's timeline plays the graph as it grew.

Each node starts at the first date it is attested (its documents, its edges' evidence) and each
edge at its first evidence date; both stay once they appear, as a relation once reported stays on
the record. Mode is ``dynamic`` and ``timeformat`` is ``date``. Written by networkx's GEXF writer
(version 1.3) over a flattened copy of the graph.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import tostring

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from polkg import __version__
from polkg.exports.style import relation_color, rgb, type_color
from polkg.exports.summary import (
    canonical,
    edge_dates,
    edge_id,
    edge_summary,
    edges,
    node_dates,
    node_size,
    node_summary,
)

__all__ = ["gexf_graph", "generate_gexf", "write_gexf"]

XSI = "http://www.w3.org/2001/XMLSchema-instance"


def gexf_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The flattened graph GEXF holds: scalar attributes, ``start`` dates, viz colour and size."""
    g = canonical(g)
    flat = nx.MultiDiGraph(mode="dynamic")
    for n in g:
        attrs: dict[str, object] = dict(node_summary(g, n))
        dates = node_dates(g, n)
        if dates:
            attrs["start"] = dates[0]
        r, gr, b = rgb(type_color(g.nodes[n].get("type")))
        attrs["viz"] = {
            "color": {"r": r, "g": gr, "b": b, "a": 1.0},
            "size": node_size(g.degree(n)),
        }
        flat.add_node(n, **attrs)
    for u, v, relation, d in edges(g):
        attrs = edge_summary(g, relation, d)
        attrs["label"] = relation
        attrs["weight"] = attrs["n_documents"]
        dates = edge_dates(d)
        if dates:
            attrs["start"] = dates[0]
        r, gr, b = rgb(relation_color(relation))
        attrs["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}}
        attrs["id"] = edge_id(u, v, relation)
        flat.add_edge(u, v, key=edge_id(u, v, relation), **attrs)
    return flat


def generate_gexf(g: nx.MultiDiGraph) -> str:
    """The GEXF 1.3 document, XML declaration included; no wall-clock date inside."""
    writer = GEXFWriter(version="1.3", encoding="utf-8", prettyprint=True)
    writer.xml.set("xmlns:xsi", XSI)  # networkx's 1.3 table misspells the XSI namespace
    meta = writer.xml.find("meta")
    if meta is not None:
        creator = meta.find("creator")
        if creator is not None:
            creator.text = f"polkg {__version__}"
        last = max(
            (
                str(d.get("date"))[:10]
                for d in g.graph.get("documents", {}).values()
                if d.get("date")
            ),
            default=None,
        )
        if last:
            meta.set("lastmodifieddate", last)
        else:
            meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(gexf_graph(g))
    writer.indent(writer.xml)
    body = tostring(writer.xml, encoding="unicode")
    return "<?xml version='1.0' encoding='utf-8'?>\n" + body + "\n"


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as GEXF 1.3 to ``path``."""
    Path(path).write_text(generate_gexf(g), encoding="utf-8")
