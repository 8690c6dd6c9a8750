"""Coordinated rivals (relations_rivals13.jsonl, word lists `rival_*` in constructions.json): two
subjects joined by "and" contending for one prize, facing off, in one race, or running for one
nomination oppose each other ("Scalise and Price are still battling for majority leader"); a
shared cause, separate losses or a policy fight are no contest."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_coordinated_rivals_oppose_each_other(extractor: Extractor) -> None:
    for text, pair in (
        (
            "Steve Scalise and Tom Price, meanwhile, are still battling for majority leader.",
            ("Steve Scalise", "Tom Price"),
        ),
        (
            "Kevin McCarthy and Jason Chaffetz are vying for the speakership.",
            ("Kevin McCarthy", "Jason Chaffetz"),
        ),
        (
            "Roy Moore and Luther Strange face off in the runoff on Tuesday.",
            ("Roy Moore", "Luther Strange"),
        ),
        (
            "Hillary Clinton and Bernie Sanders are locked in a tight race in Iowa.",
            ("Hillary Clinton", "Bernie Sanders"),
        ),
        (
            "Hillary Clinton and Bernie Sanders are running for the Democratic nomination.",
            ("Hillary Clinton", "Bernie Sanders"),
        ),
    ):
        a, b = pair
        found = edges(extractor, text)
        assert (a, "opposes", b) in found and (b, "opposes", a) in found, (text, found)


def test_what_coordinated_subjects_do_not_contest(extractor: Extractor) -> None:
    for text in (
        "Chuck Schumer and Nancy Pelosi fought for the bill.",
        "Chuck Schumer and Nancy Pelosi are locked in a battle over the budget.",
        "Hillary Clinton and Donald Trump have each suffered losses in recent contests.",
        "Chuck Schumer and Nancy Pelosi are running for Senate.",
    ):
        assert not any(r == "opposes" for _, r, _ in edges(extractor, text)), text
    text = "Chuck Schumer and Nancy Pelosi did not compete for the nomination."
    assert ("Chuck Schumer", "opposes", "Nancy Pelosi", False) in flagged(extractor, text)
