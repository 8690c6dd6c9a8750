"""The speaker's own "I think" over a quoted judgement states it, it does not hedge it
(counterfactuals.governing_opinion, read by relations._quote_matches; session 31)."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides and NewsMTSC texts (written for these tests after
# fresh29's "'I think Donald Trump is an idiot,' ... said as she voted", which was hedged).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said as she voted.",
            {("Pam Lamonaca", "criticizes", "Donald Trump", True)},
        ),
        (
            "“We believe the Trump administration has violated the Constitution and federal "
            "law,” state Attorney General Xavier Becerra told reporters in Sacramento.",
            {("Xavier Becerra", "criticizes", "Trump administration", True)},
        ),
    ],
)
def test_first_person_opinion_states_the_judgement(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the opinion denied: negated
        "“I don’t think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
        # a modal of its own still hedges
        "“I think Donald Trump may be an idiot,” Pam Lamonaca, a caregiver, said.",
        # someone else's opinion, reported by the speaker: hedged
        "“People think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
        "“He thinks Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
    ],
)
def test_other_opinions_and_modals_stay_unasserted(extractor: Extractor, text: str) -> None:
    found = flagged(extractor, text)
    assert ("Pam Lamonaca", "criticizes", "Donald Trump", False) in found
    assert not any(positive for *_, positive in found)


# a wrong the actor owns (deed_judgements.json offence_nouns; session 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name compounded on the offence noun (fresh29's tweet)
        (
            "“Attorney General Jeff Sessions has taken a VERY weak position on Hillary Clinton "
            "crimes (where are E-mails & DNC server) & Intel leakers!” Donald Trump tweeted.",
            {("Donald Trump", "criticizes", "Hillary Clinton", True)},
        ),
        # its possessor
        (
            "“The votes to convict will serve as a constraint on Donald Trump’s wrongdoing,” "
            "Adam Schiff told The Associated Press.",
            {("Adam Schiff", "criticizes", "Donald Trump", True)},
        ),
    ],
)
def test_an_owned_offence_charges_its_owner(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert expected <= flagged(extractor, text)


def test_an_offence_denied_or_unowned_charges_nobody(extractor: Extractor) -> None:
    # "no evidence of" denies the wrong
    found = flagged(
        extractor, "“There is no evidence of Donald Trump’s crimes,” Kellyanne Conway said."
    )
    assert not any(positive for *_, positive in found)
    # a wrong nobody in the quotation owns
    found = flagged(extractor, "“These crimes must be investigated,” Adam Schiff said of Trump.")
    assert not any(positive for *_, positive in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the offence read under "reject" (a negating verb) would negate the verb reading
        (
            "“We reject Donald Trump’s lies,” Nancy Pelosi said, criticizing Trump.",
            ("Nancy Pelosi", "criticizes", "Donald Trump", True),
        ),
        # the reverse reading of another rule would be dropped as a contradiction
        (
            "Donald Trump attacked James Comey on Friday, and Comey said, “Trump’s lies are "
            "endless.”",
            ("Donald Trump", "criticizes", "James Comey", True),
        ),
    ],
)
def test_an_owned_offence_yields_to_other_readings(
    extractor: Extractor, text: str, kept: tuple[str, str, str, bool]
) -> None:
    assert kept in flagged(extractor, text)
