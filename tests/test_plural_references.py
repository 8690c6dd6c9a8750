"""Plural references to actors the text has just named (polkg/extract/plurals.py): "the two
men", "both men", "the three men", "them both" for the persons of the nearest sentence naming
any; "they" opening the sentence after one whose subject is a plural group. Sentences in the
style of the corpora (BBC, allsides), written for these tests."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_the_three_men_are_the_three_named_before(extractor: Extractor) -> None:
    text = (
        "The case against Muhammad Afzal, Mohammed Islam and Mohammed Kazi is being brought "
        "by local supporters. Ravi Sukul, counsel for the petitioners, accused the three men "
        'of being "deeply involved" in illegal practices.'
    )
    found = edges(extractor, text)
    for accused in ("Muhammad Afzal", "Mohammed Islam", "Mohammed Kazi"):
        assert ("Ravi Sukul", "criticizes", accused) in found


def test_both_men_are_the_two_named_in_the_sentence_before(extractor: Extractor) -> None:
    text = (
        "Rep. Steve Scalise and Rep. Tom Price lead the race. "
        "Both men were early supporters of Donald Trump."
    )
    found = edges(extractor, text)
    assert ("Steve Scalise", "endorses", "Donald Trump") in found
    assert ("Tom Price", "endorses", "Donald Trump") in found


def test_the_clause_subject_is_never_one_of_the_pair(extractor: Extractor) -> None:
    # Hillary Clinton acts on "them both": they are the two named before, not she
    text = (
        "Ted Cruz and Donald Trump spent the day trying to outdo one another. "
        "Hillary Clinton condemned them both in her victory speech."
    )
    found = edges(extractor, text)
    assert ("Hillary Clinton", "criticizes", "Ted Cruz") in found
    assert ("Hillary Clinton", "criticizes", "Donald Trump") in found
    assert not any(o == "Hillary Clinton" for _s, _r, o in found)


def test_a_pair_is_nobody_when_the_sentence_before_names_another_number(
    extractor: Extractor,
) -> None:
    # three persons before "both candidates": which two is not said
    text = (
        "Democrat Conor Lamb won in Pennsylvania and Democrat Doug Jones beat Roy Moore. "
        "Donald Trump stumped for both candidates in losing efforts."
    )
    assert not any(s == "Donald Trump" for s, _r, _o in edges(extractor, text))


def test_a_described_pair_is_not_the_persons_named_before(extractor: Extractor) -> None:
    # "the two recess-appointed NLRB nominees" describes two others
    text = (
        "Senate Minority Leader John Thune met Richard Cordray on Monday. "
        "Sen. Tom Harkin stood up to champion the two recess-appointed NLRB nominees."
    )
    assert not any(s == "Tom Harkin" for s, _r, _o in edges(extractor, text))


def test_two_men_are_not_two_women(extractor: Extractor) -> None:
    text = "Susan Collins and Lisa Murkowski met on Monday. Chuck Schumer praised the two men."
    assert not any(s == "Chuck Schumer" for s, _r, _o in edges(extractor, text))


def test_a_bare_both_needs_two_persons_the_text_coordinates(extractor: Extractor) -> None:
    listed = (
        "Jerry Nadler accused Republican senators of a cover-up. Susan Collins and Lisa "
        "Murkowski were not. Both criticized Jerry Nadler."
    )
    found = edges(extractor, listed)
    assert ("Susan Collins", "criticizes", "Jerry Nadler") in found
    assert ("Lisa Murkowski", "criticizes", "Jerry Nadler") in found
    # two persons named, not listed: "both" may be two proposals
    unlisted = (
        "Joe Manchin said he would back the plan Donald Trump supported. Chuck Schumer backed both."
    )
    assert not any(s == "Chuck Schumer" for s, _r, _o in edges(extractor, unlisted))


def test_they_after_a_group_subject_is_the_group(extractor: Extractor) -> None:
    text = (
        "Democratic senators had previously assailed Brett Kavanaugh in his hearing. "
        "They had also condemned the White House for withholding documents."
    )
    assert ("Democratic Party", "criticizes", "White House") in edges(extractor, text)
    # a singular organisation, or narration before "they": not this rule
    fronted = text.replace("They had also", "On Monday they had also")
    assert ("Democratic Party", "criticizes", "White House") not in edges(extractor, fronted)
    # activists are not the party's voice (gold/README.md "Party groups in Congress")
    activists = (
        "Amateur Democratic activists battled with traditional machines. "
        "They also relentlessly criticized Sam Rayburn."
    )
    assert not any(s == "Democratic Party" for s, _r, _o in edges(extractor, activists))


def test_them_is_the_party_the_sentence_names_just_before(extractor: Extractor) -> None:
    text = (
        "Rep. Steve Scalise drew groans from Democrats when he accused them of hating the voters."
    )
    assert ("Steve Scalise", "criticizes", "Democratic Party") in edges(extractor, text)
    # another plural between the party and the pronoun: "them" may be those
    others = text.replace("drew groans from Democrats", "drew groans from Democrats and reporters")
    assert not any(o == "Democratic Party" for _s, _r, o in edges(extractor, others))
    statements = (
        "Democrats praised his statements, and Rep. Steve Scalise accused them of being false."
    )
    assert not any(o == "Democratic Party" for _s, _r, o in edges(extractor, statements))


def test_they_after_a_party_group_in_its_own_sentence(extractor: Extractor) -> None:
    text = (
        "There was substantial skepticism among Senate Republicans, but they later rallied "
        "around Brett Kavanaugh."
    )
    assert any(
        s == "Senate Republicans" and o == "Brett Kavanaugh" for s, _r, o in edges(extractor, text)
    )
    # the party named only after the pronoun is not what it stands for
    after = "The critics said they would never support Republicans like Mitch McConnell."
    assert not any(s == "Republican Party" for s, _r, _o in edges(extractor, after))


def test_a_party_pronoun_is_never_its_own_clause_subject(extractor: Extractor) -> None:
    # "Republicans criticized them": "them" is somebody else, not the Republicans
    text = "Republicans criticized them for the shutdown, Mitch McConnell said."
    assert not any(
        s == "Republican Party" and o == "Republican Party" for s, _r, o in edges(extractor, text)
    )
    assert not any(o == "Republican Party" for _s, _r, o in edges(extractor, text))


def test_a_polls_respondents_are_no_party(extractor: Extractor) -> None:
    # "the Democrats surveyed" are a poll's sample: their "they" is not the Democratic Party
    text = (
        "By 55-35 percent, the Democrats surveyed endorse electability over purity even "
        "though they also embrace Bernie Sanders."
    )
    assert not any(s == "Democratic Party" for s, _r, _o in edges(extractor, text))


def test_a_party_before_the_pronouns_verb_is_that_verbs_subject(extractor: Extractor) -> None:
    # the parser hangs "decrying" under "praising"; "them" is still not the Republicans
    text = (
        "The announcement prompted a flurry of responses, from Democrats praising his "
        "statements to Republicans decrying them."
    )
    assert not any(o == "Republican Party" for _s, _r, o in edges(extractor, text))


def test_they_after_a_connective_still_continues_the_group(extractor: Extractor) -> None:
    # a connective before "they" names nobody: the group of the sentence before is still meant
    text = (
        "Democratic senators had previously assailed Brett Kavanaugh in his hearing. "
        "In particular, they condemned the White House for withholding documents."
    )
    assert ("Democratic Party", "criticizes", "White House") in edges(extractor, text)
    so = text.replace("In particular, they", "So they")
    assert ("Democratic Party", "criticizes", "White House") in edges(extractor, so)
    # a phrase that is no connective may bring someone else: nobody
    after = text.replace("In particular, they", "After the hearing, they")
    assert ("Democratic Party", "criticizes", "White House") not in edges(extractor, after)
