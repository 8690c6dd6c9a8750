"""Judgements about a named actor, quoted or reported ("X said Y is dishonest")."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor


def test_judgements_reported_speech(extractor: Extractor) -> None:
    text = "Tory leader Michael Howard said Tony Blair was wrong about the war."
    assert flagged(extractor, text) == {("Michael Howard", "criticizes", "Tony Blair", True)}
    text = "Michael Howard did not say Tony Blair was wrong about the war."
    assert flagged(extractor, text) == {("Michael Howard", "criticizes", "Tony Blair", False)}
    assert flagged(extractor, "Michael Howard said Tony Blair was right about the war.") == set()


def test_judgements_quoted_words_from_unseen_news(extractor: Extractor) -> None:
    text = (
        '"The allegations against Roy Moore are deeply disturbing and disqualifying," '
        "John McCain said."
    )
    assert flagged(extractor, text) == {("John McCain", "criticizes", "Roy Moore", True)}


# Sentences in the style of the allsides and BBC corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'New Hampshire GOP chairwoman Jennifer Horn called Trump\'s position "un-Republican."',
            {("Jennifer Horn", "criticizes", "Trump", True)},
        ),
        (
            "That list includes the state's governor, Gary Herbert, who called Donald Trump's "
            'hot mic video "despicable".',
            {("Gary Herbert", "criticizes", "Donald Trump", True)},
        ),
        (
            'Steve Bannon painted Luther Strange as a creature of the Washington "swamp."',
            {("Steve Bannon", "criticizes", "Luther Strange", True)},
        ),
        # a positive word in the description: irony is not read
        (
            'Tory Shadow Chancellor Oliver Letwin called Labour "a brilliant machine for '
            'talking about things".',
            set(),
        ),
        ('Donald Trump described Jeff Sessions as "my friend".', set()),
    ],
)
def test_judgements_characterizing_verb_with_negative_description(
    extractor: Extractor, text: str, expected: set
) -> None:
    assert flagged(extractor, text) == expected


def test_judgements_quote_inside_a_sentence_keeps_no_earlier_speaker(
    extractor: Extractor,
) -> None:
    # the voters said it, not the speaker of the quotation before
    text = (
        '"We will win this race," Donald Trump said. '
        'Some voters at the rally say that "Ted Cruz is a liar."'
    )
    assert flagged(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judged subject is a list: each named member is judged
        (
            '"Check out how biased Facebook, Google and Twitter are in favour of the '
            'Democrats," President Donald Trump wrote.',
            ("Donald Trump", "criticizes", "Google", True),
        ),
        # a light verb with a disparaging object judges its subject
        (
            '"Mr. Trump is doing the party and our country a great disservice," said Sen. '
            "Lindsey Graham.",
            ("Lindsey Graham", "criticizes", "Trump", True),
        ),
        # a disparaging adjective on what an actor says or does judges the actor
        (
            "\"As a conservative, Donald Trump's bad idea and rhetoric send a shiver down my "
            'spine," South Carolina GOP chairman Matt Moore tweeted.',
            ("Matt Moore", "criticizes", "Donald Trump", True),
        ),
    ],
)
def test_judgements_quoted_judgement_shapes(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in flagged(extractor, text)


def test_judgements_he_wrote_after_a_sentence_about_the_president(extractor: Extractor) -> None:
    text = (
        "US President Donald Trump has attacked the Russia inquiry. The president later "
        'tweeted that Mr Mueller and his team were destroying people.\n\n"Check out how '
        'biased Google is in favour of the Democrats," he wrote.'
    )
    found = flagged(extractor, text)
    assert ("Donald Trump", "criticizes", "Google", True) in found
    assert not any(s == "Robert Mueller" or s == "Mueller" for s, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object predicate after a named or pronoun object (allsides: 'labeled him
        # "beleaguered" in July')
        (
            "Donald Trump met Jeff Sessions on Monday. "
            'In July, Donald Trump labeled Jeff Sessions "beleaguered".',
            {("Donald Trump", "criticizes", "Jeff Sessions", True)},
        ),
        # the describing noun the parser hangs on the verb as a second object
        (
            "Donald Trump met Jeff Sessions on Monday. "
            "Donald Trump branded Jeff Sessions a disgrace.",
            {("Donald Trump", "criticizes", "Jeff Sessions", True)},
        ),
        # a negated description judges nothing
        (
            "Donald Trump met Jeff Sessions on Monday. "
            'Donald Trump called Jeff Sessions "not weak".',
            set(),
        ),
        # a common noun described is no actor: no edge to whoever did it
        (
            "Donald Trump met Jeff Sessions on Monday. Jeff Sessions called the shooting a "
            "disgrace.",
            set(),
        ),
    ],
)
def test_judgements_object_predicates(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a virtue of the subject denied, quoted or reported (allsides: '"He's not a truthful
        # man," Multrie said')
        (
            'Mary Multrie met Roy Moore in 1977. "Roy Moore is not a truthful man," Multrie said.',
            {("Mary Multrie", "criticizes", "Roy Moore", True)},
        ),
        (
            "Mary Multrie met Roy Moore in 1977. Multrie said Roy Moore was not fit to serve.",
            {("Mary Multrie", "criticizes", "Roy Moore", True)},
        ),
        # mood and will are no virtues; "not only" denies nothing; a second negation leaves
        # the reading open
        (
            'Mary Multrie met Roy Moore in 1977. "Roy Moore is not willing to talk," Multrie said.',
            set(),
        ),
        (
            "Mary Multrie met Roy Moore in 1977. "
            '"Roy Moore is not only honest but brave," Multrie said.',
            set(),
        ),
        (
            "Mary Multrie met Roy Moore in 1977. "
            '"I never said Roy Moore is not honest," Multrie said.',
            set(),
        ),
        # a negation in an earlier sentence of the quotation is a statement of its own
        # (fresh29 allsides, Jane Ginsberg on Hillary Clinton)
        (
            "Mary Multrie met Roy Moore in 1977. "
            '"I just don\'t trust Roy Moore. Roy Moore is not honest," Multrie said.',
            {("Mary Multrie", "criticizes", "Roy Moore", True)},
        ),
    ],
)
def test_judgements_denied_virtue(extractor: Extractor, text: str, expected: set) -> None:
    assert {e for e in flagged(extractor, text) if e[3]} == expected


# Judgements of a bill: quoted about "this bill" (the document's one named bill) or by a
# describing verb (sentences written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Senate will vote on the National Uniformity for Food Act next week. "
            '"This bill is a disgrace," Sen. Dianne Feinstein said.',
            {("Dianne Feinstein", "criticizes", "National Uniformity for Food Act", True)},
        ),
        (
            "The Senate will vote on the National Uniformity for Food Act next week. "
            '"This bill is not a disgrace," Sen. Dianne Feinstein said.',
            {("Dianne Feinstein", "criticizes", "National Uniformity for Food Act", False)},
        ),
        # bare "ministers" in a British text are the government (actors.py)
        (
            "Ministers defended the Prevention of Terrorism Bill on Monday. Tory spokesman "
            'David Davis branded the bill "deeply flawed".',
            {
                ("David Davis", "criticizes", "Prevention of Terrorism Bill", True),
                ("UK government", "endorses", "Prevention of Terrorism Bill", True),
            },
        ),
        # "a divisive measure" says what impeachment is; it refers to no bill
        (
            "The House passed the Clean Water Act on Monday. "
            '"Impeachment is a very divisive measure," Nancy Pelosi said.',
            set(),
        ),
    ],
)
def test_judgements_of_a_bill(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


# A charge made with a speech verb that is a hedge verb elsewhere ("claim", "allege",
# "suggest"): the speaker made it, whatever the text thinks of its truth; a modal on the speech
# verb, or a prediction, still hedges it (fresh29-allsides: Harris "openly suggested Kavanaugh
# was lying"; the other sentences written for these tests).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamala Harris openly suggested Brett Kavanaugh was lying and hiding ties to the "
            "lobby.",
            {("Kamala Harris", "criticizes", "Brett Kavanaugh", True)},
        ),
        (
            "Senator Richard Blumenthal claimed that William Barr had misled Congress.",
            {("Richard Blumenthal", "criticizes", "William Barr", True)},
        ),
        (
            '"William Barr misled Congress," Senator Richard Blumenthal alleged.',
            {("Richard Blumenthal", "criticizes", "William Barr", True)},
        ),
        (
            "Senator Richard Blumenthal may claim that William Barr misled Congress.",
            {("Richard Blumenthal", "criticizes", "William Barr", False)},
        ),
        (
            "Senator Richard Blumenthal predicted that William Barr would mislead Congress.",
            {("Richard Blumenthal", "criticizes", "William Barr", False)},
        ),
        # the charge is inside what the clause's subject knew: the claim is about Trump (BASIL,
        # audit-15: judged wrong when asserted)
        (
            "Donald Trump fired Michael Flynn in February. Trump and his lawyer, John Dowd, now "
            "claim that the president already knew about Flynn lying to the FBI.",
            {
                ("Donald Trump", "criticizes", "Michael Flynn", False),
                ("John Dowd", "criticizes", "Michael Flynn", False),
            },
        ),
    ],
)
def test_judgements_charged_by_a_hedging_speech_verb(
    extractor: Extractor, text: str, expected: set
) -> None:
    assert flagged(extractor, text) == expected


# The judging word is the statement itself, no cue on it: "failure" negates a relation noun's
# stance ("their failure to back X") but is the charge in "X was a failure" (written sentences;
# main read both as negated).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker John Boehner said Barack Obama was a total failure.",
            {("John Boehner", "criticizes", "Barack Obama", True)},
        ),
        (
            '"Barack Obama is a failure," Speaker John Boehner said.',
            {("John Boehner", "criticizes", "Barack Obama", True)},
        ),
        (
            '"Barack Obama is not a failure," Speaker John Boehner said.',
            {("John Boehner", "criticizes", "Barack Obama", False)},
        ),
    ],
)
def test_judgements_a_failure_is_the_charge(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected
