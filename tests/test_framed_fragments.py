"""Quoted fragments framed by the narration (``framed_fragments.py``): the subject of the verb
that frames a few quoted words judging what a named actor owns or does criticizes that actor."""

from __future__ import annotations

import pytest
from rule_edges import positive_and_unasserted

from polkg.extract import Extractor
from polkg.model import Document

RULE = "criticize.quote.framed"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # a quoted judging adjective on the owner's deed, framed by a verb of complaint
        (
            'Donald Trump fired back at a rally in Portland, bemoaning Mitt Romney\'s "nasty" '
            "remarks.",
            ("Donald Trump", "Mitt Romney"),
        ),
        # a quoted noun phrase the owner owns, deep in a reported clause
        (
            'Bandy Lee said she is speaking out because of Donald Trump\'s "dangerousness."',
            ("Bandy Lee", "Donald Trump"),
        ),
        (
            "Jerrold Nadler announced an investigation into what he called Attorney General Bill "
            'Barr\'s "unacceptable politicization" of the Justice Department.',
            ("Jerrold Nadler", "Bill Barr"),
        ),
        # a quoted judging adjective on the name itself, however the parser hangs it
        (
            'Donald Trump spoke in Ohio. He said the "phony" and "nasty" Kamala Harris attacked '
            "Joe Biden during the debates.",
            ("Donald Trump", "Kamala Harris"),
        ),
    ],
)
def test_a_framed_fragment_judges_its_owner(
    extractor: Extractor, text: str, edge: tuple[str, str]
) -> None:
    speaker, target = edge
    asserted, _ = positive_and_unasserted(extractor, text)
    assert (speaker, "criticizes", target) in asserted


def framed(extractor: Extractor, text: str) -> set[tuple[str, str, bool]]:
    """The framed-fragment rule's (speaker, target, asserted) triples of ``text``."""
    result = extractor.process(Document(id="d", text=text))
    return {(a.subject, a.object, a.positive) for a in result.assertions if a.rule == RULE}


@pytest.mark.parametrize(
    "text",
    [
        # a scare quote without a judging word is no judgement
        'Ken Salazar spoke against President George W. Bush\'s "surge" plan for Iraq.',
        # a quoted label the owner coined is the owner's words, not the framer's
        'Donald Trump recalled Hillary Clinton\'s "basket of deplorables" speech at the rally.',
        # a positive word among the quoted words
        'Nancy Pelosi said she would never forget John McCain\'s "brave but reckless" stand.',
        # the quoted words negated
        'Nancy Pelosi said Donald Trump\'s "not unreasonable" demands were noted.',
        # the owner's own verb frames nothing: no one says the words here
        'The "reckless" Joe Biden attacked Kamala Harris.',
        # an adjective after its noun is a predicate (the characterizing verbs read it)
        'Donald Trump fired Rex Tillerson, whom he later called "dumb as a rock".',
        # a noun told as alleged
        'Robert Mueller said the evidence showed an alleged "corrupt intent" by Donald Trump.',
        # a long quotation is a statement, not a fragment the narration frames
        "Nancy Pelosi said Donald Trump's \"demands, which we have heard for many months now, "
        'are reckless" and left.',
    ],
)
def test_no_framed_judgement(extractor: Extractor, text: str) -> None:
    assert not framed(extractor, text)


def test_a_denied_framing_is_no_charge(extractor: Extractor) -> None:
    text = 'Mitch McConnell never bemoaned Barack Obama\'s "reckless" remarks.'
    assert framed(extractor, text) == {("Mitch McConnell", "Barack Obama", False)}
