"""A vote told by its answer: "Democratic Sens. Kirsten Gillibrand of New York, ..., and Ron Wyden
of Oregon voted "no."" opposes what the Senate voted on.

News reports a roll call by its tally and then by the names on the losing side: "Senators voted
92-5 to confirm Wray, a former assistant attorney general ... Democratic Sens. ... voted
"no."", "Only Connecticut Sen. Richard Blumenthal voted no". The answer names no object: what
was voted on is the object of the vote told just before. An answer vote is a "vote" verb with
an answer word ("no", "nay"; "yes", "aye") or a bare "against" and no clause of its own; its
object is the "on" object when it has one ("voting no on the motion"), else the object of the
nearest earlier act of the same roll call in its own sentence or the two before: a vote to
confirm, pass or approve ("voted 92-5 to confirm Wray"), the act itself ("The Senate
confirmed Wray", "Wray was confirmed 92-5") or a vote noun with its object ("the vote on the
bill"). Only a positive act is read ("voted to block the bill" would turn the answer round),
and the nearest act decides: when its object is no named actor or bill, nothing is read. "no"
and "against" oppose the object, "yes" endorses it; the answer's own cues (a negation, a
"would") govern as for any verb. Words: ``patterns/vote_answers.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets, words
from polkg.extract.nearest_sentences import window_start
from polkg.extract.token_columns import token_columns

_WORDS = word_sets("vote_answers")
# how many sentences before the answer's own the act it answers may be told
_WINDOW = int(words("vote_answers")["window"])


@dataclass(frozen=True)
class VoteAnswer:
    """One answer vote: its verb, the relation its answer states, and the token of what was
    voted on (an "on" object, or the object of the act told before)."""

    verb: Token
    relation: str
    target: Token
    answer: Token


def vote_answers(doc: Doc) -> Iterator[VoteAnswer]:
    """Every answer vote of ``doc`` whose object is found."""
    for verb in token_columns(doc).verbs(_WORDS["vote_verbs"]):  # a Token only for these
        found = _answer(verb)
        if found is None:
            continue
        target = _on_object(verb) or _voted_on_before(verb)
        if target is not None:
            yield VoteAnswer(verb, found[0], target, found[1])


def _answer(verb: Token) -> tuple[str, Token] | None:
    """The relation ``verb``'s answer states and the answer word, or None when it has none or
    a clause of its own ("voted yes to advance the nomination": that clause is the vote)."""
    deps = {c.dep_ for c in verb.children}
    if deps & _WORDS["own_clause_deps"]:
        return None
    for c in verb.children:
        if c.dep_ in _WORDS["answer_deps"] and c.lower_ in _WORDS["no_answers"]:
            return "opposes", c
        if c.dep_ in _WORDS["answer_deps"] and c.lower_ in _WORDS["yes_answers"]:
            return "endorses", c
        if c.dep_ == "prep" and c.lower_ in _WORDS["against_preps"]:
            if not any(p.dep_ in {"pobj", "pcomp"} for p in c.children):
                return "opposes", c
    return None


def _on_object(verb: Token) -> Token | None:
    """The object of the answer's "on" ("voting no on the motion to proceed")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _WORDS["on_preps"]:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _voted_on_before(verb: Token) -> Token | None:
    """The object of the nearest act of the roll call told before ``verb``: in its sentence or
    the ones before it (``window`` sentences). The nearest act decides, object or none."""
    doc = verb.doc
    start = window_start(verb, _WINDOW).start
    for i in range(verb.i - 1, start - 1, -1):
        act = _act(doc[i])
        if act is not None:
            return act[0] if act[1] else None
    return None


def _act(tok: Token) -> tuple[Token | None, bool] | None:
    """When ``tok`` tells an act voted on, its object and whether the act is a positive one;
    else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _WORDS["positive_acts"] | _WORDS["negative_acts"]:
        if any(c.dep_ == "neg" for c in tok.children):
            return None
        voted = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _WORDS["vote_verbs"]
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if not (voted or passive or _tally(tok)):
            return None
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        return (objects[0] if objects else None), lemma in _WORDS["positive_acts"]
    if tok.pos_ == "NOUN" and lemma in _WORDS["vote_nouns"]:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _WORDS["on_preps"]:
                objects = [p for p in c.children if p.dep_ == "pobj"]
                return (objects[0] if objects else None), True
    return None


def _tally(tok: Token) -> bool:
    """Whether the act states its roll call's tally ("confirmed Wray 92-5", "by a vote of
    92-5"): only then is an act by a body's verb ("The Senate confirmed Wray") a vote."""
    return any(t.like_num or t.lower_ in _WORDS["vote_nouns"] for t in tok.subtree if t.i > tok.i)
