"""Names of a list the parser hung on another name's party-state tag or home state are list
members too (session 33, docs/group-members.md "Session 33", ``tagged_lists.py``). The vote
list is fresh31 allsides 910vr's (its object, named in the sentence before, written in); the
tagged lists are in the allsides style ("Sen. X, R-Maine,")."""

from __future__ import annotations

from collections.abc import Callable

from rule_edges import edges
from spacy.tokens import Token

from polkg.extract import Extractor
from polkg.extract.nlp import load_nlp
from polkg.extract.tagged_lists import party_state_tag, tagged_list_names
from polkg.model import EntityRecord

WRAY_VOTE = (
    "Democratic Sens. Kirsten Gillibrand of New York, Ed Markey of Massachusetts, Jeff Merkley "
    "of Oregon, Elizabeth Warren of Massachusetts, and Ron Wyden of Oregon voted against "
    "Christopher Wray."
)


def test_a_name_hung_on_the_home_state_before_it_is_a_list_member(extractor: Extractor) -> None:
    # the parser hangs "Elizabeth Warren" as an apposition of "Oregon"
    found = edges(extractor, WRAY_VOTE)
    for senator in (
        "Kirsten Gillibrand",
        "Ed Markey",
        "Jeff Merkley",
        "Elizabeth Warren",
        "Ron Wyden",
    ):
        assert (senator, "opposes", "Christopher Wray") in found


def test_names_hung_on_a_party_state_tag_are_list_members(extractor: Extractor) -> None:
    # "Lisa Murkowski" a conjunct of "Maine", "Bernie Sanders" of "Calif."
    text = (
        "Sens. Susan Collins, R-Maine, Lisa Murkowski, R-Alaska, and Joe Manchin, D-W.Va., "
        "voted against Brett Kavanaugh. Donald Trump attacked Sens. Kamala Harris, D-Calif., "
        "Cory Booker, D-N.J., and Bernie Sanders, I-Vt., on Twitter."
    )
    found = edges(extractor, text)
    for senator in ("Susan Collins", "Lisa Murkowski", "Joe Manchin"):
        assert (senator, "opposes", "Brett Kavanaugh") in found
    for senator in ("Kamala Harris", "Cory Booker", "Bernie Sanders"):
        assert ("Donald Trump", "criticizes", senator) in found


def test_a_tag_needs_its_party_letter() -> None:
    doc = load_nlp()("Sens. Susan Collins, R-Maine, and Angus King, Maine, met.")
    tags = [t for t in doc if t.text == "Maine"]
    assert party_state_tag(tags[0])
    assert not party_state_tag(tags[1])


def test_only_a_name_of_the_members_type_is_read() -> None:
    # "Warren" hangs on "Oregon" of "Jeff Merkley of Oregon"; typed an organisation, no member
    doc = load_nlp()(WRAY_VOTE)
    merkley = next(t for t in doc if t.text == "Merkley")

    def typed(warren_type: str) -> Callable[[Token], EntityRecord | None]:
        def entity(tok: Token) -> EntityRecord | None:
            if tok.ent_type_ != "PERSON" or tok.dep_ == "compound":
                return None
            kind = warren_type if tok.text == "Warren" else "Person"
            return EntityRecord(name=tok.text, type=kind)

        return entity

    assert "Warren" in [t.text for t in tagged_list_names([merkley], typed("Person"))]
    assert "Warren" not in [t.text for t in tagged_list_names([merkley], typed("Organization"))]
