"""Party descriptions as references ("the California Republican"), on real-style news text
(allsides: Politico on the 2015 and 2018 House speaker races, Rand Paul on spending)."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document

RACE = (
    "Republican lawmakers see the race to succeed Speaker Paul Ryan (R-Wis.) as Kevin "
    "McCarthy\u2019s to lose.\n\n"
    "As majority leader, the California Republican has the most direct path to the job. "
    "He\u2019s also picked up an official endorsement from Ryan and is one of President "
    "Trump\u2019s top allies on Capitol Hill."
)


def _named(nlp, text, word):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


def test_descriptions_state_and_party_name_the_person_just_mentioned(nlp):
    # Ryan's "(R-Wis.)" rules him out; "the California Republican" is McCarthy, and so is "He"
    assert _named(nlp, RACE, "Republican") == ["Republican Party", "Kevin McCarthy"]
    assert _named(nlp, RACE, "He") == ["Kevin McCarthy"]


def test_descriptions_make_the_edge_of_the_pronoun_after_them(nlp):
    result = Extractor(nlp).process(Document(id="t", text=RACE))
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if not a.negated}
    assert ("Paul Ryan", "endorses", "Kevin McCarthy") in edges


def test_descriptions_kentucky_republican(nlp):
    text = (
        "Sen. Rand Paul put a price tag on federal spending Friday night. "
        "The Kentucky Republican said the figure was too high."
    )
    assert _named(nlp, text, "Republican") == ["Rand Paul"]


def test_descriptions_leave_predicates_questions_and_new_people_alone(nlp):
    # a predicate, a question, and a description that introduces someone else
    text = (
        "Devin Nunes has made quite a name for himself. Who is the Democrat? "
        "Adam Schiff said it was demoralizing. Meanwhile, the top Democrat on the Senate "
        "Judiciary Committee, Sen. Dianne Feinstein, called for hearings."
    )
    named = _named(nlp, text, "Democrat")
    assert len(named) == 2 and not {"Devin Nunes", "Adam Schiff"} & set(named), named


def test_descriptions_two_fitting_persons_leave_it_unresolved(nlp):
    text = (
        "Sen. Ted Cruz and Sen. Marco Rubio spoke on Tuesday. "
        "The Republican said the bill would fail."
    )
    assert _named(nlp, text, "Republican") != ["Ted Cruz"]
    assert _named(nlp, text, "Republican") != ["Marco Rubio"]
