"""Checks shared by our own sample gold files (gold/README.md: blind samples, fresh samples):
each is in train.jsonl's format, is exactly a seeded draw outside the gold files it must avoid,
names only what its article says, and scores itself perfectly. The checks never print a row
that passes, so a sample nobody may read stays unread."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from polkg.audit import audit_sample
from polkg.evaluate import Gold, load_gold, score
from polkg.model import RELATIONS, Assertion, Document, DocumentResult

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "gold"
CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
# every gold file no sample may hold an article of; later samples also avoid earlier ones
GOLD_FILES = [
    GOLD / "dev.jsonl",
    SHARED / "gold" / "seed.jsonl",
    SHARED / "gold" / "train.jsonl",
    *(GOLD / f"recall-{corpus}.jsonl" for corpus in CORPORA),
]


def articles(corpus: str) -> dict[str, dict[str, str]]:
    """The corpus's articles by id (skips without ../shared)."""
    path = SHARED / "corpus" / corpus / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {r["id"]: r for r in records}


def documents(path: Path) -> set[str]:
    """The document ids a gold file names (skips when the file is not available)."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return {
        json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line
    }


def assert_well_formed(path: Path, at_least: int, *, only_related: bool = False) -> None:
    """Each document has relations or is `empty`, entity names are unique and cover both ends
    of every relation (with ``only_related``, no entity row without a relation), and a
    forbidden name resolves to no entity."""
    gold = load_gold(path)
    assert len(gold) >= at_least
    for doc, g in gold.items():
        assert g.empty != bool(g.relations), doc  # read: either relations or `empty`, not both
        names = [e.name for e in g.entities]
        assert len(names) == len(set(names)), doc
        related = {name for r in g.relations for name in (r.subject, r.object)}
        assert related <= set(names), doc
        if only_related:
            assert related == set(names), doc
        for relation in g.relations:
            assert relation.relation in RELATIONS, (doc, relation)
            assert relation.subject != relation.object and relation.why, (doc, relation)
        for name in g.forbidden:
            assert g.resolve(name) is None, (doc, name)


def assert_scores_itself(path: Path) -> None:
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


def assert_from_article(corpus: str, path: Path, *, verbatim_why: bool = False) -> None:
    """Every alias occurs in the article's body (or, for a senator's release that never names
    the senator, in its outlet line, "Office of Sen. Craig"); with ``verbatim_why`` every `why`
    quotes the body, up to whitespace and curly quotes."""
    texts = articles(corpus)
    gold: dict[str, Gold] = load_gold(path)
    assert set(gold) <= set(texts)
    for doc, g in gold.items():
        text = (texts[doc]["text"] + "\n" + texts[doc].get("outlet", "")).lower()
        for entity in g.entities:
            assert entity.aliases, (doc, entity.name)
            assert all(a.lower() in text for a in entity.aliases), (doc, entity.name)
        if verbatim_why:
            flat = _flat(text)
            for relation in g.relations:
                why = _flat(relation.why.lower())
                assert why in flat, (doc, relation.subject, relation.object)


def _flat(text: str) -> str:
    quotes = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(text.translate(quotes).split())


def assert_rule_draw(corpus: str, path: Path, avoided: Iterable[Path], salt: str) -> None:
    """The file holds exactly the first N articles by sha256(salt + id) among those no
    ``avoided`` gold file names (scripts/recall_sample.py --salt SALT)."""
    texts = articles(corpus)
    excluded: set[str] = set()
    for gold_file in avoided:
        excluded |= documents(gold_file)
    docs = documents(path)
    assert not docs & excluded
    drawn = audit_sample(dict.fromkeys(texts, corpus), excluded, {corpus: len(docs)}, salt)
    assert set(drawn) == docs
