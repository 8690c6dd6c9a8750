"""Argument mechanisms found on the directed-sentiment train split (single news sentences)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_directed_criticizing_someones_vote_criticizes_them(extractor: Extractor) -> None:
    text = (
        "Throughout his presidential campaign Donald Trump has relentlessly criticized "
        "Hillary Clinton's vote to authorize the Iraq War."
    )
    assert ("Donald Trump", "criticizes", "Hillary Clinton") in edges(extractor, text)


def test_directed_supporting_someones_plan_backs_them(extractor: Extractor) -> None:
    text = "NCPPR is supporting President Bush's plan to partially privatize Social Security."
    assert ("NCPPR", "endorses", "Bush") in edges(extractor, text)


def test_directed_critic_as_predicate_and_one_of(extractor: Extractor) -> None:
    text = (
        "Over the past several months, Elizabeth Warren has emerged as one of the most "
        "outspoken Trump critics."
    )
    assert ("Elizabeth Warren", "criticizes", "Trump") in edges(extractor, text)
    text = "Lindsey Graham has emerged as a Trump supporter."
    assert ("Lindsey Graham", "endorses", "Trump") in edges(extractor, text)


def test_directed_as_phrase_of_other_verbs_names_no_holder(extractor: Extractor) -> None:
    # the "as" phrase of "describe" says what the object is, not the subject
    text = "Mitch McConnell described Jeff Flake as one of the Trump critics."
    assert not any(s == "Mitch McConnell" and o == "Trump" for s, _, o in edges(extractor, text))


def test_directed_nationality_group_acting_is_an_actor(extractor: Extractor) -> None:
    # "The Saudis, of course, blame the Iranians" (train split): groups the model tags NORP
    text = "The Saudis, of course, blame the Iranians for the failed talks."
    assert ("Saudis", "criticizes", "Iranians") in edges(extractor, text)
    text = "Serbia, in turn, accused ethnic Albanians of laying mines along the railway tracks."
    assert ("Serbia", "criticizes", "Albanians") in edges(extractor, text)


def test_directed_counted_or_modifying_group_is_no_actor(extractor: Extractor) -> None:
    # some members of a group, or a group word modifying a noun, are not the group acting
    for text in (
        "Some Muslims criticized Donald Trump for the ban.",
        "Two Americans criticized Donald Trump for the ban.",
        "Muslim groups criticized Donald Trump for the ban.",
    ):
        assert not any(o == "Donald Trump" for _, _, o in edges(extractor, text)), text


def test_directed_capital_acting_is_its_country(extractor: Extractor) -> None:
    # a capital as subject or object stands for its country (patterns/capitals.json)
    text = "Washington has accused Moscow of meddling in the election."
    assert edges(extractor, text) == {("United States", "criticizes", "Russia")}
    text = (
        "The deal fell apart a few years later when the George W. Bush administration accused "
        "Pyongyang of a secret atomic arms program."
    )
    assert edges(extractor, text) == {("Bush administration", "criticizes", "North Korea")}


def test_directed_capital_as_a_place_is_no_actor(extractor: Extractor) -> None:
    for text in (
        "Thousands of protesters in Moscow criticized Putin.",
        "Moscow police criticized the protesters.",
    ):
        assert not any("Russia" in (s, o) for s, _, o in edges(extractor, text)), text


def test_directed_nationality_officials_are_their_government(extractor: Extractor) -> None:
    text = "Chinese officials criticized Japan for the visit."
    assert edges(extractor, text) == {("Chinese government", "criticizes", "Japan")}
    text = "U.S. officials blamed Russia for the hack."
    assert edges(extractor, text) == {("US government", "criticizes", "Russia")}
    # counted: some officials, not the government speaking
    assert edges(extractor, "Two Chinese officials criticized Japan for the visit.") == set()


def test_directed_known_surname_the_model_calls_a_place(extractor: Extractor) -> None:
    text = "Kasich, for his part, applauded Romney for his address."
    assert edges(extractor, text) == {("Kasich", "endorses", "Romney")}
    text = "Modi also praised Putin for his support."  # Phoenix's newer entries (no "_")
    assert edges(extractor, text) == {("Modi", "endorses", "Putin")}
