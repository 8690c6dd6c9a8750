"""The fresh samples (gold/README.md, "Fresh samples (session 27)"): gold files in train.jsonl's
format, drawn by a fixed rule outside every other gold file, scored as tables only during session
27 and readable from session 28. These checks assert the files' shape and draw and never print a
row that passes."""

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
FRESH_SALT = "polkg-fresh27:"
FRESH = sorted(GOLD.glob("fresh-*.jsonl"))
NAMES = [path.stem.removeprefix("fresh-") for path in FRESH]
# every gold file whose articles a fresh sample may not hold (recall and blind samples included)
EXCLUDED = [
    GOLD / "dev.jsonl",
    SHARED / "gold" / "seed.jsonl",
    SHARED / "gold" / "train.jsonl",
    *(GOLD / f"recall-{corpus}.jsonl" for corpus in CORPORA),
    *(GOLD / f"blind-{corpus}.jsonl" for corpus in CORPORA),
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


def test_fresh_samples_exist_and_each_names_a_corpus() -> None:
    assert FRESH
    assert set(NAMES) <= set(CORPORA)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_is_well_formed(path: Path) -> None:
    gold = load_gold(path)
    assert len(gold) >= 10
    for doc, g in gold.items():
        assert g.empty != bool(g.relations), doc  # read: either relations or `empty`, not both
        names = [e.name for e in g.entities]
        assert len(names) == len(set(names)), doc
        related = {name for r in g.relations for name in (r.subject, r.object)}
        assert related == set(names), doc  # an entity row only for an actor that is related
        for relation in g.relations:
            assert relation.relation in RELATIONS, (doc, relation)
            assert relation.subject != relation.object and relation.why, (doc, relation)
        for name in g.forbidden:
            assert g.resolve(name) is None, (doc, name)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_scores_itself_perfectly_through_aliases(path: Path) -> None:
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


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_names_and_evidence_come_from_its_articles(path: Path) -> None:
    """Every alias occurs in the article's body (or its outlet line), and every `why` is a
    verbatim quotation of the body, up to whitespace and curly quotes."""
    corpus = path.stem.removeprefix("fresh-")
    articles = _articles(corpus)
    gold: dict[str, Gold] = load_gold(path)
    assert set(gold) <= set(articles)
    for doc, g in gold.items():
        text = (articles[doc]["text"] + "\n" + articles[doc].get("outlet", "")).lower()
        for entity in g.entities:
            assert entity.aliases, (doc, entity.name)
            assert all(a.lower() in text for a in entity.aliases), (doc, entity.name)
        flat = _flat(text)
        for relation in g.relations:
            assert _flat(relation.why.lower()) in flat, (doc, relation.subject, relation.object)


def _flat(text: str) -> str:
    quotes = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(text.translate(quotes).split())


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_is_the_rule_draw_outside_every_gold_file(path: Path) -> None:
    """The first N articles by sha256("polkg-fresh27:" + id) among those no gold file, recall
    or blind sample names (scripts/recall_sample.py --salt "polkg-fresh27:")."""
    corpus = path.stem.removeprefix("fresh-")
    articles = _articles(corpus)
    excluded: set[str] = set()
    for gold_file in EXCLUDED:
        excluded |= _documents(gold_file)
    docs = _documents(path)
    assert not docs & excluded
    drawn = audit_sample(dict.fromkeys(articles, corpus), excluded, {corpus: len(docs)}, FRESH_SALT)
    assert set(drawn) == docs
