"""The precision audit: sample rule, judgement file, scoring with intervals, the CLI."""

from __future__ import annotations

import json
import runpy
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.audit import audit_sample, load_audit, score_audit, wilson_interval
from polkg.cli import main
from polkg.errors import InputError
from polkg.model import Assertion, Document, DocumentResult

REPO = Path(__file__).resolve().parent.parent


def _assertion(subject: str, relation: str, obj: str, hedged: bool = False) -> Assertion:
    return Assertion(
        "a1", subject, "Person", relation, obj, "Person", "ev", 0, 2, 0.9, hedged=hedged
    )


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_audit_sample_is_fixed_per_corpus_and_skips_gold_documents() -> None:
    corpora = {f"a{i}": "allsides" for i in range(20)} | {f"b{i}": "bbc" for i in range(20)}
    first = audit_sample(corpora, {"a3", "b7"}, {"allsides": 5, "bbc": 3})
    assert first == audit_sample(
        dict(reversed(corpora.items())), {"a3", "b7"}, {"allsides": 5, "bbc": 3}
    )
    assert sorted(first.values()).count("allsides") == 5 and "a3" not in first
    larger = audit_sample(corpora, {"a3", "b7"}, {"allsides": 8, "bbc": 3})
    assert set(first) <= set(larger)  # growing a sample keeps what was judged
    batch2 = audit_sample(corpora, {"a3", "b7"} | set(first), {"allsides": 5}, "polkg-audit-v2:")
    assert len(batch2) == 5 and not set(batch2) & set(first)
    assert batch2 != audit_sample(corpora, {"a3", "b7"} | set(first), {"allsides": 5})


def test_audit_scores_judged_edges_and_lists_new_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "audit.jsonl",
        [
            {"kind": "sample", "doc": "a1", "corpus": "allsides"},
            {
                "kind": "judgement",
                "doc": "a1",
                "subject": "Ted Cruz",
                "relation": "endorses",
                "object": "Donald Trump",
                "verdict": "correct",
            },
            {
                "kind": "judgement",
                "doc": "a1",
                "subject": "the People",
                "relation": "endorses",
                "object": "Bernie Sanders",
                "verdict": "wrong",
                "mechanism": "junk-actor",
            },
        ],
    )
    result = DocumentResult(
        Document(id="a1", text="t"),
        [],
        [
            _assertion("Ted Cruz", "endorses", "Donald Trump"),
            _assertion("People", "endorses", "Bernie Sanders"),
            _assertion("Ted Cruz", "criticizes", "Joe Biden"),
            _assertion("Ted Cruz", "criticizes", "Mitt Romney", hedged=True),
        ],
    )
    report = score_audit(load_audit(path), [result])
    counts = report.scores["allsides"].counts
    assert (counts["correct"], counts["wrong"], counts["unjudged"]) == (1, 1, 1)
    assert report.scores["overall"].precision == 0.5
    assert "junk-actor (1)" in report.details()
    assert '"object": "Joe Biden", "verdict": "?"' in report.details()
    assert "Mitt Romney" not in report.details()  # hedged: no edge


def test_wilson_interval_brackets_the_proportion() -> None:
    low, high = wilson_interval(34, 47)
    assert low < 34 / 47 < high and round(low, 2) == 0.58 and round(high, 2) == 0.83
    assert wilson_interval(0, 0) == (0.0, 1.0)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {
                "kind": "judgement",
                "doc": "a",
                "subject": "X",
                "relation": "likes",
                "object": "Y",
                "verdict": "correct",
            },
            "unknown relation",
        ),
        (
            {
                "kind": "judgement",
                "doc": "a",
                "subject": "X",
                "relation": "endorses",
                "object": "Y",
                "verdict": "wrong",
            },
            "needs a mechanism",
        ),
        (
            {
                "kind": "judgement",
                "doc": "a",
                "subject": "X",
                "relation": "endorses",
                "object": "Y",
                "verdict": "?",
            },
            "verdict must be",
        ),
        ({"kind": "gold", "doc": "a"}, "kind must be"),
    ],
)
def test_bad_audit_rows_name_the_line(tmp_path: Path, row: dict, message: str) -> None:
    path = _write(tmp_path / "audit.jsonl", [{"kind": "sample", "doc": "a", "corpus": "c"}, row])
    with pytest.raises(InputError, match=message) as info:
        load_audit(path)
    assert ":2" in str(info.value)


def test_cli_audit_reports_an_interval(tmp_path: Path) -> None:
    corpus = tmp_path / "wikinews"
    corpus.mkdir()
    text = "Ted Cruz praised Donald Trump on Monday. Nancy Pelosi criticized Mitch McConnell."
    (corpus / "articles.jsonl").write_text(json.dumps({"id": "w1", "text": text}) + "\n")
    audit = _write(
        tmp_path / "audit.jsonl",
        [
            {"kind": "sample", "doc": "w1", "corpus": "wikinews"},
            {
                "kind": "judgement",
                "doc": "w1",
                "subject": "Nancy Pelosi",
                "relation": "criticizes",
                "object": "Mitch McConnell",
                "verdict": "correct",
            },
        ],
    )
    out = CliRunner().invoke(main, ["evaluate", "--audit", str(audit), str(corpus)])
    assert out.exit_code == 0, out.output
    assert "wikinews" in out.output and "0.21-1.00" in out.output
    assert '"subject": "Ted Cruz", "relation": "endorses"' in out.output


def test_cli_audit_lists_no_edge_of_a_hidden_document(tmp_path: Path) -> None:
    corpus = tmp_path / "wikinews"
    corpus.mkdir()
    texts = {
        "w1": "Ted Cruz praised Donald Trump on Monday.",
        "w2": "Nancy Pelosi praised Joe Biden.",
    }
    (corpus / "articles.jsonl").write_text(
        "".join(json.dumps({"id": doc, "text": text}) + "\n" for doc, text in texts.items())
    )
    audit = _write(
        tmp_path / "audit.jsonl",
        [{"kind": "sample", "doc": doc, "corpus": "wikinews"} for doc in texts],
    )
    hidden = tmp_path / "hidden.txt"
    hidden.write_text("wikinews w2\n")
    shown = CliRunner().invoke(main, ["evaluate", "--audit", str(audit), str(corpus)])
    out = CliRunner().invoke(
        main, ["evaluate", "--audit", str(audit), "--hide", str(hidden), str(corpus)]
    )
    assert shown.exit_code == out.exit_code == 0, out.output
    assert '"doc": "w2"' in shown.output and '"doc": "w2"' not in out.output
    assert '"doc": "w1"' in out.output and "1 edge(s) of hidden documents not listed" in out.output
    # the hidden document still counts in the table: both runs print the same table
    assert shown.output.split("Wrong edges")[0] == out.output.split("Wrong edges")[0]


def test_the_repository_audit_file_loads() -> None:
    path = REPO / "gold" / "audit.jsonl"
    audit = load_audit(path)
    assert len(audit.sample) >= 150 and audit.judgements
    assert set(audit.sample.values()) == {"allsides", "bbc_politics", "senate_press", "wikinews"}


def test_unreadable_audit_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.write_bytes(b'{"kind": "sample", "doc": "a", "corpus": "c"}\n\xff\xfe\n')
    with pytest.raises(InputError, match="cannot read audit file") as info:
        load_audit(path)
    assert str(path) in str(info.value)
    with pytest.raises(InputError, match="no such audit file"):
        load_audit(tmp_path / "missing.jsonl")


def test_the_second_batch_is_disjoint_from_the_first_and_judged() -> None:
    first = load_audit(REPO / "gold" / "audit.jsonl")
    second = load_audit(REPO / "gold" / "audit-2.jsonl")
    assert len(second.sample) >= 390 and not set(first.sample) & set(second.sample)
    assert len(second.judgements) >= 200


def test_the_third_batch_is_disjoint_from_the_earlier_ones_and_judged() -> None:
    earlier = set(load_audit(REPO / "gold" / "audit.jsonl").sample)
    earlier |= set(load_audit(REPO / "gold" / "audit-2.jsonl").sample)
    third = load_audit(REPO / "gold" / "audit-3.jsonl")
    assert len(third.sample) == 300 and not earlier & set(third.sample)
    assert len(third.judgements) >= 135


# Batch -> (articles per corpus, judged edges at the session start that drew it). Batch 5 takes
# every Senate and Wikinews article batches 1-4 and the gold files left (31 and 17); batch 6 has
# only allsides and BBC articles left to draw from (80 of the 97 BBC articles left); batch 7 takes
# the last 17 BBC articles; batches 8-12 only allsides ones (none of the other corpora is left);
# batches 13-15 are BASIL's, drawn by event (34, 33 and 33 events x 3 outlets, gold/README.md);
# batches 16-19 are 2,000 NewsMTSC sentences each (one record a sentence, the salted rule), batch
# 20 the 1,328 left after them.
UNTUNED_BATCHES = {
    4: ({"allsides": 120, "bbc_politics": 60, "senate_press": 60, "wikinews": 60}, 184),
    5: ({"allsides": 120, "bbc_politics": 60, "senate_press": 31, "wikinews": 17}, 170),
    6: ({"allsides": 150, "bbc_politics": 80}, 175),
    7: ({"allsides": 180, "bbc_politics": 17}, 168),
    8: ({"allsides": 100}, 124),
    9: ({"allsides": 100}, 142),
    10: ({"allsides": 100}, 128),
    11: ({"allsides": 100}, 124),
    12: ({"allsides": 100}, 155),
    13: ({"basil": 102}, 92),
    14: ({"basil": 99}, 96),
    15: ({"basil": 99}, 74),
    16: ({"newsmtsc": 2000}, 90),
    17: ({"newsmtsc": 2000}, 82),
    18: ({"newsmtsc": 2000}, 100),
    19: ({"newsmtsc": 2000}, 87),
    20: ({"newsmtsc": 1328}, 53),
}
AUDIT_FILES = (
    "audit.jsonl",
    "audit-2.jsonl",
    "audit-3.jsonl",
    "audit-4.jsonl",
    "audit-5.jsonl",
    "audit-6.jsonl",
    "audit-7.jsonl",
    "audit-8.jsonl",
    "audit-9.jsonl",
    "audit-10.jsonl",
    "audit-11.jsonl",
    "audit-12.jsonl",
    "audit-13.jsonl",
    "audit-14.jsonl",
    "audit-15.jsonl",
    "audit-16.jsonl",
    "audit-17.jsonl",
    "audit-18.jsonl",
    "audit-19.jsonl",
    "audit-20.jsonl",
)


def _gold_docs(path: Path) -> set[str]:
    return {
        json.loads(line)["doc"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


@pytest.mark.parametrize("batch", sorted(UNTUNED_BATCHES))
def test_the_untuned_batches_are_disjoint_from_the_earlier_ones_and_dev_and_judged(
    batch: int,
) -> None:
    earlier = _gold_docs(REPO / "gold" / "dev.jsonl")
    for name in AUDIT_FILES[: batch - 1]:
        earlier |= set(load_audit(REPO / "gold" / name).sample)
    audit = load_audit(REPO / "gold" / AUDIT_FILES[batch - 1])
    sizes, judged = UNTUNED_BATCHES[batch]
    assert not earlier & set(audit.sample)
    assert Counter(audit.sample.values()) == Counter(sizes)
    assert len(audit.judgements) >= judged
    assert {j.doc for j in audit.judgements.values()} <= set(audit.sample)


def _make_variable(makefile: str, name: str) -> list[str]:
    """The words of a Makefile variable (``NAME := ...`` with its continuation lines)."""
    lines = makefile.replace("\\\n", " ").splitlines()
    value = next((line.split(":=", 1)[1] for line in lines if line.startswith(f"{name} :=")), None)
    return [] if value is None else value.split()


def test_every_batch_is_open_and_none_is_left_untuned() -> None:
    """Batch 20, NewsMTSC's last sentences, is open to rule work from session 24: `make audit`
    runs batches 16-20 each on its own, no Makefile variable names an untuned batch, and `make
    audit-untuned` says none is left (gold/README.md, "Batch 20 read and fixed")."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    opened = _make_variable(makefile, "AUDITS_OPEN")[1::2]
    sentences = _make_variable(makefile, "AUDIT_SENTENCES_OPEN")
    assert [Path(p).name for p in opened + sentences] == list(AUDIT_FILES)
    assert _make_variable(makefile, "AUDIT_UNTUNED") == []
    assert "--audit gold/audit-20.jsonl $(NEWSMTSC)" in makefile  # make eval's own table
    recipe = makefile.split("\naudit-untuned:", 1)[1].split("\n\n", 1)[0]
    assert "No untuned audit batch is left" in recipe and "evaluate" not in recipe


def test_no_audit_batch_holds_a_shared_gold_article(shared_dir: Path) -> None:
    gold = set()
    for name in ("seed.jsonl", "train.jsonl"):
        gold |= _gold_docs(shared_dir / "gold" / name)
    seen: set[str] = set()
    for name in AUDIT_FILES:
        sample = set(load_audit(REPO / "gold" / name).sample)
        assert not sample & gold, name
        assert not sample & seen, name  # and no article is in two batches
        seen |= sample


def test_batch_twelve_is_the_salted_draw_and_the_last_the_corpus_can_give(
    shared_dir: Path,
) -> None:
    """Batch 12 is the script's own draw (salt "polkg-audit-v12:") over the articles no gold file
    and no earlier batch holds, and only 7 allsides articles, no other, remain after it."""
    excluded = _gold_docs(REPO / "gold" / "dev.jsonl")
    for name in ("seed.jsonl", "train.jsonl"):
        excluded |= _gold_docs(shared_dir / "gold" / name)
    for name in AUDIT_FILES[:11]:
        excluded |= set(load_audit(REPO / "gold" / name).sample)
    corpora = {}
    for corpus in ("allsides", "bbc_politics", "senate_press", "wikinews"):
        corpora.update(dict.fromkeys(_ids(shared_dir / "corpus" / corpus), corpus))
    drawn = audit_sample(corpora, excluded, {"allsides": 100}, "polkg-audit-v12:")
    batch = load_audit(REPO / "gold" / "audit-12.jsonl").sample
    assert drawn == batch
    left = set(corpora) - excluded - set(batch)
    assert len(left) == 7 and {corpora[d] for d in left} == {"allsides"}


def _ids(corpus: Path) -> list[str]:
    lines = (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines if line.strip()]


def test_the_sample_script_draws_batch_four_without_earlier_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "senate_press"
    corpus.mkdir()
    rows = [{"id": f"s{i}", "text": f"Senator {i} spoke."} for i in range(70)]
    _write(corpus / "articles.jsonl", rows)
    earlier = _write(
        tmp_path / "audit-3.jsonl",
        [{"kind": "sample", "doc": f"s{i}", "corpus": "senate_press"} for i in range(5)],
    )
    gold = _write(tmp_path / "gold.jsonl", [{"doc": "s5", "kind": "empty"}])
    judged = {"kind": "judgement", "doc": "s9", "subject": "A", "relation": "endorses"}
    audit = _write(tmp_path / "audit-4.jsonl", [judged])
    script = REPO / "scripts" / "audit_sample.py"
    argv = [str(script), "--audit", str(audit), "--batch", "4", "--exclude", str(earlier)]
    monkeypatch.setattr("sys.argv", [*argv, "--gold", str(gold), str(corpus / "articles.jsonl")])
    runpy.run_path(str(script), run_name="__main__")
    lines = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    sample = [r["doc"] for r in lines if r["kind"] == "sample"]
    # 64 documents remain after the earlier batch and the gold file: batch 4 takes its 60 Senate
    # articles among them and keeps the judgement row.
    assert len(sample) == 60 and not {"s0", "s1", "s2", "s3", "s4", "s5"} & set(sample)
    assert lines[-1] == judged


def test_cli_scores_several_audit_batches_and_all_of_them(tmp_path: Path) -> None:
    corpus = tmp_path / "wikinews"
    corpus.mkdir()
    rows = [
        {"id": "w1", "text": "Nancy Pelosi criticized Mitch McConnell on Monday."},
        {"id": "w2", "text": "Ted Cruz criticized Joe Biden on Tuesday."},
    ]
    (corpus / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    audits = []
    for doc, subject, obj, verdict in (
        ("w1", "Nancy Pelosi", "Mitch McConnell", "correct"),
        ("w2", "Ted Cruz", "Joe Biden", "wrong"),
    ):
        judgement = {"kind": "judgement", "doc": doc, "subject": subject}
        judgement |= {"relation": "criticizes", "object": obj, "verdict": verdict}
        if verdict == "wrong":
            judgement["mechanism"] = "other"
        audits.append(
            _write(
                tmp_path / f"audit-{doc}.jsonl",
                [{"kind": "sample", "doc": doc, "corpus": "wikinews"}, judgement],
            )
        )
    args = ["evaluate", "--tables-only", "--audit", str(audits[0]), "--audit", str(audits[1])]
    out = CliRunner().invoke(main, [*args, str(corpus)])
    assert out.exit_code == 0, out.output
    assert out.output.count("== ") == 3 and "== all audit batches" in out.output
    overall = [line for line in out.output.splitlines() if line.startswith("overall")]
    assert [line.split()[1:7] for line in overall] == [
        ["1", "1", "1", "0", "0", "0"],
        ["1", "1", "0", "0", "1", "0"],
        ["2", "2", "1", "0", "1", "0"],
    ]
