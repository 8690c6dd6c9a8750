"""A series of one subject's verb phrases the parser misreads: the first phrase parsed as what a
later "said" reports ("Trump has mocked Sessions ..., said he's ..., criticized him ...",
``syntax.series_subject``), and a middle verb of "A, B, and C" with no "and" of its own
(``syntax._series_member``); never an apposition's speaker, never another subject's series."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides corpus (written for these tests).


def test_series_subject_reaches_an_object_pronoun(extractor: Extractor) -> None:
    # "him" is the object of a verb of Trump's series: not Trump, so Sessions, whose
    # "recusing himself" it governs
    text = (
        "In recent days, Donald Trump has mocked Jeff Sessions as “beleaguered,” said he’s “very "
        "disappointed” in Sessions, criticized him for recusing himself from the Russia probe, "
        "and complained that Sessions isn’t investigating Democrats."
    )
    found = edges(extractor, text)
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in found
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in found


def test_series_subject_speaks_the_reported_clause(extractor: Extractor) -> None:
    # a headline's two verb phrases: "slams" parsed as what "says" reports
    text = "Marco Rubio slams Cuba agreement, says Barack Obama is ‘willfully ignorant’"
    assert ("Marco Rubio", "criticizes", "Barack Obama", True) in flagged(extractor, text)


def test_middle_verb_of_a_series_shares_the_subject(extractor: Extractor) -> None:
    text = (
        "Donald Trump defended his fitness for office, criticized Jeff Sessions, and blasted "
        "Michael Wolff."
    )
    found = edges(extractor, text)
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in found
    assert ("Donald Trump", "criticizes", "Michael Wolff") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an apposition ending the first clause may be the speaker (BBC: "Mr Howard denied Mr
        # Yeo, his transport and environment spokesman, said the plans 'stink'")
        (
            "Michael Howard denied Tim Yeo, his transport spokesman, said Gordon Brown is a "
            "disgrace.",
            ("Michael Howard", "criticizes", "Gordon Brown"),
        ),
        # the series after another subject's clause is that subject's
        (
            "Andres Pico backs Donald Trump while Yolanda Avila supports gun control, believes "
            "in climate change and opposes Donald Trump.",
            ("Andres Pico", "opposes", "Donald Trump"),
        ),
    ],
)
def test_series_never_borrows_another_speaker(
    extractor: Extractor, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in edges(extractor, text)
