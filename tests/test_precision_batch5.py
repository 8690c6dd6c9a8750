"""Mechanisms behind the wrong edges of audit batch 5 (gold/README.md), on its own sentences:
each wrong reading makes no edge (or the right one), its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill title listing words with commas, or with its abbreviation in parentheses, or
        # sponsors joined by a slash, or a hyphened word, is one name, not its last words
        (
            "Hillary Clinton, as senator from New York, had cosponsored the 2006 Congo Relief, "
            "Security, and Democracy Promotion Act, which endangered the business of an investor.",
            {
                (
                    "Hillary Clinton",
                    "endorses",
                    "Congo Relief, Security, and Democracy Promotion Act",
                )
            },
        ),
        (
            "The bill Trent Lott and Mark Pryor introduced today - The Corporate Average Fuel "
            'Economy (CAFE) Program Reform Act of 2006 - "puts the responsibility for setting '
            'standards where it belongs." "Our bill avoids extremes," Pryor said.',
            # ("our bill": the release's one named bill)
            {
                (
                    "Mark Pryor",
                    "endorses",
                    "Corporate Average Fuel Economy (CAFE) Program Reform Act of 2006",
                )
            },
        ),
        (
            "Senate Majority Leader Harry Reid of Nevada made the following statement today on "
            "the floor of the U.S. Senate in favor of the Levin/Reed Amendment to the Defense "
            "Authorization Act.",
            {("Harry Reid", "endorses", "Levin/Reed Amendment")},
        ),
        (
            "Sen. Jeff Bingaman introduced the United States-Mexico Trans-boundary Aquifer "
            "Assessment Act in 2005.",
            {
                (
                    "Jeff Bingaman",
                    "endorses",
                    "United States-Mexico Trans-boundary Aquifer Assessment Act",
                )
            },
        ),
        # an all-capitals headline is no abbreviation before "legislation"
        (
            "PRESIDENT SIGNS SEN. BINGAMAN'S BORDER WATER LEGISLATION\n  The president has "
            "signed into law legislation written by Sen. Jeff Bingaman.",
            set(),
        ),
        # a description cut at a wrapped line after "Sen." is no description
        (
            "Sen. Norm Coleman joined his colleagues in the Senate to pass a resolution that "
            "honored the life and work of former Wisconsin Sen.  \n William Proxmier. Proxmier "
            "died today.",
            set(),
        ),
    ],
)
def test_bill_names_are_whole(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another organisation's name ending in a party word, or apposed to an organisation noun
        (
            "Justice Democrats, an advocacy group that backed Rep. Alexandria Ocasio-Cortez of "
            "New York, said it would oppose Mr. Biden's candidacy.",
            set(),
        ),
        (
            "The Lib Dems have pledged to oppose the Terrorism Act when it is debated.",
            {("Liberal Democrats", "opposes", "Terrorism Act")},
        ),
        # a reduced relative clause narrows the party to some members
        (
            "The Democrats complaining about Sanders, some of whom have histories with Hillary "
            "Clinton's campaign, argue the rhetoric goes too far.",
            set(),
        ),
        (
            "Democrats complained about Bernie Sanders on Monday.",
            {("Democratic Party", "criticizes", "Bernie Sanders")},
        ),
        # a party's members' noun is the party as object too (session 20's convention,
        # gold/README.md "Party groups in Congress"); a state's members are some of it
        (
            "At the hearing, Republican Senator Lindsey Graham castigated Democratic senators, "
            "seeking to rally Republicans.",
            {("Lindsey Graham", "criticizes", "Democratic Party")},
        ),
        (
            "Democratic lawmakers in Texas criticized Donald Trump on Monday.",
            set(),
        ),
        (
            "Republican senators attacked Barack Obama on Monday.",
            {("Republican Party", "criticizes", "Barack Obama")},
        ),
    ],
)
def test_other_organisations_and_subgroups_are_not_the_party(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name stranded after a preposition is no subject; the name apposed to it is
        (
            "President Donald Trump offered a plan on Saturday. Senate Majority Leader Mitch "
            "McConnell backed it.\n\nSpeaking shortly after McConnell, Senate Minority Leader "
            'Chuck Schumer called the plan "far from reality," dismissing the president\'s '
            'proposal as "one-sided, harshly partisan" and "made in bad faith."',
            {("Chuck Schumer", "criticizes", "Donald Trump")},
        ),
        # a bare participle is no conjunct of a finite verb: it goes with the participle above
        (
            "Jeff Sessions at first demurred, noting that James Comey is no longer the director "
            "of the FBI and praising the current director, Chris Wray.",
            {("Jeff Sessions", "endorses", "Chris Wray")},
        ),
        # "which" hung on a person's name is no person
        (
            "The session ended with Vladimir Putin being asked whether he had compromising "
            'material on Donald Trump, which he dismissed as "nonsense."',
            set(),
        ),
        (
            'Vladimir Putin dismissed Donald Trump as "nonsense."',
            {("Vladimir Putin", "criticizes", "Donald Trump")},
        ),
    ],
)
def test_subjects_and_relatives_the_parser_misplaces(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


def test_a_photo_gallery_is_no_body_text() -> None:
    from polkg.ingest.cleaning import clean_text

    body = "Conservative warnings about Donald Trump have grown increasingly somber."
    captions = [
        "Trump attends the U.S. Open tennis tournament with his third wife.",
        "Trump walks on stage with his family after he was declared the election winner.",
        "Trump delivers a speech at the Republican National Convention in July.",
        "Trump speaks during a campaign event in Evansville, Indiana.",
    ]
    lone = "Trump faces Democratic nominee Hillary Clinton in the first presidential debate."
    gallery = [captions[0], captions[0], captions[1], captions[1], lone]
    gallery += [captions[2], captions[2], captions[3], captions[3]]
    after = "Historians say they see other characteristics of fascism in his campaign."
    cleaned, _ = clean_text("\n\n".join([body, *gallery, after]))
    assert cleaned == f"{body}\n\n{after}"
    pull_quote = '"I am not saying Trump is Hitler," Ross said.'
    text = "\n\n".join([body, pull_quote, after, pull_quote])
    assert clean_text(text)[0] == text
