"""The viewer page as a file: self-contained, inert data, no reference to the network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from viewer_sample import add_evidence, seed_graph

from polkg.exports.html import generate_html, viewer_data, write_html


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> nx.MultiDiGraph:
    return seed_graph()


def payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="polkg-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


def test_viewer_html_is_one_self_contained_file(seed: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_html(seed, tmp_path / "v.html")
    html = (tmp_path / "v.html").read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "cytoscape" in html and "Cytoscape Consortium" in html  # the library, inlined
    # nothing is loaded from anywhere: no src/href attributes on scripts, links, images
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html, re.I)
    assert "default-src 'none'" in html and "connect-src 'none'" in html
    assert html.count("</script>") == 3  # data, library, app
    assert "/*polkg:" not in html  # every slot filled


def test_viewer_html_payload_has_positions_colours_and_evidence(seed: nx.MultiDiGraph) -> None:
    data = payload(generate_html(seed))
    assert len(data["nodes"]) == 11 and len(data["edges"]) == 9
    nodes = {n["data"]["id"]: n for n in data["nodes"]}
    trump, moore = nodes["donald-trump"], nodes["roy-moore"]
    assert set(trump["position"]) == {"x", "y"}
    assert trump["data"]["size"] > moore["data"]["size"]  # sized by degree
    assert trump["data"]["color"] == data["style"]["types"]["Person"]
    edges = {e["data"]["id"]: e["data"] for e in data["edges"]}
    edge = edges["jeff-sessions:criticizes:donald-trump"]
    assert edge["color"] == "#d62728" and edge["dates"] == ["2020-07-11"]
    assert "shot back at President Trump" in edge["evidence"][0]["sentence"]
    assert data["documents"]["wn2020_093"]["url"].startswith("https://en.wikinews.org/")
    colours = {e["relation"]: e["color"] for e in edges.values()}
    assert colours == {"endorses": "#2ca02c", "criticizes": "#d62728",
                       "opposes": "#ff7f0e", "recused_from": "#7f7f7f"}  # fmt: skip


def test_viewer_html_evidence_cannot_break_out_of_its_script(seed: nx.MultiDiGraph) -> None:
    hostile = '</script><script>window.pwned = 1</script><!-- "quoted" & <b>'
    add_evidence(
        seed, "roy-moore", "opposes", "doug-jones",
        {"doc": "hill-sessions-recusal", "sentence": hostile, "start": 0, "end": 1,
         "date": "2020-07-11", "confidence": 0.9, "rule": "test"},
    )  # fmt: skip
    try:
        html = generate_html(seed, title="<b>polkg</b>")
    finally:
        seed.remove_edge("roy-moore", "doug-jones", "opposes")
    assert "window.pwned" in html and "<script>window.pwned" not in html
    assert html.count("</script>") == 3
    assert "<title>&lt;b&gt;polkg&lt;/b&gt;</title>" in html
    data = payload(html)
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["data"]["evidence"]]
    assert hostile in sentences  # the text itself survives intact


def test_viewer_html_is_deterministic(seed: nx.MultiDiGraph) -> None:
    assert generate_html(seed) == generate_html(seed.copy())
    assert viewer_data(seed)["nodes"][0]["data"]["id"] == "donald-trump"  # sorted
