"""EndorsementDB's quotes as corpus JSONL and the scorer of its labelled pairs (gold/README.md,
"EndorsementDB"), on hand-written fixtures: never the quotes themselves."""

from __future__ import annotations

import csv
import hashlib
import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from polkg.model import Assertion, Document, DocumentResult, EntityRecord

REPO = Path(__file__).resolve().parent.parent
CONVERTER = REPO / "scripts" / "endorsementdb_docs.py"
SCORER = runpy.run_path(str(REPO / "scripts" / "endorsementdb_eval.py"))
COLUMNS = ["endorsement_id", "endorser", "position_label", "quote_date", "quote_text"]


def _convert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "endorsementdb_2016"
    folder.mkdir()
    rows = [
        ["1", "Jane Roe", "Endorses Clinton", "2016-06-09", 'I will vote for "Hillary."\n\nShe is'],
        ["2", "The Daily Bugle", "Opposes Trump and Clinton", "2016-10-01", ""],
        ["3", "Ann Poe", "No endorsement", "2016-09-30", "I sit this one out."],
    ]
    with (folder / "endorsements_flat.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    out = tmp_path / "endorsementdb" / "articles.jsonl"
    monkeypatch.setattr("sys.argv", [str(CONVERTER), str(folder), "-o", str(out)])
    runpy.run_path(str(CONVERTER), run_name="__main__")
    return out


def test_one_framed_record_per_quote_none_for_an_empty_quote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _convert(tmp_path, monkeypatch)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["endorsementdb-1", "endorsementdb-3"]
    # The quote's own double quotes become single ones and its line breaks one space, so the
    # frame's quotation is the only one.
    assert records[0]["text"] == "Jane Roe said: \"I will vote for 'Hillary.' She is\""
    assert records[0]["date"] == "2016-06-09" and records[0]["position"] == "Endorses Clinton"


def test_the_converted_file_is_read_as_the_endorsementdb_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from polkg.evaluate import corpus_of
    from polkg.ingest import read_documents

    docs = list(read_documents([str(_convert(tmp_path, monkeypatch))]))
    assert {corpus_of(d) for d in docs} == {"endorsementdb"}
    assert [d.date for d in docs] == ["2016-06-09", "2016-09-30"]


def test_labels_map_to_pairs_and_labels_without_a_candidate_are_skipped() -> None:
    pairs = SCORER["labelled_pairs"]
    assert pairs("Endorses Clinton") == [("Hillary Clinton", 1)]
    assert pairs("Endorses Pence over Trump") == [("Mike Pence", 1)]
    assert pairs("Opposes Trump and Clinton") == [("Donald Trump", -1), ("Hillary Clinton", -1)]
    for label in ("No endorsement", "Endorses another Republican", "Unclear or undecided"):
        assert pairs(label) is None
    assert pairs("Supports Trump without endorsing") is None


def test_the_split_is_a_salted_third_for_measure() -> None:
    ids = [f"endorsementdb-{i}" for i in range(30)]
    parts = SCORER["parts_of"](ids)
    order = sorted(
        ids, key=lambda i: hashlib.sha256(f"polkg-endorsementdb:{i}".encode()).hexdigest()
    )
    assert [parts[i] for i in order[:3]] == ["measure", "tune", "tune"]
    assert sum(p == "measure" for p in parts.values()) == 10


def _result(doc: str, *edges: tuple[str, str, str]) -> DocumentResult:
    assertions = [Assertion(doc, s, "Person", r, o, "Person", "", 0, 1, 0.9) for s, r, o in edges]
    names = sorted({n for s, _, o in edges for n in (s, o)})
    entities = [EntityRecord(n, "Person") for n in names]
    return DocumentResult(Document(doc, "text"), entities, assertions)


def test_only_the_labelled_pairs_are_scored_other_edges_counted() -> None:
    records: dict[str, dict[str, Any]] = {
        "a": {"endorser": "Jane Roe", "position": "Endorses Clinton"},
        "b": {"endorser": "The Daily Bugle", "position": "Opposes Trump and Clinton"},
        "c": {"endorser": "Ann Poe", "position": "No endorsement"},
        "d": {"endorser": "Bill Clinton", "position": "Endorses Clinton"},
    }
    results = [
        # Surname and full name with a middle name both name the candidate.
        _result("a", ("Roe", "endorses", "Clinton"), ("Roe", "criticizes", "Donald Trump")),
        _result(
            "b",
            ("Daily Bugle", "criticizes", "Hillary Rodham Clinton"),
            ("Daily Bugle", "endorses", "Donald Trump"),
        ),
        _result("c", ("Ann Poe", "endorses", "Gary Johnson")),
        # Bill Clinton is not Hillary Clinton.
        _result("d", ("Bill Clinton", "endorses", "Bill Clinton")),
    ]
    report = SCORER["score"](records, results)
    everything, endorse, oppose = (report.tallies[k] for k in ("all", "endorses", "opposes"))
    assert (everything.quotes, everything.pairs, everything.tp, everything.fp) == (3, 4, 2, 1)
    assert (endorse.pairs, endorse.tp, oppose.pairs, oppose.tp, oppose.fp) == (2, 1, 2, 1, 1)
    assert everything.other == 2  # Roe -> Trump, the self-edge; doc c is skipped
    assert report.skipped == 1
    assert len(report.false) == 1 and len(report.misses) == 2
    # Bill Clinton's quote names no Hillary Clinton: a miss no relation rule can mend
    assert (everything.unnamed, endorse.unnamed, oppose.unnamed) == (1, 1, 0)


def test_a_framed_quote_of_real_text_is_scored(extractor: Any) -> None:
    text = 'Jane Roe said: "I endorse Hillary Clinton for president."'
    result = next(iter(extractor.pipe([Document("q", text)])))
    record = {"q": {"endorser": "Jane Roe", "position": "Endorses Clinton"}}
    report = SCORER["score"](record, [result])
    assert report.tallies["all"].tp == 1
