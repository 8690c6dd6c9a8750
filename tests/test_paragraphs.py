"""Sentence boundaries: line breaks end sentences, a title abbreviation does not (real-style text
from allsides and Senate press releases)."""

from __future__ import annotations


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_paragraphs_line_breaks_end_sentences(nlp):
    text = "SENATORS URGE ACTION ON GUN LEGISLATION\nSen. Dianne Feinstein today urged the Senate."
    assert _sentences(nlp, text)[0] == "SENATORS URGE ACTION ON GUN LEGISLATION"


def test_paragraphs_paragraph_initial_title_keeps_its_name(nlp):
    # allsides: a photo credit, then a paragraph opening with "Sen." (the parser split after it)
    text = (
        "Zach Gibson/Getty Images\n\n"
        "Sen. Tim Scott (R-S.C.) said Moore should step aside.\n\n"
        "Updated at 12:30 p.m. ET\n\nRep. Jason Chaffetz pulled his endorsement."
    )
    assert _sentences(nlp, text) == [
        "Zach Gibson/Getty Images",
        "Sen. Tim Scott (R-S.C.) said Moore should step aside.",
        "Updated at 12:30 p.m. ET",
        "Rep. Jason Chaffetz pulled his endorsement.",
    ]


def test_paragraphs_abbreviation_at_a_line_end_still_ends_it(nlp):
    # a heading ending in "U.S." or a lone "Gov." on its line: the line break wins
    text = "CHAMBER RECEIVES NOMINATION FROM U.S.\nSen. David Vitter today sent a letter."
    assert _sentences(nlp, text)[1] == "Sen. David Vitter today sent a letter."
