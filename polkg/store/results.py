"""Query results as text: an aligned table for people, CSV/TSV/SPARQL JSON for programs.

CSV, TSV and JSON of SELECT and ASK results come from pyoxigraph's own serializers (the SPARQL 1.1
Query Results formats). CONSTRUCT/DESCRIBE results are shown as rows of subject, predicate,
object in the same formats, so one ``--format`` flag works for every query form.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyoxigraph as ox

from polkg.errors import PolkgError
from polkg.ontology.rdf import PREFIXES

__all__ = ["FORMATS", "format_results", "compact"]

FORMATS = ("table", "csv", "tsv", "json")
_SERIALIZERS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
MAX_CELL = 100  # table cells are cut here; csv/tsv/json keep everything


def compact(term: Any) -> str:
    """A short, readable form of a term: ``ent:jeff-sessions``, plain literal text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _table(header: list[str], rows: list[list[str]]) -> str:
    def cut(cell: str) -> str:
        cell = " ".join(cell.split())
        return cell if len(cell) <= MAX_CELL else cell[: MAX_CELL - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [len(h) for h in header]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _term_json(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    data = {"type": "literal", "value": term.value}
    if term.language:
        data["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        data["datatype"] = term.datatype.value
    return data


def _triples(results: ox.QueryTriples, fmt: str) -> str:
    header = ["subject", "predicate", "object"]
    triples = list(results)
    if fmt == "table":
        rows = [[compact(t.subject), compact(t.predicate), compact(t.object)] for t in triples]
        return _table(header, rows)
    if fmt == "json":
        bindings = [
            dict(zip(header, map(_term_json, (t.subject, t.predicate, t.object)), strict=True))
            for t in triples
        ]
        data = {"head": {"vars": header}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    out = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([t.subject.value, t.predicate.value, t.object.value] for t in triples)
    else:
        out.write("\t".join(f"?{h}" for h in header) + "\n")
        for t in triples:
            out.write("\t".join(str(x) for x in (t.subject, t.predicate, t.object)) + "\n")
    return out.getvalue()


def format_results(results: Any, fmt: str = "table") -> str:
    """Render what ``Store.query`` returned (it can be rendered once: results are a stream)."""
    if fmt not in FORMATS:
        raise PolkgError(f"unknown result format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if isinstance(results, ox.QueryTriples):
            return _triples(results, fmt)
        if isinstance(results, ox.QueryBoolean):
            if fmt == "table":
                return f"{'true' if bool(results) else 'false'}\n"
            return bytes(results.serialize(format=_SERIALIZERS[fmt]) or b"").decode("utf-8")
        if fmt == "table":
            header = [v.value for v in results.variables]
            rows = [[compact(solution[name]) for name in header] for solution in results]
            return _table(header, rows)
        text = bytes(results.serialize(format=_SERIALIZERS[fmt]) or b"").decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    except (OSError, RuntimeError, ValueError) as error:
        raise PolkgError(f"query failed: {' '.join(str(error).split())}") from None
