"""The blind samples (gold/README.md, "Blind samples (session 26)"): gold files in train.jsonl's
format, drawn by a fixed rule, that nobody building polkg reads. Their scores are reported as
tables only; these checks assert the files' shape and draw and never print a row that passes.
The same checks hold for the second annotator's files (``blind-<corpus>.second.jsonl``) and the
gold both agree on (``blind-<corpus>.agreed.jsonl``, scripts/gold_agreement.py), gold/README.md
"Blind samples: a second annotator (session 27)". Shared checks: tests/sample_gold.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_gold import (
    CORPORA,
    GOLD,
    GOLD_FILES,
    assert_from_article,
    assert_rule_draw,
    assert_scores_itself,
    assert_well_formed,
    documents,
)

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


def test_every_corpus_has_its_blind_sample_and_nothing_else_is_one() -> None:
    assert sorted(p for p in GOLD.glob("blind-*.jsonl") if p.name.count(".") == 1) == sorted(BLIND)
    versioned = sorted(p for p in GOLD.glob("blind-*.jsonl") if p.name.count(".") > 1)
    assert versioned == sorted(path for _, path, _ in VERSIONED)


@pytest.mark.parametrize(("corpus", "path", "blind"), VERSIONED, ids=VERSIONED_IDS)
def test_second_and_agreed_files_annotate_exactly_the_blind_sample(
    corpus: str, path: Path, blind: Path
) -> None:
    assert documents(path) == documents(blind)


@pytest.mark.parametrize("path", [path for _, path in ALL], ids=ALL_IDS)
def test_blind_sample_is_well_formed(path: Path) -> None:
    assert_well_formed(path, 15)


@pytest.mark.parametrize("path", [path for _, path in ALL], ids=ALL_IDS)
def test_blind_sample_scores_itself_perfectly_through_aliases(path: Path) -> None:
    assert_scores_itself(path)


@pytest.mark.parametrize(("corpus", "path"), ALL, ids=ALL_IDS)
def test_blind_sample_names_come_from_its_articles(corpus: str, path: Path) -> None:
    assert_from_article(corpus, path)


@pytest.mark.parametrize(("corpus", "path"), PAIRS, ids=CORPORA)
def test_blind_sample_is_the_rule_draw_outside_every_gold_file(corpus: str, path: Path) -> None:
    """The first N articles by sha256("polkg-blind26:" + id) among those no gold file or recall
    sample names (scripts/recall_sample.py --salt "polkg-blind26:")."""
    assert_rule_draw(corpus, path, GOLD_FILES, BLIND_SALT)
