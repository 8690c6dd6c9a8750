"""Surnames of known political persons, for bare surnames the statistical model mistypes.

spaCy's small model tags a lone "Trump" ORG most of the time and misses "Sessions" in "Trump
slammed Sessions"; a document that never gives the full name then has no person to link. The
list (``patterns/known_surnames.json``) is built by ``scripts/build_known_surnames.py`` from the
congress-legislators gazetteer and PETRARCH2's Phoenix actors, without common words.
"""

from __future__ import annotations

import functools

from polkg.extract.lexicon import words


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(words("known_surnames")["surnames"])


def is_known_surname(word: str) -> bool:
    """Whether ``word`` (as written: "Trump", not "trump") is a known politician's surname."""
    return word in _surnames()
