"""The doer of a deed that a definite noun names after the text told it.

"Trump fired Comey on Tuesday. Democrats swiftly decried the move" criticizes Trump: a criticized
deed stands for its doer (``arguments``), and the doer of "the move" is the subject of the deed
the sentence before told. A possessed deed ("Trump's remarks") or one a "by" phrase names ("the
decision by the court", ``deed_authors``) says its doer itself; this module reads the bare
definite one ("the move", "the decision", "the remarks", "the report"), which international and
campaign news use once a deed is told ("Corbyn called the move a 'smash and grab on our
democracy'", "Trump labeled the report as 'fake news'").

The doer is the nearest one, going back from the noun through its own sentence and the two
before it, of: the subject of a verb that tells a deed of the noun's family ("fired", "ruled",
"published": ``patterns/deed_antecedents.json``), not negated; the owner of an earlier noun of
the family ("Trump's remarks", "a report by The Atlantic"); the subject of a verb that made an
earlier noun of the family ("delivered a speech"). An earlier noun of the family with no owner
is the same deed told again ("The reports indicated ..."), so the search goes on past it. A noun
with a modifier of its own that may name its doer or matter (a compound, a clause, a
preposition) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from polkg.extract.deed_authors import by_author
from polkg.extract.lexicon import words
from polkg.extract.syntax import clause_subject

_WORDS = words("deed_antecedents")
# noun lemma -> the verb lemmas that tell a deed of its family
FAMILY_VERBS: dict[str, frozenset[str]] = {}
# noun lemma -> the nouns of its family
FAMILY_NOUNS: dict[str, frozenset[str]] = {}
# nouns read only as the criticism's object: "The report has drawn criticism from Republicans" is
# about what the report tells, not about the paper
OBJECT_ONLY: set[str] = set()
for _name, _family in _WORDS["families"].items():
    for _noun in _family["nouns"]:
        FAMILY_VERBS[_noun] = frozenset(_family["verbs"])
        FAMILY_NOUNS[_noun] = frozenset(_family["nouns"])
        if _name in _WORDS["object_only_families"]:
            OBJECT_ONLY.add(_noun)
DEED_NOUNS = frozenset(FAMILY_VERBS)
MAKING_VERBS = frozenset(_WORDS["making_verbs"])
DEFINITE = frozenset(_WORDS["definite_determiners"])
# modifiers that may name the deed's doer or matter: "the Stone commutation", "the decision to
# remove Comey", "the report on McMaster"
_OWN_MODIFIERS = frozenset({"poss", "compound", "nmod", "acl", "relcl", "appos"})
# a preposition on the noun that tells no doer or matter: "condemned the remarks as insensitive"
_FREE_PREPOSITIONS = frozenset(_WORDS["free_prepositions"])
SENTENCES_BACK = 3


def deed_noun(noun: Token) -> bool:
    """A bare definite deed noun: "the move", "this decision", not "Trump's move", "a move",
    "the move to fire Comey"."""
    if _lemma(noun) not in DEED_NOUNS or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    return not any(
        c.dep_ in _OWN_MODIFIERS or c.dep_ == "prep" and c.lower_ not in _FREE_PREPOSITIONS
        for c in noun.children
    )


def antecedent_doer(noun: Token) -> Token | None:
    """The token naming who did the deed the bare definite ``noun`` refers to, or None."""
    if not deed_noun(noun):
        return None
    lemma = _lemma(noun)
    if lemma in OBJECT_ONLY and noun.dep_ in {"nsubj", "nsubjpass"}:
        return None
    verbs, nouns = FAMILY_VERBS[lemma], FAMILY_NOUNS[lemma]
    for tok in _tokens_before(noun):
        low = _lemma(tok)
        if tok.pos_ == "VERB" and low in verbs:
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            doer = _verb_doer(tok)
            if doer is not None:
                return doer
        elif tok.pos_ == "NOUN" and low in nouns:
            owner = _noun_owner(tok)
            if owner is not None:
                return owner
    return None


def _tokens_before(noun: Token) -> Iterator[Token]:
    """The tokens before ``noun`` in its sentence and the ``SENTENCES_BACK`` before, nearest
    first."""
    doc = noun.doc
    start = noun.sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for i in range(noun.i - 1, start - 1, -1):
        yield doc[i]


def _verb_doer(verb: Token) -> Token | None:
    """The subject of an active deed verb, the agent of a passive one."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    subject, demand = clause_subject(verb)
    return None if demand else subject


def _noun_owner(noun: Token) -> Token | None:
    """Who did an earlier deed noun: its possessor, its "by" phrase, or the subject of the verb
    that made it ("delivered a speech")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or by_author(noun)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and _lemma(head) in MAKING_VERBS:
        return _verb_doer(head)
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
