"""UK peers named by rank and surname (polkg/extract/peers.py, docs/precision.md "Session 33"):
sentences of BBC politics articles the gold annotates (fresh28, fresh32, recall samples)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _persons(extractor: Extractor, text: str) -> dict[str, list[str]]:
    result = extractor.process(Document(id="t", text=text))
    return {e.name: e.aliases for e in result.entities if e.type == "Person"}


def test_a_peer_is_named_by_rank_and_surname(extractor: Extractor) -> None:
    text = (
        "Former Labour MP Lord Janner, who is a high profile member of Britain's Jewish "
        "community, branded Harry's action's \"stupid and evil\"."
    )
    persons = _persons(extractor, text)
    assert "Lord Janner" in persons
    assert "Janner" in persons["Lord Janner"]  # the bare surname stays an alias


def test_a_peer_the_model_tags_otherwise_is_a_person(extractor: Extractor) -> None:
    # the model: "Scotland" a place, "Tebbit" an organisation, "Moynihan" inside a PERSON
    # span with the rank (so nothing before)
    text = (
        "Tory peer Lord Tebbit said he agreed with Dr Fox's view. Baroness Scotland said the "
        "review would report next year. Shadow sports minister Lord Moynihan said the policy "
        "would empower local clubs and create a lasting legacy."
    )
    persons = _persons(extractor, text)
    assert {"Lord Tebbit", "Baroness Scotland", "Lord Moynihan"} <= set(persons)


def test_territorial_designation_and_full_names(extractor: Extractor) -> None:
    text = (
        "Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were "
        "involved. Former Labour leader Neil Kinnock attacked Michael Howard. Lord Kinnock "
        "said the Tories had no policy."
    )
    persons = _persons(extractor, text)
    assert "Lord Roberts of Conwy" in persons
    # a full name in the text stays the name, the rank an alias
    assert "Lord Kinnock" in persons["Neil Kinnock"]
    assert "Lord Kinnock" not in persons


def test_offices_after_lord_are_no_peers(extractor: Extractor) -> None:
    text = (
        "The Lord Chancellor criticised Michael Howard. The Lord Mayor of London praised Ken "
        "Livingstone."
    )
    persons = _persons(extractor, text)
    assert not any(name.startswith("Lord") for name in persons)


def test_a_peer_edge(extractor: Extractor) -> None:
    text = (
        "Labour peer Lord Dubs' Succession to the Crown Bill aims to end the right of male "
        "heirs to succeed to the crown. Lord Dubs agreed to withdraw his bill after its second "
        "reading in the House of Lords."
    )
    assert ("Lord Dubs", "endorses", "Succession to the Crown Bill") in edges(extractor, text)
