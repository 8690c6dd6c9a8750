"""A hint for a misspelled ontology term: ``pol:criticises`` matches nothing, silently.

SPARQL has no notion of a vocabulary, so a query naming a ``pol:`` term the ontology does not
define just returns no rows. The closest defined terms (difflib) turn that into a one-line hint.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from polkg.ontology.vocab import POL
from polkg.store.params import _HIDDEN, parameter_term

if TYPE_CHECKING:
    from polkg.store.store import Store

__all__ = ["ontology_terms", "unknown_terms", "term_hint", "name_hint"]

_NAMESPACE = str(POL._NS)
_PREFIXED = re.compile(r"(?<![\w:])pol:([A-Za-z_][\w\-]*)")
_FULL = re.compile("<" + re.escape(_NAMESPACE) + r"([^>]+)>")


@cache
def ontology_terms() -> tuple[str, ...]:
    """Local names of every term ``polkg.ttl`` defines (classes and properties)."""
    return tuple(sorted(POL.__annotations__))


def unknown_terms(sparql: str) -> list[str]:
    """``pol:`` terms the query uses (prefixed or as full IRIs) that the ontology lacks."""
    text = _HIDDEN.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    used = set(_PREFIXED.findall(text)) | set(_FULL.findall(text))
    known = set(ontology_terms())
    return sorted(term for term in used if term not in known)


def term_hint(sparql: str) -> str | None:
    """One line naming each unknown ``pol:`` term with its closest ontology terms, or None."""
    parts = []
    for term in unknown_terms(sparql):
        close = difflib.get_close_matches(term, ontology_terms(), n=3, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(term.lower(), ontology_terms(), n=3, cutoff=0.4)
        guess = f" (did you mean {', '.join('pol:' + c for c in close)}?)" if close else ""
        parts.append(f"pol:{term} is not in the polkg ontology{guess}")
    return "; ".join(parts) if parts else None


# Parameters of the shipped queries that name an actor; a name no actor has matches nothing.
_NAMED = ("name", "subject", "object")
_QUERIES = Path(__file__).parent / "queries"  # polkg.store.QUERIES_DIR (no import: a cycle)
_FIND_NAME = (
    "SELECT $value WHERE { ?actor pol:name ?n FILTER (LCASE(STR(?n)) = LCASE($value)) } LIMIT 1"
)


def name_hint(store: Store, sparql: str, params: dict[str, str]) -> str | None:
    """One line naming each bound actor name that no actor has (a label or alias, any case), or
    None: "(0 rows)" alone does not tell a misspelled name from an actor nobody criticizes.
    Shipped queries only: in a user's own query ``$name`` may name anything."""
    if sparql not in {p.read_text(encoding="utf-8") for p in _QUERIES.glob("*.rq")}:
        return None
    parts = []
    for key in _NAMED:
        value = params.get(key)
        if value and isinstance(parameter_term(value), ox.Literal):
            rows = store.query(_FIND_NAME, {"value": value})
            if isinstance(rows, ox.QuerySolutions) and not list(rows):
                parts.append(f"no actor in the store is named {value!r} (${key})")
    if parts:
        parts[-1] += ", in any label or alias and any case"
    return "; ".join(parts) if parts else None
