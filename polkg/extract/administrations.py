""" "The administration" as an actor: the administration of the president of the day.

American reports name the president and go on with "the administration" without ever naming
it ("Her selection is sure to anger congressional Republicans, who have accused the
administration of inconsistency and a cover-up", in a 2013 story about President Barack Obama's
adviser): the reader takes it for the sitting president's administration, as the gold does
(GovernmentBody "Obama administration"). ``names.definite_reference`` resolves the noun only
to an administration the text named before it, so an unnamed one was no actor.

Here a bare definite "the administration" is the administration of the US president in office
on the document's date (``legislators.executive_at``), when the text names that president by
his name and names no administration at all (a named one is the reference layer's to resolve:
"the Bush administration ... the administration" in a 2009 story is Bush's). Never in an
undated text, never with a modifier, an owner or an "of" phrase ("the Bush administration",
"Trump's administration", "the administration of the vaccine"). The nouns, the determiners and
the entity's name are data (``patterns/administrations.json``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.legislators import executive_at
from polkg.extract.lexicon import given_forms, word_sets, words
from polkg.extract.mentions import DocState
from polkg.extract.token_columns import token_columns


class BareAdministrations:
    """Adds the sitting president's administration for its bare mentions (as a cluster of
    ``actors``)."""

    def __init__(self, state: DocState, actors: Actors) -> None:
        self.state = state
        self.actors = actors

    def administration_entities(self) -> None:
        """Each bare "the administration" as the sitting president's administration, when the
        text names no administration and names that president (see the module docstring)."""
        data = word_sets("administrations")
        found = unclaimed_nouns(self.state, data["heads"])
        if not found or self._names_administration(data["heads"]):
            return
        name = self._sitting_administration(data["title"])
        if name is None:
            return
        for i in found:
            tok = self.state.doc[i]
            if _bare(tok, data["determiners"]):
                self.actors.add_other(i, i + 1, name, "GovernmentBody")
                aliases = self.state.others[("GovernmentBody", name.lower())].aliases
                phrase = self.state.doc[i - 1 : i + 1].text
                if phrase not in aliases:
                    aliases.append(phrase)  # "the administration"

    def _names_administration(self, heads: frozenset[str]) -> bool:
        """Whether the text names an administration ("the Obama administration"), in polkg's
        actors found so far or in the words before any head noun."""
        if any(k[0] == "GovernmentBody" and k[1].split()[-1] in heads for k in self.state.others):
            return True
        doc, lowers = self.state.doc, token_columns(self.state.doc).lower
        return any(
            any(c.dep_ in ("compound", "poss", "amod") for c in doc[i].children)
            for i, low in enumerate(lowers)
            if low in heads
        )

    def _sitting_administration(self, titles: frozenset[str]) -> str | None:
        """ "<Surname> administration" of the president in office on the document's date, when
        the text names him."""
        holder = named_sitting_holder(self.state, titles)
        if holder is None:
            return None
        return str(words("administrations")["name"]).format(surname=holder[0].split()[-1])


def unclaimed_nouns(state: DocState, heads: frozenset[str]) -> list[int]:
    """The positions of the nouns among ``heads`` no entity has claimed yet."""
    columns = token_columns(state.doc)
    return [
        i
        for i, low in enumerate(columns.lower)
        if low in heads and columns.pos[i] == "NOUN" and state.owner[i] is None
    ]


def named_sitting_holder(state: DocState, titles: frozenset[str]) -> tuple[str, int] | None:
    """(full name, person index) of the holder of one of ``titles`` on the document's date
    (``legislators.executive_at``) when the text names him: one person of his surname whose
    given names, if any, are his."""
    for title in sorted(titles):
        holder = executive_at(title.title(), state.day)
        if holder is None:
            continue
        name, surname, givens = holder
        named = persons_called(state, surname, givens)
        if len(named) == 1:
            return name, named[0]
    return None


def persons_called(state: DocState, surname: str, givens: frozenset[str]) -> list[int]:
    """The indices of the text's persons of the folded ``surname`` whose given names, if any,
    are among ``givens`` (a gazetteer holder's): the text names him so."""
    return [
        k
        for k, p in enumerate(state.persons)
        if p.surname.lower() == surname
        and (not p.givens or any(given_forms(g) & givens for g in p.givens))
    ]


def _bare(tok: Token, determiners: frozenset[str]) -> bool:
    """ "the administration", "this administration": a definite determiner and no other
    modifier, owner or prepositional phrase ("the administration of the vaccine"), but for the
    charge of an accusation the parser hangs on it ("accused the administration of a
    cover-up", ``cues_modality.json`` ``allegation_verbs``)."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in determiners or dets[0].i != tok.i - 1:
        return False
    charged = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _allegation_verbs()
    return not any(
        c.dep_ in ("poss", "compound", "amod", "nmod", "nummod")
        or (c.dep_ == "prep" and not (charged and c.lower_ == "of"))
        for c in tok.children
    )


@functools.cache
def _allegation_verbs() -> frozenset[str]:
    return word_sets("cues_modality")["allegation_verbs"]
