"""Coalitions, frustration and structural balance on synthetic signed graphs."""

from __future__ import annotations

import itertools

import pytest
from signed_sample import planted_coalitions, stance_graph
from sklearn.metrics import adjusted_rand_score

from polkg.graph.signed import (
    coalition_summary,
    coalitions,
    frustration,
    signed_graph,
    structural_balance,
)


@pytest.mark.parametrize("camps", [2, 3, 4, 5])
@pytest.mark.parametrize("noise", [0.0, 0.05, 0.10])
def test_signed_coalitions_recover_planted_camps(camps: int, noise: float) -> None:
    for seed in range(3):
        g, truth = planted_coalitions(camps, size=20, density=0.5, noise=noise, seed=seed)
        found = coalitions(g, seed=seed).membership
        nodes = sorted(truth)
        ari = adjusted_rand_score([truth[n] for n in nodes], [found[n] for n in nodes])
        assert ari >= 0.9, (camps, noise, seed, ari)


def test_signed_coalitions_frustration_of_planted_camps_is_the_noise() -> None:
    g, truth = planted_coalitions(3, size=20, density=0.5, noise=0.10, seed=1)
    result = coalitions(g, seed=1)
    frustrated, edges, *_ = frustration(g, truth)
    assert edges == g.number_of_edges()
    assert frustrated == round(0.10 * edges)  # exactly the flipped signs break the camps
    assert result.frustration <= frustrated / edges + 1e-9


def test_signed_coalitions_are_the_same_on_every_run() -> None:
    g, _ = planted_coalitions(4, size=15, density=0.4, noise=0.1, seed=7)
    assert coalitions(g, seed=3).membership == coalitions(g, seed=3).membership


def test_signed_frustration_counts_edges_that_break_the_partition() -> None:
    g = stance_graph(
        [
            ("a", "b", "endorses", 2),  # inside: fine
            ("a", "c", "endorses", 1),  # across: frustrated
            ("b", "c", "criticizes", 3),  # across: fine
            ("c", "d", "opposes", 1),  # inside: frustrated
            ("c", "d", "recused_from", 1),  # no sign: not counted
            ("a", "x", "criticizes", 1),  # x not partitioned: not counted
        ]
    )
    membership = {"a": 0, "b": 0, "c": 1, "d": 1}
    assert frustration(g, membership) == (2, 4, 2, 7)


def test_signed_graph_sums_both_directions_and_relations() -> None:
    g = stance_graph(
        [
            ("a", "b", "endorses", 2),
            ("b", "a", "criticizes", 1),
            ("b", "a", "opposes", 1),
            ("c", "d", "endorses", 1),
            ("d", "c", "criticizes", 1),
            ("a", "d", "recused_from", 1),
        ]
    )
    s = signed_graph(g)
    assert dict(s.edges["a", "b"]) == {"positive": 2, "negative": 2, "sign": 0}
    assert s.edges["c", "d"]["sign"] == 0
    assert not s.has_edge("a", "d")


# Four actors, every pair signed: triangles abc (++-), abd (+--), acd (++-), bcd (+--).
K4 = [
    ("a", "b", "endorses", 1),
    ("a", "c", "endorses", 2),
    ("d", "a", "criticizes", 1),
    ("b", "c", "opposes", 1),
    ("b", "d", "criticizes", 1),
    ("c", "d", "endorses", 1),
]


def test_signed_balance_matches_hand_count() -> None:
    balance = structural_balance(stance_graph(K4), runs=200, seed=0)
    assert balance.triads == 4
    assert balance.counts == {"+++": 0, "+--": 2, "++-": 2, "---": 0}
    assert balance.balanced == 2 and balance.share == 0.5
    assert balance.weak_share == 0.5
    assert (balance.pairs, balance.positive_pairs) == (6, 3)


def test_signed_balance_p_value_matches_exact_permutation_test() -> None:
    # K4 with 3 positive and 3 negative pairs: enumerate all 20 placements of the signs
    pairs = ["ab", "ac", "ad", "bc", "bd", "cd"]
    triangles = [("ab", "ac", "bc"), ("ab", "ad", "bd"), ("ac", "ad", "cd"), ("bc", "bd", "cd")]

    def share(positive: set[str]) -> float:
        return sum(sum(p not in positive for p in t) % 2 == 0 for t in triangles) / 4

    def weak_share(positive: set[str]) -> float:
        return sum(sum(p not in positive for p in t) != 1 for t in triangles) / 4

    placements = [share(set(c)) for c in itertools.combinations(pairs, 3)]
    weak = [weak_share(set(c)) for c in itertools.combinations(pairs, 3)]
    exact = sum(x >= 0.5 for x in placements) / len(placements)
    balance = structural_balance(stance_graph(K4), runs=1000, seed=0)
    assert balance.null_mean == pytest.approx(sum(placements) / 20, abs=0.02)
    assert balance.p_value == pytest.approx(exact, abs=0.04)
    assert balance.weak_null_mean == pytest.approx(sum(weak) / 20, abs=0.02)
    assert balance.weak_p_value == pytest.approx(sum(x >= 0.5 for x in weak) / 20, abs=0.04)
    assert balance.runs == 1000


def test_signed_balance_leaves_out_ambivalent_pairs_and_is_seeded() -> None:
    g = stance_graph(
        [*K4, ("a", "e", "endorses", 1), ("e", "a", "criticizes", 1), ("b", "e", "endorses", 1)]
    )
    balance = structural_balance(g, runs=100, seed=5)
    assert balance.triads == 4 and balance.pairs == 7  # a-e is even: no triangle abe
    assert balance.null_shares == structural_balance(g, runs=100, seed=5).null_shares


def test_signed_balance_of_a_balanced_two_camp_graph_beats_the_null_model() -> None:
    g, _ = planted_coalitions(2, size=10, density=0.6, noise=0.0, seed=2)
    balance = structural_balance(g, runs=1000, seed=0)
    assert balance.share == 1.0
    assert balance.null_mean < 0.8
    assert balance.p_value == pytest.approx(1 / 1001)


def test_signed_coalition_summary_lists_camps_with_their_ties() -> None:
    g = stance_graph(
        [
            ("a", "b", "endorses", 3),
            ("c", "d", "endorses", 1),
            ("a", "c", "criticizes", 2),
            ("b", "d", "opposes", 1),
            ("e", "a", "criticizes", 1),
        ]
    )
    result = coalitions(g, seed=0)
    rows = coalition_summary(g, result)
    assert [sorted(r["nodes"]) for r in rows] == [["a", "b"], ["c", "d"]]
    assert rows[0]["members"][0] == "A"  # most tied first
    assert rows[0]["positive_ties"] == 1 and rows[0]["negative_ties"] == 0
    assert result.frustration == 0.0
