"""Session 32's lexical forms (lexical32): a demand that a bill, law or named policy be ended is
the demander's opposition to it (patterns/relations_demands32.jsonl), and authorship of a plan is
its author's backing of it (patterns/relations_authorship32.jsonl), whose object must be a plan
the sentence itself names or introduces (the rule option ``object_named``,
``arguments.named_here``). Sentences after those of the readable articles where the forms were
missed or where their census found them."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_demand_that_a_law_be_ended_opposes_it(nlp):
    ex = Extractor(nlp)
    text = "The Conservatives have called for the Licensing Act to be shelved."
    assert ("Conservative Party", "opposes", "Licensing Act") in edges(ex, text)
    text = "Senator John Smith called for the repeal of the Hunting Act."
    assert ("John Smith", "opposes", "Hunting Act") in edges(ex, text)
    text = "Jane Doe demanded that the government abandon the Licensing Act."
    assert ("Jane Doe", "opposes", "Licensing Act") in edges(ex, text)
    text = "Jane Doe issued a call for the Licensing Act to be repealed."
    assert ("Jane Doe", "opposes", "Licensing Act") in edges(ex, text)


def test_a_demand_is_the_demanders_stance_only(nlp):
    ex = Extractor(nlp)
    text = "Senator John Smith called on the administration to scrap the Clean Power Plan."
    found = edges(ex, text)
    assert ("John Smith", "opposes", "Clean Power Plan") in found
    assert not any(s != "John Smith" for s, _, _ in found)


def test_no_demand_negated_reported_or_a_condition(nlp):
    ex = Extractor(nlp)
    text = "Jane Doe urged ministers not to scrap the Licensing Act."
    assert not edges(ex, text)
    text = "Jane Doe told reporters that Congress would repeal the Affordable Care Act."
    assert ("Jane Doe", "opposes", "Affordable Care Act") not in edges(ex, text)
    # 'in order for' states a condition, not a demand
    text = (
        "At first, the Geneva talks were about Russia's proposal Monday for Syria to give up "
        "control of its chemical weapons, which the United States had demanded in order for "
        "Obama to drop plans to launch military strikes."
    )
    assert not edges(ex, text)


def test_the_author_of_a_plan_backs_it(nlp):
    ex = Extractor(nlp)
    text = (
        "Fortunately, the amendment offered by Senator Daniel K. Inouye (D-Hawaii) only received "
        "58 votes while the DeMint amendment received 94 votes."
    )
    assert ("Daniel K. Inouye", "endorses", "Inouye amendment") in edges(ex, text)
    text = "Senator Jane Doe proposed the Clean Water Act of 2005 on Tuesday."
    assert ("Jane Doe", "endorses", "Clean Water Act of 2005") in edges(ex, text)
    text = (
        "Non-European Union citizens wanting to work in the UK will have to undergo tests for "
        "Tuberculosis and HIV, under plans unveiled by the Conservatives."
    )
    found = edges(ex, text)
    assert any(s == "Conservative Party" and r == "endorses" for s, r, _ in found)


def test_authorship_of_no_plan_the_sentence_names(nlp):
    ex = Extractor(nlp)
    # a generic noun resolved to the act the article named before is no proposal of it
    text = (
        "Feinstein was one of several lawmakers, including Democrats Mark Udall of Colorado and "
        "Ron Wyden of Oregon, who met with the president earlier this month. Udall, who has "
        "proposed legislation that would limit the government's ability to collect data on "
        "Americans, said he welcomed the president's pledge. Even with the proposed changes, "
        "Obama will have to persuade Congress to reauthorize the Patriot Act in 2015."
    )
    assert ("Mark Udall", "endorses", "Patriot Act") not in edges(ex, text)
    # the parser makes a verb of the plural after the name
    text = (
        "In April, Matthew Hoppock published every briefing, which he received after "
        "submitting Freedom of Information Act requests."
    )
    assert not any(r == "endorses" for _, r, _ in edges(ex, text))
    # 'announced plans to ...' tells an intention
    text = "President Donald Trump has announced plans to spend his vacation at his golf club."
    assert not any(r == "endorses" for _, r, _ in edges(ex, text))
