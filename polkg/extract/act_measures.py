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
``descriptive_actors`` makes the entity; these are its parts.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import Owner

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
