"""Companions and elided repeats (``polkg/extract/companions.py``), the session-12 contest and
light-verb rules (``patterns/relations_contests12.jsonl``) and the contracted modal the parser
tags as punctuation. Sentences from the corpora (dev, tune-a) or written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor

BILL = "The Financial Services Conflict of Interest Act would ban the bonuses. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev: the elided repeat of "had given the bill his support"
        (
            BILL + "Bernie Sanders, the socialist Vermont senator, had already given the bill his "
            "support, as had Martin O'Malley, a former Maryland governor.",
            ("Martin O'Malley", "endorses", "Financial Services Conflict of Interest Act"),
        ),
        (
            "Sen. John McCain opposed the American Health Care Act, as did Sen. Susan Collins.",
            ("Susan Collins", "opposes", "American Health Care Act"),
        ),
        (
            "Sen. John McCain endorsed Mitt Romney, and so did Sen. Lindsey Graham.",
            ("Lindsey Graham", "endorses", "Mitt Romney"),
        ),
        (
            "Sen. Susan Collins, along with Sen. Lisa Murkowski, opposed the Affordable Care Act.",
            ("Lisa Murkowski", "opposes", "Affordable Care Act"),
        ),
        (
            "Sen. Lindsey Graham joined Sen. John McCain in criticizing Donald Trump on Sunday.",
            ("John McCain", "criticizes", "Donald Trump"),
        ),
        (
            "Sen. Lindsey Graham, joined by Sen. John McCain, criticized Donald Trump.",
            ("John McCain", "criticizes", "Donald Trump"),
        ),
        # fresh32 (allsides, lexical34): the stance word lies inside the gerund's phrase
        (
            "Majority Whip John Cornyn (R-Texas) has joined Sen. Ben Sasse (R-Neb.) in making "
            "public statements of support for Jeff Sessions in recent days.",
            ("Ben Sasse", "endorses", "Jeff Sessions"),
        ),
        # "joined with Y", "joined forces with Y" (senate_press: "Mark Dayton joined with Senate
        # colleagues in sending a letter")
        (
            "Sen. Mark Dayton joined with Sen. Amy Klobuchar in opposing the Jumpstart Our "
            "Business Strength Act.",
            ("Amy Klobuchar", "opposes", "Jumpstart Our Business Strength Act"),
        ),
        (
            "Sen. Olympia Snowe joined forces with Sen. John Warner in criticizing Donald Trump.",
            ("John Warner", "criticizes", "Donald Trump"),
        ),
    ],
)
def test_companions_share_the_stance(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a negated main clause negates its repeat; a contrasted clause is no repeat
        "Sen. John McCain did not endorse Mitt Romney, and neither did Sen. Lindsey Graham.",
        "Sen. John McCain endorsed Mitt Romney, but Sen. Lindsey Graham did not.",
        # a modal left behind predicts
        "Sen. John McCain endorsed Mitt Romney, as will Sen. Lindsey Graham.",
    ],
)
def test_no_companion_without_a_stated_repeat(extractor: Extractor, text: str) -> None:
    assert ("Lindsey Graham", "endorses", "Mitt Romney") not in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "praiser", "stranger"),
    [
        # BBC: the "as" phrase describes the praised; the relative clause's subject praises nobody
        (
            "Tony Blair heaped praise on Gordon Brown as the most successful post-war chancellor "
            "Britain has had.",
            "Tony Blair",
            "Britain",
        ),
        (
            "Tony Blair praised Gordon Brown as the most successful chancellor Britain has had.",
            "Tony Blair",
            "Britain",
        ),
    ],
)
def test_a_description_after_as_is_no_repeat(
    extractor: Extractor, text: str, praiser: str, stranger: str
) -> None:
    found = edges(extractor, text)
    assert (praiser, "endorses", "Gordon Brown") in found
    assert (stranger, "endorses", "Gordon Brown") not in found


def test_a_repeat_with_a_pro_verb_and_its_own_auxiliary(extractor: Extractor) -> None:
    text = "Sen. John McCain criticized Donald Trump, as Sen. Susan Collins has done."
    assert ("Susan Collins", "criticizes", "Donald Trump") in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tune-a: the challenge from X is a run against the subject of the governing verb
        (
            "Sen. Luther Strange is trying to ward off a challenge from Roy Moore, an "
            "arch-conservative former state Supreme Court justice, in a runoff election next week.",
            ("Roy Moore", "opposes", "Luther Strange"),
        ),
        (
            "Sen. Lindsey Graham launched a primary challenge against Roy Moore.",
            ("Lindsey Graham", "opposes", "Roy Moore"),
        ),
        (
            "Sen. Lindsey Graham is vying with Roy Moore for the nomination.",
            ("Roy Moore", "opposes", "Lindsey Graham"),
        ),
        (
            "Rep. Kyrsten Sinema set her sights on Sen. Jeff Flake's seat.",
            ("Kyrsten Sinema", "opposes", "Jeff Flake"),
        ),
        (
            "Tony Blair again heaped praise on Gordon Brown on Monday.",
            ("Tony Blair", "endorses", "Gordon Brown"),
        ),
        (
            "Sen. Lindsey Graham poured scorn on Roy Moore.",
            ("Lindsey Graham", "criticizes", "Roy Moore"),
        ),
        (
            "Corey Lewandowski jumped to Donald Trump's defense on Tuesday.",
            ("Corey Lewandowski", "endorses", "Donald Trump"),
        ),
        (
            "The White House is standing by Attorney General Jeff Sessions.",
            ("White House", "endorses", "Jeff Sessions"),
        ),
    ],
)
def test_contest_and_light_verb_rules(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Sen. Lindsey Graham stood by his comments about Roy Moore.", "Roy Moore"),
        ("Sen. Lindsey Graham stood by as Donald Trump attacked Roy Moore.", "Donald Trump"),
        ("Sen. Lindsey Graham heaped his plate with food at a dinner for Roy Moore.", "Roy Moore"),
    ],
)
def test_no_stance_from_a_topic_or_a_bystander(
    extractor: Extractor, text: str, unexpected: str
) -> None:
    assert not any(o == unexpected for _s, _r, o in edges(extractor, text))


def test_contracted_modal_tagged_as_punctuation_hedges(extractor: Extractor) -> None:
    text = (
        "CNN\u2019s Anderson Cooper insulted a Trump supporter by saying he\u2019d slavishly "
        "support Trump even if Trump deposited feces on his desk."
    )
    found = {(s, r, o) for s, r, o, positive in flagged(extractor, text) if not positive}
    assert ("Anderson Cooper", "endorses", "Trump") in found
    assert ("Anderson Cooper", "endorses", "Trump") not in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        # a clause with a subject of its own inside the gerund's phrase is no shared act
        (
            "Sen. Lindsey Graham joined Sen. John McCain in blocking a bill that Donald Trump "
            "supported.",
            ("John McCain", "endorses"),
        ),
    ],
)
def test_join_in_shares_only_the_joiner_s_act(
    extractor: Extractor, text: str, stranger: tuple[str, str]
) -> None:
    found = edges(extractor, text)
    assert not any(e[:2] == stranger for e in found)
