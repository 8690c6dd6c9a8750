"""Wrong antecedents (audit batch 5, session 8; batch 6, session 10): a surname, a pronoun, a
title, a bare "the government" or a generic bill noun given to the wrong referent. Sentences in
the style of the allsides and Senate articles."""

from __future__ import annotations

from referents import named

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document


def _named(nlp, text, word):
    return named(nlp, text, word, date="2017-07-19")


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


def test_antecedents_a_bill_described_after_another_and_named_paragraphs_later(nlp):
    # fresh32 Wyden148 (session 33): the release is about a tax bill Wyden votes against and
    # gives its number only in the last paragraph; the legislation he cosponsored "that would
    # fully fund" county payments is another bill
    text = (
        "A major tax bill expected to be approved by Congress this week uses a funding "
        "provision proposed by Sen. Ron Wyden. Sen. Wyden will vote against the tax bill in "
        "the Senate.\n\n"
        "In March, Wyden cosponsored legislation that would fully fund a reauthorization of "
        "the county payments law.\n\n"
        '"They liked it so much they used it for their own priorities," Wyden said.\n\n'
        "In early 2005, Wyden and others introduced a bipartisan bill to reauthorize the "
        "county payments law for another seven years.\n\n"
        "Today's tax bill, HR 4297, passed the House of Representatives last night."
    )
    assert ("Ron Wyden", "endorses", "HR 4297") not in _edges(nlp, text)


def test_antecedents_a_bill_brought_up_with_a_clause_after_another_is_not_one_named_later(nlp):
    # audit batch 4 (allsides ddr4J6Zo5QBEYBEw): "A bill introduced Thursday by Rep. Clark, for
    # example," after a plan the text described; the one act it names, three paragraphs on, is
    # the Freedom of Information Act
    text = (
        "The organization said it was working on a plan that would comply with all applicable "
        "rules and regulations.\n\n"
        "Democrats are trying to make points through legislation, too. A bill introduced "
        "Thursday by Massachusetts Rep. Katherine Clark, for example, would require the "
        "president to put all assets in a certified blind trust.\n\n"
        "Several senators said they would question the Cabinet nominees.\n\n"
        "Democrats said they expect to hear from government employees.\n\n"
        "Reporters have filed requests under the Freedom of Information Act."
    )
    edges = _edges(nlp, text)
    assert ("Katherine Clark", "endorses", "Freedom of Information Act") not in edges


def test_antecedents_a_bill_described_after_another_and_named_next_is_the_named_one(nlp):
    # Chambliss199 (fresh30): another bill came up before, but the name follows at once
    text = (
        "The President's new strategy includes a proposal on biofuels.\n\n"
        "This week, Sen. Saxby Chambliss introduced legislation that will promote regional "
        "diversity in the production of biofuels. The Cellulosic Ethanol Incentive Act "
        "gives a tax credit to producers."
    )
    assert ("Saxby Chambliss", "endorses", "Cellulosic Ethanol Incentive Act") in _edges(nlp, text)


def test_antecedents_bare_surname_is_the_bearer_the_text_calls_so(nlp):
    # Joe Biden is "Biden" throughout; his son is "Hunter", then "Hunter Biden": a later bare
    # "Biden" is still Joe, however recently Hunter came up
    text = (
        "Polls showed Democratic nominee Joe Biden leading President Donald Trump. Biden said "
        "voters deserve better. Biden made another comment on Friday. A report discussed a "
        "laptop of Biden's son Hunter. Hunter Biden did not comment. Hunter was in Ukraine "
        "then.\n\nBiden slammed Trump over the virus."
    )
    assert _named(nlp, text, "Biden")[-1] == "Joe Biden"


# audit batch 6 (session 10): a possessive in a fronted phrase is the main subject's, "the
# senator" among state senators is nobody, a bare "the government" is not a foreign one the text
# names only later, a plural bill noun is not the one bill named, a bare surname is the bearer
# introduced first


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


def test_bare_surname_is_the_bearer_introduced_first_not_the_latest_namesake(nlp):
    # "Adams" after "John Quincy Adams" (twice) and his wife "Louisa Adams" (once) is the
    # president, however recent Louisa is
    text = (
        "Andrew Jackson and John Quincy Adams\n\n"
        "That dishonor goes to the White House run in 1828 between Andrew Jackson and John "
        "Quincy Adams.\n\n"
        "Louisa Adams was a Washington socialite who became her husband's campaign manager.\n\n"
        "Adams had beaten Jackson in the presidential campaign of 1824."
    )
    assert _named(nlp, text, "Adams")[-1] == "John Quincy Adams"


def test_antecedents_title_is_the_holder_seen_before_not_one_named_later(nlp):
    # audit batch 8: "The attorney general" is the Sessions of the sentence before, whom the
    # text titles only by a bare surname further on, not the Alberto Gonzales it recalls last
    text = (
        "Jeff Sessions did exactly what he needed to do Tuesday.\n\n"
        "The attorney general, an early Trump supporter, revealed little in the hearing.\n\n"
        '"He thought that Attorney General Sessions did a very good job," Sarah Sanders said.\n\n'
        "It reminded Washington of another attorney general, Attorney General Alberto Gonzales."
    )
    assert _named(nlp, text, "attorney")[0] == "Jeff Sessions"
    # a holder named before the reference keeps it: nothing to prefer
    text_b = (
        "Attorney General Alberto Gonzales testified on Tuesday. Jeff Sessions watched.\n\n"
        "The attorney general revealed little in the hearing.\n\n"
        "Later Attorney General Sessions spoke."
    )
    assert _named(nlp, text_b, "attorney")[0] == "Alberto Gonzales"


def _named_on(nlp, text, word, date):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date=date))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


def test_antecedents_former_office_holder_from_dated_terms(nlp):
    # nobody is titled so: the one person named before who held the office before the date
    text = (
        "Hillary Clinton and Donald Trump held rallies on Monday.\n\n"
        "For the former secretary of state, staying out of the spotlight is wise."
    )
    assert _named_on(nlp, text, "secretary", "2016-08-23") == ["Hillary Clinton"]
    assert _named_on(nlp, text, "secretary", None) == [None]  # undated: no telling
    assert _named_on(nlp, text, "secretary", "2008-05-01") == [None]  # not yet a holder
    # "of" + a gerund does not continue the title; two former holders: nobody
    text = (
        "Julian Castro went after Joe Biden on stage.\n\n"
        "Castro accused the former vice president of changing his position."
    )
    assert _named_on(nlp, text, "vice", "2019-09-13") == ["Joe Biden"]
    assert ("Julian Castro", "criticizes", "Joe Biden") in {
        (a.subject, a.relation, a.object)
        for a in Extractor(nlp).process(Document(id="t", text=text, date="2019-09-13")).assertions
        if a.positive
    }
    text = (
        "Joe Biden and Mike Pence spoke at the event.\n\n"
        "Castro accused the former vice president of changing his position."
    )
    assert _named_on(nlp, text, "vice", "2021-09-13") == [None]


def test_antecedents_party_role_is_the_presidential_nominee_of_the_day(nlp):
    # the text never calls Trump a Republican; in October 2016 he is "the GOP nominee"
    text = (
        "Donald Trump had some strong moments in the debate with Hillary Clinton.\n\n"
        "The GOP nominee stayed on the attack against Clinton on her biggest vulnerabilities."
    )
    assert _named_on(nlp, text, "nominee", "2016-10-20") == ["Donald Trump"]
    assert _named_on(nlp, text, "nominee", "2015-10-20") == [None]  # no nominee yet
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in {
        (a.subject, a.relation, a.object)
        for a in Extractor(nlp).process(Document(id="t", text=text, date="2016-10-20")).assertions
        if a.positive
    }


def test_antecedents_title_shared_by_two_is_the_one_the_text_is_about(nlp):
    text = (
        "Alabama senator Doug Jones on Sunday criticized gaps in testimony.\n\n"
        "Jones, speaking to ABC, argued that the Senate needed to interview witnesses.\n\n"
        "Sen. Doug Jones responded to Sen. Ron Johnson's claim that the charges are thin.\n\n"
        "Jones explained that it means witnesses.\n\n"
        "The senator blamed the lack of evidence on Trump."
    )
    assert _named_on(nlp, text, "senator", "2019-12-23")[-1] == "Doug Jones"
    text = (
        "Sen. Doug Jones responded to Sen. Ron Johnson's claim that the charges are thin.\n\n"
        "The senator blamed the lack of evidence on Trump."
    )
    assert _named_on(nlp, text, "senator", "2019-12-23")[-1] is None
