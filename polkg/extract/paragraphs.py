"""A sentence never crosses a line break: headlines, captions and paragraphs end sentences.

Cleaned articles keep their paragraph structure as newlines, but the statistical parser happily
runs a headline without final punctuation into the first sentence of the body, which both garbles
the parse and makes evidence sentences span two paragraphs. This component, placed before the
parser, marks the token after a newline as a sentence start; the parser keeps preset boundaries.
It also marks the capitalized word after a title abbreviation on the same line as no sentence
start: the parser split a paragraph-initial "Sen." from "Tim Scott" ("Sen. | Tim Scott (R-S.C.)
said ..."), which cost the sentence its subject's title (``patterns/sentence_abbreviations.json``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets

COMPONENT = "polkg_line_breaks"


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after a whitespace token holding a newline, and
    unset it on a name after a title abbreviation on the same line."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
        elif _continues(tok, doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = False
    return doc


def _continues(tok: Token, nxt: Token) -> bool:
    """Whether ``nxt`` continues the sentence of the abbreviation ``tok`` ("Sen." + "Tim")."""
    lists = word_sets("sentence_abbreviations")
    if tok.lower_ in lists["before_names"]:
        return nxt.is_alpha and nxt.text[:1].isupper()
    return tok.lower_ in lists["time"] and nxt.lower_ in lists["time_zones"]


def add_line_breaks(nlp: Language) -> Language:
    """Add the component before the parser, once."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before)
    return nlp
