"""Role nouns as references: "the nominee", "the celebrity businessman", "the California lawmaker".

News names a politician with a role that is no office ("Republican nominee Donald Trump",
"Roy Moore, the Senate candidate", "billionaire businessman Donald Trump") and then refers back
by that role alone ("Even so, the Republican nominee mocked Clinton at a Colorado rally", "Sessions
... became the first U.S. senator to endorse the celebrity businessman"). Left alone, the relation
the role noun carries is lost, and a pronoun after it finds nobody. Many people hold a role, and a
wrong referent is a wrong edge, so a role noun resolves only to the one person the text has
already given that very role: by the noun before the name, an apposition or a predicate, by an
office that carries it (a senator is a lawmaker), or for a member of Congress by the gazetteer's
seat at the document's date. A party or state word before the noun must be that person's, as
the text or the gazetteer knows it. The nouns and modifiers are data
(``patterns/role_references.json``).
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Token

from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.legislators import affiliation, fold_name
from polkg.extract.lexicon import us_state, words
from polkg.extract.mentions import NOT_REFERRING_DEPS, RESTRICTING_DEPS, DocState
from polkg.extract.token_columns import token_columns

# how a role noun gives its role to a person's name: "nominee Donald Trump", "Trump, the nominee"
_GIVING = frozenset({"compound", "amod", "appos", "nmod"})


@functools.cache
def _data() -> dict[str, Any]:
    return dict(words("role_references"))


@functools.cache
def role_nouns() -> frozenset[str]:
    """The role nouns a reference may be made of (``role_references.json``), the possessed
    rival nouns included."""
    return frozenset(_data()["role_nouns"]) | frozenset(_data()["rival_nouns"])


@functools.cache
def _known_roles() -> dict[tuple[str, str], frozenset[str]]:
    """(folded given name, folded surname) -> the roles public knowledge gives that person."""
    return {
        (fold_name(name.split()[0]), fold_name(name.split()[-1])): frozenset(roles)
        for name, roles in _data()["known_roles"].items()
    }


class RoleDescriptions:
    """ "the [describing words] <role noun>" -> the one person the text gave that role before it
    (``role_description``); the clause test is the party descriptions' (``descriptions``)."""

    def __init__(self, state: DocState, descriptions: DescriptionReferences) -> None:
        self.state = state
        self.descriptions = descriptions

    def role_description(
        self, head: Token, own: tuple[int, int] = (0, 0)
    ) -> tuple[int, int] | None:
        """The person (and first token) the role noun ``head`` stands for, with its article; None
        when it is no such reference or not exactly one person fits. ``own`` is a title span
        the noun ends ("the Senate candidate"), whose words are the role's own."""
        state = self.state
        if (
            head.lower_ not in role_nouns()
            or head.tag_ != "NN"
            or state.quoted[head.i]
            or head.dep_ in NOT_REFERRING_DEPS
            or any(c.dep_ in RESTRICTING_DEPS for c in head.children)
            or self.descriptions.named_after(head)
            or (head.i + 1 < state.n and state.doc[head.i + 1].tag_ == "NNP")
        ):
            return None
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if possessor is not None:
            return self._rival(head, possessor)
        det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
        if (
            det is None
            or det.lower_ not in state.words["definite_determiners"]
            or head.lower_ not in _data()["role_nouns"]
        ):
            return None
        wanted = self._described(state.doc[det.i + 1 : head.i], own)
        if wanted is None:
            return None
        party, place = wanted
        holders = self._holders(head.lower_, det.i) - self.descriptions.clause_subjects(head)
        if party:
            holders = {k for k in holders if self.descriptions.known_party(k) == party}
        if place:
            states = {k: self.descriptions.known_state(k) for k in holders}
            if any(s is None for s in states.values()):
                return None  # a holder of unknown state may be the one meant
            holders = {k for k in holders if states[k] == place}
        return (next(iter(holders)), det.i) if len(holders) == 1 else None

    def _rival(self, head: Token, possessor: Token) -> tuple[int, int] | None:
        """ "his opponent", "Trump's Democratic rival" in a text of an election year: the other
        major party's presidential nominee of the day, when the possessor is one, the text named
        the other before and nobody else of the kind; a party word must be the rival's."""
        state = self.state
        if head.lower_ not in _data()["rival_nouns"]:
            return None
        wanted = self._described(state.doc[possessor.right_edge.i + 1 : head.i], (0, 0))
        owner = state.owner[possessor.i]
        if wanted is None or wanted[1] or owner is None or not owner.is_person:
            return None
        own_party = self.descriptions.nominee_party_of(owner.person)
        if own_party is None:
            return None
        rivals = {
            k
            for k, at in state.recent.items()
            if at < possessor.i
            and k != owner.person
            and (party := self.descriptions.nominee_party_of(k)) is not None
            and party != own_party
            and (not wanted[0] or party == wanted[0])
        }
        return (next(iter(rivals)), possessor.left_edge.i) if len(rivals) == 1 else None

    def _described(self, between: Any, own: tuple[int, int]) -> tuple[str, str] | None:
        """(party, state) the words between the article and the role noun ask of its holder
        ("" when they ask none); None when a word is anything but a describing one: adjectives,
        numbers, hyphenated compounds, nouns that describe ("the celebrity businessman"), a
        party ("the Republican nominee") or a US state ("the California lawmaker"); never a
        superlative, a nationality or ordinal, another institution's name, nor a word that tells
        of another holder ("the other candidate", "the eventual nominee")."""
        state, data = self.state, _data()
        party, place = "", []
        for t in between:
            sp = state.span_at[t.i]
            if own[0] <= t.i < own[1]:
                continue
            if sp is not None and sp.label_ == "PARTY":
                if party and party != sp.id_:
                    return None
                party = sp.id_
            elif t.lower_ in data["other_modifiers"] or t.tag_ == "JJS":
                return None
            elif t.pos_ == "PROPN":
                place.append(t.text)
            elif t.ent_type_ in ("NORP", "ORDINAL", "GPE", "ORG", "PERSON"):
                return None
            elif not state.describes_holder(t, data["describing_nouns"]):
                return None
        where = us_state(" ".join(place)) if place else ""
        if where is None:
            return None  # "the FBI official", "the DNC chairwoman": another institution's
        return party, where

    def _holders(self, role: str, before: int) -> set[int]:
        """Every person named before token ``before`` whom the text gave ``role`` before it (by
        the noun before the name, an apposition or a predicate), or an office that carries it,
        or, for a role every member of Congress holds, the gazetteer's seat."""
        state, data = self.state, _data()
        found = self._given(role, before)
        offices = set(data["role_offices"].get(role, []))
        for k, p in enumerate(state.persons):
            if k not in state.recent or state.recent[k] >= before or k in found:
                continue
            if any(o.title in offices for o in p.offices) or self._known(k, role):
                found.add(k)
            elif role in data["legislator_roles"] and p.givens and p.names:
                if affiliation(sorted(p.givens), p.surname, state.day) is not None:
                    found.add(k)
            elif role in data["nominee_roles"]:
                if self.descriptions.nominee_party_of(k) is not None:
                    found.add(k)
        return found

    def _known(self, k: int, role: str) -> bool:
        """Whether public knowledge gives person ``k``, named in full, ``role``
        (``known_roles``: "the celebrity businessman" is Donald Trump)."""
        p = self.state.persons[k]
        surname = fold_name(p.surname)
        return any(role in _known_roles().get((fold_name(g), surname), ()) for g in p.givens)

    def _given(self, role: str, before: int) -> set[int]:
        """The persons the text gives ``role`` before token ``before``: "nominee Donald Trump",
        "Trump, the nominee", "the nominee, Donald Trump", "Moore is the nominee"."""
        state = self.state
        found: set[int] = set()
        lowers = token_columns(state.doc).lower
        for i in range(before):
            if lowers[i] != role or state.quoted[i]:
                continue
            t = state.doc[i]
            named = [t.head] if t.dep_ in _GIVING else []
            named += [c for c in t.children if c.dep_ == "appos"]
            if t.dep_ == "attr" and t.head.lemma_ == "be":
                named += [c for c in t.head.children if c.dep_ == "nsubj"]
            for n in named:
                owner = state.owner[n.i]
                if owner is not None and owner.is_person:
                    found.add(owner.person)
        return found
