"""Measures the text names by the act they are: "a ban on smoking in public places".

The fresh samples' measures are told far more often than named, and often by the act itself:
"a reduction in the legal limit from 24 weeks to 20", "the restoration of diplomatic ties with
Cuba", "the reauthorization of the Abandoned Mine Land (AML) fund", "limits on legal and illegal
immigrants". Such a noun (``descriptive_actors.json`` ``action_heads``) with the matter its
own preposition right after it names is a described measure, named by its words as a reader (and
the gold) names it: the matter and how the act measures ("from 24 weeks to 20"), not a clause the
parser hung on the matter ("... being considered by the U.S. Department of Agriculture"). Not
"changes to" (its matter was right on fresh31, but it made a false criticism on a scores-only
document, session 36).
A measure is told by the gerund clause of its act too, where an actor takes a stance on it
("opposes legalizing same-sex marriage", "his call for raising the federal minimum wage",
``gerund_measure``, session 38): the gerund with its object names it.
``descriptive_actors`` makes the entity; these are its parts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import Owner
from polkg.extract.token_columns import TokenColumns

# measure nouns named by the act they are -> the prepositions that tell its matter
ACTION_HEADS: dict[str, frozenset[str]] = {
    head: frozenset(preps) for head, preps in words("descriptive_actors")["action_heads"].items()
}


def is_action_head(lemma: str) -> bool:
    """Whether a noun of this lemma names a measure by its act ("ban", "reduction")."""
    return lemma in ACTION_HEADS


def action_matter(head: Token, child: Token, owner: Sequence[Owner | None]) -> bool:
    """Whether ``child`` is the preposition right after an act noun that tells its matter ("a
    ban on smoking", ``action_heads`` gives each noun's prepositions), with no actor's name before
    the head (``owner``: "the Tory ban on ..." is that actor's proxy, ``arguments``)."""
    return (
        child.dep_ == "prep"
        and child.i == head.i + 1
        and child.lower_ in ACTION_HEADS[head.lemma_.lower()]
        and any(
            c.dep_ in ("pobj", "pcomp") and c.pos_ in ("NOUN", "PROPN", "VERB")
            for c in child.children
        )
        and not any(owner[c.i] is not None for c in head.lefts)
    )


def told_on(head: Token, end: int) -> list[Token]:
    """The words of the prepositional phrases of ``head`` that go on right after its told
    matter (``end``) and say how the act measures ("from 24 weeks to 20",
    ``action_continuations``)."""
    continuations = word_sets("descriptive_actors")["action_continuations"]
    more: list[Token] = []
    for child in head.rights:
        if child.dep_ == "prep" and child.i == end and child.lower_ in continuations:
            more.extend(child.subtree)
            end = child.right_edge.i + 1
    return more


def clause_cut(head: Token, end: int) -> int:
    """Where an act's matter ends before a clause the parser hung on a word of it: "... the
    federal milk marketing orders being considered by the U.S. Department of Agriculture" is
    named by its matter, as a reader (and the gold) names it; ``end`` when there is none. An
    infinitive tells the matter ("the reopening of the BRAC decision to close Walter Reed")."""
    for tok in head.doc[head.i + 2 : end]:
        if tok.dep_ in ("acl", "relcl") and tok.head.i > head.i and tok.left_edge.i > head.i + 2:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue  # "the reopening of the ... decision to close Walter Reed": what it is
            return min(end, tok.left_edge.i)
    return end


def bracketed_abbreviation(doc: Doc, i: int, end: int) -> bool:
    """Whether the tokens from ``i`` are one bracketed word inside a phrase ending at ``end``
    ("the Abandoned Mine Land (AML) fund"): an abbreviation, not where the phrase ends."""
    return doc[i].text == "(" and i + 3 < end and doc[i + 2].text == ")"


def quoted_modifier(doc: Doc, i: int, end: int) -> range:
    """The tokens of a quoted word before its noun inside a phrase ending at ``end``, when an
    opening quotation mark is at ``i`` ("disapproval of the President's "surge" plan for adding
    21,500 ... troops"): the marks are the modifier's, not where the phrase ends; else empty."""
    mark = doc[i]
    noun = mark.head
    if mark.tag_ != "``" or not i < noun.i < end or noun.pos_ not in ("NOUN", "PROPN"):
        return range(0)
    closing = next((j for j in range(i + 1, noun.i) if doc[j].tag_ == "''"), None)
    return range(i, closing + 1) if closing is not None else range(0)


def gerund_measures(
    columns: TokenColumns, owner: Sequence[Owner | None]
) -> Iterator[tuple[Token, tuple[int, int]]]:
    """Each gerund of a ``measure_acts`` verb no entity holds that tells a measure an actor
    takes a stance on (``gerund_measure``), with the span that names it."""
    for verb in columns.verbs(word_sets("possessed_plans")["measure_acts"]):
        if owner[verb.i] is None:
            span = gerund_measure(verb, owner)
            if span is not None:
                yield verb, span


def gerund_measure(verb: Token, owner: Sequence[Owner | None]) -> tuple[int, int] | None:
    """The words of a measure told by a gerund clause of its act that an actor backs, calls
    for or opposes: "opposes legalizing same-sex marriage", "his call for closing the Guantanamo
    Bay detention facility", "voting against expanding background checks on all firearms
    sales". ``verb`` is a gerund of a ``measure_acts`` verb (``possessed_plans.json``) in the
    clause of a stance word (``constructions.json`` ``gerund_stance_verbs`` as its object;
    ``gerund_for_heads``, ``gerund_against_heads`` and ``gerund_to_heads`` through "for",
    "against", "to": "her opposition to funding the wall"); its object is a
    common noun phrase no entity holds ("repealing Obamacare": a stance on the law, which the
    gold records so; "extending it": a reference). The name runs from the gerund over its
    object and the prepositional phrases of the gerund right after it ("restoring voting
    rights to ... people"), up to a stop (``descriptive_actors.json`` ``stops``). None when
    the gerund is no such measure."""
    acts = word_sets("possessed_plans")["measure_acts"]
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in acts or not _stance_clause(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None  # a clause of its own ("support him raising ..."), not a gerund's measure
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].i <= verb.i:
        return None
    obj = objects[0]
    if obj.pos_ not in ("NOUN", "PROPN") or owner[obj.i] is not None:
        return None
    end = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i > obj.i and child.dep_ in ("prep", "prt") and child.left_edge.i == end:
            end = child.right_edge.i + 1
    stops = word_sets("descriptive_actors")["stops"]
    for tok in verb.doc[verb.i + 1 : end]:
        if tok.lower_ in stops or tok.is_space:
            end = tok.i
            break
    if end <= obj.i or end - verb.i > int(words("descriptive_actors")["max_tokens"]):
        return None
    return verb.i, end


def _stance_clause(verb: Token) -> bool:
    """Whether a gerund is the object of a stance word: "supports raising ..." (its xcomp or
    object), "called for closing ..." and "voted against expanding ..." (its preposition's
    complement), the preposition hanging on a verb or noun of ``gerund_for_heads``,
    ``gerund_against_heads`` or ``gerund_to_heads`` (``constructions.json``)."""
    lists = word_sets("constructions")
    gov = verb.head
    if verb.dep_ in ("xcomp", "dobj") and gov.pos_ == "VERB":
        return gov.lemma_.lower() in lists["gerund_stance_verbs"]
    if verb.dep_ != "pcomp" or gov.dep_ != "prep" or gov.i != verb.i - 1:
        return False
    heads = {
        "for": lists["gerund_for_heads"],
        "against": lists["gerund_against_heads"],
        "to": lists["gerund_to_heads"],
    }
    return gov.lower_ in heads and gov.head.lemma_.lower() in heads[gov.lower_]
