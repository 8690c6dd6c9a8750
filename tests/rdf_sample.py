"""Hand-built graphs in the networkx schema of docs/ARCHITECTURE.md, for the RDF and store tests.

The sentences are short paraphrases (not copied article text) of what the seed article and two
imagined follow-ups say, so the tests need nothing from ../shared.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

DOCS = {
    "hill-sessions-recusal": {
        "title": "Sessions fires back at Trump over recusal",
        "date": "2020-07-11",
        "url": "https://thehill.com/homenews/campaign/506966-sessions-fires-back-at-trump",
        "outlet": "The Hill",
    },
    "campaign-2016": {
        "title": "Sessions backs Trump",
        "date": "2016-02-28",
        "url": None,
        "outlet": None,
    },
    "undated-note": {"title": "A note without a date", "date": None, "url": None, "outlet": None},
}


def evidence(doc: str, sentence: str, start: int, confidence: float, rule: str) -> dict[str, Any]:
    return {
        "doc": doc,
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "date": DOCS[doc]["date"],
        "confidence": confidence,
        "rule": rule,
    }


def _edge(g: nx.MultiDiGraph, u: str, v: str, relation: str, items: list[dict[str, Any]]) -> None:
    items = sorted(items, key=lambda e: (e["date"] or "", e["doc"], e["start"]))
    dates = sorted(e["date"] for e in items if e["date"])
    attrs: dict[str, Any] = {
        "relation": relation,
        "evidence": items,
        "n_documents": len({e["doc"] for e in items}),
        "confidence": max(e["confidence"] for e in items),
    }
    if dates:
        attrs["first_date"], attrs["last_date"] = dates[0], dates[-1]
    g.add_edge(u, v, key=relation, **attrs)


def seed_graph() -> nx.MultiDiGraph:
    """Sessions, Trump and friends: every relation type, offices, parties, a stance that flips."""
    g = nx.MultiDiGraph()
    g.graph["documents"] = {k: dict(v) for k, v in DOCS.items()}
    g.add_node(
        "jeff-sessions",
        type="Person",
        label="Jeff Sessions",
        aliases=["Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions", "Sessions"],
        wikidata="Q358443",
        bioguide="S001141",
        party="Republican Party",
        offices=[
            {"title": "Attorney General", "status": "former", "doc": "hill-sessions-recusal"},
            {
                "title": "Senator",
                "status": "former",
                "qualifier": "Alabama",
                "doc": "hill-sessions-recusal",
            },
        ],
        documents=["campaign-2016", "hill-sessions-recusal"],
    )
    g.add_node(
        "donald-trump",
        type="Person",
        label="Donald Trump",
        aliases=["Donald John Trump", "Donald Trump", "President Trump", "Trump"],
        wikidata="Q22686",
        offices=[
            {"title": "President", "status": "current", "doc": "hill-sessions-recusal"},
            {
                "title": "President",
                "source": "gazetteer",
                "start": "2017-01-20",
                "end": "2021-01-20",
            },
        ],
        documents=["campaign-2016", "hill-sessions-recusal", "undated-note"],
    )
    g.add_node(
        "tommy-tuberville",
        type="Person",
        label="Tommy Tuberville",
        aliases=["Tommy Tuberville", "Tuberville"],
        offices=[],
        documents=["hill-sessions-recusal"],
    )
    g.add_node(
        "doug-jones",
        type="Person",
        label="Doug Jones",
        aliases=["Doug Jones"],
        party="Democratic Party",
        offices=[{"title": "Senator", "status": "current", "doc": "undated-note"}],
        documents=["undated-note"],
    )
    g.add_node(
        "democratic-party",
        type="PoliticalParty",
        label="Democratic Party",
        aliases=["Democratic Party", "Democrats"],
        offices=[],
        documents=["undated-note"],
    )
    g.add_node(
        "russia-investigation",
        type="Investigation",
        label="Russia investigation",
        aliases=["Russia investigation", "Russia probe"],
        offices=[],
        documents=["hill-sessions-recusal"],
    )
    hill = "hill-sessions-recusal"
    _edge(
        g,
        "jeff-sessions",
        "donald-trump",
        "criticizes",
        [
            evidence(
                hill, "Sessions shot back at Trump over the recusal.", 90, 0.9, "criticize.verb"
            ),
            evidence(hill, "Sessions offered a rare rebuke of the president.", 400, 0.8, "rebuke"),
        ],
    )
    _edge(
        g,
        "jeff-sessions",
        "donald-trump",
        "endorses",
        [evidence("campaign-2016", "Sessions endorsed Trump.", 0, 0.95, "endorse.verb")],
    )
    _edge(
        g,
        "donald-trump",
        "jeff-sessions",
        "criticizes",
        [evidence(hill, "Trump told voters not to trust Sessions.", 700, 0.85, "criticize.verb")],
    )
    _edge(
        g,
        "donald-trump",
        "tommy-tuberville",
        "endorses",
        [evidence(hill, "Trump touted his endorsement of Tuberville.", 820, 0.9, "endorse.noun")],
    )
    _edge(
        g,
        "tommy-tuberville",
        "jeff-sessions",
        "opposes",
        [evidence(hill, "Tuberville is running against Sessions.", 900, 0.7, "oppose.run_against")],
    )
    _edge(
        g,
        "jeff-sessions",
        "russia-investigation",
        "recused_from",
        [evidence(hill, "Sessions recused himself from the Russia probe.", 150, 0.9, "recuse")],
    )
    _edge(
        g,
        "doug-jones",
        "donald-trump",
        "criticizes",
        [evidence("undated-note", "Jones faulted Trump.", 10, 0.6, "criticize.verb")],
    )
    return g


def odd_graph() -> nx.MultiDiGraph:
    """Everything the schema does not promise: None, extra keys, odd keys, unsorted lists."""
    g = nx.MultiDiGraph(
        name="odd", documents={"d/1 ü": {"title": "T", "date": "2020-13-45", "url": "not a url"}}
    )
    g.add_node("plain")
    g.add_node("quotes", type="Person", label='He said "no"\n\tback\\slash\r\x01 ✓ \\u0041')
    g.add_node(
        "ünïcode slug/with spaces",
        type="Spaceship",
        label=None,
        aliases=["b", "a", "a"],
        party="Green Party",
        wikidata="not-a-qid",
        score=3,
        nested={"k": [1, 2.5, None, "x"]},
        offices=[{"title": "Mayor", "status": "unknown", "doc": "d/1 ü", "qualifier": None}],
    )
    g.add_node("green-party", type="Person", label="Someone else", offices="not a list")
    g.add_node("x", type="Place", label="X", aliases=[], documents=[], party="Party of X")
    g.add_node("y", type="Place", label="Y", party="Party of X", offices=[])
    g.add_node("z", party="party-of-x")  # the same stand-in slug as "Party of X"
    item = {
        "doc": "d/1 ü",
        "sentence": "",
        "start": 5,
        "end": 5,
        "date": None,
        "confidence": 1,
        "rule": "",
        "extra_field": True,
    }
    g.add_edge(
        "plain",
        "x",
        key="criticizes",
        relation="criticizes",
        evidence=[dict(item), dict(item), dict(item, start=1, doc=None)],
        n_documents=1,
        confidence=1.0,
        first_date="yesterday",
    )
    g.add_edge("x", "x", key="praises_loudly", relation="praises", evidence=[])
    g.add_edge("x", "plain", key="weird key!", weight=0.5)
    return g
