"""The blind samples (gold/README.md, "Blind samples (session 26)"): gold files in train.jsonl's
format, drawn by a fixed rule, that nobody building polkg reads. Their scores are reported as
tables only; these checks assert the files' shape and draw and never print a row that passes.
The same checks hold for the second annotator's files (``blind-<corpus>.second.jsonl``) and the
gold both agree on (``blind-<corpus>.agreed.jsonl``, scripts/gold_agreement.py), gold/README.md
"Blind samples: a second annotator (session 27)"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polkg.audit import audit_sample
from polkg.evaluate import Gold, load_gold, score
from polkg.model import RELATIONS, Assertion, Document, DocumentResult

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "gold"
CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
BLIND_SALT = "polkg-blind26:"
BLIND = [GOLD / f"blind-{corpus}.jsonl" for corpus in CORPORA]
PAIRS = list(zip(CORPORA, BLIND, strict=True))
VERSIONS = ("second", "agreed")  # a second annotator's file, and the gold both agree on
VERSIONED = [
    (corpus, GOLD / f"blind-{corpus}.{version}.jsonl", path)
    for version in VERSIONS
    for corpus, path in PAIRS
]
VERSIONED_IDS = [f"{corpus}.{version}" for version in VERSIONS for corpus in CORPORA]
ALL = [*PAIRS, *((corpus, path) for corpus, path, _ in VERSIONED)]
ALL_IDS = [*CORPORA, *VERSIONED_IDS]
# every gold file whose articles a blind sample may not hold (the recall samples included)
EXCLUDED = [
    GOLD / "dev.jsonl",
    SHARED / "gold" / "seed.jsonl",
    SHARED / "gold" / "train.jsonl",
    *(GOLD / f"recall-{corpus}.jsonl" for corpus in CORPORA),
]


def _articles(corpus: str) -> dict[str, dict[str, str]]:
    path = SHARED / "corpus" / corpus / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {r["id"]: r for r in records}


def _documents(path: Path) -> set[str]:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return {
        json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line
    }


def test_every_corpus_has_its_blind_sample_and_nothing_else_is_one() -> None:
    assert sorted(p for p in GOLD.glob("blind-*.jsonl") if p.name.count(".") == 1) == sorted(BLIND)
    versioned = sorted(p for p in GOLD.glob("blind-*.jsonl") if p.name.count(".") > 1)
    assert versioned == sorted(path for _, path, _ in VERSIONED)


@pytest.mark.parametrize(("corpus", "path", "blind"), VERSIONED, ids=VERSIONED_IDS)
def test_second_and_agreed_files_annotate_exactly_the_blind_sample(
    corpus: str, path: Path, blind: Path
) -> None:
    assert _documents(path) == _documents(blind)


@pytest.mark.parametrize("path", [path for _, path in ALL], ids=ALL_IDS)
def test_blind_sample_is_well_formed(path: Path) -> None:
    gold = load_gold(path)
    assert len(gold) >= 15
    for doc, g in gold.items():
        assert g.empty != bool(g.relations), doc  # read: either relations or `empty`, not both
        names = [e.name for e in g.entities]
        assert len(names) == len(set(names)), doc
        for relation in g.relations:
            assert relation.relation in RELATIONS, (doc, relation)
            assert {relation.subject, relation.object} <= set(names), (doc, relation)
            assert relation.subject != relation.object and relation.why, (doc, relation)
        for name in g.forbidden:
            assert g.resolve(name) is None, (doc, name)


@pytest.mark.parametrize("path", [path for _, path in ALL], ids=ALL_IDS)
def test_blind_sample_scores_itself_perfectly_through_aliases(path: Path) -> None:
    """Every relation restated with an alias resolves to its own row; none is false."""
    gold = load_gold(path)
    results = []
    for doc, g in gold.items():
        surface = {e.name: (e.aliases[-1] if e.aliases else e.name) for e in g.entities}
        assertions = [
            Assertion(
                doc,
                surface[r.subject],
                "Person",
                r.relation,
                surface[r.object],
                "Person",
                "evidence.",
                0,
                9,
                0.9,
            )
            for r in g.relations
        ]
        results.append(DocumentResult(Document(doc, "text"), [], assertions))
    report = score(gold, results)
    assert report.misses == [] and report.false_triples == []
    required = sum(r.required for g in gold.values() for r in g.relations)
    assert report.overall.recall == (1.0 if required else 0.0)


@pytest.mark.parametrize(("corpus", "path"), ALL, ids=ALL_IDS)
def test_blind_sample_names_come_from_its_articles(corpus: str, path: Path) -> None:
    """Every alias occurs in the article's body (or, for a senator's release that never names
    the senator, in its outlet line, "Office of Sen. Craig")."""
    articles = _articles(corpus)
    gold: dict[str, Gold] = load_gold(path)
    assert set(gold) <= set(articles)
    for doc, g in gold.items():
        text = (articles[doc]["text"] + "\n" + articles[doc].get("outlet", "")).lower()
        for entity in g.entities:
            assert entity.aliases, (doc, entity.name)
            assert all(a.lower() in text for a in entity.aliases), (doc, entity.name)


@pytest.mark.parametrize(("corpus", "path"), PAIRS, ids=CORPORA)
def test_blind_sample_is_the_rule_draw_outside_every_gold_file(corpus: str, path: Path) -> None:
    """The first N articles by sha256("polkg-blind26:" + id) among those no gold file or recall
    sample names (scripts/recall_sample.py --salt "polkg-blind26:")."""
    articles = _articles(corpus)
    excluded: set[str] = set()
    for gold_file in EXCLUDED:
        excluded |= _documents(gold_file)
    docs = _documents(path)
    assert not docs & excluded
    drawn = audit_sample(dict.fromkeys(articles, corpus), excluded, {corpus: len(docs)}, BLIND_SALT)
    assert set(drawn) == docs
