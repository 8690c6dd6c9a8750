"""The span ruler's word-gated token matcher finds what one Matcher of every pattern finds."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.matcher import Matcher

from polkg.extract.nlp import RULER_NAME
from polkg.extract.word_gate import WordGatedMatcher

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"

TEXT = (
    "Sen. Jane Doe (R-Ala.) backed the Inflation Reduction Act and H.R. 4167, the National "
    "Uniformity for Food Act, before the 2020 Alabama Senate race; the Persist PAC and "
    "MoveOn.org opposed the Mueller probe into possible collusion."
)


def test_gated_matches_are_those_of_one_matcher_of_every_pattern(nlp) -> None:
    gated = nlp.get_pipe(RULER_NAME).matcher
    assert isinstance(gated, WordGatedMatcher)
    plain = Matcher(nlp.vocab)
    for key, pattern, _needed in gated._patterns:
        plain.add(key, [pattern])
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    found = 0
    for doc in nlp.pipe(texts):
        assert sorted(gated(doc)) == sorted(plain(doc))
        found += len(gated(doc))
    assert found > 10  # the texts hold token-pattern names (party tags, acts, elections)


def test_a_pattern_runs_only_where_its_words_are(nlp) -> None:
    gated = WordGatedMatcher(nlp.vocab, fuzzy_compare=lambda *a: False)
    gated.add("ACT", [[{"IS_TITLE": True, "OP": "+"}, {"TEXT": "Act"}]])
    gated.add("CAPS", [[{"TEXT": {"REGEX": "^[A-Z]{3,}$"}}]])
    with_act = nlp.make_doc("They passed the Clean Air Act.")
    without = nlp.make_doc("They passed the Clean Air Bill.")
    capitals = nlp.make_doc("NATO met.")
    assert gated(without) == []
    assert gated._matcher_of.cache_info().misses == 0  # no pattern was possible: none ran
    assert {nlp.vocab.strings[m] for m, _s, _e in gated(with_act)} == {"ACT"}
    assert {nlp.vocab.strings[m] for m, _s, _e in gated(capitals)} == {"CAPS"}
    assert gated(nlp.make_doc("Nato met.")) == []
    # the regex need is asked of its lexeme flag, on words the vocabulary meets after it too
    assert [n.flag is not None for _k, _p, needed in gated._patterns for n in needed] == [
        False,
        True,
    ]
    assert {nlp.vocab.strings[m] for m, _s, _e in gated(nlp.make_doc("QXZWV met."))} == {"CAPS"}
    assert gated(nlp.make_doc("Qxzwv met.")) == []


def test_word_tests_made_lexeme_flags_match_as_the_predicates_did(nlp) -> None:
    """A REGEX or NOT_IN on TEXT or LOWER becomes a lexeme flag in the per-document matchers
    (a first token's tag list is split into tags); the matches are those of the predicates,
    on words the vocabulary held before the flags and on words it meets after them."""
    patterns = [
        [{"TEXT": {"REGEX": "^[A-Z][a-z]+s$"}, "TAG": {"IN": ["NNPS", "NNP"]}}, {"LOWER": "for"}],
        [
            {"LOWER": {"REGEX": "^sen"}, "OP": "?"},
            {"TEXT": {"NOT_IN": ["Doe", "Roe"]}, "POS": "PROPN"},
        ],
        [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "senate"]}}, {"LOWER": "act"}],
    ]
    gated = WordGatedMatcher(nlp.vocab, fuzzy_compare=lambda *a: False)
    plain = Matcher(nlp.vocab)
    for k, pattern in enumerate(patterns):
        gated.add(f"P{k}", [pattern])
        plain.add(f"P{k}", [pattern])
    assert all("REGEX" not in str(p) and "NOT_IN" not in str(p) for p in gated._prepared)
    again = WordGatedMatcher(nlp.vocab, fuzzy_compare=lambda *a: False)
    again.add("P0", [patterns[0]])
    assert again._prepared[0] == gated._prepared[0]  # one flag per test and vocabulary
    texts = [
        "Democrats for Change met Sen. Jane Doe and Senator Zyxwvut Qwerty about the Air Act.",
        "The Senate Act failed; SENATOR Jones spoke, and Republicans for Trump cheered Quxbarians.",
    ]
    found = 0
    for doc in nlp.pipe(texts):
        assert sorted(gated(doc)) == sorted(plain(doc))
        found += len(gated(doc))
    assert found >= 5
