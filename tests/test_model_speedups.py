"""polkg's pipeline runs the model's attribute ruler and lemmatizer more cheaply
(attribute_rules.py, lemma_index.py) and must annotate exactly as the stock model does."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.matcher import Matcher

from polkg.extract.attribute_rules import ColumnMatcher
from polkg.extract.lemma_index import IndexedWords
from polkg.extract.nlp import MODEL

# forms the ruler's word rules are for ("ain't", "nothin'", "y'all", "there is", "do" as a
# verb, "gets"/"got", a space token) and inflected words the lemmatizer's rules must find
TEXTS = [
    "Sen. Jane Doe said the senators' filibusters ain't nothin' new, y'all.\n\n"
    "There is a bill. She did it, and he gets what he got.  Lawmakers were stonewalling.",
    "The Republicans criticized the Democrats' proposals, which they called costlier and "
    "worse than the administration's earlier drafts; Warren opposed the nominees' hearings.",
]
ANNOTATIONS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return spacy.load(MODEL)


def test_column_matcher_finds_the_matchers_matches(nlp, stock) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, ColumnMatcher)
    assert ruler.matcher._compiled() is not None  # every rule of the model as column tests
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    spans = set()
    for doc in docs:
        found = sorted(ruler.matcher(doc, allow_missing=True))
        assert found == sorted(ruler.matcher.matcher(doc, allow_missing=True))
        assert len(found) > len(doc)  # a tag rule for every token, and word rules besides
        spans.update(end - start for _, start, end in found)
    assert spans == {1, 2}  # two-token rules too ("ai n't", "There is")


def test_the_pipeline_annotates_as_the_stock_model(nlp, stock) -> None:  # type: ignore[no-untyped-def]
    for text in TEXTS:
        ours, theirs = nlp(text), stock(text)
        assert (ours.to_array(ANNOTATIONS) == theirs.to_array(ANNOTATIONS)).all()
    assert [t.lemma_ for t in nlp(TEXTS[1]) if t.text in {"proposals", "costlier"}] == [
        "proposal",
        "costly",
    ]


def test_the_parse_cache_key_stays_the_stock_models(nlp, stock) -> None:  # type: ignore[no-untyped-def]
    """The column matcher and the indexed words leave every component's serialized state as
    it was, so the parse cache keeps its entries."""
    for name in ("attribute_ruler", "lemmatizer"):
        ours = nlp.get_pipe(name).to_bytes(exclude=["vocab"])
        assert ours == stock.get_pipe(name).to_bytes(exclude=["vocab"])


def test_a_rule_with_an_operator_leaves_the_matching_to_spacy(stock) -> None:  # type: ignore[no-untyped-def]
    matcher = Matcher(stock.vocab)
    matcher.add("0", [[{"TAG": "NNP", "OP": "+"}]])
    columns = ColumnMatcher(matcher, stock.vocab)
    doc = stock("Jane Doe spoke.")
    assert columns._compiled() is None
    assert columns(doc, allow_missing=True) == matcher(doc, allow_missing=True)


def test_indexed_words_answer_in_as_the_list() -> None:
    words = ["senator", "bill", "vote"]
    indexed = IndexedWords(words)
    assert indexed == words and isinstance(indexed, list)
    assert [w in indexed for w in ("bill", "bills", "")] == [True, False, False]
