"""A group's relative clause is its named members' act ("X was one of 14 Republicans who ...",
"Sens. A, B and C were among those who ...", "X, one of several Republicans who ripped him",
"senators who have been critical of Trump, including Sens. McCain, Flake and Sasse"), "one of
X's supporters" backs X, and "the Republican" set against a Democrat is the one other person
(sentences from the audit articles and from dev, names as there)."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.model import Document


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:
    result = Extractor(nlp).process(Document(id="t", text=text, date="2018-06-01"))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_among_those_who_is_each_listed_subject(nlp):
    text = (
        "Sens. Lindsey Graham, R-S.C.; Carl Levin, D-Mich.; and Claire McCaskill, D-Mo., were "
        "among those who came out strongly against the Military Justice Improvement Act."
    )
    edges = _edges(nlp, text)
    for name in ("Lindsey Graham", "Carl Levin", "Claire McCaskill"):
        assert (name, "opposes", "Military Justice Improvement Act") in edges


def test_one_of_a_counted_group_who(nlp):
    text = "Rep. Will Hurd was one of 14 Republicans who criticized Donald Trump."
    assert ("Will Hurd", "criticizes", "Donald Trump") in _edges(nlp, text)


def test_a_name_apposed_to_one_of_the_group(nlp):
    text = (
        "Donald Trump is also refusing to back John McCain, one of several Republicans who "
        "ripped him for his handling of the Khizr Khan controversy."
    )
    assert ("John McCain", "criticizes", "Donald Trump") in _edges(nlp, text)


def test_members_listed_by_including(nlp):
    text = (
        "There are several GOP senators who have been outspokenly critical of Donald Trump, "
        "including Sens. John McCain, Jeff Flake and Ben Sasse."
    )
    edges = _edges(nlp, text)
    for name in ("John McCain", "Jeff Flake", "Ben Sasse"):
        assert (name, "criticizes", "Donald Trump") in edges


def test_not_among_them_names_nobody(nlp):
    text = "Sen. Joe Manchin was not among the senators who criticized Donald Trump."
    assert not _edges(nlp, text)


def test_the_party_member_apposed_to_a_name_is_that_person(nlp):
    text = (
        "A spokesman deferred questions to Oversight Committee Chairman Jason Chaffetz, the Utah "
        "Republican who criticized Donald Trump during the campaign."
    )
    assert ("Jason Chaffetz", "criticizes", "Donald Trump") in _edges(nlp, text)


def test_one_of_his_supporters_backs_him(nlp):
    edges = _edges(nlp, "Steve Bannon was one of Roy Moore's earliest and most vocal supporters.")
    assert ("Steve Bannon", "endorses", "Roy Moore") in edges
    assert not _edges(nlp, "Steve Bannon was not one of Roy Moore's supporters.")


def test_the_republican_set_against_a_democrat(nlp):
    text = (
        "Steve Bannon was widely mocked Wednesday after Alabama Senate candidate Roy Moore's "
        "devastating loss to Democrat Doug Jones.\n\n"
        "Bannon was one of the Republican's earliest and most vocal supporters, campaigning for "
        "him both before and after the allegations surfaced."
    )
    assert ("Steve Bannon", "endorses", "Roy Moore") in _edges(nlp, text)
    apart = text.replace("loss to Democrat Doug Jones.", "loss. Democrat Doug Jones won.")
    assert ("Steve Bannon", "endorses", "Roy Moore") not in _edges(nlp, apart)


def test_the_bill_is_no_amendment(nlp):
    text = (
        "The Senate approved the Coburn amendment on Thursday. Sen. Pat Roberts, who "
        "co-sponsored the bill with Debbie Stabenow, spoke."
    )
    assert not _edges(nlp, text)
    measure = text.replace(
        "Pat Roberts, who co-sponsored the bill with Debbie Stabenow",
        "Tom Coburn, who sponsored the measure",
    )
    assert ("Tom Coburn", "endorses", "Coburn amendment") in _edges(nlp, measure)
