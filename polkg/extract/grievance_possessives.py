"""Whose "his" a grievance's reason phrase holds: the one the grievance is about.

"Trump hammered Sessions over his decision to recuse himself", "berating Attorney General Jeff
Sessions for his recusal", "expressed anger at Sessions over his recusal", "criticized Trump for
his decision to remove troops ... and his attacks on NATO": a possessive in the for/over/about
phrase that gives the reason for a criticism or grievance is the possessive of the one criticized
(the implicit causality of judgement verbs: the reason is the target's deed), never the critic's.
Such a possessive used to be left unresolved (the critic was the wrong guess), and the recusal
or stance it carries was lost. ``grievance`` answers both questions in one walk up the parse:
whether a token lies in a grievance at all (then no binding rule may give it the critic) and
whom that grievance is about. Without a named target before the reason
phrase ("criticizing his decision to recuse"), or when the grievance answers back ("Sessions
shot back at Trump over his decision to recuse": the answerer's own act), it stays unresolved.
Word lists: ``patterns/arguments_words.json`` (``grievance_words``,
``grievance_reason_prepositions``, ``grievance_target_prepositions``, ``stimulus_subject_verbs``)
and ``entities_words.json`` ``human_nouns``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import GRIEVANCE_WORDS

_LISTS = word_sets("arguments_words")
REASON_PREPOSITIONS = _LISTS["grievance_reason_prepositions"]
TARGET_PREPOSITIONS = _LISTS["grievance_target_prepositions"]
STIMULUS_SUBJECT_VERBS = _LISTS["stimulus_subject_verbs"]
HUMAN_NOUNS = word_sets("entities_words")["human_nouns"]
_OBJECTS = frozenset({"dobj", "obj"})
_TARGETS = _OBJECTS | {"nsubjpass"}


@dataclass(frozen=True)
class Grievance:
    """What a word of grievance a token lies in is about: ``target``, the token naming whom,
    when the token is in its reason phrase and the target is named before it; else None."""

    target: Token | None


def grievance(tok: Token) -> Grievance | None:
    """The grievance ``tok`` lies in ("fumes at Sessions over his decision", "berating Sessions
    for his recusal"); None when it lies in none. The owner of the grievance noun itself
    ("their criticism of Barr") is its holder, and that is not this case."""
    found = _grievance_and_reason(tok)
    return None if found is None else Grievance(_target(tok, *found))


def _target(tok: Token, word: Token, prep: Token | None) -> Token | None:
    """Whom the grievance ``word`` is about, when ``tok`` is in its reason phrase
    (for/over/about, ``prep``) and the target stands before that phrase as the grievance's
    object ("hammered Sessions over his ...") or the object of its at/with/on/against phrase
    ("anger at Sessions over his ...", "fumes at Sessions over his ..."); else None."""
    if prep is None or prep.lower_ not in REASON_PREPOSITIONS:
        return None
    if any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in word.children):
        return None  # "shot back at Trump over his decision to recuse": the answerer's own act
    if word.pos_ in {"VERB", "AUX"} and word.lemma_.lower() in STIMULUS_SUBJECT_VERBS:
        return None  # "Sessions, who infuriated Trump over his recusal": the offender's act
    holders = [word]
    if word.pos_ in {"NOUN", "ADJ"} and word.head != word:
        holders.append(word.head)  # "expressed anger at Sessions": "at" hung on the verb
    elif word.pos_ in {"VERB", "AUX"}:
        # "fired Sessions over ...", "expressed his anger at Sessions over ...": the grievance
        # noun as object carries the target phrase
        holders += [c for c in word.children if c.dep_ in _OBJECTS and c.pos_ == "NOUN"]
    for holder in holders:
        for child in holder.children:
            if child.i >= prep.i or child.i >= tok.i:
                continue
            # "Sessions was berated by Trump for his recusal": the passive's subject
            if child.dep_ in _TARGETS and child.pos_ in {"PROPN", "NOUN"}:
                if child.lemma_.lower() not in GRIEVANCE_WORDS:
                    return child
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _grievance_and_reason(tok: Token) -> tuple[Token, Token | None] | None:
    """The grievance word (or the verb whose over/about phrase beside a named or grievance
    object holds ``tok``) and the preposition that attaches ``tok``'s phrase to it; None for
    the possessor of a person the grievance is aimed at ("attacked his opponent"), which the
    ordinary rules bind like any other."""
    prep = None
    for anc in tok.ancestors:
        if anc.i != tok.head.i and anc.lemma_.lower() in GRIEVANCE_WORDS:
            if prep is None and tok.head.lower_ in HUMAN_NOUNS:
                return None  # "DeSantis attacked his opponent, Andrew Gillum": his own rival
            return anc, prep
        if anc.pos_ in {"VERB", "AUX"}:
            # "expressed anger at Sessions over his recusal", "fired Sessions over his recusal":
            # "over/about his ..." beside a person or a grievance as object ("for" is as often
            # praise: "commended Biden for his empathy"; "berated X for his ..." is caught above)
            if prep is not None and prep.lower_ in {"over", "about"}:
                for obj in anc.children:
                    if obj.dep_ in _OBJECTS and (
                        obj.pos_ == "PROPN" or obj.lemma_.lower() in GRIEVANCE_WORDS
                    ):
                        return anc, prep
            return None  # only up to the clause ("bash Handel and throw support behind her ...")
        if anc.dep_ == "prep" or anc.pos_ == "ADP":
            prep = anc
    return None
