"""Party descriptions as references ("the California Republican"), on real-style news text
(allsides: Politico on the 2015 and 2018 House speaker races, Rand Paul on spending)."""

from __future__ import annotations

from referents import named as named_as

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document

RACE = (
    "Republican lawmakers see the race to succeed Speaker Paul Ryan (R-Wis.) as Rep. Kevin "
    "McCarthy (R-Calif.)\u2019s to lose.\n\n"
    "As majority leader, the California Republican has the most direct path to the job. "
    "He\u2019s also picked up an official endorsement from Ryan and is one of President "
    "Trump\u2019s top allies on Capitol Hill."
)


def test_descriptions_state_and_party_name_the_person_just_mentioned(nlp):
    # Ryan's "(R-Wis.)" rules him out; "the California Republican" is McCarthy, and so is "He"
    assert named_as(nlp, RACE, "Republican") == ["Republican Party", "Kevin McCarthy"]
    assert named_as(nlp, RACE, "He") == ["Kevin McCarthy"]


def test_descriptions_make_the_edge_of_the_pronoun_after_them(nlp):
    result = Extractor(nlp).process(Document(id="t", text=RACE))
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if not a.negated}
    assert ("Paul Ryan", "endorses", "Kevin McCarthy") in edges


def test_descriptions_kentucky_republican(nlp):
    text = (
        "Sen. Rand Paul (R-Ky.) put a price tag on federal spending Friday night. "
        "The Kentucky Republican said the figure was too high."
    )
    assert named_as(nlp, text, "Republican") == ["Rand Paul"]


def test_descriptions_leave_predicates_questions_and_new_people_alone(nlp):
    # a predicate, a question, and a description that introduces someone else
    text = (
        "Devin Nunes has made quite a name for himself. Who is the Democrat? "
        "Adam Schiff said it was demoralizing. Meanwhile, the top Democrat on the Senate "
        "Judiciary Committee, Sen. Dianne Feinstein, called for hearings."
    )
    named = named_as(nlp, text, "Democrat")
    assert len(named) == 2 and not {"Devin Nunes", "Adam Schiff"} & set(named), named


def test_descriptions_two_fitting_persons_leave_it_unresolved(nlp):
    text = (
        "Sen. Ted Cruz and Sen. Marco Rubio spoke on Tuesday. "
        "The Republican said the bill would fail."
    )
    assert named_as(nlp, text, "Republican") != ["Ted Cruz"]
    assert named_as(nlp, text, "Republican") != ["Marco Rubio"]


def test_descriptions_need_the_party_or_state_from_the_text(nlp):
    # allsides: the Democrat is an unnamed strategist; Trump's party is not in the text
    text = (
        "Donald Trump spoke in Ohio. Republican incumbents are dropping like flies, in the "
        "words of one Democratic strategist. \u201cThey\u2019re imploding,\u201d the Democrat said."
    )
    assert "Donald Trump" not in named_as(nlp, text, "Democrat")


def test_descriptions_party_role(nlp):
    # a party role ("the GOP senator") names the one known member of that party just mentioned
    text = (
        "Republican Sen. Lindsey Graham spoke to reporters on Tuesday with Donald Trump. "
        "The GOP senator said the bill would fail."
    )
    assert named_as(nlp, text, "senator") == ["Lindsey Graham"]


def _datednamed_as(nlp, text, word, date):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date=date))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


MCCONNELL = (
    "Senate Majority Leader Mitch McConnell spoke to reporters on Tuesday. "
    "The Kentucky Republican said Obama should have kept quiet."
)


def test_descriptions_party_and_state_from_the_gazetteer_at_the_date(nlp):
    # the text never writes "(R-Ky.)": the congress-legislators data knows McConnell is one
    assert _datednamed_as(nlp, MCCONNELL, "Republican", "2020-06-25") == ["Mitch McConnell"]
    # a state the gazetteer contradicts is no fit ("the Ohio Republican" is not McConnell)
    ohio = MCCONNELL.replace("Kentucky", "Ohio")
    assert _datednamed_as(nlp, ohio, "Republican", "2020-06-25") != ["Mitch McConnell"]


def test_descriptions_gazetteer_state_picks_among_several_republicans(nlp):
    text = (
        "Steve Scalise, Kevin McCarthy and Jason Chaffetz met on Monday. "
        "Conservatives hope to block the Louisiana Republican's ascent."
    )
    assert _datednamed_as(nlp, text, "Republican", "2015-10-05") == ["Steve Scalise"]


def test_descriptions_gazetteer_party_is_no_party_role(nlp):
    # the gazetteer knows Mike Lee is a Republican, not that he is "the GOP nominee"
    text = (
        "Sen. Mike Lee criticized Donald Trump on Saturday. "
        "Many Utah voters say the GOP nominee has lost their trust."
    )
    assert "Mike Lee" not in _datednamed_as(nlp, text, "nominee", "2016-10-10")
