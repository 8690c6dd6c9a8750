"""The fresh samples (gold/README.md, "Fresh samples (session 27)", "(session 28)", "(session
29)", "(session 30)", "(session 31)", "(session 32)", "(session 33)", "(session 34)", "(session
35)", "(session 36)", "(session 37)", "(session 38)" ... "(session 42)"): gold files in
train.jsonl's format,
drawn by a fixed rule outside every other gold file, scored as tables only during the session
that drew them and readable from the next. These checks assert the files' shape and draw and
never print a row that passes (tests/sample_gold.py)."""

from __future__ import annotations

from dataclasses import dataclass
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
# a fresh sample avoids the blind samples too
AVOIDED = [*GOLD_FILES, *(GOLD / f"blind-{corpus}.jsonl" for corpus in CORPORA)]

# session 28's fresh samples: 15 articles per corpus, outside session 27's fresh samples as well
FRESH28_SALT = "polkg-fresh28:"
FRESH28 = sorted(GOLD.glob("fresh28-*.jsonl"))
AVOIDED28 = [*AVOIDED, *(GOLD / f"fresh-{corpus}.jsonl" for corpus in CORPORA)]

# session 29's fresh samples: 15 articles per corpus, outside session 28's fresh samples as well
FRESH29_SALT = "polkg-fresh29:"
FRESH29 = sorted(GOLD.glob("fresh29-*.jsonl"))
AVOIDED29 = [*AVOIDED28, *(GOLD / f"fresh28-{corpus}.jsonl" for corpus in CORPORA)]

# session 30's fresh samples: 15 articles per corpus, outside session 29's fresh samples as well
FRESH30_SALT = "polkg-fresh30:"
FRESH30 = sorted(GOLD.glob("fresh30-*.jsonl"))
AVOIDED30 = [*AVOIDED29, *(GOLD / f"fresh29-{corpus}.jsonl" for corpus in CORPORA)]

# session 31's fresh samples: 15 articles per corpus, outside session 30's fresh samples as well
FRESH31_SALT = "polkg-fresh31:"
FRESH31 = sorted(GOLD.glob("fresh31-*.jsonl"))
AVOIDED31 = [*AVOIDED30, *(GOLD / f"fresh30-{corpus}.jsonl" for corpus in CORPORA)]

# session 32's fresh samples: 15 articles per corpus, outside session 31's fresh samples as well
FRESH32_SALT = "polkg-fresh32:"
FRESH32 = sorted(GOLD.glob("fresh32-*.jsonl"))
AVOIDED32 = [*AVOIDED31, *(GOLD / f"fresh31-{corpus}.jsonl" for corpus in CORPORA)]

# session 33's fresh samples: 15 articles per corpus, outside session 32's fresh samples as well
FRESH33_SALT = "polkg-fresh33:"
FRESH33 = sorted(GOLD.glob("fresh33-*.jsonl"))
AVOIDED33 = [*AVOIDED32, *(GOLD / f"fresh32-{corpus}.jsonl" for corpus in CORPORA)]

# session 34's fresh samples: 15 articles per corpus, outside session 33's fresh samples as well
FRESH34_SALT = "polkg-fresh34:"
FRESH34 = sorted(GOLD.glob("fresh34-*.jsonl"))
AVOIDED34 = [*AVOIDED33, *(GOLD / f"fresh33-{corpus}.jsonl" for corpus in CORPORA)]

# session 35's fresh samples: 15 articles per corpus, outside session 34's fresh samples as well
FRESH35_SALT = "polkg-fresh35:"
FRESH35 = sorted(GOLD.glob("fresh35-*.jsonl"))
AVOIDED35 = [*AVOIDED34, *(GOLD / f"fresh34-{corpus}.jsonl" for corpus in CORPORA)]

# session 36's fresh samples: 15 articles per corpus, outside session 35's fresh samples as well
FRESH36_SALT = "polkg-fresh36:"
FRESH36 = sorted(GOLD.glob("fresh36-*.jsonl"))
AVOIDED36 = [*AVOIDED35, *(GOLD / f"fresh35-{corpus}.jsonl" for corpus in CORPORA)]

# session 37's fresh samples: 15 articles per corpus, outside session 36's fresh samples as well
FRESH37_SALT = "polkg-fresh37:"
FRESH37 = sorted(GOLD.glob("fresh37-*.jsonl"))
AVOIDED37 = [*AVOIDED36, *(GOLD / f"fresh36-{corpus}.jsonl" for corpus in CORPORA)]

# session 38's fresh samples: 15 articles per corpus, outside session 37's fresh samples as well
FRESH38_SALT = "polkg-fresh38:"
FRESH38 = sorted(GOLD.glob("fresh38-*.jsonl"))
AVOIDED38 = [*AVOIDED37, *(GOLD / f"fresh37-{corpus}.jsonl" for corpus in CORPORA)]

# session 39's fresh samples: 15 articles per corpus, outside session 38's fresh samples as well
FRESH39_SALT = "polkg-fresh39:"
FRESH39 = sorted(GOLD.glob("fresh39-*.jsonl"))
AVOIDED39 = [*AVOIDED38, *(GOLD / f"fresh38-{corpus}.jsonl" for corpus in CORPORA)]

# session 40's fresh samples: 15 articles per corpus, outside session 39's fresh samples as well
FRESH40_SALT = "polkg-fresh40:"
FRESH40 = sorted(GOLD.glob("fresh40-*.jsonl"))
AVOIDED40 = [*AVOIDED39, *(GOLD / f"fresh39-{corpus}.jsonl" for corpus in CORPORA)]

# session 41's fresh samples: 15 articles per corpus, outside session 40's fresh samples as well;
# Wikinews had only 12 articles left outside every gold file, so its sample holds those 12
FRESH41_SALT = "polkg-fresh41:"
FRESH41 = sorted(GOLD.glob("fresh41-*.jsonl"))
AVOIDED41 = [*AVOIDED40, *(GOLD / f"fresh40-{corpus}.jsonl" for corpus in CORPORA)]
FRESH41_LEAST = {"wikinews": 12}

# session 42's fresh samples: 15 articles per corpus, outside session 41's fresh samples as well;
# Senate had only 11 releases left outside every gold file, so its sample holds those 11, and
# Wikinews had none left, so there is no fresh42-wikinews file
FRESH42_SALT = "polkg-fresh42:"
FRESH42 = sorted(GOLD.glob("fresh42-*.jsonl"))
AVOIDED42 = [*AVOIDED41, *(GOLD / f"fresh41-{corpus}.jsonl" for corpus in CORPORA)]
FRESH42_LEAST = {"senate_press": 11}


@dataclass(frozen=True)
class Sample:
    """A fresh sample file, its corpus, its least number of articles, its draw's salt and the
    gold files the draw avoids."""

    path: Path
    corpus: str
    least: int
    salt: str
    avoided: list[Path]


SAMPLES = [
    *(Sample(p, p.stem.removeprefix("fresh-"), 10, FRESH_SALT, AVOIDED) for p in FRESH),
    *(Sample(p, p.stem.removeprefix("fresh28-"), 15, FRESH28_SALT, AVOIDED28) for p in FRESH28),
    *(Sample(p, p.stem.removeprefix("fresh29-"), 15, FRESH29_SALT, AVOIDED29) for p in FRESH29),
    *(Sample(p, p.stem.removeprefix("fresh30-"), 15, FRESH30_SALT, AVOIDED30) for p in FRESH30),
    *(Sample(p, p.stem.removeprefix("fresh31-"), 15, FRESH31_SALT, AVOIDED31) for p in FRESH31),
    *(Sample(p, p.stem.removeprefix("fresh32-"), 15, FRESH32_SALT, AVOIDED32) for p in FRESH32),
    *(Sample(p, p.stem.removeprefix("fresh33-"), 15, FRESH33_SALT, AVOIDED33) for p in FRESH33),
    *(Sample(p, p.stem.removeprefix("fresh34-"), 15, FRESH34_SALT, AVOIDED34) for p in FRESH34),
    *(Sample(p, p.stem.removeprefix("fresh35-"), 15, FRESH35_SALT, AVOIDED35) for p in FRESH35),
    *(Sample(p, p.stem.removeprefix("fresh36-"), 15, FRESH36_SALT, AVOIDED36) for p in FRESH36),
    *(Sample(p, p.stem.removeprefix("fresh37-"), 15, FRESH37_SALT, AVOIDED37) for p in FRESH37),
    *(Sample(p, p.stem.removeprefix("fresh38-"), 15, FRESH38_SALT, AVOIDED38) for p in FRESH38),
    *(Sample(p, p.stem.removeprefix("fresh39-"), 15, FRESH39_SALT, AVOIDED39) for p in FRESH39),
    *(Sample(p, p.stem.removeprefix("fresh40-"), 15, FRESH40_SALT, AVOIDED40) for p in FRESH40),
    *(
        Sample(p, corpus, FRESH41_LEAST.get(corpus, 15), FRESH41_SALT, AVOIDED41)
        for p in FRESH41
        for corpus in [p.stem.removeprefix("fresh41-")]
    ),
    *(
        Sample(p, corpus, FRESH42_LEAST.get(corpus, 15), FRESH42_SALT, AVOIDED42)
        for p in FRESH42
        for corpus in [p.stem.removeprefix("fresh42-")]
    ),
]
IDS = [sample.path.stem for sample in SAMPLES]


def test_fresh_samples_exist_and_each_names_a_corpus() -> None:
    assert FRESH
    assert FRESH28
    assert FRESH29
    assert FRESH30
    assert FRESH31
    assert FRESH32
    assert FRESH33
    assert FRESH34
    assert FRESH35
    assert FRESH36
    assert FRESH37
    assert FRESH38
    assert FRESH39
    assert FRESH40
    assert FRESH41
    assert FRESH42
    assert "wikinews" not in {p.stem.removeprefix("fresh42-") for p in FRESH42}
    assert {sample.corpus for sample in SAMPLES} <= set(CORPORA)


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_fresh_sample_is_well_formed(sample: Sample) -> None:
    assert_well_formed(sample.path, sample.least, only_related=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_fresh_sample_scores_itself_perfectly_through_aliases(sample: Sample) -> None:
    assert_scores_itself(sample.path)


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_fresh_sample_names_and_evidence_come_from_its_articles(sample: Sample) -> None:
    assert_from_article(sample.corpus, sample.path, verbatim_why=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_fresh_sample_is_the_rule_draw_outside_every_gold_file(sample: Sample) -> None:
    assert_rule_draw(sample.corpus, sample.path, sample.avoided, sample.salt)
