"""The viewer in a real browser: headless Debian Chromium, opened from file://, network blocked.

Skips only when no chromium binary is installed (CI installs Debian's ``chromium``). Every
request the page makes is recorded; the only one allowed is the page's own file:// URL.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from viewer_sample import (
    article_sized_graph,
    chromium_path,
    offline_page,
    seed_graph,
    synthetic_graph,
)

from polkg.exports.html import write_html

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium_path() is None, reason="no chromium binary installed"),
]

EDGE_POINT = """(id) => {
  const e = polkg.cy.getElementById(id), p = e.renderedMidpoint();
  const r = document.getElementById('cy').getBoundingClientRect();
  return {x: p.x + r.left, y: p.y + r.top};
}"""
NODE_POINT = """(id) => {
  const p = polkg.cy.getElementById(id).renderedPosition();
  const r = document.getElementById('cy').getBoundingClientRect();
  return {x: p.x + r.left, y: p.y + r.top};
}"""
NODE_COLOUR = "(id) => polkg.cy.getElementById(id).style('background-color')"
RENDERED_INSIDE = """() => {
  const w = polkg.cy.width(), h = polkg.cy.height();
  return polkg.cy.nodes().filter(n => {
    const p = n.renderedPosition();
    return n.visible() && p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
  }).length;
}"""


class Viewer:
    """A page showing one viewer file, with the log of requests, console errors and page errors."""

    def __init__(self, page: Any, requests: list[str], url: str) -> None:
        self.page, self.requests, self.url = page, requests, url
        page.set_default_timeout(120_000)  # a loaded CI machine is slow; no timing is asserted
        self.errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self) -> Viewer:
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready=true]", timeout=120_000)
        return self

    def click_edge(self, edge_id: str) -> None:
        p = self.page.evaluate(EDGE_POINT, edge_id)
        self.page.mouse.click(p["x"], p["y"])

    def click_node(self, node_id: str) -> None:
        p = self.page.evaluate(NODE_POINT, node_id)
        self.page.mouse.click(p["x"], p["y"])

    def count(self, what: str) -> int:
        return int(self.page.get_attribute("body", f"data-visible-{what}"))

    def assert_offline(self) -> None:
        assert self.requests and set(self.requests) == {self.url}, self.requests
        assert self.errors == []


def open_viewer(g: nx.MultiDiGraph, tmp: Path, playwright: Any) -> Iterator[Viewer]:
    write_html(g, tmp / "viewer.html")
    with offline_page(tmp, playwright=playwright) as (page, requests):
        yield Viewer(page, requests, (tmp / "viewer.html").as_uri())


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def viewer(
    shared_dir: Path, tmp_path_factory: pytest.TempPathFactory, playwright: Any
) -> Iterator[Viewer]:
    yield from open_viewer(seed_graph(), tmp_path_factory.mktemp("viewer"), playwright)


def test_viewer_browser_draws_every_node(viewer: Viewer) -> None:
    from PIL import Image

    viewer.open()
    # the 6 actors in a relation are drawn; the 5 only mentioned wait behind a checkbox
    assert viewer.count("nodes") == 6 and viewer.count("edges") == 9
    assert viewer.page.evaluate("polkg.cy.nodes().length") == 11
    assert viewer.page.evaluate(RENDERED_INSIDE) == 6  # all drawn inside the visible canvas
    shot = Image.open(BytesIO(viewer.page.locator("#cy").screenshot())).convert("RGB")
    colours = [(rgb, n) for n, rgb in shot.getcolors(maxcolors=1 << 22) or []]

    def painted(test: Any) -> int:
        return sum(n for (r, g, b), n in colours if test(r, g, b))

    # node fills and (antialiased, slightly transparent) edge strokes in their colours
    assert painted(lambda r, g, b: abs(r - 0x1F) + abs(g - 0x77) + abs(b - 0xB4) < 30) > 500
    assert painted(lambda r, g, b: r > 180 and g < 120 and b < 120) > 100  # criticizes, red
    assert painted(lambda r, g, b: g > 130 and r < 120 and b < 120) > 50  # endorses, green
    viewer.page.locator("#show-isolated").check()
    assert viewer.count("nodes") == 11
    # cytoscape's ":visible" follows its next style pass, not the class change (viewer.js);
    # a function, not an expression: Playwright polls an expression with eval(), which the
    # viewer's Content-Security-Policy forbids whenever the first check comes too early
    viewer.page.wait_for_function("() => polkg.cy.nodes(':visible').length === 11", timeout=10_000)
    viewer.assert_offline()


def test_viewer_browser_edge_click_shows_evidence(viewer: Viewer) -> None:
    viewer.open()
    viewer.click_edge("jeff-sessions:criticizes:donald-trump")
    details = viewer.page.locator("#details")
    details.get_by_text("Evidence (1)").wait_for()
    text = details.inner_text()
    assert "Jeff Sessions → Donald Trump" in text
    assert "Former Attorney General Jeff Sessions shot back at President Trump" in text
    assert "Sessions fires back at Trump over recusal" in text and "2020-07-11" in text
    # the reverse edge is a different edge with its own evidence
    viewer.click_edge("donald-trump:criticizes:jeff-sessions")
    details.get_by_text("Donald Trump → Jeff Sessions").wait_for()
    assert 'they should "not trust' in details.inner_text()
    # evidence from a document with a URL links to it
    viewer.click_edge("joe-biden:criticizes:donald-trump")
    link = details.locator(".evidence a")
    link.wait_for()
    assert link.get_attribute("href", timeout=5_000).startswith("https://en.wikinews.org/wiki/")
    assert "Biden criticized Trump" in details.inner_text()
    viewer.assert_offline()


def test_viewer_browser_node_click_shows_details(viewer: Viewer) -> None:
    viewer.open()
    viewer.click_node("jeff-sessions")
    details = viewer.page.locator("#details")
    details.get_by_text("Relations (6)").wait_for()
    text = details.inner_text()
    for expected in (
        "Jefferson (Jeff) Beauregard Sessions",  # alias
        "Attorney General (former)",  # office
        "Senator (former, Alabama)",
        "Bioguide S001141",  # id
        "jeff-sessions",
        "recused_from → Russia investigation",  # relations, both directions
        "Tommy Tuberville opposes → this",
    ):
        assert expected in text, expected
    details.get_by_text("recused_from → Russia investigation").click()
    details.get_by_text("Jeff Sessions → Russia investigation").wait_for()
    assert "Evidence (2)" in details.text_content()  # (inner_text is upper-cased by CSS)
    viewer.assert_offline()


def test_viewer_browser_filters_and_search(viewer: Viewer) -> None:
    page = viewer.open().page
    page.locator("#relation-filters input[value=criticizes]").uncheck()
    assert viewer.count("edges") == 4
    assert viewer.count("nodes") == 4  # Sessions, Trump, Tuberville, Russia investigation
    page.locator("#reset").click()
    assert viewer.count("edges") == 9 and viewer.count("nodes") == 6
    page.fill("#date-from", "2020-09-01")
    page.locator("#date-from").dispatch_event("change")
    assert viewer.count("edges") == 2 and viewer.count("nodes") == 3  # Biden, Pelosi -> Trump
    page.locator("#reset").click()
    page.locator("#type-filters input[value=Person]").uncheck()
    assert viewer.count("edges") == 0 and viewer.count("nodes") == 0
    page.locator("#show-isolated").check()  # actors in no relation, Persons still excluded
    assert viewer.count("nodes") == 2  # Justice Department, Republican Party
    page.locator("#reset").click()
    page.fill("#search", "tuberv")
    page.locator("#search-results li").get_by_text("Tommy Tuberville").wait_for()
    page.press("#search", "Enter")
    page.locator("#details h2.title").get_by_text("Tommy Tuberville").wait_for()
    assert page.evaluate("polkg.cy.$('node:selected').id()") == "tommy-tuberville"
    viewer.assert_offline()


def test_viewer_browser_5000_nodes_stay_usable(tmp_path: Path, playwright: Any) -> None:
    g = synthetic_graph(5000)
    for viewer in open_viewer(g, tmp_path, playwright):
        page = viewer.open().page
        assert viewer.count("nodes") == 5000
        assert viewer.count("edges") == g.number_of_edges()
        assert page.evaluate(RENDERED_INSIDE) == 5000
        # still interactive once drawn: search, select, filter, click
        page.fill("#search", "Actor 4321")
        page.press("#search", "Enter")
        page.locator("#details h2.title").get_by_text("Actor 4321").wait_for()
        page.locator("#relation-filters input[value=criticizes]").uncheck()
        assert viewer.count("edges") < g.number_of_edges()
        viewer.assert_offline()


# What 500 allsides articles give (plus the seed article: 4,784 actors, 308 of them in a
# relation, 358 relations), measured once: `polkg ingest` of the first 500 records, --jobs 1.
ARTICLES_500 = (308, 358)  # actors in a relation, relations
HUB_LABELS = """() => {
  polkg.drawLabels();
  const box = document.getElementById('cy').getBoundingClientRect();
  return polkg.cy.nodes('.overlay').map(n => {
    const span = document.querySelector(`#labels .label[data-id="${n.id()}"]`);
    const r = span && span.getBoundingClientRect();
    return {id: n.id(), label: n.data('label'), text: span && span.textContent,
            px: span && parseFloat(getComputedStyle(span).fontSize),
            inside: !!r && r.width > 0 && r.right > box.left && r.left < box.right &&
                    r.top >= box.top && r.top <= box.bottom};
  });
}"""


@pytest.mark.slow
def test_viewer_browser_500_articles_open_with_legible_hub_labels(
    tmp_path: Path, playwright: Any
) -> None:
    g = article_sized_graph(*ARTICLES_500)
    assert (g.number_of_nodes(), g.number_of_edges()) == ARTICLES_500
    biggest = sorted(g, key=lambda n: (-g.degree(n), n))[:5]
    for viewer in open_viewer(g, tmp_path, playwright):
        page = viewer.open().page
        assert viewer.count("nodes") == ARTICLES_500[0]
        for zoom in (1.0, 0.25):  # as opened, then zoomed far out: hubs keep a legible label
            page.evaluate(f"void polkg.cy.zoom(polkg.cy.zoom() * {zoom})")  # void: cy is no result
            hubs = page.evaluate(HUB_LABELS)
            assert {h["id"] for h in hubs} >= set(biggest)
            for hub in hubs:  # a label on screen, its text the actor's, at least 10 px
                assert hub["text"] == hub["label"] and hub["px"] >= 10 and hub["inside"], hub
        # hover a hub: its neighbourhood is highlighted, the rest fades; a click keeps it
        page.evaluate("void polkg.cy.fit(undefined, 40)")
        hub = biggest[0]
        neighbours = set(nx.all_neighbors(g, hub)) | {hub}
        viewer.page.mouse.move(*_point(page, hub))
        lit = page.evaluate("polkg.cy.nodes('.hl').map(n => n.id())")
        assert set(lit) == neighbours
        faded = page.evaluate("polkg.cy.nodes('.faded').length")
        assert faded == g.number_of_nodes() - len(neighbours)
        viewer.click_node(hub)
        viewer.page.mouse.move(5, 5)
        assert set(page.evaluate("polkg.cy.nodes('.hl').map(n => n.id())")) == neighbours
        viewer.assert_offline()


def _point(page: Any, node_id: str) -> tuple[float, float]:
    p = page.evaluate(NODE_POINT, node_id)
    return p["x"], p["y"]


def test_viewer_browser_colours_by_coalition_and_replays_by_month(
    tmp_path: Path, playwright: Any
) -> None:
    from signed_sample import add_stance

    g = nx.MultiDiGraph()
    camps = {"a": ["a1", "a2", "a3"], "b": ["b1", "b2", "b3"]}
    for month, camp in (("2020-01", "a"), ("2020-02", "b")):  # endorsements inside each camp
        x, y, z = camps[camp]
        for n, (u, v) in enumerate(((x, y), (y, z), (z, x))):
            add_stance(g, u, v, "endorses", (f"{month}-1{n}", f"{camp}{n}"))
    for n, (u, v) in enumerate((("a1", "b1"), ("b2", "a2"), ("a3", "b3"), ("b1", "a3"))):
        add_stance(g, u, v, "criticizes", (f"2020-04-0{n + 1}", f"x{n}"))  # March has none
    for viewer in open_viewer(g, tmp_path, playwright):
        page = viewer.open().page
        assert viewer.count("edges") == 10
        assert page.evaluate("polkg.months") == ["2020-01", "2020-02", "2020-04"]
        assert page.input_value("#replay") == "2" and page.inner_text("#replay-month") == "2020-04"
        page.locator("#replay").fill("0")
        assert page.input_value("#date-to") == "2020-01-31"
        assert viewer.count("edges") == 3 and viewer.count("nodes") == 3  # camp a only
        page.locator("#replay").fill("1")
        assert page.input_value("#date-to") == "2020-02-29"  # a leap year
        assert viewer.count("edges") == 6 and viewer.count("nodes") == 6
        page.locator("#play").click()  # from February on to the last month, then stops
        page.locator("#replay-month", has_text="2020-04").wait_for()
        page.locator("#play", has_text="Play").wait_for()
        assert viewer.count("edges") == 10 and page.input_value("#date-to") == ""

        colour = functools.partial(page.evaluate, NODE_COLOUR)
        assert colour("a1") == colour("b1")  # all Persons: one type colour
        page.locator("input[name=colour][value=coalition]").check()
        assert page.get_attribute("body", "data-colour") == "coalition"
        assert colour("a1") == colour("a2") == colour("a3")
        assert colour("b1") == colour("b2") == colour("b3")
        assert colour("a1") != colour("b1")
        page.locator("input[name=colour][value=type]").check()
        assert colour("a1") == colour("b1")
        viewer.assert_offline()
