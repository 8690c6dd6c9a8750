"""Mechanisms behind the wrong edges of audit batch 14 (gold/README.md, "Batch 14"; BASIL's Fox
News, New York Times and HuffPost articles), on short texts paraphrased from them: an honorific
resolved to a bearer of the other gender, a judging word that tells the circumstances of a
description, "go against" outside an election. Each wrong reading makes no edge (or the right
one); its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

# the president named by title only, the first lady in full after him, then "Mr. Trump"; the
# headline's bare "Trump" comes before anyone of that name is named
_FIRST_LADY = (
    "Trump Lashes Out at Democrats\n\n"
    "WASHINGTON — President Trump assailed a comedian on Wednesday in his latest posts.\n\n"
    "In a statement later in the day, the first lady, Melania Trump, questioned the "
    "comedian's sanity.\n\n"
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Mr." is never the text's Melania Trump, however recent she is ...
        (
            _FIRST_LADY + "Mr. Trump also lashed out at Democrats in Congress.",
            {("Donald Trump", "criticizes", "Democratic Party")},
        ),
        # ... while "Mrs." is
        (
            _FIRST_LADY + "Mrs. Trump also lashed out at Democrats in Congress.",
            {("Melania Trump", "criticizes", "Democratic Party")},
        ),
        # a bare "Trump" after "Mr. Trump": the headline's forward guess at Melania Trump makes
        # her neither the bearer the text calls "Trump" nor the one it introduced first
        (
            _FIRST_LADY + "Mr. Trump also lashed out at Democrats in Congress. Democrats no "
            "longer want to hear testimony from Carter Page, a onetime Trump campaign adviser.",
            {
                ("Donald Trump", "criticizes", "Democratic Party"),
                ("Carter Page", "endorses", "Donald Trump"),
            },
        ),
    ],
)
def test_an_honorific_resolves_to_a_bearer_of_its_gender(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text, date="2017-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chaos is the administration's: Mattis, the island of stability, is praised
        (
            'Senator Mark Warner called Jim Mattis "an island of stability amidst the chaos '
            'of the Trump administration."',
            set(),
        ),
        (
            'Senator Mark Warner called Jim Mattis "a source of chaos in the administration."',
            {("Mark Warner", "criticizes", "Jim Mattis")},
        ),
    ],
)
def test_a_judging_word_of_the_circumstances_judges_no_described_actor(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acting against someone's advice is no contest ...
        (
            "Earlier this week, Donald Trump went against Jim Mattis by abruptly withdrawing "
            "U.S. troops from Syria.",
            set(),
        ),
        # ... going against him in an election is
        (
            "Roy Moore went against Doug Jones in the Senate election in December.",
            {("Roy Moore", "opposes", "Doug Jones")},
        ),
    ],
)
def test_go_against_is_a_contest_only_with_an_election_in_view(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a criticism a named speaker reports of others is the speaker's claim ...
        (
            "Maria Zakharova said CNN had accused Sergey Kislyak of being a Russian spy.",
            set(),
        ),
        (
            "Donald Trump spoke in Ohio. He said the phony Kamala Harris attacked Joe Biden "
            "during Democratic debates.",
            set(),
        ),
        # ... also in a relative clause inside what "it is reported" ...
        (
            "\u201cSo now it is reported that the Democrats, who have excoriated Carter Page "
            "about Russia, don\u2019t want him to testify,\u201d Donald Trump wrote.",
            set(),
        ),
        # ... while the speaker's own criticism stays his
        (
            "Donald Trump said he criticized Jeff Sessions.",
            {("Donald Trump", "criticizes", "Jeff Sessions")},
        ),
        # and the narrator's contrast the parser hangs under a lament is no claim
        (
            "Chuck Grassley lamented that the accusation surfaced late, while Dianne Feinstein "
            "accused the GOP of a rush to judgment.",
            {("Dianne Feinstein", "criticizes", "Republican Party")},
        ),
    ],
)
def test_a_criticism_reported_as_another_speakers_claim_is_no_statement(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected
