"""Mechanisms behind the wrong edges of audit batch 10 (gold/README.md), on small texts written
for them: each wrong reading makes no edge (or another, right one), its true twin still makes
its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after "former" and a party word or place is a former office
        (
            "New York City Mayor Bill de Blasio entered the race on Thursday.\n\nThe mayor has "
            "been eclipsed by Senator Bernie Sanders, now his rival for the presidency.\n\n"
            "Former Republican Mayor Rudy Giuliani ran for president in 2008.",
            set(),
        ),
        # the President of the year the paragraph names
        (
            "In 2002, George W. Bush spoke.\n\n1988: Vice President George H.W. Bush debated "
            "Michael Dukakis.\n\n1992: President Bush had the disadvantage of two opponents, "
            "Ross Perot and Bill Clinton, taking him on.",
            {("George H.W. Bush", "opposes", "Bill Clinton")},
        ),
        # a finite verb is no conjunct of the infinitive before it
        (
            "Joe Biden demanded Congress pass new laws on police violence and accused Donald "
            "Trump of mobilizing the military.",
            {("Joe Biden", "criticizes", "Donald Trump")},
        ),
        # backing someone's act or plan is no endorsement of that person
        (
            "James Comey spoke.\n\nComey's actions were raucously backed by Donald Trump on the "
            "campaign trail.",
            set(),
        ),
        (
            "Sen. Orrin Hatch quickly backed Mitch McConnell's remarks on Monday.",
            set(),
        ),
        (
            "Sen. Orrin Hatch has long supported Mitch McConnell's efforts.",
            {("Orrin Hatch", "endorses", "Mitch McConnell")},
        ),
        # "<Plural> for <Name>" is an organisation's name, not a people
        (
            "Americans for Prosperity backed Scott Walker.",
            {("Americans for Prosperity", "endorses", "Scott Walker")},
        ),
        # "the party" beside a party that is no speaker of its clause: two parties, no reading
        (
            "Democrats were energized. Ford's emergence gives Democratic candidates a chance to "
            "make some GOP lawmakers pay a price for the party's support of Brett Kavanaugh.",
            set(),
        ),
        # a hedged statement of another trigger does not hedge an asserted one
        (
            "Attorney General Jeff Sessions recused himself.\n\nFurious at Sessions, Donald "
            "Trump has been attacking him in public in the hopes that he can humiliate his "
            "attorney general into resigning.",
            {("Donald Trump", "criticizes", "Jeff Sessions")},
        ),
        # a virtue of duty with its "for" phrase is a rank, not character
        (
            "Adam Schiff said Mark Sandy was reviewing his transcript. Sandy is not a top "
            "official at the Office of Management and Budget responsible for the release of "
            "foreign aid, Schiff said.",
            set(),
        ),
        (
            '"Roy Moore is not responsible," Doug Jones said.',
            {("Doug Jones", "criticizes", "Roy Moore")},
        ),
    ],
)
def test_batch10_mechanisms(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


def test_photo_credit_is_no_antecedent(extractor: Extractor) -> None:
    """A wire photographer's credit closing a caption is page furniture: the quotation after it
    is about the person the narration names, not the photographer."""
    text = (
        "Donald Trump hit back on Twitter, calling Bill de Blasio the worst mayor.\n\n"
        "New York City Mayor Bill de Blasio arrives at Liberty Island, May 16, 2019. "
        "REUTERS/Mike Segar\n\n"
        "\u201cHe is a JOKE,\u201d Trump said in a tweet."
    )
    assert ("Donald Trump", "criticizes", "Mike Segar") not in edges(extractor, text)
