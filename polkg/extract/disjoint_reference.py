"""Disjoint reference: a subject "he"/"she" is none of the persons its own clause names.

A pronoun cannot stand for a name or description it c-commands (binding principle C): "he
later publicly broke with the president" is not the president, "He slammed Trump over ..." is
not Trump. When the pronoun resolver (``references.PronounReferences``) has nonetheless taken
such a person (the subject of the sentence before: "President Bush picked him to be Surgeon
General ... He was best known ... Pushed out of his job in 2006, he later publicly broke with
the president, complaining ..." made Bush complain of the Bush administration), the antecedent
is wrong, and the relation layer leaves the pronoun open (``names_own_antecedent``). Only the
clause's own arguments count: an embedded clause with its own subject, a relative clause, a
quotation the pronoun is not in, predicates ("he became the Republican nominee") and
appositions are left out (``patterns/disjoint_reference.json``). Whom the entity layer's later
pronouns follow is not changed; this guard answers for the relation layer only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import EntityRecord

_LISTS = word_sets("disjoint_reference")
SUBJECT_PRONOUNS = _LISTS["subject_pronouns"]
SKIPPED = _LISTS["skipped_dependencies"]
PREDICATE_PREPOSITIONS = _LISTS["predicate_prepositions"]
ARGUMENT_DEPENDENCIES = _LISTS["argument_dependencies"]
_NAMING_POS = frozenset({"PROPN", "NOUN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _clause_tokens(verb: Token, pronoun: Token) -> Iterator[Token]:
    """The tokens of ``verb``'s clause the subject ``pronoun`` c-commands: its arguments and
    their phrases, without embedded clauses, predicates, the pronoun itself."""
    stack = [c for c in verb.children if c != pronoun]
    while stack:
        tok = stack.pop()
        if tok.dep_ in SKIPPED:
            continue
        if tok.dep_ == "prep" and tok.lower_ in PREDICATE_PREPOSITIONS:
            continue
        if tok.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in tok.children):
            continue  # "he won and Trump lost": another clause
        yield tok
        stack.extend(tok.children)


def names_own_antecedent(
    pronoun: Token,
    antecedent: EntityRecord,
    entity: Callable[[Token], EntityRecord | None],
    in_quote: Callable[[int], bool],
) -> bool:
    """Whether the subject ``pronoun`` resolved to ``antecedent``, a person its own clause
    names by a name or description (``entity``: a token's entity), outside quotations the
    pronoun is not in."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS or pronoun.dep_ not in _SUBJECTS:
        return False
    verb = pronoun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    quoted = in_quote(pronoun.i)
    for tok in _clause_tokens(verb, pronoun):
        if tok.pos_ not in _NAMING_POS or in_quote(tok.i) != quoted:
            continue
        if tok.dep_ not in ARGUMENT_DEPENDENCIES:
            continue  # "retweeted a video advertising Trump campaign merchandise": a modifier
        found = entity(tok)
        if found is not None and found.name == antecedent.name and found.type == antecedent.type:
            return True
    return False
