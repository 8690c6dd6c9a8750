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


# a title with describing words, or one the text gives its holder only further on (session 25):
# BBC on Jay Inslee in March 2019 (undated, as the BBC's texts are), a US Senate story
INSLEE = (
    "Washington State's Democratic Governor Jay Inslee has announced his 2020 bid for the US "
    "presidential nomination. Mr Inslee, 68, will make climate change his number one issue. "
    "The two-term governor has been a fierce critic of President Donald Trump."
)


def test_described_title_is_the_one_holder_named_before(nlp, extractor):
    assert named(nlp, INSLEE, "governor")[-1] == "Jay Inslee"
    assert ("Jay Inslee", "criticizes", "Donald Trump") in edges(extractor, INSLEE, None)


def test_described_title_of_another_holder_is_nobody(nlp):
    for words in ("next", "university", "Russian", "worst", "23rd"):
        text = INSLEE.replace("two-term", words)
        assert named(nlp, text, "governor")[-1] is None, words


def test_described_title_with_two_holders_or_the_wrong_status_is_nobody(nlp):
    two = INSLEE.replace("Mr Inslee, 68,", "Gov. Jerry Brown of California")
    assert named(nlp, two, "governor")[-1] is None
    former = INSLEE.replace("The two-term governor", "The former two-term governor")
    assert named(nlp, former, "governor")[-1] is None


def test_title_the_text_gives_only_further_on_is_its_holder_named_before(nlp):
    text = (
        "Donald Trump has attacked Jeff Sessions again. "
        "The president repeatedly criticised Mr Sessions for his recusal on Twitter. "
        "President Trump has called the inquiry a witch hunt."
    )
    assert named(nlp, text, "president")[0] == "Donald Trump"
    # nobody the text titles so before the reference: nobody
    later = text.replace("Donald Trump has attacked", "Critics have defended")
    assert named(nlp, later, "president")[0] is None


def test_described_title_is_not_the_subject_of_its_own_clause(nlp):
    text = (
        "Sen. Marsha Blackburn blocked the election bill last month. "
        "Marsha Blackburn praised the freshman senator for her work."
    )
    assert named(nlp, text, "senator") == [None]


CRUZ = (
    "Sen. Ted Cruz has laid down the gauntlet in the growing war of words with Donald Trump. "
    "After hits from Trump's campaign about his wife, the firebrand senator appears to be "
    "backing away from his pledge to support Trump if the billionaire wins the GOP nomination."
)


def test_a_stance_under_a_particle_verb_takes_that_verbs_cues(nlp, extractor):
    # the description is Cruz; "backing away from ... if ...": the pledge is retracted and
    # conditional (cues: the parser hangs "from" on "away", and the walk goes on to "backing")
    assert named(nlp, CRUZ, "senator")[-1] == "Ted Cruz"
    assert ("Ted Cruz", "endorses", "Donald Trump") not in edges(extractor, CRUZ, "2016-03-25")
    kept = CRUZ.replace("appears to be backing away from", "repeated").replace(
        " if the billionaire wins the GOP nomination", ""
    )
    assert ("Ted Cruz", "endorses", "Donald Trump") in edges(extractor, kept, "2016-03-25")
