""" "The committee", "the group", "the newspaper" as references: the one organisation of its
kind the nearest sentence before names.

News names an organisation once and goes on with its kind ("New Florida Majority ... The group
endorsed Warren"; "he has been targeted by the newspaper" after "the Evening Standard"; "The
committee, she said, supports Moore" after "the Alabama Republican Party Steering Committee").
Like "the party" (``party_references``), the noun is the organisation of the nearest sentence
(its own, then up to two before) that names one of that kind, when it names exactly one; the
kind is a word of the name ("... Committee"), a news outlet's for "the newspaper", and any
organisation but an outlet for "the group" (``patterns/organization_references.json``). A
noun brought in as a new referent in between ("a group of senators ... the group") is not it.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Token

from polkg.extract.lexicon import words
from polkg.extract.mentions import DocState, Owner
from polkg.extract.nearest_sentences import bare_definite, window_start
from polkg.extract.token_columns import token_columns

_SENTENCES = 2  # the sentence of the noun and up to two before it


@functools.cache
def _nouns() -> dict[str, Any]:
    data = words("organization_references")
    nouns: dict[str, Any] = {}
    for noun, spec in data["nouns"].items():
        heads: set[str] = set()
        for head in spec["heads"]:
            heads |= set(data[head[1:]]) if head.startswith("@") else {head}
        nouns[noun] = (frozenset(spec["types"]), frozenset(heads))
    return nouns


@functools.cache
def _outlets_and_introducers() -> tuple[frozenset[str], frozenset[str]]:
    """Words of a news outlet's name ("the group" is none) and determiners that introduce a new
    organisation of a kind ("a group of senators ... the group" is that one)."""
    data = words("organization_references")
    outlets = frozenset(data["media_print"]) | frozenset(data["media_broadcast"])
    return outlets, frozenset(data["introducers"])


class OrganizationReferences:
    """ "the committee" -> the one committee of the nearest sentence before that names one.

    Run after the model's organisations are added (``Actors.ner_entities``): most of the
    organisations these nouns refer to are names only the model finds."""

    def __init__(self, state: DocState) -> None:
        self.state = state

    def organization_references(self) -> None:
        nouns = _nouns()
        columns = token_columns(self.state.doc)
        for i, low in enumerate(columns.lower):
            kind = nouns.get(low)
            if (
                kind is None
                or columns.pos[i] not in ("NOUN", "PROPN")
                or self.state.owner[i] is not None
            ):
                continue
            tok = self.state.doc[i]  # (a Token is made for the few group nouns only)
            key = self._nearest_organization(tok, _SENTENCES, *kind)
            if key is None:
                continue
            self.state.owner[tok.i] = Owner.of_other(key)
            self.state.mentions.append((tok.i, tok.i + 1, Owner.of_other(key)))
            aliases = self.state.others[key].aliases
            if tok.text not in aliases:
                aliases.append(tok.text)

    def _nearest_organization(
        self, tok: Token, sentences: int, types: frozenset[str], heads: frozenset[str]
    ) -> tuple[str, str] | None:
        """The organisation "the group" at ``tok`` refers to, if one sentence decides."""
        if not bare_definite(self.state, tok):
            return None  # "the other group", "the group of senators", "the advocacy group"
        first = window_start(tok, sentences)
        outlets, introducers = _outlets_and_introducers()
        found: set[tuple[str, str]] = set()
        sentence = None
        for j in range(tok.i - 1, first.start - 1, -1):
            if sentence is not None and j < sentence:
                break  # the nearest sentence that names one decides
            t = self.state.doc[j]
            if (
                sentence is None
                and t.lower_ == tok.lower_
                and any(c.dep_ == "det" and c.lower_ in introducers for c in t.children)
            ):
                return None  # "a group of senators ... the group"
            owner = self.state.owner[j]
            if owner is None or not owner.is_other or owner.other[0] not in types:
                continue
            name = set(owner.other[1].split())
            if heads and not name & heads:
                continue
            if not heads and name & outlets:
                continue  # "the group" is no news outlet
            sentence = t.sent.start
            found.add(owner.other)
        return next(iter(found)) if len(found) == 1 else None
