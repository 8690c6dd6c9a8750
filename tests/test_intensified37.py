"""Criticism "from" a critic in shapes the rules did not read
(``patterns/relations_intensified37.jsonl``, lexical37). Two the parser bends: an -ing
intensifier read as a verb that takes the criticism noun as its object ("after withering
criticism from X", "faced withering criticism from X"), and a measure noun heading the object
of a verb of meeting criticism ("faced a barrage of criticism from X"; not in an adjunct, whose
clause the parser often mistakes: "says it will decide on the fate of Sessions, after a
barrage of criticism from Trump"). The critic is the "from" phrase, the one criticized the
clause subject, as in the straight rules (relations_adjuncts19.jsonl,
criticize.noun.faced_from_verb). Then the criticism its target answers or turns away
("responded to a rebuke from X", "brushed off criticism from X", "defends himself in face of
attacks from X"), and the one it is aimed at ("was the subject of attacks by X", "became a
lightning rod for criticism from X"): the critic is the noun's "from" (or, for aim, "by")
phrase, the one criticized the verb's subject. Sentences from readable allsides articles and
NewsMTSC, or written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after tune-a allsides: the intensifier a verb, "from" hung on it
        (
            "After withering criticism from Dick Cheney and Mitt Romney, Trump is defiantly "
            "standing by his proposal.",
            ("Mitt Romney", "criticizes", "Trump"),
        ),
        # "from" hung on the noun
        (
            "Senator Jeff Flake announced his retirement after blistering attacks from Donald "
            "Trump.",
            ("Donald Trump", "criticizes", "Jeff Flake"),
        ),
        # allsides (audit text): faced, the intensifier the verb's complement; "who" resolved
        (
            "Barr is in line to replace former Attorney General Jeff Sessions, who faced "
            "withering criticism from Trump that he wasn't doing enough.",
            ("Trump", "criticizes", "Jeff Sessions"),
        ),
        # faced, a measure noun its object
        (
            "Jeff Sessions faced a barrage of criticism from Donald Trump.",
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        # allsides (fresh33, required row): the "from" phrase hung on the verb
        (
            "Mr. McCabe's firing comes as the FBI faces an array of criticisms, most recently "
            "from Republicans, for its handling of investigations into the 2016 presidential "
            "candidates.",
            ("Republican Party", "criticizes", "FBI"),
        ),
    ],
)
def test_bent_criticism_from_a_critic(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the noun names its own target: the ruling is criticized, not Sessions
        "After withering criticism of the ruling from Donald Trump, Jeff Sessions resigned.",
        # none
        "Jeff Sessions resigned after no criticism from Donald Trump.",
        # a measure of time with no criticism in it
        "Jeff Sessions resigned after years of service, with thanks from Donald Trump.",
    ],
)
def test_no_bent_criticism(extractor: Extractor, text: str) -> None:
    assert not any(
        e[0] == "Donald Trump" and e[1] == "criticizes" and e[2] == "Jeff Sessions"
        for e in edges(extractor, text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allsides (fresh32, required row): the controller's subject; hover text cut
        (
            "President Trump on Thursday continued to respond to a rebuke from Supreme Court "
            "Chief Justice John Roberts.",
            ("John Roberts", "criticizes", "Donald Trump"),
        ),
        # written for this test: a phrasal verb, the noun its object
        (
            "Senator Mitch McConnell shrugged off criticism from Democrats.",
            ("Democratic Party", "criticizes", "Mitch McConnell"),
        ),
        # allsides (audit text): "in face of" on any verb
        (
            "Attorney General Jeff Sessions defends himself in face of attacks from President "
            "Donald Trump.",
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        # after NewsMTSC: a controlled "defend ... against"
        (
            "Donald Trump struggled to defend himself against attacks from Hillary Clinton.",
            ("Hillary Clinton", "criticizes", "Donald Trump"),
        ),
    ],
)
def test_answered_criticism(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the noun names its own target
        "Senator Mitch McConnell dismissed criticism from Democrats of the ruling.",
        # praise, not criticism
        "Senator Mitch McConnell welcomed praise from Democrats.",
        # the verb's own object is the one defended, and criticized
        "Senator Mitch McConnell defended the investigation against attacks from Democrats.",
    ],
)
def test_no_answered_criticism(extractor: Extractor, text: str) -> None:
    assert not any(
        e[1] == "criticizes" and e[2] == "Mitch McConnell" for e in edges(extractor, text)
    )


def test_answered_criticism_by_keeps_the_pushback(extractor: Extractor) -> None:
    """allsides (audit-4): "by" names a deed's author, and the verb reads as criticism of
    that author; an answered reading would meet it reversed and both would be dropped."""
    found = edges(extractor, "Mr Sessions has pushed back against previous criticism by Mr Trump.")
    assert ("Sessions", "criticizes", "Trump") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allsides (fresh29, required row): "who" resolved, the "by" phrase the critic
        (
            "What he did is unforgivable, especially after the corrosive Senate confirmation "
            "battle over now-Supreme Court Justice Brett Kavanaugh, who was the subject of "
            "bitter and baseless partisan attacks and character assassination by Senate "
            "Democrats.",
            ("Senate Democrats", "criticizes", "Brett Kavanaugh"),
        ),
        (
            "Senator Ted Cruz has been the target of attacks from Donald Trump.",
            ("Donald Trump", "criticizes", "Ted Cruz"),
        ),
    ],
)
def test_target_of_criticism(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a physical attack (senses.json)
        "Senator Ted Cruz was the target of rocket attacks from Donald Trump.",
        # a work, no criticism
        "Senator Ted Cruz was the subject of a profile by Donald Trump.",
    ],
)
def test_no_target_of_criticism(extractor: Extractor, text: str) -> None:
    assert not any(e[1] == "criticizes" and e[2] == "Ted Cruz" for e in edges(extractor, text))
