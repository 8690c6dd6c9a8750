"""NewsMTSC's sentences as corpus JSONL and the salted draws of audit batches 16-20
(gold/README.md)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from polkg.audit import audit_sample, load_audit

REPO = Path(__file__).resolve().parent.parent
CONVERTER = REPO / "scripts" / "newsmtsc_articles.py"
SALT = "polkg-audit-newsmtsc:"


def _row(gid: str, sentence: str) -> str:
    return json.dumps({"primary_gid": gid, "sentence_normalized": sentence, "targets": []})


def _convert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    folder = tmp_path / "newsmtsc"
    folder.mkdir()
    shared = "Ted Cruz criticized Donald Trump on Tuesday for his remarks about the border wall."
    rows = {
        "train.jsonl": [
            _row("allsides_1_1_0_Cruz_0_8", "Marco Rubio endorsed Jeb Bush in the Florida race."),
            _row("polusa_v1_9_-1_2_Cruz_0_8", shared),
            _row("allsides_1_1_0_Bush_22_30", "Marco Rubio endorsed Jeb Bush in the Florida race."),
        ],
        "devtest_mt.jsonl": [_row("polusa_v1_7_-1_0_Warren_0_6", "Warren attacked Biden.")],
        "devtest_rw.jsonl": [_row("allsides_5_2_1_Obama_0_5", "SEE ALSO: Obama hits back")],
    }
    for name, lines in rows.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = tmp_path / "allsides"
    corpus.mkdir()
    # The corpus article holds the POLUSA sentence with curly quotes and other spacing.
    article = {"id": "a1", "text": "First line.\n\n“Ted Cruz  criticized Donald Trump on Tuesday"}
    article["text"] += " for his remarks about the border wall,” the paper said."
    (corpus / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "newsmtsc" / "articles.jsonl"
    argv = [str(CONVERTER), str(folder), str(corpus / "articles.jsonl"), "-o", str(out)]
    monkeypatch.setattr("sys.argv", argv)
    runpy.run_path(str(CONVERTER), run_name="__main__")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_distinct_sentence_none_of_a_corpus_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _convert(tmp_path, monkeypatch)
    # The repeated sentence keeps its first gid; the corpus's sentence and the page-furniture
    # line ("SEE ALSO: ...", which polkg's reader cleans away whole) are left out.
    assert [r["id"] for r in records] == ["allsides_1_1_0_Cruz_0_8", "polusa_v1_7_-1_0_Warren_0_6"]
    assert [r["outlet"] for r in records] == ["allsides", "polusa"]
    assert records[1]["text"] == "Warren attacked Biden." and "date" not in records[1]


def test_the_converted_file_is_read_as_the_newsmtsc_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from polkg.evaluate import corpus_of
    from polkg.ingest import read_documents

    _convert(tmp_path, monkeypatch)
    docs = list(read_documents([str(tmp_path / "out" / "newsmtsc" / "articles.jsonl")]))
    assert {corpus_of(d) for d in docs} == {"newsmtsc"}
    assert [d.date for d in docs] == [None, None]


def test_the_sample_script_draws_batch_sixteen_by_the_salted_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "newsmtsc"
    corpus.mkdir()
    rows = [{"id": f"polusa_{i}", "text": f"Senator {i} spoke."} for i in range(2100)]
    (corpus / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    audit = tmp_path / "audit-16.jsonl"
    script = REPO / "scripts" / "audit_sample.py"
    argv = [str(script), "--audit", str(audit), "--batch", "16", str(corpus / "articles.jsonl")]
    monkeypatch.setattr("sys.argv", argv)
    runpy.run_path(str(script), run_name="__main__")
    sample = load_audit(audit).sample
    ids = {r["id"]: "newsmtsc" for r in rows}
    assert sample == audit_sample(ids, set(), {"newsmtsc": 2000}, SALT)
    assert len(sample) == 2000


def test_the_sample_script_draws_batches_seventeen_to_twenty_as_the_next_two_thousands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch 17 excludes batch 16, batch 18 both, batch 19 all three, each taking the next 2,000
    by the same salt: together they are the first 8,000 of the salted order; batch 20 excludes all
    four and takes every sentence left, fewer than a full batch."""
    (tmp_path / "newsmtsc").mkdir()
    corpus = tmp_path / "newsmtsc" / "articles.jsonl"
    rows = [{"id": f"allsides_{i}", "text": f"Senator {i} spoke."} for i in range(8500)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    script = str(REPO / "scripts" / "audit_sample.py")
    files = {n: tmp_path / f"audit-{n}.jsonl" for n in (16, 17, 18, 19, 20)}
    for batch, audit in files.items():
        earlier = [a for n, f in files.items() if n < batch for a in ("--exclude", str(f))]
        argv = [script, "--audit", str(audit), "--batch", str(batch), *earlier, str(corpus)]
        monkeypatch.setattr("sys.argv", argv)
        runpy.run_path(script, run_name="__main__")
    samples = [load_audit(f).sample for f in files.values()]
    ids = {r["id"]: "newsmtsc" for r in rows}
    assert [len(s) for s in samples] == [2000] * 4 + [500]
    assert len({d for s in samples for d in s}) == 8500  # no sentence in two batches, none left
    drawn = audit_sample(ids, set(), {"newsmtsc": 8000}, SALT)
    assert {d: c for s in samples[:4] for d, c in s.items()} == drawn
    assert samples[4] == {d: c for d, c in ids.items() if d not in drawn}


@pytest.mark.slow
def test_batch_sixteen_is_the_salted_draw_over_newsmtsc(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repository's batch 16 is the first 2,000 by sha256(salt + id) of NewsMTSC's sentences
    that occur in no article of the four corpora, the seed or BASIL; batches 17, 18 and 19 are the
    next 2,000 each, and batch 20 is the 1,328 sentences left after them, none left after it."""
    folder = shared_dir / "labeled" / "newsmtsc"
    basil_folder = shared_dir / "labeled" / "basil" / "articles"
    if not folder.is_dir() or not basil_folder.is_dir():
        pytest.skip("NewsMTSC or BASIL is not in ../shared")
    basil = tmp_path / "basil" / "articles.jsonl"
    basil_converter = str(REPO / "scripts" / "basil_articles.py")
    monkeypatch.setattr("sys.argv", [basil_converter, str(basil_folder), "-o", str(basil)])
    runpy.run_path(basil_converter, run_name="__main__")
    corpora = [
        str(shared_dir / "corpus" / c / "articles.jsonl")
        for c in ("allsides", "bbc_politics", "senate_press", "wikinews")
    ]
    out = tmp_path / "newsmtsc" / "articles.jsonl"
    argv = [str(CONVERTER), str(folder), *corpora, str(shared_dir / "corpus" / "seed")]
    monkeypatch.setattr("sys.argv", [*argv, str(basil), "-o", str(out)])
    runpy.run_path(str(CONVERTER), run_name="__main__")
    lines = out.read_text(encoding="utf-8").splitlines()
    ids = {json.loads(line)["id"]: "newsmtsc" for line in lines}
    assert len(ids) == 9328
    batch = load_audit(REPO / "gold" / "audit-16.jsonl").sample
    assert audit_sample(ids, set(), {"newsmtsc": 2000}, SALT) == batch
    following = load_audit(REPO / "gold" / "audit-17.jsonl").sample
    assert audit_sample(ids, set(batch), {"newsmtsc": 2000}, SALT) == following
    third = load_audit(REPO / "gold" / "audit-18.jsonl").sample
    assert audit_sample(ids, set(batch) | set(following), {"newsmtsc": 2000}, SALT) == third
    earlier = set(batch) | set(following) | set(third)
    fourth = load_audit(REPO / "gold" / "audit-19.jsonl").sample
    assert audit_sample(ids, earlier, {"newsmtsc": 2000}, SALT) == fourth
    assert len(set(ids) - earlier - set(fourth)) == 1328
    fifth = load_audit(REPO / "gold" / "audit-20.jsonl").sample
    assert audit_sample(ids, earlier | set(fourth), {"newsmtsc": 2000}, SALT) == fifth
    assert len(fifth) == 1328 and set(ids) == earlier | set(fourth) | set(fifth)
