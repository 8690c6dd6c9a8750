"""Wrong antecedents (audit batch 5, session 8): a surname, a pronoun or a generic bill noun
given to the wrong referent. Sentences in the style of the allsides and Senate articles."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document


def _named(nlp, text, word):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date="2017-07-19"))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


def _edges(nlp, text):
    result = Extractor(nlp).process(Document(id="t", text=text, date="2018-01-24"))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_antecedents_surname_after_a_given_name_of_its_own(nlp):
    # "Khizr Khan" is not the text's Humayun Khan, though the model keeps "Khizr" out of names
    text = (
        "Trump reacted to the parents of Humayun Khan, a fallen Army captain.\n\n"
        "Khizr Khan blasted Trump on stage last week."
    )
    assert _named(nlp, text, "Khan")[0] == "Humayun Khan"
    assert "Humayun Khan" not in _named(nlp, text, "Khan")[1:]


def test_antecedents_bare_surname_is_the_famous_father_not_the_junior(nlp):
    text = (
        "Mueller is now investigating Donald Trump Jr.'s Russia meeting. Republicans in "
        "Congress said the probe was unfair. Putin ran a campaign to influence the election "
        "in favor of Trump."
    )
    assert _named(nlp, text, "Trump")[-1] == "Donald Trump"


def test_antecedents_unresolved_subject_pronoun_blocks_the_chain(nlp):
    # "He has sided with Trump": "He" is nobody the rules can tell, so the next "He" is not
    # Trump, the one man named in the sentence before it
    text = (
        "The inquiry angered President Donald Trump.\n\n"
        "It was a rare instance when Democrats accused the senior Iowa senator of extreme "
        "partisanship.\n\n"
        "He has sided with Trump at times in criticizing the FBI.\n\n"
        "He also hammered former acting FBI Director Andrew McCabe."
    )
    assert _named(nlp, text, "He")[0] is None
    assert "Trump" not in (_named(nlp, text, "He")[1] or "")
    assert not any(e[2] == "Andrew McCabe" for e in _edges(nlp, text))


def test_antecedents_a_described_bill_is_not_the_named_one(nlp):
    text = (
        "Democrats back the Deferred Action for Childhood Arrivals Act. Though the Senate "
        "passed a continuing resolution late last year, the calculus changed when Trump came "
        "out against the measure. In March, Sen. Ron Wyden cosponsored legislation that would "
        "fund the county payments law."
    )
    edges = _edges(nlp, text)
    named = "Deferred Action for Childhood Arrivals Act"
    assert not any(e[1:] == ("opposes", named) for e in edges)
    assert ("Ron Wyden", "endorses", named) not in edges


def test_antecedents_a_bill_described_before_its_name_is_the_named_one(nlp):
    text = (
        "Sen. Jeff Bingaman today introduced legislation that will create a new wilderness "
        "area in Sandoval County. The Ojito Wilderness Act protects 11,000 acres."
    )
    assert ("Jeff Bingaman", "endorses", "Ojito Wilderness Act") in _edges(nlp, text)
