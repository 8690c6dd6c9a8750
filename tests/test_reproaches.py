"""Modal reproaches ("X should resign", reproaches.py) and blame placed "on" someone inside the
blamed thing's phrase (patterns/relations_blame24.jsonl)."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor


def _asserted(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {t[:3] for t in flagged(extractor, text) if t[3]}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # reported speech (audit batch 19's sentence)
        (
            "Elizabeth Warren said Jeff Sessions should resign.",
            ("Elizabeth Warren", "Jeff Sessions"),
        ),
        # a quotation: "needs to" and its "to" are the reproach (audit batch 14)
        (
            '"Chairman Michael Steele needs to apologize to our military," Sen. Jim DeMint said.',
            ("Jim DeMint", "Michael Steele"),
        ),
        # "ought" made the head, a shame adjective, a verb coordinated with it (audit batch 2)
        (
            'Sen. Richard Blumenthal said Attorney General William Barr "ought to be ashamed and '
            'embarrassed and resign as a result of this action."',
            ("Richard Blumenthal", "William Barr"),
        ),
        # a passive the actor is to suffer (audit batch 11)
        (
            "Chuck Schumer said Bill Barr should be disqualified from leading the DOJ.",
            ("Chuck Schumer", "Bill Barr"),
        ),
        # a phrasal departure, inside a quotation, under the speaker's "I think"
        (
            '"I think Roy Moore should step aside," Mitch McConnell said.',
            ("Mitch McConnell", "Roy Moore"),
        ),
        # a bare "go"
        (
            "Bill Kristol said that Michael Steele still needs to go.",
            ("Bill Kristol", "Michael Steele"),
        ),
        # shame: the "should" that hedges the shame word does not hedge the reproach
        (
            '"The Senate should be ashamed by the rank partisanship," Sen. Lisa Murkowski said.',
            ("Lisa Murkowski", "Senate"),
        ),
    ],
)
def test_reproach_criticizes_the_subject(
    extractor: Extractor, text: str, edge: tuple[str, str]
) -> None:
    speaker, target = edge
    assert (speaker, "criticizes", target) in _asserted(extractor, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a condition leaves it open
        (
            '"If Ralph Northam wore that costume, he should resign," Sen. Tim Kaine said.',
            "Ralph Northam",
        ),
        # a question
        ("Sen. Al Franken asked whether Jeff Sessions must step aside.", "Jeff Sessions"),
        # negated
        ("Sen. Jim DeMint said Michael Steele should not resign.", "Michael Steele"),
        # "go" with a particle or a verb is no departure
        (
            "Donald Trump said that Xi Jinping should go ahead with building the camps.",
            "Xi Jinping",
        ),
        ("Sean Spicer said Mike Flynn should go testify.", "Mike Flynn"),
        # a prediction is no obligation
        ("Sen. Jim DeMint said Michael Steele will resign.", "Michael Steele"),
        # an order to say it is no statement made
        (
            "Donald Trump directed Don McGahn to call Rod Rosenstein and say that Robert Mueller "
            "had conflicts of interest and must be removed.",
            "Robert Mueller",
        ),
    ],
)
def test_reproach_needs_an_obligation_the_speaker_states(
    extractor: Extractor, text: str, target: str
) -> None:
    assert not any(
        relation == "criticizes" and obj == target
        for _, relation, obj in _asserted(extractor, text)
    )


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # "on" hung on "evidence" (dev's Doug Jones sentence)
        (
            "Sen. Doug Jones spoke on Friday. The senator blamed the lack of evidence on Trump.",
            ("Doug Jones", "Trump"),
        ),
        # "laid the blame for X on Y": "on" inside the "for" phrase
        (
            "Donald Trump laid the blame for the rise of Islamic extremism on President Obama.",
            ("Donald Trump", "Barack Obama"),
        ),
    ],
)
def test_blame_on_inside_the_blamed_phrase(
    extractor: Extractor, text: str, edge: tuple[str, str]
) -> None:
    speaker, target = edge
    assert (speaker, "criticizes", target) in _asserted(extractor, text)


def test_blame_on_a_target_noun_is_the_nouns_own(extractor: Extractor) -> None:
    """ "blamed the attack on the White House on the heat": that "on" is the attack's target
    (constructions.json on_target_nouns)."""
    text = "Sen. Marco Rubio blamed the attack on the White House on the heat."
    assert ("Marco Rubio", "criticizes", "White House") not in _asserted(extractor, text)
