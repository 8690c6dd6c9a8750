"""A participle comma-joined after an absolute "with X doing ..." clause goes on what X does
(``absolute_clauses.absolute_subject``): fresh38's campaign sentence, written anew, gives the
attack to the absolute clause's subject alone; an absolute clause that is only a backdrop ("with
Pence looking on") leaves the main clause's subject the attacker."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_the_absolute_clauses_subject_attacks(extractor: Extractor):
    found = edges(
        extractor,
        "Mitt Romney and Paul Ryan toured Ohio. The two men campaigned together through Ohio and "
        "Iowa, with Mr. Ryan introducing himself to the voters, showing an easy manner when "
        "greeting supporters and firing up crowds by attacking President Obama's record.",
    )
    assert ("Paul Ryan", "criticizes", "Barack Obama") in found
    assert ("Mitt Romney", "criticizes", "Barack Obama") not in found


def test_a_backdrop_leaves_the_main_subject(extractor: Extractor):
    found = edges(
        extractor,
        "Donald Trump spoke for an hour in Ohio, with Mike Pence looking on, attacking Hillary "
        "Clinton.",
    )
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in found
