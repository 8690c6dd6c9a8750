"""Reported clauses whose speech verb shares its subject: a conjunct ("... and added that ..."),
an adverbial participle ("..., saying ..."); never a noun's participle, never what someone made
seem."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunct speech verb shares the first verb's subject
        (
            "Nancy Pelosi spoke to reporters and added that Jeff Sessions is not fit to serve.",
            {("Nancy Pelosi", "criticizes", "Jeff Sessions", True)},
        ),
        # an adverbial participle takes its main verb's subject (BBC: "Blair derided Tory
        # claims, saying ...")
        (
            "Tony Blair derided the claims, saying Michael Howard was wrong about the war.",
            {("Tony Blair", "criticizes", "Michael Howard", True)},
        ),
        # a closing quotation mark sets the participle off as a comma does (BBC: 'derided Tory
        # claims they could cut pounds 35bn in "wasteful spending" saying ...')
        (
            'Tony Blair derided claims of "wasteful spending" saying Michael Howard was wrong '
            "about the war.",
            {("Tony Blair", "criticizes", "Michael Howard", True)},
        ),
        # the relative clause's subject is the conjunct's too
        (
            "Donald Trump, who spoke on Monday and added that Jeff Sessions was weak, left early.",
            {("Donald Trump", "criticizes", "Jeff Sessions", True)},
        ),
        # an infinitive of purpose is the subject's own speech
        (
            "Nancy Pelosi went on television to say that Jeff Sessions is not fit to serve.",
            {("Nancy Pelosi", "criticizes", "Jeff Sessions", True)},
        ),
        # the conjunct's modality: "may have added" leaves it open
        (
            "Nancy Pelosi spoke to reporters and may have added that Jeff Sessions is not fit "
            "to serve.",
            {("Nancy Pelosi", "criticizes", "Jeff Sessions", False)},
        ),
    ],
)
def test_reporting_speakers_shared_subject(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a participle right after a noun may be its reduced relative, whatever the parse (here
        # an adverbial clause of "question"): the memo argues, not the Democrats
        "Democrats will question Devin Nunes about his memo arguing that Robert Mueller was "
        "dishonest.",
        "Democrats will question William Barr over claims that he was hired because he had "
        "written a memo to the Justice Department arguing that Robert Mueller's case was flawed.",
        # a participle coordinated with a finite verb is one the parser could not place (here
        # the memo's second participle)
        "Democrats will question Devin Nunes, the author of a memo citing the FBI and arguing "
        "that Robert Mueller was dishonest.",
        # what someone made seem is no judgement of the speaker's ("complaining that Cuomo made
        # it seem ..." is the complainer's criticism of Cuomo since lexical33: test_expressions33)
        "Donald Trump called Andrew Cuomo on Monday, saying that Cuomo made it seem like "
        "Washington had abandoned him.",
        # an object asked to speak says nothing yet
        "Nancy Pelosi urged Jeff Sessions to speak and add that Robert Mueller is dishonest.",
    ],
)
def test_reporting_speakers_no_speaker(extractor: Extractor, text: str) -> None:
    assert flagged(extractor, text) == set()
