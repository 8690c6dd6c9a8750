"""Round trip networkx -> RDF -> networkx on real extraction output: the seed, 200 articles."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from test_rdf_roundtrip import assert_same

from polkg.graph import KnowledgeGraph
from polkg.graph.gazetteer import Gazetteer
from polkg.ingest import read_documents
from polkg.ontology import graph_to_rdf, rdf_to_graph
from polkg.ontology.rdf import graph_from_quads, graph_quads
from polkg.pipeline import extract_documents

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "seed" / "hill-sessions-recusal.txt"
ALLSIDES = SHARED / "corpus" / "allsides" / "articles.jsonl"
GAZETTEER = SHARED / "gazetteer"


def corpus_graph(n_articles: int) -> KnowledgeGraph:
    if not (SEED.exists() and ALLSIDES.exists()):
        pytest.skip("../shared is not available")
    documents = itertools.chain(
        read_documents([SEED]), itertools.islice(read_documents([ALLSIDES]), n_articles)
    )
    gazetteer = Gazetteer.load(GAZETTEER) if GAZETTEER.exists() else None
    return KnowledgeGraph.from_results(extract_documents(documents, jobs=2), gazetteer=gazetteer)


@pytest.mark.slow  # a whole corpus or many parses
def test_rdf_roundtrip_exact_on_the_seed_graph():
    g = corpus_graph(0).g
    assert g.has_edge("jeff-sessions", "donald-trump", "criticizes")
    assert_same(g, rdf_to_graph(graph_to_rdf(g)))
    assert_same(g, graph_from_quads(graph_quads(g)))


@pytest.mark.slow
def test_rdf_roundtrip_exact_on_a_200_article_graph():
    g = corpus_graph(200).g
    assert len(g.graph["documents"]) == 201
    assert g.number_of_edges() > 50
    assert_same(g, graph_from_quads(graph_quads(g)))
    assert_same(g, rdf_to_graph(graph_to_rdf(g)))
