"""The directed-stance model: package data, direction on real sentences, determinism, threshold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from polkg.errors import PolkgError
from polkg.extract.stance import LABELS, StanceModel, mark_pair, score_pairs, to_relation
from polkg.extract.stance.inputs import PairExample, held_out, parse_line, read_dataset
from polkg.extract.stance.model import METADATA_FILE, MODEL_DIR, WEIGHTS_FILE, _load

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DIRECTED = SHARED / "labeled" / "directed_sentiment"


def _spans(text: str, first: str, second: str) -> tuple[tuple[int, int], tuple[int, int]]:
    s1 = text.index(first)
    s2 = text.index(second, s1 + len(first))
    return (s1, s1 + len(first)), (s2, s2 + len(second))


@pytest.fixture(scope="module")
def model() -> StanceModel:
    return StanceModel.load()


def test_stance_parse_line_removes_brackets_and_finishes_cut_words() -> None:
    example = parse_line("[Democrat]s blamed [Trump]’s aides.\tDemocrat\tTrump\t3\n")
    assert example.text == "Democrats blamed Trump’s aides."
    assert example.text[slice(*example.e1)] == "Democrats"
    assert example.text[slice(*example.e2)] == "Trump"
    assert example.label == 3


def test_stance_held_out_fold_keeps_a_sentence_on_one_side() -> None:
    sentences = [f"Senator {n} criticized the plan on day {n}." for n in range(400)]
    fold = [s for s in sentences if held_out(s, 5)]
    assert 40 <= len(fold) <= 120  # about one in five
    # fixed by the text alone (a CRC, not Python's salted hash): the same rows in every run,
    # so a model trained without the fold is scored on exactly the rows it never saw
    assert [n for n in range(40) if held_out(sentences[n], 5)] == [1, 7, 23, 33, 34, 38]
    assert all(held_out(s, 1) for s in sentences)


def test_stance_parse_line_rejects_a_line_without_two_entities() -> None:
    with pytest.raises(ValueError, match="2 bracketed"):
        parse_line("[Trump] spoke.\tTrump\tx\t0")


def test_stance_mark_pair_marks_each_role_differently() -> None:
    text = "Sessions shot back at Trump."
    e1, e2 = _spans(text, "Sessions", "Trump")
    marked = mark_pair(text, e1, e2)
    assert marked == "xe1start Sessions xe1end shot back at xe2start Trump xe2end ."
    reverse = mark_pair(text, e2, e1)
    assert reverse.startswith("xe2start Sessions xe2end")


def test_stance_mark_pair_rejects_overlapping_spans() -> None:
    with pytest.raises(ValueError, match="overlap"):
        mark_pair("Donald Trump spoke.", (0, 12), (7, 12))


def test_stance_to_relation_maps_polarity_and_direction() -> None:
    assert to_relation("e1_neg_e2") == ("criticizes", "e1->e2")
    assert to_relation("e2_pos_e1") == ("endorses", "e2->e1")
    assert to_relation("neutral") is None
    with pytest.raises(ValueError):
        to_relation("angry")


def test_stance_model_loads_offline_from_package_data(
    model: StanceModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert MODEL_DIR.is_relative_to(Path(__import__("polkg").__file__).resolve().parent)
    assert (MODEL_DIR / METADATA_FILE).is_file()
    assert (MODEL_DIR / WEIGHTS_FILE).is_file()
    assert tuple(model.labels) == LABELS
    assert StanceModel.load() is model  # cached
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 25_000_000
    # a fresh load (not the cache) with every network call refused
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the stance model tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    fresh = _load.__wrapped__(str(MODEL_DIR))
    assert fresh is not model
    assert fresh.threshold == model.threshold
    assert np.array_equal(fresh.coef, model.coef)


def test_stance_model_rejects_a_missing_model(tmp_path: Path) -> None:
    with pytest.raises(PolkgError, match="stance model not found"):
        StanceModel.load(tmp_path)


def test_stance_features_match_the_training_vectorizer() -> None:
    """The hand-written TF-IDF of inference equals scikit-learn's (the one training used)."""
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    from functools import partial

    from polkg.extract.stance.features import analyze, tfidf_row

    texts = ["xe1start Trump xe1end blasted xe2start Sessions xe2end again and again .", "a b c"]
    vec = sklearn_text.TfidfVectorizer(analyzer=partial(analyze, "marked"), sublinear_tf=True)
    matrix = vec.fit_transform(texts).toarray()
    for k, text in enumerate(texts):
        row = tfidf_row(analyze("marked", text), vec.vocabulary_, vec.idf_)
        dense = np.zeros(matrix.shape[1])
        for column, value in row.items():
            dense[column] = value
        assert np.allclose(dense, matrix[k])


def test_stance_threshold_is_read_from_metadata(model: StanceModel, tmp_path: Path) -> None:
    metadata = json.loads((MODEL_DIR / METADATA_FILE).read_text(encoding="utf-8"))
    assert model.threshold == metadata["threshold"]
    assert 0.2 <= model.threshold < 1.0
    copy = tmp_path / "stance"
    shutil.copytree(MODEL_DIR, copy)
    metadata["threshold"] = 0.987
    (copy / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    assert StanceModel.load(copy).threshold == 0.987


# Real sentences of valid.txt (Park, Pan and Joo 2021), found by a substring and read from
# ../shared at test time (the dataset has no licence that would let us copy it into the repo).
DIRECTED_SENTENCES = [
    ("Kasich, for his part, applauded Romney", "e1_pos_e2"),
    ("Luntz repeatedly attacked Breitbart News", "e1_neg_e2"),
    ("speech was praised by other European nations", "e2_pos_e1"),
    ("Ford has been criticized by Donald Trump", "e2_neg_e1"),
]


def _valid_example(substring: str) -> PairExample:
    if not DIRECTED.is_dir():
        pytest.skip("../shared/labeled/directed_sentiment is not present")
    with open(DIRECTED / "valid.txt", encoding="utf-8") as handle:
        for line in handle:
            if substring in line.replace("[", "").replace("]", ""):
                return parse_line(line)
    raise AssertionError(f"no valid.txt line contains {substring!r}")


@pytest.mark.parametrize(("substring", "expected"), DIRECTED_SENTENCES)
def test_stance_predict_gets_the_direction_of_real_sentences(
    model: StanceModel, substring: str, expected: str
) -> None:
    example = _valid_example(substring)
    assert LABELS[int(example.label or 0)] == expected  # the annotators' label
    label, probs = model.predict(example.text, example.e1, example.e2)
    assert label == expected
    assert probs[label] >= model.threshold
    assert abs(sum(probs.values()) - 1.0) < 1e-3


def test_stance_predictions_are_deterministic(model: StanceModel) -> None:
    examples = [_valid_example(substring) for substring, _ in DIRECTED_SENTENCES]
    items = [(ex.text, ex.e1, ex.e2) for ex in examples]
    once = model.predict_batch(items)
    again = model.predict_batch(items)
    alone = [model.predict(*item) for item in items]
    assert once == again
    for (label_a, probs_a), (label_b, probs_b) in zip(once, alone, strict=True):
        assert label_a == label_b
        assert all(abs(probs_a[k] - probs_b[k]) < 1e-5 for k in probs_a)


def test_stance_score_pairs_returns_the_direction_in_mention_order(model: StanceModel, nlp) -> None:
    example = _valid_example("Ford has been criticized by Donald Trump")
    prefix = "Preamble here. "
    doc = nlp(prefix + example.text)
    sent = doc.char_span(len(prefix), len(doc.text))
    ford = doc.char_span(len(prefix) + example.e1[0], len(prefix) + example.e1[1])
    trump = doc.char_span(len(prefix) + example.e2[0], len(prefix) + example.e2[1])
    assert sent is not None and ford is not None and trump is not None
    # Mentions given in reverse text order: Trump (index 0) still criticizes Ford (index 1).
    found = score_pairs(sent, [trump, ford], model=model)
    assert [(p.relation, p.subject, p.object) for p in found] == [("criticizes", 0, 1)]
    assert found[0].prob >= model.threshold
    assert score_pairs(sent, [trump, ford], model=model, threshold=1.01) == []


def test_stance_score_pairs_skips_neutral_and_overlapping_pairs(model: StanceModel, nlp) -> None:
    doc = nlp("Donald Trump met Joe Biden in Washington on Tuesday.")
    sent = doc[:]
    trump, biden, overlap = doc[0:2], doc[3:5], doc[1:2]
    assert score_pairs(sent, [trump, overlap], model=model, threshold=0.0) == []
    assert score_pairs(sent, [trump, biden], model=model) == []


def test_stance_valid_file_parses_completely() -> None:
    if not DIRECTED.is_dir():
        pytest.skip("../shared/labeled/directed_sentiment is not present")
    examples = read_dataset(str(DIRECTED / "valid.txt"))
    assert len(examples) == 1461
    assert {ex.label for ex in examples} == set(range(len(LABELS)))
