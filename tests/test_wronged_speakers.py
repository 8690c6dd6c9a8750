"""A speaker wronged by an actor ("'Bill Clinton raped me,' she said") accuses the actor."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides corpus (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two wrongs, each its own actor; the hedged first clause is another actor's
        (
            'Juanita Broaddrick spoke first. "Mr. Trump may have said some bad words, but Bill '
            'Clinton raped me and Hillary Clinton threatened me," Broaddrick said.',
            {
                ("Juanita Broaddrick", "criticizes", "Bill Clinton"),
                ("Juanita Broaddrick", "criticizes", "Hillary Clinton"),
            },
        ),
        # "us" is the speaker's side; "not only" adds, it does not deny
        (
            'Steven Law was blunt. "Not only did Steve Bannon cost us a critical Senate seat, '
            'but he also dragged the party into his fiasco," Law said.',
            {("Steven Law", "criticizes", "Steve Bannon")},
        ),
        # a verb that wrongs with its particle only
        (
            'Kathy Shelton spoke. "At 12 years old, Hillary Clinton put me through something '
            'that you should never put a child through," Shelton said.',
            {("Kathy Shelton", "criticizes", "Hillary Clinton")},
        ),
        # the speaker as the subject of the passive
        (
            'Senator Ted Cruz spoke in Iowa. "I was threatened by Donald Trump," Cruz said.',
            {("Ted Cruz", "criticizes", "Donald Trump")},
        ),
        # a verb of persecution (the list the defence reads too), and "treat" in a wronging
        # manner
        (
            'Senator Ted Cruz spoke in Iowa. "Donald Trump framed me," Cruz said.',
            {("Ted Cruz", "criticizes", "Donald Trump")},
        ),
        (
            'Senator Ted Cruz spoke in Iowa. "Donald Trump treated me unfairly," Cruz said.',
            {("Ted Cruz", "criticizes", "Donald Trump")},
        ),
    ],
)
def test_wrong_done_to_the_speaker_is_an_accusation(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # denied
        'Senator Ted Cruz spoke in Iowa. "Donald Trump did not threaten me," Cruz said.',
        # a question asks
        'Senator Ted Cruz spoke in Iowa. "Did Donald Trump threaten you?" Cruz asked.',
        # a contest won, no wrong
        'Senator Ted Cruz spoke in Iowa. "Donald Trump beat me in the primary," Cruz said.',
        # the wrong is done to someone else, whom the speaker does not speak for
        'Senator Ted Cruz spoke in Iowa. "Donald Trump threatened the reporter," Cruz said.',
        # a verb that wrongs only with its particle
        'Senator Ted Cruz spoke in Iowa. "Donald Trump put me on the ticket," Cruz said.',
    ],
)
def test_no_accusation_without_a_wrong_to_the_speaker(extractor: Extractor, text: str) -> None:
    found = flagged(extractor, text)
    assert ("Ted Cruz", "criticizes", "Donald Trump", True) not in found


def test_reported_wrong_to_the_speaker(extractor: Extractor) -> None:
    """In reported speech the victim is a pronoun that stands for the speaker."""
    text = (
        "Christine Blasey Ford, a psychology professor, testified on Thursday. Ford said that "
        "Brett Kavanaugh assaulted her at a high school party."
    )
    assert ("Christine Blasey Ford", "criticizes", "Brett Kavanaugh") in edges(extractor, text)


def test_reported_wrong_to_someone_else(extractor: Extractor) -> None:
    """ "her" is not the male speaker: he reports a wrong, he does not accuse."""
    text = "Senator Ted Cruz spoke in Iowa. Cruz said Donald Trump threatened her."
    assert ("Ted Cruz", "criticizes", "Donald Trump", True) not in flagged(extractor, text)
