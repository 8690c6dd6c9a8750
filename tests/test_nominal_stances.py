"""Stance nouns whose arguments the parser hangs elsewhere (relations_nominal.jsonl): the target
phrase on the voicing verb ("announced his opposition to a measure"), a stance led by someone
("to lead the party's opposition to the Bill"), a challenger drawn or faced, stance received
"from" someone; each with the reading it must not make."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_opposition_announced_with_its_target_on_the_verb(extractor: Extractor) -> None:
    # the parser hangs "to a measure" on "announced", not on "opposition"
    text = (
        "Senator John Smith announced his opposition to a measure to repeal and replace the "
        "healthcare law."
    )
    found = edges(extractor, text)
    assert (
        "John Smith",
        "opposes",
        "a measure to repeal and replace the healthcare law",
    ) in found


def test_leading_the_opposition_to_a_bill_is_opposition(extractor: Extractor) -> None:
    text = (
        "Michael Howard stayed in London to lead the party's opposition to the Prevention of "
        "Terrorism Bill in its lengthy progress through Parliament."
    )
    assert ("Michael Howard", "opposes", "Prevention of Terrorism Bill") in edges(extractor, text)


def test_a_challenger_drawn_opposes_the_incumbent(extractor: Extractor) -> None:
    for text in (
        "Rep. Renee Ellmers also drew a conservative primary challenger: a radio talk show host "
        "named Frank Roche.",
        "Renee Ellmers drew a primary challenger, Frank Roche, in the 2014 election.",
    ):
        found = edges(extractor, text)
        assert ("Frank Roche", "opposes", "Renee Ellmers") in found, text
    # without an election in view a "rival" drawn is no contest
    text = "Renee Ellmers drew a rival, Frank Roche, into the argument."
    assert not edges(extractor, text)


def test_endorsement_received_from_someone(extractor: Extractor) -> None:
    text = "Donald Trump received an endorsement on Friday from Senator Mary Jones."
    assert ("Mary Jones", "endorses", "Donald Trump") in edges(extractor, text)


def test_no_negated_or_hedged_nominal_stance(extractor: Extractor) -> None:
    text = (
        "Senator John Smith did not announce his opposition to a measure to repeal and replace "
        "the healthcare law."
    )
    assert not edges(extractor, text)
    assert any(not positive for *_, positive in flagged(extractor, text))
    text = (
        "Senator John Smith may announce his opposition to a measure to repeal and replace the "
        "healthcare law."
    )
    assert not edges(extractor, text)
    text = "Donald Trump received no endorsement on Friday from Senator Mary Jones."
    assert not edges(extractor, text)
