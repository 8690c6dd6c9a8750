"""Named caucuses: "congressional Republicans" is the Organization "Congressional Republicans"
(actors._caucus, patterns/groups.json ``caucus_modifiers``; GUIDELINES.md types "House Democrats"
so, gold/README.md "Party groups in Congress"); and an organisation's person the parser hung
inside the organisation's name ("Americans for Tax Reform's Grover Norquist", arguments.
_possessed_person).

The sentences are evidence sentences of the audit files (batches 9, 12, 16, 17), shortened.
"""

from __future__ import annotations

from rule_edges import types_and_edges as run

from polkg.extract import Extractor


def test_caucuses_congressional_party_plural_is_a_caucus(extractor: Extractor) -> None:
    text = "Trump also accused congressional Democrats of accepting socialism during the speech."
    types, edges = run(extractor, text)
    assert types["Congressional Democrats"] == "Organization"
    assert ("Trump", "criticizes", "Congressional Democrats") in edges
    text = (
        "Comey, a Republican, faced considerable criticism and scrutiny from congressional "
        "Republicans for declining to press charges against Clinton."
    )
    _, edges = run(extractor, text)
    assert ("Congressional Republicans", "criticizes", "Comey") in edges
    assert not any(s == "Republican Party" for s, _, _ in edges)


def test_caucuses_counted_or_narrowed_caucus_is_no_actor(extractor: Extractor) -> None:
    types, edges = run(extractor, "Two congressional Republicans criticized Trump.")
    assert "Congressional Republicans" not in types
    assert not edges  # some members: neither the caucus nor the party
    _, edges = run(extractor, "Moderate congressional Democrats criticized Nancy Pelosi.")
    assert not edges  # a wing of the caucus
    _, edges = run(extractor, "Republicans criticized Nancy Pelosi.")
    assert ("Republican Party", "criticizes", "Nancy Pelosi") in edges  # the party stays


def test_caucuses_organisations_person_is_the_subject(extractor: Extractor) -> None:
    text = (
        "Quite rightly, Americans for Tax Reform’s Grover Norquist is lashing out at "
        "congressional Republicans."
    )
    _, edges = run(extractor, text)
    assert ("Grover Norquist", "criticizes", "Congressional Republicans") in edges
    assert not any(s == "Americans for Tax Reform" for s, _, _ in edges)
    _, edges = run(extractor, "Americans for Tax Reform’s Grover Norquist lashed out at Paul Ryan.")
    assert ("Grover Norquist", "criticizes", "Paul Ryan") in edges
    assert ("Americans for Tax Reform", "criticizes", "Paul Ryan") not in edges
    _, edges = run(extractor, "The NAACP's Derrick Johnson criticized Trump.")  # parsed right
    assert ("Derrick Johnson", "criticizes", "Trump") in edges
