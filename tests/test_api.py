"""The Python API (polkg.api) and the example notebook, run on the bundled Wikinews sample."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from polkg.api import edges_frame, load_graph, nodes_frame, open_store, query_frame
from polkg.errors import PolkgError
from polkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    from rdf_sample import seed_graph

    store = Store(tmp_path_factory.mktemp("api") / "kg")
    store.save_graph(seed_graph())
    return store


def test_api_edges_frame_has_one_row_per_edge(store) -> None:
    g = load_graph(store)
    edges = edges_frame(store)
    assert len(edges) == g.number_of_edges()
    row = edges[(edges.source == "jeff-sessions") & (edges.relation == "criticizes")].iloc[0]
    assert (row.source_label, row.target_label) == ("Jeff Sessions", "Donald Trump")
    assert row.n_documents == g.edges["jeff-sessions", "donald-trump", "criticizes"]["n_documents"]
    assert str(edges["first_date"].dtype).startswith("datetime64")
    assert row.sentence.startswith("Sessions shot back")


def test_api_nodes_frame_and_query_frame(store) -> None:
    nodes = nodes_frame(store.path)
    assert set(nodes.id) == set(load_graph(store.path))
    critics = query_frame(store, "who-criticizes", {"name": "DONALD TRUMP"})
    assert set(critics.criticLabel) == {"Jeff Sessions", "Doug Jones"}
    assert isinstance(load_graph(load_graph(store)), nx.MultiDiGraph)


def test_api_open_store_needs_a_store(tmp_path) -> None:
    with pytest.raises(PolkgError, match="no store at"):
        open_store(tmp_path / "none")


@pytest.mark.slow  # a Jupyter kernel process
def test_api_example_notebook_runs_on_the_bundled_sample() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    path = ROOT / "examples" / "polkg-api.ipynb"
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    )
    client.execute()  # raises CellExecutionError on any failing cell
    outputs = [
        "".join(
            o.get("text", "") or str(o.get("data", {}).get("text/plain", "")) for o in cell.outputs
        )
        for cell in notebook.cells
        if cell.cell_type == "code"
    ]
    assert "14 documents added" in outputs[0]
    assert "Joe Biden" in outputs[5]  # who criticizes "donald trump": Biden and Obama
    assert "Barack Obama" in outputs[5]
