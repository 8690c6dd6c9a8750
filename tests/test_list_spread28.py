"""A stance the sentence gives a whole list reaches every name of it (session 28,
docs/group-members.md "Session 28"): a relative clause after the list that agrees with a plural
only (``listed_members.relative_list``), a companion set off before the clause
(``companions._fronted``) and a list in the "of" phrase that stands for the noun
(``ArgumentResolver.resolve``). Sentences from the audit articles, names as there, and their
minimal pairs."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor

LIST = (
    "They want to pressure McConnell's moderate Republican colleagues such as Sens. Susan "
    "Collins (Maine), Mitt Romney (Utah) and Lisa Murkowski (Alaska), {clause} President "
    "Trump's conduct, and colleagues in tough races next year."
)


def test_a_plural_relative_clause_after_a_list_speaks_of_every_name(extractor: Extractor) -> None:
    found = edges(extractor, LIST.format(clause="who have criticized"))
    for critic in ("Susan Collins", "Mitt Romney", "Lisa Murkowski"):
        assert (critic, "criticizes", "Donald Trump") in found


@pytest.mark.parametrize(
    "text",
    [
        # a singular verb agrees with the one name the clause hangs on
        "Susan Collins and Lisa Murkowski, who has criticized Donald Trump, spoke on Sunday.",
        # a past tense agrees with anything: the last name's alone
        "Sen. Susan Collins and Sen. Lisa Murkowski, who criticized Donald Trump, spoke.",
        # a clause inside the list is its name's
        "Sen. Lisa Murkowski, who has criticized Donald Trump, and Sen. Susan Collins spoke.",
    ],
)
def test_a_relative_clause_without_a_plural_stays_with_its_name(
    extractor: Extractor, text: str
) -> None:
    found = edges(extractor, text)
    assert ("Lisa Murkowski", "criticizes", "Donald Trump") in found
    assert ("Susan Collins", "criticizes", "Donald Trump") not in found


def test_a_negated_plural_clause_negates_every_name(extractor: Extractor) -> None:
    text = "Susan Collins and Lisa Murkowski, who have not criticized Donald Trump, spoke."
    found = flagged(extractor, text)
    assert ("Susan Collins", "criticizes", "Donald Trump", False) in found
    assert not {t for t in found if t[3] and t[2] == "Donald Trump"}


def test_alternatives_need_a_floated_quantifier(extractor: Extractor) -> None:
    quantified = (
        "Not Joe Donnelly, Joe Manchin or Heidi Heitkamp, who all voted to confirm Neil "
        "Gorsuch to the Supreme Court."
    )
    found = edges(extractor, quantified)
    for senator in ("Joe Donnelly", "Joe Manchin", "Heidi Heitkamp"):
        assert (senator, "endorses", "Neil Gorsuch") in found
    bare = "Sen. Susan Collins or Sen. Lisa Murkowski, who have criticized Donald Trump, may speak."
    assert len({t for t in edges(extractor, bare) if t[2] == "Donald Trump"}) <= 1


def test_a_clause_on_a_group_noun_speaks_of_its_apposed_names(extractor: Extractor) -> None:
    text = (
        "DeSantis has been endorsed by Fox hosts Sean Hannity and Laura Ingraham, who are also "
        "both Trump supporters."
    )
    found = edges(extractor, text)
    assert ("Sean Hannity", "endorses", "Trump") in found
    assert ("Laura Ingraham", "endorses", "Trump") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Along with Sen. Lindsey Graham, John McCain criticized Donald Trump.",
            ("Lindsey Graham", "criticizes", "Donald Trump"),
        ),
        (
            "Together with Sen. Lindsey Graham, John McCain has criticized Donald Trump.",
            ("Lindsey Graham", "criticizes", "Donald Trump"),
        ),
        (  # audit batch 18
            "Like S&P, Fitch took issue with Pritzker's plan to stretch out pension payments.",
            ("S&P", "criticizes", "Pritzker"),
        ),
    ],
)
def test_a_companion_set_off_before_the_clause_shares_the_stance(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a foil is no companion
        "Unlike Sen. Lindsey Graham, John McCain criticized Donald Trump.",
        # the clause's negation governs its companion
        "Along with Sen. Lindsey Graham, John McCain did not criticize Donald Trump.",
        # a companion of another clause, not right before the subject
        "Along with Sen. Lindsey Graham in Iowa on Sunday, and later in Ohio, John McCain "
        "spoke; he criticized Donald Trump.",
    ],
)
def test_no_fronted_companion_without_a_shared_stance(extractor: Extractor, text: str) -> None:
    assert ("Lindsey Graham", "criticizes", "Donald Trump") not in edges(extractor, text)


def test_a_list_in_the_of_phrase_that_stands_for_the_noun(extractor: Extractor) -> None:
    text = (
        "Sen. Mitch McConnell spoke in support of the nominations of Henry Saad, David "
        "McKeague and Richard Griffin to the Sixth Circuit Court of Appeals."
    )
    found = edges(extractor, text)
    for nominee in ("Henry Saad", "David McKeague", "Richard Griffin"):
        assert ("Mitch McConnell", "endorses", nominee) in found
