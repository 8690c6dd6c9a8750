"""Stances stated by constructions rather than by one stance verb (relations_constructions.jsonl,
word lists in constructions.json): efforts and bids, contests for a prize, stance phrases
("in support of"), hitting someone hard; each with the reading it must not make."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_an_effort_to_repeal_is_opposition_of_its_agent(extractor: Extractor) -> None:
    for text in (
        "Senator John Smith led the effort to repeal the Affordable Care Act.",
        "Senator John Smith's effort to repeal the Affordable Care Act stalled.",
        "The GOP effort to repeal the Affordable Care Act stalled.",
        "Senator John Smith worked to repeal the Affordable Care Act.",
    ):
        found = edges(extractor, text)
        assert any(r == "opposes" and o == "Affordable Care Act" for _, r, o in found), text
    # the critics of an effort are not its agents; the party word before it is (lexical22)
    text = "Democrats criticized the Republican effort to repeal the Affordable Care Act."
    found = edges(extractor, text)
    assert ("Democratic Party", "opposes", "Affordable Care Act") not in found
    assert ("Republican Party", "opposes", "Affordable Care Act") in found
    # a measure to repeal a law is a bill, not an effort: announcing opposition to it is no
    # opposition to the law
    text = (
        "Senator John Smith announced his opposition to a measure to repeal the Affordable "
        "Care Act."
    )
    assert ("John Smith", "opposes", "Affordable Care Act") not in edges(extractor, text)


def test_efforts_for_and_against_candidates(extractor: Extractor) -> None:
    text = "Senator John Smith joined the effort to confirm Brett Kavanaugh."
    assert ("John Smith", "endorses", "Brett Kavanaugh") in edges(extractor, text)
    text = "Ed Gillespie lost his bid to unseat Sen. Mark Warner in the 2014 election."
    assert ("Ed Gillespie", "opposes", "Mark Warner") in edges(extractor, text)
    # without an election in view, "defeat" is no contest
    text = "Senator John Smith's bid to defeat Mary Jones at chess failed."
    assert not edges(extractor, text)


def test_not_joining_an_effort_is_no_stance(extractor: Extractor) -> None:
    text = "Senator John Smith did not join the effort to repeal the Affordable Care Act."
    assert ("John Smith", "opposes", "Affordable Care Act", False) in flagged(extractor, text)
    assert not edges(extractor, text)


def test_wresting_a_prize_from_its_holder_is_a_contest(extractor: Extractor) -> None:
    text = (
        "Senator Ted Cruz's bid to wrest the nomination from Donald Trump at a contested "
        "convention failed."
    )
    found = edges(extractor, text)
    assert ("Ted Cruz", "opposes", "Donald Trump") in found
    assert ("Donald Trump", "opposes", "Ted Cruz") in found
    text = "Governor Mary Jones took the credit from Senator John Smith."
    assert not edges(extractor, text)


def test_stance_phrases_in_support_of_and_in_opposition_to(extractor: Extractor) -> None:
    text = "Sigourney Weaver spoke in support of Hillary Clinton at the convention."
    assert ("Sigourney Weaver", "endorses", "Hillary Clinton") in edges(extractor, text)
    text = "Ben Carson issued a statement in support of Roy Moore."
    assert ("Ben Carson", "endorses", "Roy Moore") in edges(extractor, text)
    text = "Senator John Smith testified in opposition to the Affordable Care Act."
    assert ("John Smith", "opposes", "Affordable Care Act") in edges(extractor, text)
    # a verdict is no stance; negated and hedged phrases are no edges
    assert not edges(extractor, "The court ruled in favor of Donald Trump.")
    for text in (
        "Senator John Smith has not come out in support of Hillary Clinton.",
        "Senator John Smith might speak in support of Brett Kavanaugh.",
    ):
        assert not edges(extractor, text), text


def test_hitting_someone_hard_is_criticism(extractor: Extractor) -> None:
    text = "Frank Roche hit Renee Ellmers hard in the primary debate."
    assert ("Frank Roche", "criticizes", "Renee Ellmers") in edges(extractor, text)
    text = "Hurricane Michael hit Florida hard."
    assert not edges(extractor, text)


def test_a_hedge_on_a_superlative_leaves_the_event_asserted(extractor: Extractor) -> None:
    text = (
        "Rep. Walter Jones faced perhaps the toughest challenge of his career from Taylor "
        "Griffin in the primary."
    )
    assert ("Taylor Griffin", "opposes", "Walter Jones") in edges(extractor, text)
    text = "Rep. Walter Jones perhaps faced a challenge from Taylor Griffin in the primary."
    assert not edges(extractor, text)


def test_spearheading_a_bill_is_sponsorship(extractor: Extractor) -> None:
    text = "The Affordable Care Act, spearheaded by Senator John Smith, passed the House."
    assert ("John Smith", "endorses", "Affordable Care Act") in edges(extractor, text)


def test_phrasal_verbs_of_criticism(extractor: Extractor) -> None:
    for text in (
        "Tony Blair rounded on Michael Howard in the Commons.",
        "Donald Trump unloaded on John McCain at the rally.",
        "Tony Blair was scathing about Michael Howard.",
        "Tony Blair was among the fiercest critics of Michael Howard.",
    ):
        found = edges(extractor, text)
        assert any(r == "criticizes" for _, r, _ in found), text
    assert not edges(extractor, "Tony Blair turned on the television in Downing Street.")


def test_acting_for_and_against_a_bill(extractor: Extractor) -> None:
    bill = "the Prevention of Terrorism Bill"
    for text, relation in (
        (f"Tony Blair pushed for {bill}.", "endorses"),
        (f"Tony Blair helped pass {bill}.", "endorses"),
        (f"Tony Blair signed on to {bill}.", "endorses"),
        (f"Tony Blair shot down {bill}.", "opposes"),
    ):
        assert ("Tony Blair", relation, "Prevention of Terrorism Bill") in edges(extractor, text)
    # pushing for a person's resignation is no support of the person: it criticizes him
    found = edges(extractor, "Tony Blair pushed for Michael Howard's resignation.")
    assert found == {("Tony Blair", "criticizes", "Michael Howard")}


def test_money_for_and_against_candidates(extractor: Extractor) -> None:
    text = "The Chamber of Commerce poured $2 million into Mitt Romney's campaign."
    assert ("Chamber of Commerce", "endorses", "Mitt Romney") in edges(extractor, text)
    text = "The Club for Growth spent $2 million against Kay Hagan."
    assert ("Club for Growth", "opposes", "Kay Hagan") in edges(extractor, text)
    text = "The Club for Growth spent $2 million propping up Thom Tillis."
    assert ("Club for Growth", "endorses", "Thom Tillis") in edges(extractor, text)
    text = "Ken Griffin did not give money to Mitt Romney's campaign."
    assert not edges(extractor, text)


def test_facing_a_rival_is_mutual(extractor: Extractor) -> None:
    text = "Rep. Kevin McCarthy faces Florida Rep. Daniel Webster in the race for speaker."
    found = edges(extractor, text)
    assert ("Kevin McCarthy", "opposes", "Daniel Webster") in found
    assert ("Daniel Webster", "opposes", "Kevin McCarthy") in found
    # a challenge stays one-way: the challenger opposes the incumbent
    text = "Rep. Daniel Webster is challenging Speaker Kevin McCarthy in the primary."
    assert ("Kevin McCarthy", "opposes", "Daniel Webster") not in edges(extractor, text)


def test_in_favour_of_after_a_transitive_verb_is_a_preference(extractor: Extractor) -> None:
    text = "Senator John Smith came out in favor of the Affordable Care Act."
    assert ("John Smith", "endorses", "Affordable Care Act") in edges(extractor, text)
    text = "Senator John Smith made a statement today in favor of the Affordable Care Act."
    assert ("John Smith", "endorses", "Affordable Care Act") in edges(extractor, text)
    # a replacement or an outcome someone worked for is no stance of the verb's subject
    text = (
        "The intelligence community concluded that Vladimir Putin orchestrated a campaign "
        "to influence the election in favor of Donald Trump."
    )
    assert ("Vladimir Putin", "endorses", "Donald Trump") not in edges(extractor, text)
    text = "The Labour Party dropped the plan in favour of the Licensing Act."
    assert ("Labour Party", "endorses", "Licensing Act") not in edges(extractor, text)
