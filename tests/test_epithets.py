"""Quoted epithets, descriptions of the president in quotations, and the speech verb a quotation
hangs on (epithets.py, names.py, quotes.py). Sentences in the style of the allsides and BBC
corpora (written for these tests, after constructions of tune-a and the audit articles)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unrated label in quotation marks after a naming verb
        (
            "Sen. John Cornyn (R-Texas) appeared uninterested in a deal, comparing Democrats "
            'to "hostage takers."',
            ("John Cornyn", "criticizes", "Democratic Party"),
        ),
        (
            "But Oliver Letwin, for the Tories, attacked the spending plans, dubbing Gordon "
            'Brown "Sir Wastealot".',
            ("Oliver Letwin", "criticizes", "Gordon Brown"),
        ),
        # the small parser makes the quoted label the object and hangs the name on it
        (
            "President Donald Trump again called Kim Jong Un \u201cRocket Man\u201d at the rally.",
            ("Donald Trump", "criticizes", "Kim Jong Un"),
        ),
    ],
)
def test_quoted_epithet(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a modifier or a clause describes: no name-calling
        'Bernie Sanders called Joe Biden a "decent man" but did not endorse him.',
        'Jeff Sessions called Christopher Wray "a man of impeccable credentials".',
        'Donald Trump called Stephen Bannon "a guy who works for me".',
        # a thing's label, not a person's or party's name
        'Joe Manchin called the Green New Deal an "aspirational document".',
        # not a naming verb
        'Nancy Pelosi described Donald Trump as "the commander in chief".',
        # unquoted
        "Joe Biden called Bernie Sanders a neighbour.",
    ],
)
def test_no_epithet(extractor: Extractor, text: str) -> None:
    assert not {e for e in edges(extractor, text) if e[1] == "criticizes"}


def _dated(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor.process(Document(id="d", text=text, date="2019-05-01"))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


@pytest.mark.parametrize(
    "quote",
    [
        "This president is a liar and a coward",
        "The president of the United States is a liar and a coward",
    ],
)
def test_quoted_president_is_the_holder_of_the_day(extractor: Extractor, quote: str) -> None:
    text = (
        "House Speaker Nancy Pelosi, a Democrat, spoke in the House on Tuesday.\n"
        f'"{quote}," Pelosi said.'
    )
    assert ("Nancy Pelosi", "criticizes", "Donald Trump") in _dated(extractor, text)


def test_president_of_an_organisation_is_no_reference(extractor: Extractor) -> None:
    text = (
        "House Speaker Nancy Pelosi, a Democrat, spoke in the House on Tuesday.\n"
        '"The president of the NAACP is a liar and a coward," Pelosi said.'
    )
    assert ("Nancy Pelosi", "criticizes", "Donald Trump") not in _dated(extractor, text)


def test_speech_verb_past_a_long_description_of_the_speaker(extractor: Extractor) -> None:
    text = (
        '"Ted Cruz is a liar and a coward," Nancy Pelosi, who represents San Francisco in the '
        "House of Representatives and leads the Democrats there, said on Tuesday."
    )
    assert ("Nancy Pelosi", "criticizes", "Ted Cruz") in edges(extractor, text)


def test_a_likening_to_a_tyrants_figure_is_an_insult(extractor: Extractor) -> None:
    # tune-a (BBC): "calls for the mayor to apologise for likening the reporter ... to a
    # concentration camp guard"; no rated word in "a concentration camp guard"
    text = (
        "London mayor Ken Livingstone was speaking. Mr Blair repeated calls for the mayor to "
        "apologise for likening the reporter, Oliver Finegold, to a concentration camp guard."
    )
    assert ("Ken Livingstone", "criticizes", "Oliver Finegold") in edges(extractor, text)
    text = "Donald Trump attacked Syria, comparing Bashar Assad to Hitler."
    assert ("Donald Trump", "criticizes", "Bashar Assad") in edges(extractor, text)


def test_a_likening_to_a_thing_or_a_hero_judges_nobody(extractor: Extractor) -> None:
    assert not edges(extractor, "Ted Cruz compared the situation to Nazi Germany.")
    text = "Ted Cruz likened Donald Trump to Winston Churchill."
    assert ("Ted Cruz", "criticizes", "Donald Trump") not in edges(extractor, text)
