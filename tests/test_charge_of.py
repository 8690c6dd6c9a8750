"""The "of" of a verb of charging after a title or party description ("accused the prime minister
of lying") is the charge, not a part of the title: the title still refers to its holder."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.syntax import past_charge

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


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # the parser hangs the aside's country on "accused" as a second direct object
        # (allsides, audit-7 and fresh29: wrong)
        (
            "In a tweet, Donald Trump accused Marie Yovanovitch of making each country that she "
            "served in -- for instance Somalia -- worse.",
            ("Donald Trump", "criticizes", "Marie Yovanovitch"),
            "Somalia",
        ),
    ],
)
def test_charge_of_holds_the_nouns_after_it(
    extractor: Extractor, text: str, kept: tuple[str, str, str], gone: str
) -> None:
    found = edges(extractor, text)
    assert kept in found
    assert not {e for e in found if e[2] == gone}


def test_charge_of_a_list_member_after_it_is_the_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    # bbc_politics_349 (audit-4: wrong): "GP" parsed as a second direct object of "accused"
    doc = nlp(
        "To a packed audience at Gateshead's Sage Centre, Mr Brown accused shadow chancellor "
        "Oliver Letwin of plotting cuts that were the equivalent of sacking every teacher, GP "
        "and nurse in the country."
    )
    by_text = {t.text: t for t in doc}
    assert by_text["GP"].dep_ == "dobj" and by_text["GP"].head.text == "accused"
    assert past_charge(by_text["GP"])
    assert not past_charge(by_text["Letwin"])


def test_charge_of_leaves_an_object_before_it_and_a_reason_for(extractor: Extractor) -> None:
    # a second object before the charge, and a "for" reason's restated target (audit: correct)
    text = "Vanessa Tyson has accused Lt. Gov. Justin Fairfax (D) of sexual assault."
    assert ("Vanessa Tyson", "criticizes", "Justin Fairfax") in edges(extractor, text)
    text = (
        "During his remarks, President Barack Obama also called out House Speaker John Boehner "
        "for what the administration has made a drumbeat over the last week -- a do-nothing "
        "Congress."
    )
    found = edges(extractor, text)
    assert ("Barack Obama", "criticizes", "John Boehner") in found
    assert ("Barack Obama", "criticizes", "Congress") in found
