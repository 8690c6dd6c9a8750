"""A bill noun told as a part of another bill ("legislation originally included in a defense
spending bill") is a provision: neither that bill nor the one the text names
(``bill_references.part_of_bill``). fresh37's and audit batch 5's Cantwell release, written
anew, and the named act that stays."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

ACT = "Defense Department Appropriations Act"


def test_a_contained_provision_is_not_the_named_act(extractor: Extractor):
    text = (
        "Senator Maria Cantwell stopped legislation originally included in a defense spending "
        "bill that would have opened the refuge to drilling. She led the fight to keep drilling "
        "out of the 2006 Defense Department Appropriations Act."
    )
    assert ("Maria Cantwell", "opposes", ACT) not in edges(extractor, text)


def test_the_named_act_stays(extractor: Extractor):
    text = "Senator Maria Cantwell voted against the 2006 Defense Department Appropriations Act."
    assert ("Maria Cantwell", "opposes", ACT) in edges(extractor, text)
