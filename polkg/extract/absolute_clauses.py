"""The subject of a participle that goes on an absolute "with" clause.

"The two men campaigned together ..., with Mr. Ryan introducing himself to the nation, showing an
easy comfort ... and firing up crowds by attacking President Obama's policies" (fresh38, audit
batch 6): the parser hangs "showing" on the main verb, so its subject climb reaches "The two men";
but a participle that follows the absolute clause "with X doing ...", comma-joined, goes on what X
does ("with Maria Hutchings marching up to him, saying 'Tony, that's rubbish'"). An absolute
clause that is only a backdrop, a participle with no object or complement of its own ("Trump spoke
for an hour, with Pence looking on, attacking Hillary Clinton"), leaves the main clause its
subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# what makes an absolute clause's participle an act of its own rather than a backdrop: an
# object or complement, or a preposition with its own object ("marching up to him"; the bare
# "on" of "looking on" has none)
_ACT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "dative"})
_PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})


def _acts(participle: Token) -> bool:
    """Whether an absolute clause's participle tells an act of its subject's own."""
    return any(
        c.dep_ in _ACT_DEPS
        or c.dep_ == "prep"
        and any(g.dep_ in _PREPOSITION_OBJECTS for g in c.children)
        for c in participle.children
    )


def absolute_subject(participle: Token, head: Token) -> Token | None:
    """The subject of the absolute "with" clause on ``head`` that the participle ``participle``
    (hung on ``head`` by the parser) goes on, comma-joined right after it; None when there is
    no such clause, or it is only a backdrop ("with Pence looking on")."""
    doc = participle.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > participle.i:
            continue
        absolute = next(
            (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ in {"VBG", "VBN"}), None
        )
        if absolute is None or not _acts(absolute):
            continue
        subject = next((c for c in absolute.children if c.dep_ == "nsubj"), None)
        between = doc[prep.right_edge.i + 1 : participle.left_edge.i]
        if subject is not None and len(between) and all(t.text == "," for t in between):
            return subject
    return None
