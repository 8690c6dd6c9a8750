"""Nominations: the possessor of a nomination to an office is the nominee, not the nominator.

"assurances from President Trump and Director Pompeo ... I have decided to support his
nomination to be our next Secretary of State": the nearest person before "his" is "the
president", who nominates; the nominee is the other one. A possessive of a nomination noun with
an office complement therefore never refers to a holder of a nominating office (the President),
unless the complement names that office ("his nomination for president" is a party's).
Word lists: ``patterns/nominations.json``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import OfficeHeld

_LISTS = word_sets("nominations")
NOMINATION_NOUNS = _LISTS["nomination_nouns"]
OFFICE_PREPOSITIONS = _LISTS["office_prepositions"]
NOMINATING_OFFICES = _LISTS["nominating_offices"]
NOMINATING_WORDS = _LISTS["nominating_words"]


def nominee_possessor(tok: Token) -> bool:
    """Whether ``tok`` possesses a nomination noun whose complement names another office than
    the nominator's ("his nomination to be our next Secretary of State")."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.lemma_.lower() not in NOMINATION_NOUNS:
        return False
    for c in noun.children:
        office = (c.dep_ == "acl" and any(a.lemma_ == "be" for a in c.subtree)) or (
            c.dep_ == "prep" and c.lower_ in OFFICE_PREPOSITIONS
        )
        if office and c.i > noun.i:
            return not any(t.lower_ in NOMINATING_WORDS for t in c.subtree)
    return False


def nominates(offices: Iterable[OfficeHeld]) -> bool:
    """Whether one of ``offices`` nominates to others (the President)."""
    return any(o.title.lower() in NOMINATING_OFFICES for o in offices)
