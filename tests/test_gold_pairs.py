"""The stance model's in-article training labels (training/gold_pairs.py): only a required stance
stated in the sentence is positive, an acceptable one is neither, an unrelated pair is neutral;
audit verdicts become labelled pairs by their names in the evidence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from gold_pairs import _name_span, label_of  # noqa: E402

from polkg.evaluate import Gold, GoldEntity, GoldRelation  # noqa: E402
from polkg.extract.stance.inputs import LABELS  # noqa: E402

SENTENCE = "Senator Jeff Flake sharply criticized President Trump on Tuesday in a floor speech."


def _gold(required: bool, why: str = SENTENCE) -> Gold:
    return Gold(
        doc="d",
        entities=[
            GoldEntity("Jeff Flake", "Person", ("Flake", "Senator Jeff Flake")),
            GoldEntity("Donald Trump", "Person", ("Trump", "President Trump")),
            GoldEntity("Mitch McConnell", "Person", ("McConnell",)),
        ],
        relations=[GoldRelation("Jeff Flake", "criticizes", "Donald Trump", required, why)],
    )


def test_a_required_stance_quoted_in_the_sentence_is_its_direction() -> None:
    gold = _gold(required=True)
    assert LABELS[label_of(gold, "Jeff Flake", "Trump", SENTENCE) or 0] == "e1_neg_e2"
    assert LABELS[label_of(gold, "Trump", "Flake", SENTENCE) or 0] == "e2_neg_e1"


def test_an_acceptable_stance_is_neither_positive_nor_neutral() -> None:
    assert label_of(_gold(required=False), "Jeff Flake", "Trump", SENTENCE) is None


def test_a_stance_stated_in_another_sentence_is_skipped() -> None:
    other = "Later that week Flake met donors in Phoenix and said little about the race."
    assert label_of(_gold(required=True), "Jeff Flake", "Trump", other) is None


def test_a_pair_the_gold_does_not_link_is_neutral() -> None:
    assert label_of(_gold(required=True), "Mitch McConnell", "Trump", SENTENCE) == 0


@pytest.mark.parametrize(
    ("name", "found"),
    [("Jeff Flake", "Jeff Flake"), ("Donald Trump", "Trump"), ("Ron Paul", None)],
)
def test_audit_names_are_found_whole_or_by_their_last_word(name: str, found: str | None) -> None:
    span = _name_span(SENTENCE, name)
    assert (SENTENCE[span[0] : span[1]] if span else None) == found
