"""A belief someone would have others hold is disputed, not held: praise inside it is no praise.

'"We're supposed to believe that Donald Trump is a great corruption fighter ... let's look at
his words and deeds," he said' (Schiff's sarcasm, audit batch 10): the speaker puts the praise in
someone else's mouth to dispute it. "We're supposed to / asked to / expected to believe", "would
have us believe", "wants voters to believe" (``cues_modality.json`` ``imposed_belief_verbs``,
``belief_imposing_passives``, ``belief_imposing_verbs``); "I believe" and "I have to believe"
are the speaker's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.cues import CueLexicon


def imposed_belief_over(word: Token, lex: CueLexicon) -> bool:
    """Whether a belief someone would have others hold governs ``word`` (``_imposed_belief``):
    what the speaker puts in it is disputed, not said."""
    return any(
        a.lemma_.lower() in lex["imposed_belief_verbs"] and _imposed_belief(a, lex)
        for a in word.ancestors
    )


def _imposed_belief(belief: Token, lex: CueLexicon) -> bool:
    """Whether a belief is one someone would have others hold, which the speaker disputes:
    "We're supposed to believe that Donald Trump is a great corruption fighter" (Schiff's
    sarcasm: audit batch 10), "we are asked to believe", "would have us believe", "wants voters
    to believe" (``belief_imposing_passives``, ``belief_imposing_verbs``); not "I have to
    believe" (no one else's belief) nor "I believe"."""
    head = belief.head
    if head == belief:
        return False
    if head.lemma_.lower() in lex["belief_imposing_passives"]:
        return belief.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children)
    return head.lemma_.lower() in lex["belief_imposing_verbs"] and any(
        c.dep_ == "nsubj" for c in belief.children
    )
