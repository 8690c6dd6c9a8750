"""Words that judge an act, and the actor's deed they judge.

A speaker criticises an actor as often through what the actor did as through the actor:
"Gillibrand said Trump's offer was a 'bad deal'", "This is Tony Blair's cheap gesture to the
pro-constitution lobby", "The attorney general made a terrible mistake", "Pelosi called his
anticipated proposal 'a non-starter'". The quote layer reads a disparaging word on a deed its
owner possesses (``quotes._disparaging_predicate``); English judges acts with words of their own
that would be odd or another charge said of a person: a mistake, an error in judgment, a gaffe, a
gimmick, a cheap or ill-advised act (``patterns/deed_judgements.json``). This module says what a
deed of an actor is and which words judge it:

- a deed noun (``cues_quotes.json`` judged_deeds, ``arguments_words.json`` criticism_proxies and
  ``deed_nouns``) owned by its possessor, a party adjective or a "by" phrase; a noun of a deed
  done to someone is its possessor's only with an "of" object: "Comey's firing" judges whoever
  fired him, "Trump's firing of Comey" Trump (``patient_nouns``); a person noun is no deed;
- an erring noun (``erring_nouns``) as the copula complement of the deed ("X's decision was a
  mistake") or as the object of ``erring_verbs`` with the actor as subject ("made a terrible
  mistake", "committed one gaffe after another");
- a deed pejorative (``deed_pejoratives``: "cheap", "hurtful", "ill-advised") on the deed noun
  or as its copula complement.

A speaker's own deed is no target (the quote layer never judges a speaker), and modality still
reads negation, hypotheses and questions on the judging word's clause ("isn't making the same
mistake", "would not be making a mistake if he asked Chris Wray").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.deed_authors import by_author
from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import hyphenated

_WORDS = word_sets("deed_judgements")
_HUMAN_NOUNS = word_sets("entities_words")["human_nouns"]
DEED_NOUNS = (
    word_sets("cues_quotes")["judged_deeds"]
    | word_sets("arguments_words")["criticism_proxies"]
    | _WORDS["deed_nouns"]
)
PATIENT_NOUNS = _WORDS["patient_nouns"]
ERRING_NOUNS = _WORDS["erring_nouns"]
ERRING_VERBS = _WORDS["erring_verbs"]
OFFENCE_NOUNS = _WORDS["offence_nouns"]
DEED_PEJORATIVES = _WORDS["deed_pejoratives"]
# the words that judge a deed besides the disparaging ones (characterizations read them too)
DEED_WORDS = ERRING_NOUNS | DEED_PEJORATIVES


def is_deed(noun: Token) -> bool:
    """Whether ``noun`` names an act, statement or plan of its owner: a deed noun, not a person
    noun, and a noun of a deed done to someone only with its "of" object."""
    if noun.pos_ != "NOUN" or noun.lower_ in _HUMAN_NOUNS:
        return False
    lemma = noun.lemma_.lower()
    if lemma not in DEED_NOUNS and noun.lower_ not in DEED_NOUNS:
        return False
    if lemma in PATIENT_NOUNS or noun.lower_ in PATIENT_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return True


def owns_deed(noun: Token) -> bool:
    """Whether ``noun`` is a deed its own phrase gives an owner: a possessor ("Trump's
    proposal"), a party adjective ("the Democratic failure") or a "by" phrase; a bare "the
    remarks" leaves its doer to the text before (``deed_antecedents``), too far for a word
    that judges deeds only."""
    if not is_deed(noun):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return by_author(noun) is not None


def owned_deed(actor: Token) -> Token | None:
    """The deed noun ``actor`` owns as its possessor ("Trump's offer"), party adjective
    ("Conservative policies") or "by" object ("a cynical decision by Senate Democrats")."""
    head = actor.head
    if actor.dep_ in {"poss", "amod"}:
        noun = head
    elif actor.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "prep":
        noun = head.head
        author = by_author(noun)
        if author is None or author.i != actor.i:
            return None
    else:
        return None
    return noun if is_deed(noun) else None


def deed_word(tok: Token) -> bool:
    """Whether ``tok`` is a word that judges an act (an erring noun or a deed pejorative), also
    as a piece of a hyphenated one the tokenizer split ("ill-advised", "non-starter")."""
    return bool({tok.lemma_.lower(), tok.lower_, hyphenated(tok)} & DEED_WORDS)


def erred(verb: Token, contains: Callable[[int], bool]) -> Token | None:
    """The erring noun ``verb`` makes or commits ("made a terrible mistake", "made an error in
    judgment"), when inside the judging text (``contains``): a charge against the verb's
    subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ERRING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and contains(c.i) and c.lemma_.lower() in ERRING_NOUNS:
            return c
    return None
