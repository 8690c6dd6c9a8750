"""Mechanisms behind the wrong edges of audit batch 12 (gold/README.md, "Batch 12"), on small
texts written for them: page furniture read as body text, a relative pronoun or a possessor given
the wrong actor, a claim's content read as asserted, a building read as a person, a body's party
wing read as the body. Each wrong
reading makes no edge (or another, right one); its true twin still makes its edge."""

from __future__ import annotations

import pytest

from polkg.ingest.cleaning import clean_text

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
