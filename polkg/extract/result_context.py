"""An election result's context beyond its sentence: "when he lost to Ronald Reagan in 1980".

The contest result rules ("X lost to Y", "Y defeated X", "Y's victory over X") read a race only
with an election word in the sentence (their ``requires_any``), so that "lost to" between two
persons is a race, not a game, a vote or an argument. A result's sentence often names no race:
it states the result's measure instead, a year ("former President Jimmy Carter ... lost to Ronald
Reagan in 1980"), a margin ("lost by nearly 6 percentage points to Democrat Ricardo Lara", "in a
16-point rout") or the electoral college; or the race is named in the sentence just before or
after it in the same paragraph. A rule with ``result_context`` (rules.py) accepts those too,
for a result told in the past or as a noun; in the present a result verb is a poll's standing.
Word lists: ``patterns/result_context.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from polkg.extract.lexicon import span_holds, words
from polkg.extract.paragraph_sentences import sentence_after, sentence_before

_DATA = words("result_context")
MEASURE_WORDS = frozenset(w.lower() for w in _DATA["measure_words"])
_FIRST_YEAR, _LAST_YEAR = (int(y) for y in _DATA["year_span"])
_N_POINT = re.compile(r"^\d+-points?$")  # "a 16-point rout"


def result_context(trigger: Token, election_words: frozenset[str]) -> bool:
    """Whether a result's sentence, without an election word of its own, states the result's
    measure (a year of the race, a margin, the electoral college) or has an election word in
    the sentence just before or after it within its paragraph. Only for a result told in the
    past or as a noun: a result verb in the present is a poll's standing ("Among independents,
    Obama edges Romney in Florida 47%-46%", "is losing to him by five points")."""
    if _present(trigger):
        return False
    sent = trigger.sent
    if any(_measures(tok) for tok in sent):
        return True
    return any(span_holds(s, election_words) for s in _neighbours(sent))


def _present(trigger: Token) -> bool:
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if trigger.tag_ in {"VBZ", "VBP"}:
        return True
    return trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in trigger.children
    )


def _measures(tok: Token) -> bool:
    lower = tok.lower_
    if lower in MEASURE_WORDS or _N_POINT.match(lower):
        return True
    return _race_year(tok)


def _race_year(tok: Token) -> bool:
    """A four-digit year in an "in" phrase ("lost to Ronald Reagan in 1980"); not a count
    ("1980 people"), and a year before a race noun comes with an election word anyway."""
    if not (len(tok.text) == 4 and tok.text.isdigit()):
        return False
    if not _FIRST_YEAR <= int(tok.text) <= _LAST_YEAR:
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _neighbours(sent: Span) -> Iterable[Span]:
    """The sentences right before and after ``sent`` in its paragraph."""
    return [s for s in (sentence_before(sent), sentence_after(sent)) if s is not None]
