"""Cues that do not govern a narrated stance although the parse puts them above it (lexical34).

Two misreadings the modality walk (``cues.modality``) made of narration:

- a quotation's verb above a clause the narration told before the quotation opens: "Sessions
  maintains the critical support of Senate Majority Leader Mitch McConnell (R-Ky.), who told
  reporters Tuesday, “I have total confidence in the attorney general; I think he ought to stay
  exactly where he is.”" makes "maintains" a complement of the quoted "think", whose hedge is
  the speaker's about another clause (``quoted_governor``: the walk treats the narrated clause as
  its sentence's top);
- "until" or "once" before a clause in the simple past under a clause with no modal, an event
  that happened, not a condition: "DeSantis was trailing ... in the polls until Trump endorsed
  him" (fresh s27), "served until Warren beat him two years later"; "won't back him until he
  apologizes" and "would not endorse him until Trump apologized" stay conditions
  (``past_event``; the marks are ``cues_modality.json`` ``past_event_marks``).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

_MODAL_DEPS = frozenset({"aux", "auxpass"})
# verb links the clause may hang on whose modal is its own: "would keep trailing ... until"
_CHAIN_DEPS = frozenset({"xcomp", "conj"})
_CHAIN_STEPS = 4
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_QUOTE_TAGS = frozenset({"``", "''"})


class WordLists(Protocol):
    """The cue lexicon's word lists by name (``cues.CueLexicon``)."""

    def __getitem__(self, name: str) -> frozenset[str]: ...


def past_event(clause: Token, mark: str, lex: WordLists) -> bool:
    """Whether ``clause``, marked by the conditional ``mark``, tells an event that happened: a
    mark of ``past_event_marks``, the clause in the simple past without an auxiliary, and no
    modal on the verbs it hangs on."""
    if mark not in lex["past_event_marks"] or clause.tag_ != "VBD":
        return False
    if any(c.dep_ in _MODAL_DEPS for c in clause.children) or clause.head == clause:
        return False
    head = clause.head
    for _ in range(_CHAIN_STEPS):
        if any(_modal(c, lex) for c in head.children):
            return False
        if head.dep_ not in _CHAIN_DEPS or head.head == head:
            break
        head = head.head
    return True


def _modal(tok: Token, lex: WordLists) -> bool:
    return tok.dep_ in _MODAL_DEPS and (
        tok.tag_ == "MD" or tok.lemma_.lower() in lex["hedge_modals"]
    )


def quoted_governor(clause: Token, head: Token) -> bool:
    """Whether ``head``, the verb ``clause`` hangs on, is inside a quotation that opens after
    ``clause`` ends, while ``clause`` is inside none."""
    if head.i <= clause.right_edge.i or _quoted(clause):
        return False
    between = clause.doc[clause.right_edge.i + 1 : head.i]
    return any(_quote_mark(t) for t in between) and _quoted(head)


def _quote_mark(tok: Token) -> bool:
    return tok.tag_ in _QUOTE_TAGS or tok.text in _QUOTE_MARKS


def _quoted(tok: Token) -> bool:
    """Whether an odd number of quotation marks stands before ``tok`` in its sentence."""
    before = tok.doc[tok.sent.start : tok.i]
    return sum(1 for t in before if _quote_mark(t)) % 2 == 1
