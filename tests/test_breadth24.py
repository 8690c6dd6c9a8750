"""Stance predicates no rule read before session 24 (patterns/relations_breadth24.jsonl;
constructions.json contempt_nouns, feud_nouns, feud_verbs, hostile_campaign_nouns,
accusation_nouns): quarrels, held contempt, hostile campaigns, accusations "against"; each with
the reading it must not make. The sentences are modelled on audit-batch sentences the rules
were judged on (docs/lexicon-breadth.md)."""

from __future__ import annotations

import runpy
from pathlib import Path

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_quarrels_criticize_the_other_side(nlp):
    ex = Extractor(nlp)
    assert ("Donald Trump", "criticizes", "James Comey") in edges(
        ex, "President Donald Trump is escalating his public feud with FBI director James Comey."
    )
    assert ("Rex Tillerson", "criticizes", "Jared Kushner") in edges(
        ex, "For months Rex Tillerson clashed with White House adviser Jared Kushner."
    )
    assert ("Eric Holder", "criticizes", "Darrell Issa") in edges(
        ex, "Eric Holder famously sparred with Darrell Issa as the television cameras rolled."
    )
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in edges(
        ex, "Donald Trump has a running feud with Attorney General Jeff Sessions."
    )


def test_quarrels_keep_their_cues_and_leave_out_schedules_and_countries(nlp):
    ex = Extractor(nlp)
    text = "Mike Lee says he has not clashed with Ted Cruz."
    assert positive_and_unasserted(ex, text) == (set(), {("Mike Lee", "criticizes", "Ted Cruz")})
    # a press conference scheduled to clash with a speech is no quarrel with its speaker
    assert not edges(
        ex,
        "Tony Blair scheduled his monthly press conference to clash with a keynote speech by "
        "Gordon Brown.",
    )
    # CAMEO's clash is fighting: no country on either side
    assert not edges(ex, "Russia clashed with Ukraine in the Black Sea.")


def test_held_contempt_criticizes(nlp):
    ex = Extractor(nlp)
    assert ("Steve Bannon", "criticizes", "Jared Kushner") in edges(
        ex, "Steve Bannon's animus toward Jared Kushner is an open secret in Washington."
    )
    assert ("Elizabeth Warren", "criticizes", "Mitch McConnell") in edges(
        ex, "Elizabeth Warren has shown open contempt for Mitch McConnell."
    )
    # a scant contempt is none
    assert not edges(ex, "Barack Obama has little contempt for Mitt Romney.")


def test_hostile_campaigns_and_accusations(nlp):
    ex = Extractor(nlp)
    assert ("Democratic Party", "criticizes", "Donald J. Trump") in edges(
        ex,
        "The Democratic Party has declared all-out political war against President Donald J. "
        "Trump.",
    )
    assert ("Steve Bannon", "criticizes", "Mitch McConnell") in edges(
        ex, "Steve Bannon is launching an all-out war against Senate leader Mitch McConnell."
    )
    assert ("Christine Blasey Ford", "criticizes", "Brett Kavanaugh") in edges(
        ex, "Christine Blasey Ford's accusations against Brett Kavanaugh are deeply troubling."
    )
    # a war on a country is a war; a prosecutor's allegations are a legal act
    assert not edges(ex, "In 1991, George Bush launched the war against Iraq.")
    assert not edges(ex, "Robert Mueller's allegations against Paul Manafort involve a report.")


def test_the_miner_names_particles_and_light_verb_nouns(nlp):
    # scripts/mine_unread_predicates.py: the frame key a predicate is counted under
    miner = runpy.run_path(
        str(Path(__file__).resolve().parent.parent / "scripts" / "mine_unread_predicates.py")
    )
    frame, refine = miner["frame"], miner["refine"]

    def key(text: str, subject: str, obj: str) -> tuple[str, str] | None:
        doc = nlp(text)
        s = next(t for t in doc if t.text == subject)
        o = next(t for t in doc if t.text == obj)
        found = frame(s, o)
        return None if found is None else refine(found, o)

    assert key("Trump lashed out at Comey on Friday.", "Trump", "Comey") == ("prep_at", "lash out")
    assert key("Warren gave her backing to Biden.", "Warren", "Biden") == (
        "prep_to",
        "give+backing",
    )
    assert key("Romney's repudiation of Trump was swift.", "Romney", "Trump") == (
        "noun_of",
        "repudiation",
    )
    assert key("Trump met Comey and Rosenstein left.", "Rosenstein", "Comey") is None
