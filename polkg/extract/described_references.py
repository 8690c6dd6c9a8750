"""A definite head noun that points back at the one plan, proposal or measure the text described.

News and press releases introduce an unnamed measure once by what it does ("a resolution to
establish procedural rules for the inquiry", "a measure to repeal and replace the healthcare law")
and then keep to its bare head: "231 Democrats supporting the resolution", "McCain announced his
opposition to the measure", "the Lib Dems oppose the plans". The entity layer makes the described
phrase an entity (``descriptive_actors``); this module lets the later bare head refer to it, as a
reader does ("introduced legislation reauthorizing ... the legislation"): only the same head word in
the same number ("the plans" after "plans to ...", never "the plan" after "plans"), only when
exactly one described actor of that head came before, only with a plain definite determiner and no
other modifier ("a new plan", "the Senate resolution" may be another), and only in a text that names
no law or scheme of its own (a named one is what a bare "the bill"/"the plan" means:
``generic_references.generic_referent``). The heads are ``descriptive_actors.json``'s
``legislation_heads``, ``bill_heads`` and ``action_heads`` ("the ban" after "a ban on smoking in
public places"), the determiners data
(``patterns/described_references.json``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from polkg.extract.act_measures import ACTION_HEADS
from polkg.extract.lexicon import word_sets


def plain_definite(tok: Token, determiners: frozenset[str]) -> bool:
    """ "the resolution", "this measure": a definite determiner and nothing else before or
    after the head ("the Senate resolution", "the new plan", "the plan's backers" are not)."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in determiners:
        return False
    return all(c.dep_ in {"det", "punct", "prep", "cc", "conj"} for c in tok.children) and not any(
        c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ != "by" for c in tok.children
    )


def back_references(
    doc: Doc,
    described_heads: Sequence[tuple[int, tuple[str, str]]],
    free: Sequence[bool],
    named_laws: bool,
) -> Iterator[tuple[int, tuple[str, str]]]:
    """``(token, key)`` for each bare definite head noun that refers back to a described actor.

    ``described_heads``: the head token and entity key of each described actor, in text order;
    ``free[i]``: token ``i`` belongs to no entity yet; ``named_laws``: the text names a law or
    scheme (then the bare heads are left to the named one)."""
    if named_laws or not described_heads:
        return
    determiners = word_sets("described_references")["determiners"]
    described = word_sets("descriptive_actors")
    # "the ban" after "a ban on smoking in public places" too (``act_measures``)
    back_heads = described["legislation_heads"] | described["bill_heads"] | frozenset(ACTION_HEADS)
    heads = {i for i, _ in described_heads}
    for tok in doc:
        if tok.pos_ != "NOUN" or not free[tok.i] or tok.i in heads:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in back_heads or not plain_definite(tok, determiners):
            continue
        earlier = {
            key
            for i, key in described_heads
            if i < tok.i and doc[i].lemma_.lower() == lemma and doc[i].tag_ == tok.tag_
        }
        if len(earlier) == 1:
            yield tok.i, earlier.pop()
