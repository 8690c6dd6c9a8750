"""Plans and bills the text names by lower-case words before the head ("the stimulus bill", "the
national emergency declaration"): descriptive_actors.labelled (session 31, bills31)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document

# Sentences in the style of the allsides and Senate press corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Chuck Grassley criticized the national emergency declaration on Friday.",
            ("Chuck Grassley", "criticizes", "national emergency declaration"),
        ),
        (
            "Senator Mitch McConnell opposes the CIA interrogation program.",
            ("Mitch McConnell", "opposes", "CIA interrogation program"),
        ),
        (
            "Democrats criticized the tax bill as a giveaway to the rich.",
            ("Democratic Party", "criticizes", "tax bill"),
        ),
    ],
)
def test_a_labelled_plan_is_an_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no particular bill
        "Senator Chuck Schumer opposes a tax bill that cuts Medicaid.",
        # a party's plan: its owner's
        "Senator Chuck Schumer criticized the Republican tax plan.",
        # an adjective alone names nothing
        "Senator Chuck Schumer criticized the new bill.",
        # a plural
        "Senator Chuck Schumer criticized the spending bills.",
        # a headline
        "SCHUMER CRITICIZES THE TAX BILL",
    ],
)
def test_no_labelled_plan(extractor: Extractor, text: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    names = [e.name for e in result.entities if e.type == "Legislation"]
    assert "tax bill" not in names and "new bill" not in names and "spending bills" not in names
    assert "tax plan" not in names and "Republican tax plan" not in names
