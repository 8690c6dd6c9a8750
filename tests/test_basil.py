"""BASIL's articles as corpus JSONL and the event split of audit batches 13-15 (gold/README.md)."""

from __future__ import annotations

import json
import runpy
from collections import Counter
from pathlib import Path

import pytest

from polkg.audit import event_batches, load_audit

REPO = Path(__file__).resolve().parent.parent
CONVERTER = REPO / "scripts" / "basil_articles.py"


def _article(uuid: str, triplet: str, source: str, title: str, url: str) -> dict[str, object]:
    return {
        "title": title,
        "date": "2016-03-01",
        "uuid": uuid,
        "url": url,
        "source": source,
        "triplet-uuid": triplet,
        "main-entities": [],
        "body-paragraphs": [
            ["Ted Cruz  criticized Donald Trump.", "He said so twice."],
            [],
            ["Marco Rubio endorsed  nobody."],
        ],
    }


def _convert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    folder = tmp_path / "articles" / "2016"
    folder.mkdir(parents=True)
    corpus = tmp_path / "allsides"
    corpus.mkdir()
    known = {"id": "a1", "title": "Other", "url": "https://www.nytimes.com/x.html", "text": "T."}
    (corpus / "articles.jsonl").write_text(json.dumps(known) + "\n", encoding="utf-8")
    articles = {
        "t1_1": _article("u1", "t1", "fox", "Cruz hits Trump", "http://fox.com/a"),
        "t1_2": _article("u2", "t1", "NYT", "Cruz, Trump", "http://nytimes.com/x.html?ref=pol"),
        "t1_3": _article("empty", "t1", "hpo", "Cruz vs Trump", "http://huffpost.com/c"),
    }
    for stem, article in articles.items():
        (folder / f"{stem}.json").write_text(json.dumps(article), encoding="utf-8")
    out = tmp_path / "basil" / "articles.jsonl"
    argv = [str(CONVERTER), str(tmp_path / "articles"), str(corpus / "articles.jsonl"), "-o"]
    monkeypatch.setattr("sys.argv", [*argv, str(out)])
    runpy.run_path(str(CONVERTER), run_name="__main__")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_basil_articles_become_corpus_records_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _convert(tmp_path, monkeypatch)
    # The NYT report has the URL of a corpus article (bar scheme, "www." and query): left out.
    assert [r["id"] for r in records] == ["t1_3", "u1"]  # "empty" uuid -> the file name
    fox = records[1]
    assert fox["outlet"] == "Fox News" and fox["event"] == "t1"
    assert fox["text"] == (
        "Ted Cruz criticized Donald Trump. He said so twice.\n\nMarco Rubio endorsed nobody."
    )
    assert records[0]["outlet"] == "HuffPost"


def test_the_converted_file_is_read_as_the_basil_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from polkg.evaluate import corpus_of
    from polkg.ingest import read_documents

    _convert(tmp_path, monkeypatch)
    docs = list(read_documents([str(tmp_path / "basil" / "articles.jsonl")]))
    assert {corpus_of(d) for d in docs} == {"basil"}
    assert docs[1].url == "http://fox.com/a" and docs[1].date == "2016-03-01"


def test_event_batches_keep_an_event_together_in_near_equal_runs() -> None:
    events = [f"event-{i}" for i in range(100)]
    batches = event_batches(events * 3)  # three outlets' articles name each event
    assert Counter(batches.values()) == {13: 34, 14: 33, 15: 33}
    assert event_batches(reversed(events)) == batches  # the order of reading does not matter
    assert event_batches(events, salt="another salt:") != batches


def test_the_sample_script_draws_batch_thirteen_by_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "basil"
    corpus.mkdir()
    rows = [
        {"id": f"e{e}-{o}", "event": f"e{e}", "text": f"Senator {e} spoke."}
        for e in range(9)
        for o in ("fox", "nyt", "hpo")
    ]
    (corpus / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    audit = tmp_path / "audit-13.jsonl"
    script = REPO / "scripts" / "audit_sample.py"
    argv = [str(script), "--audit", str(audit), "--batch", "13", str(corpus / "articles.jsonl")]
    monkeypatch.setattr("sys.argv", argv)
    runpy.run_path(str(script), run_name="__main__")
    sample = load_audit(audit).sample
    chosen = {e for e, b in event_batches(f"e{e}" for e in range(9)).items() if b == 13}
    assert len(chosen) == 3 and set(sample.values()) == {"basil"}
    assert set(sample) == {f"{e}-{o}" for e in chosen for o in ("fox", "nyt", "hpo")}


def test_batches_thirteen_to_fifteen_are_the_event_draw_over_basil(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repository's batch 13 is every article of the first 34 events by the salted rule,
    batch 14 every article of the next 33 and batch 15 every article of the last 33: BASIL's
    300 articles are used up."""
    folder = shared_dir / "labeled" / "basil" / "articles"
    if not folder.is_dir():
        pytest.skip("BASIL is not in ../shared")
    out = tmp_path / "basil" / "articles.jsonl"
    monkeypatch.setattr("sys.argv", [str(CONVERTER), str(folder), "-o", str(out)])
    runpy.run_path(str(CONVERTER), run_name="__main__")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    batch_of = event_batches(r["event"] for r in records)
    for batch, size in ((13, 102), (14, 99), (15, 99)):
        drawn = {r["id"] for r in records if batch_of[r["event"]] == batch}
        assert set(load_audit(REPO / "gold" / f"audit-{batch}.jsonl").sample) == drawn
        assert len(drawn) == size
    assert len(records) == 300
    assert set(batch_of.values()) == {13, 14, 15}
