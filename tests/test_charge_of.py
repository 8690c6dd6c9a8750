"""The "of" of a verb of charging after a title or party description ("accused the prime minister
of lying") is the charge, not a part of the title: the title still refers to its holder."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

# Sentences in the style of the BBC politics corpus (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after "of": the parser hangs the charge on the title
        (
            "Tony Blair spoke about Labour on Monday. "
            "Michael Howard accused the prime minister of lying.",
            ("Michael Howard", "criticizes", "Tony Blair"),
        ),
        # a quoted gerund
        (
            "Tony Blair spoke about Labour on Monday. Liam Fox responded by accusing the prime "
            'minister of "hiding away from the scrutiny of London\'s media".',
            ("Liam Fox", "criticizes", "Tony Blair"),
        ),
        # a party description
        (
            "Tory leader Michael Howard spoke on Monday. "
            "Peter Hain then accused the Tory leader of lying.",
            ("Peter Hain", "criticizes", "Michael Howard"),
        ),
    ],
)
def test_charge_of_keeps_the_title_a_reference(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_charge_of_needs_a_verb_of_charging(extractor: Extractor) -> None:
    # "the president of the club" is another office: no reference to the text's president
    text = (
        "Tony Blair spoke about Labour on Monday. "
        "Michael Howard attacked the president of the club."
    )
    assert not {e for e in edges(extractor, text) if e[2] == "Tony Blair"}
