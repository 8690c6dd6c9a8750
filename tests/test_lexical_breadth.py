"""Lexical breadth, lists and contests (issue 12): each rule on short news-style text, with the
reading it must not make."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_challenge_from_is_the_challengers_opposition(extractor: Extractor) -> None:
    text = (
        "California Rep. Kevin McCarthy is facing a new challenge from his former ally "
        "Utah Rep. Jason Chaffetz in the race for speaker."
    )
    assert ("Jason Chaffetz", "opposes", "Kevin McCarthy") in edges(extractor, text)
    text = "Senator Jeff Merkley faced a legal challenge from Governor Kate Brown over the seat."
    assert not edges(extractor, text)


def test_a_named_challenger_runs_against_the_clause_subject(extractor: Extractor) -> None:
    text = (
        "Hillary Clinton rallied with her daughter, working to fend off upstart challenger "
        "Sen. Bernard Sanders in a neck-and-neck race."
    )
    found = edges(extractor, text)
    assert ("Bernard Sanders", "opposes", "Hillary Clinton") in found
    assert ("Hillary Clinton", "opposes", "Bernard Sanders") in found


def test_defeating_listed_rivals_and_a_modifier_that_names_one(extractor: Extractor) -> None:
    text = (
        "Speaker Thom Tillis dispatched his two main primary rivals, tea party-backed Greg Brannon "
        "and the Baptist pastor Mark Harris, with relative ease."
    )
    found = edges(extractor, text)
    assert ("Thom Tillis", "opposes", "Greg Brannon") in found
    assert ("Thom Tillis", "opposes", "Mark Harris") in found
    # "tea party-backed" qualifies Brannon only
    assert not any(o == "Mark Harris" and r == "endorses" for _, r, o in found)


def test_a_list_the_parser_hung_as_appositions_spreads_the_relation(extractor: Extractor) -> None:
    text = (
        "At the convention, Jo Jorgensen won the presidential nomination on the fourth ballot, "
        "edging attorney Jacob Hornberger, performance artist Vermin Supreme and activist "
        "Adam Kokesh."
    )
    found = edges(extractor, text)
    for rival in ("Jacob Hornberger", "Vermin Supreme", "Adam Kokesh"):
        assert ("Jo Jorgensen", "opposes", rival) in found


def test_what_someone_said_or_runs_stands_for_them(extractor: Extractor) -> None:
    text = (
        "Attorney General Jeff Sessions pushed back against President Donald Trump's latest "
        "insult on Wednesday."
    )
    assert edges(extractor, text) == {("Jeff Sessions", "criticizes", "Donald Trump")}
    text = "Matthew Whitaker in the past criticized the scope of the Russia investigation."
    assert ("Matthew Whitaker", "criticizes", "Russia investigation") in edges(extractor, text)


def test_a_statement_opened_with_is_the_subjects_own(extractor: Extractor) -> None:
    text = "Liam Fox opened the forum in Brighton with an attack on Labour's record."
    assert edges(extractor, text) == {("Liam Fox", "criticizes", "Labour Party")}
    # the one hit with criticism is its target, not its author
    assert not edges(extractor, "Jeff Sessions was hit with criticism of his record.")


def test_recusal_without_from_in_an_article_about_one_investigation(
    extractor: Extractor,
) -> None:
    text = (
        "Jeff Sessions recused himself after it was revealed he failed to disclose meetings. "
        "Rod Rosenstein is leading the Russia investigation."
    )
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in edges(extractor, text)


def test_calls_to_recuse_are_demands_not_recusals(extractor: Extractor) -> None:
    text = "Rod Rosenstein faces calls to resign or recuse himself from the Russia investigation."
    assert not edges(extractor, text)
    text = (
        "Democrats called for him to recuse himself or resign. Jeff Sessions met Russian "
        "officials during the Russia investigation."
    )
    assert not any(r == "recused_from" for _, r, _ in edges(extractor, text))


def test_a_backer_named_by_a_word_the_tagger_calls_an_adjective(extractor: Extractor) -> None:
    text = "Donald Trump won. Senator Lindsey Graham, a Trump backer, spoke on Monday."
    assert ("Lindsey Graham", "endorses", "Donald Trump") in edges(extractor, text)


def test_a_possessed_handling_and_a_finite_conjunct_stay_as_they_were(
    extractor: Extractor,
) -> None:
    # "the DOJ's handling of X" criticizes the DOJ, not X
    text = (
        "New York Mayor Bill de Blasio faulted the Obama Justice Department's handling of "
        "the 2014 killing of Eric Garner."
    )
    assert ("Bill de Blasio", "criticizes", "Justice Department") in edges(extractor, text)
    # a finite verb the parser hung on an infinitive does not inherit its "tried to"
    text = (
        "Donald Trump spoke. Avila notes that Trump has also tried to restrict legal "
        "immigration and denigrated Hillary Clinton repeatedly over the past several years."
    )
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in edges(extractor, text)


def test_complaints_attacks_and_working_against(extractor: Extractor) -> None:
    text = "Donald Trump reprised his complaints about the Justice Department."
    assert edges(extractor, text) == {("Donald Trump", "criticizes", "Justice Department")}
    text = (
        "The GOP nominee Donald Trump ably defended the conservative position and stayed on "
        "the attack against Hillary Clinton on her biggest vulnerabilities."
    )
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in edges(extractor, text)
    text = "In a series of tweets, Roy Moore attacked Mitch McConnell for working against him."
    assert ("Mitch McConnell", "opposes", "Roy Moore") in edges(extractor, text)
    text = "The Senate Leadership Fund, an outside group, spent heavily against Roy Moore."
    assert ("Senate Leadership Fund", "opposes", "Roy Moore") in edges(extractor, text)
    # nobody voices the complaints; a denial is no opposition
    assert not edges(extractor, "Donald Trump said complaints about Jeff Sessions were unfounded.")
    assert not edges(extractor, "Mitch McConnell did not work against Roy Moore.")


def test_losing_to_and_leading_in_polls_are_contests(extractor: Extractor) -> None:
    text = "Gerald Ford lost to Democrat Jimmy Carter in the general election."
    found = edges(extractor, text)
    assert ("Gerald Ford", "opposes", "Jimmy Carter") in found
    assert ("Jimmy Carter", "opposes", "Gerald Ford") in found
    text = "A Fox News poll released Thursday shows Doug Jones leading Roy Moore by 8 points."
    assert ("Doug Jones", "opposes", "Roy Moore") in edges(extractor, text)
    # no contest without an election, a game is no race, and a denied loss is none
    assert not edges(extractor, "Gerald Ford lost to Jimmy Carter at golf last summer.")
    assert not edges(extractor, "Doug Jones is leading Roy Moore on a tour of the plant.")
    assert not edges(
        extractor, "Bernie Sanders did not lose to Hillary Clinton in the Michigan primary."
    )
