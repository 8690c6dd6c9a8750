"""A deed a "by" phrase assigns ("the decision by the DoJ", "the comments made by Bush") stands
for its doer as the possessive does; "object to" is criticism of an actor's deed and opposition
to a bill or nomination."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor
from polkg.model import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Jon Kyl criticized the decision by the Department of Justice.",
            {("Jon Kyl", "criticizes", "Department of Justice")},
        ),
        (
            "Senator Harry Reid condemned the comments made by President George W. Bush.",
            {("Harry Reid", "criticizes", "George W. Bush")},
        ),
        (
            "Senator Jon Kyl criticized the methods used by the Department of Justice.",
            {("Jon Kyl", "criticizes", "Department of Justice")},
        ),
        # who reported or denied the words did not say them
        ("Senator Harry Reid criticized the comments reported by CNN.", set()),
        # the nominator is not the nominee
        ("Senator Harry Reid opposed the nomination by President George W. Bush.", set()),
    ],
)
def test_deed_by_its_author(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Harry Reid objected to the Patriot Act.",
            {("Harry Reid", "opposes", "Patriot Act", True)},
        ),
        (
            "Senator Harry Reid objected to the nomination of John Bolton.",
            {("Harry Reid", "opposes", "John Bolton", True)},
        ),
        (
            "Senator Harry Reid did not object to the Patriot Act.",
            {("Harry Reid", "opposes", "Patriot Act", False)},
        ),
    ],
)
def test_object_to(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


def test_release_author_objects_to_a_departments_methods(extractor: Extractor) -> None:
    """A senator's letter in her release: "I object strongly to the methods used by the DoJ"."""
    text = (
        "Sen. Kay Bailey Hutchison today wrote to the Department of Justice.\n"
        "Dear Attorney General Gonzales: I object strongly to the methods used by the "
        "Department of Justice (DoJ) to review my legislation."
    )
    doc = Document(id="d", text=text, outlet="Office of Sen. Hutchison (press release)")
    found = {(a.subject, a.relation, a.object) for a in extractor.process(doc).assertions}
    assert ("Kay Bailey Hutchison", "criticizes", "Department of Justice") in found
