"""A speaker's declared electoral choice backs the candidate (session 24, EndorsementDB's quotes):
a first-person future vote or support (cues.declared_choice; cues_modality.json
declared_choice_verbs), the speaker's vote a candidate holds, a recommended candidate, an asked-for
vote after another asked-for act (relations_choice24.jsonl), and a candidate called the right
choice (testimonials.json choice_modifiers). Hand-written sentences, never the quotes."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor

BACKS = ("Cory Booker", "endorses", "Hillary Clinton")


def _unasserted(ex: Extractor, text: str) -> bool:
    """No asserted edge; an edge made but negated or hedged is fine."""
    return not any(positive for *_, positive in flagged(ex, text))


def test_a_first_person_future_vote_or_support_is_declared(nlp):
    ex = Extractor(nlp)
    for text in (
        'Cory Booker said: "I will vote for Hillary Clinton."',
        'Cory Booker said: "I\'ll be voting for Hillary Clinton in November."',
        'Cory Booker said: "We will support Hillary Clinton."',
        'Cory Booker said: "I will proudly cast my vote for Hillary Clinton."',
    ):
        assert BACKS in edges(ex, text), text
    text = 'Jim Jeffords said: "I will support the amendment, and I will be opposing S. 1848."'
    assert ("Jim Jeffords", "opposes", "S. 1848") in edges(ex, text)


def test_a_negated_conditional_or_other_modal_choice_stays_unasserted(nlp):
    ex = Extractor(nlp)
    for text in (
        'Cory Booker said: "I will not vote for Hillary Clinton."',
        'Cory Booker said: "I would vote for Hillary Clinton."',
        'Cory Booker said: "I may support Hillary Clinton."',
        'Cory Booker said: "If she wins the nomination, I will support Hillary Clinton."',
        'Cory Booker said: "I will support Hillary Clinton if she is the nominee."',
        # an endorsement still to come is an intention (GUIDELINES.md)
        'Cory Booker said: "I will endorse Hillary Clinton."',
        'Cory Booker said: "I think I will vote for Hillary Clinton."',
    ):
        assert _unasserted(ex, text), text


def test_the_speakers_vote_held_by_a_candidate(nlp):
    ex = Extractor(nlp)
    assert BACKS in edges(ex, 'Cory Booker said: "Hillary Clinton will get my vote."')
    assert BACKS in edges(ex, 'Cory Booker said: "My vote is for Hillary Clinton."')
    assert _unasserted(ex, 'Cory Booker said: "Hillary Clinton will not get my vote."')
    assert _unasserted(ex, 'Cory Booker said: "Hillary Clinton would have my vote if she ran."')
    # votes won from others are a tally, not a stance
    assert not edges(ex, "Donald Trump won Ohio's vote.")


def test_a_recommended_candidate_is_backed(nlp):
    ex = Extractor(nlp)
    journal = ("Daily Journal", "endorses", "Hillary Clinton")
    for text in (
        'The Daily Journal said: "We recommend Hillary Clinton for president."',
        'The Daily Journal said: "We recommend a vote for Hillary Clinton."',
        'The Daily Journal said: "We recommend the election of Hillary Clinton."',
    ):
        assert journal in edges(ex, text), text
    assert _unasserted(ex, 'The Daily Journal said: "We do not recommend Hillary Clinton."')


def test_an_asked_for_vote_after_another_asked_for_act(nlp):
    ex = Extractor(nlp)
    text = (
        'Peter Thiel said: "Tonight I urge all of my fellow Americans to stand up and vote for '
        'Donald Trump."'
    )
    assert ("Peter Thiel", "endorses", "Donald Trump") in edges(ex, text)


def test_a_candidate_called_the_right_choice_is_backed_by_a_person_or_a_paper(nlp):
    ex = Extractor(nlp)
    assert BACKS in edges(ex, 'Cory Booker said: "Hillary Clinton is the right choice."')
    # an editorial board chooses as a person does, and a surname names the candidate
    assert ("Seattle Times", "endorses", "Clinton") in edges(
        ex, 'The Seattle Times said: "Clinton is the only choice for president."'
    )
    for text in (
        'Cory Booker said: "Hillary Clinton is not the right choice."',
        'Cory Booker said: "Hillary Clinton is a difficult choice."',
        'Cory Booker said: "Is Hillary Clinton the right choice?"',
        'Cory Booker said: "Hillary Clinton was the obvious choice for secretary of state."',
    ):
        assert _unasserted(ex, text), text
    # other praise stays a person's of a person named in full
    assert not edges(ex, 'The Seattle Times said: "Hillary Clinton is a great leader."')


def test_more_ways_of_naming_the_choice(nlp):
    """quotes25: "the best/better choice", the choice as the subject ("the clear choice is X"),
    the speaker's own choice ("our choice"), a small clause ("make X the right choice") and a
    clause on the choice noun that holds a negative word ("to ... confront the dangers")."""
    ex = Extractor(nlp)
    journal = ("Daily Journal", "endorses", "Hillary Clinton")
    for text in (
        'The Daily Journal said: "Hillary Clinton is by far the best choice."',
        'The Daily Journal said: "Hillary Clinton is the better choice."',
        'The Daily Journal said: "For us the clear choice is Hillary Clinton."',
        'The Daily Journal said: "Hillary Clinton is our choice for president."',
        'The Daily Journal said: "Experience makes Hillary Clinton the right choice."',
        'The Daily Journal said: "Hillary Clinton is the clear choice to become our president '
        'and confront the challenges and dangers we face."',
    ):
        assert journal in edges(ex, text), text
    for text in (
        'The Daily Journal said: "Hillary Clinton is not the best choice."',
        'The Daily Journal said: "The clear choice was Hillary Clinton."',
        'The Daily Journal said: "Is the best choice Hillary Clinton?"',
        # a third person's choice is not the speaker's
        'The Daily Journal said: "Hillary Clinton is their choice for president."',
        # a negative word about the choice itself still cancels
        'The Daily Journal said: "Hillary Clinton is the best of a terrible choice."',
    ):
        assert journal not in edges(ex, text), text


def test_a_first_person_stand_with_a_person_is_support(nlp):
    """quotes25 (relations_solidarity25.jsonl): "I stand with X", "we're proud to stand with X";
    a third person's "stands with" is often a place or a photograph."""
    ex = Extractor(nlp)
    for text in (
        'Cory Booker said: "I stand with Hillary Clinton on this."',
        'Cory Booker said: "I am proud to stand with Hillary Clinton tonight."',
    ):
        assert BACKS in edges(ex, text), text
    for text in (
        'Cory Booker said: "I do not stand with Hillary Clinton."',
        'Cory Booker said: "I am not proud to stand with Hillary Clinton."',
        'Cory Booker said: "If you stand with Hillary Clinton, vote."',
    ):
        assert _unasserted(ex, text), text
    # where one stands in a photograph
    assert not edges(ex, "Cory Booker stands with Hillary Clinton in 1976.")


def test_wanting_a_person_to_win_or_be_president_backs_the_person(nlp):
    """quotes25 (relations_advocacy25.jsonl): "I want X to win", "he wants X to be the next
    president"; the wish is the stance, so "want" does not hedge it, but a negation does."""
    ex = Extractor(nlp)
    for text in (
        'Cory Booker said: "I want Hillary Clinton to win."',
        'Cory Booker said: "I want Hillary Clinton to be the next president."',
        'Cory Booker said: "I want Hillary Clinton to win the election."',
    ):
        assert BACKS in edges(ex, text), text
    for text in (
        'Cory Booker said: "I do not want Hillary Clinton to win."',
        'Cory Booker said: "If you want Hillary Clinton to win, vote."',
    ):
        assert _unasserted(ex, text), text
    for text in (
        'Cory Booker said: "I want Hillary Clinton to win the argument."',
        'Cory Booker said: "I want Hillary Clinton to be happy."',
        # a country's wish is an assessment of its interest, not a public stance
        "Officials said Russia wanted Hillary Clinton to win the election.",
    ):
        assert not edges(ex, text), text
