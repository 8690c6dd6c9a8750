"""Role nouns without an office as references ("the nominee", "the California lawmaker", "his
opponent"), a party word before a held title ("The Republican president"), and a former title
two former holders may bear, on real-style news text (allsides: The Hill on Trump in October
2016, The Hill on Schiff in 2019, Reuters on the shutdown in January 2018, Politico on the Bushes
in October 2015)."""

from __future__ import annotations

from referents import named
from rule_edges import edges

NOMINEE = (
    "Republican nominee Donald Trump held a rally in Ohio on Monday. "
    "Hillary Clinton spoke in Iowa. "
    "Even so, the Republican nominee mocked Clinton at a Colorado rally on Tuesday as resting."
)

SCHIFF = (
    "Rep. Adam Schiff (D-Calif.) leads the House Intelligence Committee. "
    "Trump has attacked the California lawmaker again."
)

MOORE = (
    "Roy Moore, the Alabama Senate candidate, denied the claims on Friday. "
    "Sen. Lindsey Graham blasted the candidate."
)


def test_role_noun_is_the_one_person_the_text_gave_that_role(nlp, extractor):
    assert named(nlp, NOMINEE, "nominee", "2016-10-19")[-1] == "Donald Trump"
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in edges(
        extractor, NOMINEE, "2016-10-19"
    )
    assert named(nlp, MOORE, "candidate", "2017-11-20")[-1] == "Roy Moore"
    assert ("Lindsey Graham", "criticizes", "Roy Moore") in edges(extractor, MOORE, "2017-11-20")


def test_role_noun_of_a_legislator_is_the_one_of_that_state(nlp):
    assert named(nlp, SCHIFF, "lawmaker", "2019-03-01") == ["Adam Schiff"]
    other = SCHIFF.replace("California", "Texas")
    assert named(nlp, other, "lawmaker", "2019-03-01") == [None]
    two = SCHIFF.replace(
        "leads the House", "and Rep. Eric Swalwell (D-Calif.) lead the House"
    ).replace("the California lawmaker", "the lawmaker")
    assert named(nlp, two, "lawmaker", "2019-03-01") == [None]


def test_role_noun_nobody_was_given_or_another_holder_is_nobody(nlp):
    # a text that never calls Trump the nominee, undated: no presidential nominee of the day
    plain = NOMINEE.replace("Republican nominee Donald Trump", "Donald Trump")
    assert named(nlp, plain, "nominee")[-1] is None
    for word in ("eventual", "other"):
        text = NOMINEE.replace("the Republican nominee mocked", f"the {word} nominee mocked")
        assert named(nlp, text, "nominee", "2016-10-19")[-1] is None, word
    # a party word asks the holder's known party: the text never gives Moore one
    party = MOORE.replace("blasted the candidate", "blasted the Republican candidate")
    assert named(nlp, party, "candidate", "2017-11-20")[-1] is None
    # two persons of the role: "the nominee" may be either (both nominees in October 2016)
    both = NOMINEE.replace("the Republican nominee mocked Clinton", "the nominee mocked Clinton")
    assert named(nlp, both, "nominee", "2016-10-19")[-1] is None


def test_role_noun_in_a_quote_or_restricted_is_nobody(nlp):
    quoted = MOORE.replace("blasted the candidate.", 'said: "We need the candidate to go."')
    assert named(nlp, quoted, "candidate", "2017-11-20")[-1] is None
    restricted = MOORE.replace("blasted the candidate.", "blasted the candidate who won.")
    assert named(nlp, restricted, "candidate", "2017-11-20")[-1] is None


def test_rival_noun_is_the_other_nominee_of_the_day(nlp, extractor):
    text = (
        "Donald Trump spoke in Ohio. Hillary Clinton spoke in Iowa. "
        "Mr. Trump has hammered his opponent for failing to hold a press conference."
    )
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in edges(extractor, text, "2016-09-01")
    # out of an election year nobody is the nominee: nobody
    assert ("Donald Trump", "criticizes", "Hillary Clinton") not in edges(
        extractor, text, "2018-09-01"
    )


def test_party_word_before_a_held_title_is_its_holder_of_that_party(nlp, extractor):
    text = (
        "President Donald Trump signed the measure on Monday. "
        "The Republican president took a new swipe at Democrats as he celebrated the pact."
    )
    assert named(nlp, text, "president", "2018-01-23")[-1] == "Donald Trump"
    assert ("Donald Trump", "criticizes", "Democratic Party") in edges(
        extractor, text, "2018-01-23"
    )
    other = text.replace("The Republican president", "The Democratic president")
    assert named(nlp, other, "president", "2018-01-23")[-1] is None


def test_former_title_with_an_untitled_former_holder_named_is_nobody(nlp):
    text = (
        "George W. Bush let a hundred donors in on a secret. "
        "He will appear with his father, former President George H.W. Bush, this weekend. "
        "Donald Trump blamed the former president for the Iraq War."
    )
    assert named(nlp, text, "president", "2015-10-19")[-1] is None
    alone = text.replace("George W. Bush let", "A donor let").replace("with his father", "")
    assert named(nlp, alone, "president", "2015-10-19")[-1] == "George H.W. Bush"
