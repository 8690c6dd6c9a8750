"""The pipeline: ordered results, bounded in-flight work, one bad document costs only itself."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from polkg.errors import InputError
from polkg.model import Document
from polkg.pipeline import (
    ExtractionFailure,
    _windowed,
    extract_batch,
    extract_documents,
    ingest_paths,
)
from polkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "examples" / "wikinews" / "articles.jsonl"


class _FlakyExtractor:
    """Fails on documents whose text contains BOOM, in a batch and alone (like a parser bug)."""

    nlp = SimpleNamespace(max_length=100)

    def pipe(self, documents):
        for document in documents:
            yield self.process(document)

    def process(self, document):
        if "BOOM" in document.text:
            raise RuntimeError("parser blew up\non two lines")
        return f"result:{document.id}"


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, source=f"corpus.jsonl:{doc_id}")


def test_pipeline_extract_batch_isolates_the_failing_document():
    docs = [_doc("1", "fine"), _doc("2", "BOOM"), _doc("3", "x" * 101), _doc("4", "also fine")]
    out = extract_batch(_FlakyExtractor(), docs)  # type: ignore[arg-type]
    assert out[0] == "result:1" and out[3] == "result:4"
    assert out[1] == ExtractionFailure(
        "corpus.jsonl:2", "extraction failed (parser blew up on two lines)"
    )
    assert isinstance(out[2], ExtractionFailure)
    assert out[2].where == "corpus.jsonl:3"
    assert out[2].message.startswith("text too long to parse (101 characters; limit 100)")
    assert "\n" not in out[1].message + out[2].message


def test_pipeline_windowed_keeps_order_and_reads_input_lazily():
    pulled = []

    def batches():
        for i in itertools.count():
            pulled.append(i)
            yield [i]

    outcomes = _windowed(lambda batch: batch, lambda handle: handle, batches(), window=3)
    assert list(itertools.islice(outcomes, 5)) == [0, 1, 2, 3, 4]
    assert len(pulled) <= 5 + 3  # an endless input is never read ahead beyond the window


def test_pipeline_too_long_document_is_one_error_naming_it_and_the_rest_goes_on(nlp):
    big = _doc("big", "word " * (nlp.max_length // 5 + 10))
    small = _doc("small", "Elizabeth Warren endorsed Joe Biden on Wednesday.")
    errors: list[InputError] = []
    results = list(extract_documents([big, small], on_error=errors.append))
    assert [r.document.id for r in results] == ["small"]
    assert results[0].assertions == list(extract_documents([small]))[0].assertions
    assert len(errors) == 1 and errors[0].where == "corpus.jsonl:big"
    assert "too long" in str(errors[0]) and "\n" not in str(errors[0])
    with pytest.raises(InputError, match="corpus.jsonl:big: text too long"):
        list(extract_documents([big]))


@pytest.mark.slow  # worker processes
def test_pipeline_two_workers_give_the_results_of_one_in_input_order(tmp_path):
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:4]
    docs = [_doc(json.loads(line)["id"], json.loads(line)["text"]) for line in lines]
    one = list(extract_documents(docs, jobs=1))
    two = list(extract_documents(docs, jobs=2, batch_size=1))
    assert [r.document.id for r in two] == [d.id for d in docs]
    assert [r.assertions for r in two] == [r.assertions for r in one]
    assert [r.entities for r in two] == [r.entities for r in one]


@pytest.mark.slow  # a whole corpus or many parses
def test_pipeline_ingest_in_small_batches_equals_one_batch(tmp_path):
    corpus = tmp_path / "four.jsonl"
    corpus.write_text(
        "\n".join(WIKINEWS.read_text(encoding="utf-8").splitlines()[:4]) + "\n", encoding="utf-8"
    )
    ingest_paths([str(corpus)], tmp_path / "a", batch_documents=1)
    ingest_paths([str(corpus)], tmp_path / "b", batch_documents=100)
    a, b = Store(tmp_path / "a"), Store(tmp_path / "b")
    assert len(a.documents()) == 4
    assert sorted(map(str, a.quads())) == sorted(map(str, b.quads()))
    before = a.triple_count()
    summary = ingest_paths([str(corpus)], tmp_path / "a", batch_documents=1)
    assert summary.startswith("0 documents added (4 already stored)")
    assert a.triple_count() == before
