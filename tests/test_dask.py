"""Extraction on a Dask cluster: `polkg ingest --scheduler` builds the store a local run builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import main
from polkg.pipeline import ingest_paths
from polkg.store import Store

pytestmark = pytest.mark.slow  # worker processes (make test-fast skips it)

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "examples" / "wikinews" / "articles.jsonl"


@pytest.fixture(scope="module")
def cluster():
    """One worker process with one thread: real pickling between processes, light on CI."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_dask_ingest_gives_the_same_triples_as_a_local_run(cluster, tmp_path):
    corpus = tmp_path / "five.jsonl"
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:5]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["ingest", str(corpus), "--store", str(tmp_path / "dask"), "--batch-size", "2"]
        + ["--scheduler", cluster.scheduler_address],
    )
    assert result.exit_code == 0, result.output
    assert "5 documents added" in result.stderr
    ingest_paths([str(corpus)], tmp_path / "local")
    dask_quads = sorted(map(str, Store(tmp_path / "dask").quads()))
    local_quads = sorted(map(str, Store(tmp_path / "local").quads()))
    assert len(Store(tmp_path / "dask").documents()) == 5
    assert dask_quads == local_quads


def test_dask_unreachable_scheduler_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setattr("polkg.pipeline.CONNECT_TIMEOUT", 1)
    article = tmp_path / "a.txt"
    article.write_text("Elizabeth Warren endorsed Joe Biden on Wednesday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach Dask scheduler tcp://127.0.0.1:9")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
