"""The gazetteer facts extraction reads (patterns/legislators.json): legislators' party and state
at a date, and who was President on a given day."""

from __future__ import annotations

from polkg.extract.legislators import affiliation, executive_at, member_by_surname


def test_affiliation_at_the_date():
    assert affiliation(["mitch"], "McConnell", "2019-05-01") == ("Republican Party", "Kentucky")
    assert affiliation(["Bernie"], "Sanders", "2016-03-01") == ("Independent", "Vermont")
    # Doug Jones entered the Senate in January 2018: not yet a senator during his campaign
    assert affiliation(["Doug"], "Jones", "2017-12-01") is None
    assert affiliation(["Doug"], "Jones", "2019-01-01") == ("Democratic Party", "Alabama")


def test_affiliation_nicknames_and_unknown_names():
    assert affiliation(["Chuck"], "Schumer", "2020-06-23") == ("Democratic Party", "New York")
    assert affiliation(["Roy"], "Moore", "2017-12-01") is None  # never in Congress


def test_executive_at():
    assert executive_at("President", "2018-01-31") == (
        "Donald Trump",
        "trump",
        frozenset({"donald"}),
    )
    assert executive_at("President", "2005-06-01")[0] == "George W. Bush"
    assert executive_at("Vice President", "2010-01-01")[1] == "biden"
    assert executive_at("President", None) is None
    assert executive_at("Speaker", "2018-01-31") is None


def test_affiliation_of_hyphenated_names():
    """The file's keys and the lookup fold a name the same way ("Ocasio-Cortez")."""
    assert affiliation(["Alexandria"], "Ocasio-Cortez", "2020-06-01") == (
        "Democratic Party",
        "New York",
    )
    assert affiliation(["Cindy"], "Hyde-Smith", "2019-03-01") == ("Republican Party", "Mississippi")


def test_member_by_surname():
    """Who "Office of Sen. X" is at a date: one member of that chamber, by the shortest given
    name of his keys (a nickname); nobody for a surname several members or none share."""
    assert member_by_surname("Feinstein", "sen", "2006-12-01") == ("dianne", "Democratic Party")
    assert member_by_surname("Grassley", "sen", "2006-08-02") == ("chuck", "Republican Party")
    assert member_by_surname("Feinstein", "rep", "2006-12-01") is None
    assert member_by_surname("Smith", "sen", "2006-12-01") is None  # several senators Smith
    assert member_by_surname("Qwertyuiop", "sen", "2006-12-01") is None
