"""A titled act the text writes with its year is named with it: "the Energy Policy Act of 2005".

The title patterns (``patterns/entities.jsonl``) end a bill's title at its head word, so "the
Magnuson-Stevens Fishery Conservation and Management Reauthorization Act of 2005" was the
entity "Magnuson-Stevens Fishery Conservation and Management Reauthorization Act". The year
is part of an act's full title ("the Civil Rights Act of 1964" and "of 1991" are two laws), and
the entity's name is the fullest form the document gives it, as a person's is its fullest
personal name (DESIGN.md): so once every relation is found, an act whose mentions are followed
by "of" and one year is renamed "<title> of <year>", the short title staying an alias.

The rename comes last (``Extractor.result``) because the entity layer and the relation rules
read a bill's kind from its name's last word ("Act", "Bill", "amendment"); they keep seeing
the title. Left alone: a law polkg's patterns name canonically ("Affordable Care Act", whatever
year the text adds), a title written with two different years (two laws, or a typo), and any
other kind of name. Word lists: ``patterns/bill_kinds.json`` (`title_year_heads`,
`title_year_prepositions`).
"""

from __future__ import annotations

import dataclasses
import functools

import srsly
from spacy.tokens import Doc

from polkg.extract.entities import DocEntities
from polkg.extract.laws_in_force import year_after
from polkg.extract.lexicon import word_sets, words
from polkg.extract.nlp import pattern_paths
from polkg.model import Assertion, EntityRecord

_KINDS = word_sets("bill_kinds")
_HEADS = _KINDS["title_year_heads"]
_SINCE = int(words("bill_kinds")["title_year_since"])


@functools.cache
def _canonical_laws() -> frozenset[str]:
    """The laws the span patterns name by a canonical id ("Affordable Care Act")."""
    return frozenset(
        str(entry["id"])
        for path in pattern_paths()
        for entry in srsly.read_jsonl(path)
        if entry.get("label") == "LEGISLATION" and entry.get("id")
    )


def title_years(entities: DocEntities) -> dict[str, str]:
    """Entity name -> the name with its year, for each act the text writes with one year."""
    doc: Doc = entities.doc
    years: dict[str, set[str]] = {}
    for _start, end, rec in entities.mentions:
        if rec.type != "Legislation" or rec.name in _canonical_laws():
            continue
        head = rec.name.split()[-1]
        if head.lower() not in _HEADS or doc[end - 1].text != head or end + 1 >= len(doc):
            continue
        found = year_after(doc, end, bare=False, since=_SINCE)
        if found is not None:
            years.setdefault(rec.name, set()).add(f"{found[0]} {found[1]}")
    return {name: f"{name} {found.pop()}" for name, found in years.items() if len(found) == 1}


def with_title_years(
    entities: list[EntityRecord], assertions: list[Assertion], renames: dict[str, str]
) -> tuple[list[EntityRecord], list[Assertion]]:
    """The records and assertions with each renamed act under its name with the year."""
    if not renames:
        return entities, assertions
    records = [
        dataclasses.replace(
            rec, name=renames[rec.name], aliases=sorted(set(rec.aliases) | {renames[rec.name]})
        )
        if rec.name in renames
        else rec
        for rec in entities
    ]
    renamed = [
        dataclasses.replace(
            a,
            subject=renames.get(a.subject, a.subject),
            object=renames.get(a.object, a.object),
        )
        for a in assertions
    ]
    return records, renamed
