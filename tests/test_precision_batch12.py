"""Mechanisms behind the wrong edges of audit batch 12 (gold/README.md, "Batch 12"), on small
texts written for them: page furniture read as body text, a relative pronoun or a possessor given
the wrong actor, a claim's content read as asserted, a building read as a person, a body's party
wing read as the body, an endorsement its own concessive clause denies. Each wrong
reading makes no edge (or another, right one); its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.ingest.cleaning import clean_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


BODY = "Donald Trump spoke in Ohio.\n\n{}\n\nJohn Kasich criticized him."
CLEAN_BODY = "Donald Trump spoke in Ohio.\n\nJohn Kasich criticized him."


@pytest.mark.parametrize(
    "noise",
    [
        # POLITICO's links between paragraphs, with and without the space after the bracket
        "( PHOTOS: Obama\u2019s top 20 jabs at the GOP)",
        "( Also on POLITICO: Warren to Dems: Kill the bill)",
        "(Also on POLITICO: Obama library gets one donor in Q3)",
        "PHOTOS: 13 Things Liberals Want To Ban",
        # The Guardian's related-story link
        "How Bannon turned on Trump \u2026 and where the nationalist right goes next Read more",
        # Reuters' and Vox's related links
        "Related Coverage Pompeo says did not author New York Times 'resistance' column",
        "Related How the 2010s changed health care",
        # a block of linked headlines under a header
        "READ MORE:\n\nAdvertisement\n\nWhy Conservatives Still Attack Trump\n\nThe \u2018Never "
        "Trump\u2019 Misunderstanding",
        "Read more:\n\nGOP leaders disagree with Trump on vote fraud, discourage torture changes"
        "\n\nWho has said what about James Comey?",
    ],
)
def test_cleaning_removes_links_between_paragraphs(noise: str) -> None:
    assert clean_text(BODY.format(noise))[0] == CLEAN_BODY


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # share buttons before a caption go, the caption stays
        (
            "Facebook Twitter Pinterest Donald Trump supporter Ricky Farnsworth stands for a "
            "portrait. Photograph: Stephanie Strasburg/The Guardian",
            "Donald Trump supporter Ricky Farnsworth stands for a portrait. Photograph: "
            "Stephanie Strasburg/The Guardian",
        ),
        # a list label before a sentence goes, the sentence stays
        (
            "Senate: Democrat Cal Cunningham is taking on Republican Sen. Thom Tillis.",
            "Democrat Cal Cunningham is taking on Republican Sen. Thom Tillis.",
        ),
        # a header with no linked headline after it, a body sentence in brackets, a subhead
        ("Smith spoke.\n\nREAD MORE:\n\nPresident Obama spoke.", None),
        ("Smith spoke.\n\n(Tenpas' data may actually undersell the changes.)", None),
        ("Trump says Sessions shouldn't have recused himself\n\nTrump spoke on Monday.", None),
        # the block ends at the body's next sentence or at the author's note
        (
            "Read more:\n\nTrump revives false claim\n\nCummings also said he is happy to help.",
            "Cummings also said he is happy to help.",
        ),
        (
            "READ MORE:\n\nIs Donald Trump Shrinking the GOP?\n\n\u2014 Rich Lowry is the editor.",
            "\u2014 Rich Lowry is the editor.",
        ),
    ],
)
def test_cleaning_keeps_what_the_body_says(raw: str, cleaned: str | None) -> None:
    assert clean_text(raw)[0] == (raw if cleaned is None else cleaned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # share buttons are no name (cleaning); a list label is no challenger
        (
            "Facebook Twitter Pinterest Donald Trump supporter Ricky Farnsworth stands for a "
            "portrait outside of his trailer in Buckhannon.",
            {("Ricky Farnsworth", "endorses", "Donald Trump")},
        ),
        (
            "Senate: Democrat Cal Cunningham is taking on Republican Sen. Thom Tillis.",
            {("Cal Cunningham", "opposes", "Thom Tillis")},
        ),
        # "which" is no person: on a person's title it is the organisation the title names
        (
            "\u201cYou can see progressives coalescing behind Bernie Sanders,\u201d said Neil "
            "Sroka, a Michigan-based progressive strategist for Democracy for America, which has "
            "endorsed Sanders.",
            {("Democracy for America", "endorses", "Bernie Sanders")},
        ),
        (
            "Neil Sroka, a strategist who has endorsed Bernie Sanders, spoke in Detroit.",
            {("Neil Sroka", "endorses", "Bernie Sanders")},
        ),
        # what is said of "X's opponent, Y" judges Y, not X
        (
            "Trump said Moore\u2019s Democratic opponent, Doug Jones, is a \u201ctotal "
            "puppet\u201d of Senate Democratic leader Chuck Schumer.",
            {("Doug Jones", "opposes", "Moore")},
        ),
        (
            "Trump said Moore\u2019s campaign is a \u201ctotal disgrace\u201d.",
            {("Trump", "criticizes", "Moore")},
        ),
        # a claim's content is not asserted, however deep the trigger, even where the parser hangs
        # the content clause on another noun
        (
            "Devin Nunes issued the subpoena.\n\nLeon shot down all of the arguments, including "
            "Fusion\u2019s assertion that Nunes had no grounds to issue a subpoena because he had "
            "recused himself back in April from the Russia probe.",
            set(),
        ),
        (
            "Devin Nunes issued the subpoena.\n\nNunes had no grounds to issue a subpoena because "
            "he had recused himself back in April from the Russia probe.",
            {("Devin Nunes", "recused_from", "Russia investigation")},
        ),
        # a building named after a person is no person: "the president" is the one named
        (
            "Top White House adviser Kellyanne Conway and other President Trump supporters on "
            "Saturday backed the president\u2019s decision to make retired Gen. Mike Kelly his new "
            "chief of staff.\n\nPriebus\u2019 departure follows the ousting last week of White "
            "House Press Secretary Sean Spicer, who helped Priebus lead the Republican National "
            "Committee before they joined the Trump White House.\n\nThe president also called "
            'Kelly a "great leader" and "great American."',
            {("Donald Trump", "endorses", "Mike Kelly")},
        ),
        # a concessive clause that denies the same relation takes the statement back
        (
            "The Working Families Party officially endorsed Bernie Sanders on Monday.\n\nAnd the "
            "Warren-aligned group Progressive Change Campaign Committee is urging its members to "
            "vote for Sanders in Michigan to keep the race close, though it is not endorsing him.",
            {("Working Families Party", "endorses", "Bernie Sanders")},
        ),
        (
            "The Working Families Party officially endorsed Bernie Sanders on Monday.\n\nAnd the "
            "Warren-aligned group Progressive Change Campaign Committee is urging its members to "
            "vote for Sanders in Michigan to keep the race close, though it has not raised money.",
            {
                ("Working Families Party", "endorses", "Bernie Sanders"),
                ("Progressive Change Campaign Committee", "endorses", "Bernie Sanders"),
            },
        ),
        # a body's party wing is not the body
        (
            "Brett Kavanaugh testified on Thursday.\n\nDemocrats had objected to an earlier "
            "decision by the Senate Judiciary Committee\u2019s Republican leadership not to make "
            "the emails public.",
            set(),
        ),
        (
            "Brett Kavanaugh testified on Thursday.\n\nDemocrats had objected to an earlier "
            "decision by the Senate Judiciary Committee not to make the emails public.",
            {("Democratic Party", "criticizes", "Senate Judiciary Committee")},
        ),
    ],
)
def test_batch12_mechanisms(extractor: Extractor, text: str, expected: set) -> None:
    # cleaned first, as ingest does
    assert edges(extractor, clean_text(text)[0]) == expected
