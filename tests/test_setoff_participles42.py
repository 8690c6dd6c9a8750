"""Passive participles after a measure state their agents' stance
(``relations_participles42.jsonl``): a second participle conjoined to a first on the measure
("introduced by Senators Susan Collins and Patty Murray and backed by Cantwell") shares its
measure, and a reduced passive of backing or opposition ("broadly endorsed by Mr. Romney",
"opposed by the American Civil Liberties Union") is its agent's, on a bill named apart from
the participle. A label keeps naming its bill when a clause is set off by a comma after it, and that
clause's sponsors reach the bill (``descriptive_actors.labelled``, ``_add_labelled``).
Sentences of fresh39's Cantwell346 release and of unread allsides and BASIL articles,
shortened."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_labelled_bills_set_off_sponsors_and_backer_endorse_it(extractor: Extractor) -> None:
    text = (
        "The port security legislation, introduced by Senators Susan Collins (R-ME) and Patty "
        "Murray (D-WA) and backed by Cantwell, would establish minimum cargo container security "
        "standards."
    )
    found = edges(extractor, text)
    assert ("Susan Collins", "endorses", "port security legislation") in found
    assert ("Patty Murray", "endorses", "port security legislation") in found
    assert ("Cantwell", "endorses", "port security legislation") in found


def test_a_second_participle_on_a_named_bill_backs_it(extractor: Extractor) -> None:
    text = (
        "The Clean Water Act, introduced by Senator Susan Collins and co-sponsored by Senator "
        "Patty Murray, would set standards."
    )
    found = edges(extractor, text)
    assert ("Susan Collins", "endorses", "Clean Water Act") in found
    assert ("Patty Murray", "endorses", "Clean Water Act") in found


def test_a_reduced_passive_of_backing_or_opposition_is_the_agents_stance(
    extractor: Extractor,
) -> None:
    text = (
        "The House passed H.R. 1 last week. Democrats passed, as their first priority, a "
        "speech-restricting bill opposed by the American Civil Liberties Union."
    )
    assert ("American Civil Liberties Union", "opposes", "H.R. 1") in edges(extractor, text)
    text = (
        "The Obama campaign said that Mr. Ryan's budget plan \u2014 broadly endorsed by Mr. "
        "Romney \u2014 would end Medicare as we know it. Mitt Romney and Paul Ryan spoke on "
        "Tuesday."
    )
    found = edges(extractor, text)
    assert any(
        t[0] == "Mitt Romney" and t[1] == "endorses" and "budget plan" in t[2] for t in found
    )


def test_a_bill_its_own_participle_describes_is_no_bill_apart(extractor: Extractor) -> None:
    text = "Republicans hope to enact major legislation backed by President Donald Trump."
    assert not any(t[0] == "Donald Trump" for t in edges(extractor, text))


def test_a_measure_pushed_by_its_author_is_his(extractor: Extractor) -> None:
    text = (
        "The Johnson Amendment passed in 1954. An amendment, pushed by Lyndon Johnson, many "
        "years ago, threatens religious institutions with a loss of their tax-exempt status."
    )
    assert ("Lyndon Johnson", "endorses", "Johnson Amendment") in edges(extractor, text)


def test_a_company_backed_by_its_founder_is_money_not_a_stance(extractor: Extractor) -> None:
    text = (
        "SpaceX, backed by entrepreneur Elon Musk, is the first private company to send astronauts."
    )
    assert not any(t[1] == "endorses" for t in edges(extractor, text))


def test_a_participle_on_another_noun_reaches_no_bill(extractor: Extractor) -> None:
    # "backed by" hangs on "the ruling", not on the Clean Water Act the sentence names
    text = (
        "The ruling on the Clean Water Act, backed by the court's four conservatives, was "
        "issued on Monday."
    )
    assert not any(t[1] == "endorses" for t in edges(extractor, text))
