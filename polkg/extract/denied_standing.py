"""Denied standing: "'Schiff cannot be trusted,' the caucus wrote" -> criticizes.

A speaker who says an actor cannot be trusted, believed or taken seriously, or cannot sit in
judgment of someone ("Sens. Sanders, Klobuchar, Bennet and Warren 'cannot sit in judgment of the
very President they seek to replace'", Marsha Blackburn), or that the actor has no credibility or
has lost its moral authority ("Republicans have no credibility when it comes to health care"),
denies that actor the standing an office or a debate needs: a criticism, although no judging
word is there and the clause is negated. So does one who says the actor has lost the trust or
confidence of others ("Mr Blair had lost the trust of the British people", BBC) or that the trust
in it is lacking or lost by the speaker or the public ("There is a fundamental lack of trust in
Tony Blair", "I have lost confidence in him"), unless the speech verb concedes it ("He
acknowledged that the public had lost faith in Labour": his own side). The negated "can", the
"no" and the "lose" are the judgement itself, so modality skips them, as it skips the "should
have" of counterfactual blame, but still reads every other cue ("has not lost any credibility",
"Did she say ...?"). The actor is the clause's subject (the passive's, for "be trusted": "Trump
cannot trust Putin" judges nobody), the clause no condition or open question. Phrases:
``patterns/denied_standing.json``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.counterfactuals import opinion_cues
from polkg.extract.lexicon import word_sets, words
from polkg.extract.quotes import (
    NEGATIONS,
    Disparagement,
    Quote,
    QuoteIndex,
    listed_head,
    quoted_judgements,
)
from polkg.model import EntityRecord

_WORDS = word_sets("denied_standing")
MODALS = _WORDS["modals"]
NO_WORDS = _WORDS["no_words"]
LOSING_VERBS = _WORDS["losing_verbs"]
DAMAGED_NOUNS = _WORDS["damaged_nouns"]
DAMAGING_VERBS = _WORDS["damaging_verbs"]
LOST_HELD_NOUNS = _WORDS["lost_held_nouns"]
LACK_NOUNS = _WORDS["lack_nouns"]
PUBLIC_HOLDERS = _WORDS["public_holders"]
CONCEDING_VERBS = _WORDS["conceding_verbs"]
# a clause these open is a condition or an open question, never the speaker's statement
_OPEN_MARKS = (
    word_sets("cues_modality")["conditional_marks"]
    | word_sets("cues_modality")["open_question_words"]
)


@functools.cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The lemma sequences of ``denied_standing.json`` ``key``."""
    return tuple(tuple(p.lower().split()) for p in words("denied_standing")[key])


@functools.cache
def _phrase_set(key: str) -> frozenset[tuple[str, ...]]:
    """``_phrases(key)`` as a set, built once: ``_lacked`` asks it of every object noun."""
    return frozenset(_phrases(key))


def quoted_denials(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Disparagement]:
    """Named actors an attributed quotation denies standing ("Schiff cannot be trusted")."""
    return quoted_judgements(doc, index, entity_at, denied_standing)


def denied_standing(tok: Token, q: Quote) -> list[Disparagement]:
    """The standing ``q`` denies ``tok`` when it is the subject of a negated "can" with a
    phrase of standing, or has no credibility or has lost it (a listed subject, "Sanders,
    Klobuchar and Warren cannot sit in judgment", is judged as one)."""
    if (damaged := _damaged(tok, q)) is not None:
        return [Disparagement(tok, damaged, q, opinion_cues(damaged, q), "standing")]
    if (distrust := _distrusted(tok, q)) is not None:
        return [Disparagement(tok, distrust, q, opinion_cues(distrust, q), "standing")]
    subject = listed_head(tok, q)
    verb = subject.head
    if not q.contains(verb.i) or subject.i == verb.i or _open(verb, q):
        return []
    if subject.dep_ == "nsubj" and (lacked := _lacked(verb, q)) is not None:
        # "Republicans have no credibility", "Northam had lost all moral authority"
        return [Disparagement(tok, lacked, q, opinion_cues(verb, q), "standing")]
    if subject.dep_ == "nsubjpass":
        phrases = _phrases("passive_phrases")
    elif subject.dep_ == "nsubj":
        phrases = _phrases("active_phrases")
    else:
        return []
    if not _says(verb, phrases, q):
        return []
    cues = _denial_cues(verb)
    if not cues:
        return []
    return [Disparagement(tok, verb, q, cues | opinion_cues(verb, q), "standing")]


def _damaged(tok: Token, q: Quote) -> Token | None:
    """The passive verb that tells the confidence in ``tok`` damaged ("The American people's
    confidence in the FDA has been compromised by poor leadership"), inside ``q``; None when
    the passive's agent is an actor ("... undermined by Russia": the agent is to blame)."""
    prep = listed_head(tok, q).head
    noun = prep.head
    verb = noun.head
    if prep.lower_ != "in" or noun.lemma_.lower() not in DAMAGED_NOUNS:
        return None
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in DAMAGING_VERBS:
        return None
    if not q.contains(verb.i) or _open(verb, q):
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        if any(t.ent_type_ for t in agent.subtree):
            return None
    return verb


def _distrusted(tok: Token, q: Quote) -> Token | None:
    """The word that tells the trust in ``tok`` missing, inside ``q``: the lack of it ("There
    is a fundamental lack of trust in Tony Blair") or its loss by the speaker or the public
    ("I have lost confidence in him", "voters have lost faith in the government"); None when
    another actor lost it ("Trump lost faith in Sessions" is Trump's stance, not the
    speaker's), the speech verb concedes it, or the clause is a condition or an open question."""
    prep = listed_head(tok, q).head
    noun = prep.head
    if prep.lower_ != "in" or not q.contains(noun.i) or _conceded(q):
        return None
    if (lack := _lack_of_trust(noun)) is not None:
        return lack if q.contains(lack.i) and not _open(lack, q) else None
    holder = noun.head
    if noun.lemma_.lower() not in DAMAGED_NOUNS or noun.dep_ != "dobj":
        return None
    if holder.lemma_.lower() not in LOSING_VERBS:
        return None
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in PUBLIC_HOLDERS:
        return None
    return holder if q.contains(holder.i) and not _open(holder, q) else None


def _lacked(verb: Token, q: Quote) -> Token | None:
    """``verb`` when its subject has none of a noun of standing ("has no credibility", "has no
    business telling") or has lost it ("lost all moral authority"); None otherwise. The verb,
    not the noun, is what modality reads: its "no" or its "lose" is the judgement, not a
    negation of it, while "has not lost" still is one."""
    lemma = verb.lemma_.lower()
    losing = lemma in LOSING_VERBS
    if not losing and lemma != "have":
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and q.contains(c.i)):
        modifiers = [t.lemma_.lower() for t in noun.lefts if t.dep_ in {"amod", "compound"}]
        named = {(*modifiers[-1:], noun.lemma_.lower()), (noun.lemma_.lower(),)}
        if losing and not named.isdisjoint(_phrase_set("lost_nouns")):
            return verb
        if losing and noun.lemma_.lower() in LOST_HELD_NOUNS and _held_by_others(noun):
            return None if _conceded(q) else verb  # "had lost the trust of the British people"
        none = any(c.dep_ in {"det", "neg"} and c.lower_ in NO_WORDS for c in noun.children)
        if not losing and none and not named.isdisjoint(_phrase_set("lacked_nouns")):
            return verb
    return None


def _conceded(q: Quote) -> bool:
    """Whether ``q``'s speech verb concedes ("He acknowledged that the public had lost faith
    in Labour"): a lost trust it tells is no charge."""
    return q.attribution is not None and q.attribution.lemma_.lower() in CONCEDING_VERBS


def _lack_of_trust(noun: Token) -> Token | None:
    """The "lack" of "a lack of trust in X" that ``noun``, the head of "in X", belongs to: the
    parser hangs "in X" on "lack" or on "trust"; None when it is no lack of trust."""
    lemma = noun.lemma_.lower()
    if lemma in LACK_NOUNS:
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in DAMAGED_NOUNS for g in of.children):
                return noun
        return None
    of = noun.head
    if lemma in DAMAGED_NOUNS and noun.dep_ == "pobj" and of.lower_ == "of":
        return of.head if of.head.lemma_.lower() in LACK_NOUNS else None
    return None


def _held_by_others(noun: Token) -> bool:
    """Whether a lost trust or confidence is named by whom it was held ("the trust of the
    British people") and not in whom ("trust in the leadership": the subject's own)."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return "of" in preps and "in" not in preps


def _says(verb: Token, phrases: tuple[tuple[str, ...], ...], q: Quote) -> bool:
    """Whether one of ``phrases`` runs word for word from ``verb`` on, inside ``q``."""
    doc = verb.doc
    for phrase in phrases:
        end = verb.i + len(phrase)
        if end <= len(doc) and all(q.contains(i) for i in range(verb.i, end)):
            if tuple(t.lemma_.lower() for t in doc[verb.i : end]) == phrase:
                return True
    return False


def _open(verb: Token, q: Quote) -> bool:
    """Whether ``verb``'s clause, or a clause above it inside ``q``, is a condition or an open
    question ("if Schiff cannot be trusted", "whether she can't be believed"); a reason or a
    relative clause the speaker asserts is the speaker's ("because Iran cannot be trusted",
    "another example of why he cannot be trusted")."""
    return any(
        c.dep_ == "mark" and c.lower_ in _OPEN_MARKS
        for node in q.governors(verb)
        for c in node.children
    )


def _denial_cues(verb: Token) -> frozenset[int]:
    """The "can" and the negation between it and ``verb`` ("cannot", "can't", "can never");
    empty when the clause is no such denial. ``MODALS`` are lemmas, and "could" is its own
    ("could not be trusted" tells a past or a hypothetical)."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in MODALS), None)
    if modal is None:
        return frozenset()
    negations = [
        c
        for c in verb.children
        if (c.dep_ == "neg" or c.lower_ in NEGATIONS) and modal.i < c.i < verb.i
    ]
    if not negations:
        return frozenset()
    return frozenset({modal.i, *(n.i for n in negations)})
