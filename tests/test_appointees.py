"""The holder of an appointed office on the document's date as the referent of the bare office
("the attorney general", "the former FBI director", "his attorney general"), on real-style news
text (allsides: The Hill on Sessions in June 2018, CNN on Comey's testimony in June 2017)."""

from __future__ import annotations

from referents import named
from rule_edges import edges

from polkg.extract.legislators import appointee_at, former_holders

SESSIONS = (
    "Jeff Sessions has spent the past year as a punching bag for President Trump. "
    "Since then, Trump has repeatedly disparaged the attorney general over the Russia probe."
)

COMEY = (
    "James Comey testified before the Senate Intelligence Committee last week. "
    "Sessions took his seat five days later, as the former FBI director pointedly accused "
    "Trump of lying about his dismissal."
)

MOCKED = (
    "Jeff Sessions was among the earliest supporters of Donald Trump's campaign. "
    "This is hardly the first time Trump has gone after his attorney general."
)


def test_dated_terms_name_one_holder_and_none_between_terms():
    assert appointee_at("Attorney General", "2018-06-02")[0] == "Jeff Sessions"
    assert appointee_at("Attorney General", "2019-01-10") is None  # Whitaker, acting
    assert appointee_at("Attorney General", None) is None
    assert appointee_at("President", "2018-06-02") is None  # executive_at answers that
    assert ("comey", frozenset({"james", "jim"})) in former_holders("FBI Director", "2017-06-13")


def test_office_alone_is_its_holder_of_the_day_named_before(nlp, extractor):
    assert named(nlp, SESSIONS, "general", "2018-06-02") == ["Jeff Sessions"]
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in edges(
        extractor, SESSIONS, "2018-06-02"
    )


def test_office_alone_is_nobody_on_another_day(nlp):
    # Sessions had left the office by 2019
    assert named(nlp, SESSIONS, "general", "2019-06-02") == [None]


BLAIR = (
    "Tony Blair has promised to put the economy at the heart of Labour's campaign. "
    "The prime minister ridiculed the Tory plans for asylum quotas."
)


def test_undated_office_is_the_one_person_named_who_ever_held_it(nlp, extractor):
    # BBC politics texts carry no date: Blair is the one prime minister the text names
    assert named(nlp, BLAIR, "minister", None) == ["Tony Blair"]
    assert ("Tony Blair", "criticizes", "Conservative Party") in edges(extractor, BLAIR, None)
    assert named(nlp, SESSIONS, "general", None) == ["Jeff Sessions"]


def test_undated_office_with_two_former_holders_named_is_nobody(nlp):
    text = BLAIR.replace("Tony Blair has", "Tony Blair and Gordon Brown have")
    assert named(nlp, text, "minister", None) == [None]


def test_a_countrys_office_needs_a_word_of_its_politics(nlp):
    # without Labour, Tories, MPs ...: the prime minister of another country may be meant
    text = (
        "Tony Blair flew to Jerusalem on Monday. "
        "The prime minister ridiculed the plans for new settlements."
    )
    assert named(nlp, text, "minister", None) == [None]


def test_office_alone_is_nobody_when_the_holder_comes_up_only_after(nlp):
    text = (
        "Trump has repeatedly disparaged the attorney general over the Russia probe. "
        "Jeff Sessions has not answered."
    )
    assert named(nlp, text, "general", "2018-06-02") == [None]


def test_former_office_is_its_former_holder_named_before(nlp, extractor):
    assert named(nlp, COMEY, "director", "2017-06-13") == ["James Comey"]
    assert ("James Comey", "criticizes", "Trump") in edges(extractor, COMEY, "2017-06-13")


def test_presidents_possessed_office_is_its_holder_of_the_day(nlp, extractor):
    assert named(nlp, MOCKED, "general", "2018-02-28") == ["Jeff Sessions"]
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in edges(extractor, MOCKED, "2018-02-28")


def test_lone_lower_case_speaker_is_no_office(nlp):
    text = (
        "Paul Ryan spoke in Janesville on Monday. "
        "At the rally, the speaker attacked Hillary Clinton."
    )
    assert named(nlp, text, "speaker", "2016-10-10") == [None]


def test_title_of_both_chambers_is_the_one_holder_the_text_named(nlp, extractor):
    # Politico, October 2015: McCarthy was House majority leader, McConnell Senate's
    text = (
        "California Rep. Kevin McCarthy is facing a new challenge from his former ally Utah "
        "Rep. Jason Chaffetz, who is criticizing the majority leader in sharp terms."
    )
    assert named(nlp, text, "leader", "2015-10-05") == ["Kevin McCarthy"]
    assert ("Jason Chaffetz", "criticizes", "Kevin McCarthy") in edges(
        extractor, text, "2015-10-05"
    )
    both = text.replace("California Rep.", "Mitch McConnell and California Rep.")
    assert named(nlp, both, "leader", "2015-10-05") == [None]
