"""A bill named for its sponsors keeps the join the text writes between their surnames
(``actors._sponsors_joined``): fresh37's "the Bush/Enzi bill" (a name the text never writes,
"Bush-Enzi bill", matched no alias), written anew, and the hyphen that stays."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_slash_join_is_kept(extractor: Extractor):
    text = "Senate Democratic Leader Harry Reid criticized the Bush/Enzi bill now under debate."
    assert ("Harry Reid", "criticizes", "Bush/Enzi bill") in edges(extractor, text)


def test_a_hyphen_join_stays(extractor: Extractor):
    text = "Senators Olympia Snowe and Ron Wyden praised the Snowe-Wyden amendment on the floor."
    assert ("Olympia Snowe", "endorses", "Snowe-Wyden amendment") in edges(extractor, text)
