"""Session 14 (corpora14): agent nouns of a standing stance (relations_agents14.jsonl:
"a frequent Trump critic", "Trump's harshest critic", "one of the president's critics",
"Sanders' endorsee, Lucy Flores") and unnamed measures a text describes and then calls by their
bare head (described_references.py; "plans for ID cards" ... "the plans"), each with what it
must not read."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_a_critic_noun_criticizes_whom_it_names(extractor: Extractor) -> None:
    for text in (
        "Senator Ben Sasse of Nebraska, a frequent Trump critic, said the ruling was wrong.",
        "Romney, who is Trump's most outspoken Republican critic in the Senate, declined to "
        "comment.",
        "Jeff Flake, one of Trump's fiercest critics, spoke on Monday.",
    ):
        found = edges(extractor, text)
        assert any(r == "criticizes" and o.endswith("Trump") for _, r, o in found), (text, found)


def test_what_a_critic_noun_does_not_say(extractor: Extractor) -> None:
    # a newspaper's critic is its reviewer, not its opponent
    text = "Hank Stuever, the Washington Post's television critic, called the show unfunny."
    assert not any(o == "Washington Post" for _, _, o in edges(extractor, text))
    # a party compounded on the noun is the critic's own ("GOP critics"), no target
    text = "Republican critic Jeff Flake spoke on Monday."
    assert not any(r == "criticizes" for _, r, _ in edges(extractor, text))
    # a denied one is no stance
    text = "Jeff Flake was never a Trump critic, his aide said."
    assert not any(r == "criticizes" for _, r, _ in edges(extractor, text))


def test_an_endorsee_is_endorsed_by_the_possessor(extractor: Extractor) -> None:
    text = (
        "Bernie Sanders campaigned in Nevada. Sanders' highest-profile congressional endorsee, "
        "Nevada's Lucy Flores, lost her primary bid on Tuesday."
    )
    assert ("Bernie Sanders", "endorses", "Lucy Flores") in edges(extractor, text)
    text = "Bernie Sanders spoke. Lucy Flores, Sanders' endorsee, lost her primary on Tuesday."
    assert ("Bernie Sanders", "endorses", "Lucy Flores", True) in flagged(extractor, text)


def test_the_bare_head_refers_back_to_the_one_described_measure(extractor: Extractor) -> None:
    text = (
        "On Thursday, the House passed a resolution to establish procedural rules for the "
        "inquiry. Speaker Nancy Pelosi backed the resolution. Rep. Steve Scalise opposed the "
        "resolution."
    )
    found = edges(extractor, text)
    described = "a resolution to establish procedural rules for the inquiry"
    assert ("Nancy Pelosi", "endorses", described) in found
    assert ("Steve Scalise", "opposes", described) in found
    text = (
        "Home Secretary Charles Clarke set out plans for ID cards on Monday. The Liberal "
        "Democrats oppose the plans."
    )
    assert ("Liberal Democrats", "opposes", "plans for ID cards") in edges(extractor, text)


def test_what_a_bare_head_does_not_refer_to(extractor: Extractor) -> None:
    # another number, or another modifier, may be another measure
    text = (
        "The House passed a resolution to establish procedural rules. Rep. Steve Scalise "
        "opposed the Senate resolution. Rep. Jim Jordan criticized the resolutions."
    )
    assert not any(r in {"opposes", "criticizes"} for _, r, _ in edges(extractor, text))
    # two described plans: "the plans" could be either
    text = (
        "Labour set out plans for ID cards. The Tories set out plans for a border police. "
        "Charles Kennedy attacked the plans."
    )
    assert not any(s == "Charles Kennedy" for s, _, _ in edges(extractor, text))
    # a text naming its law: the bare head is the named one's (generic references)
    text = (
        "Ministers published plans for ID cards under the Identity Cards Act. Douglas Hogg "
        "said he opposed the plans."
    )
    assert not any(o.startswith("plans") for _, _, o in edges(extractor, text))
    # a party's plans stay the party's (criticism proxies)
    text = "Charles Kennedy attacked Tory plans for immigration quotas."
    assert ("Charles Kennedy", "criticizes", "Conservative Party") in edges(extractor, text)
