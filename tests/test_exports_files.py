"""What other tools read: schema-valid GraphML and GEXF, flat Cytoscape JSON, Gephi and Neo4j
tables read back, XML-illegal characters that do not break XML, actors in no relation left out.

The schemas come from ../shared/schemas (not copied into the repository); those tests skip when
../shared is absent. The graphs are hand-built (tests/rdf_sample.py), nothing else is needed.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from rdf_sample import odd_graph, seed_graph
from xml_schemas import SCHEMAS, errors, gexf_schema, graphml_schema

from polkg.errors import PolkgError
from polkg.exports import export_graph
from polkg.exports.neo4j import NODE_HEADER, RELATIONSHIP_HEADER

GEXF = "{http://gexf.net/1.3}"
needs_schemas = pytest.mark.skipif(not SCHEMAS.is_dir(), reason="../shared/schemas is absent")


def rename_document(g: nx.MultiDiGraph, old: str, new: str) -> nx.MultiDiGraph:
    """``g`` with the document ``old`` called ``new`` everywhere (table, nodes, evidence)."""
    h = copy.deepcopy(g)
    h.graph["documents"][new] = h.graph["documents"].pop(old)
    for _, a in h.nodes(data=True):
        a["documents"] = sorted(new if d == old else d for d in a.get("documents", []))
    for _, _, d in h.edges(data=True):
        for ev in d.get("evidence", []):
            ev["doc"] = new if ev["doc"] == old else ev["doc"]
    return h


def with_date(g: nx.MultiDiGraph, date: str) -> nx.MultiDiGraph:
    """``g`` with every date of the seed article replaced by ``date`` (not ISO, say)."""
    h = copy.deepcopy(g)
    h.graph["documents"]["hill-sessions-recusal"]["date"] = date
    for _, _, d in h.edges(data=True):
        for ev in d.get("evidence", []):
            if ev["doc"] == "hill-sessions-recusal":
                ev["date"] = date
        for name in ("first_date", "last_date"):
            if d.get(name) == "2020-07-11":
                d[name] = date
    return h


def related(g: nx.MultiDiGraph) -> set[str]:
    return {n for n in g if g.degree(n)}


# --- schema validity ---------------------------------------------------------------------


@needs_schemas
@pytest.mark.parametrize(
    "make", [seed_graph, odd_graph, lambda: with_date(seed_graph(), "March 3, 2020")]
)
@pytest.mark.parametrize("all_actors", [False, True])
def test_exports_graphml_and_gexf_are_valid_against_their_schemas(make, all_actors) -> None:
    g = make()
    assert errors(graphml_schema(), str(export_graph(g, "graphml", all_actors=all_actors))) == []
    assert errors(gexf_schema(), str(export_graph(g, "gexf", all_actors=all_actors))) == []


@needs_schemas
def test_exports_schemas_reject_what_tools_refused() -> None:
    """The validators can fail: a truncated date in ``start`` and a ``name`` on <graph>."""
    text = str(export_graph(seed_graph(), "gexf"))
    assert errors(gexf_schema(), text.replace('start="2020-07-11"', 'start="March 3, 2"'))
    assert errors(gexf_schema(), text.replace("<graph ", '<graph name="" '))
    graphml = str(export_graph(seed_graph(), "graphml"))
    assert errors(graphml_schema(), graphml.replace('id="jeff-sessions:criticizes:', 'id="a b:'))


# --- GraphML and GEXF content --------------------------------------------------------------


def test_exports_graphml_has_label_and_weight() -> None:
    h = nx.read_graphml(
        io.StringIO(str(export_graph(seed_graph(), "graphml"))), force_multigraph=True
    )
    assert h.nodes["jeff-sessions"]["label"] == "Jeff Sessions"
    edge = h.edges["jeff-sessions", "donald-trump", "jeff-sessions:criticizes:donald-trump"]
    assert edge["label"] == "criticizes" and edge["weight"] == 1.0 and edge["n_documents"] == 1
    assert not any(k.startswith("networkx") for _, _, d in h.edges(data=True) for k in d)


def test_exports_gexf_types_lists_and_weights_without_internal_columns() -> None:
    root = etree.fromstring(str(export_graph(seed_graph(), "gexf")).encode())
    declared = {a.get("id"): a.get("type") for a in root.iter(f"{GEXF}attribute")}
    assert declared["aliases"] == "liststring" and declared["n_documents"] == "integer"
    assert declared["confidence"] == "double"
    assert not any("networkx" in name for name in declared)
    edge = root.find(f".//{GEXF}edge[@id='jeff-sessions:criticizes:donald-trump']")
    assert edge is not None
    assert (edge.get("label"), edge.get("kind"), edge.get("weight")) == (
        "criticizes",
        "criticizes",
        "1.0",
    )
    assert edge.get("start") == "2020-07-11"
    node = root.find(f".//{GEXF}node[@id='jeff-sessions']")
    assert node is not None
    aliases = node.find(f"{GEXF}attvalues/{GEXF}attvalue[@for='aliases']")
    assert aliases is not None
    assert json.loads(str(aliases.get("value"))) == seed_graph().nodes["jeff-sessions"]["aliases"]


def test_exports_a_date_that_is_not_iso_is_never_truncated() -> None:
    g = with_date(seed_graph(), "March 3, 2020")
    root = etree.fromstring(str(export_graph(g, "gexf")).encode())
    starts = {e.get("start") for e in root.iter(f"{GEXF}edge", f"{GEXF}node")} - {None}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", s) for s in starts), starts
    values = {v.get("value") for v in root.iter(f"{GEXF}attvalue")}
    assert "March 3, 2020" in values and "March 3, 2" not in values
    graphml = str(export_graph(g, "graphml"))
    assert ">March 3, 2020<" in graphml and ">March 3, 2<" not in graphml
    # a date range cannot place it: that evidence is not kept by --since
    assert export_graph(g, "nodelink", date_from="2030-01-01").count('"relation"') == 0


# --- JSON ----------------------------------------------------------------------------------


def test_exports_cytoscape_data_are_flat() -> None:
    data = json.loads(str(export_graph(seed_graph(), "cytoscape")))

    def flat(value: Any) -> bool:
        scalar = (str, int, float, bool)
        return isinstance(value, scalar) or (
            isinstance(value, list) and all(isinstance(x, str) for x in value)
        )

    elements = [e["data"] for group in data["elements"].values() for e in group]
    bad = [(d["id"], k) for d in elements for k, v in d.items() if not flat(v)]
    assert bad == [] and all(flat(v) for v in data["data"].values())
    edge = next(d for d in elements if d["id"] == "jeff-sessions:criticizes:donald-trump")
    n = len(seed_graph().edges["jeff-sessions", "donald-trump", "criticizes"]["evidence"])
    assert edge["weight"] == 1.0 and len(edge["evidence"]) == len(edge["evidence_documents"]) == n
    sessions = next(d for d in elements if d["id"] == "jeff-sessions")
    assert "Senator (former, Alabama)" in sessions["offices"]  # office objects as text


def test_exports_cytoscape_reads_back_with_networkx() -> None:
    """``nx.cytoscape_graph`` failed on the export (KeyError 'value')."""
    g = seed_graph()
    back = nx.cytoscape_graph(json.loads(str(export_graph(g, "cytoscape"))))
    assert back.is_directed() and back.is_multigraph()
    assert set(back.nodes) == related(g)
    assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))
    assert back.nodes["jeff-sessions"]["name"] == g.nodes["jeff-sessions"]["label"]


def test_exports_nodelink_reads_back_with_default_arguments() -> None:
    g = seed_graph()
    back = nx.node_link_graph(json.loads(str(export_graph(g, "nodelink"))))
    assert set(back) == related(g) and back.number_of_edges() == g.number_of_edges()
    ev = back.edges["jeff-sessions", "donald-trump", "criticizes"]["evidence"]
    assert ev == g.edges["jeff-sessions", "donald-trump", "criticizes"]["evidence"]


# --- actors in no relation -----------------------------------------------------------------


COUNTERS = {
    "graphml": lambda p: nx.read_graphml(p, force_multigraph=True).number_of_nodes(),
    "gexf": lambda p: nx.read_gexf(p).number_of_nodes(),
    "nodelink": lambda p: len(json.loads(p.read_text())["nodes"]),
    "cytoscape": lambda p: len(json.loads(p.read_text())["elements"]["nodes"]),
    "dot": lambda p: len(re.findall(r'^  "[^"]+" \[', p.read_text(), re.M)),
    "csv": lambda p: len(list(csv.DictReader((p / "nodes.csv").open()))),
    "neo4j": lambda p: len(list(csv.DictReader((p / "nodes.csv").open()))),
    "html": lambda p: len(
        json.loads(re.search(r'id="polkg-data">(.*?)</script>', p.read_text(), re.S)[1])["nodes"]  # type: ignore[index]
    ),
    "ttl": lambda p: len(
        set(
            rdflib.Graph()
            .parse(p, format="turtle")
            .subjects(rdflib.URIRef("https://w3id.org/polkg/ontology#slug"))
        )
    ),
}


@pytest.mark.parametrize("fmt", sorted(COUNTERS))
def test_exports_leave_out_actors_in_no_relation_unless_asked(fmt: str, tmp_path: Path) -> None:
    g = seed_graph()
    assert len(related(g)) < len(g)
    export_graph(g, fmt, tmp_path / "default")
    export_graph(g, fmt, tmp_path / "all", all_actors=True)
    assert COUNTERS[fmt](tmp_path / "default") == len(related(g))
    assert COUNTERS[fmt](tmp_path / "all") == len(g)


# --- Gephi and Neo4j tables ----------------------------------------------------------------


def test_exports_csv_tables_read_back(tmp_path: Path) -> None:
    g = seed_graph()
    export_graph(g, "csv", tmp_path)
    nodes = list(csv.DictReader((tmp_path / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "edges.csv").open(encoding="utf-8")))
    assert {r["Id"] for r in nodes} == related(g)
    assert {(r["Source"], r["Label"], r["Target"]) for r in edges} == {
        (u, k, v) for u, v, k in g.edges(keys=True)
    }
    row = next(r for r in edges if r["Id"] == "jeff-sessions:criticizes:donald-trump")
    assert (row["Type"], row["Weight"], row["Kind"]) == ("Directed", "1", "criticizes")
    assert row["Interval"] == "<[2020-07-11, 2020-07-11]>"
    assert next(r for r in nodes if r["Id"] == "jeff-sessions")["Label"] == "Jeff Sessions"


def test_exports_csv_tables_read_with_pandas(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    g = seed_graph()
    export_graph(g, "csv", tmp_path)
    frame = pandas.read_csv(tmp_path / "edges.csv")
    assert list(frame.columns[:6]) == ["Id", "Source", "Target", "Type", "Weight", "Label"]
    assert frame["Weight"].sum() == sum(d["n_documents"] for _, _, d in g.edges(data=True))


def neo4j_admin_rows(path: Path) -> list[dict[str, Any]]:
    """Rows as neo4j-admin import reads them with its defaults (',' between fields, '"' quotes,
    ';' between array items and labels, one line per row): ``name:string[]`` and ``:LABEL``
    become lists, the other typed columns keep their text."""
    lines = path.read_text(encoding="utf-8").split("\n")
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    assert len(rows) == len([line for line in lines if line]) - 1, "a row spans two lines"
    return [
        {k: v.split(";") if k.endswith("[]") or k == ":LABEL" else v for k, v in row.items()}
        for row in rows
    ]


def test_exports_neo4j_headers_are_what_neo4j_admin_reads_with_its_defaults(tmp_path: Path) -> None:
    """The arrays were '|'-joined, which neo4j-admin reads as one item unless told
    --array-delimiter='|'; its header types are name:type (int, float, date, string[])."""
    g = seed_graph()
    export_graph(g, "neo4j", tmp_path)
    header = (tmp_path / "nodes.csv").read_text(encoding="utf-8").split("\n")[0]
    assert header == (
        "id:ID,:LABEL,name,type,party,wikidata,bioguide,resolution,"
        "aliases:string[],offices:string[],documents:string[],n_documents:int"
    )
    header = (tmp_path / "relationships.csv").read_text(encoding="utf-8").split("\n")[0]
    assert header == (
        ":START_ID,:END_ID,:TYPE,relation,n_documents:int,confidence:float,"
        "first_date:date,last_date:date,evidence:string[],documents:string[]"
    )
    nodes = neo4j_admin_rows(tmp_path / "nodes.csv")
    rels = neo4j_admin_rows(tmp_path / "relationships.csv")
    ids = {r["id:ID"] for r in nodes}
    assert ids == related(g) and all({r[":START_ID"], r[":END_ID"]} <= ids for r in rels)
    sessions = next(r for r in nodes if r["id:ID"] == "jeff-sessions")
    assert sessions[":LABEL"] == ["Actor", "Person"]
    assert sessions["aliases:string[]"] == g.nodes["jeff-sessions"]["aliases"]
    assert sessions["n_documents:int"] == str(len(g.nodes["jeff-sessions"]["documents"]))
    rel = next(r for r in rels if r[":TYPE"] == "RECUSED_FROM")
    assert rel["first_date:date"] == "2020-07-11"
    edge = g.edges[rel[":START_ID"], rel[":END_ID"], "recused_from"]
    assert rel["evidence:string[]"] == [ev["sentence"] for ev in edge["evidence"]]
    float(rel["confidence:float"])


def test_exports_neo4j_keeps_a_sentence_with_a_semicolon_one_item(tmp_path: Path) -> None:
    """neo4j-admin has no escape for its array delimiter: an item's own ';' is written as the
    fullwidth one, which import.cypher turns back; a line break in a value becomes a space."""
    g = seed_graph()
    u, v, key = next((u, v, k) for u, v, k in g.edges(keys=True) if k == "recused_from")
    sentences = ["Sessions recused; Trump was furious.", "He said so\nagain."]
    g.edges[u, v, key]["evidence"] = [
        {**g.edges[u, v, key]["evidence"][0], "sentence": s} for s in sentences
    ]
    g.nodes[u]["aliases"] = ["A; B", "C"]
    export_graph(g, "neo4j", tmp_path)
    rels = neo4j_admin_rows(tmp_path / "relationships.csv")
    rel = next(r for r in rels if r[":TYPE"] == "RECUSED_FROM")
    assert rel["evidence:string[]"] == [
        "Sessions recused\uff1b Trump was furious.",
        "He said so again.",
    ]
    node = next(r for r in neo4j_admin_rows(tmp_path / "nodes.csv") if r["id:ID"] == u)
    assert node["aliases:string[]"] == ["A\uff1b B", "C"]
    script = (tmp_path / "import.cypher").read_text(encoding="utf-8")
    assert "split(row.`evidence:string[]`, '\\u003B') | replace(x, '\\uFF1B', '\\u003B')" in script


def test_exports_neo4j_script_uses_the_files_columns(tmp_path: Path) -> None:
    export_graph(seed_graph(), "neo4j", tmp_path)
    script = (tmp_path / "import.cypher").read_text()
    used = set(re.findall(r"row\.`([^`]+)`", script)) | set(re.findall(r"row\.(\w+)", script))
    assert used <= set(NODE_HEADER) | set(RELATIONSHIP_HEADER) | {"type", "name", "relation"}
    assert {"CRITICIZES", "ENDORSES", "OPPOSES", "RECUSED_FROM"} <= set(
        re.findall(r"\[r:`(\w+)`\]", script)
    )
    assert "SET a:`Person`" in script
    # only ';' ends a statement for cypher-shell: none inside a string literal
    assert not re.search(r"'[^'\n]*;[^'\n]*'", script)


# --- XML-illegal characters ----------------------------------------------------------------

XML_ILLEGAL = st.characters(codec="utf-8", max_codepoint=0x1F) | st.sampled_from("\ufffe\uffff")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    doc=st.text(st.characters(codec="utf-8") | XML_ILLEGAL, min_size=1, max_size=12),
    label=st.text(st.characters(codec="utf-8") | XML_ILLEGAL, max_size=12),
)
def test_exports_xml_formats_parse_back_whatever_the_text(doc: str, label: str) -> None:
    g = rename_document(seed_graph(), "campaign-2016", "campaign " + doc)
    g.nodes["jeff-sessions"]["label"] = "Jeff " + label
    g.nodes["jeff-sessions"]["aliases"] = ["Jeff " + label, "Sessions"]
    graphml = str(export_graph(g, "graphml")).encode("utf-8")
    assert nx.read_graphml(io.BytesIO(graphml), force_multigraph=True).has_node("jeff-sessions")
    gexf = str(export_graph(g, "gexf")).encode("utf-8")
    assert etree.fromstring(gexf).find(f".//{GEXF}node[@id='jeff-sessions']") is not None
    assert nx.read_gexf(io.BytesIO(gexf)).has_node("jeff-sessions")
    rdf = rdflib.Graph().parse(data=str(export_graph(g, "xml")), format="xml")
    assert len(rdf) > 100


@pytest.mark.parametrize("fmt", ["nodelink", "csv"])
def test_export_to_a_path_it_cannot_write_is_a_one_line_error(tmp_path, fmt):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    # a file and a folder format both fail under a path whose parent is a file
    with pytest.raises(PolkgError, match=f"cannot write {re.escape(str(blocker))}/out"):
        export_graph(seed_graph(), fmt, blocker / "out")
