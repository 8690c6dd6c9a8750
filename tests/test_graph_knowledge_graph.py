"""KnowledgeGraph: merging hand-built DocumentResults (real names and sentences of the corpus).

The seed article's sentences are quoted with their offsets only as strings the tests carry
themselves (a short paraphrase where no text is needed), so nothing here reads ../shared.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from polkg.graph import KnowledgeGraph
from polkg.model import Assertion, Document, DocumentResult, EntityRecord, OfficeHeld

SHOT_BACK = (
    "Former Attorney General Jeff Sessions shot back at President Trump over his decision to "
    "recuse himself from the Justice Department's Russia investigation."
)
NOT_TRUST = (
    "The rare broadside came in response to a tweet from Trump telling Alabamians they should "
    '"not trust" Sessions because of his recusal.'
)
TOUTED = (
    "The president also touted his endorsement of former Auburn University football coach "
    "Tommy Tuberville, who is running against Sessions in the Senate race."
)


def person(name: str, *aliases: str, offices: tuple[OfficeHeld, ...] = (), party=None):
    return EntityRecord(
        name=name, type="Person", aliases=[name, *aliases], offices=list(offices), party=party
    )


def assertion(doc: Document, subj: str, rel: str, obj: str, sentence: str, **kw: Any) -> Assertion:
    start = kw.pop("start", 0)
    return Assertion(
        doc=doc.id,
        subject=subj,
        subject_type=kw.pop("subject_type", "Person"),
        relation=rel,
        object=obj,
        object_type=kw.pop("object_type", "Person"),
        evidence=sentence,
        start=start,
        end=start + len(sentence),
        confidence=kw.pop("confidence", 0.9),
        rule=kw.pop("rule", "test.rule"),
        date=doc.date,
        **kw,
    )


def seed_result() -> DocumentResult:
    """What extraction should make of ../shared/corpus/seed/hill-sessions-recusal.txt."""
    doc = Document(
        id="hill-sessions-recusal",
        text="",
        title="Sessions fires back at Trump over recusal",
        date="2020-07-11",
        url="https://thehill.com/homenews/campaign/506966",
        outlet="The Hill",
        aliases=(
            ("Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions"),
            ("President Trump", "Donald John Trump"),
        ),
    )
    entities = [
        person(
            "Jeff Sessions",
            "Sessions",
            "Former Attorney General Jeff Sessions",
            offices=(
                OfficeHeld("Attorney General", "former"),
                OfficeHeld("Senator", "former", "Alabama"),
            ),
        ),
        person("Donald Trump", "Trump", "President Trump", offices=(OfficeHeld("President"),)),
        person("Tommy Tuberville", "Tuberville"),
        person(
            "Doug Jones",
            "Jones",
            "Democratic Sen. Doug Jones",
            offices=(OfficeHeld("Senator"),),
            party="Democratic Party",
        ),
        person("Roy Moore", "Roy Stewart Moore", "Moore"),
        EntityRecord(
            "Russia investigation",
            "Investigation",
            aliases=["Russia investigation", "the Justice Department's Russia investigation"],
        ),
        EntityRecord("Justice Department", "GovernmentBody", aliases=["the Justice Department"]),
    ]
    assertions = [
        assertion(doc, "Jeff Sessions", "criticizes", "Donald Trump", SHOT_BACK, start=81),
        assertion(doc, "Donald Trump", "criticizes", "Jeff Sessions", NOT_TRUST, start=1200),
        assertion(doc, "Donald Trump", "endorses", "Tommy Tuberville", TOUTED, start=1340),
        assertion(doc, "Tommy Tuberville", "opposes", "Jeff Sessions", TOUTED, start=1340),
        assertion(
            doc,
            "Jeff Sessions",
            "recused_from",
            "Russia investigation",
            SHOT_BACK,
            start=81,
            object_type="Investigation",
        ),
        assertion(
            doc,
            "Jeff Sessions",
            "endorses",
            "Tommy Tuberville",
            "Sessions did not endorse Tuberville.",
            start=2000,
            negated=True,
        ),
        assertion(
            doc,
            "Roy Moore",
            "endorses",
            "Doug Jones",
            "Moore might endorse Jones.",
            start=2100,
            hedged=True,
        ),
    ]
    return DocumentResult(doc, entities, assertions)


def article(doc_id: str, date: str | None, entities, triples) -> DocumentResult:
    """A small follow-up article: ``triples`` are (subject, relation, object, sentence)."""
    doc = Document(id=doc_id, text="", title=doc_id, date=date)
    assertions = [
        assertion(doc, s, r, o, sentence, start=100 * i)
        for i, (s, r, o, sentence) in enumerate(triples)
    ]
    return DocumentResult(doc, entities, assertions)


def trump_articles() -> list[DocumentResult]:
    """Three articles naming Trump three ways (allsides style)."""
    return [
        article(
            "trump-a",
            "2017-03-02",
            [person("Donald Trump", "Trump"), person("Jeff Sessions", "Sessions")],
            [
                (
                    "Donald Trump",
                    "endorses",
                    "Jeff Sessions",
                    "Trump said he has total confidence in Sessions.",
                )
            ],
        ),
        article(
            "trump-b",
            "2018-08-23",
            [person("Donald John Trump", "Donald Trump"), person("Jeff Sessions", "Jeff Sessions")],
            [
                (
                    "Donald John Trump",
                    "criticizes",
                    "Jeff Sessions",
                    "Trump attacked Attorney General Jeff Sessions on Thursday.",
                )
            ],
        ),
        article(
            "trump-c",
            "2018-11-07",
            [
                person("Trump", "President Trump", offices=(OfficeHeld("President"),)),
                person("Jeff Sessions", "Attorney General Jeff Sessions"),
            ],
            [
                (
                    "Trump",
                    "criticizes",
                    "Jeff Sessions",
                    "President Trump forced out Attorney General Jeff Sessions.",
                )
            ],
        ),
    ]


def canonical(g: nx.MultiDiGraph) -> str:
    """Everything in the graph as sorted JSON, to compare graphs exactly."""
    return json.dumps(
        {
            "graph": g.graph,
            "nodes": sorted([n, d] for n, d in g.nodes(data=True)),
            "edges": sorted([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)),
        },
        sort_keys=True,
    )


def test_graph_seed_edges_carry_evidence_and_schema() -> None:
    kg = KnowledgeGraph.from_results([seed_result()])
    g = kg.g
    assert isinstance(g, nx.MultiDiGraph)
    assert g.graph["documents"]["hill-sessions-recusal"]["date"] == "2020-07-11"
    edge = g.edges["jeff-sessions", "donald-trump", "criticizes"]
    assert edge["relation"] == "criticizes"
    assert edge["n_documents"] == 1
    assert edge["first_date"] == edge["last_date"] == "2020-07-11"
    assert edge["confidence"] == 0.9
    (ev,) = edge["evidence"]
    assert ev == {
        "doc": "hill-sessions-recusal",
        "sentence": SHOT_BACK,
        "start": 81,
        "end": 81 + len(SHOT_BACK),
        "date": "2020-07-11",
        "confidence": 0.9,
        "rule": "test.rule",
    }
    assert g.has_edge("jeff-sessions", "russia-investigation", "recused_from")
    assert g.nodes["russia-investigation"]["type"] == "Investigation"
    node = g.nodes["jeff-sessions"]
    assert node["label"] == "Jeff Sessions"
    assert "Jefferson (Jeff) Beauregard Sessions" in node["aliases"]  # from the link card
    assert node["aliases"] == sorted(node["aliases"])
    assert node["documents"] == ["hill-sessions-recusal"]
    assert {"title": "Attorney General", "status": "former", "doc": "hill-sessions-recusal"} in (
        node["offices"]
    )
    assert g.nodes["doug-jones"]["party"] == "Democratic Party"
    assert "wikidata" not in node  # no gazetteer given


def test_graph_negated_and_hedged_assertions_make_no_edges() -> None:
    g = KnowledgeGraph.from_results([seed_result()]).g
    assert not g.has_edge("jeff-sessions", "tommy-tuberville", "endorses")
    assert not g.has_edge("roy-moore", "doug-jones")
    # the entities themselves are still there
    assert "roy-moore" in g and "tommy-tuberville" in g


def test_graph_ingesting_a_document_again_changes_nothing() -> None:
    kg = KnowledgeGraph.from_results([seed_result()])
    before = canonical(kg.g)
    assert kg.add_result(seed_result()) is False
    assert kg.add_results([seed_result(), *trump_articles()]) == 3
    assert kg.add_results(trump_articles()) == 0
    after = canonical(kg.g)
    assert after != before
    assert kg.add_result(seed_result()) is False
    assert canonical(kg.g) == after


def test_graph_three_articles_naming_trump_differently_make_one_node() -> None:
    g = KnowledgeGraph.from_results([seed_result(), *trump_articles()]).g
    trumps = [n for n, d in g.nodes(data=True) if "trump" in d["label"].lower()]
    assert trumps == ["donald-trump"]
    node = g.nodes["donald-trump"]
    assert node["label"] == "Donald Trump"
    for alias in ("Trump", "Donald Trump", "President Trump", "Donald John Trump"):
        assert alias in node["aliases"]
    assert node["documents"] == ["hill-sessions-recusal", "trump-a", "trump-b", "trump-c"]
    edge = g.edges["donald-trump", "jeff-sessions", "criticizes"]
    assert edge["n_documents"] == 3
    assert (edge["first_date"], edge["last_date"]) == ("2018-08-23", "2020-07-11")
    dates = [e["date"] for e in edge["evidence"]]
    assert dates == sorted(dates)


def test_graph_offices_accumulate_with_their_document() -> None:
    g = KnowledgeGraph.from_results([seed_result(), *trump_articles()]).g
    offices = g.nodes["donald-trump"]["offices"]
    assert {"title": "President", "status": "current", "doc": "hill-sessions-recusal"} in offices
    assert {"title": "President", "status": "current", "doc": "trump-c"} in offices


def test_graph_jeff_and_pete_sessions_stay_apart() -> None:
    pete = article(
        "pete-sessions-texas",
        "2020-03-04",
        [person("Pete Sessions", "Sessions", "former Rep. Pete Sessions"), person("Donald Trump")],
        [
            (
                "Donald Trump",
                "endorses",
                "Pete Sessions",
                "Trump endorsed former Rep. Pete Sessions.",
            )
        ],
    )
    g = KnowledgeGraph.from_results([seed_result(), pete]).g
    assert {"jeff-sessions", "pete-sessions"} <= set(g)
    assert g.has_edge("donald-trump", "pete-sessions", "endorses")
    assert not g.has_edge("donald-trump", "jeff-sessions", "endorses")


def test_graph_bare_surname_is_not_guessed_when_two_people_share_it() -> None:
    pete = article("pete", "2020-03-04", [person("Pete Sessions")], [])
    bare = article(
        "bare-sessions",
        "2020-07-15",
        [person("Sessions", "Sessions"), person("Donald Trump")],
        [("Donald Trump", "criticizes", "Sessions", "Trump again mocked Sessions.")],
    )
    g = KnowledgeGraph.from_results([seed_result(), pete, bare]).g
    assert g.nodes["sessions"]["label"] == "Sessions"
    assert g.has_edge("donald-trump", "sessions", "criticizes")
    assert g.edges["donald-trump", "jeff-sessions", "criticizes"]["n_documents"] == 1
    # ... but the title the text uses decides it: only Jeff was Attorney General
    titled = article(
        "titled-sessions",
        "2020-07-16",
        [person("Sessions", "Attorney General Sessions")],
        [],
    )
    g = KnowledgeGraph.from_results([seed_result(), pete, titled]).g
    assert "sessions" not in g
    assert "titled-sessions" in g.nodes["jeff-sessions"]["documents"]


def test_graph_bare_surname_joins_the_only_person_with_it() -> None:
    bare = article(
        "bare-tuberville",
        "2020-07-20",
        [person("Tuberville")],
        [("Tuberville", "criticizes", "Jeff Sessions", "Tuberville called Sessions a liar.")],
    )
    g = KnowledgeGraph.from_results([seed_result(), bare]).g
    assert "tuberville" not in g
    assert g.has_edge("tommy-tuberville", "jeff-sessions", "criticizes")


def all_results() -> list[DocumentResult]:
    pete = article(
        "pete",
        "2020-03-04",
        [person("Pete Sessions")],
        [("Donald Trump", "endorses", "Pete Sessions", "Trump endorsed Pete Sessions.")],
    )
    bare = article(
        "bare",
        "2019-01-01",
        [person("Sessions")],
        [("Sessions", "criticizes", "Donald Trump", "Sessions hit Trump.")],
    )
    return [seed_result(), *trump_articles(), pete, bare]


@pytest.mark.parametrize("split", [1, 2, 3, 5])
def test_graph_batches_give_the_same_graph_as_one_batch(split: int) -> None:
    results = all_results()
    once = canonical(KnowledgeGraph.from_results(results).g)
    a, b = results[:split], results[split:]
    kg = KnowledgeGraph.from_results(a)
    kg.add_results(b)
    assert canonical(kg.g) == once
    assert canonical(KnowledgeGraph.from_results(b + a).g) == once
    assert canonical(KnowledgeGraph.from_results(results[::-1]).g) == once
    # through the graph alone, as the store does: rebuild from A's graph, then add B
    resumed = KnowledgeGraph(KnowledgeGraph.from_results(a).g)
    resumed.add_results(b)
    assert canonical(resumed.g) == once


def test_graph_rebuilt_from_its_own_graph_is_equal() -> None:
    g = KnowledgeGraph.from_results(all_results()).g
    assert canonical(KnowledgeGraph(g).g) == canonical(g)


def test_graph_node_for_resolves_names() -> None:
    kg = KnowledgeGraph.from_results([seed_result(), *trump_articles()])
    assert kg.node_for("President Trump", "Person") == "donald-trump"
    assert kg.node_for("Donald John Trump", "Person") == "donald-trump"
    assert kg.node_for("Jefferson Sessions", "Person") == "jeff-sessions"
    assert kg.node_for("the Russia investigation", "Investigation") == "russia-investigation"
    assert kg.node_for("Pete Sessions", "Person") is None
    assert kg.node_for("Nancy Pelosi", "Person") is None


def test_graph_slug_collision_between_types_is_suffixed() -> None:
    doc = article(
        "alabama",
        "2020-07-01",
        [
            EntityRecord("Alabama", "Place", aliases=["Alabama"]),
            EntityRecord("Alabama", "Organization", aliases=["Alabama"]),
        ],
        [],
    )
    g = KnowledgeGraph.from_results([doc]).g
    assert g.nodes["alabama"]["type"] == "Organization"  # higher priority than Place
    assert g.nodes["alabama-place"]["type"] == "Place"


def test_graph_assertion_about_unlisted_entity_gets_a_node() -> None:
    doc = article(
        "unlisted",
        "2020-01-01",
        [person("Mitch McConnell")],
        [("Mitch McConnell", "criticizes", "Chuck Schumer", "McConnell blasted Schumer.")],
    )
    g = KnowledgeGraph.from_results([doc]).g
    assert g.has_edge("mitch-mcconnell", "chuck-schumer", "criticizes")
    assert g.nodes["chuck-schumer"]["type"] == "Person"


def pool() -> list[DocumentResult]:
    """Documents whose resolution interacts: bare surnames, namesakes, a son, a link card."""
    extra = [
        article("jr", "2019-05-01", [person("Donald Trump Jr.", "Trump Jr.")], []),
        article(
            "melania",
            "2019-05-02",
            [person("Melania Trump", "first lady Melania Trump"), person("Trump")],
            [("Melania Trump", "endorses", "Trump", "Melania Trump praised Trump.")],
        ),
        article(
            "mueller-card",
            "2019-03-22",
            [person("Robert Mueller", "Robert (Bob) Mueller"), person("Bob Mueller")],
            [("Bob Mueller", "criticizes", "Donald Trump", "Mueller rebuked Trump.")],
        ),
    ]
    return [*all_results(), *extra]


@given(st.permutations(list(range(9))), st.integers(min_value=0, max_value=9))
@settings(max_examples=25, deadline=None)
def test_graph_any_order_and_split_gives_the_same_graph(order: list[int], split: int) -> None:
    results = pool()
    expected = canonical(KnowledgeGraph.from_results(results).g)
    shuffled = [results[i] for i in order]
    kg = KnowledgeGraph.from_results(shuffled[:split])
    kg.add_results(shuffled[split:])
    assert canonical(kg.g) == expected


def test_graph_resumed_from_a_graph_undoes_an_earlier_bare_surname_link() -> None:
    """The graph records which documents named a person by surname only (``surname_mentions``).

    "Sessions" alone, while Jeff Sessions is the only Sessions known, joins him; when Pete
    Sessions arrives in a later batch, the surname is re-resolved from that record, as one
    batch would have done it.
    """
    bare = article("bare", "2019-01-01", [person("Sessions")], [])
    pete = article("pete", "2020-03-04", [person("Pete Sessions")], [])
    once = KnowledgeGraph.from_results([seed_result(), bare, pete]).g
    assert "sessions" in once
    first = KnowledgeGraph.from_results([seed_result(), bare]).g
    assert [m["doc"] for m in first.nodes["jeff-sessions"]["surname_mentions"]] == ["bare"]
    resumed = KnowledgeGraph(first)
    resumed.add_result(pete)
    assert canonical(resumed.g) == canonical(once)
    assert "bare" not in resumed.g.nodes["jeff-sessions"]["documents"]


def test_graph_party_node_takes_the_canonical_party_name() -> None:
    doc = article(
        "gop",
        "2017-12-13",
        [EntityRecord("GOP", "PoliticalParty", aliases=["GOP"])],
        [],
    )
    other = article(
        "republicans",
        "2017-12-14",
        [EntityRecord("Republican Party", "PoliticalParty", aliases=["Republicans"])],
        [],
    )
    g = KnowledgeGraph.from_results([doc, other]).g
    assert list(g) == ["republican-party"]
    assert g.nodes["republican-party"]["label"] == "Republican Party"
    assert g.nodes["republican-party"]["aliases"] == ["GOP", "Republican Party", "Republicans"]


def test_graph_resumed_graph_knows_its_documents() -> None:
    kg = KnowledgeGraph(KnowledgeGraph.from_results([seed_result()]).g)
    assert kg.documents == {"hill-sessions-recusal"}
    assert kg.add_result(seed_result()) is False
    assert kg.add_result(trump_articles()[0]) is True
    assert kg.g.edges["donald-trump", "jeff-sessions", "endorses"]["n_documents"] == 1


def test_graph_label_prefers_the_name_as_normally_written() -> None:
    loud = article("loud", "2017-05-10", [person("JAMES COMEY")], [])
    quiet = article("quiet", "2017-05-11", [person("James B. Comey"), person("Doug Jones")], [])
    g = KnowledgeGraph.from_results([loud, quiet]).g
    assert [n for n in g if "comey" in n] == ["james-b-comey"]
    assert g.nodes["james-b-comey"]["label"] == "James B. Comey"  # "JAMES COMEY" shouts
    again = article("again", "2017-05-12", [person("James Comey")], [])
    g = KnowledgeGraph.from_results([loud, quiet, again]).g
    assert [n for n in g if "comey" in n] == ["james-comey"]


def test_graph_assigning_a_graph_resumes_from_it() -> None:
    kg = KnowledgeGraph()
    kg.g = KnowledgeGraph.from_results([seed_result()]).g
    assert kg.documents == {"hill-sessions-recusal"}
    assert kg.add_result(seed_result()) is False
    assert "jeff-sessions" in kg.g
