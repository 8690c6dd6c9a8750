"""Bare surnames of known politicians are persons whatever the model tags them."""

from __future__ import annotations

import pytest

from polkg.extract import Extractor
from polkg.extract.known_names import is_dictionary_word, is_known_surname
from polkg.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_known_names_list_has_politicians_not_words() -> None:
    assert is_known_surname("Trump") and is_known_surname("Sessions")
    assert is_known_surname("Merkel") and is_known_surname("Blair")  # from PETRARCH2's actors
    assert not is_known_surname("trump")  # as written
    assert not is_known_surname("Ford")  # a company first
    assert not is_known_surname("Paul")  # a given name


def test_known_names_bare_surnames_make_an_edge(extractor: Extractor) -> None:
    result = extractor.process(Document(id="d", text="Trump slammed Sessions on Friday."))
    assert {e.name: e.type for e in result.entities} == {"Trump": "Person", "Sessions": "Person"}
    assert [(a.subject, a.relation, a.object) for a in result.assertions] == [
        ("Trump", "criticizes", "Sessions")
    ]


def test_known_names_not_before_a_name_or_after_an_article(extractor: Extractor) -> None:
    text = "Brown University praised the Trump administration, and the Cotton harvest was late."
    types = {e.name: e.type for e in extractor.process(Document(id="d", text=text)).entities}
    assert "Brown" not in types and types.get("Cotton") != "Person"
    assert types["Trump administration"] == "GovernmentBody"


def test_known_names_compound_of_a_person_noun(extractor: Extractor) -> None:
    text = "Kathleen Willey said she was a Trump supporter from the start."
    types = {e.name: e.type for e in extractor.process(Document(id="d", text=text)).entities}
    assert types["Trump"] == "Person"


def test_known_names_news_persons_of_the_directed_sentences() -> None:
    # named in full in three or more directed-sentiment training sentences, in no gazetteer
    assert is_known_surname("Comey") and is_known_surname("Gorsuch")
    assert not is_known_surname("Qaeda")  # "Al Qaeda": a given name before it, no person
    assert not is_known_surname("Cuban")  # "Mark Cuban": a nationality word first


def test_known_names_a_news_person_makes_an_edge(extractor: Extractor) -> None:
    # directed-sentiment train split; the model tags "Palin" a place
    text = "Palin, formerly the Republican vice presidential nominee, endorsed Trump in 2016."
    edges = [
        (a.subject, a.relation, a.object)
        for a in extractor.process(Document(id="d", text=text)).assertions
    ]
    assert ("Palin", "endorses", "Trump") in edges


def test_known_names_surname_the_parser_tags_a_verb(extractor: Extractor) -> None:
    # directed-sentiment train split: sentence-initial "Trump" tagged VB, yet the subject
    text = "Trump himself criticized Romney for delaying release of his tax returns."
    result = extractor.process(Document(id="d", text=text))
    assert ("Trump", "criticizes", "Romney") in [
        (a.subject, a.relation, a.object) for a in result.assertions
    ]


def test_known_names_lone_person_hit_that_is_no_word(extractor: Extractor) -> None:
    # directed-sentiment train split: one sentence-initial NER hit, and "Kagan" is no
    # English word, so it is a name; "Arson" is a word and stays none
    assert is_dictionary_word("Arson") and not is_dictionary_word("Kagan")
    text = "Kagan has been an outspoken critic of Trump."
    result = extractor.process(Document(id="d", text=text))
    assert ("Kagan", "criticizes", "Trump") in [
        (a.subject, a.relation, a.object) for a in result.assertions
    ]


def test_known_names_a_verbless_line_is_no_name(extractor: Extractor) -> None:
    # allsides (audit batch 3): the page's "Slideshow (17 Images)" made a person "Slideshow"
    # that stood between "She" and Cindy Hyde-Smith
    text = (
        "Republican Cindy Hyde-Smith won the runoff against Democrat Mike Espy.\n\n"
        "Slideshow (17 Images)\n\n"
        "She accused Espy of twisting her words for political gain."
    )
    result = extractor.process(Document(id="d", text=text))
    assert all(e.name != "Slideshow" for e in result.entities)
    assert ("Cindy Hyde-Smith", "criticizes", "Mike Espy") in [
        (a.subject, a.relation, a.object) for a in result.assertions
    ]


# Wikinews, "Elizabeth Warren endorses Joe Biden for US president" (2020, CC BY 2.5), shortened
WARREN = (
    "Former US presidential candidate Elizabeth Warren announced yesterday she was endorsing "
    "Joe Biden for president. The move came shortly after fellow former presidential candidate "
    "Bernie Sanders and former president Barack Obama announced their own support for Biden."
)


def test_known_names_a_surname_tagged_as_a_place_after_a_stance_preposition(
    extractor: Extractor,
) -> None:
    result = extractor.process(Document(id="d", text=WARREN, date="2020-04-16"))
    biden = [t for t in result.entities if t.name == "Joe Biden"]
    assert biden and "Biden" in biden[0].aliases
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}
    assert ("Bernie Sanders", "endorses", "Joe Biden") in edges
    assert ("Barack Obama", "endorses", "Joe Biden") in edges


@pytest.mark.parametrize(
    "text",
    [
        # a place preposition or "of": the place ("the state of Washington")
        "Booker T. Washington spoke. Volunteers from the state of Washington and Oregon "
        "backed the plan.",
        # no known politician's surname: no person however the text names one
        "Rocky Linux was founded by Gregory Kurtzer. Red Hat has always been a tremendous "
        "supporter of Linux and open source.",
    ],
)
def test_known_names_a_place_stays_a_place(extractor: Extractor, text: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}
    assert not any(o in ("Booker T. Washington", "Rocky Linux") for _, _, o in edges)
