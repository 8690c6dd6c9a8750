"""A probe the text introduces with a topic of its own ("an inquiry into the deadly 1993 fire")
is another investigation than the one the article named before it, so a later "the
investigation" is not that one (audit batch 12: Ashcroft's 2003 recusal read as the Russia
investigation); without such a rival the generic noun is still the named probe."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


ASHCROFT = (
    "John Ashcroft recused himself from the investigation, because he was close to the White House."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attorney general can bring the special counsel's inquiry to a halt.\n\n"
            "In 1999 Janet Reno named John Danforth to lead an inquiry into the deadly fire "
            "at the Branch Davidian compound in Waco.\n\n" + ASHCROFT,
            set(),
        ),
        (
            "The attorney general can bring the special counsel's inquiry to a halt.\n\n"
            "In 1999 Janet Reno named John Danforth to lead the work in Waco.\n\n" + ASHCROFT,
            {("John Ashcroft", "recused_from", "Russia investigation")},
        ),
        # a probe whose topic is the named one's ("the special counsel's") is no rival
        (
            "The attorney general can bring the special counsel's inquiry to a halt.\n\n"
            "In 2017 Democrats asked for an inquiry into the special counsel's budget.\n\n"
            + ASHCROFT,
            {("John Ashcroft", "recused_from", "Russia investigation")},
        ),
    ],
)
def test_probe_with_its_own_topic_is_a_rival(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {e for e in edges(extractor, text) if e[1] == "recused_from"}
    assert found == expected
