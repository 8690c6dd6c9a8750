"""A subject "he"/"she" is none of the persons its own clause names (binding principle C), and
a title after "a"/"an" ("a President Romney") is an imagined office, not one held. Sentences in
the style of the allsides and BASIL articles (audit batches 10 and 13, session 34)."""

from __future__ import annotations

from referents import named

from polkg.extract import Extractor
from polkg.model import Document


def _edges(nlp, text, date="2012-05-10"):
    result = Extractor(nlp).process(Document(id="t", text=text, date=date))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_subject_pronoun_is_not_the_person_its_clause_names(nlp):
    # the pronoun resolver takes Senator Jones (the sentence before's subject); "he ... broke
    # with Jones" cannot be Jones, so the complaint is nobody's the rules can tell
    text = (
        "Senator Doug Jones hired Richard Carmona in 2002.\n\n"
        "Later he publicly broke with Jones, complaining that the Treasury Department was "
        "placing politics over science."
    )
    edges = _edges(nlp, text)
    assert not any(s == "Doug Jones" and r == "criticizes" for s, r, _o in edges)


def test_subject_pronoun_keeps_an_antecedent_its_clause_does_not_name(nlp):
    # the guard must not fire on a clause naming someone else ("criticized Trump")
    text = (
        "Senator Doug Jones spoke in Mobile on Monday.\n\n"
        "He criticized Donald Trump over the tariffs."
    )
    assert ("Doug Jones", "criticizes", "Donald Trump") in _edges(nlp, text)


def test_subject_pronoun_guard_skips_predicates(nlp):
    # a predicate tells who the subject is: "he became the senator" is him
    text = (
        "Doug Jones won the Alabama race in 2017.\n\n"
        "He became the senator and criticized Roy Moore."
    )
    assert ("Doug Jones", "criticizes", "Roy Moore") in _edges(nlp, text)


def test_title_after_an_indefinite_article_is_no_office_held(nlp):
    # BASIL: "in the cross hairs of a President Romney" imagines Romney in office; "the
    # president" is the one person the text titles so, Obama
    text = (
        "Now that President Obama has publicly embraced same-sex marriage, both Mr. Romney "
        "and Mr. Obama have staked out positions.\n\n"
        "Such partnerships would be in the cross hairs of a President Romney, who supports a "
        "constitutional amendment.\n\n"
        "Maggie Gallagher, a founder of the group, disagreed. She called the president's "
        "decision a huge mistake."
    )
    assert named(nlp, text, "president", date="2012-05-10")[-1] == "Barack Obama"


def test_the_president_is_the_holder_of_the_year_its_sentence_names(nlp):
    # allsides 2012 (audit batch 10): "the president" of a 2006 event is George W. Bush, not the
    # president of the story's day; so "he ... broke with the president" is not Bush either,
    # and the complaint after it is nobody's the rules can tell
    text = (
        "The campaigns of President Barack Obama and Mitt Romney agreed to three debates.\n\n"
        "In 2002, President George W. Bush picked him to be the 17th Surgeon General. He was "
        "best known for warning about the dangers of secondhand smoke. Pushed out of his job "
        "in 2006, he later publicly broke with the president, complaining that the Bush "
        "administration was placing politics over science."
    )
    assert named(nlp, text, "president", date="2012-10-01")[-1] == "George W. Bush"
    edges = _edges(nlp, text, date="2012-10-01")
    assert not any(s == "George W. Bush" and r == "criticizes" for s, r, _o in edges)


def test_a_year_inside_a_noun_phrase_does_not_date_the_president(nlp):
    # allsides 2017 (audit): "during the 2016 campaign" dates the surveillance, not the
    # president whose allegation it is; "the president" stays the president of the day
    text = (
        "Democrats excoriated him for refusing to hold hearings for President Barack Obama's "
        "nominee. President Donald Trump said nothing.\n\n"
        "Specifically, he has pressed the FBI on its surveillance activities during the 2016 "
        "campaign, appearing to pursue the president's allegation that he was wiretapped."
    )
    assert named(nlp, text, "president", date="2017-08-07")[-1] != "Barack Obama"
