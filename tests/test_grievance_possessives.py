"""A possessive in a grievance's reason phrase is the one criticized's (grievance_possessives.py):
sentences in the style of the allsides articles about the Sessions recusal (audit batches)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.grievance_possessives import grievance

SESSIONS = "Attorney General Jeff Sessions met reporters on Monday. "


def _edges(nlp, text):
    return edges(Extractor(nlp), text, date="2018-06-01")


@pytest.mark.parametrize(
    "sentence",
    [
        # the reason phrase's possessive is the grievance object's
        "In an interview, President Donald Trump hammered Sessions over his decision to recuse "
        "himself from the Russia investigation.",
        # the target named in an at-phrase
        "Donald Trump has publicly expressed anger at Sessions over his recusal from the "
        "Russia investigation.",
    ],
)
def test_grievance_reason_possessive_is_the_target_s(nlp, sentence):
    found = _edges(nlp, SESSIONS + sentence)
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in found
    assert ("Donald Trump", "recused_from", "Russia investigation") not in found


def test_grievance_reason_carries_the_target_s_own_stance(nlp):
    text = (
        "Jim Mattis resigned in protest. Republican senators have criticized Donald Trump for "
        "his decision to remove troops from Syria and his attacks on NATO."
    )
    assert ("Donald Trump", "criticizes", "NATO") in _edges(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no one named before the phrase to criticize
        SESSIONS
        + (
            "Donald Trump spoke on Fox News on Tuesday, again criticizing his decision to recuse "
            "himself from the Russia investigation."
        ),
        # the seed article: Sessions answers Trump's criticism of his recusal
        (
            "Former Attorney General Jeff Sessions shot back at President Trump over his decision "
            "to recuse himself from the Russia investigation."
        ),
        # "infuriate", "anger": the object feels it; the subject's act gave the offence
        SESSIONS
        + (
            "Democrats asked why Trump ousted Jeff Sessions, who infuriated Trump over his recusal "
            "from the Russia investigation."
        ),
    ],
    ids=["no-named-target", "answered-back", "offence-caused"],
)
def test_grievance_possessive_stays_unresolved(nlp, text):
    doc = nlp(text)
    his = next(t for t in doc if t.lower_ == "his")
    found = grievance(his)
    assert found is None or found.target is None
    assert ("Donald Trump", "recused_from", "Russia investigation") not in _edges(nlp, text)


def test_grievance_at_one_s_own_rival_binds_the_possessive_to_the_critic(nlp):
    text = (
        "In Florida, Republican gubernatorial candidate Ron DeSantis has attacked his black "
        "opponent, Andrew Gillum, in terms that evoke racist tropes."
    )
    doc = nlp(text)
    his = next(t for t in doc if t.lower_ == "his")
    assert grievance(his) is None
    assert ("Andrew Gillum", "opposes", "Ron DeSantis") in _edges(nlp, text)
