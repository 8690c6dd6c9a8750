"""A verb that puts an actor's quality in doubt (``patterns/relations_doubted41.jsonl``,
lexical41): the subject of "question"/"challenge"/"impugn"/"doubt" with a quality of
``doubted_qualities`` as its object criticizes the quality's possessor or its "of" object.
Sentences from unread allsides articles and readable senate_press and wikinews ones (fresh39),
or written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allsides (unread): the quality's "of" object
        (
            "Donald Trump has questioned the impartiality of special counsel Robert Mueller.",
            ("Donald Trump", "criticizes", "Robert Mueller"),
        ),
        # the quality's possessor
        (
            "Democrats quickly challenged William Barr's impartiality.",
            ("Democratic Party", "criticizes", "William Barr"),
        ),
        # through a controlling verb ("took to the airwaves to challenge")
        (
            "Ted Cruz took to the airwaves to challenge the conservative credentials of Marco "
            "Rubio.",
            ("Ted Cruz", "criticizes", "Marco Rubio"),
        ),
        # senate_press (fresh39): a body's authority challenged
        (
            "At the hearing, Cantwell challenged the Department of Energy's authority to pursue "
            "its Northwest rate hike plan.",
            ("Cantwell", "criticizes", "Department of Energy"),
        ),
        # after wikinews (fresh39): two coordinated qualities, the "of" on the second
        (
            "Donald Trump questioned the citizenship and eligibility of Kamala Harris.",
            ("Donald Trump", "criticizes", "Kamala Harris"),
        ),
    ],
)
def test_doubted_quality_is_criticism(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # an interrogation, not a quality questioned
        "FBI agents questioned Michael Flynn about his calls.",
        # a contest, not a quality challenged
        "Bernie Sanders challenged Hillary Clinton in the primary.",
        # senate_press (fresh30): the parser makes the quality a second object of a person
        # questioned, an interrogation
        "Senator Saxby Chambliss questioned General David Petraeus about the mission ahead, "
        "the commitment of the Iraqis, and the need to better utilize intelligence.",
        # a state of affairs, not a quality ("status" is not one)
        "Chuck Grassley questioned the status of Robert Mueller's investigation.",
    ],
)
def test_no_doubted_quality(extractor: Extractor, text: str) -> None:
    found = edges(extractor, text)
    assert not any(
        e[1] == "criticizes"
        and e[2] in {"Michael Flynn", "Hillary Clinton", "Robert Mueller", "Iraqis"}
        for e in found
    )


def test_doubted_quality_cues(extractor: Extractor) -> None:
    """ "not going to question the patriotism of X" is made but not asserted."""
    text = "Mitch McConnell said he was not going to question the patriotism of Adam Schiff."
    found = flagged(extractor, text)
    assert ("Mitch McConnell", "criticizes", "Adam Schiff", False) in found
    assert ("Mitch McConnell", "criticizes", "Adam Schiff", True) not in found
