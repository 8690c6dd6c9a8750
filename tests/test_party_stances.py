"""A party word before a stance noun holds the stance (patterns/relations_parties22.jsonl):
"Republican opposition to the bill", "Democratic criticism of Trump", "GOP support for
Kavanaugh"; a noun the stance noun is the "of" complement of carries its cues ("fears of
Republican opposition"), and a party word before the party's own act is the party, not one
member (party_groups.py `PARTY_ACT_NOUNS`)."""

from __future__ import annotations

from rule_edges import edges, flagged, positive_and_unasserted

from polkg.extract import Extractor


def test_party_adjective_holds_the_opposition(nlp):
    text = "Republican opposition to the Affordable Care Act grew in 2017."
    found = edges(Extractor(nlp), text)
    assert ("Republican Party", "opposes", "Affordable Care Act") in found


def test_party_adjective_holds_criticism_and_support(nlp):
    ex = Extractor(nlp)
    assert ("Democratic Party", "criticizes", "Donald Trump") in edges(
        ex, "Democratic criticism of Donald Trump intensified after the summit."
    )
    assert ("Republican Party", "endorses", "Brett Kavanaugh") in edges(
        ex, "GOP support for Brett Kavanaugh remained solid."
    )


def test_tory_attacks_are_the_partys(nlp):
    text = "Tory attacks on Tony Blair intensified."
    assert ("Conservative Party", "criticizes", "Tony Blair") in edges(Extractor(nlp), text)


def test_party_effort_modifier_is_the_party(nlp):
    text = "The Republican effort to repeal the Affordable Care Act failed."
    found = edges(Extractor(nlp), text)
    assert ("Republican Party", "opposes", "Affordable Care Act") in found


def test_outer_noun_and_modifier_cues_count(nlp):
    ex = Extractor(nlp)
    for text in (
        "Fears of Republican opposition to the Affordable Care Act grew.",
        "The lack of Democratic support for the Affordable Care Act hurt it.",
        "Possible GOP support for Brett Kavanaugh was discussed.",
        "Talk of Republican opposition to the Affordable Care Act spread.",
    ):
        found = flagged(ex, text)
        assert found, text  # the rule reads the sentence ...
        assert not any(positive for *_, positive in found), text  # ... and asserts nothing


def test_no_party_no_edge(nlp):
    ex = Extractor(nlp)
    for text in (
        "Bipartisan criticism of Donald Trump grew.",
        "Conservative opposition to the Affordable Care Act grew.",
    ):
        assert not edges(ex, text), text


def test_party_stance_held_or_met_by_its_target(nlp):
    ex = Extractor(nlp)
    assert ("Republican Party", "endorses", "Betsy DeVos") in edges(
        ex, "Betsy DeVos has strong Republican support, but she fielded some tough questions."
    )
    assert ("Republican Party", "opposes", "Affordable Care Act") in edges(
        ex, "The Affordable Care Act faced fierce Republican opposition."
    )
    assert not edges(ex, "The Affordable Care Act had little Republican support.")
    hedged = "Betsy DeVos may win Republican support."  # read, and left unasserted
    support = ("Republican Party", "endorses", "Betsy DeVos")
    assert positive_and_unasserted(ex, hedged) == (set(), {support})
