"""Mechanisms behind the wrong edges of audit batch 18 (NewsMTSC sentences, gold/README.md), and
issue 12's last junk actor, on short real sentences: each wrong reading makes no edge (or an
unasserted one), its true twin still makes its edge."""

from __future__ import annotations

import json
from pathlib import Path

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor
from polkg.model import Document


def entity_names(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in extractor.process(Document(id="d", text=text)).entities}


def test_what_a_standing_permits_is_not_done(extractor: Extractor) -> None:
    # hypothetical: a speaker's forecast of a race not yet run (the parser hangs the
    # infinitives on "is" and takes the first "to" for a preposition)
    forecast = (
        '"I just fundamentally believe that if you look at the facts and you look at the '
        "numbers, that Ted Cruz is [in the] best position by far to both win the nomination of "
        "the Republican Party and to then go on and defeat Hillary Clinton in the fall this "
        'year," he said.'
    )
    triple = ("Ted Cruz", "opposes", "Hillary Clinton")
    assert positive_and_unasserted(extractor, forecast) == (set(), {triple})
    attack = ("Ted Cruz", "criticizes", "Hillary Clinton")
    text = "Ted Cruz is in a position to attack Hillary Clinton."
    assert positive_and_unasserted(extractor, text) == (set(), {attack})
    # the position one uses is no forecast: the attack is made
    assert edges(extractor, "Ted Cruz used his position to attack Hillary Clinton.") == {attack}


def test_an_attack_by_armed_forces_is_no_criticism(extractor: Extractor) -> None:
    military = (
        "He will need to explain how they might be done without benefiting Syria\u2019s "
        "dictator, Bashar al-Assad, who is under attack by ISIS and other Sunni opposition "
        "forces."
    )
    assert edges(extractor, military) == set()
    assert edges(extractor, "Syrian forces attacked ISIS.") == set()
    verbal = "Donald Trump is under attack by Democrats."
    assert edges(extractor, verbal) == {("Democratic Party", "criticizes", "Donald Trump")}


def test_a_name_set_apart_by_not_is_excluded(extractor: Extractor) -> None:
    triple = ("Michelle Obama", "criticizes", "Romney")
    excluded = (
        "Other speakers, but not Michelle Obama, took direct shots at Romney on Tuesday, "
        "casting him as an out-of-touch wealthy politician."
    )
    assert positive_and_unasserted(extractor, excluded) == (set(), {triple})
    included = "Other speakers, including Michelle Obama, took direct shots at Romney on Tuesday."
    assert positive_and_unasserted(extractor, included) == ({triple}, set())
    # what the excluded name's own relative clause says still holds (audit batch 5)
    own = (
        "Not Joe Donnelly, Joe Manchin or Heidi Heitkamp, who all voted to confirm Neil Gorsuch "
        "to the Supreme Court; and not Bob Casey, who sometimes opposes abortion rights."
    )
    assert ("Joe Donnelly", "endorses", "Neil Gorsuch") in edges(extractor, own)


def test_an_apparent_shot_is_hedged(extractor: Extractor) -> None:
    triple = ("Michelle Obama", "criticizes", "Donald Trump")
    apparent = (
        "Michelle Obama takes apparent shot at Donald Trump on Twitter over Ilhan Omar attacks"
    )
    assert positive_and_unasserted(extractor, apparent) == (set(), {triple})
    plain = "Michelle Obama takes a shot at Donald Trump on Twitter."
    assert positive_and_unasserted(extractor, plain) == ({triple}, set())


def test_a_campaign_aide_has_no_rival_of_his_own(extractor: Extractor) -> None:
    aide = (
        "Sanders, who was a senior aide in the Trump campaign at the time, was slamming "
        "presidential rival Hilary Clinton, whose missing emails were being investigated by the "
        "FBI."
    )
    assert edges(extractor, aide) == {("Sanders", "criticizes", "Hilary Clinton")}
    candidate = (
        "Sanders, a Vermont senator, was slamming presidential rival Hillary Clinton before the "
        "primary."
    )
    assert edges(extractor, candidate) == {
        ("Sanders", "criticizes", "Hillary Clinton"),
        ("Sanders", "opposes", "Hillary Clinton"),
        ("Hillary Clinton", "opposes", "Sanders"),
    }


def test_a_dateline_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        "VESTAVIA HILLS, Alabama \u2014 Judge Roy Moore, the GOP nominee for the U.S. Senate here "
        "in Alabama, received a standing ovation from veterans and Republican supporters here at "
        "a public library at his first public event since the Washington Post smeared him "
        "earlier this week."
    )
    assert "VESTAVIA HILLS" not in entity_names(extractor, text)
    assert edges(extractor, text) == {("Washington Post", "criticizes", "Roy Moore")}


def test_a_second_gerund_is_not_the_causees(extractor: Extractor) -> None:
    text = (
        "Streisand spent much of the presidential campaign working to get Clinton elected and "
        "bashing then-Republican candidate Donald Trump."
    )
    assert edges(extractor, text) == set()
    text = "Trump spent the week trying to get Moore elected and attacking Doug Jones."
    assert edges(extractor, text) == {("Trump", "criticizes", "Doug Jones")}


def test_a_name_under_an_indefinite_article_is_no_actor(extractor: Extractor) -> None:
    text = (
        "West called Trump a \u201cfascist Frankenstein\u201d and said this is a \u201cvery "
        "historic and pivotal moment in the history of this nation.\u201d"
    )
    assert "Frankenstein" not in entity_names(extractor, text)
    assert edges(extractor, text) == {("West", "criticizes", "Trump")}


def test_a_span_of_role_nouns_is_no_actor(extractor: Extractor) -> None:
    text = (
        "I commend the Chairmen and Ranking Members of the two committees for putting together "
        "a bill that is a good bill to help workers and retirees."
    )
    assert "Chairmen and Ranking Members" not in entity_names(extractor, text)
    named = "The Joint Chiefs of Staff criticized the plan."
    assert "Joint Chiefs of Staff" in entity_names(extractor, named)


def test_challengers_of_trump_are_not_a_guests_namesake(extractor: Extractor) -> None:
    text = (
        "President Donald Trump will deliver the address on Tuesday. Among the president's "
        "guests will be Delaware 6th-grade student Joshua Trump, who says he has been bullied at "
        "school because of his name. In the audience will be several Democrats running to "
        "challenge Trump in 2020, including Sens. Kamala Harris of California and Cory Booker of "
        "New Jersey."
    )
    found = edges(extractor, text)
    assert ("Kamala Harris", "opposes", "Donald Trump") in found
    assert not any("Joshua Trump" in (s, o) for s, _, o in found)


def test_challengers_of_trump_in_the_real_article(extractor: Extractor, shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "allsides" / "articles.jsonl"
    with path.open(encoding="utf-8") as f:
        row = next((json.loads(line) for line in f if '"oDqLfdSgqKsEVI8x"' in line), None)
    assert row is not None
    result = extractor.process(Document(id=row["id"], text=row["text"], date=row.get("date")))
    challenged = {a.object for a in result.assertions if a.relation == "opposes" and a.positive}
    assert challenged == {"Donald Trump"}
