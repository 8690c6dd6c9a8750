"""Reported claims: a criticism the text gives as what someone else says ("He said Harris
attacked Biden") is that speaker's claim, not a statement the text makes.

A speaker's own judgement in a reported clause ("X said Y was wrong") is X's criticism
(``judgements.py``); the criticism of a third party that X reports is only X's word for it,
however deep in X's clause it lies ("the Democrats, who have excoriated Carter Page, don't want
him to testify"). Word lists: ``patterns/reported_claims.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from polkg.extract.alleged_sources import alleged_source
from polkg.extract.lexicon import word_sets

_LISTS = word_sets("reported_claims")
RELATIONS = _LISTS["relations"]
_CLAIM_VERBS = _LISTS["claim_verbs"]
_CLIMB_DEPS = _LISTS["climb_deps"]
_MAX_CLIMB = 10


def _claim_verb(anchor: Token) -> Token | None:
    """The claim verb whose complement clause holds ``anchor``, through the links of
    ``climb_deps``; None when another link comes first."""
    tok = anchor
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in _CLIMB_DEPS:
            return None
        if tok.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in _CLAIM_VERBS:
            return head
        tok = head
    return None


def claimed_by_other(
    anchor: Token,
    relation: str,
    holders: Iterable[str],
    speakers_of: Callable[[Token], list[str]],
) -> bool:
    """Whether the statement at ``anchor`` is a claim the text reports of someone who is none
    of its ``holders`` (entity names): a named speaker ("Zakharova said CNN had accused
    Kislyak"), or nobody for an impersonal passive ("it is reported that ..."). A speaker the
    text does not name ("a senior aide said") or the holder's own word ("Trump said he
    criticized Sessions") takes nothing back. ``speakers_of`` names the entities a subject
    token stands for."""
    verb = _claim_verb(anchor)
    if verb is not None and alleged_source(verb):
        return True  # "an alleged poll said she supports abortion": whatever the relation
    if relation not in RELATIONS or verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.dep_ == "nsubjpass" and subject.lower_ == "it":
        return True  # "it is reported that ...": a report nobody vouches for
    speakers = set(speakers_of(subject))
    return bool(speakers) and not speakers & set(holders)
