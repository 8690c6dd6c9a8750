""" "The network", "the group", "the newspaper" as references to the organisation of that kind
the nearest sentence before names, and newspapers the model tags as works."""

from __future__ import annotations

from referents import named as named_as

from polkg.extract import Extractor
from polkg.model import Document


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    result = Extractor(nlp).process(Document(id="t", text=text))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_the_network_is_the_broadcaster_named_before(nlp):
    text = "Trump spoke to CNN on Monday. Later he attacked the network for its coverage."
    assert named_as(nlp, text, "network") == ["CNN"]
    assert ("Trump", "criticizes", "CNN") in _edges(nlp, text)


def test_a_group_brought_in_between_is_not_the_organisation(nlp):
    text = (
        "Senators met with the National Rifle Association on Monday. "
        "A group of senators later said the group would criticize Trump."
    )
    assert named_as(nlp, text, "group") == [None, None]


def test_the_group_is_no_news_outlet(nlp):
    text = "Trump spoke to CNN on Monday. The group attacked him."
    assert named_as(nlp, text, "group") == [None]


def test_two_organisations_of_the_kind_decide_nothing(nlp):
    text = (
        "The National Rifle Association and the American Civil Liberties Union met on Monday. "
        "The group criticized the senator."
    )
    assert named_as(nlp, text, "group") == [None]


def test_a_newspaper_tagged_as_a_work_is_an_organisation(nlp):
    text = "Ken Livingstone attacked the Evening Standard on Monday."
    assert ("Ken Livingstone", "criticizes", "Evening Standard") in _edges(nlp, text)
