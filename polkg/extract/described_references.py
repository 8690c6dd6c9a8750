"""A definite head noun that points back at the one plan, proposal or measure the text described.

News and press releases introduce an unnamed measure once by what it does ("a resolution to
establish procedural rules for the inquiry", "a measure to repeal and replace the healthcare law")
and then keep to its bare head: "231 Democrats supporting the resolution", "McCain announced his
opposition to the measure", "the Lib Dems oppose the plans". The entity layer makes the described
phrase an entity (``descriptive_actors``); this module lets the later bare head refer to it, as a
reader does ("introduced legislation reauthorizing ... the legislation"): the one described
measure of the same head word in the same number ("the plans" after "plans to ...", never "the
plan" after "plans"), else the one of its kind (session 40, ``kin_groups``: the bill nouns
"bill", "legislation", "measure", measures39's finding, "veto the measure" after "legislation to
extend the intelligence surveillance powers"; the plan nouns "plan", "proposal", "scheme" in
either number, "backed the proposals" after "a plan to freeze the foreign debts"); only with a
plain definite determiner and no other modifier ("a new plan", "the Senate resolution" may be
another). In a text that names a law or scheme, a bare "the bill"/"the plan" means the named one
(``generic_references.generic_referent``): until session 40 no reference back was made there at
all; now one is, to a measure described after the last name before the reference, with no other
measure noun of its kind between ("Legislation introduced Thursday by Sen. Daniel Akaka ... would
have postponed the implementation date ... The measure was blocked"). The heads are
``descriptive_actors.json``'s ``legislation_heads``, ``bill_heads`` and ``action_heads`` ("the
ban" after "a ban on smoking in public places"), the determiners and kin data
(``patterns/described_references.json``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from spacy.tokens import Doc, Token

from polkg.extract.act_measures import ACTION_HEADS
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import Owner


def plain_definite(tok: Token, determiners: frozenset[str]) -> bool:
    """ "the resolution", "this measure": a definite determiner and nothing else before or
    after the head ("the Senate resolution", "the new plan", "the plan's backers" are not)."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in determiners:
        return False
    return all(c.dep_ in {"det", "punct", "prep", "cc", "conj"} for c in tok.children) and not any(
        c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ != "by" for c in tok.children
    )


def named_positions(
    owner: Sequence[Owner | None], described: Collection[tuple[str, str]]
) -> list[bool]:
    """For each token, whether it names a law, scheme or policy: a Legislation entity the text
    names, not one it describes (``described``: the described entities' keys)."""
    return [
        o is not None and o.is_other and o.other[0] == "Legislation" and o.other not in described
        for o in owner
    ]


def back_references(
    doc: Doc,
    described_heads: Sequence[tuple[int, tuple[str, str]]],
    free: Sequence[bool],
    named_at: Sequence[bool],
    named_laws: bool,
) -> Iterator[tuple[int, tuple[str, str]]]:
    """``(token, key)`` for each bare definite head noun that refers back to a described actor.

    ``described_heads``: the head token and entity key of each described actor, in text order;
    ``free[i]``: token ``i`` belongs to no entity yet; ``named_at[i]``: token ``i`` names a law,
    scheme or policy; ``named_laws``: the text names a law or scheme (then only a measure
    described after the last name before the reference, and after the text's first law, with
    no rival between, ``_rival_between``: a measure told before the first law may be that law,
    told before its name)."""
    if not described_heads:
        return
    determiners = word_sets("described_references")["determiners"]
    described = word_sets("descriptive_actors")
    # "the ban" after "a ban on smoking in public places" too (``act_measures``)
    back_heads = described["legislation_heads"] | described["bill_heads"] | frozenset(ACTION_HEADS)
    heads = {i for i, _ in described_heads}
    last_named = -1
    referred: dict[tuple[str, str], set[int]] = {}
    for tok in doc:
        if named_at[tok.i]:
            last_named = tok.i
        if tok.pos_ != "NOUN" or not free[tok.i] or tok.i in heads:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in back_heads or not plain_definite(tok, determiners):
            continue
        if named_laws and last_named < 0:
            continue  # a measure told before the text's first law may be that law, unnamed yet
        before = [
            (doc[i], key)
            for i, key in described_heads
            if i < tok.i and not (named_laws and i < last_named)
        ]
        same = {
            key for told, key in before if told.lemma_.lower() == lemma and told.tag_ == tok.tag_
        }
        kin = {key for told, key in before if _same_kind(told, tok)}
        if not (len(same) == 1 or (not same and len(kin) == 1)):
            continue
        # main's reading (one described measure of the same head, no law named) stands as it
        # was; the readings session 40 added ask that no rival may be meant
        added = named_laws or not same
        key = next(iter(same or kin))
        if added and _rival(doc, tok, key, described_heads, referred):
            continue  # "opposed the measure in 2010" after "sign on to Dream bill"
        referred.setdefault(key, set()).add(tok.i)
        yield tok.i, key


def _rival(
    doc: Doc,
    ref: Token,
    key: tuple[str, str],
    described_heads: Sequence[tuple[int, tuple[str, str]]],
    referred: dict[tuple[str, str], set[int]],
) -> bool:
    """Whether another measure may be meant by ``ref`` than the described measure ``key``: a
    noun of the reference's kind or a ``rival_heads`` noun, not that measure's head or a
    reference back to it, in the measure's sentence or after it ("Mr. Lipinski opposed the
    measure in 2010" after "a nearly identical measure to keep the government open" and "sign
    on to Dream bill"; "The bill includes ... an extension on a bill that protects women from
    violence ... the bill"; "a reciprocal easement agreement ... This proposal"); and, when the
    measure's head is another word than the reference's, the reference's own word anywhere
    before it ("the government's aviation expansion plans ... voluntary compensation schemes
    ... Groups challenging the plans")."""
    own = {i for i, k in described_heads if k == key} | referred.get(key, set())
    head = doc[min(i for i, k in described_heads if k == key)]
    own |= {t.i for t in head.subtree}  # the measure's own words: "a measure to delay the rule"
    rivals = word_sets("described_references")["rival_heads"]
    lemma = ref.lemma_.lower()
    for t in doc[head.sent.start : ref.i]:
        if t.pos_ in ("NOUN", "PROPN") and t.i not in own:
            if _same_kind(t, ref) or t.lemma_.lower() in rivals:
                return True
    if head.lemma_.lower() == lemma:
        return False
    return any(
        t.pos_ == "NOUN" and t.i not in own and t.lemma_.lower() == lemma for t in doc[: ref.i]
    )


def _same_kind(told: Token, ref: Token) -> bool:
    """ "the measure" refers back to "legislation to ...": the same head word in the same
    number, or two heads of one kind of measure (``kin_groups``: the bill nouns, measures39's
    finding; the plan nouns, in either number: "Michael Howard also backed the proposals" after
    "a plan to freeze the foreign debts", ``number_free_groups``). A plan noun is no reference
    back to a measure of another kind: "the plans" after "an annual limit on asylum" may be a
    whole programme the limit is one part of."""
    a, b = told.lemma_.lower(), ref.lemma_.lower()
    data = words("described_references")
    for name, group in data["kin_groups"].items():
        if a in group and b in group:
            return told.tag_ == ref.tag_ or name in data["number_free_groups"]
    return a == b and told.tag_ == ref.tag_
