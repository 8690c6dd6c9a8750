"""Testimonials: a speaker's praise of a named person backs that person.

Press releases on nominations quote letters of support ("Richard Wiley ... wrote that 'Tom is
an outstanding lawyer'", "Fielding has described Tom as 'a very special individual'"); the
guidelines count vouching for someone as endorsement. The quote layer finds disparaging
predicates about a named actor; this module finds the positive ones, with the same polarity
words (:func:`polkg.extract.lexicon.judgement_words`) read the other way round, and the verbs
of ``patterns/testimonials.json``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from polkg.extract.inverted_conditions import is_question
from polkg.extract.judgements import described_object, describing_phrases
from polkg.extract.lexicon import judgement_words, vader_valences, word_sets, words
from polkg.extract.quotes import NEGATIONS, Quote, QuoteIndex, quoted_actors
from polkg.extract.token_columns import token_columns
from polkg.model import EntityRecord


@functools.cache
def praise_adjectives() -> frozenset[str]:
    """Adjectives that back whom they describe: VADER's clearly positive words (at least
    ``min_valence``, less those that judge nobody) and the packaged ``praise_words``."""
    floor = float(words("testimonials")["min_valence"])
    _, positive = judgement_words()
    strong = {w for w, v in vader_valences().items() if v >= floor and w in positive}
    return frozenset(strong) | word_sets("testimonials")["praise_words"]


@dataclass(frozen=True)
class Praise:
    """The praised token, the praising word, and the quote or describing verb that says it."""

    target: Token
    word: Token
    quote: Quote | None = None
    verb: Token | None = None


def praising_word(phrase: list[Token]) -> Token | None:
    """The first praising adjective of a noun phrase that holds no negative word and no
    negation ("an outstanding lawyer" -> outstanding; "not a great man", "a great man but a
    terrible senator", "rich" alone -> None); a virtue one is "of" praises too ("a man of
    integrity")."""
    negative, _ = judgement_words()
    praise = praise_adjectives()
    virtues = word_sets("testimonials")["virtue_nouns"]
    holders = word_sets("testimonials")["virtue_holders"]
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for t in phrase):
        return None  # an adjective alone describes ("Trump is rich")
    hit = None
    for t in phrase:
        forms = {t.lower_, t.lemma_.lower()}
        if t.dep_ == "neg" or forms & NEGATIONS or forms & negative:
            return None
        if hit is None and t.pos_ == "ADJ" and forms & praise:
            hit = t
        elif hit is None and _virtue_of(t, forms, virtues, holders):
            hit = t  # "a man of the highest integrity"
        elif hit is None and _choice_of(t, forms):
            hit = t  # "the right choice for president"
    return hit


def _choice_of(tok: Token, forms: set[str]) -> bool:
    """Whether ``tok`` calls its noun the one to choose ("the right choice", "the only choice",
    "the clear choice for president", "the best choice"): a modifier of ``choice_modifiers`` on
    a noun of ``choice_nouns``, or the speaker's own possessive ("our choice for president",
    ``choosing_possessives``); a speaker's choice named is backed (EndorsementDB,
    gold/README.md)."""
    lists = word_sets("testimonials")
    if tok.head.lemma_.lower() not in lists["choice_nouns"]:
        return False
    if tok.dep_ == "poss":
        return bool(forms & lists["choosing_possessives"])
    return tok.dep_ == "amod" and bool(forms & lists["choice_modifiers"])


def _choice_phrase(noun: Token) -> list[Token]:
    """The words of a choice noun's phrase that qualify the choice: its subtree without the
    clauses that hang on it ("the clear choice to become our president and confront the
    challenges and dangers we face": what the chosen will do is no judgement of the choice;
    ``choice_clause_deps``)."""
    clauses = word_sets("testimonials")["choice_clause_deps"]
    cut = [c for c in noun.children if c.dep_ in clauses]
    inside = {t.i for c in cut for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _is_choice_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in word_sets("testimonials")["choice_nouns"]


def _virtue_of(
    tok: Token, forms: set[str], virtues: frozenset[str], holders: frozenset[str]
) -> bool:
    """Whether ``tok`` is a virtue a person is said to be "of" ("a man of integrity", "a man
    possessed of the highest integrity"; not "a judge of character", who judges it)."""
    return (
        tok.pos_ == "NOUN"
        and bool(forms & virtues)
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in holders
    )


def quoted_praise(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Praise]:
    """Persons inside an attributed quote that are the subject of a praising copula clause
    ("Tom is a wise and good man", "I believe Mr. Griffith is an exceptional nominee")."""
    copulas = word_sets("testimonials")["copulas"]
    found: list[Praise] = []
    choosers = word_sets("testimonials")["choosing_speakers"]
    for q, tok, rec in quoted_actors(doc, index, entity_at):
        if q.speaker is None or rec.type != "Person":
            continue
        word = _copula_praise(tok, q, copulas) or _named_choice(tok, q, copulas)
        if word is None:
            continue
        if _choice_of(word, {word.lower_, word.lemma_.lower()}):
            # "Clinton is the only choice for president," the Times said: a choice names a
            # candidate, and an editorial board or a group chooses as a person does
            if q.speaker.type.lower() in choosers:
                found.append(Praise(tok, word, quote=q))
            continue
        if q.speaker.type != "Person":
            continue  # one person speaking (co-signed quotations are not read here)
        if len(rec.name.split()) < 2:
            continue  # a lone surname may be no person at all ("Cannon is the valuable
            # installation"): praise needs a person the text names in full
        found.append(Praise(tok, word, quote=q))
    return found


def _copula_praise(tok: Token, q: Quote, copulas: frozenset[str]) -> Token | None:
    if tok.dep_ != "nsubj":
        return None
    head = tok.head
    if not q.contains(head.i) or head.lemma_.lower() not in copulas:
        return None
    if any(c.dep_ == "neg" for c in head.children) or is_question(head):
        return None
    if head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children):
        return None  # "Tony Mendez was a true American hero": a eulogy, not support
    for c in head.children:
        if c.dep_ == "attr" and c.i > head.i and q.contains(c.right_edge.i):
            return praising_word(_choice_phrase(c) if _is_choice_noun(c) else list(c.subtree))
    return None


def _named_choice(tok: Token, q: Quote, copulas: frozenset[str]) -> Token | None:
    """The choice word of a choice that names ``tok`` other than as a copula's subject: the
    choice as the subject and the name as the predicate ("for us the clear choice is Hillary
    Clinton", "our choice is Clinton") or the name as the subject of a small clause on the
    choice noun ("experience and maturity make Hillary Clinton the superior choice")."""
    head = tok.head
    if not q.contains(head.i):
        return None
    if tok.dep_ == "nsubj" and _is_choice_noun(head):
        word = praising_word(_choice_phrase(head))  # "make Hillary Clinton the right choice"
    elif tok.dep_ == "attr" and head.lemma_.lower() in copulas:
        if any(c.dep_ == "neg" for c in head.children) or is_question(head):
            return None
        if head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children):
            return None  # "the obvious choice was Hillary Clinton": a past pick
        subjects = [c for c in head.children if c.dep_ == "nsubj" and _is_choice_noun(c)]
        if not subjects or subjects[0].i > tok.i:
            return None
        word = praising_word(_choice_phrase(subjects[0]))
    else:
        return None
    if word is None or not _choice_of(word, {word.lower_, word.lemma_.lower()}):
        return None  # only a choice backs here ("our best hope is X" is not read)
    return word


def described_praise(doc: Doc) -> Iterator[Praise]:
    """Objects of a describing verb whose description praises them ("described Tom as 'a very
    special individual'", "called him a man of integrity")."""
    verbs = word_sets("testimonials")["describing_verbs"]
    for verb in token_columns(doc).verbs(verbs):
        target = described_object(verb)
        if target is None:
            continue
        for phrase in describing_phrases(verb, target):
            if any(_third_owner(t, verb) for t in phrase):
                break  # "portray Barr as Trump's loyal defender": his tie to Trump, no praise
            word = praising_word(phrase)
            if word is not None:
                yield Praise(target, word, verb=verb)
                break


def _third_owner(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` possesses the description itself (the noun the describing ``verb`` or its
    "as" takes) for someone other than its speaker ("Trump's", "his"; not "my", "our"): the
    description then tells the described one's tie to that owner ("a loyal defender of" him),
    which is no praise of the describer's ("praised Rice as ... in a statement after her
    announcement" keeps its praise)."""
    if tok.dep_ != "poss" or tok.lower_ in word_sets("testimonials")["own_possessives"]:
        return False
    noun = tok.head
    return noun.head == verb or (noun.head.lower_ == "as" and noun.head.head == verb)
