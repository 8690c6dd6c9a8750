"""Checks every SPARQL request passes before a store evaluates it (``serve`` and ``query``).

Why here and not in the worker: a query nested a few thousand levels deep overflows the parser's
stack and kills the process that parses it, and ``SERVICE`` makes Oxigraph fetch any URL (the
reply then carries the remote body). Both are told from the query's text with a small lexer
(strings, IRIs and comments blanked out, so a ``SERVICE`` or a parenthesis inside them does not
count), before the real parser sees it; the real parser then runs on an empty in-memory store,
where a syntax error costs nothing and no evaluation starts. A refused request raises
:class:`QueryRefused`, whose ``status`` is the HTTP status the endpoint answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from polkg.errors import PolkgError, one_line

__all__ = ["MAX_DEPTH", "QueryRefused", "check_query", "check_graph_iris", "looks_like_update"]

MAX_DEPTH = 64  # brackets, braces, parentheses and << >> inside each other; real queries use < 15
READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
NO_SERVICE = "SERVICE is refused: polkg answers from its own store and never fetches anything"

# strings (long and short), IRIs and comments: their content is not SPARQL syntax
_OPAQUE = re.compile(
    r"""(?P<long>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")"""
    r"""|(?P<short>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")"""
    r"""|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    r"""|(?P<comment>\#[^\n\r]*)""",
    re.DOTALL,
)
_NESTING = re.compile(r"<<|>>|[(){}\[\]]")
_OPENERS = frozenset(["(", "{", "[", "<<"])
# the keyword, not ?service, ex:service, service:x or _:service
_SERVICE = re.compile(r"(?<![\w:?$.\-])SERVICE(?![\w:\-])", re.IGNORECASE)
_PROLOGUE = r"^\s*(?:(?:PREFIX\s*[^\s:]*:\s*<\s*>|BASE\s*<\s*>)\s*)*"
_UPDATE = re.compile(
    _PROLOGUE + r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
_ASK = re.compile(_PROLOGUE + r"(ASK)\b", re.IGNORECASE)
_ASK_AS_SELECT = "SELECT (1 AS ?polkg_syntax_check)"


class QueryRefused(PolkgError):
    """A request refused before evaluation; ``status`` is the endpoint's HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def skeleton(query: str) -> str:
    """``query`` with the inside of strings, IRIs and comments blanked (same length)."""

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        if match.lastgroup == "comment":
            return " " * len(text)
        return text[0] + " " * (len(text) - 2) + text[-1]

    return _OPAQUE.sub(blank, query)


def nesting_depth(shape: str) -> int:
    """How deep brackets of any kind nest in a :func:`skeleton`."""
    depth = deepest = 0
    for match in _NESTING.finditer(shape):
        if match.group(0) in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest


def uses_service(shape: str) -> bool:
    """True when the :func:`skeleton` of a query has the keyword SERVICE (a federated query)."""
    return _SERVICE.search(shape) is not None


def looks_like_update(text: str) -> bool:
    """True for SPARQL Update requests (told apart from queries to answer 403, not 400)."""
    return _UPDATE.match(skeleton(text)) is not None


def check_query(query: str, max_depth: int = MAX_DEPTH) -> None:
    """Raise :class:`QueryRefused` unless ``query`` is a well-formed, local, read-only query."""
    shape = skeleton(query)
    if _UPDATE.match(shape):
        raise QueryRefused(403, READ_ONLY)
    depth = nesting_depth(shape)
    if depth > max_depth:
        raise QueryRefused(
            400, f"query nested {depth} levels deep; the limit is {max_depth} brackets"
        )
    if uses_service(shape):
        raise QueryRefused(400, NO_SERVICE)
    _parse(query, shape)


def _parse(query: str, shape: str) -> None:
    """Oxigraph's own parser on an empty store: SELECT, CONSTRUCT and DESCRIBE are lazy there,
    ASK is not, so an ASK is checked as the SELECT with the same pattern."""
    import pyoxigraph as ox

    from polkg.ontology.rdf import PREFIXES

    ask = _ASK.match(shape)
    if ask:
        query = query[: ask.start(1)] + _ASK_AS_SELECT + query[ask.end(1) :]
    try:
        ox.Store().query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryRefused(400, f"malformed SPARQL query: {one_line(error)}") from None
    except (ValueError, OSError, RuntimeError) as error:
        raise QueryRefused(400, f"bad query: {one_line(error)}") from None


def check_graph_iris(iris: Iterable[str], parameter: str) -> None:
    """``default-graph-uri`` and ``named-graph-uri`` values must be absolute IRIs."""
    import pyoxigraph as ox

    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as error:
            raise QueryRefused(400, f"bad {parameter} {iri[:200]!r}: {one_line(error)}") from None
