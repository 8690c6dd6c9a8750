"""Predicates mined from labelled sentences and CAMEO (patterns/predicates_mined.json, made by
scripts/mine_predicates.py): the rules of relations_mined.jsonl on news-style text, through the
same negation and hedging checks as every rule, and the words the miner must leave out."""

from __future__ import annotations

import json

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.lexicon import PATTERN_DIR, word_sets


def test_mined_verbs_state_criticism_and_praise(extractor: Extractor) -> None:
    assert ("Donald Trump", "criticizes", "Angela Merkel") in edges(
        extractor, "Donald Trump snubbed Angela Merkel at the summit in Brussels."
    )
    assert ("Donald Trump", "criticizes", "Nancy Pelosi") in edges(
        extractor, "Nancy Pelosi was humiliated by Donald Trump during the address."
    )
    text = "Tony Blair said he still admired David Blunkett and thought his integrity was intact."
    assert ("Tony Blair", "endorses", "David Blunkett") in edges(extractor, text)


def test_critical_of_as_predicate_and_set_off_after_a_name(extractor: Extractor) -> None:
    text = "Senator Mike Lee has been critical of Donald Trump since the convention."
    assert ("Mike Lee", "criticizes", "Donald Trump") in edges(extractor, text)
    text = "Junior Sen. Mike Lee, long critical of Donald Trump, spoke on Tuesday."
    assert ("Mike Lee", "criticizes", "Donald Trump") in edges(extractor, text)


def test_negated_or_clausal_uses_make_no_edge(extractor: Extractor) -> None:
    assert not edges(extractor, "Senator Mike Lee has never been critical of Donald Trump.")
    assert not edges(extractor, "Donald Trump did not snub Angela Merkel at the summit.")
    # "recommends the President direct ...": the President is the one who acts, not endorsed
    text = "Senator Trent Lott recommends President Bush direct the agencies to build a facility."
    assert not any(r == "endorses" for _, r, _ in edges(extractor, text))


def test_courtesies_and_reversed_feelings_are_not_mined() -> None:
    mined = word_sets("predicates_mined")
    everything = set().union(*mined.values())
    # thanks and congratulations cross every divide; "X disappointed Y" is Y's feeling; a
    # lawyer defends a client ("an outside attorney, James St. Clair, to defend him")
    assert not everything & {"thank", "congratulate", "disappoint", "sadden", "welcome", "defend"}
    assert {"snub", "humiliate"} <= mined["criticize_dobj"]
    data = json.loads((PATTERN_DIR / "predicates_mined.json").read_text(encoding="utf-8"))
    assert "mine_predicates.py" in data["_about"]
