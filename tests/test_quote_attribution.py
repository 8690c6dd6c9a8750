"""Who said a quotation or a reported judgement, and when what is said is no assertion."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides, BBC and Senate corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle's implied subject
        (
            "Iowa Republican chairman Jeff Kaufmann rebuked Donald Trump by tweeting, "
            '"Ted Cruz is a liar."',
            ("Jeff Kaufmann", "criticizes", "Ted Cruz", True),
        ),
        # "according to"
        (
            'According to David Kendall, "Ted Cruz is a liar."',
            ("David Kendall", "criticizes", "Ted Cruz", True),
        ),
        # the speaker and the verb far after the quote, past an apposition
        (
            '"Ted Cruz is a liar," Rep. Tom Cole (R-Okla.), an ally of GOP leadership, '
            "told The Hill.",
            ("Tom Cole", "criticizes", "Ted Cruz", True),
        ),
        # a paragraph ending in a colon introduces the next paragraph's quotation
        (
            'Senator Barbara Mikulski explained in a statement:\n"Ted Cruz is a liar."',
            ("Barbara Mikulski", "criticizes", "Ted Cruz", True),
        ),
        (
            'Barbara Mikulski said:\n\n"Ted Cruz is a liar."',
            ("Barbara Mikulski", "criticizes", "Ted Cruz", True),
        ),
        # what someone tells reporters is a statement, not a demand
        (
            '"Ted Cruz is a liar," Donald Trump told reporters.',
            ("Donald Trump", "criticizes", "Ted Cruz", True),
        ),
        # a reported clause quoted in part
        (
            'Donald Trump said Jeff Sessions "is weak."',
            ("Donald Trump", "criticizes", "Jeff Sessions", True),
        ),
    ],
)
def test_quote_attribution(
    extractor: Extractor, text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in flagged(extractor, text)


def test_told_to_is_still_a_demand(extractor: Extractor) -> None:
    text = "Donald Trump told Jeff Sessions to criticize Ted Cruz."
    # read as Sessions' criticism, and not asserted: Trump asks it of him
    assert flagged(extractor, text) == {("Jeff Sessions", "criticizes", "Ted Cruz", False)}


def test_speaker_described_by_party_is_not_the_party(extractor: Extractor) -> None:
    """ "The Kentucky Republican said ..." names a person (unresolved here), never the party."""
    text = 'The Kentucky Republican said Barack Obama was "a little bit classless."'
    assert flagged(extractor, text) == set()


def test_alternatives_are_no_assertion(extractor: Extractor) -> None:
    text = (
        '"Either Jeff Sessions lied or he is being framed," Richard Painter, who served as '
        "chief ethics lawyer for President George W. Bush, wrote on Twitter."
    )
    assert not any(positive for *_, positive in flagged(extractor, text))
    text = '"Jeff Sessions is a liar," Richard Painter, a former ethics lawyer, wrote on Twitter.'
    assert flagged(extractor, text) == {("Richard Painter", "criticizes", "Jeff Sessions", True)}


def test_passive_disparaging_verb_names_the_victim(extractor: Extractor) -> None:
    text = 'Democrats are complaining that Hillary Clinton was "sabotaged" by the leaks.'
    assert not any(positive for *_, positive in flagged(extractor, text))
    text = '"Hillary Clinton sabotaged the party," Bernie Sanders said.'
    assert ("Bernie Sanders", "criticizes", "Hillary Clinton", True) in flagged(extractor, text)


def test_unnamed_speaker_does_not_inherit_the_previous_speaker(extractor: Extractor) -> None:
    """A quotation with its own speech verb whose speaker polkg cannot name is not the previous
    quotation's speaker going on."""
    said = '"We will build the wall," Donald Trump said. '
    other = '"Ted Cruz is a liar," a senior Democratic aide told Fox News.'
    carried = '"Ted Cruz is a liar."'
    assert ("Donald Trump", "criticizes", "Ted Cruz", True) in flagged(extractor, said + carried)
    assert not any(s == "Donald Trump" for s, *_ in flagged(extractor, said + other))


def test_a_quotation_told_as_a_possessed_nouns_content_is_its_possessors(
    extractor: Extractor,
) -> None:
    """A quotation that is the clause of a possessed noun ("Donna Brazile's admission that
    '...'") is the possessor's words, not the reporter's who names the noun (session 26: a
    NewsMTSC sentence gave Brazile's admission to Tapper, or to a "Warren: Yes" label)."""
    text = (
        "Jake Tapper said that Donna Brazile's recent admission that \u201cthe Clinton campaign "
        'did rig the process" must shock Warren.'
    )
    found = flagged(extractor, text)
    assert not [t for t in found if t[0] == "Jake Tapper" and t[1] == "criticizes"]
    assert ("Donna Brazile", "criticizes", "Clinton campaign", True) in found
