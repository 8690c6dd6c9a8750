"""A non-reflexive pronoun object is none of its own clause's subjects
(``pronoun_binding.unbound``): with several subjects it often finds one of them as its
antecedent. The sentence is from the audit articles, names as there."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from rule_edges import edges
from spacy.tokens import Token

from polkg.extract import Extractor
from polkg.extract.pronoun_binding import unbound
from polkg.model import EntityRecord


def test_a_pronoun_object_is_none_of_the_listed_subjects(nlp):
    text = (
        "Ted Cruz announced his bid on Monday. Likely candidates such as Rick Santorum, Rick "
        "Perry and Lindsey Graham have all publicly jabbed him in the past."
    )
    found = edges(Extractor(nlp), text)
    assert ("Rick Perry", "criticizes", "Lindsey Graham") not in found
    assert ("Rick Santorum", "criticizes", "Lindsey Graham") not in found


@dataclass(frozen=True)
class _Arg:
    entity: EntityRecord
    token: Token
    via_pronoun: bool = False


def test_only_a_non_reflexive_pronoun_naming_a_subject_is_dropped():
    doc = spacy.blank("en")("Graham him themselves Graham him")
    graham, perry = EntityRecord("Lindsey Graham", "Person"), EntityRecord("Rick Perry", "Person")
    subjects = [_Arg(graham, doc[0])]
    him, reflexive, named = (
        _Arg(graham, doc[1], True),
        _Arg(graham, doc[2], True),
        _Arg(graham, doc[3]),
    )
    other = _Arg(perry, doc[4], True)
    assert unbound([him, reflexive, named, other], subjects) == [reflexive, named, other]
