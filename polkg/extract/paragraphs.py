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

import functools

import numpy
from spacy.attrs import IS_SPACE, LOWER, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from polkg.extract.lexicon import word_sets

COMPONENT = "polkg_line_breaks"


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after a whitespace token holding a newline, and
    unset it on a name after a title abbreviation on the same line.

    The tokens' flags and lower-case forms are read from the document's array, and a ``Token``
    is made only for the few tokens a test needs (speed: a walk over every ``Token`` was most of
    this component's time). A token's trailing whitespace is one space or nothing, never a
    newline: a newline is a whitespace token of its own."""
    before_names, times, zones = _abbreviation_ids()
    rows = doc.to_array([IS_SPACE, LOWER]).reshape(-1, 2)[:-1]  # each token before another
    candidates = numpy.flatnonzero(
        (rows[:, 0] != 0)
        | numpy.isin(rows[:, 1], _ID_ARRAYS[0])
        | numpy.isin(rows[:, 1], _ID_ARRAYS[1])
    )
    starts: dict[int, int] = {}  # token -> its new ``sent_start``: 1 starts, -1 continues
    for i in candidates.tolist():
        tok, nxt = doc[i], doc[i + 1]
        if tok.is_space:
            if "\n" in tok.text:
                starts[i + 1] = 1
        elif tok.lower in before_names:
            if nxt.is_alpha and nxt.text[:1].isupper():
                starts[i + 1] = -1
        elif tok.lower in times and nxt.lower in zones:
            starts[i + 1] = -1
    if starts:
        # written as a column: ``Token.is_sent_start`` asks the whole document for a parse on
        # each write (the check is made here once, with the setter's error)
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)
        column = doc.to_array([SENT_START]).view(numpy.int64)
        column[list(starts)] = list(starts.values())
        doc.from_array([SENT_START], column.view(numpy.uint64))  # type: ignore[arg-type]
    return doc


@functools.cache
def _abbreviation_ids() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The string ids of ``sentence_abbreviations.json``'s lower-case words, as a token's
    ``LOWER`` holds them: (before names, times, time zones)."""
    lists = word_sets("sentence_abbreviations")
    return tuple(  # type: ignore[return-value]
        frozenset(get_string_id(word) for word in lists[key])
        for key in ("before_names", "time", "time_zones")
    )


# the ids of the words before names and of the times, as arrays for ``numpy.isin``
_ID_ARRAYS = [numpy.array(sorted(ids), dtype=numpy.uint64) for ids in _abbreviation_ids()[:2]]


def add_line_breaks(nlp: Language) -> Language:
    """Add the component before the parser, once."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before)
    return nlp
