"""Session 26's lexical forms (lexical26): passive forms of known contest and recusal verbs
(patterns/relations_passives26.jsonl): "X was defeated by Y" in an election is Y's run against X,
as the active "Y defeated X" is, and "X, who is recused from the Russia investigation" is X's
recusal; election results told as nouns (relations_results26.jsonl: "X's victory over Y", "X's
defeat of Y", "X's loss to Y"); one's embrace of a candidate (relations_nouns26.jsonl).
Sentences after those of the readable audit articles that motivated the rules."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def _unasserted(ex: Extractor, text: str) -> bool:
    """No asserted edge; an edge made but negated or hedged is fine."""
    return not any(positive for *_, positive in flagged(ex, text))


def test_a_passive_defeat_in_an_election_is_the_winner_running_against_the_loser(nlp):
    ex = Extractor(nlp)
    text = "In the 1996 election, Bob Dole was soundly defeated by the incumbent Bill Clinton."
    assert ("Bill Clinton", "opposes", "Bob Dole") in edges(ex, text)
    text = "In the 1932 election, Herbert Hoover was trounced by Franklin Roosevelt."
    assert ("Franklin Roosevelt", "opposes", "Herbert Hoover") in edges(ex, text)
    text = "Luther Strange, defeated by Roy Moore in the runoff, left the Senate."
    assert ("Roy Moore", "opposes", "Luther Strange") in edges(ex, text)


def test_only_the_first_name_after_by_won_and_an_ouster_is_no_contest(nlp):
    ex = Extractor(nlp)
    text = (
        "But Tuscaloosa Mayor Walt Maddox, a Democrat, was handily defeated by incumbent Gov. "
        "Kay Ivey, and Bob Vance, the Democratic nominee for the state Supreme Court, lost "
        "decisively to Republican Tom Parker."
    )
    found = edges(ex, text)
    assert ("Kay Ivey", "opposes", "Walt Maddox") in found
    assert ("Bob Vance", "opposes", "Walt Maddox") not in found
    text = (
        "Whitaker has served in the interim since November, when Jeff Sessions was ousted by "
        "Donald Trump."
    )
    assert ("Donald Trump", "opposes", "Jeff Sessions") not in edges(ex, text)


def test_a_passive_defeat_without_an_election_or_negated_is_no_edge(nlp):
    ex = Extractor(nlp)
    assert not edges(ex, "Rafael Nadal was beaten by Roger Federer at Wimbledon.")
    assert _unasserted(ex, "In the Senate race, Roy Moore was not defeated by Doug Jones.")


def test_a_recusal_in_the_passive_names_its_matter(nlp):
    ex = Extractor(nlp)
    text = (
        "Some Trump critics fear that the President could dispense with Jeff Sessions, who is "
        "recused from the Russia investigation, in order to get another attorney general."
    )
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in edges(ex, text)
    text = "William Barr, who is not recused from the Russia investigation, has taken office."
    assert _unasserted(ex, text)
    text = (
        "Robert Mueller leads the Russia investigation. Rod Rosenstein should have been recused "
        "from the Russia investigation."
    )
    assert ("Rod Rosenstein", "recused_from", "Russia investigation") not in edges(ex, text)


def test_a_recusal_from_a_bare_case_or_a_relative_pronoun_is_not_read(nlp):
    ex = Extractor(nlp)
    text = (
        "Robert Mueller leads the Russia investigation. Geoffrey Berman, the US attorney, who "
        "was recused from the case, could take over."
    )
    assert ("Geoffrey Berman", "recused_from", "Russia investigation") not in edges(ex, text)


def test_an_election_result_told_as_a_noun_is_a_contest(nlp):
    ex = Extractor(nlp)
    text = "The takeaways from Doug Jones' shocking victory over Roy Moore in the Senate race."
    assert ("Doug Jones", "opposes", "Roy Moore") in edges(ex, text)
    text = "Roy Moore's defeat of incumbent Sen. Luther Strange in the Republican primary mattered."
    assert ("Roy Moore", "opposes", "Luther Strange") in edges(ex, text)
    text = (
        "Democrats blamed James Comey for Hillary Clinton's stunning loss to Donald Trump in "
        "the presidential election."
    )
    found = edges(ex, text)
    assert ("Hillary Clinton", "opposes", "Donald Trump") in found
    assert ("Donald Trump", "opposes", "Hillary Clinton") in found


def test_a_legal_victory_is_no_contest(nlp):
    ex = Extractor(nlp)
    text = (
        "John Boehner scored a legal victory against Barack Obama when a judge ruled that the "
        "House has standing to sue."
    )
    assert ("John Boehner", "opposes", "Barack Obama") not in edges(ex, text)


def test_an_embrace_of_a_candidate_backs_the_candidate(nlp):
    ex = Extractor(nlp)
    text = "Donald Trump's embrace of Luther Strange has put him at odds with Steve Bannon."
    assert ("Donald Trump", "endorses", "Luther Strange") in edges(ex, text)
    text = "Donald Trump's embrace of the national anthem troubled Steve Bannon."
    assert not any(rel == "endorses" for _, rel, _ in edges(ex, text))
