"""'They' reported by a group ("Democrats said they oppose the bill") is the group; elsewhere
"they" is left alone (real-style sentences from allsides news)."""

from __future__ import annotations

from rule_edges import edges


def test_they_reported_by_a_group_is_the_group(extractor):
    found = edges(extractor, "Senate Democrats said they oppose the JUSTICE Act.")
    assert ("Senate Democrats", "opposes", "JUSTICE Act") in found
    text = (
        "In late 2017, Democrats pushed Sen. Al Franken into retirement, saying they had "
        "to take a hard line after criticizing Mr. Trump for his mistreatment of women."
    )
    assert ("Democratic Party", "criticizes", "Trump") in edges(extractor, text)
    # "many Democrats" are some of the party's members, not the party (gold/README, batch 3)
    many = text.replace("Democrats pushed", "many Democrats pushed")
    assert not any(s == "Democratic Party" for s, _r, _o in edges(extractor, many))


def test_they_is_never_one_person_nor_an_unreported_clause(extractor):
    found = edges(extractor, "Sen. Cory Booker said they oppose the JUSTICE Act.")
    assert not any(s == "Cory Booker" for s, _r, _o in found)
    # a participle the parser reads as reporting: "they" are the Republicans, not Democrats
    text = (
        "Democrats blocked many appeals court nominees, leading Republicans to threaten to "
        "change the rules, exactly what they now accuse Mr. Reid of trying to do."
    )
    assert not any(s == "Democratic Party" for s, _r, _o in edges(extractor, text))
