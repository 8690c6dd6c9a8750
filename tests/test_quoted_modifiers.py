"""The quotation marks of a quoted word before its noun ('the President's "surge" plan') are the
modifier's, not where a described measure ends (``act_measures.quoted_modifier``): fresh38's
Senate sentence, written anew, names the resolution by its whole phrase, never cut after the
possessive; a closing quotation mark after the phrase still ends it."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_quoted_modifier_does_not_cut_the_description(extractor: Extractor):
    found = edges(
        extractor,
        'Sen. Mark Udall voiced his support for a resolution opposing the Governor\'s "bridge" '
        "plan for raising tolls on state highways.",
    )
    objects = {o for s, r, o in found if s == "Mark Udall" and r == "endorses"}
    assert objects == {
        'a resolution opposing the Governor\'s "bridge" plan for raising tolls on state highways'
    }


def test_a_closing_quotation_mark_still_ends_it(extractor: Extractor):
    found = edges(
        extractor,
        '"I announce my support for a resolution opposing the plan to raise tolls," Sen. Mark '
        "Udall said.",
    )
    assert ("Mark Udall", "endorses", "a resolution opposing the plan to raise tolls") in found
