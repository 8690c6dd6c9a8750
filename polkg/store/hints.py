"""A hint for a misspelled ontology term: ``pol:criticises`` matches nothing, silently.

SPARQL has no notion of a vocabulary, so a query naming a ``pol:`` term the ontology does not
define just returns no rows. The closest defined terms (difflib) turn that into a one-line hint.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from polkg.ontology.vocab import POL
from polkg.store.params import _HIDDEN

__all__ = ["ontology_terms", "unknown_terms", "term_hint"]

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
