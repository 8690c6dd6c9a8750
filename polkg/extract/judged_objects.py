"""Judged objects: what the subject did, judged in the speaker's quoted words.

"Sanders said Nadler had 'opened up a disgraceful and abusive investigation'", "Trump tweeted
that McCabe 'knew all about the lies and corruption'", "King said Obama's promise amounted to a
'monumental failure'": the predicate of the reported clause's named subject carries the
judgement in its object, not in a copula complement. The object phrase (the verb's direct
object, or the object of a preposition right after it) is the speaker's own quoted words, and it
holds a word of the quote-judgement lexicon: an offence or erring noun as its head ("the lies",
"a monumental failure"; not a word said of persons, "he enjoyed that joke"), or a judging
adjective on it ("a disgraceful ... investigation", ``lexicon.judgement_words``, the derived
judgements, the deed pejoratives). The subject did or
made what is so judged, so the speaker criticizes it.

Not when the verb acts against what its object names or suffers it ("fought corruption",
"exposed the lies", "inherited a disastrous economy", "faced a vicious campaign"), reports,
perceives or regards it ("described a disgraceful scene", "views the president as a threat"),
or judges it itself ("condemned the disgraceful attack", any speech or characterizing verb:
"referred to McGahn as a 'lying bastard'"): ``patterns/judged_objects.json``
``countering_verbs``; nor a subject the speaker is part of ("Senator Feinstein and I have the
dubious distinction"), nor for an adjective that
classifies rather than judges ("a criminal investigation", ``kind_adjectives``), an object a
positive word also describes, or an object another named actor owns ("opened an investigation
into Trump's corrupt dealings" judges Trump's dealings, and the head is the one read).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.deed_judgements import DEED_PEJORATIVES, ERRING_NOUNS, OFFENCE_NOUNS
from polkg.extract.lexicon import judgement_words, word_sets
from polkg.extract.quote_judgements import negative_words

_LISTS = word_sets("judged_objects")
_QUOTE_WORDS = word_sets("cues_quotes")
# the subject's own words ("referred to McGahn as a 'lying bastard'") are no deed judged
_COUNTERING = (
    _LISTS["countering_verbs"] | _QUOTE_WORDS["speech_verbs"] | _QUOTE_WORDS["characterizing_verbs"]
)
_KINDS = _LISTS["kind_adjectives"]
_FIRST_PERSON = _QUOTE_WORDS["first_person"]
_NEGATIONS = word_sets("cues_modality")["negation_particles"]
_OBJECT_LINKS = frozenset({"dobj", "obj"})
# words that may stand between a verb and the preposition of its object ("knew all about")
_PREPOSITION_GAP = frozenset({"advmod", "prt"})


@functools.cache
def _judging_adjectives() -> frozenset[str]:
    return (judgement_words()[0] | negative_words() | DEED_PEJORATIVES) - _KINDS


def judged_object(verb: Token, marked: Callable[[int], bool]) -> Token | None:
    """``verb`` itself when its quoted object judges what its subject did: the object's head
    noun or an adjective on it is a judging word inside the speaker's quotation marks
    (``marked``); None when the verb counters, suffers, reports or judges what its object
    names, is negated (also in its object: "committed no crime"), or no such word is there.
    The verb, not the judging word, is the predicate: its negation, hedge or condition governs
    the charge ("failure" would read as a negating noun)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _COUNTERING:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "had never 'opened up a disgraceful investigation'"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(t.lower_ in _FIRST_PERSON for s in subjects for t in s.conjuncts):
        return None  # "Senator Feinstein and I have the dubious distinction of ...": the speaker's
    for noun in _objects(verb):
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
            continue  # "exposed Trump's lies": another actor's deed
        if any(c.lower_ in _NEGATIONS for c in noun.children):
            continue  # "She has committed no crime except to follow me on Twitter"
        if _judging_word(noun, marked) is not None:
            return verb  # the deed, whose negation, hedge or condition the modality layer reads
    return None


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of a preposition right after it ("amounted to
    a failure", "knew all about the lies"; not an adjunct further on: "died ... in a 'savage,
    brutal killing'", "..., due to the unrelenting irresponsible media coverage"), with their
    conjuncts."""
    heads = [c for c in verb.children if c.dep_ in _OBJECT_LINKS]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i and _bound(verb, prep):
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    return [n for head in heads if head.pos_ == "NOUN" for n in (head, *head.conjuncts)]


def _bound(verb: Token, prep: Token) -> bool:
    """Whether the preposition ``prep`` follows ``verb`` with nothing but an adverb or a
    particle between: the verb's own preposition ("amounted to", "knew all about")."""
    return all(t.dep_ in _PREPOSITION_GAP for t in verb.doc[verb.i + 1 : prep.i])


def _judging_word(noun: Token, marked: Callable[[int], bool]) -> Token | None:
    """A quoted judging word of the object noun ``noun``: itself, or an adjective on it (or a
    conjunct of one: "a disgraceful and abusive investigation"); None when a positive word
    describes it too."""
    _negative, positive = judgement_words()
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    adjectives += [conj for a in adjectives for conj in a.conjuncts]
    if any(a.lemma_.lower() in positive or a.lower_ in positive for a in adjectives):
        return None  # "a bold and risky plan": mixed
    if marked(noun.i) and {noun.lower_, noun.lemma_.lower()} & (OFFENCE_NOUNS | ERRING_NOUNS):
        return noun
    adjective_words = _judging_adjectives()
    for a in adjectives:
        if marked(a.i) and {a.lower_, a.lemma_.lower()} & adjective_words:
            return a
    return None
