"""Stance timelines, flips and rankings on small dated graphs."""

from __future__ import annotations

import networkx as nx
from signed_sample import add_stance, stance_graph

from polkg.graph.rankings import most_criticized, most_endorsed, most_polarizing
from polkg.graph.timeline import actor_timeline, pair_timeline, stance_flips


def sessions_trump() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_stance(g, "sessions", "trump", "endorses", ("2016-02-28", "d1"), ("2016-02-29", "d2"))
    add_stance(g, "sessions", "trump", "endorses", ("2016-03-03", "d3"), (None, "d0"))
    add_stance(g, "sessions", "trump", "criticizes", ("2016-03-10", "d4"))  # March: 1 - 1 = even
    add_stance(g, "sessions", "trump", "criticizes", ("2020-05-23", "d5"), ("2020-05-24", "d6"))
    add_stance(g, "sessions", "trump", "opposes", ("2020-05-23", "d5"))
    add_stance(g, "sessions", "trump", "endorses", ("2020-07-01", "d7"))
    add_stance(g, "trump", "sessions", "criticizes", ("2017-07-25", "d8"), ("2017-07-26", "d8"))
    add_stance(g, "trump", "sessions", "recused_from", ("2017-03-02", "d9"))
    return g


def test_timeline_pair_counts_documents_per_month() -> None:
    rows = pair_timeline(sessions_trump(), "sessions", "trump")
    assert rows == [
        {"month": "2016-02", "endorses": 2, "criticizes": 0, "opposes": 0, "net": 2},
        {"month": "2016-03", "endorses": 1, "criticizes": 1, "opposes": 0, "net": 0},
        {"month": "2020-05", "endorses": 0, "criticizes": 2, "opposes": 1, "net": -3},
        {"month": "2020-07", "endorses": 1, "criticizes": 0, "opposes": 0, "net": 1},
    ]  # undated d0 left out; recused_from is no stance


def test_timeline_actor_counts_out_and_in() -> None:
    g = sessions_trump()
    add_stance(g, "sessions", "mueller", "criticizes", ("2020-05-02", "d10"))
    out = {r["month"]: r for r in actor_timeline(g, "sessions", "out")}
    assert out["2020-05"]["criticizes"] == 3 and out["2020-05"]["opposes"] == 1
    into = actor_timeline(g, "sessions", "in")
    assert into == [{"month": "2017-07", "endorses": 0, "criticizes": 1, "opposes": 0, "net": -1}]


def test_timeline_flips_carry_evidence_of_both_sides() -> None:
    flips = stance_flips(sessions_trump())
    assert [(f.source, f.target, f.before.sign, f.after.sign) for f in flips] == [
        ("sessions", "trump", 1, -1),
        ("sessions", "trump", -1, 1),
    ]
    first, second = flips
    assert (first.before.first_month, first.before.last_month) == ("2016-02", "2016-02")
    assert (first.after.first_month, first.after.documents) == ("2020-05", 2)
    assert [e["doc"] for e in first.before.evidence] == ["d2", "d1"]  # nearest the turn first
    assert {e["doc"] for e in first.after.evidence} == {"d5", "d6"}
    assert second.after.evidence[0]["doc"] == "d7"
    for flip in flips:
        assert flip.before.evidence and flip.after.evidence
        assert all(e["sentence"] for e in flip.before.evidence + flip.after.evidence)
    record = first.to_dict(sessions_trump())
    assert record["direction"] == "positive->negative"
    assert record["source_label"] == "Sessions"


def test_timeline_flips_need_min_documents_per_period() -> None:
    flips = stance_flips(sessions_trump(), min_documents=2)
    assert [(f.before.sign, f.after.sign) for f in flips] == [(1, -1)]  # July 2020: one doc only


def test_timeline_no_flip_without_a_change_of_sign() -> None:
    g = nx.MultiDiGraph()
    add_stance(g, "a", "b", "criticizes", ("2019-01-05", "x1"), ("2019-04-05", "x2"))
    add_stance(g, "a", "b", "endorses", ("2019-04-05", "x3"))
    assert stance_flips(g) == []


def test_rankings_count_distinct_actors_and_documents() -> None:
    g = stance_graph(
        [
            ("a", "t", "criticizes", 2),
            ("b", "t", "opposes", 1),
            ("a", "t", "opposes", 1),
            ("c", "u", "criticizes", 5),
            ("a", "u", "endorses", 1),
            ("b", "u", "endorses", 2),
        ]
    )
    assert [(r["node"], r["critics"], r["documents"]) for r in most_criticized(g)] == [
        ("t", 2, 4),
        ("u", 1, 5),
    ]
    assert [(r["node"], r["endorsers"], r["documents"]) for r in most_endorsed(g)] == [("u", 2, 3)]


def test_rankings_polarizing_needs_support_and_criticism_from_different_coalitions() -> None:
    g = stance_graph(
        [
            ("a1", "t", "endorses", 1),
            ("a2", "t", "endorses", 2),
            ("b1", "t", "criticizes", 1),
            ("b2", "t", "opposes", 1),
            ("a1", "u", "endorses", 1),
            ("a2", "u", "criticizes", 1),  # u is split inside one coalition: not polarizing
        ]
    )
    membership = {"a1": 0, "a2": 0, "b1": 1, "b2": 1}
    rows = most_polarizing(g, membership)
    assert len(rows) == 1
    row = rows[0]
    assert (
        row["node"],
        row["score"],
        row["endorsing_coalition"],
        row["criticizing_coalition"],
    ) == (
        "t",
        2,
        0,
        1,
    )
    assert (row["endorsing_documents"], row["criticizing_documents"]) == (3, 2)
