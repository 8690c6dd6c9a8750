"""A challenge "over", "on" or "about" a matter is a dispute, no contest, in the passive as in the
active (``oppose.verb.oppose_passive``'s unless, as ``oppose.verb.challenge``'s): audit batch 7's
campaign mailer, written anew, and the primary challenge that stays."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_challenge_over_a_matter_is_no_contest(extractor: Extractor):
    text = (
        "The Romney campaign was challenged by Iowa Secretary of State Paul Pate over a flyer "
        "sent to voters before the caucus."
    )
    assert not {e for e in edges(extractor, text) if e[1] == "opposes"}


def test_a_primary_challenge_stays(extractor: Extractor):
    text = "Senator Jane Doe was challenged by Tom Smith in the Republican primary last year."
    assert ("Tom Smith", "opposes", "Jane Doe") in edges(extractor, text)
