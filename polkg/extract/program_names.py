"""Programme and fund names the entity layer must keep whole: "the Land and Water Conservation
Fund", "the State Children's Health Insurance Program".

Senate releases back federal programmes and funds by their full names. Two cuts lost them: the
generic organisation patterns (``organizations.jsonl``) take capitalised words before a head
such as "Fund" but no "and" inside them, so "the Land and Water Conservation Fund" became
"Water Conservation Fund" (the model's own ORG span is whole); and the model's names are cut
at a possessive ("New Hampshire Public Radio's Stranglehold" is no name), so "the State
Children's Health Insurance Program" became "State Children". Here a programme's or fund's
name (its last word one of ``name_heads``) keeps an "and" between capitalised words when the
model's span holds it, and a possessive after a plural noun of people (``possessors``). Word
lists: ``patterns/program_names.json``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from polkg.extract.lexicon import word_sets

_DATA = word_sets("program_names")
_HEADS = frozenset(_DATA["name_heads"])
_POSSESSORS = _DATA["possessors"]
_JOINERS = _DATA["joiners"]


def joined_start(doc: Doc, start: int, end: int) -> int:
    """Where a pattern's programme or fund name ``doc[start:end]`` really starts: the first
    word of the model's entity that ends with it when only capitalised words and a joiner
    stand between ("[Land and] Water Conservation Fund"); ``start`` otherwise."""
    if start < 2 or not _named_head(doc, end) or doc[start - 1].lower_ not in _JOINERS:
        return start
    if doc[start].ent_iob_ != "I" or doc[end - 1].ent_type_ != "ORG":
        return start  # the model's entity does not run across the joiner
    first = start - 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].ent_iob_ != "B" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return start
    words = [t for t in doc[first : start - 1] if t.lower_ != "the"]
    if not words or not all(t.is_title for t in words):
        return start
    return first


def keeps_possessive(doc: Doc, start: int, cut: int, end: int) -> bool:
    """Whether the possessive at ``cut`` belongs to the name ``doc[start:end]``: a programme's
    name ("State Children's Health Insurance Program") whose possessor is a plural noun of
    people and whose words are all capitalised."""
    if not _named_head(doc, end) or doc[cut - 1].lower_ not in _POSSESSORS:
        return False
    return all(t.is_title for t in doc[start:end] if t.i != cut)


def _named_head(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` ends with a capitalised programme or fund head."""
    return doc[end - 1].is_title and doc[end - 1].lower_ in _HEADS
