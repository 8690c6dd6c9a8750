"""The fresh samples (gold/README.md, "Fresh samples (session 27)" and "(session 28)"): gold files
in train.jsonl's format, drawn by a fixed rule outside every other gold file, scored as tables only
during the session that drew them and readable from the next. These checks assert the files' shape
and draw and never print a row that passes (tests/sample_gold.py)."""

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
)

FRESH_SALT = "polkg-fresh27:"
FRESH = sorted(GOLD.glob("fresh-*.jsonl"))
NAMES = [path.stem.removeprefix("fresh-") for path in FRESH]
# a fresh sample avoids the blind samples too
AVOIDED = [*GOLD_FILES, *(GOLD / f"blind-{corpus}.jsonl" for corpus in CORPORA)]

# session 28's fresh samples: 15 articles per corpus, outside session 27's fresh samples as well
FRESH28_SALT = "polkg-fresh28:"
FRESH28 = sorted(GOLD.glob("fresh28-*.jsonl"))
NAMES28 = [path.stem.removeprefix("fresh28-") for path in FRESH28]
AVOIDED28 = [*AVOIDED, *(GOLD / f"fresh-{corpus}.jsonl" for corpus in CORPORA)]


def test_fresh_samples_exist_and_each_names_a_corpus() -> None:
    assert FRESH
    assert set(NAMES) <= set(CORPORA)
    assert FRESH28
    assert set(NAMES28) <= set(CORPORA)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_is_well_formed(path: Path) -> None:
    assert_well_formed(path, 10, only_related=True)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_scores_itself_perfectly_through_aliases(path: Path) -> None:
    assert_scores_itself(path)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_names_and_evidence_come_from_its_articles(path: Path) -> None:
    assert_from_article(path.stem.removeprefix("fresh-"), path, verbatim_why=True)


@pytest.mark.parametrize("path", FRESH, ids=NAMES)
def test_fresh_sample_is_the_rule_draw_outside_every_gold_file(path: Path) -> None:
    assert_rule_draw(path.stem.removeprefix("fresh-"), path, AVOIDED, FRESH_SALT)


@pytest.mark.parametrize("path", FRESH28, ids=NAMES28)
def test_fresh28_sample_is_well_formed(path: Path) -> None:
    assert_well_formed(path, 15, only_related=True)


@pytest.mark.parametrize("path", FRESH28, ids=NAMES28)
def test_fresh28_sample_scores_itself_perfectly_through_aliases(path: Path) -> None:
    assert_scores_itself(path)


@pytest.mark.parametrize("path", FRESH28, ids=NAMES28)
def test_fresh28_sample_names_and_evidence_come_from_its_articles(path: Path) -> None:
    assert_from_article(path.stem.removeprefix("fresh28-"), path, verbatim_why=True)


@pytest.mark.parametrize("path", FRESH28, ids=NAMES28)
def test_fresh28_sample_is_the_rule_draw_outside_every_gold_file(path: Path) -> None:
    assert_rule_draw(path.stem.removeprefix("fresh28-"), path, AVOIDED28, FRESH28_SALT)
