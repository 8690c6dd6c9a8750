"""scripts/error_categories.py: which misses count as quotation and reference misses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "error_categories.py"
_SPEC = importlib.util.spec_from_file_location("error_categories", SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
error_categories = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(error_categories)

SENTENCE = 'Trump\'s attacks on critics such as Flake and Corker were "a disgrace," McCain said.'


def test_evidence_inside_a_quotation_is_a_quote_miss() -> None:
    assert error_categories._in_quotation(SENTENCE, "a disgrace")


def test_evidence_holding_a_mark_is_a_quote_miss() -> None:
    assert error_categories._in_quotation(SENTENCE, 'were "a disgrace," McCain said')


def test_evidence_beside_a_quotation_is_not_a_quote_miss() -> None:
    assert not error_categories._in_quotation(SENTENCE, "attacks on critics such as Flake")


def test_evidence_not_found_in_its_sentence_is_not_a_quote_miss() -> None:
    assert not error_categories._in_quotation(SENTENCE, "no such words")


LIST = (
    "all Democratic senators supported convicting the president, including Sens. Joe Manchin, "
    "D-W.Va., and Doug Jones."
)


def test_a_name_before_a_comma_is_named() -> None:
    assert error_categories._named_in(LIST, {"joe manchin"})
    assert error_categories._named_in(LIST, {"doug jones"})


def test_a_name_inside_a_longer_word_is_not_named() -> None:
    assert not error_categories._named_in(LIST, {"jon"})
    assert not error_categories._named_in(LIST, {"manchi"})
