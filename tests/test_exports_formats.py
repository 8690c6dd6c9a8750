"""Visualization exports of the seed graph: round trips, GEXF time, scalar GraphML, determinism."""

from __future__ import annotations

import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from viewer_sample import seed_graph

from polkg.errors import PolkgError
from polkg.exports import FORMATS, export_graph

GEXF = "{http://gexf.net/1.3}"
TEXT_FORMATS = ["graphml", "gexf", "cytoscape", "nodelink", "dot", "svg", "html"]


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> nx.MultiDiGraph:
    return seed_graph()


def test_exports_roundtrip_counts_match_cytoscape(seed: nx.MultiDiGraph, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "cytoscape", "nodelink"):
        export_graph(seed, fmt, tmp_path / f"seed.{fmt}")
    elements = json.loads((tmp_path / "seed.cytoscape").read_text())["elements"]
    counts = {"cytoscape": (len(elements["nodes"]), len(elements["edges"]))}
    back = {
        "graphml": nx.read_graphml(tmp_path / "seed.graphml", force_multigraph=True),
        "gexf": nx.read_gexf(tmp_path / "seed.gexf"),
        "nodelink": nx.node_link_graph(json.loads((tmp_path / "seed.nodelink").read_text())),
    }
    for fmt, h in back.items():
        counts[fmt] = (h.number_of_nodes(), h.number_of_edges())
        assert h.is_directed(), fmt
    # the 6 actors in a relation; the 5 only mentioned are left out by default
    assert set(counts.values()) == {(6, 9)}, counts
    # the same edges, by (subject, relation, object), in every format
    graphml = back["graphml"]
    triples = {(u, d["relation"], v) for u, v, d in graphml.edges(data=True)}
    assert triples == {(u, k, v) for u, v, k in seed.edges(keys=True)}
    assert ("jeff-sessions", "criticizes", "donald-trump") in triples
    assert ("donald-trump", "criticizes", "jeff-sessions") in triples


def test_exports_gexf_is_dynamic_with_start_dates(seed: nx.MultiDiGraph) -> None:
    text = export_graph(seed, "gexf")
    assert isinstance(text, str)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = {e.get("id"): e for e in graph.iter(f"{GEXF}edge")}
    nodes = {n.get("id"): n for n in graph.iter(f"{GEXF}node")}
    assert edges["jeff-sessions:criticizes:donald-trump"].get("start") == "2020-07-11"
    assert edges["joe-biden:criticizes:donald-trump"].get("start") == "2020-09-30"
    assert all(e.get("start") for e in edges.values())
    # Trump is in both documents: he appears with the first; Biden only with the Wikinews one
    assert nodes["donald-trump"].get("start") == "2020-07-11"
    assert nodes["joe-biden"].get("start") == "2020-09-30"
    assert nodes["jeff-sessions"].get("label") == "Jeff Sessions"


def test_exports_graphml_has_only_scalar_attributes(seed: nx.MultiDiGraph) -> None:
    text = export_graph(seed, "graphml")
    assert isinstance(text, str)
    assert text.startswith("<?xml version=")
    root = ET.fromstring(text.encode("utf-8"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.iter(f"{ns}key")}
    values = {keys[d.get("key")]: d.text or "" for d in root.iter(f"{ns}data")}
    assert not any(v.startswith(("[", "{")) for v in values.values())
    back = nx.read_graphml(io.BytesIO(text.encode()), force_multigraph=True)
    sessions = back.nodes["jeff-sessions"]
    assert sessions["aliases"].split("; ")[:2] == [
        "Former Attorney General Jeff Sessions",
        "Jeff Sessions",
    ]
    assert sessions["offices"] == "Attorney General (former); Senator (former, Alabama)"
    edge = back.edges["jeff-sessions", "donald-trump", "jeff-sessions:criticizes:donald-trump"]
    assert edge["n_documents"] == 1 and edge["first_date"] == "2020-07-11"
    assert "shot back at President Trump" in edge["evidence"]


def test_exports_nodelink_keeps_evidence_and_documents(seed: nx.MultiDiGraph) -> None:
    data = json.loads(str(export_graph(seed, "nodelink", all_actors=True)))
    h = nx.node_link_graph(data)  # networkx's default arguments
    assert nx.utils.graphs_equal(h, seed)
    evidence = h.edges["donald-trump", "tommy-tuberville", "endorses"]["evidence"]
    assert "touted his endorsement" in evidence[0]["sentence"]
    assert h.graph["documents"]["wn2020_093"]["url"].startswith("https://en.wikinews.org/")


def test_exports_cytoscape_elements_have_unique_ids(seed: nx.MultiDiGraph) -> None:
    data = json.loads(str(export_graph(seed, "cytoscape")))
    ids = [e["data"]["id"] for group in data["elements"].values() for e in group]
    assert len(ids) == len(set(ids)) == 15  # 6 actors, 9 relations
    edge = next(e for e in data["elements"]["edges"] if e["data"]["source"] == "tommy-tuberville")
    assert edge["data"]["interaction"] == "opposes" and edge["data"]["target"] == "jeff-sessions"


def test_exports_dot_colours_edges_by_relation(seed: nx.MultiDiGraph) -> None:
    text = str(export_graph(seed, "dot"))
    assert text.startswith("digraph polkg {") and text.rstrip().endswith("}")
    lines = text.splitlines()
    line = next(x for x in lines if x.startswith('  "jeff-sessions" -> "donald-trump"'))
    assert 'label="criticizes"' in line and 'color="#d62728"' in line
    # a quote inside an evidence sentence is escaped, not closing the attribute
    trump = next(x for x in lines if x.startswith('  "donald-trump" -> "jeff-sessions"'))
    assert 'should \\"not trust' in trump
    assert text.count(" -> ") == 9


def test_exports_drawings_have_a_legend(seed: nx.MultiDiGraph, tmp_path: Path) -> None:
    png = export_graph(seed, "png")
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = str(export_graph(seed, "svg"))
    root = ET.fromstring(svg.encode("utf-8"))
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"criticizes", "endorses", "opposes", "recused_from", "Person", "Jeff Sessions"} <= texts


@pytest.mark.parametrize("fmt", [*TEXT_FORMATS, "png"])
def test_exports_are_deterministic(seed: nx.MultiDiGraph, fmt: str) -> None:
    """Same graph, same bytes, whatever order the graph was built in."""
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(seed.graph)
    shuffled.add_nodes_from(reversed(list(seed.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(seed.edges(keys=True, data=True))))
    assert export_graph(seed, fmt) == export_graph(shuffled, fmt)


def test_exports_export_graph_writes_files_and_applies_filters(
    seed: nx.MultiDiGraph, tmp_path: Path
) -> None:
    out = tmp_path / "endorse.graphml"
    assert export_graph(seed, "graphml", out, relations=["endorses"]) is None
    h = nx.read_graphml(out, force_multigraph=True)
    assert {d["relation"] for _, _, d in h.edges(data=True)} == {"endorses"}
    assert set(h) == {"jeff-sessions", "donald-trump", "tommy-tuberville"}
    with pytest.raises(PolkgError, match="unknown export format"):
        export_graph(seed, "pdf")


def test_exports_rdf_formats_go_to_write_rdf(
    seed: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, object, str]] = []
    fake = type(sys)("polkg.exports.rdf")
    fake.write_rdf = lambda g, path, fmt: calls.append((g, path, fmt)) or "@prefix ..."  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "polkg.exports.rdf", fake)
    assert export_graph(seed, "ttl", all_actors=True) == "@prefix ..."
    assert len(calls) == 1 and nx.utils.graphs_equal(calls[0][0], seed)
    assert calls[0][1:] == (None, "ttl")
    assert {"ttl", "nt", "nq", "trig", "jsonld", "xml", "html", "gexf"} <= set(FORMATS)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_exports_empty_and_bare_graphs(fmt: str) -> None:
    """No nodes, or nodes without any attribute, still export (an empty store is not an error)."""
    assert export_graph(nx.MultiDiGraph(), fmt)
    bare = nx.MultiDiGraph()
    bare.add_edge("a", "b", key="criticizes")
    text = str(export_graph(bare, fmt))
    assert "criticizes" in text
