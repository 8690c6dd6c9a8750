"""Session 31's lexical forms (lexical31, patterns/relations_breadth31.jsonl): a disparaging word
declared of someone in the frame the parser makes a clause ("declaring Roberts illegitimate",
"deem him unqualified"), and demands in the "call for X to ..." frame: to resign (criticizes,
as "called on X to resign"), to leave a race (opposes the candidacy). Sentences after those of
the readable articles where the forms were missed or where their census found them."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_disparaging_word_declared_of_someone_is_criticism(nlp):
    ex = Extractor(nlp)
    text = (
        "Nor did Elizabeth Warren do her side any favors by essentially declaring Roberts "
        "illegitimate."
    )
    assert ("Elizabeth Warren", "criticizes", "Roberts") in edges(ex, text)
    text = "Senate Democrats deem Jim Bridenstine unqualified for the post."
    assert ("Senate Democrats", "criticizes", "Jim Bridenstine") in edges(ex, text)
    text = "Senate Democrats deem Jim Bridenstine qualified for the post."
    assert ("Senate Democrats", "criticizes", "Jim Bridenstine") not in edges(ex, text)


def test_a_call_for_someone_to_resign_is_criticism(nlp):
    ex = Extractor(nlp)
    text = "On Sunday TV news shows, most Democrats called for Mr. Ralph Northam to resign."
    assert ("Democratic Party", "criticizes", "Ralph Northam") in edges(ex, text)
    text = "House Minority Leader Nancy Pelosi tweeted a call for Jeff Sessions to resign."
    assert ("Nancy Pelosi", "criticizes", "Jeff Sessions") in edges(ex, text)
    text = "Senator Chuck Schumer called for Robert Mueller to testify."
    assert not edges(ex, text)


def test_a_call_for_a_candidate_to_leave_the_race_opposes_the_candidacy(nlp):
    ex = Extractor(nlp)
    text = (
        "Ohio Gov. John Kasich's campaign even issued a defiant call Thursday for Marco Rubio "
        "to drop out."
    )
    found = edges(ex, text)
    assert ("John Kasich", "opposes", "Marco Rubio") in found
    assert ("John Kasich", "criticizes", "Marco Rubio") not in found
    text = 'In a tweet, Sen. Susan Collins called for Roy Moore to "withdraw from the Senate race."'
    assert ("Susan Collins", "opposes", "Roy Moore") in edges(ex, text)
    text = "Like other Republicans, Jeff Flake called on Roy Moore to step aside from the election."
    assert ("Jeff Flake", "opposes", "Roy Moore") in edges(ex, text)


def test_leaving_without_a_race_and_urging_to_quit_are_no_opposition(nlp):
    ex = Extractor(nlp)
    text = "Senator Jeff Flake called on Jeff Sessions to step aside from the inquiry."
    assert ("Jeff Flake", "opposes", "Jeff Sessions") not in edges(ex, text)
    text = (
        "Mitch McConnell said he believed the accusers and joined other senators in urging Roy "
        "Moore to quit the race."
    )
    assert ("Mitch McConnell", "opposes", "Roy Moore") not in edges(ex, text)
