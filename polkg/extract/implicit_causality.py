"""Implicit causality: whose act a "when/after/because" clause under a feeling tells.

Pronoun resolution takes a governing clause's subject for a subject pronoun, and under a word
of feeling or judgement that is the wrong person: in "Sessions, with whom the president became
frustrated after he recused himself" and "Trump resented Sessions after he recused", the one
the feeling is about (its stimulus) did what the clause says, not the one who feels it (the
implicit causality of experiencer predicates). Likewise a "his"/"her" in the "on"/"for" phrase
of a verb of congratulating or thanking is its object's: "Trump called to congratulate him on
his victory over Moore" is the victory of the one congratulated, never of the caller.
Word lists: ``patterns/implicit_causality.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_LISTS = word_sets("implicit_causality")
CLAUSE_MARKS = _LISTS["clause_marks"]
EXPERIENCER_ADJECTIVES = _LISTS["experiencer_adjectives"]
EXPERIENCER_VERBS = _LISTS["experiencer_verbs"]
JUDGEMENT_VERBS = _LISTS["judgement_verbs"]
JUDGEMENT_MARKS = _LISTS["judgement_marks"]
STIMULUS_PREPOSITIONS = _LISTS["stimulus_prepositions"]
SUBJECT_PRONOUNS = _LISTS["subject_pronouns"]
STIMULUS_OBJECT_VERBS = _LISTS["stimulus_object_verbs"]
STIMULUS_OBJECT_PREPOSITIONS = _LISTS["stimulus_object_prepositions"]
_RELATIVES = frozenset({"who", "whom", "that"})


def object_stimulus(possessive: Token) -> Token | None:
    """The object of a verb of congratulating or thanking whose "on"/"for" phrase holds
    ``possessive`` ("congratulate him on his victory", "thanked Sessions for his service"):
    the possessor is the one congratulated, when that object stands before the phrase; else
    None."""
    if possessive.dep_ != "poss" or possessive.tag_ != "PRP$":
        return None
    prep = possessive.head.head
    if possessive.head.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in STIMULUS_OBJECT_PREPOSITIONS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STIMULUS_OBJECT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def stimulus(pronoun: Token, person_of: Callable[[Token], int | None]) -> int | None:
    """The person (by ``person_of``, a token's person) a feeling is about when ``pronoun`` is
    the subject of the clause that tells its cause; else None."""
    found = stimulus_token(pronoun)
    return person_of(found) if found is not None else None


def stimulus_token(pronoun: Token) -> Token | None:
    """The token naming the stimulus of the feeling whose cause clause ``pronoun`` is the
    subject of (a relative pronoun stands for the noun its clause modifies); else None."""
    clause = pronoun.head
    if pronoun.lower_ not in SUBJECT_PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < pronoun.i}
    if clause.dep_ not in {"advcl", "pcomp"} or not marks & CLAUSE_MARKS:
        return None
    feeling = clause.head.head if clause.head.dep_ == "prep" else clause.head
    # "with whom the president became frustrated after he ...": the copula's adjective
    feeling = next((c for c in feeling.children if c.dep_ == "acomp" and c.i < clause.i), feeling)
    found: Token | None = None
    lemma = feeling.lemma_.lower()
    judged = lemma in JUDGEMENT_VERBS and bool(marks & JUDGEMENT_MARKS)
    if feeling.pos_ == "VERB" and (lemma in EXPERIENCER_VERBS or judged):
        # "criticized Sessions since he recused himself": only a causal mark for a judgement
        found = next((c for c in feeling.children if c.dep_ == "dobj"), None)
    elif feeling.pos_ == "ADJ" and feeling.lower_ in EXPERIENCER_ADJECTIVES:
        holders = [feeling, feeling.head] if feeling.dep_ == "acomp" else [feeling]
        found = next(
            (
                p
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in STIMULUS_PREPOSITIONS
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    if found is not None and found.lower_ in _RELATIVES:
        relative = next((a for a in found.ancestors if a.dep_ == "relcl"), None)
        found = relative.head if relative is not None else None
    return found
