"""Stances told by agent nouns and effort nouns (lexical35): a critic's or supporter's name
apposed after the noun (``patterns/relations_agents35.jsonl``), an agent noun's "from" phrase,
which names where the holder comes from, never the holder (``arguments.nominal_subject``), and
an effort "against" someone led or held by its holder. Sentences written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holder's name apposed after the agent noun
        (
            "Donald Trump flew to Ohio on Friday. But the state's top Republican and frequent "
            "Trump critic, Gov. John Kasich, did not greet him at the airport.",
            ("John Kasich", "criticizes", "Donald Trump"),
        ),
        (
            "Mitt Romney held a rally in Ohio. A longtime critic of Romney, Sen. Sherrod Brown, "
            "spoke to reporters outside.",
            ("Sherrod Brown", "criticizes", "Mitt Romney"),
        ),
        (
            "Donald Trump will visit Florida. A prominent Trump supporter, Gov. Rick Scott, "
            "said on Monday that he would greet him.",
            ("Rick Scott", "endorses", "Donald Trump"),
        ),
        # an agent noun's "from" phrase is the holder's home, not the holder
        (
            "Donald Trump spoke for an hour. Brandon Davis, a Trump supporter from California, "
            "agreed with every word.",
            ("Brandon Davis", "endorses", "Donald Trump"),
        ),
        # members of the group an agent noun names: "such as", "like", "including"
        (
            "Outspoken critics of President Donald Trump such as Sen. Jeff Flake of Arizona and "
            "Sen. Bob Corker of Tennessee will be gone next year.",
            ("Bob Corker", "criticizes", "Donald Trump"),
        ),
        (
            "Donald Trump's critics, including Sen. Ben Sasse, objected to the plan.",
            ("Ben Sasse", "criticizes", "Donald Trump"),
        ),
        (
            "Opponents of the Affordable Care Act, such as Sen. Ted Cruz, spoke for hours.",
            ("Ted Cruz", "opposes", "Affordable Care Act"),
        ),
        # an effort against someone, led or waged by its holder
        (
            "Rudy Giuliani is waging a public relations campaign against Robert Mueller.",
            ("Rudy Giuliani", "opposes", "Robert Mueller"),
        ),
        (
            "Rep. Darrell Issa, who led the charge against Attorney General Eric Holder, spoke "
            "first.",
            ("Darrell Issa", "opposes", "Eric Holder"),
        ),
        (
            "Sen. Chuck Schumer's long campaign against Sen. Joe Lieberman drew national notice.",
            ("Chuck Schumer", "opposes", "Joe Lieberman"),
        ),
    ],
)
def test_agent_and_effort_nouns(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_the_main_verb_does_not_negate_the_description(extractor: Extractor) -> None:
    """ "X, a critic of Y, did not attend": the clause's "not" is not the description's."""
    text = (
        "Donald Trump flew to Ohio on Friday. A frequent Trump critic, Gov. John Kasich, did "
        "not attend the dinner."
    )
    assert ("John Kasich", "criticizes", "Donald Trump", True) in flagged(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a legal charge is no campaign; only "led the charge against" is
        "House Democrats drew up an obstruction charge against President Donald Trump.",
        # a war is no political opposition (the object is no person, party or bill)
        "President Barack Obama's fight against the Islamic State went on for years.",
        # a list, not an apposition: Flake is one more name, not the critic
        "Donald Trump's critics and Sen. Jeff Flake met on Tuesday.",
        # a tweet's signature is no apposition to a noun of the tweet
        "Hundreds of supporters of President Donald Trump are waiting in a garage for the rally "
        "\u2014 Jeff Flake (@JeffFlake) June 20, 2018",
    ],
)
def test_no_stance(extractor: Extractor, text: str) -> None:
    found = edges(extractor, text)
    assert not any(e[1] == "opposes" for e in found if "Trump" in e[2] or "Obama" in e[0])
    assert ("Jeff Flake", "criticizes", "Donald Trump") not in found
    assert ("Jeff Flake", "endorses", "Donald Trump") not in found
