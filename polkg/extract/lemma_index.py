"""The lemmatizer's word index asked as a set: the same lemmas, without walking a list per form.

spaCy's rule lemmatizer asks ``form in index`` of each form its suffix rules make from a word it
has not yet seen with that POS and morphology, and the English tables keep each POS's index as a
list (57,528 nouns, 20,993 adjectives, 8,700 verbs, 3,775 adverbs): every such question walks
the list. It is most of the lemmatizer's cost in a fresh process (0.7-0.9 s of CPU on the bench's
40 articles on a loaded machine, a sixth of that once its cache is warm, so only a run from the
start shows it). `IndexedWords` is that list with a set beside it for membership: the same
items in the same order, serialized as the list it is, so the lemmatizer's own code gives the
same lemmas, and its ``to_bytes`` (and so the parse cache's key) is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import Lemmatizer

INDEX_TABLE = "lemma_index"


class IndexedWords(list[str]):
    """A list of words whose ``in`` asks a set (made once; the index is never changed)."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_lemmatizer_words(nlp: Language) -> Language:
    """Give every rule lemmatizer of ``nlp`` its word index as `IndexedWords`."""
    for _, pipe in nlp.pipeline:
        lookups: Any = getattr(pipe, "lookups", None)
        if not isinstance(pipe, Lemmatizer) or lookups is None or INDEX_TABLE not in lookups:
            continue
        table = lookups.get_table(INDEX_TABLE)
        for key, words in list(table.items()):
            if type(words) is list:
                table[key] = IndexedWords(words)
    return nlp
