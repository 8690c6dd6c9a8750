"""A candidate's campaign staff back the candidate (relations_campaign13.jsonl, word lists
`campaign_role_nouns` and `campaign_lead_verbs` in constructions.json): a campaign role named
beside a person ("Trump campaign chairman Paul Manafort", "Brad Parscale, Trump's campaign
manager", "a campaign manager for Donald Trump", "Mook was Clinton's campaign manager") or a
verb of running the campaign ("who managed Trump's campaign"); each with what it must not read."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_a_named_campaign_role_backs_the_candidate(extractor: Extractor) -> None:
    for text, pair in (
        ("Trump campaign chairman Paul Manafort resigned in August.", ("Paul Manafort", "Trump")),
        (
            "Donald Trump leads the polls. State Rep. Stephen Stepanek, the Trump campaign's New "
            "Hampshire co-chairman, said the billionaire is connecting with voters.",
            ("Stephen Stepanek", "Donald Trump"),
        ),
        (
            "Brad Parscale, Trump's campaign manager, said the rally was huge.",
            ("Brad Parscale", "Donald Trump"),
        ),
        (
            "Clinton's campaign manager, Robby Mook, told reporters the race was close.",
            ("Robby Mook", "Hillary Clinton"),
        ),
        (
            "Kellyanne Conway, a former campaign manager for Donald Trump, said the poll was "
            "wrong.",
            ("Kellyanne Conway", "Donald Trump"),
        ),
        ("Robby Mook was Hillary Clinton's campaign manager.", ("Robby Mook", "Hillary Clinton")),
        (
            "Corey Lewandowski, who managed Trump's campaign, said he was fired.",
            ("Corey Lewandowski", "Donald Trump"),
        ),
    ):
        subject, obj = pair
        found = edges(extractor, text)
        assert any(
            s == subject and r == "endorses" and o.endswith(obj.split()[-1]) for s, r, o in found
        ), (text, found)


def test_what_a_campaign_role_does_not_say(extractor: Extractor) -> None:
    # a party's campaign chief works for the party, no candidate
    text = "Alan Milburn, Labour's election campaign chief, said the Tories were wrong."
    assert not any(r == "endorses" for _, r, _ in edges(extractor, text))
    # a campaign role of no named candidate backs nobody
    text = "The campaign manager, Jim Smith, said the race was close."
    assert not edges(extractor, text)
    # the role is the named person's, not his list's
    text = (
        "Former Trump campaign chairman Paul Manafort and his associate Rick Gates have been "
        "indicted by a federal grand jury."
    )
    found = edges(extractor, text)
    assert ("Paul Manafort", "endorses", "Trump") in found
    assert not any(s == "Rick Gates" for s, _, _ in found)
    # a denied role is no stance
    text = "Paul Manafort was never Donald Trump's campaign manager, the lawyer said."
    assert ("Paul Manafort", "endorses", "Donald Trump") not in edges(extractor, text)
    assert ("Paul Manafort", "endorses", "Donald Trump", False) in flagged(extractor, text)
