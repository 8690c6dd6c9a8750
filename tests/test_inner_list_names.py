"""Names of a list the parser hung on a word inside the first name of several words are list
members too (session 37, ``tagged_lists.inner_list_names``): fresh36 senate_press Feingold205's
list of endorsing organisations, in short sentences of the release's style."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

ENDORSERS = (
    "the Council for Excellence in Government, the Sierra Club and the American Society of "
    "Criminology"
)


def test_names_hung_on_a_word_inside_the_first_name_are_list_members(
    extractor: Extractor,
) -> None:
    # "Club" and "Society" are conjuncts of "Government", not of the head "Council"
    for text in (
        f"The PRECAUTION Act has received endorsements from {ENDORSERS}.",
        f"The PRECAUTION Act is supported by {ENDORSERS}.",
    ):
        found = edges(extractor, text)
        for endorser in (
            "Council for Excellence in Government",
            "Sierra Club",
            "American Society of Criminology",
        ):
            assert (endorser, "endorses", "PRECAUTION Act") in found


def test_a_name_coordinated_inside_itself_lists_nobody_else(extractor: Extractor) -> None:
    # "Health and Human Services" is one name: its inner conjunct is the same entity
    text = "The Department of Health and Human Services opposed the PRECAUTION Act."
    assert edges(extractor, text) == {
        ("Department of Health and Human Services", "opposes", "PRECAUTION Act")
    }
