"""The triggered matcher finds what one DependencyMatcher of every rule finds per sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from polkg.errors import PolkgError
from polkg.extract.matching import TriggeredMatcher
from polkg.extract.relations import RelationMatcher

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"

# sentences with several roots in their own parse (a head outside the sentence), an entity
# cut at the sentence's edge, and the usual rule triggers
TEXT = (
    "Senator Jane Doe criticized the Senate on Friday. Trump endorsed Tommy Tuberville, and "
    "Sessions recused himself from the Russia investigation.\n"
    "Democrats opposed the bill because it did not include protections; McCain said "
    "Mr. Trump is doing the party a great disservice."
)


def _reference(matcher: TriggeredMatcher, doc: Doc) -> list[tuple[int, list[int]]]:
    """The combined matcher on each sentence as a Span, in sentence order."""
    return [
        (match_id, [sent.start + i for i in token_ids])
        for sent in doc.sents
        for match_id, token_ids in matcher.matcher(sent)
    ]


def test_triggered_matches_are_the_combined_matchers(nlp) -> None:
    relations = RelationMatcher(nlp.vocab)
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    found = 0
    for doc in nlp.pipe(texts):
        expected = _reference(relations._matches, doc)
        assert list(relations._matches(doc)) == expected
        found += len(expected)
    assert found > 10  # the texts do trigger rules


def test_rule_prefilters_reject_only_rules_that_cannot_match(nlp) -> None:
    """Every rule that matches a sentence passes its prefilter (so skipping the others changes
    no match), and the dependency-tree test rejects rules the trigger's words let through."""
    from dataclasses import replace

    from polkg.extract.matching import _TokenTable
    from polkg.extract.rule_prefilters import SentenceView, _Node

    no_tree = _Node((), (), ())

    matcher = RelationMatcher(nlp.vocab)._matches
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    matched = rejected = 0
    for doc in nlp.pipe(texts):
        table = _TokenTable(doc)
        for sent in doc.sents:
            start, end = sent.start, sent.end
            if not table.single_root(start, end):
                continue
            present = table.present(start, end)
            view = SentenceView(
                present, table.fields[start:end], table.lemmas[start:end], table.heads, start
            )
            sent_doc = table.sentence_doc(sent)
            for prefilter, single in matcher._rule_matchers:
                if prefilter.words is not None and present.isdisjoint(prefilter.words):
                    continue
                passes = prefilter.possible(view)
                if single(sent_doc):
                    assert passes, (sent.text, prefilter.words)
                    matched += 1
                elif not passes and replace(prefilter, tree=no_tree).possible(view):
                    rejected += 1  # by the tree test alone
    assert matched > 10 and rejected > 10


def test_word_gates_pass_only_rules_whose_other_words_the_sentence_holds(nlp) -> None:
    """A rule runs on a sentence only when it holds one of the trigger's words and, for each
    word test of the rule's other nodes, one of its words lower-cased; the matches stay those
    of the combined matcher."""

    def rule(key: str, other: dict[str, object]) -> tuple[str, list[dict[str, object]], str]:
        trigger = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "criticize"}}
        link = {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "other", "RIGHT_ATTRS": other}
        return key, [trigger, link], "test"

    rules = [
        rule("senate", {"LEMMA": "Senate", "DEP": "dobj"}),
        rule("object", {"DEP": "dobj"}),
        rule("for", {"LOWER": {"IN": ["for", "over"]}}),
    ]
    matcher = TriggeredMatcher(nlp.vocab, rules)
    gates = [prefilter.gate for prefilter, _single in matcher._rule_matchers]
    assert gates == [(frozenset({"senate"}),), (), (frozenset({"for", "over"}),)]
    assert list(matcher._gates.rules({"criticize", "the", "senate"})) == [0, 1]
    assert list(matcher._gates.rules({"criticize", "over"})) == [1, 2]
    assert list(matcher._gates.rules({"senate", "for"})) == []  # no trigger word
    doc = nlp("Doe criticized the Senate. Roe criticized him for the vote.")
    found = list(matcher(doc))
    assert found == _reference(matcher, doc)
    assert {doc.vocab.strings[m] for m, _ids in found} == {"senate", "object", "for"}


def test_packaged_rules_pass_spacys_pattern_check(nlp) -> None:
    """Start-up builds the packaged rules' matchers without spaCy's schema check; the check
    is made here (a user's rule file is still checked as it loads)."""
    from polkg.extract.rules import load_rules

    rules = [(r.id, r.pattern, r.source) for r in load_rules() if r.pattern is not None]
    assert len(rules) > 100
    TriggeredMatcher(nlp.vocab, rules, validate=True)  # raises PolkgError on a bad pattern
    bad = [("x", [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"NOSUCH": "attack"}}], "rules.jsonl")]
    with pytest.raises(PolkgError, match="rules.jsonl: bad pattern"):
        TriggeredMatcher(nlp.vocab, bad, validate=True)
