"""The on-disk store: save/load round trip, atomic generations, queries, errors, result formats."""

from __future__ import annotations

import csv
import io
import json
import os

import networkx as nx
import pyoxigraph as ox
import pytest
from rdf_sample import seed_graph

from polkg.errors import PolkgError
from polkg.ontology.rdf import graph_nquads
from polkg.store import (
    QUERIES_DIR,
    Store,
    format_results,
    parameter_bindings,
    rdflib_bindings,
    read_query,
    term_hint,
)
from polkg.store.store import LIVE, LOCK


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Store:
    """One stored seed graph shared by the tests that only read."""
    store = Store(tmp_path_factory.mktemp("store") / "kg")
    store.save_graph(seed_graph())
    return store


@pytest.fixture
def store(tmp_path) -> Store:
    """A store of its own, for tests that write."""
    store = Store(tmp_path / "kg")
    store.save_graph(seed_graph())
    return store


def test_store_new_store_is_empty(tmp_path):
    store = Store(tmp_path / "new")
    assert store.load_graph().number_of_nodes() == 0
    assert store.triple_count() == 0 and store.documents() == set()


def test_store_save_then_load_gives_the_same_graph(saved):
    g = seed_graph()
    back = saved.load_graph()
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)
    }
    assert back.graph == g.graph


def test_store_saving_the_same_graph_again_changes_nothing(store):
    before = store.triple_count()
    quads = sorted(str(q) for q in store.quads())
    store.save_graph(seed_graph())
    assert store.triple_count() == before
    assert sorted(str(q) for q in store.quads()) == quads


def test_store_save_leaves_its_generation_closed(store):
    """The writer is closed before ``live`` points at its generation: RocksDB's lock refuses
    to open a store for writing while this process still holds it open."""
    store.save_graph(seed_graph())
    quads = sorted(str(q) for q in store.quads())
    store.close()
    live = store.path / os.readlink(store.path / LIVE)
    reopened = ox.Store(str(live))  # OSError "lock hold by current process" if still open
    assert sorted(str(q) for q in reopened) == quads


@pytest.mark.slow  # a whole corpus or many parses
def test_store_keeps_only_live_and_previous_generation(store):
    for _ in range(3):
        store.save_graph(seed_graph())
    names = sorted(p.name for p in store.path.iterdir())
    assert names == ["db-000003", "db-000004", LIVE, LOCK]
    assert os.readlink(store.path / LIVE) == "db-000004"


@pytest.mark.slow  # a whole corpus or many parses
def test_store_interrupted_write_leaves_the_previous_graph(store, monkeypatch):
    """A writer that dies before the swap leaves ``live`` on the last complete generation."""
    before = store.triple_count()
    g = seed_graph()
    g.add_node("new-person", type="Person", label="New Person")

    def crash(*_args):
        raise KeyboardInterrupt  # as if killed between loading and the swap

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        store.save_graph(g)
    monkeypatch.undo()
    reader = Store(store.path)
    assert reader.triple_count() == before and "new-person" not in reader.load_graph()
    reader.save_graph(g)  # the debris of the failed write is cleared by the next one
    assert "new-person" in Store(store.path).load_graph()


def test_store_second_writer_gets_a_locked_error(store):
    other = Store(store.path)
    with store.writing():
        with pytest.raises(PolkgError, match="locked"):
            other.save_graph(seed_graph())
    other.save_graph(seed_graph())


def test_store_documents_lists_ingested_documents(saved):
    assert saved.documents() == {"hill-sessions-recusal", "campaign-2016", "undated-note"}


def test_store_finds_sessions_criticizes_trump_with_assertion(saved):
    rows = list(
        saved.query(
            """SELECT ?sentence ?doc WHERE {
                 ent:jeff-sessions pol:criticizes ent:donald-trump .
                 ?a a pol:Assertion ; rdf:subject ent:jeff-sessions ;
                    rdf:predicate pol:criticizes ; rdf:object ent:donald-trump ;
                    pol:evidence ?sentence ; prov:wasDerivedFrom ?doc }"""
        )
    )
    assert len(rows) == 2
    assert {r["doc"].value for r in rows} == {"https://w3id.org/polkg/doc/hill-sessions-recusal"}


def test_store_negative_stance_finds_criticizes_and_opposes(saved):
    rows = saved.query("SELECT ?s WHERE { ?s pol:negativeStance ent:jeff-sessions }")
    assert {r["s"].value.rsplit("/", 1)[1] for r in rows} == {"donald-trump", "tommy-tuberville"}


def test_store_malformed_query_is_a_one_line_error(saved):
    with pytest.raises(PolkgError, match="malformed SPARQL: error at 1:") as info:
        saved.query("SELECT ?s WHERE { ?s ?p }")
    assert "\n" not in str(info.value)


def test_store_query_on_missing_store_is_an_error(tmp_path):
    with pytest.raises(PolkgError, match="no store at"):
        Store(tmp_path / "absent").query("ASK {}")


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(PolkgError, match="not a polkg store"):
        Store(tmp_path).load_graph()


def test_store_parameters_are_bound_as_literals_and_iris():
    text = "SELECT * { ?x rdfs:label $name ; pol:memberOf $party . ?y ?p $other }"
    bound = parameter_bindings(
        text, {"name": 'Jeff "Beau" Sessions', "party": "ent:republican-party"}
    )
    assert bound[ox.Variable("name")] == ox.Literal('Jeff "Beau" Sessions')
    assert bound[ox.Variable("party")] == ox.NamedNode(
        "https://w3id.org/polkg/entity/republican-party"
    )
    assert ox.Variable("other") not in bound
    with pytest.raises(PolkgError, match=r"no parameter \$nme"):
        parameter_bindings(text, {"nme": "x"})
    # a $word in a comment or a string literal is not a parameter
    with pytest.raises(PolkgError, match=r"no parameter \$price"):
        parameter_bindings('SELECT ?x { ?x rdfs:label "$price" } # $price', {"price": "1"})


def test_store_bound_values_are_not_pasted_into_the_text(saved):
    """The value is bound by Oxigraph: quotes and braces in it cannot change the query."""
    query = "SELECT ?s $label WHERE { ?s rdfs:label $label }"
    assert list(saved.query(query, {"label": 'x" } ; ?s ?p ?o . { "'})) == []
    rows = list(saved.query(query, {"label": "Jeff Sessions"}))
    assert [r["s"].value for r in rows] == ["https://w3id.org/polkg/entity/jeff-sessions"]
    with pytest.raises(PolkgError, match=r"SELECT clause: add \$label"):
        saved.query("SELECT ?s WHERE { ?s rdfs:label $label }", {"label": "Jeff Sessions"})


def test_store_names_match_in_any_case_and_by_alias(saved):
    query = read_query("who-criticizes")
    expected = {r["criticLabel"].value for r in saved.query(query, {"name": "Donald Trump"})}
    assert expected == {"Jeff Sessions", "Doug Jones"}
    for name in ("donald trump", "DONALD TRUMP", "president trump"):
        rows = saved.query(query, {"name": name})
        assert {r["criticLabel"].value for r in rows} == expected, name
    params = {"subject": "jeff sessions", "relation": "criticizes", "object": "president TRUMP"}
    rows = list(saved.query(read_query("edge-evidence"), params))
    assert len(rows) == 2 and {r["objectLabel"].value for r in rows} == {"Donald Trump"}
    facts = list(saved.query(read_query("actor"), {"name": "JEFF SESSIONS"}))
    assert {r["actor"].value for r in facts} == {"https://w3id.org/polkg/entity/jeff-sessions"}


def test_store_shipped_queries_run_on_rdflib_with_init_bindings(saved):
    """The same query and values on an RDF file loaded with rdflib give the same rows."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=graph_nquads(saved.load_graph()), format="nquads")
    query = read_query("who-criticizes")
    params = {"name": "donald TRUMP"}
    rows = graph.query(query, initBindings=rdflib_bindings(query, params))
    store_rows = saved.query(query, params)
    assert sorted(str(r.criticLabel) for r in rows) == sorted(
        r["criticLabel"].value for r in store_rows
    )


def test_store_unknown_ontology_term_gets_a_hint():
    hint = term_hint("SELECT ?s ?o WHERE { ?s pol:criticises ?o }")
    assert hint is not None and "\n" not in hint
    assert hint.startswith("pol:criticises is not in the polkg ontology")
    assert "pol:criticizes" in hint
    full = "SELECT ?s WHERE { ?s <https://w3id.org/polkg/ontology#endorse> ?o }"
    assert "pol:endorses" in (term_hint(full) or "")
    assert term_hint("SELECT ?s WHERE { ?s pol:criticizes ?o } # pol:criticises") is None
    for name in sorted(p.stem for p in QUERIES_DIR.glob("*.rq")):  # PREFIX lines included
        assert term_hint(read_query(name)) is None, name


def test_store_shipped_queries_all_parse_and_run(saved):
    names = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))
    assert names == [
        "actor",
        "edge-evidence",
        "endorsement-network",
        "most-criticized",
        "pair-timeline",
        "stance-flips",
        "stance-turns",
        "who-criticizes",
    ]
    readme = (QUERIES_DIR / "README.md").read_text()
    for name in names:
        assert f"`{name}.rq`" in readme
        format_results(saved.query(read_query(name)), "json")


def test_store_query_who_criticizes_trump(saved):
    rows = list(saved.query(read_query("who-criticizes"), {"name": "Donald Trump"}))
    assert {r["criticLabel"].value for r in rows} == {"Jeff Sessions", "Doug Jones"}
    by_alias = list(saved.query(read_query("who-criticizes"), {"name": "President Trump"}))
    assert len(by_alias) == len(rows)


def test_store_query_edge_evidence_in_order(saved):
    params = {"subject": "Jeff Sessions", "relation": "criticizes", "object": "Donald Trump"}
    rows = list(saved.query(read_query("edge-evidence"), params))
    assert [r["sentence"].value for r in rows] == [
        "Sessions shot back at Trump over the recusal.",
        "Sessions offered a rare rebuke of the president.",
    ]
    assert rows[0]["document"].value == "hill-sessions-recusal"


def test_store_query_stance_flip_finds_sessions_and_trump(saved):
    rows = list(saved.query(read_query("stance-flips")))
    assert [(r["aLabel"].value, r["bLabel"].value) for r in rows] == [
        ("Jeff Sessions", "Donald Trump")
    ]
    assert rows[0]["firstPositive"].value == "2016-02-28"


def test_store_query_most_criticized_puts_trump_first(saved):
    rows = list(saved.query(read_query("most-criticized")))
    assert rows[0]["label"].value == "Donald Trump" and rows[0]["critics"].value == "2"


def test_store_query_actor_tells_offices_and_party(saved):
    rows = list(saved.query(read_query("actor"), {"name": "Jeff Sessions"}))
    facts = {(r["what"].value, r["value"].value) for r in rows}
    assert ("office", "Attorney General") in facts and ("party", "Republican Party") in facts
    assert ("<- criticizes", "Donald Trump") in facts and (
        "same as",
        ox.NamedNode("http://www.wikidata.org/entity/Q358443").value,
    ) in facts


def test_store_format_results_in_every_format(saved):
    query = "SELECT ?label WHERE { ent:jeff-sessions rdfs:label ?label }"
    table = format_results(saved.query(query), "table")
    assert table.splitlines()[0] == "label" and "Jeff Sessions" in table and "(1 row)" in table
    rows = list(csv.reader(io.StringIO(format_results(saved.query(query), "csv"))))
    assert rows == [["label"], ["Jeff Sessions"]]
    assert format_results(saved.query(query), "tsv").splitlines() == ["?label", '"Jeff Sessions"']
    data = json.loads(format_results(saved.query(query), "json"))
    assert data["results"]["bindings"][0]["label"]["value"] == "Jeff Sessions"
    assert json.loads(format_results(saved.query("ASK { ?s ?p ?o }"), "json"))["boolean"] is True
    construct = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l ; pol:slug 'doug-jones' }"
    assert "ent:doug-jones" in format_results(saved.query(construct), "table")
    with pytest.raises(PolkgError, match="unknown result format"):
        format_results(saved.query(query), "yaml")


def test_store_empty_graph_can_be_saved(tmp_path):
    store = Store(tmp_path / "kg")
    store.save_graph(nx.MultiDiGraph())
    assert store.exists() and store.triple_count() == 0


def test_store_require_raises_the_one_no_store_error(tmp_path):
    from polkg.store import NoStoreError

    with pytest.raises(NoStoreError, match=r"^no store at .*: run `polkg ingest` first$"):
        Store(tmp_path / "nothing-here").require()
