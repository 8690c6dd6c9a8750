"""Judgement words and phrases derived from BASIL (quote_judgements.py), as quotations use them."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor
from polkg.extract.lexicon import words
from polkg.extract.quote_judgements import judging_phrase


def test_quote_judgements_data_keeps_its_evidence() -> None:
    data = words("quote_judgements")
    assert "beyond the pale" in data["negative"] and "henchmen" in data["negative"]
    # every entry carries the counts it was kept on, and none is a reviewed exclusion
    assert set(data["negative"]) == set(data["_support"])
    assert not {"slammed", "scheme", "hostage"} & set(data["negative"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase as the complement of a copula, in a quotation
        (
            '"Donald Trump\'s conduct is beyond the pale," Senator John McCain said.',
            {("John McCain", "criticizes", "Donald Trump", True)},
        ),
        (
            '"Ted Cruz is a false prophet," Senator Lindsey Graham said.',
            {("Lindsey Graham", "criticizes", "Ted Cruz", True)},
        ),
        # a word no hand list or VADER rates
        (
            '"Mike Pence is complicit," Senator Chuck Schumer said.',
            {("Chuck Schumer", "criticizes", "Mike Pence", True)},
        ),
        # an idiom of the lexicon ("going to hell", read in lemmas) as what the actor is told
        # to do: an insult, not a demand
        (
            '"You know how you make America great again? Tell Donald Trump to go to hell," '
            'South Carolina Sen. Lindsey Graham said on CNN\'s "New Day" on Tuesday.',
            {("Lindsey Graham", "criticizes", "Donald Trump", True)},
        ),
        # a characterizing verb's description
        (
            "Senator Bob Corker called Donald Trump a demagogue.",
            {("Bob Corker", "criticizes", "Donald Trump", True)},
        ),
    ],
)
def test_quote_judgements_fire(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


def test_quote_judgements_not_when_denied_or_absent(extractor: Extractor) -> None:
    denied = '"Hillary Clinton is not beyond the pale," Senator Tim Kaine said.'
    assert ("Tim Kaine", "criticizes", "Hillary Clinton", True) not in flagged(extractor, denied)
    told = '"Donald Trump will not go to hell," Senator Lindsey Graham said.'
    assert ("Lindsey Graham", "criticizes", "Donald Trump", True) not in flagged(extractor, told)
    # the phrase must be the actor's own verb phrase, not a clause it governs
    other = '"Barack Obama said they were going to hell," Senator Lindsey Graham said.'
    assert ("Lindsey Graham", "criticizes", "Barack Obama", True) not in flagged(extractor, other)
    # a phrase inside another actor's deed judges that actor's deed, not the clause's subject
    owner = (
        '"Speedy passage of this bill is only the first step the Senate must take to deal with '
        "the Administration's dangerous power grab,\" Senator Harry Reid said."
    )
    assert ("Harry Reid", "criticizes", "Senate", True) not in flagged(extractor, owner)
    # "pale" alone is no judgement
    assert flagged(extractor, '"Hillary Clinton looked pale," Senator Tim Kaine said.') == set()


def test_judging_phrase_reads_the_source_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("It was a cover-up by Lyin' Ted and his henchmen.")
    found = judging_phrase(list(doc))
    assert found is not None and found.text == "cover"
    assert judging_phrase(list(doc[5:])).text.startswith("Lyin")
    assert judging_phrase(list(nlp("a pale imitation of the original"))) is None
