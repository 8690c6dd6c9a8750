"""Shared fixtures: the spaCy pipeline (loaded once per session) and the shared-data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


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
