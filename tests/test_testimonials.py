"""Testimonials: a speaker's praise of a named person backs that person (testimonials.py)."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor
from polkg.extract.testimonials import praising_word

# Sentences in the style of the Senate press releases on nominations (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Roman Gribbs, a retired judge, wrote, "Henry Saad is a man of integrity and an '
            'outstanding jurist."',
            {("Roman Gribbs", "endorses", "Henry Saad", True)},
        ),
        (
            'Glen Ivey wrote to this Committee, stating, "I believe Thomas Griffith is an '
            'exceptional nominee."',
            {("Glen Ivey", "endorses", "Thomas Griffith", True)},
        ),
        (
            'Fred Fielding has described Henry Saad as "a brilliant lawyer and a man of the '
            'highest integrity."',
            {("Fred Fielding", "endorses", "Henry Saad", True)},
        ),
        # a virtue the person is "of" praises without a praising adjective
        (
            'Fred Fielding has described Henry Saad as "a very special individual and a man '
            'possessed of the highest integrity."',
            {("Fred Fielding", "endorses", "Henry Saad", True)},
        ),
        (
            '"Mitt Romney is a man of integrity and class," Roger Williams said.',
            {("Roger Williams", "endorses", "Mitt Romney", True)},
        ),
    ],
)
def test_testimonials_back_the_praised_person(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a eulogy praises, it does not back anyone
        'Ben Affleck tweeted, "Tony Mendez was a true American hero."',
        # negated, questioned, or mixed with blame
        'Roman Gribbs wrote, "Henry Saad is not an outstanding jurist."',
        'Roman Gribbs asked, "Is Henry Saad an outstanding jurist?"',
        'Roman Gribbs wrote, "Henry Saad is a great man but a corrupt judge."',
        # milder or bare adjectives describe: wealth, health, popularity
        'Steve Stanganelli said, "By any stretch, Donald Trump is rich."',
        'Jeff Link said, "Barack Obama is still incredibly popular and respected among Democrats."',
        "Hillary Clinton's campaign released a letter from Lisa Bardack describing Hillary Clinton "
        'as "a healthy 67-year-old female."',
        # a virtue denied or doubted, or one the person judges in others
        'Roger Williams said, "Mitt Romney is a man of no integrity."',
        'Roger Williams said, "Mitt Romney is a man of questionable character."',
        'Roger Williams said, "Mitt Romney is a judge of character."',
        # a lone name may be no person: praise needs one named in full
        'Jeff Bingaman said, "Cannon is the valuable installation we know it to be."',
        # a description possessed by another tells the tie to that owner, not praise
        "Democrats increasingly portray William Barr as Donald Trump's loyal defender.",
    ],
)
def test_testimonials_need_present_unmixed_praise(extractor: Extractor, text: str) -> None:
    assert not {e for e in flagged(extractor, text) if e[1] == "endorses" and e[3]}


def test_praising_word_reads_the_whole_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("an outstanding lawyer with keen judgment")
    assert praising_word(list(doc)) is not None
    assert praising_word(list(nlp("a great man and a terrible senator"))) is None
    assert praising_word(list(nlp("no outstanding lawyer"))) is None
