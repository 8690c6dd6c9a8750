"""The garbage collector's pace in polkg's own processes (``polkg.collector``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import main
from polkg.collector import YOUNG_THRESHOLD, collect_less_often


@contextmanager
def thresholds(young: int) -> Iterator[None]:
    """Start from ``(young, 10, 10)``; the test process's own thresholds come back after."""
    kept = gc.get_threshold()
    gc.set_threshold(young, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*kept)


def test_the_young_generation_is_collected_less_often() -> None:
    with thresholds(700):
        collect_less_often()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)


@pytest.mark.parametrize("young", [0, 50_000])
def test_collection_off_or_rarer_stays_so(young: int) -> None:
    with thresholds(young):
        collect_less_often()
        assert gc.get_threshold() == (young, 10, 10)


def test_a_command_runs_with_it(tmp_path: Path) -> None:
    query = ["query", "SELECT * WHERE {?s ?p ?o}", "--store", str(tmp_path)]
    with thresholds(700):
        result = CliRunner().invoke(main, query)  # (no store there: an error, after the group ran)
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD, result.output
