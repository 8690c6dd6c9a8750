"""Graphviz DOT text, written directly (no graphviz binary or pydot needed to produce it).

Render with ``dot -Tsvg graph.dot`` (or ``sfdp`` for large graphs). Nodes are filled with their
type's colour, edges drawn in their relation's colour and labelled with the relation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import networkx as nx

from polkg.exports.style import relation_color, type_color
from polkg.exports.summary import canonical, edge_summary, edges, node_summary

__all__ = ["generate_dot", "write_dot"]


def generate_dot(g: nx.MultiDiGraph) -> str:
    """The DOT document for ``g``."""
    return "".join(line + "\n" for line in _lines(canonical(g)))


def write_dot(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` as Graphviz DOT to ``path``."""
    Path(path).write_text(generate_dot(g), encoding="utf-8")


def _lines(g: nx.MultiDiGraph) -> Iterator[str]:
    yield "digraph polkg {"
    yield '  graph [overlap=false, splines=true, fontname="Helvetica"];'
    yield '  node [shape=ellipse, style=filled, fontname="Helvetica", fontcolor="white"];'
    yield '  edge [fontname="Helvetica", fontsize=9];'
    for n in g:
        s = node_summary(g, n)
        attrs = {
            "label": s["label"],
            "fillcolor": type_color(str(s["type"])),
            "type": s["type"],
            "tooltip": f"{s['type']}: {s.get('aliases', s['label'])}",
        }
        yield f"  {_quote(n)} [{_attrs(attrs)}];"
    for u, v, relation, d in edges(g):
        s = edge_summary(g, relation, d)
        colour = relation_color(relation)
        attrs = {
            "label": relation,
            "relation": relation,
            "color": colour,
            "fontcolor": colour,
            "n_documents": s["n_documents"],
            "tooltip": s.get("evidence", relation),
        }
        for name in ("first_date", "last_date"):
            if name in s:
                attrs[name] = s[name]
        yield f"  {_quote(u)} -> {_quote(v)} [{_attrs(attrs)}];"
    yield "}"


def _attrs(attrs: Mapping[str, object]) -> str:
    return ", ".join(f"{k}={_quote(v)}" for k, v in attrs.items())


def _quote(value: object) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as ``\\n``."""
    text = (
        str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "\\n")
    )
    return f'"{text}"'
