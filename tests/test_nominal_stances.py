"""Stance nouns whose arguments the parser hangs elsewhere (relations_nominal.jsonl): the
target phrase on the voicing verb ("announced his opposition to a measure"), a voicing verb that
is no light verb ("declared opposition to"), a stance led by someone ("to lead the party's
opposition to the Bill"), a stance received "from" someone; each with the reading it must not
make."""

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


def test_opposition_declared_by_a_verb_that_is_no_light_verb(extractor: Extractor) -> None:
    text = "Senator John Smith declared opposition to the Affordable Care Act."
    assert ("John Smith", "opposes", "Affordable Care Act") in edges(extractor, text)
    text = "Senator John Smith joined the criticism of Donald Trump on Tuesday."
    assert ("John Smith", "criticizes", "Donald Trump") in edges(extractor, text)
    # urged to join: a demand, no stance yet
    text = "Senator John Smith urged Mary Jones to join the opposition to the Affordable Care Act."
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
