"""KnowledgeGraph with the congress-legislators gazetteer: ids, parties, offices, merges."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_graph_knowledge_graph import (
    all_results,
    article,
    canonical,
    person,
    pool,
    seed_result,
    trump_articles,
)

from polkg.graph import Gazetteer, KnowledgeGraph
from polkg.graph.analysis import person_ranking, shared_wikidata
from polkg.model import OfficeHeld
from polkg.ontology.rdf import graph_from_quads, graph_quads

GAZ_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not GAZ_DIR.is_dir():
        pytest.skip("../shared/gazetteer is not present")
    return Gazetteer.load(GAZ_DIR)


def pete_article():
    return article(
        "pete-sessions-texas",
        "2020-03-04",
        [person("Pete Sessions", "Sessions"), person("Donald Trump", "President Trump")],
        [("Donald Trump", "endorses", "Pete Sessions", "Trump endorsed Pete Sessions.")],
    )


def test_graph_gazetteer_adds_ids_party_and_offices(gaz) -> None:
    g = KnowledgeGraph.from_results([seed_result(), *trump_articles(), pete_article()], gaz).g
    jeff = g.nodes["jeff-sessions"]
    assert (jeff["wikidata"], jeff["bioguide"]) == ("Q358443", "S001141")
    assert jeff["party"] == "Republican Party"
    assert {
        "title": "Senator",
        "status": "former",
        "qualifier": "AL",
        "source": "gazetteer",
        "start": "1997-01-07",
        "end": "2017-02-08",
    } in jeff["offices"]
    # the text's own statement stays, with its document
    assert {"title": "Attorney General", "status": "former", "doc": "hill-sessions-recusal"} in (
        jeff["offices"]
    )
    trump = g.nodes["donald-trump"]
    assert trump["wikidata"] == "Q22686" and "bioguide" not in trump
    presidency = [o for o in trump["offices"] if o.get("source") == "gazetteer"]
    assert [(o["start"], o["status"]) for o in presidency] == [
        ("2017-01-20", "current"),  # as of the latest article (2020-07-11)
        ("2025-01-20", "unknown"),
    ]
    assert g.nodes["pete-sessions"]["wikidata"] == "Q437852"
    assert g.nodes["doug-jones"]["wikidata"] == "Q30122825"
    assert g.nodes["tommy-tuberville"]["wikidata"] == "Q7819948"
    assert "wikidata" not in g.nodes["roy-moore"]  # never in Congress
    assert shared_wikidata(g) == {}


def test_graph_gazetteer_merges_names_the_text_never_connects(gaz) -> None:
    a = article("a", "2019-02-01", [person("Chuck Schumer")], [])
    b = article("b", "2019-02-02", [person("Charles Schumer", "Charles E. Schumer")], [])
    assert len(KnowledgeGraph.from_results([a, b]).g) == 2
    g = KnowledgeGraph.from_results([a, b], gaz).g
    assert list(g) == ["chuck-schumer"]
    assert g.nodes["chuck-schumer"]["wikidata"] == "Q380900"
    assert g.nodes["chuck-schumer"]["documents"] == ["a", "b"]


def test_graph_two_nodes_with_one_wikidata_id_are_merged(gaz) -> None:
    g = nx.MultiDiGraph(documents={"a": {"title": "", "date": "2019-01-01"}})
    for node, label in (("chuck-schumer", "Chuck Schumer"), ("schumer-2", "Charles Schumer")):
        g.add_node(
            node,
            type="Person",
            label=label,
            aliases=[label],
            wikidata="Q380900",
            offices=[],
            documents=["a"],
        )
    for gazetteer, slug in ((None, "charles-schumer"), (gaz, "chuck-schumer")):
        merged = KnowledgeGraph(g, gazetteer).g
        assert [n for n, d in merged.nodes(data=True) if d.get("wikidata") == "Q380900"] == [slug]
        assert merged.nodes[slug]["aliases"] == ["Charles Schumer", "Chuck Schumer"]


def test_graph_gazetteer_resolves_a_bare_surname_in_office(gaz) -> None:
    bare = article(
        "pelosi",
        "2019-10-01",
        [person("Pelosi", "Speaker Pelosi", offices=(OfficeHeld("Speaker"),))],
        [("Pelosi", "criticizes", "Donald Trump", "Pelosi rebuked Trump.")],
    )
    g = KnowledgeGraph.from_results([seed_result(), bare], gaz).g
    assert "pelosi" not in g
    assert g.nodes["nancy-pelosi"]["wikidata"] == "Q170581"
    assert g.has_edge("nancy-pelosi", "donald-trump", "criticizes")


def test_graph_gazetteer_keeps_an_ambiguous_bare_surname_apart(gaz) -> None:
    bare = article("sessions", "2020-05-01", [person("Sessions")], [])
    g = KnowledgeGraph.from_results([bare], gaz).g  # Jeff and Pete both recently in office
    assert list(g) == ["sessions"]
    assert "wikidata" not in g.nodes["sessions"]
    assert g.nodes["sessions"]["resolution"] == "surname-only"


def test_graph_gazetteer_batches_give_the_same_graph(gaz) -> None:
    results = [*all_results(), pete_article()]
    once = canonical(KnowledgeGraph.from_results(results, gaz).g)
    for split in (1, 3, 6):
        kg = KnowledgeGraph(KnowledgeGraph.from_results(results[:split], gaz).g, gaz)
        kg.add_results(results[split:])
        assert canonical(kg.g) == once
    assert canonical(KnowledgeGraph.from_results(results[::-1], gaz).g) == once


def test_graph_person_ranking_lists_aliases_and_wikidata(gaz) -> None:
    g = KnowledgeGraph.from_results([seed_result(), *trump_articles(), pete_article()], gaz).g
    rows = person_ranking(g, top=3)
    assert {r["node"] for r in rows} == {"jeff-sessions", "donald-trump", "tommy-tuberville"}
    keys = [(-r["neighbours"], -r["edges"], -r["evidence"], r["node"]) for r in rows]
    assert keys == sorted(keys)
    trump = next(r for r in rows if r["node"] == "donald-trump")
    assert trump["wikidata"] == "Q22686"
    assert "President Trump" in trump["aliases"]
    assert trump["neighbours"] == 3  # the two Sessions and Tuberville
    assert len(person_ranking(g, top=None)) == sum(
        1 for _, d in g.nodes(data=True) if d["type"] == "Person"
    )


def test_graph_bare_surname_of_the_sitting_president_is_his(gaz) -> None:
    family = article("family", "2019-04-01", [person("Donald Trump"), person("Melania Trump")], [])
    bare = article(
        "bare-trump",
        "2019-04-25",
        [person("Trump"), person("Joe Biden")],
        [("Joe Biden", "criticizes", "Trump", "Biden slammed Trump.")],
    )
    g = KnowledgeGraph.from_results([family, bare]).g
    assert g.has_edge("joe-biden", "trump", "criticizes")  # Donald or Melania: not guessed
    assert g.nodes["trump"]["resolution"] == "surname-only"
    assert "resolution" not in g.nodes["donald-trump"]
    rdf_nodes = graph_from_quads(graph_quads(g)).nodes
    assert rdf_nodes["trump"]["resolution"] == "surname-only"
    g = KnowledgeGraph.from_results([family, bare], gaz).g
    assert "trump" not in g
    assert not any("resolution" in d for _, d in g.nodes(data=True))
    assert g.has_edge("joe-biden", "donald-trump", "criticizes")
    assert "melania-trump" in g


@given(st.permutations(list(range(9))), st.integers(min_value=0, max_value=9))
@settings(max_examples=15, deadline=None)
def test_graph_gazetteer_resuming_from_the_graph_in_any_order_is_exact(order, split) -> None:
    """With the gazetteer, namesakes are known up front, so even graph-only resumption is exact."""
    if not GAZ_DIR.is_dir():
        pytest.skip("../shared/gazetteer is not present")
    if "gaz" not in _GAZ:  # hypothesis examples cannot take a module fixture
        _GAZ["gaz"] = Gazetteer.load(GAZ_DIR)
    gaz = _GAZ["gaz"]
    results = pool()
    expected = canonical(KnowledgeGraph.from_results(results, gaz).g)
    shuffled = [results[i] for i in order]
    resumed = KnowledgeGraph(KnowledgeGraph.from_results(shuffled[:split], gaz).g, gaz)
    resumed.add_results(shuffled[split:])
    assert canonical(resumed.g) == expected


_GAZ: dict[str, Gazetteer] = {}


def test_graph_extraction_noise_does_not_make_a_surname_ambiguous(gaz) -> None:
    known = article(
        "cruz-known",
        "2018-09-10",
        [person("Ted Cruz", "Sen. Ted Cruz"), person("Team Cruz")],  # a campaign misread
        [],
    )
    bare = article(
        "cruz-bare",
        "2018-09-11",
        [person("Cruz"), person("Beto O'Rourke")],
        [("Beto O'Rourke", "criticizes", "Cruz", "O'Rourke hammered Cruz on health care.")],
    )
    g = KnowledgeGraph.from_results([known, bare], gaz).g
    assert g.has_edge("beto-orourke", "ted-cruz", "criticizes")
    assert "team-cruz" in g  # still there, just no rival for the surname


def test_graph_gazetteer_title_record_beats_a_text_slip(gaz) -> None:
    family = article(
        "obamas",
        "2016-07-26",
        [
            person("Barack Obama", "President Barack Obama", offices=(OfficeHeld("President"),)),
            # extraction once gave the first lady her husband's title
            person("Michelle Obama", offices=(OfficeHeld("President"), OfficeHeld("First Lady"))),
        ],
        [],
    )
    bare = article(
        "undated",
        None,
        [person("Obama", "President Obama", offices=(OfficeHeld("President"),))],
        [],
    )
    g = KnowledgeGraph.from_results([family, bare], gaz).g
    assert "obama" not in g
    assert "undated" in g.nodes["barack-obama"]["documents"]
