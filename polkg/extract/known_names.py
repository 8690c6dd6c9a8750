"""Surnames of known political persons, for bare surnames the statistical model mistypes.

spaCy's small model tags a lone "Trump" ORG most of the time and misses "Sessions" in "Trump
slammed Sessions"; a document that never gives the full name then has no person to link. The
list (``patterns/known_surnames.json``) is built by ``scripts/build_known_surnames.py`` from the
congress-legislators gazetteer and PETRARCH2's Phoenix actors, without common words.
"""

from __future__ import annotations

import functools

import spacy.util
from spacy.lookups import Lookups

from polkg.extract.lexicon import words


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(words("known_surnames")["surnames"])


def known_surnames() -> frozenset[str]:
    """Every known surname as written (a pass over a whole document tests its words at once)."""
    return _surnames()


def is_known_surname(word: str) -> bool:
    """Whether ``word`` (as written: "Trump", not "trump") is a known politician's surname."""
    return word in _surnames()


_WORD_CLASSES = ("noun", "verb", "adj", "adv")


@functools.cache
def _dictionary() -> tuple[dict[str, frozenset[str]], dict[str, list[list[str]]]] | None:
    """The English words of the spaCy model's lemmatizer (WordNet's nouns, verbs, adjectives and
    adverbs, about 91,000 base forms, their irregular forms, and the suffix rules that make
    the regular ones: "remarks" -> "remark"), read from the installed model's files; None
    when the model ships no such tables."""
    from polkg.extract.nlp import MODEL

    root = spacy.util.get_package_path(MODEL)
    for folder in sorted(root.glob("*/lemmatizer/lookups"), reverse=True):
        lookups = Lookups().from_disk(folder)
        if not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
            continue
        index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        rules = lookups.get_table("lemma_rules")
        words = {c: frozenset(index.get(c, ())) | frozenset(exc.get(c, {})) for c in _WORD_CLASSES}
        return words, {c: list(rules.get(c, [])) for c in _WORD_CLASSES}
    return None


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is an English word or a regular form of one ("arson", "remarks"): a
    capitalised word the statistical model once calls a person that is none ("Comey",
    "Kagan") is a name. Without the model's tables every word counts as one, so nothing more
    becomes a name."""
    tables = _dictionary()
    if tables is None:
        return True
    words, rules = tables
    low = word.lower()
    return any(
        low in words[c]
        or any(
            low.endswith(old) and low[: len(low) - len(old)] + new in words[c]
            for old, new in rules[c]
        )
        for c in _WORD_CLASSES
    )
