"""The offline viewer: one self-contained HTML file (Cytoscape.js inlined, data inlined).

The page makes no network request of any kind: the vendored ``viewer/cytoscape.min.js``, the
viewer's own CSS and JS and the graph are inlined, and a Content-Security-Policy forbids any
fetch. Positions are computed here once (:mod:`polkg.exports.layout`), so the browser never
runs a layout and a 5,000-node graph opens without freezing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.exports.layout import layout_positions
from polkg.exports.style import coalition_color, relation_color, style, type_color
from polkg.exports.summary import (
    canonical,
    date_text,
    edge_dates,
    edge_fields,
    edge_id,
    edges,
    node_fields,
    node_size,
)

__all__ = ["viewer_data", "generate_html", "write_html"]

_SLOT = re.compile(r"/\*polkg:(\w+)\*/")


def viewer_data(g: nx.MultiDiGraph, title: str = "polkg graph") -> dict[str, Any]:
    """What the viewer page loads: Cytoscape.js elements with positions, colours and sizes.

    Unlike the Cytoscape JSON export, edges keep their evidence as objects (sentence, document,
    date), which the details panel shows. Each node also gets its ``rank`` by degree (0 = the
    biggest hub), which decides the labels drawn at every zoom.
    """
    g = canonical(g)
    pos = layout_positions(g, scale=110.0)
    coalition = _coalitions(g)
    rank = {n: i for i, n in enumerate(sorted(g, key=lambda n: (-g.degree(n), str(n))))}
    nodes = []
    for n in g:
        d: dict[str, Any] = {**node_fields(g, n), "id": str(n)}
        d["size"] = node_size(d["degree"])
        d["color"] = d["type_color"] = type_color(str(d.get("type")))
        d["coalition"] = coalition.get(n)
        d["coalition_color"] = coalition_color(coalition.get(n))
        d["offices_text"] = "; ".join(d.get("offices", []))
        d["rank"] = rank[n]
        x, y = pos[n]
        nodes.append({"data": d, "position": {"x": x, "y": y}})
    links = []
    for u, v, r, data in edges(g):
        d = {k: data[k] for k in ("evidence", "confidence") if k in data}
        d.update(edge_fields(g, r, data))
        d["evidence"] = [
            {**ev, "date": date_text(ev["date"]) if ev.get("date") else None}
            for ev in data.get("evidence", [])
        ]
        d.update({"id": edge_id(u, v, r), "source": u, "target": v, "relation": r})
        d["color"] = relation_color(r)
        d["dates"] = edge_dates(data)
        links.append({"data": d})
    return {
        "title": title,
        "documents": g.graph.get("documents", {}),
        "nodes": nodes,
        "edges": links,
        "style": style(),
    }


def _coalitions(g: nx.MultiDiGraph) -> dict[str, int]:
    """Node -> coalition (signed modularity, :mod:`polkg.graph.signed`) for "colour by
    coalition"; actors alone in theirs are left out (drawn grey)."""
    from polkg.graph.signed import coalitions

    membership = coalitions(g).membership
    sizes = Counter(membership.values())
    return {n: c for n, c in membership.items() if sizes[c] > 1}


def generate_html(g: nx.MultiDiGraph, title: str = "polkg graph") -> str:
    """The viewer page for ``g`` as one HTML string (served as-is by ``polkg serve`` at ``/``)."""
    payload = json.dumps(viewer_data(g, title), sort_keys=True, ensure_ascii=False, default=str)
    slots = {
        "title": _escape_text(title),
        "css": _asset("viewer.css"),
        "data": _script_safe(payload),
        "library": _asset("cytoscape.min.js"),
        "app": _asset("viewer.js"),
    }
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("viewer.html"))


def write_html(g: nx.MultiDiGraph, path: str | Path, title: str = "polkg graph") -> None:
    """Write the viewer page for ``g`` to ``path``."""
    Path(path).write_text(generate_html(g, title), encoding="utf-8")


@cache
def _asset(name: str) -> str:
    text = files(__package__).joinpath("viewer", name).read_text("utf-8")
    if name.endswith(".js") and "</script" in text.lower():
        raise RuntimeError(f"viewer/{name} contains '</script' and cannot be inlined")
    return text


def _script_safe(payload: str) -> str:
    """JSON that cannot close or confuse its ``<script>`` element (``<`` as ``\\u003c``)."""
    return payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
