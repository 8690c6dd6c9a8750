"""Titles qualified by a state or a possessor as references ("the Vermont senator", "his
attorney general"), on real-style news text (allsides: Politico on Sanders in June 2016, CNN on
Trump and Sessions in July 2017)."""

from __future__ import annotations

from referents import named
from rule_edges import edges

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


def test_state_title_is_the_senator_of_that_state_named_before(nlp):
    # the gazetteer: Sanders sat in the Senate for Vermont in 2016
    assert named(nlp, SANDERS, "senator", "2016-06-10") == ["Bernie Sanders"]


def test_state_title_of_another_state_or_chamber_is_nobody(nlp):
    assert named(nlp, SANDERS.replace("Vermont", "Ohio"), "senator", "2016-06-10") == [None]
    text = SANDERS.replace("senator", "congressman")  # Sanders left the House in 2007
    assert named(nlp, text, "congressman", "2016-06-10") == [None]


def test_state_title_with_two_holders_is_nobody(nlp):
    text = (
        "Sen. Ted Cruz and Sen. John Cornyn met reporters on Tuesday. "
        "The Texas senator said the bill would fail."
    )
    assert named(nlp, text, "senator", "2017-06-10") == [None]


def test_possessed_title_is_the_one_holder_the_text_names(nlp, extractor):
    assert named(nlp, SESSIONS, "general", "2017-07-27")[-1] == "Jeff Sessions"
    found = edges(extractor, SESSIONS, "2017-07-27")
    assert ("Jeff Sessions", "endorses", "Trump") in found
    assert ("Trump", "criticizes", "Jeff Sessions") in found


def test_possessed_title_of_a_former_president_is_nobody(nlp):
    text = SESSIONS.replace("his attorney general", "Obama's attorney general")
    assert named(nlp, text, "general", "2017-07-27")[-1] is None


def test_possessed_title_asks_a_former_holder_for_former(nlp):
    text = SESSIONS.replace("his attorney general", "his former attorney general")
    assert named(nlp, text, "general", "2017-07-27")[-1] is None
