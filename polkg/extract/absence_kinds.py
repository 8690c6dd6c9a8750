"""A noun phrase whose modifier carries "no" names a kind defined by what it lacks.

'Parliament, however, has repeatedly voted against a "no deal" Brexit' (fresh38 wikinews, audit
batch 1): the object is a no-deal Brexit, the opposite of Brexit for a stance, but the entity
layer finds only "Brexit". The model hangs "no" on the modifier ("no deal"), as a second
determiner on the head ("a no deal Brexit"), or makes "deal" the head with "Brexit" in
apposition; in each case the phrase is no mention of the entity
(``arguments_words.json`` ``absence_determiners``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import EntityRecord

_ABSENCE = word_sets("arguments_words")["absence_determiners"]


def kind_without(
    tok: Token, rec: EntityRecord, entity: Callable[[Token], EntityRecord | None]
) -> bool:
    """Whether a modifier of ``tok`` makes it a kind defined by what it lacks: 'a "no deal"
    Brexit', "a no-deal Brexit", "a no deal Brexit" (``absence_determiners`` on the modifier,
    or after the phrase's own determiner) name another thing than Brexit, the opposite of it
    for a stance ("Parliament has voted against a 'no deal' Brexit": fresh38). A determiner
    of the entity's own name ("the No Child Left Behind Act": ``rec`` at it) is no such word."""
    absence = _ABSENCE

    def lacking(d: Token) -> bool:
        return d.dep_ == "det" and d.lower_ in absence and entity(d) != rec

    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) > 1 and any(lacking(d) for d in dets[1:]):
        return True  # "a no deal Brexit": the parser hung "no" on the head
    return any(
        c.dep_ in {"compound", "nmod", "amod"} and any(lacking(d) for d in c.children)
        for c in tok.children
    )
