"""The triggered matcher finds what one DependencyMatcher of every rule finds per sentence."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

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
