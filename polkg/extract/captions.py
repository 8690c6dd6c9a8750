"""Caption and photo-credit lines: page furniture that is no part of the reporting around it.

Cleaning deletes a photo gallery's captions and video teasers (``ingest/page_noise.json``), but
the one-line captions of a single picture or video stay in the text ("Media playback is
unsupported on your device Media caption Roy Moore: How Alabamans are defending the accused
judge", "Donald Trump (Photo: Brennan Linsley, AP)"). Such a line sits between two paragraphs and
names whoever is pictured, so a quotation's context must not read it as the narration that
introduces the quotation (``quoted_referents``). The patterns are data: ``patterns/captions.json``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import words
from polkg.extract.token_columns import token_columns


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p["pattern"]) for p in words("captions")["lines"])


@functools.lru_cache(maxsize=4096)
def is_caption_line(line: str) -> bool:
    """Whether a line (paragraph) of an article is a caption or a photo credit (cached: every
    token of a quotation's context asks about the same few lines)."""
    return any(p.search(line) for p in _patterns())


_last_text: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept for the document last asked about: spaCy joins every token anew on each
    ``doc.text``, and the pronoun walk asks for the line of many tokens of one document (the
    quotations of the same document read it after the entity layer: ``quotes.locate_quotes``).
    Joined from the token columns (each token's text and trailing space, as ``doc.text`` joins
    them), without a ``Token`` per token."""
    global _last_text
    held, text = _last_text
    if held is not doc:
        columns = token_columns(doc)
        text = "".join(map(str.__add__, columns.text, columns.whitespace))
        _last_text = (doc, text)
    return text


def line_of(doc: Doc, tok: Token) -> str:
    """The line (paragraph) of the cleaned text ``tok`` is in."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return text[start : end if end >= 0 else len(text)]


def in_caption(tok: Token) -> bool:
    """Whether ``tok`` lies in a caption or photo-credit line."""
    return is_caption_line(line_of(tok.doc, tok))


_PAST = frozenset({"VBD"})


def backstory(trigger: Token) -> bool:
    """Whether ``trigger`` states, in a caption line, something past about people the caption
    does not place in its picture ("Image caption Former President Barack Obama campaigned for
    Mr Northam in 2017"): backstory the article's body may never state. The pictured moment
    ("President Trump applauds Luther Strange", "Kay Lucien (right) travelled ... to show their
    support") is what the article shows, and stays."""
    if not in_caption(trigger):
        return False
    line = line_of(trigger.doc, trigger)
    if any(m in line for m in words("captions")["pictured_markers"]):
        return False
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    return verb.tag_ in _PAST or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _PAST for c in verb.children
    )
