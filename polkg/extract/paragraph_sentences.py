"""A sentence's neighbours in its paragraph: the sentence just before or after it, none across a
line break.

``paragraphs.line_breaks`` starts a sentence after each newline token, so a newline token ends the
sentence before it, and "the same paragraph" is a test of one token. The readers of a sentence's
context (``it_references``: "it" named in the sentence before; ``result_context``: a race named
in the sentence before or after) share this one test. They live apart from ``paragraphs.py``,
whose source is part of the parse cache's key.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` in its paragraph, or None at a line break."""
    if sent.start == 0 or _line_break(sent.doc[sent.start - 1]):
        return None
    return sent.doc[sent.start - 1].sent


def sentence_after(sent: Span) -> Span | None:
    """The sentence after ``sent`` in its paragraph, or None at a line break (``sent`` ends in a
    newline token, or the next token is one)."""
    doc = sent.doc
    if sent.end >= len(doc) or _line_break(doc[sent.end]) or _line_break(doc[sent.end - 1]):
        return None
    return doc[sent.end].sent


def _line_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text
