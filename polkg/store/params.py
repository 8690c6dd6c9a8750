"""Query parameters: ``$name`` placeholders bound to RDF terms by the SPARQL engine itself.

pyoxigraph binds them through its substitutions (SPARQL SEP-0007), rdflib through
``initBindings``; no query text is rewritten, so a ``$name`` inside a comment or a string literal
stays what it is. An unbound placeholder is an ordinary variable: the shipped queries then cover
every actor. pyoxigraph substitutes only variables a SELECT projects, so the shipped queries list
their parameters in their SELECT clause.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from polkg.errors import PolkgError
from polkg.ontology.rdf import PREFIXES

__all__ = ["parameter_term", "parameter_bindings", "rdflib_bindings", "query_variables"]

# comments, string literals and IRIs hide what looks like a variable inside them
_HIDDEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def query_variables(sparql: str) -> set[str]:
    """Names of the variables (``?x`` or ``$x``) a query uses, outside comments, strings, IRIs."""
    return set(_VARIABLE.findall(_HIDDEN.sub(" ", sparql)))


def parameter_term(value: str) -> ox.NamedNode | ox.Literal:
    """A value as an RDF term: ``<https://...>`` and ``ent:``/``doc:``/``pol:`` names are IRIs,
    anything else a string literal."""
    prefix, sep, local = value.partition(":")
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif sep and prefix in ("ent", "doc", "pol"):
        iri = PREFIXES[prefix] + local
    else:
        return ox.Literal(value)
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise PolkgError(f"not a valid IRI: {value}") from None


def _check(sparql: str, params: dict[str, str]) -> None:
    unknown = set(params) - query_variables(sparql)
    if unknown:
        raise PolkgError(f"query has no parameter ${', $'.join(sorted(unknown))}")


def parameter_bindings(sparql: str, params: dict[str, str]) -> dict[ox.Variable, Any]:
    """``params`` as pyoxigraph substitutions (``Store.query(..., substitutions=...)``)."""
    _check(sparql, params)
    return {ox.Variable(name): parameter_term(value) for name, value in params.items()}


def rdflib_bindings(sparql: str, params: dict[str, str]) -> dict[str, Any]:
    """``params`` as rdflib ``initBindings``: the same values for a query run on an RDF file.

    >>> rows = graph.query(read_query("who-criticizes"),                # doctest: +SKIP
    ...                    initBindings=rdflib_bindings(text, {"name": "roy moore"}))
    """
    import rdflib

    _check(sparql, params)
    bindings: dict[str, Any] = {}
    for name, value in params.items():
        term = parameter_term(value)
        if isinstance(term, ox.NamedNode):
            bindings[name] = rdflib.URIRef(term.value)
        else:
            bindings[name] = rdflib.Literal(term.value)
    return bindings
