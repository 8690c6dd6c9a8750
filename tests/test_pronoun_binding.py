"""A non-reflexive pronoun object is none of its own clause's subjects
(``pronoun_binding.unbound``): with several subjects it often finds one of them as its
antecedent. The sentence is from the audit articles, names as there."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from rule_edges import edges, types_and_edges
from spacy.tokens import Token

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.extract.pronoun_binding import unbound
from polkg.model import Document, EntityRecord


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


HATCH = (
    "Judge Michael Watson brings a wealth of trial and appellate experience to the federal "
    'bench. A substantial majority of the ABA Committee rated him "Qualified" for this '
    "nomination to the federal bench, and I am confident that he will make a fine jurist. I "
    "urge my colleagues to vote to confirm him to the Southern District of Ohio."
)


def test_an_object_pronoun_up_a_chain_of_to_clauses_is_resolved(nlp):
    # "to confirm him" hangs on "to vote" (a purpose clause to the parser), which hangs on
    # "urge": the urging senator and his colleagues are the clauses' subjects, the judge "him"
    text = "Senator Orrin Hatch spoke on the floor on Tuesday.\n" + HATCH
    _types, found = types_and_edges(
        Extractor(nlp), text, outlet="Office of Sen. Hatch (press release)"
    )
    assert ("Orrin Hatch", "endorses", "Michael Watson") in found


def test_a_participle_still_leaves_its_object_pronoun_open(nlp):
    # whose participle "opening" is the parse does not say: "him" stays nobody's
    text = (
        "Mike Lee met Mitt Romney on Monday. He voted against the bill, opening him up to "
        "attacks from Donald Trump."
    )
    found = edges(Extractor(nlp), text)
    assert not any(o in ("Mike Lee", "Mitt Romney") for s, _r, o in found if s == "Donald Trump")


def test_an_object_controlled_clause_with_no_subject_leaves_its_pronoun_open(nlp):
    # fresh35 Domenici468: "urge his colleagues to join him": the colleagues join, and whose
    # "him" it is the parse loses with the urging clause's subject: never the nominee
    text = (
        "SEN. DOMENICI ARGUES FOR CONFIRMATION OF ATTORNEY GENERAL-NOMINEE GONZALES\n"
        "Sen. Pete Domenici took to the floor of the Senate today to strongly urge his "
        "colleagues to join him in voting to confirm Alberto Gonzales to be the next Attorney "
        "General of the United States."
    )
    doc = nlp(text)
    outlet = "Office of Sen. Domenici (press release)"
    ents = find_entities(doc, Document(id="t", text=text, outlet=outlet))
    him = next(t for t in doc if t.lower_ == "him")
    found = ents.entity_at(him.i)
    assert found is None or found.name != "Alberto Gonzales"
