"""Plots for `polkg analyze --plot`: stance over time, and the coalition graph.

matplotlib's object API on an Agg canvas (no display, no pyplot state); PNG or SVG by the file's
extension, with no timestamps in the metadata so the same data gives the same file.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import igraph as ig
import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from polkg.errors import PolkgError
from polkg.exports.style import coalition_color, relation_color
from polkg.graph.signed import signed_graph

__all__ = ["coalition_figure", "save_figure", "stance_figure"]


def _month(value: str) -> dt.date:
    return dt.date.fromisoformat(value + "-15")


def stance_figure(timelines: list[dict[str, Any]]) -> Figure:
    """One panel per timeline (``analysis_data(...)["timeline"]``): documents per month, endorsing
    above the axis, criticizing and opposing below it, stacked."""
    if not timelines:
        raise PolkgError("nothing to plot: give --actor NAME (once or twice) for a timeline")
    fig = Figure(figsize=(11, 2.6 * len(timelines) + 0.8), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(len(timelines), 1, sharex=True, squeeze=False)[:, 0]
    width = 24  # days
    for ax, t in zip(axes, timelines, strict=True):
        months = t["months"]
        x = [_month(m["month"]) for m in months]
        ax.bar(x, [m["endorses"] for m in months], width, color=relation_color("endorses"))
        ax.bar(x, [-m["criticizes"] for m in months], width, color=relation_color("criticizes"))
        ax.bar(
            x,
            [-m["opposes"] for m in months],
            width,
            bottom=[-m["criticizes"] for m in months],
            color=relation_color("opposes"),
        )
        ax.axhline(0, color="#444444", linewidth=0.8)
        ax.set_title(f"{t['source_label']} towards {t['target_label']}", loc="left", fontsize=11)
        ax.set_ylabel("documents")
        low = min([-(m["criticizes"] + m["opposes"]) for m in months] + [-1])
        high = max([m["endorses"] for m in months] + [1])
        ax.set_ylim(low - 0.5, high + 0.5)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        if not months:
            ax.text(0.5, 0.5, "no dated evidence", transform=ax.transAxes, ha="center")
    handles = [
        Line2D([], [], color=relation_color(r), linewidth=6, label=r)
        for r in ("endorses", "criticizes", "opposes")
    ]
    fig.legend(handles=handles, loc="outside upper right", ncols=3, frameon=False)
    return fig


def coalition_figure(
    g: nx.MultiDiGraph, coalitions: dict[str, Any], max_coalitions: int = 8, max_nodes: int = 120
) -> Figure:
    """The actors of the largest coalitions (``analysis_data(...)["coalitions"]``), coloured by
    coalition; positive ties solid, negative ties dashed. Each coalition keeps its best-tied
    members when there are more than ``max_nodes`` in all."""
    rows = coalitions["coalitions"][:max_coalitions]
    if not rows:
        raise PolkgError("nothing to plot: no coalition of two or more actors")
    share = max(2, max_nodes // len(rows))
    membership = {n: row["coalition"] for row in rows for n in row["nodes"][:share]}
    s = signed_graph(g).subgraph(membership)
    nodes = sorted(s, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted((index[u], index[v], d["sign"]) for u, v, d in s.edges(data=True))
    h = ig.Graph(n=len(nodes), edges=[(a, b) for a, b, _ in pairs])
    # positive ties pull hard, negative ones barely: camps form clusters
    weights = [3.0 if sign > 0 else 0.2 for *_, sign in pairs]
    ig.set_random_number_generator(random.Random(42))
    try:
        coords = h.layout_fruchterman_reingold(weights=weights or None, niter=1000).coords
    finally:
        ig.set_random_number_generator(random)
    pos = {n: (c[0], c[1]) for n, c in zip(nodes, coords, strict=True)}
    fig = Figure(figsize=(12, 9), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    for sign, style, color in (
        (1, "solid", "#2ca02c"),
        (-1, "dashed", "#d62728"),
        (0, "dotted", "#999999"),
    ):
        edgelist = [(u, v) for u, v, d in s.edges(data=True) if d["sign"] == sign]
        nx.draw_networkx_edges(
            s, pos, ax=ax, edgelist=edgelist, style=style, edge_color=color, alpha=0.45, width=0.8
        )
    degree = dict(s.degree())
    nx.draw_networkx_nodes(
        s,
        pos,
        ax=ax,
        nodelist=nodes,
        node_color=[coalition_color(membership[n]) for n in nodes],
        node_size=[30 + 12 * degree[n] for n in nodes],
        edgecolors="white",
        linewidths=0.5,
    )
    labelled = sorted(nodes, key=lambda n: (-degree[n], str(n)))[:40]
    nx.draw_networkx_labels(
        s, pos, ax=ax, labels={n: str(g.nodes[n].get("label", n)) for n in labelled}, font_size=7
    )
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            color=coalition_color(r["coalition"]),
            label=f"coalition {r['coalition']} ({r['size']})",
        )
        for r in rows
    ]
    handles += [
        Line2D([], [], color="#2ca02c", label="positive tie"),
        Line2D([], [], color="#d62728", linestyle="dashed", label="negative tie"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_title(
        f"Coalitions: frustration {coalitions['frustration']:.3f} "
        f"({coalitions['frustrated_edges']} of {coalitions['edges']} stance edges)",
        loc="left",
    )
    return fig


def save_figure(fig: Figure, path: str | Path) -> None:
    """Write ``fig`` as PNG or SVG, chosen by the extension of ``path``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise PolkgError(f"--plot {path}: give a .png or .svg file name")
    try:
        if suffix == ".png":
            fig.savefig(path, format="png", dpi=130, metadata={"Software": None})
        else:
            with matplotlib.rc_context({"svg.hashsalt": "polkg", "svg.fonttype": "none"}):
                fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    except OSError as error:
        raise PolkgError(f"cannot write {path}: {error.strerror or error}") from None
