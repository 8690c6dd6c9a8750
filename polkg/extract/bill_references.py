"""Which bill a generic bill noun ("the measure", "legislation") is: the document's named one,
or another bill the text describes.

``ArgumentResolver.generic_reference`` takes "the bill" for the one bill a document names; this
module says when the noun is plainly another one: a bill a restrictive relative clause describes
after the text has named its bill, or "the measure" right after an unnamed bill was described.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import EntityRecord

_WORDS = word_sets("arguments_words")
# nouns of an unnamed bill the text describes ("passed a continuing resolution")
DESCRIBED_BILL_NOUNS = _WORDS["described_bill_nouns"]
TIME_NOUNS = _WORDS["time_nouns"] | _WORDS["weekdays"]


def another_bill(tok: Token, named: EntityRecord, entities: object) -> bool:
    """Whether the generic bill noun ``tok`` is another bill than ``named``, the one the text
    named before it: one a restrictive relative clause describes ("Wyden cosponsored
    legislation that would fund ..." in a release that named a tax bill), or a definite "the
    measure" right after an unnamed bill ("the Senate passed a continuing resolution ..., when
    Trump came out against the measure"). A bill described before the text names it
    ("introduced legislation that will create a wilderness area. The Ojito Wilderness Act
    ...", "block a GOP police reform bill") is as a rule the named one. ``entities`` is the
    entity layer (its ``mentions`` and ``entity_at``)."""
    mentions = getattr(entities, "mentions", [])
    first = min((m[0] for m in mentions if m[2] is named), default=tok.i)
    if first >= tok.i:
        return False
    if _restricted(tok):
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return _described_just_before(tok, first, entities)


def _described_just_before(tok: Token, first: int, entities: object) -> bool:
    """Whether an unnamed bill ("a continuing resolution") came up in ``tok``'s sentence or the
    one before, after the named bill's first mention and with no mention of it in between."""
    doc = tok.doc
    start = tok.sent.start - 1
    begin = doc[start].sent.start if start >= 0 else tok.sent.start
    entity_at = getattr(entities, "entity_at", None)
    described = False
    for t in doc[begin : tok.i]:
        rec = entity_at(t.i) if entity_at is not None else None
        if rec is not None and rec.type == "Legislation":
            described = False  # the named bill came up after it: nearer
        elif t.i > first and t.pos_ == "NOUN" and t.lemma_.lower() in DESCRIBED_BILL_NOUNS:
            described = described or any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children
            )
    return described


def _restricted(tok: Token) -> bool:
    """Whether a restrictive relative clause (no comma before it) describes a generic bill
    noun, on it or on a date after it: "their own measure that would fund the government",
    "sponsored legislation in April that would set up a commission"."""
    heads = [tok] + [
        g
        for p in tok.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj" and (g.ent_type_ in {"DATE", "TIME"} or g.lemma_.lower() in TIME_NOUNS)
    ]
    for head in heads:
        for c in head.children:
            if c.dep_ == "relcl" and c.i > head.i and c.left_edge.i > 0:
                if tok.doc[c.left_edge.i - 1].text != ",":
                    return True
    return False
