"""Mechanisms behind the wrong edges of audit batch 13 (gold/README.md, "Batch 13"; BASIL's
Fox News, New York Times and HuffPost articles), on small texts written for them: a connective
glued to a name, a list member's title spread over the list, an absolute "with" clause as the
subject, a poll's standing read as a race, a false belief's content, an idiom, a subgroup read as
the party, a creed read as an actor, the next clause glued to a described plan. Each wrong reading
makes no edge (or another, right one); its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges
from spacy.tokens import Span

from polkg.extract import Extractor
from polkg.extract.mentions import DocState, NameFinder


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Plus Obama is nominating a new director.", "Obama"),
        ("Meanwhile Pelosi is asking for a vote.", "Pelosi"),
        ("Will Hurd is asking for a vote.", "Will Hurd"),  # a given name stays
    ],
)
def test_a_connective_the_model_glued_on_is_no_part_of_the_name(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # the model's reading of the two words
    found = NameFinder(DocState(doc, None)).collect_full_names()
    assert [doc[s:e].text for s, e in found] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title set before one listed name is that person's alone
        (
            "Packages were mailed to public figures critical of Trump, including former "
            "President Barack Obama, former President Bill Clinton, Trump\u2019s 2016 presidential "
            "opponent Hillary Clinton and actor Robert De Niro.",
            {("Hillary Clinton", "opposes", "Trump")},
        ),
        # an absolute "with" clause gives the main clause no subject
        (
            "Paul Ryan debated on Thursday. With the moderator, ABC News' Martha Raddatz, "
            "opening the debate with a question about the Libya strike, Ryan criticized the "
            "Obama administration for waiting more than a week.",
            {("Paul Ryan", "criticizes", "Obama administration")},
        ),
        # a race result a poll forecasts is a standing, not a race ...
        (
            "Former Senator Scott Brown is weighing a run. Polls show him beating "
            "Representative Edward J. Markey, the only Democrat who has declared his candidacy.",
            set(),
        ),
        (
            "According to HuffPost Pollster, Mike Huckabee falls behind a few other GOP "
            "candidates, trailing Sen. Rand Paul, but slightly edging out former neurosurgeon "
            "Ben Carson.",
            set(),
        ),
        # ... while the race itself is one
        (
            "Democrat Doug Jones defeated Republican Roy Moore in a special Senate election.",
            {("Doug Jones", "opposes", "Roy Moore")},
        ),
        # what one mistakenly believes is not asserted, in either verb of the believed clause
        (
            "Governor Paul LePage was upset because he mistakenly believed state Rep. Drew "
            "Gattine heard those remarks and called him a racist.",
            set(),
        ),
        (
            # (a fact the governor notes; what he only says of Gattine is his claim:
            # reported_claims.py, test_precision_batch14.py)
            "Governor Paul LePage noted that state Rep. Drew Gattine heard those remarks and "
            "called him a racist.",
            {("Drew Gattine", "criticizes", "Paul LePage")},
        ),
        # "backing off" is a retreat, not backing; telling voters not to back someone criticizes
        (
            "President Barack Obama spoke on Tuesday. Then White House spokesman Bill Burton "
            'said Obama was not "backing off" his original remarks.',
            set(),
        ),
        (
            "Senator John McCain said voters should not back Donald Trump.",
            {("John McCain", "criticizes", "Donald Trump")},
        ),
        # "those Democrats" are the ones the sentence spoke of, not the party
        (
            "Former Senator Byron Dorgan said of his conservative-state brethren, \u201cWhile "
            "those Democrats do strongly support DACA, they would prefer to discuss other "
            "issues.\u201d",
            set(),
        ),
        (
            "Democrats strongly support DACA.",
            {("Democratic Party", "endorses", "DACA")},
        ),
        # a creed is no actor
        ("Mike Huckabee warns that radical Islam is a grave threat to the United States.", set()),
        # a described plan ends before the next clause of the verb that governs it
        (
            "Mike Huckabee is a defender of entitlement programs, opposing plans to raise the "
            "retirement age for collecting Social Security and criticizing plans to curtail "
            "Medicare.",
            {
                (
                    "Mike Huckabee",
                    "opposes",
                    "plans to raise the retirement age for collecting Social Security",
                )
            },
        ),
    ],
)
def test_batch13_mechanisms(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Congress-qualified party group is a group of its own (session 14 decision), not the
        # party: the named caucus (session 22, actors._caucus); the party itself is
        (
            "Trump also accused congressional Democrats of accepting socialism.",
            {("Trump", "criticizes", "Congressional Democrats")},
        ),
        (
            "Trump also accused Democrats of accepting socialism.",
            {("Trump", "criticizes", "Democratic Party")},
        ),
        # of two subjects the parser gave one verb, the nearer one's; a stray hyphen is none
        (
            "Over the past 48 hours, two former presidential candidates \u2014 Sens. Kamala "
            "Harris (D-Calif.) and Cory Booker (D-N.J.) \u2014 have endorsed Joe Biden.",
            {("Kamala Harris", "endorses", "Joe Biden"), ("Cory Booker", "endorses", "Joe Biden")},
        ),
    ],
)
def test_groups_and_subjects(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the measure" right after a bill a proper noun names is that bill, not the text's law
        (
            "Democrats want to protect the Deferred Action for Childhood Arrivals program, known "
            "as DACA.\n\n\u201cI asked him to sign on to Dream bill,\u201d said Mr. Luis "
            "Guti\u00e9rrez. (Rep. Daniel Lipinski opposed the measure in 2010 but has said that "
            "he would support it.)",
            set(),
        ),
        (
            "Democrats want to protect the Deferred Action for Childhood Arrivals program, known "
            "as DACA.\n\nRep. Daniel Lipinski opposed the measure in 2010 but has said that he "
            "would support it.",
            {("Daniel Lipinski", "opposes", "Deferred Action for Childhood Arrivals")},
        ),
    ],
)
def test_a_bill_named_by_a_proper_noun_is_a_nearer_rival(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected
