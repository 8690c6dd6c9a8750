"""A reported clause's or quotation's named subject judged by the quoted object of its verb
(``judged_objects.py``): "Sanders said Nadler had 'opened up a disgraceful and abusive
investigation'" is Sanders' criticism of Nadler. Real sentences of the readable fresh samples
(session 36's "no construction" stage), and the guards: a verb that counters, suffers, reports
or judges what its object names, a negated verb, an adjective that classifies, words the
narrator says without quotation marks."""

from __future__ import annotations

import pytest
from rule_edges import positive_and_unasserted

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # fresh-allsides (y4bJv4fMHm7yzRhQ): a judging adjective on the object
        (
            "In a statement on Monday evening, White House Press Secretary Sarah Huckabee "
            "Sanders said Jerrold Nadler had \u201copened up a disgraceful and abusive "
            "investigation into tired, false allegations already investigated by the special "
            "counsel and committees in both chambers of Congress.\u201d",
            ("Sarah Huckabee Sanders", "Jerrold Nadler"),
        ),
        # fresh30-allsides (ioQyXGjzReYGPu01): an offence noun, object of a preposition
        (
            "President Donald Trump tweeted in March that Andrew McCabe \u201cknew all about the "
            "lies and corruption going on at the highest levels of the FBI.\u201d",
            ("Donald Trump", "Andrew McCabe"),
        ),
        # fresh34-allsides (mRnar4on4cbxM0gW): the owner of the judged deed
        (
            "New York Republican Rep. Peter King, the former chairman of the House Homeland "
            "Security Committee, said Friday that Barack Obama's promise to overhaul parts of "
            "the NSA's programs amounted to a \"monumental failure in presidential wartime "
            'leadership and responsibility."',
            ("Peter King", "Barack Obama"),
        ),
    ],
)
def test_a_quoted_object_judges_the_subjects_deed(
    extractor: Extractor, text: str, edge: tuple[str, str]
) -> None:
    """The speaker criticizes the subject whose deed the quoted object judges."""
    assert (edge[0], "criticizes", edge[1]) in positive_and_unasserted(extractor, text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # the verb acts against, meets or reports what its object names
        'Senator Mitt Romney said Donald Trump had "fought the corrupt establishment."',
        'Senator Mitt Romney said Donald Trump had "inherited a disastrous economy."',
        '"Donald Trump exposed the disgraceful lies," Senator Mitt Romney said.',
        # weighing what an object names; a describing adjective (train tune-a, bbc_politics_141)
        'Tory leader Michael Howard said the police had said ID cards could "help them foil a '
        'terror bomb plot". He acknowledged there were "good libertarian arguments" against '
        'the cards, but said the shadow Cabinet had weighed up all the "conflicting interests" '
        "before reaching its decision.",
        # negated, or asked about in a condition
        'Senator Mitt Romney said Donald Trump had never "opened up a disgraceful investigation."',
        'If Donald Trump "opened up a disgraceful investigation," he should resign, Senator Mitt '
        "Romney said.",
        # a denied deed (BASIL, Weiner on Gennette Cordova)
        '"I just feel terrible for her," Anthony Weiner said. "Gennette Cordova has committed no '
        'crime except to follow me on Twitter."',
        # a classifying adjective; the narrator's own words
        'Senator Mitt Romney said William Barr opened "a criminal investigation."',
        "Senator Mitt Romney said William Barr had opened up a disgraceful investigation.",
    ],
)
def test_no_judged_deed(extractor: Extractor, text: str) -> None:
    asserted, _ = positive_and_unasserted(extractor, text)
    assert not any(rel == "criticizes" for _subject, rel, _object in asserted)
