"""Criticism told in a circumstance adjunct ("resigned ... after brutal criticism from the
president"): the critic is the "from" phrase's, the one criticized the clause's subject
(patterns/relations_adjuncts19.jsonl)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_criticism_after_which_the_subject_acts_is_of_the_subject(nlp):
    text = (
        "Jeff Sessions resigned as attorney general on Wednesday after brutal criticism from "
        "Donald Trump."
    )
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in edges(Extractor(nlp), text)


def test_attacks_despite_which_the_subject_leads(nlp):
    text = "Joe Biden has polled ahead in key states, despite relentless attacks from Donald Trump."
    assert ("Donald Trump", "criticizes", "Joe Biden") in edges(Extractor(nlp), text)


def test_criticism_with_its_own_target_is_not_of_the_subject(nlp):
    text = (
        "Jeff Sessions resigned on Wednesday after criticism of the Justice Department from "
        "Donald Trump."
    )
    assert ("Donald Trump", "criticizes", "Jeff Sessions") not in edges(Extractor(nlp), text)


def test_praise_in_the_adjunct_is_no_criticism(nlp):
    text = "Jeff Sessions resigned on Wednesday after praise from Donald Trump."
    assert not edges(Extractor(nlp), text)


def test_under_fire_with_the_critics_hung_on_the_verb(nlp):
    text = "Jeff Sessions came under fire from Republicans in January."
    assert ("Republican Party", "criticizes", "Jeff Sessions") in edges(Extractor(nlp), text)


def test_criticizing_an_act_of_someone_criticizes_him(nlp):
    text = (
        "Mitt Romney and Ben Sasse have criticized Donald Trump's phone call with Ukrainian "
        "President Volodymyr Zelensky."
    )
    found = edges(Extractor(nlp), text)
    assert ("Mitt Romney", "criticizes", "Donald Trump") in found
    assert ("Ben Sasse", "criticizes", "Donald Trump") in found
