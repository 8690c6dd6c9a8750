""" "The party", "the committee": a bare definite noun and the sentences where its referent is.

``party_references`` and ``organization_references`` read such a noun as the one entity of its
kind that the nearest sentence (its own, then a few before) names. Both take only a plain "the"
head with no other determiner or modifier, outside quotations ("the other party", "the party of
Lincoln", "the group that ...", "the advocacy group" describe another entity or none), and
both look back over the same window of sentences; this module is that shared part. The window
is also the one the bill modules look back over for a measure (``window_start``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from polkg.extract.mentions import DocState

# dependents that make "the party" / "the group" another one or none: "the other party", "the
# party of Lincoln", "the group that ...", "the advocacy group", "a third party"
QUALIFIED = frozenset({"compound", "amod", "nmod", "prep", "acl", "relcl", "appos", "nummod"})


def bare_definite(state: DocState, tok: Token) -> bool:
    """Whether ``tok`` is a noun with "the" alone before it, unqualified and not quoted."""
    det = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if len(det) != 1 or det[0].lower_ != "the" or state.quoted[tok.i]:
        return False
    return not any(c.dep_ in QUALIFIED for c in tok.children)


def window_start(tok: Token, sentences: int) -> Span:
    """The first sentence of ``tok``'s window: its own sentence and up to ``sentences`` before."""
    first = tok.sent
    for _ in range(sentences):
        if first.start == 0:
            break
        first = tok.doc[first.start - 1].sent
    return first
