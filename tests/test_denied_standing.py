"""Denied standing ("X cannot be trusted", "X cannot sit in judgment of Y") as criticism."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides and BBC corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause whose predicate is quoted; a listed subject is judged as one
        (
            "Marsha Blackburn added that Sens. Bernie Sanders and Elizabeth Warren "
            '"cannot sit in judgment of the very President they seek to replace."',
            {
                ("Marsha Blackburn", "criticizes", "Bernie Sanders", True),
                ("Marsha Blackburn", "criticizes", "Elizabeth Warren", True),
            },
        ),
        # inside the quotation; the negated "can" is the judgement itself
        (
            '"Adam Schiff cannot be trusted to lead this investigation," Jim Jordan said.',
            {("Jim Jordan", "criticizes", "Adam Schiff", True)},
        ),
        # reported speech
        (
            "Mike Huckabee said Nancy Pelosi can't be taken seriously on the budget.",
            {("Mike Huckabee", "criticizes", "Nancy Pelosi", True)},
        ),
        # no credibility: "no" is the judgement, not a negation of it
        (
            '"Republicans have no credibility when it comes to health care," Jeff Weaver said.',
            {("Jeff Weaver", "criticizes", "Republican Party", True)},
        ),
        # standing lost, in a reported clause
        (
            "Joe Biden said Ralph Northam had lost all moral authority.",
            {("Joe Biden", "criticizes", "Ralph Northam", True)},
        ),
        # the confidence one is held in, told damaged (a Senate release, tune-a)
        (
            "\"The American people's confidence in the FDA has been compromised by poor "
            'leadership in recent years," Barbara Mikulski said.',
            {("Barbara Mikulski", "criticizes", "FDA", True)},
        ),
        # told not damaged: negated
        (
            '"Public confidence in the FBI has not been compromised," Joe Manchin said.',
            {("Joe Manchin", "criticizes", "FBI", False)},
        ),
        # the trust of others lost, reported (BBC, audit batch 2)
        (
            "Lib Dem leader Charles Kennedy said Tony Blair had lost the trust of the British "
            "people.",
            {("Charles Kennedy", "criticizes", "Tony Blair", True)},
        ),
        # quoted; the parser hangs "in Tony Blair" on "lack", not on "trust"
        (
            '"There is a fundamental lack of trust in Tony Blair as prime minister," Charles '
            "Kennedy said.",
            {("Charles Kennedy", "criticizes", "Tony Blair", True)},
        ),
        # the speaker's own confidence lost
        (
            '"I have lost confidence in Jeff Sessions," Lindsey Graham said.',
            {("Lindsey Graham", "criticizes", "Jeff Sessions", True)},
        ),
        # trust not lost: negated
        (
            "Charles Kennedy said Tony Blair had not lost the trust of the British people.",
            {("Charles Kennedy", "criticizes", "Tony Blair", False)},
        ),
    ],
)
def test_denied_standing_criticizes_the_subject(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the active verb: the subject's own trust, not a judgement of it
        '"Donald Trump cannot trust Vladimir Putin," Nancy Pelosi said.',
        # "could" tells a past or a hypothetical
        '"Adam Schiff could not be trusted with the files then," Jim Jordan said.',
        # no negation: a plain statement of trust
        '"Adam Schiff can be trusted to lead this investigation," Jim Jordan said.',
        # a question asks
        '"Can Adam Schiff not be trusted to lead this investigation?" Jim Jordan asked.',
        # the speaker denies saying it
        "Jim Jordan did not say that Adam Schiff cannot be trusted.",
        # a condition
        '"If Adam Schiff has no credibility, he should resign," Devin Nunes said.',
        # standing not lost
        '"Adam Schiff has not lost any credibility," Devin Nunes said.',
        # "authority" alone is power, not standing
        "Nancy Pelosi said the party leaders have no authority to sideline Hillary Clinton.",
        # confidence damaged by an actor: the agent is to blame, not the FBI
        '"Public confidence in the FBI has been undermined by Donald Trump," Joe Manchin said.',
        # trust lost with no one who held it: maybe the subject's own trust
        "Charles Kennedy said Tony Blair had lost trust over the Iraq war.",
        # another actor's lost faith is that actor's stance, not the speaker's
        "Lindsey Graham said Donald Trump had lost faith in Jeff Sessions.",
        # a concession, not a charge (BBC: Jack Straw of his own party)
        "Jack Straw acknowledged that the public had lost faith in the Labour Party.",
        # a condition
        '"If voters have lost confidence in Tony Blair, they will say so," Charles Kennedy said.',
    ],
)
def test_denied_standing_needs_a_denial(extractor: Extractor, text: str) -> None:
    assert not any(positive for *_, positive in flagged(extractor, text))
