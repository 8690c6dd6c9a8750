"""Relative clauses on a group that a named actor belongs to.

News text often says what someone did by placing them in a group: "Hurd was one of 14
Republicans who voted to override ...", "Sens. Graham, Levin and McCaskill were among those who
came out strongly against the bill", "John McCain, one of several Republicans who ripped him",
"several GOP senators who have been critical of Trump, including Sens. McCain, Flake and
Sasse". The group itself is nobody we can name (a counted or quantified group is not the party,
``arguments._party_members``), so the relative pronoun found no antecedent and the relation was
lost. What the group did, each named member did: this module finds the tokens that name them;
the argument resolver resolves those. A negated or modal copula ("X is not among those who")
names no member. Word lists: ``patterns/relative_members.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import clause_subject

_WORDS = word_sets("relative_members")
_MODALITY = word_sets("cues_modality")
_BLOCKERS = _MODALITY["negation_particles"] | _MODALITY["hedge_modals"]


def group_members(verb: Token) -> list[Token]:
    """The tokens naming members of the group the relative clause ``verb`` describes: the
    listed members of the group noun ("including X"), else the subject of the copula that puts
    someone among the group ("X was one of the N who", "X is among those who") or the name a
    partitive is apposed to ("X, one of several N who"); empty otherwise."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun == verb:
        return []
    listed = [p for c in _listings(noun, verb) for p in c.children if p.dep_ == "pobj"]
    if listed:
        return listed
    member = noun
    prep = noun.head
    partitive = prep.head.lower_ in _WORDS["member_partitives"]
    if noun.dep_ == "pobj" and prep.lower_ == "of" and partitive:
        member = prep.head  # "one" in "one of 14 Republicans who"
    if member.i != noun.i and member.dep_ == "appos" and member.head.pos_ == "PROPN":
        return [member.head]  # "John McCain, one of several Republicans who ripped him"
    if member.dep_ == "pobj" and member.head.lower_ == "among":
        copula = member.head.head
    elif member.i != noun.i and member.dep_ == "attr":
        copula = member.head
    else:
        return []
    if copula.lemma_.lower() not in _WORDS["among_verbs"] or any(
        c.dep_ in ("neg", "aux") and c.lemma_.lower() in _BLOCKERS for c in copula.children
    ):
        return []
    subj, demand = clause_subject(copula)
    return [subj] if subj is not None and not demand else []


def _listings(noun: Token, verb: Token) -> list[Token]:
    """The "including" phrases that list members of the group ``noun``: its own, or one the
    parser hung on a single person's name inside the relative clause, who can include nobody
    ("senators who have been critical of Trump, including Sens. McCain, Flake and Sasse")."""
    found = []
    for c in [*noun.children, *verb.subtree]:
        if c.dep_ != "prep" or c.lower_ not in _WORDS["listing_preps"]:
            continue
        if c.head == noun or (c.head.tag_ == "NNP" and c.head.ent_type_ == "PERSON"):
            found.append(c)
    return found if noun.tag_ in ("NNS", "NNPS") else []
