"""filter_graph: the filters every export format shares."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from viewer_sample import WN_ID, add_evidence, seed_graph

from polkg.errors import PolkgError
from polkg.exports import filter_graph


@pytest.fixture()
def seed(shared_dir: Path) -> nx.MultiDiGraph:
    return seed_graph()


def triples(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, k, v) for u, v, k in g.edges(keys=True)}


def test_filters_no_filter_keeps_every_actor_in_a_relation(seed: nx.MultiDiGraph) -> None:
    h = filter_graph(seed)
    assert triples(h) == triples(seed)
    assert set(h) == {n for n in seed if seed.degree(n)}
    assert len(h) == 6 and len(seed) == 11  # five actors only mentioned are left out
    everything = filter_graph(seed, all_actors=True)
    assert nx.utils.graphs_equal(everything, seed)
    assert everything is not seed


def test_filters_all_actors_keeps_isolates_not_those_an_edge_filter_removed(
    seed: nx.MultiDiGraph,
) -> None:
    h = filter_graph(seed, relations=["recused_from"], all_actors=True)
    isolated = {n for n in seed if seed.degree(n) == 0}
    assert set(h) == {"jeff-sessions", "russia-investigation"} | isolated
    assert "donald-trump" not in h  # in a relation, only not in this one


def test_filters_relations_drop_other_edges_and_lonely_actors(seed: nx.MultiDiGraph) -> None:
    h = filter_graph(seed, relations=["recused_from"])
    assert triples(h) == {("jeff-sessions", "recused_from", "russia-investigation")}
    assert set(h) == {"jeff-sessions", "russia-investigation"}
    assert seed.number_of_edges() == 9  # the input is untouched


def test_filters_unknown_relation_is_a_user_error(seed: nx.MultiDiGraph) -> None:
    with pytest.raises(PolkgError, match="unknown relation 'praises'"):
        filter_graph(seed, relations=["praises"])


def test_filters_date_range_keeps_evidence_inside(seed: nx.MultiDiGraph) -> None:
    # a later piece of evidence for Sessions -> Trump, from the Wikinews document
    add_evidence(
        seed,
        "jeff-sessions",
        "criticizes",
        "donald-trump",
        {"doc": WN_ID, "sentence": "Sessions again criticized Trump.", "start": 0, "end": 31,
         "date": "2020-09-30", "confidence": 0.7, "rule": "test"},
    )  # fmt: skip
    edge = seed.edges["jeff-sessions", "donald-trump", "criticizes"]
    assert edge["n_documents"] == 2
    h = filter_graph(seed, date_from="2020-09-01")
    kept = h.edges["jeff-sessions", "donald-trump", "criticizes"]
    assert [ev["date"] for ev in kept["evidence"]] == ["2020-09-30"]
    assert kept["n_documents"] == 1 and kept["first_date"] == kept["last_date"] == "2020-09-30"
    assert kept["confidence"] == 0.7
    assert ("donald-trump", "endorses", "tommy-tuberville") not in triples(h)
    assert edge["n_documents"] == 2  # the input's edge is unchanged
    before = filter_graph(seed, date_to="2020-07-31")
    assert ("joe-biden", "criticizes", "donald-trump") not in triples(before)
    assert before.edges["jeff-sessions", "donald-trump", "criticizes"]["n_documents"] == 1


def test_filters_min_documents(seed: nx.MultiDiGraph) -> None:
    assert filter_graph(seed, min_documents=2).number_of_edges() == 0
    with pytest.raises(PolkgError):
        filter_graph(seed, min_documents=0)


@pytest.mark.parametrize("name", ["tommy-tuberville", "Tommy Tuberville", "tuberville"])
def test_filters_focus_by_slug_label_or_alias(seed: nx.MultiDiGraph, name: str) -> None:
    h = filter_graph(seed, focus=name, depth=1)
    assert set(h) == {"tommy-tuberville", "jeff-sessions", "donald-trump"}
    deeper = filter_graph(seed, focus=name, depth=2)
    assert {"joe-biden", "nancy-pelosi", "russia-investigation"} <= set(deeper)
    assert "roy-moore" not in deeper


def test_filters_focus_depth_zero_and_isolated_actor(seed: nx.MultiDiGraph) -> None:
    assert set(filter_graph(seed, focus="Jeff Sessions", depth=0)) == {"jeff-sessions"}
    h = filter_graph(seed, focus="Roy Moore")
    assert set(h) == {"roy-moore"} and h.number_of_edges() == 0


def test_filters_focus_combined_with_relation(seed: nx.MultiDiGraph) -> None:
    h = filter_graph(seed, relations=["endorses"], focus="Jeff Sessions", depth=1)
    assert triples(h) == {("jeff-sessions", "endorses", "donald-trump")}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"focus": "Hillary Clinton"}, "no actor"),
        ({"date_from": "July 2020"}, "not an ISO date"),
        ({"date_to": "2020-13-01"}, "not an ISO date"),
    ],
)
def test_filters_bad_input_is_a_user_error(
    seed: nx.MultiDiGraph, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(PolkgError, match=message):
        filter_graph(seed, **kwargs)  # type: ignore[arg-type]
