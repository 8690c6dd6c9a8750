"""Graphs for the export and viewer tests, built by hand in the schema of docs/ARCHITECTURE.md.

The seed graph uses real sentences, read at run time from ../shared (the seed article from The
Hill and one Wikinews article), so no article text is copied into the repository. The synthetic
graph is a large scale-free graph for the 5,000-node viewer check. Also the headless-Chromium
launcher shared by the browser tests and ``docs/screenshot.py``.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed" / "hill-sessions-recusal.txt"
WIKINEWS = SHARED / "corpus" / "wikinews" / "articles.jsonl"
SEED_ID, WN_ID = "hill-sessions-recusal", "wn2020_093"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-default-apps",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]

# (subject, relation, object, doc, words of the evidence sentence, rule)
SEED_EDGES = [
    (
        "jeff-sessions",
        "criticizes",
        "donald-trump",
        SEED_ID,
        "shot back at President Trump",
        "criticize.verb.shoot_back_at",
    ),
    (
        "donald-trump",
        "criticizes",
        "jeff-sessions",
        SEED_ID,
        'should "not trust',
        "criticize.quote.not_trust",
    ),
    (
        "donald-trump",
        "endorses",
        "tommy-tuberville",
        SEED_ID,
        "touted his endorsement",
        "endorse.noun.endorsement",
    ),
    (
        "tommy-tuberville",
        "opposes",
        "jeff-sessions",
        SEED_ID,
        "running against Sessions",
        "oppose.verb.run_against",
    ),
    (
        "jeff-sessions",
        "recused_from",
        "russia-investigation",
        SEED_ID,
        "recuse himself from",
        "recuse.verb.recuse",
    ),
    (
        "jeff-sessions",
        "recused_from",
        "russia-investigation",
        SEED_ID,
        "vocally defended his recusal",
        "recuse.noun.recusal",
    ),
    (
        "jeff-sessions",
        "criticizes",
        "tommy-tuberville",
        SEED_ID,
        "a coward",
        "criticize.quote.insult",
    ),
    (
        "jeff-sessions",
        "endorses",
        "donald-trump",
        SEED_ID,
        "first senator to endorse Trump",
        "endorse.verb.endorse",
    ),
    (
        "joe-biden",
        "criticizes",
        "donald-trump",
        WN_ID,
        "Biden criticized Trump",
        "criticize.verb.criticize",
    ),
    (
        "nancy-pelosi",
        "criticizes",
        "donald-trump",
        WN_ID,
        "Pelosi accused Trump",
        "criticize.verb.accuse",
    ),
]

# slug -> attributes
SEED_NODES: dict[str, dict[str, Any]] = {
    "jeff-sessions": {
        "type": "Person",
        "label": "Jeff Sessions",
        "bioguide": "S001141",
        "party": "Republican Party",
        "aliases": [
            "Former Attorney General Jeff Sessions",
            "Jeff Sessions",
            "Jefferson (Jeff) Beauregard Sessions",
            "Sessions",
        ],
        "offices": [
            {"title": "Attorney General", "status": "former", "doc": SEED_ID},
            {"title": "Senator", "status": "former", "qualifier": "Alabama", "doc": SEED_ID},
        ],
        "documents": [SEED_ID],
    },
    "donald-trump": {
        "type": "Person",
        "label": "Donald Trump",
        "wikidata": "Q22686",
        "party": "Republican Party",
        "aliases": ["Donald John Trump", "Donald Trump", "President Trump", "Trump"],
        "offices": [{"title": "President", "status": "current", "doc": SEED_ID}],
        "documents": [SEED_ID, WN_ID],
    },
    "tommy-tuberville": {
        "type": "Person",
        "label": "Tommy Tuberville",
        "aliases": ["Tommy Tuberville", "Tuberville"],
        "documents": [SEED_ID],
    },
    "russia-investigation": {
        "type": "Investigation",
        "label": "Russia investigation",
        "aliases": ["Justice Department’s Russia investigation", "Russia investigation"],
        "documents": [SEED_ID],
    },
    "justice-department": {
        "type": "GovernmentBody",
        "label": "Justice Department",
        "aliases": ["Justice Department"],
        "documents": [SEED_ID],
    },
    "robert-mueller": {
        "type": "Person",
        "label": "Robert Mueller",
        "aliases": ["Robert (Bob) Mueller", "Robert Mueller"],
        "offices": [{"title": "Special Counsel", "status": "former", "doc": SEED_ID}],
        "documents": [SEED_ID],
    },
    "doug-jones": {
        "type": "Person",
        "label": "Doug Jones",
        "aliases": ["Doug Jones", "Jones", "Sen. Doug Jones"],
        "party": "Democratic Party",
        "offices": [{"title": "Senator", "status": "current", "doc": SEED_ID}],
        "documents": [SEED_ID],
    },
    "roy-moore": {
        "type": "Person",
        "label": "Roy Moore",
        "aliases": ["Roy Moore", "Roy Stewart Moore"],
        "documents": [SEED_ID],
    },
    "republican-party": {
        "type": "PoliticalParty",
        "label": "Republican Party",
        "aliases": ["GOP", "Republicans"],
        "documents": [SEED_ID],
    },
    "joe-biden": {
        "type": "Person",
        "label": "Joe Biden",
        "aliases": ["Biden", "Joe Biden"],
        "documents": [WN_ID],
    },
    "nancy-pelosi": {
        "type": "Person",
        "label": "Nancy Pelosi",
        "aliases": ["House Speaker Nancy Pelosi", "Nancy Pelosi", "Pelosi"],
        "offices": [{"title": "Speaker of the House", "status": "current", "doc": WN_ID}],
        "documents": [WN_ID],
    },
}


def seed_documents() -> dict[str, dict[str, Any]]:
    """doc id -> {title, date, url, outlet, text}; FileNotFoundError when ../shared is absent."""
    from polkg.ingest import clean_text

    text, _ = clean_text(SEED.read_text(encoding="utf-8"))
    docs = {
        SEED_ID: {
            "title": text.splitlines()[0].strip(),
            "date": "2020-07-11",
            "url": None,
            "outlet": "The Hill",
            "text": text,
        }
    }
    for line in WIKINEWS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == WN_ID:
            docs[WN_ID] = {k: record.get(k) for k in ("title", "date", "url", "outlet", "text")}
    return docs


def seed_graph() -> nx.MultiDiGraph:
    """The seed article's graph (plus two critics of Trump from a Wikinews article)."""
    docs = seed_documents()
    g = nx.MultiDiGraph(
        documents={
            k: {f: v[f] for f in ("title", "date", "url", "outlet")} for k, v in docs.items()
        }
    )
    for slug, attrs in SEED_NODES.items():
        g.add_node(slug, **attrs)
    for subject, relation, obj, doc, words, rule in SEED_EDGES:
        sentence, start, end = find_sentence(docs[doc]["text"], words)
        evidence = {
            "doc": doc,
            "sentence": sentence,
            "start": start,
            "end": end,
            "date": docs[doc]["date"],
            "confidence": 0.9,
            "rule": rule,
        }
        add_evidence(g, subject, relation, obj, evidence)
    return g


def add_evidence(
    g: nx.MultiDiGraph, subject: str, relation: str, obj: str, evidence: dict[str, Any]
) -> None:
    """Merge one evidence item into the (subject, relation, object) edge, as polkg.graph does."""
    if not g.has_edge(subject, obj, key=relation):
        g.add_edge(subject, obj, key=relation, relation=relation, evidence=[])
    d = g.edges[subject, obj, relation]
    d["evidence"] = sorted(
        [*d["evidence"], evidence], key=lambda e: (e["date"] or "", e["doc"], e["start"])
    )
    dates = [e["date"] for e in d["evidence"] if e["date"]]
    d["n_documents"] = len({e["doc"] for e in d["evidence"]})
    d["confidence"] = max(e["confidence"] for e in d["evidence"])
    if dates:
        d["first_date"], d["last_date"] = min(dates), max(dates)


def find_sentence(text: str, words: str) -> tuple[str, int, int]:
    """The sentence of ``text`` containing ``words`` with its character offsets."""
    at = text.index(words)
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?”\"])\s+|\n+", text)]
    start = max(s for s in starts if s <= at)
    stop = re.search(r"[.!?][”\"]?(?=\s|$)", text[at:])
    end = at + stop.end() if stop else len(text)
    return text[start:end].strip(), start, end


def synthetic_graph(n_nodes: int = 5000, seed: int = 7) -> nx.MultiDiGraph:
    """A scale-free graph of ``n_nodes`` actors with one dated evidence sentence per edge."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(n_nodes, 1, seed=seed)
    types = ["Person"] * 6 + ["PoliticalParty", "GovernmentBody", "Organization", "Investigation"]
    relations = ["endorses", "criticizes", "criticizes", "opposes", "recused_from"]
    docs = {
        f"doc-{i}": {
            "title": f"Report {i}",
            "date": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "url": f"https://example.org/{i}",
            "outlet": "Example",
        }
        for i in range(200)
    }
    g = nx.MultiDiGraph(documents=docs)
    for i in range(n_nodes):
        g.add_node(
            f"actor-{i}",
            type=rng.choice(types),
            label=f"Actor {i}",
            aliases=[f"Actor {i}"],
            documents=[],
        )
    for u, v in shape.edges():
        if rng.random() < 0.5:
            u, v = v, u
        relation, doc = rng.choice(relations), f"doc-{rng.randrange(200)}"
        sentence = f"Actor {u} {relation.replace('_', ' ')} Actor {v}."
        evidence = {
            "doc": doc,
            "sentence": sentence,
            "start": 0,
            "end": len(sentence),
            "date": docs[doc]["date"],
            "confidence": 0.8,
            "rule": "synthetic",
        }
        add_evidence(g, f"actor-{u}", relation, f"actor-{v}", evidence)
    return g


def article_sized_graph(n_nodes: int, n_edges: int, seed: int = 11) -> nx.MultiDiGraph:
    """``n_nodes`` actors, all in a relation, and ``n_edges`` relations, the counts a real ingest
    gives (see the browser test); a few hubs as in news (each actor links to an earlier one
    by preferential attachment, then the remaining edges likewise), labels of realistic length."""
    rng = random.Random(seed)
    first = ["Nancy", "Mitch", "Chuck", "Kevin", "Lindsey", "Elizabeth", "Bernie", "Kamala"]
    last = ["Pelosi", "McConnell", "Schumer", "McCarthy", "Graham", "Warren", "Sanders", "Harris"]
    docs = {f"doc-{i}": {"title": f"Report {i}", "date": f"2020-{1 + i % 12:02d}-01", "url": None,
                         "outlet": None} for i in range(500)}  # fmt: skip
    g = nx.MultiDiGraph(documents=docs)
    weights: list[int] = []
    for i in range(n_nodes):
        label = f"{rng.choice(first)} {rng.choice(last)}-{i}"
        g.add_node(f"actor-{i}", type="Person", label=label, aliases=[label], documents=[])
        weights.append(1)
    relations = ["endorses", "criticizes", "criticizes", "opposes"]

    def link(u: int, v: int) -> None:
        relation, doc = rng.choice(relations), f"doc-{rng.randrange(500)}"
        sentence = f"Actor {u} {relation} actor {v} in a sentence of ordinary news length."
        evidence = {"doc": doc, "sentence": sentence, "start": 0, "end": len(sentence),
                    "date": docs[doc]["date"], "confidence": 0.8, "rule": "synthetic"}  # fmt: skip
        add_evidence(g, f"actor-{u}", relation, f"actor-{v}", evidence)
        weights[u] += 1
        weights[v] += 1

    for i in range(1, n_nodes):
        link(i, rng.choices(range(i), weights[:i])[0])
    while g.number_of_edges() < n_edges:
        u, v = rng.choices(range(n_nodes), weights, k=2)
        if u != v:
            link(u, v)
    return g


def chromium_path() -> str | None:
    """Debian's chromium, or None when it is not installed (browser tests then skip)."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


@contextmanager
def offline_page(
    tmp_dir: Path, width: int = 1400, height: int = 850, playwright: Any = None
) -> Iterator[tuple[Any, list[str]]]:
    """A Playwright page in headless Debian Chromium with the network blocked.

    Yields ``(page, requests)``: every request the page issues is recorded in ``requests`` and
    aborted unless it is a ``file://`` URL; the browser context is offline as well. Pass a
    running ``playwright`` to share it (the sync API allows one per thread).
    """
    if playwright is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            with offline_page(tmp_dir, width, height, p) as opened:
                yield opened
        return
    requests: list[str] = []
    context = playwright.chromium.launch_persistent_context(
        str(tmp_dir / "profile"),
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_ARGS,
        offline=True,
        viewport={"width": width, "height": height},
        service_workers="block",
    )
    try:
        context.on("request", lambda r: requests.append(r.url))
        context.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())
        page = context.pages[0] if context.pages else context.new_page()
        yield page, requests
    finally:
        context.close()
