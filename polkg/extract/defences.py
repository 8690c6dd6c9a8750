"""Words said in someone's defence: a speaker who says the judged actor was wronged defends it.

'"Flynn lied and they destroyed his life," Trump said', after "I feel badly for General
Flynn": the lie is conceded in Flynn's defence, and the blame falls on whoever destroyed his
life. A disparaging predicate on a named actor (quoted or reported) judges nobody when the same
sentence of the quotation makes that actor the one wronged: the object, or the passive subject,
of a verb of persecution (``wrongs.wronging``: "destroy", "ruin", "persecute"; or "treat" in
a wronging manner: "treated unfairly"), itself or as the owner of
what is wronged ("his life", "Flynn's career"), done by someone else ("he ruined his own
career" is still his doing).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.wrongs import wronging
from polkg.model import EntityRecord

# possessive pronouns that can stand for the actor named before them in the sentence
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})

EntityAt = Callable[[int], EntityRecord | None]


def wronged(
    tok: Token, target: EntityRecord, inside: Callable[[int], bool], entity_at: EntityAt
) -> bool:
    """Whether the sentence of ``tok`` (inside the quotation or reported clause: ``inside``)
    says that someone else wronged ``target``: "they destroyed his life"."""
    for verb in tok.sent:
        if verb.pos_ != "VERB" or not inside(verb.i):
            continue
        if not wronging(verb, persecution=True):
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(_names(c, target, entity_at) for c in doers):
            continue  # "he ruined his own career"
        victims = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(_victim(v, tok, target, entity_at) for v in victims):
            return True
    return False


def _names(tok: Token, target: EntityRecord, entity_at: EntityAt) -> bool:
    rec = entity_at(tok.i)
    return rec is not None and rec.name == target.name


def _victim(noun: Token, tok: Token, target: EntityRecord, entity_at: EntityAt) -> bool:
    """``noun`` is the target, or something the target owns: by name ("Flynn's career") or by
    a possessive pronoun after the target's name with no other name between ("his life")."""
    if _names(noun, target, entity_at):
        return True
    for owner in noun.children:
        if owner.dep_ != "poss":
            continue
        if _names(owner, target, entity_at):
            return True
        if owner.lower_ in _OWNER_PRONOUNS and owner.i > tok.i:
            between = range(tok.i + 1, owner.i)
            doc = noun.doc
            if not any(
                doc[j].pos_ == "PROPN"
                and (rec := entity_at(j)) is not None
                and rec.name != target.name
                for j in between
            ):
                return True
    return False
