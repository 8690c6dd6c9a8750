"""The positive (subject, relation, object) triples the extractor makes from one text: what the
rule tests on short real-style sentences compare."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.model import Document


def edges(extractor: Extractor, text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    """The asserted triples of ``text`` (``date``: the document's date, for office holders)."""
    result = extractor.process(Document(id="d", text=text, date=date))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def flagged(extractor: Extractor, text: str) -> set[tuple[str, str, str, bool]]:
    """Every triple with whether it is asserted (False: negated, hedged, demanded...)."""
    result = extractor.process(Document(id="d", text=text))
    return {(a.subject, a.relation, a.object, a.positive) for a in result.assertions}


def positive_and_unasserted(
    extractor: Extractor, text: str
) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """The asserted triples of ``text`` and those it makes but does not assert (negated,
    hedged, demanded ...), apart: a wrong reading unasserted, its true twin asserted."""
    found = flagged(extractor, text)
    return {t[:3] for t in found if t[3]}, {t[:3] for t in found if not t[3]}


def types_and_edges(
    extractor: Extractor, text: str, date: str | None = None, outlet: str | None = None
) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """The entities of ``text`` by name with their types, and its asserted triples
    (``outlet``: who published the text, for a press release's speaker)."""
    result = extractor.process(Document(id="d", text=text, date=date, outlet=outlet))
    types = {e.name: e.type for e in result.entities}
    return types, {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}
