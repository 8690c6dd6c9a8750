"""Extraction of a document does not depend on the documents extracted before it: a user who
re-runs one article, or a corpus in another order or with other batch sizes, gets the same edges."""

from __future__ import annotations

import json
from pathlib import Path

from polkg.model import Document

WIKINEWS = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"


def _documents() -> list[Document]:
    rows = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]
    return [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]


def _edges(results) -> dict[str, list[tuple]]:
    return {
        r.document.id: sorted(
            (a.subject, a.relation, a.object, a.evidence, a.negated, a.hedged, a.rule)
            for a in r.assertions
        )
        for r in results
    }


def test_extract_same_edges_in_any_order_batch_size_or_alone(extractor) -> None:
    documents = _documents()
    forward = _edges(extractor.pipe(documents, batch_size=32))
    assert sum(len(v) for v in forward.values()) > 0  # the example corpus has edges to compare
    backward = _edges(extractor.pipe(list(reversed(documents)), batch_size=3))
    alone = _edges(extractor.process(d) for d in documents)
    assert backward == forward
    assert alone == forward
