"""A measure's sponsor or author named through its possessor ("the bill's author, Senator Ben
Nelson", "Two of the bill's original sponsors, Sens. Tom Carper and George Voinovich",
"Forbes, the Clean Air Act's sponsor") sponsors it, as "the sponsor of the bill" already did
(``relations_sponsor.jsonl`` ``endorse.sponsor.noun_poss``). Sentences of fresh30's Voinovich86
and fresh40's Johnson245 releases, shortened."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_the_bills_sponsors_apposed_back_it(extractor: Extractor) -> None:
    text = (
        "The Clean Air Act passed the committee. Two of the bill's original sponsors, Sens. "
        "Tom Carper (D-Del.) and George Voinovich (R-Ohio), serve on the EPW Committee."
    )
    found = edges(extractor, text)
    assert ("Tom Carper", "endorses", "Clean Air Act") in found
    assert ("George Voinovich", "endorses", "Clean Air Act") in found


def test_the_bills_author_named_after_the_noun_backs_it(extractor: Extractor) -> None:
    text = (
        "The Clean Air Act passed the Senate. Just last week the bill's author, Senator Ben "
        "Nelson (D-NE), re-named the bill to honor Johnson."
    )
    assert ("Ben Nelson", "endorses", "Clean Air Act") in edges(extractor, text)


def test_a_name_apposed_to_the_role_backs_it(extractor: Extractor) -> None:
    text = "Rep. Randy Forbes, the Clean Air Act's sponsor, argued for the motto."
    assert ("Randy Forbes", "endorses", "Clean Air Act") in edges(extractor, text)


def test_a_pronoun_possessor_or_a_person_possessor_is_no_bill(extractor: Extractor) -> None:
    # "its sponsors" and "Trump's author" name no measure: no sponsorship edge
    text = "The Clean Air Act passed. Its sponsors, Sens. Tom Carper and George Voinovich, spoke."
    found = edges(extractor, text)
    assert not any(t[1] == "endorses" and t[0] == "Tom Carper" for t in found)
    found = edges(extractor, "Donald Trump's biographer, Tim O'Brien, spoke on Tuesday.")
    assert not any(t[1] == "endorses" for t in found)
