"""Shared fixtures: the spaCy pipeline (loaded once per session) and the shared-data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# What the command line reads from the environment (click's envvar): a POLKG_SCHEDULER exported
# for a Dask cluster sent every `polkg extract` and `polkg ingest` of the tests to that cluster
# (test_cli_extract_prints_design_md_json_lines failed: "cannot reach Dask scheduler").
CLI_ENVIRONMENT = ("POLKG_SCHEDULER", "POLKG_BATCH_SIZE")


@pytest.fixture(autouse=True)
def without_polkg_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as if none of CLI_ENVIRONMENT were set; a test sets what it needs."""
    for name in CLI_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def nlp():
    """polkg's pipeline (model + political patterns), loaded once for the whole test run."""
    from polkg.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def extractor(nlp):
    """An Extractor with the default settings, shared by the rule tests on short texts."""
    from polkg.extract import Extractor

    return Extractor(nlp)
