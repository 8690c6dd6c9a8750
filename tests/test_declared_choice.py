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
