"""Wrong antecedents of audit batch 6 (session 10), by class: a possessive in a fronted phrase
is the main subject's, "the senator" among state senators is nobody, a bare "the government"
is not a foreign one the text names only later, a plural bill noun is not the one bill named.
Sentences in the style of the allsides articles."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document


def _named(nlp, text, word):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date="2017-12-06"))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


def _edges(nlp, text):
    result = Extractor(nlp).process(Document(id="t", text=text, date="2017-12-06"))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_fronted_phrase_possessive_is_the_main_subjects_past_its_object(nlp):
    text = (
        "President Donald Trump watched the race. Polls show Roy Moore regaining his lead on "
        "Doug Jones.\n\n"
        "After days of focusing his criticism on Jones, Trump finally gave Moore "
        "a full-throated endorsement on Monday."
    )
    assert _named(nlp, text, "his")[-1] == "Donald Trump"
    edges = _edges(nlp, text)
    assert ("Roy Moore", "criticizes", "Doug Jones") not in edges


def test_the_senator_among_state_senators_is_nobody(nlp):
    text = (
        "Sen. Bernie Sanders is looking to rebound. Florida Sen. Marco Rubio and Texas Sen. "
        "Ted Cruz trail Trump.\n\n"
        "Christie has been unrelenting in questioning Rubio's readiness. At Saturday's debate, "
        "he slammed the senator for repeatedly reciting talking points."
    )
    assert _named(nlp, text, "senator") == [None]


def test_the_government_is_not_a_foreign_one_named_later(nlp):
    text = (
        "Justice Sonia Sotomayor pointedly accused the government of blaming the law.\n\n"
        "The Mexican government is urging the justices to maintain DACA. The government "
        "filed a brief."
    )
    named = _named(nlp, text, "government")
    assert named[0] is None
    assert named[-1] == "Mexican government"


def test_plural_bill_noun_is_not_the_one_bill_named(nlp):
    text = (
        "There is nothing in our Constitution granting the President such powers. "
        "McGahn and Hicks witnessed Trump's potentially obstructive acts firsthand."
    )
    assert not any(e[2] == "Constitution" for e in _edges(nlp, text))
