"""A polkg pattern span inside a longer organisation name of the model yields to the whole name
(`inner_names.py`): "the United States Hispanic Chamber of Commerce" is no "Chamber of Commerce"
(the U.S. Chamber, another organisation), "the Democratic Leadership Council" no Democratic
Party. A body's own parts ("the Senate Judiciary Committee"), a canonical name written out
("the U.S. Chamber of Commerce") and a party's name ("the Democrat Party") keep the pattern's
entity (sentences from Senate press releases and allsides news)."""

from __future__ import annotations

import pytest

from polkg.model import Document


def _names(extractor, text: str) -> set[str]:
    return {e.name for e in extractor.process(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        # senate_press Domenici468: "Chamber of Commerce" was the U.S. Chamber (a wrong edge)
        (
            "Gonzales has garnered support from numerous Latino organizations, including the "
            "Hispanic National Bar Association, United States Hispanic Chamber of Commerce, "
            "and the National Association of Latino Elected and Appointed Officials.",
            "United States Hispanic Chamber of Commerce",
            "U.S. Chamber of Commerce",
        ),
        # a party word inside an organisation's name is no party
        (
            "Howard Dean had been denounced as an unelectable extremist by the Democratic "
            "Leadership Council.",
            "Democratic Leadership Council",
            "Democratic Party",
        ),
        # a name with a tail after its head stays whole
        (
            "At a press conference in Washington today, the International Society for "
            "Technology in Education (ISTE) announced its opposition to proposed education "
            "technology funding cuts.",
            "International Society for Technology in Education",
            "International Society for Technology",
        ),
    ],
)
def test_the_whole_organisation_name_wins_over_a_pattern_inside_it(extractor, text, whole, cut):
    names = _names(extractor, text)
    assert whole in names
    assert cut not in names


def test_a_written_out_canonical_name_keeps_the_pattern(extractor):
    names = _names(extractor, "The U.S. Chamber of Commerce endorsed Mitt Romney on Monday.")
    assert "U.S. Chamber of Commerce" in names


def test_a_body_and_a_party_keep_their_own_names(extractor):
    text = (
        "The Senate Judiciary Committee approved the nomination, and the Democrat Party "
        "criticized the vote."
    )
    names = _names(extractor, text)
    assert "Democratic Party" in names
    assert not any(name.startswith("Democrat Party") for name in names)
    assert "Senate Judiciary Committee" in names


def test_a_qualified_chamber_of_commerce_is_another_chamber(extractor):
    names = _names(extractor, "The Michigan Chamber of Commerce endorsed Mike Rogers on Monday.")
    assert "Michigan Chamber of Commerce" in names
    assert "U.S. Chamber of Commerce" not in names and "Chamber of Commerce" not in names
    # the canonical name's own words, spelled out, are the U.S. Chamber
    names = _names(extractor, "The United States Chamber of Commerce endorsed Mitt Romney.")
    assert not any("Michigan" in n or n == "United States Chamber of Commerce" for n in names)
