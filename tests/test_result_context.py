"""An election result's context beyond its sentence (result_context.py): a contest result rule
("X lost to Y", "Y defeated X", "Y's victory over X") reads a race when its sentence states the
result's measure (a year of the race, a margin, the electoral college) or the sentence before or
after it in the same paragraph names the race; a game, a sentence across a line break and a
bare "lost to" stay without an edge. Sentences after those of the readable articles (fresh28
"when he lost to Ronald Reagan in 1980"; audit articles) that motivated the change."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor
from polkg.extract.result_context import result_context


def test_a_loss_in_a_stated_year_is_a_race(nlp):
    ex = Extractor(nlp)
    text = (
        "The president is facing similar conditions to what former President Jimmy Carter "
        "faced when he lost to Ronald Reagan in 1980."
    )
    assert ("Jimmy Carter", "opposes", "Ronald Reagan") in edges(ex, text)


def test_a_loss_by_a_margin_or_in_the_electoral_college_is_a_race(nlp):
    ex = Extractor(nlp)
    text = "Steve Poizner lost by nearly 6 percentage points to Ricardo Lara."
    assert ("Steve Poizner", "opposes", "Ricardo Lara") in edges(ex, text)
    text = "Alison Lundergan Grimes ended up losing to Mitch McConnell in a 16-point rout."
    assert ("Alison Lundergan Grimes", "opposes", "Mitch McConnell") in edges(ex, text)
    text = "After Hillary Clinton lost to Donald Trump in the Electoral College, Democrats worried."
    assert ("Hillary Clinton", "opposes", "Donald Trump") in edges(ex, text)


def test_a_party_label_names_the_race_of_a_loss_as_it_does_a_defeat(nlp):
    ex = Extractor(nlp)
    text = "Heidi Heitkamp lost to Republican Kevin Cramer, and she knew it."
    assert ("Heidi Heitkamp", "opposes", "Kevin Cramer") in edges(ex, text)


def test_the_race_may_be_named_in_the_next_sentence_of_the_paragraph(nlp):
    ex = Extractor(nlp)
    text = (
        "Viktor Yanukovych claimed victory in the presidential election. Shortly afterwards "
        "Viktor Yanukovych lost to Viktor Yushchenko."
    )
    assert ("Viktor Yanukovych", "opposes", "Viktor Yushchenko") in edges(ex, text)


def test_a_game_a_bare_loss_or_a_race_across_a_line_break_is_no_contest(nlp):
    ex = Extractor(nlp)
    assert not edges(ex, "Rafael Nadal lost to Roger Federer at Wimbledon.")
    assert not edges(ex, "Rafael Nadal lost to Roger Federer in straight sets.")
    text = (
        "Voters went to the polls in the presidential election.\n\n"
        "Rafael Nadal lost to Roger Federer."
    )
    assert not edges(ex, text)


def test_a_negated_loss_with_a_measure_is_not_asserted(nlp):
    ex = Extractor(nlp)
    text = "Jimmy Carter did not lose to Ronald Reagan by ten points in 1980."
    assert not any(positive for *_, positive in flagged(ex, text))


def _lost(nlp, text):
    return next(t for t in nlp(text) if t.lemma_ == "lose")


def test_a_year_counts_as_the_race_year_only_in_an_in_phrase(nlp):
    words = frozenset({"election"})
    assert result_context(_lost(nlp, "He lost to Reagan in 1980."), words)
    assert not result_context(_lost(nlp, "He lost to Reagan, 1980 people said."), words)
    assert not result_context(_lost(nlp, "He lost to Reagan in 3000."), words)


def test_a_result_verb_in_the_present_with_a_margin_is_a_poll_standing(nlp):
    ex = Extractor(nlp)
    text = "Among self-identified independents, Barack Obama edges Mitt Romney in Florida 47%-46%."
    assert ("Barack Obama", "opposes", "Mitt Romney") not in edges(ex, text)
    words = frozenset({"election"})
    present = _lost(nlp, "Jimmy Carter is losing to Ronald Reagan by five points.")
    assert not result_context(present, words)
    assert result_context(_lost(nlp, "Jimmy Carter lost to Ronald Reagan by five points."), words)
