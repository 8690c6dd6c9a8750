"""Static drawings (PNG, SVG) for reports, with a legend of node types and relations.

Drawn with matplotlib's object API (no pyplot global state, Agg canvas, no display needed) at the
positions of :func:`polkg.exports.layout.layout_positions`. Output is reproducible: no
timestamps or software version in the metadata, fixed SVG id salt.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from polkg.exports.layout import layout_positions
from polkg.exports.style import relation_color, type_color
from polkg.exports.summary import canonical, edges, node_size

__all__ = ["draw_graph", "png_data", "generate_svg", "write_png", "write_svg"]

LABELLED_NODES = 40  # above this many nodes only the best-connected ones get a label


def draw_graph(g: nx.MultiDiGraph) -> Figure:
    """A matplotlib Figure of ``g``: nodes coloured by type, sized by degree, arrows by relation."""
    g = canonical(g)
    fig = Figure(figsize=(12, 8), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    pos = layout_positions(g)
    types = sorted({str(a.get("type", "")) for _, a in g.nodes(data=True)})
    relations = sorted({r for _, _, r, _ in edges(g)})
    small = g.number_of_nodes() <= 200
    nodelist = list(g)
    sizes = [node_size(g.degree(n)) * (12 if small else 2) for n in nodelist]
    nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        nodelist=nodelist,
        node_size=sizes,
        node_color=[type_color(g.nodes[n].get("type")) for n in nodelist],
        linewidths=0.5,
        edgecolors="white",
    )
    for rank, relation in enumerate(relations):
        edgelist = [(u, v, r) for u, v, r, _ in edges(g) if r == relation]
        nx.draw_networkx_edges(
            g,
            pos,
            ax=ax,
            edgelist=edgelist,
            edge_color=relation_color(relation),
            arrows=True,
            arrowsize=14 if small else 6,
            width=1.6 if small else 0.5,
            connectionstyle=f"arc3,rad={0.08 + 0.06 * rank}",
            nodelist=nodelist,
            node_size=sizes,
        )
    labelled = sorted(g, key=lambda n: (-g.degree(n), str(n)))[:LABELLED_NODES]
    lift = 0.035 * (
        max((y for _, y in pos.values()), default=0) - min((y for _, y in pos.values()), default=0)
        or 1
    )
    nx.draw_networkx_labels(
        g,
        {n: (x, y + lift) for n, (x, y) in pos.items()},
        ax=ax,
        labels={n: str(g.nodes[n].get("label", n)) for n in labelled},
        font_size=9 if small else 6,
        verticalalignment="bottom",
    )
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=9, color=type_color(t), label=t)
        for t in types
    ] + [Line2D([], [], color=relation_color(r), linewidth=2.5, label=r) for r in relations]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.margins(0.08)
    return fig


def png_data(g: nx.MultiDiGraph) -> bytes:
    """The PNG drawing as bytes."""
    buf = io.BytesIO()
    draw_graph(g).savefig(buf, format="png", dpi=150, metadata={"Software": None})
    return buf.getvalue()


def generate_svg(g: nx.MultiDiGraph) -> str:
    """The SVG drawing as text."""
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "polkg", "svg.fonttype": "none"}):
        draw_graph(g).savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return buf.getvalue()


def write_png(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the PNG drawing of ``g`` to ``path``."""
    Path(path).write_bytes(png_data(g))


def write_svg(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the SVG drawing of ``g`` to ``path``."""
    Path(path).write_text(generate_svg(g), encoding="utf-8")
