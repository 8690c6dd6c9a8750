"""Text that XML 1.0 can hold: control characters and the like escaped as visible ``\\uXXXX``.

XML 1.0 cannot carry most C0 control characters, lone surrogates or U+FFFE/U+FFFF, not even
as character references, so a document id with a stray ``\\x01`` made GraphML, GEXF and RDF/XML
that networkx, lxml and rdflib refuse to read. The XML exports pass every string through
:func:`xml_text`; the character becomes the six characters ``\\u0001``, so two ids that differ
only there stay two ids and the reader sees where something odd was.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

__all__ = ["xml_text", "xml_token", "xml_safe", "xml_safe_graph"]

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids written as ``\\uXXXX``."""
    return _ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def xml_safe(value: Any) -> Any:
    """``value`` with :func:`xml_text` applied to every string inside (dict keys included)."""
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, dict):
        return {xml_safe(k): xml_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(v) for v in value)
    return value


def xml_safe_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose node ids, keys and attributes are all XML-safe text."""
    h = nx.MultiDiGraph()
    h.graph.update(xml_safe(dict(g.graph)))
    for n, a in g.nodes(data=True):
        h.add_node(xml_safe(n), **xml_safe(dict(a)))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(xml_safe(u), xml_safe(v), key=xml_safe(k), **xml_safe(dict(d)))
    return h


_NOT_NAME_CHAR = re.compile(r"[^\w.:-]|_", re.ASCII)


def xml_token(text: str) -> str:
    """``text`` as an XML name token (GraphML ids are ``xs:NMTOKEN``): ASCII letters, digits,
    ``. : -`` stay, anything else becomes ``_XX_`` (its code point in hex); slugs are unchanged."""
    return _NOT_NAME_CHAR.sub(lambda m: f"_{ord(m.group()):x}_", text)
