"""Organisations the model leaves untyped: an acronym standing alone as an argument, and a
name the text itself calls an organisation in an apposition.

The small model tags "MEK" in "The Heritage Foundation criticized MEK" a person and no layer
keeps it, and it finds no entity in "Foreign Policy for America, a nonpartisan advocacy
organization, accused Trump". An all-capital word of two to six letters that is the subject or
object of its clause, outside a headline, that names no person, place or country the other
layers know, is an organisation's acronym (``patterns/organization_mentions.json`` lists the
acronyms that are no organisation: "CEO", "GDP", "JFK"). A run of capitalised words with an
apposition headed by an organisation noun ("a nonpartisan advocacy organization", "an
environmental group") is that organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.countries import country_code, demonym_code
from polkg.extract.group_parts import ORGANIZATION_NOUNS
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import DocState
from polkg.extract.token_columns import token_columns

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


class OrganizationMentions:
    """Adds acronyms and apposed names as Organization entities (after the model's own), as
    clusters of ``actors``."""

    def __init__(self, state: DocState, actors: Actors) -> None:
        self.state = state
        self.actors = actors

    def organization_mentions(self) -> None:
        data = words("organization_mentions")
        for i, pos in enumerate(token_columns(self.state.doc).pos):
            if self.state.owner[i] is not None or pos != "PROPN":
                continue
            tok = self.state.doc[i]  # (a Token is made for the proper nouns only)
            if self._acronym(tok, data):
                self.actors.add_other(tok.i, tok.i + 1, tok.text, "Organization")
                continue
            span = self._apposed_name(tok)
            if span is not None:
                start, end = span
                self.actors.add_other(start, end, self.state.doc[start:end].text, "Organization")

    def _acronym(self, tok: Token, data: dict[str, list[str]]) -> bool:
        """ "criticized MEK": an organisation's acronym as the clause's subject or object."""
        if (
            not _ACRONYM.match(tok.text)
            or tok.text in word_sets("organization_mentions")["not_organizations"]
        ):
            return False
        if tok.dep_ not in data["argument_deps"] or tok.ent_type_ not in data["model_labels"]:
            return False
        if country_code(tok.text) or demonym_code(tok.text):
            return False
        low = tok.lower_
        if low in self.state.by_surname or low in self.state.by_given:
            return False
        for near in (
            tok.nbor(-1) if tok.i > 0 else None,
            tok.nbor(1) if tok.i + 1 < self.state.n else None,
        ):
            if near is not None and near.pos_ == "PROPN" and near.text[:1].isupper():
                return False  # part of a longer name: "NBC News", "Sen. JD Vance"
        letters = [t for t in tok.sent if t.is_alpha and len(t) > 1]
        capitals = sum(1 for t in letters if t.is_upper)
        return capitals * 4 <= len(letters)  # not a headline in capitals

    def _apposed_name(self, tok: Token) -> tuple[int, int] | None:
        """ "Foreign Policy for America, a nonpartisan advocacy organization": the name."""
        appos = [
            c
            for c in tok.children
            if c.dep_ == "appos"
            and c.lemma_.lower() in ORGANIZATION_NOUNS
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        ]
        if not appos or appos[0].i < tok.i:
            return None
        start = tok.left_edge.i
        end = appos[0].left_edge.i
        while end > start and self.state.doc[end - 1].is_punct:
            end -= 1
        while start < end and self.state.doc[start].lower_ == "the":
            start += 1
        if end - start < 2 or end - start > 8:
            return None
        connectors = self.state.words["organization_connectors"]
        for i in range(start, end):
            t = self.state.doc[i]
            if t.lower_ in connectors:
                continue
            if not t.text[:1].isupper() or t.pos_ != "PROPN":
                return None
            owner = self.state.owner[i]
            if owner is not None and not (
                owner.is_other and owner.other[0] in ("Place", "Country")
            ):
                return None
        return start, end
