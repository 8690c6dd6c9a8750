"""A call on someone to resign criticizes him however the parser tags "on" (session 42,
deadrules42; docs/lexicon-breadth.md "Session 42: rules that never fire"): in "Sanders called on
Joe Biden to resign" the parser makes "on" a particle, where ``criticize.demand.resign`` asked for
a preposition, so the sentence gave nothing ("Democrats called on Jeff Sessions to resign", with
"on" a preposition, did)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_call_on_someone_to_resign_criticizes_him(extractor: Extractor) -> None:
    for text, holder, target in (
        ("Senator Bernie Sanders called on Joe Biden to resign.", "Bernie Sanders", "Joe Biden"),
        ("Democrats called on Jeff Sessions to resign.", "Democratic Party", "Jeff Sessions"),
    ):
        assert (holder, "criticizes", target) in edges(extractor, text), text


def test_a_denied_call_to_resign_is_no_edge(extractor: Extractor) -> None:
    assert not edges(extractor, "Senator Bernie Sanders did not call on Joe Biden to resign.")
