"""A criticized deed named by a bare definite noun ("the move", "the remarks", "the report")
stands for the doer the text told just before (``polkg.extract.deed_antecedents``)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

# Wikinews, "On the campaign trail in the USA, September 2020" (CC BY 2.5)
WIKINEWS_REPORT = (
    "Trump received further criticism just ahead of the first presidential debate, when The New "
    "York Times published allegations about his tax returns. The reports indicated Trump paid "
    "US$750 in taxes in 2016 and the same amount in 2017, and that he owed on loans in excess of "
    'US$300 million due in four years. Trump labeled the report as "fake news" and said he '
    "would release his tax returns once he was no longer under audit."
)


def test_report_stands_for_the_paper_that_published_it(extractor: Extractor) -> None:
    found = edges(extractor, WIKINEWS_REPORT)
    assert any(
        s.endswith("Trump") and r == "criticizes" and "New York Times" in o for s, r, o in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mitt Romney told donors that 47 percent of Americans are dependent upon government. "
            "Democrats quickly condemned the remarks as insensitive.",
            ("Democratic Party", "criticizes", "Mitt Romney"),
        ),
        (
            "In an abrupt move, President Donald Trump fired James Comey, the FBI director. "
            "Democrats swiftly decried the move.",
            ("Democratic Party", "criticizes", "Donald Trump"),
        ),
        (
            "The Wall Street Journal first reported Friday that the AARP has decided to accept "
            "cuts. AARP CEO Barry Rand later issued a statement calling the article "
            '"misleading".',
            ("Barry Rand", "criticizes", "Wall Street Journal"),
        ),
    ],
)
def test_deed_noun_stands_for_its_doer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a deed not done has no doer
        (
            "President Donald Trump did not fire James Comey, the FBI director. "
            "Democrats swiftly decried the move.",
            ("Democratic Party", "criticizes", "Donald Trump"),
        ),
        # a report that drew criticism drew it on what it tells, not on the paper
        (
            "The New York Times published a report on Hillary Clinton's e-mail account. "
            "The report has drawn heavy criticism from Republicans.",
            ("Republican Party", "criticizes", "New York Times"),
        ),
        # a deed noun with its own clause names its own matter
        (
            "President Donald Trump fired James Comey, the FBI director. "
            "Democrats criticized the move to hold a rally.",
            ("Democratic Party", "criticizes", "Donald Trump"),
        ),
        # told too long before
        (
            "President Donald Trump fired James Comey, the FBI director. The FBI was shaken. "
            "Agents met on Wednesday. The bureau held a briefing. The agents went home. "
            "Democrats swiftly decried the move.",
            ("Democratic Party", "criticizes", "Donald Trump"),
        ),
    ],
)
def test_no_doer(extractor: Extractor, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in edges(extractor, text)
