"""A party's or chamber's leadership as a group actor ("the Democrat leadership").

"The Democrat leadership, whose plan for Iraq is retreat, seems to forget ..."; "Senate
leadership has failed to bring the Warner resolution to a vote": the group acts, and the gold
names it an Organization by the text's words. The span ruler gave only its modifier an entity
(the Democratic Party, the Senate), so no rule could take the group as an argument. Here
"leadership" (``patterns/leaderships.json``) after one or more modifiers that are each a party
or chamber name (a PARTY or BODY span) or a listed word ("congressional") is an Organization
named by those words as written; the modifiers belong to it, not to the party. Left alone: a
possessed leadership ("his party's leadership"), one with an of-phrase ("the leadership of
Speaker Hastert"), and the noun inside a longer name or compound ("Senate Leadership Fund",
"the GOP leadership race").
"""

from __future__ import annotations

from polkg.extract.actors import Actors
from polkg.extract.lexicon import word_sets
from polkg.extract.mentions import DocState
from polkg.extract.token_columns import token_columns

_WORDS = word_sets("leaderships")
_GROUP_SPANS = ("PARTY", "BODY")


def leadership_entities(state: DocState, actors: Actors) -> None:
    """Adds each party or chamber leadership the text names as an Organization."""
    doc = state.doc
    columns = token_columns(doc)  # a Token only for the leadership nouns
    nouns = _WORDS["leadership_nouns"]
    for i, (lower, tag) in enumerate(zip(columns.lower, columns.tag, strict=True)):
        if lower not in nouns or tag not in ("NN", "NNP"):
            continue
        tok = doc[i]
        if state.owner[tok.i] is not None or tok.i == 0:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.lower_ in _WORDS["no_heads_after"] or nxt.lower_ == "of" or tok.dep_ == "compound"
        ):
            continue  # "the GOP leadership race", "the leadership of Speaker Hastert"
        if any(c.dep_ == "poss" for c in tok.children):
            continue  # "his party's leadership"
        start = tok.i
        while start > 0 and (first := _modifier_start(state, start - 1)) is not None:
            start = first
        if start == tok.i or any(state.owner[i] is not None for i in range(start, tok.i)):
            continue
        if start > 0 and (doc[start - 1].dep_ == "poss" or doc[start - 1].tag_ == "POS"):
            continue  # "both parties' leadership"
        if not any(state.span_at[i] is not None for i in range(start, tok.i)):
            continue  # "congressional leadership" alone names no party or chamber
        actors.add_other(start, tok.i + 1, doc[start : tok.i + 1].text, "Organization")


def _modifier_start(state: DocState, i: int) -> int | None:
    """The first token of the party or chamber name ending at token ``i`` ("Senate",
    "Republican Party"), or ``i`` for a listed word ("congressional"); None otherwise."""
    sp = state.span_at[i]
    if sp is not None and sp.label_ in _GROUP_SPANS and sp.end == i + 1:
        return int(sp.start)
    return i if state.doc[i].lower_ in _WORDS["modifier_words"] else None
