"""Election contests (relations_contests19.jsonl, word lists marked contests19 in
constructions.json): a rival named after a rival noun its subject has ("had a Democratic
challenger next year: truck driver Joshua Collins"), the rival a candidate sets her sights on,
a race lost in a clause whose contracted "has" the parser reads as a passive, a race-result verb
read through a misparsed participle before the loser's title, and a poll lead the parser folded
into a noun phrase. A negated, hedged or merely potential rival stays no edge."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_a_rival_named_after_the_rival_noun_runs_against_its_haver(extractor: Extractor) -> None:
    for text, rival, haver in (
        (
            "Rep. Denny Heck already had a Democratic challenger next year: "
            "truck driver Joshua Collins.",
            "Joshua Collins",
            "Denny Heck",
        ),
        (
            "Renee Ellmers backed the bill. But she also drew a conservative primary challenger: "
            "a radio talk show host and GOP perma-candidate named Frank Roche.",
            "Frank Roche",
            "Renee Ellmers",
        ),
        ("Renee Ellmers drew a primary challenger in Frank Roche.", "Frank Roche", "Renee Ellmers"),
    ):
        found = edges(extractor, text)
        assert (rival, "opposes", haver) in found, (text, found)


def test_a_rival_not_had_or_only_possible_is_no_edge(extractor: Extractor) -> None:
    text = "Renee Ellmers does not have a primary challenger, Frank Roche."
    assert ("Frank Roche", "opposes", "Renee Ellmers", False) in flagged(extractor, text)
    for text in (
        "Renee Ellmers may draw a primary challenger in Frank Roche.",
        "Renee Ellmers drew a potential primary challenger in Frank Roche.",
        "Renee Ellmers has a strong ally in Frank Roche.",
    ):
        assert not any(r == "opposes" for _, r, _ in edges(extractor, text)), text


def test_the_rival_a_candidate_sets_her_sights_on(extractor: Extractor) -> None:
    text = (
        "In Oregon, Monica Wehby sailed to a dominating win in her state's Republican primary, "
        "setting her sights on Sen. Jeff Merkley in the fall."
    )
    assert ("Monica Wehby", "opposes", "Jeff Merkley") in edges(extractor, text)
    text = "The prosecutor set his sights on Jeff Merkley."
    assert not any(r == "opposes" for _, r, _ in edges(extractor, text)), text


def test_contest_verbs_the_parser_misreads(extractor: Extractor) -> None:
    for text, pair in (
        (
            "Bernie Sanders is staying in the Democratic primary race that he's lost to "
            "Hillary Clinton.",
            ("Bernie Sanders", "Hillary Clinton"),
        ),
        (
            "Roy Moore defeated appointed Sen. Luther Strange in the runoff.",
            ("Roy Moore", "Luther Strange"),
        ),
        (
            "A Fox News poll released Thursday shows Doug Jones leading Roy Moore by 8 points.",
            ("Doug Jones", "Roy Moore"),
        ),
    ):
        assert (pair[0], "opposes", pair[1]) in edges(extractor, text), text
    text = "Roy Moore has not defeated appointed Sen. Luther Strange in the runoff."
    assert ("Roy Moore", "opposes", "Luther Strange", False) in flagged(extractor, text)


def test_a_contest_already_set_is_stated_though_future(extractor: Extractor) -> None:
    for text, pair in (
        (
            "Mitch McConnell will face Democrat Alison Lundergan Grimes in November.",
            ("Mitch McConnell", "Alison Lundergan Grimes"),
        ),
        (
            "Joe Walsh will challenge Donald Trump in the Republican primary.",
            ("Joe Walsh", "Donald Trump"),
        ),
    ):
        assert (pair[0], "opposes", pair[1]) in edges(extractor, text), text
    for text in (
        "Joe Walsh would challenge Donald Trump in the Republican primary.",
        "Joe Walsh is expected to challenge Donald Trump in the Republican primary.",
        "Joe Walsh will not challenge Donald Trump in the Republican primary.",
        "Many hope Joe Walsh will challenge Donald Trump in the Republican primary.",
        "Doug Jones will defeat Roy Moore in the election.",
    ):
        assert not any(r == "opposes" for _, r, _ in edges(extractor, text)), text


def test_an_effort_noun_lends_its_possessor_to_an_infinitive_hung_above_it(
    extractor: Extractor,
) -> None:
    text = (
        "Ted Cruz is a senator. Still, it was a far cry from scenes a month ago, when state "
        "conventions were tense affairs driven by Cruz's bid to secure enough loyal delegates "
        "to wrest the nomination from Donald Trump at a contested convention."
    )
    assert ("Ted Cruz", "opposes", "Donald Trump") in edges(extractor, text)


def test_a_subject_that_denies_its_clause_negates_what_it_shows(extractor: Extractor) -> None:
    for text in (
        "Not a single public poll showed Doug Jones leading Roy Moore before the story.",
        "No poll has shown Doug Jones leading Roy Moore by 8 points.",
    ):
        assert ("Doug Jones", "opposes", "Roy Moore", False) in flagged(extractor, text), text
        assert ("Doug Jones", "opposes", "Roy Moore") not in edges(extractor, text), text
    text = "A poll showed Doug Jones leading Roy Moore by 8 points."
    assert ("Doug Jones", "opposes", "Roy Moore") in edges(extractor, text)
