"""Mechanisms behind the wrong edges of audit batch 16 (NewsMTSC sentences, gold/README.md), on
short real sentences: each wrong reading makes no edge (or another, right one), its true twin
still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.ingest import clean_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # a subheading in capitals run into the next sentence goes, the sentence stays
        (
            "MATTIS AS SECRETARY OF DEFENSE Carson ran against Trump during the Republican "
            "primary battle.",
            "Carson ran against Trump during the Republican primary battle.",
        ),
        (
            "TOUGH SLOG FOR CLINTON Allies of Clinton have held back from overt calls for "
            "Sanders to exit the race.",
            "Allies of Clinton have held back from overt calls for Sanders to exit the race.",
        ),
        # acronyms before a name, a speaker label, a dateline stay
        ("GOP Sen. John McCain said NRA CEO Wayne LaPierre spoke.", None),
        ("AMY GOODMAN: What about Price? He spoke.", None),
        ("NEW YORK CITY Mayor Bill de Blasio spoke on Monday.", None),
    ],
)
def test_cleaning_drops_a_heading_run_into_a_sentence(raw: str, cleaned: str | None) -> None:
    assert clean_text(raw)[0] == (raw if cleaned is None else cleaned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heading is no subject once cleaned; the one who ran is
        (
            "MATTIS AS SECRETARY OF DEFENSE Carson ran against Trump during the Republican "
            "primary battle.",
            {("Carson", "opposes", "Trump")},
        ),
        # what a report says, also in a verb coordinated inside it, is the report's
        (
            "Earlier in his show, Hannity blasted a report that said President Donald Trump had "
            "tried to fire special counsel Robert Mueller last year and accused the Times of "
            "\u201ctrying to distract you.\u201d",
            set(),
        ),
        ("Hannity blasted a report that said Donald Trump criticized the Times.", set()),
        (
            "The report said Donald Trump had attacked the New York Times.",
            {("Donald Trump", "criticizes", "New York Times")},
        ),
        (
            "Hannity blasted the report and accused the Times of trying to distract you.",
            {("Hannity", "criticizes", "Times")},
        ),
        # an embedded tweet's signature is its author, no apposition to a noun of the tweet
        (
            "Left-wing Think Progress\u2019s Judd Legum suggested Spicer had \u201ctorched his "
            "credibility\u201d for confronting the media\u2019s misreporting with the truth: > "
            "Spicer torching his credibility on DAY ONE > \u2014 Judd Legum (@JuddLegum) "
            "January 21, 2017",
            set(),
        ),
        # praise of a performer as a performer is a review, not political backing
        (
            "The Guardian hailed Adam Sandler as \u201ca formidable screen actor\u201d.",
            set(),
        ),
        (
            "The Guardian hailed Adam Sandler as a formidable candidate.",
            {("Guardian", "endorses", "Adam Sandler")},
        ),
        # a reading offered "as evidence that" is no assertion of the text
        (
            "Social media observers highlighted Sandmann's reaction to Phillips \u2014 a grin "
            "many took to be contemptuous \u2014 as lead evidence that he and his classmates were "
            "mocking Phillips.",
            set(),
        ),
        (
            "One is that there\u2019s no evidence Joe Biden did what Donald Trump has accused him "
            "of doing.",
            {("Donald Trump", "criticizes", "Joe Biden")},
        ),
        # a plural's possessive apostrophe read as a closing quote makes no verb of its noun
        ("Andy Vidak, on his colleagues\u2019 jabs at Trump", set()),
        ("Andy Vidak jabs at Trump.", {("Andy Vidak", "criticizes", "Trump")}),
    ],
)
def test_batch16_mechanism(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, clean_text(text)[0]) == expected
