"""Titles qualified by a state or a possessor as references ("the Vermont senator", "his
attorney general"), on real-style news text (allsides: Politico on Sanders in June 2016, CNN on
Trump and Sessions in July 2017)."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document

SANDERS = (
    "BURLINGTON, Vt. \u2014 Bernie Sanders is formally staying in the Democratic primary race. "
    "On Thursday night he spoke for 23 minutes from his home state. "
    "Speaking to 200,000 viewers, the Vermont senator endorsed Hillary Clinton's plan."
)

SESSIONS = (
    "Attorney General Jeff Sessions said on Thursday he would stay in his job. "
    "Trump's scathing tweet is the latest in a long line of public rebukes the President has "
    "leveled against his attorney general, a man who broke with much of his party to endorse "
    "Trump early in his presidential campaign."
)


def _named(nlp, text, word, date):
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date=date))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]


def _edges(nlp, text, date):
    result = Extractor(nlp).process(Document(id="t", text=text, date=date))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_state_title_is_the_senator_of_that_state_named_before(nlp):
    # the gazetteer: Sanders sat in the Senate for Vermont in 2016
    assert _named(nlp, SANDERS, "senator", "2016-06-10") == ["Bernie Sanders"]


def test_state_title_of_another_state_or_chamber_is_nobody(nlp):
    assert _named(nlp, SANDERS.replace("Vermont", "Ohio"), "senator", "2016-06-10") == [None]
    text = SANDERS.replace("senator", "congressman")  # Sanders left the House in 2007
    assert _named(nlp, text, "congressman", "2016-06-10") == [None]


def test_state_title_with_two_holders_is_nobody(nlp):
    text = (
        "Sen. Ted Cruz and Sen. John Cornyn met reporters on Tuesday. "
        "The Texas senator said the bill would fail."
    )
    assert _named(nlp, text, "senator", "2017-06-10") == [None]


def test_possessed_title_is_the_one_holder_the_text_names(nlp):
    assert _named(nlp, SESSIONS, "general", "2017-07-27")[-1] == "Jeff Sessions"
    edges = _edges(nlp, SESSIONS, "2017-07-27")
    assert ("Jeff Sessions", "endorses", "Trump") in edges
    assert ("Trump", "criticizes", "Jeff Sessions") in edges


def test_possessed_title_of_a_former_president_is_nobody(nlp):
    text = SESSIONS.replace("his attorney general", "Obama's attorney general")
    assert _named(nlp, text, "general", "2017-07-27")[-1] is None


def test_possessed_title_asks_a_former_holder_for_former(nlp):
    text = SESSIONS.replace("his attorney general", "his former attorney general")
    assert _named(nlp, text, "general", "2017-07-27")[-1] is None
