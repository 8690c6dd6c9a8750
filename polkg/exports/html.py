"""The offline viewer: one self-contained HTML file (Cytoscape.js inlined, data inlined).

The page makes no network request of any kind: the vendored ``viewer/cytoscape.min.js``, the
viewer's own CSS and JS and the graph are inlined, and a Content-Security-Policy forbids any
fetch. Positions are computed here once (:mod:`polkg.exports.layout`), so the browser never
runs a layout and a 5,000-node graph opens without freezing.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.exports.json import cytoscape_data
from polkg.exports.layout import layout_positions
from polkg.exports.style import relation_color, style, type_color
from polkg.exports.summary import edge_dates, node_size, offices_text

__all__ = ["viewer_data", "generate_html", "write_html"]

_SLOT = re.compile(r"/\*polkg:(\w+)\*/")


def viewer_data(g: nx.MultiDiGraph, title: str = "polkg graph") -> dict[str, Any]:
    """What the viewer page loads: Cytoscape.js elements with positions, colours and sizes."""
    data = cytoscape_data(g)
    pos = layout_positions(g, scale=110.0)
    for node in data["elements"]["nodes"]:
        d = node["data"]
        d["degree"] = int(g.degree(d["id"]))
        d["size"] = node_size(d["degree"])
        d["color"] = type_color(d.get("type"))
        d["offices_text"] = offices_text(d.get("offices"))
        x, y = pos[d["id"]]
        node["position"] = {"x": x, "y": y}
    for edge in data["elements"]["edges"]:
        d = edge["data"]
        d["color"] = relation_color(d["relation"])
        d["dates"] = edge_dates(d)
        d.setdefault("n_documents", len({ev.get("doc") for ev in d.get("evidence", [])}))
    return {
        "title": title,
        "documents": data["data"].get("documents", {}),
        "nodes": data["elements"]["nodes"],
        "edges": data["elements"]["edges"],
        "style": style(),
    }


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
