"""Criticism told by a work a criticism adjective describes (``patterns/relations_works36.jsonl``,
lexical36): the work's maker (the subject of the verb that writes, releases, posts or makes it)
or its possessor criticizes what the adjective's "of" phrase or the noun's "about" phrase names.
Sentences from readable wikinews and allsides articles or written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wikinews (fresh s27): the adjective on the book's apposed title
        (
            "On June 23, Trump's former National Security Adviser John Bolton released a book, "
            "The Room Where It Happened, critical of Trump.",
            ("John Bolton", "criticizes", "Trump"),
        ),
        # after wikinews (fresh34): prenominal adjective, the noun's "about" phrase
        (
            "At this time, President Donald Trump made critical remarks about Dr. Anthony Fauci.",
            ("Donald Trump", "criticizes", "Anthony Fauci"),
        ),
        # allsides (audit): postnominal adjective on the sent messages
        (
            "One of the FBI agents, Peter Strzok, had sent some text messages critical of "
            "President Donald Trump to his mistress.",
            ("Peter Strzok", "criticizes", "Donald Trump"),
        ),
        (
            "Rep. Adam Schiff made disparaging comments about President Donald Trump.",
            ("Adam Schiff", "criticizes", "Donald Trump"),
        ),
    ],
)
def test_critical_work_tells_criticism(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # another's work read, not made
        "Sen. Rand Paul read a book critical of President Donald Trump.",
        # none made
        "Sen. Rand Paul made no critical remarks about President Donald Trump.",
        # the noun's "of" names an author as often as a target
        "Sen. Rand Paul quoted the critical comments of President Donald Trump.",
    ],
)
def test_no_critical_work(extractor: Extractor, text: str) -> None:
    assert not any(e[0] == "Rand Paul" and e[1] == "criticizes" for e in edges(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after allsides (audit): harsh words "about", beside lexical18's "for"
        (
            "During the press conference, Nancy Pelosi did have sharp words about President "
            "Donald Trump.",
            ("Nancy Pelosi", "criticizes", "Donald Trump"),
        ),
        # allsides (audit): the parser makes "pointed" the verb and "had" its auxiliary
        (
            "Boehner spokesman Michael Steel also had pointed words for Barack Obama.",
            ("Michael Steel", "criticizes", "Barack Obama"),
        ),
        # allsides (audit): kind words are praise (endorses, not required by GUIDELINES.md)
        (
            "President Donald Trump had some kind words for his attorney general, William Barr.",
            ("Donald Trump", "endorses", "William Barr"),
        ),
    ],
)
def test_words_for_and_about(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_kind_words_withheld_are_no_praise(extractor: Extractor) -> None:
    text = "Sen. Todd Young didn't have kind words for Barack Obama."
    assert ("Todd Young", "endorses", "Barack Obama") not in edges(extractor, text)
