"""A quoted "he"/"she": the one other person of that gender its quotation's context names
(``polkg/extract/quoted_referents.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor
from polkg.extract.captions import is_caption_line
from polkg.extract.entities import find_entities

INTRO = "Mark Multrie spoke about Roy Moore on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted disparagement: the speaker is never "he" in his own quote
        (INTRO + '"He\'s a liar and a fraud," Multrie said.', ("Mark Multrie", "criticizes")),
        # quoted praise
        (
            INTRO + '"He is an outstanding and honest public servant," Multrie said.',
            ("Mark Multrie", "endorses"),
        ),
        # the speaker named in the introduction, the attribution before the quote
        (
            'Mark Multrie met Roy Moore. Multrie said: "He is a disgrace."',
            ("Mark Multrie", "criticizes"),
        ),
    ],
)
def test_quoted_pronoun_takes_the_other_person(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    speaker, relation = expected
    assert (speaker, relation, "Roy Moore", True) in flagged(extractor, text)


def test_the_nearest_person_of_that_gender(extractor: Extractor) -> None:
    text = (
        "Mary Multrie voted for Doug Jones, and she did not like Roy Moore. "
        '"He\'s a liar and a fraud," Multrie said.'
    )
    edges = flagged(extractor, text)
    assert ("Mary Multrie", "criticizes", "Roy Moore", True) in edges
    assert not {e for e in edges if e[1] == "criticizes" and e[2] == "Doug Jones"}


def test_a_first_person_subject_is_the_speaker(extractor: Extractor) -> None:
    text = 'Al Bright voted for Roy Moore. "I believe he is an outstanding man," Bright said.'
    assert ("Al Bright", "endorses", "Roy Moore", True) in flagged(extractor, text)


def test_the_other_gender_is_the_referent(extractor: Extractor) -> None:
    text = 'Nancy Pelosi met Roy Moore. "She is a disgrace," Moore said.'
    assert ("Roy Moore", "criticizes", "Nancy Pelosi", True) in flagged(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # two men besides the speaker: who is "he"?
        "Mark Multrie spoke about Roy Moore and Doug Jones on Tuesday. "
        '"He\'s a liar and a fraud," Multrie said.',
        # the speaker unknown: he may be the one person named
        INTRO + '"He\'s a liar and a fraud," an aide said.',
        # no woman in the context
        INTRO + '"She\'s a liar and a fraud," Multrie said.',
    ],
)
def test_no_referent_when_the_context_does_not_decide(extractor: Extractor, text: str) -> None:
    edges = flagged(extractor, text)
    assert not {e for e in edges if e[0] == "Mark Multrie" and e[2] in ("Roy Moore", "Doug Jones")}


def test_entity_layer_records_the_candidates(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(INTRO + '"He\'s a liar," Multrie said.')
    he = next(t for t in doc if t.text == "He")
    found = find_entities(doc).quoted_persons(he.i)
    assert found is not None
    assert sorted(r.name for r in found) == ["Mark Multrie", "Roy Moore"]


def test_a_denied_disparaging_modifier_is_no_criticism(extractor: Extractor) -> None:
    for denial in ('"I knew he was not a petty leader,"', "“I knew he wasn’t a petty leader,”"):
        text = f"Mary Landrieu met George Bush. {denial} she said."
        assert ("Mary Landrieu", "criticizes", "George Bush", True) not in flagged(extractor, text)
    said = 'Mark Multrie said: "Roy Moore is a weak leader."'
    assert ("Mark Multrie", "criticizes", "Roy Moore", True) in flagged(extractor, said)


def test_a_dash_signed_quotation_is_not_the_previous_speakers(extractor: Extractor) -> None:
    before = 'Judge Eleanor Ross said Brian Kemp posed "grave concerns."\n\n'
    signed = before + '"He is desperate and a liar." — Democratic nominee Stacey Abrams'
    assert not {e for e in flagged(extractor, signed) if e[0] == "Eleanor Ross"}
    unsigned = before + '"He is desperate and a liar."'
    assert ("Eleanor Ross", "criticizes", "Brian Kemp", True) in flagged(extractor, unsigned)


def test_a_caption_line_is_no_context(extractor: Extractor) -> None:
    # audit batch 8's one wrong edge of the quoted "he": a BBC media caption between the
    # narration and the quotation named the pictured Moore
    narration = "On Tuesday, Mr Trump also assailed Mr Moore's Democratic rival Doug Jones.\n\n"
    caption = (
        "Media playback is unsupported on your device Media caption Roy Moore: How Alabamans "
        "are defending the accused judge\n\n"
    )
    quote = "\"I've looked at his record, he's terrible on the border,\" Mr Trump said."
    text = "Donald Trump backed Roy Moore.\n\n" + narration + caption + quote
    edges = flagged(extractor, text)
    assert ("Donald Trump", "criticizes", "Roy Moore", True) not in edges
    assert ("Donald Trump", "criticizes", "Doug Jones", True) in edges


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Roy Moore pictured at a rally in Midland City, Ala. (Photo: Brynn Anderson, AP)", True),
        ("Enlarge this image toggle caption Alex Wong/Getty Images Alex Wong/Getty Images", True),
        ("Richard Burr. Chip Somodevilla/Getty Images", True),
        ("Image copyright AFP Image caption Jeff Sessions has been a frequent target", True),
        ("Mr Trump also assailed Mr Moore's Democratic rival Doug Jones.", False),
        ('"He is a disgrace," said Photo Editor Jane Smith of the Times.', False),
    ],
)
def test_caption_lines(line: str, caption: bool) -> None:
    assert is_caption_line(line) is caption


@pytest.mark.parametrize(
    ("quote", "relation"),
    [
        ('"I support him," Multrie said.', "endorses"),
        ('"I strongly criticize him," Multrie said.', "criticizes"),
        ('"I oppose his nomination," Multrie said.', "opposes"),
    ],
)
def test_object_and_possessive_pronouns_in_a_quotation(
    extractor: Extractor, quote: str, relation: str
) -> None:
    assert ("Mark Multrie", relation, "Roy Moore", True) in flagged(extractor, INTRO + quote)


def test_an_object_pronoun_of_the_other_gender(extractor: Extractor) -> None:
    text = 'Nancy Pelosi met Roy Moore. "I support her," Moore said.'
    assert ("Roy Moore", "endorses", "Nancy Pelosi", True) in flagged(extractor, text)


@pytest.mark.parametrize(
    "second",
    [
        '"He is a liar and a fraud."',  # the next paragraph, no attribution
        'Multrie added: "He is a liar and a fraud."',
    ],
)
def test_a_second_quotation_continues_the_same_referent(extractor: Extractor, second: str) -> None:
    # the first quotation judges nobody; the second's "He" is the first's, Moore
    text = INTRO + '"He\'s from Alabama," Multrie said.\n\n' + second
    assert ("Mark Multrie", "criticizes", "Roy Moore", True) in flagged(extractor, text)


def test_no_chain_from_a_quoted_pronoun_nobody_can_tell(extractor: Extractor) -> None:
    # the first "He" has two candidates besides the speaker: the second cannot be decided
    text = (
        "Mark Multrie spoke about Roy Moore and Doug Jones on Tuesday. "
        '"He\'s from Alabama," Multrie said.\n\n"He is a liar and a fraud."'
    )
    edges = flagged(extractor, text)
    assert not {e for e in edges if e[0] == "Mark Multrie" and e[1] == "criticizes"}


def test_a_person_of_unknown_gender_farther_back_ranks_after(extractor: Extractor) -> None:
    # session 27: "Kelly" may be "he" or "she", but James Comey is named nearer the pronoun
    text = (
        "Kelly Dunn praised the FBI on Tuesday. Donald Trump answered: "
        '"My firing of James Comey was a great day for America. He was a liar and a fraud."'
    )
    assert ("Donald Trump", "criticizes", "James Comey", True) in flagged(extractor, text)


def test_a_person_of_unknown_gender_nearer_decides_nothing(extractor: Extractor) -> None:
    text = (
        'James Comey met Kelly Dunn on Tuesday. Donald Trump answered: "He was a liar and a fraud."'
    )
    edges = flagged(extractor, text)
    named = ("James Comey", "Kelly Dunn")
    assert not {e for e in edges if e[0] == "Donald Trump" and e[2] in named}


def test_the_object_of_the_speakers_own_clause(extractor: Extractor) -> None:
    # session 27: the speaker's "I" is never the "he" after it, so the one person passed over is
    text = (
        "Donald Trump spoke on Tuesday. "
        '"I had to fire Michael Flynn because he lied to the FBI," Trump said.'
    )
    assert ("Donald Trump", "criticizes", "Michael Flynn", True) in flagged(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the object's clause has another subject, who may be "he"
        'Donald Trump spoke on Tuesday. "Mr. Comey fired Michael Flynn because he lied," '
        "Trump said.",
        # two persons passed over: who is "he"?
        'Donald Trump spoke on Tuesday. "I had to fire Michael Flynn and Mike Pence because '
        'he lied," Trump said.',
    ],
)
def test_no_object_referent_without_the_speakers_clause(extractor: Extractor, text: str) -> None:
    edges = flagged(extractor, text)
    assert ("Donald Trump", "criticizes", "Michael Flynn", True) not in edges


@pytest.mark.parametrize(
    "text",
    [
        'Mark Multrie wrote about Roy Moore on Twitter. "He is a disgrace," Multrie said.',
        'Mark Multrie spoke about Roy Moore on Twitter on Tuesday. "He should step aside," '
        "Multrie said.",
    ],
)
def test_a_platform_tagged_as_a_person_voids_no_context(extractor: Extractor, text: str) -> None:
    # the parser tags "Twitter" PERSON; the name finder never takes it for a name (junk_names),
    # so it is no person the context names unresolved (session 32: "Twitter war" and "told
    # reporters on Twitter" had voided Warren's and Kasich's quoted "he")
    assert ("Mark Multrie", "criticizes", "Roy Moore", True) in flagged(extractor, text)
