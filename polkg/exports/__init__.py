"""Exports of the polkg graph: visualization formats, the offline viewer, tables, and RDF.

One entry point, :func:`export_graph`, filters the graph (by default leaving out actors in no
relation) and dispatches by format name; each format also has its own networkx-style functions
(``write_graphml(g, path)``, ``generate_graphml(g)``, ...) that write the graph they are given
as it is. Every export is deterministic: the same graph gives the same bytes. ``csv`` (Gephi
spreadsheet tables) and ``neo4j`` (neo4j-admin CSV files and a Cypher script) write a folder.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

import networkx as nx

from polkg.errors import PolkgError
from polkg.exports.filters import filter_graph

__all__ = ["FORMATS", "FOLDER_FORMATS", "RDF_FORMATS", "export_graph", "filter_graph"]

# format -> (module, text generator or None for binary, writer)
_FORMATS: dict[str, tuple[str, str, str]] = {
    "graphml": ("graphml", "generate_graphml", "write_graphml"),
    "gexf": ("gexf", "generate_gexf", "write_gexf"),
    "cytoscape": ("json", "generate_cytoscape", "write_cytoscape"),
    "nodelink": ("json", "generate_nodelink", "write_nodelink"),
    "dot": ("dot", "generate_dot", "write_dot"),
    "png": ("image", "png_data", "write_png"),
    "svg": ("image", "generate_svg", "write_svg"),
    "html": ("html", "generate_html", "write_html"),
}
FOLDER_FORMATS = {"csv": ("tables", "write_csv"), "neo4j": ("neo4j", "write_neo4j")}
RDF_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "xml")
FORMATS = tuple(_FORMATS) + tuple(FOLDER_FORMATS) + RDF_FORMATS


def export_graph(
    g: nx.MultiDiGraph, fmt: str, path: str | Path | None = None, **filters: Any
) -> str | bytes | None:
    """Export ``g`` as ``fmt`` to ``path``; with ``path=None`` return the text (bytes for png).

    ``g`` goes through :func:`filter_graph` first, with ``filters`` (``relations``,
    ``date_from``, ``all_actors``...): without ``all_actors=True`` actors in no relation are
    left out. ``csv`` and ``neo4j`` write several files into the folder ``path``. RDF formats
    are delegated to :func:`polkg.exports.rdf.write_rdf`.
    """
    if fmt not in FORMATS:
        raise PolkgError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    g = filter_graph(g, **filters)
    if fmt in RDF_FORMATS:
        return _export_rdf(g, fmt, path)
    if fmt in FOLDER_FORMATS:
        if path is None:
            raise PolkgError(f"{fmt} writes several files: give a folder (-o FOLDER)")
        _write(*FOLDER_FORMATS[fmt], g, path)
        return None
    module, generate, write = _FORMATS[fmt]
    if path is None:
        result: str | bytes = _function(module, generate)(g)
        return result
    _write(module, write, g, path)
    return None


def _write(module: str, name: str, g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``g`` with the format's writer; a file system error is the user's one-line error."""
    try:
        _function(module, name)(g, path)
    except OSError as error:
        raise PolkgError(f"cannot write {path}: {error.strerror or error}") from None


def _function(module: str, name: str) -> Callable[..., Any]:
    """Formats import lazily: matplotlib or igraph load only when a drawing is asked for."""
    return getattr(import_module(f"{__name__}.{module}"), name)  # type: ignore[no-any-return]


def _export_rdf(g: nx.MultiDiGraph, fmt: str, path: str | Path | None) -> str | None:
    from polkg.exports.rdf import write_rdf  # written by the RDF engineer; loaded only when used

    result = write_rdf(g, path, fmt)
    return result if isinstance(result, str) else None
