"""A group no entity names stands for the named members the text lists for it.

"Several senators, including Susan Collins and Lisa Murkowski, opposed the bill", "liberals
such as Sen. Elizabeth Warren have criticized the law", "withering criticism from the likes of
Dick Cheney, Mitt Romney and Paul Ryan", "endorsed by everyone from President Barack Obama to
Sen. Elizabeth Warren to the AFL-CIO", "backed by groups ranging from the NAACP to the Chamber of
Commerce": the argument of the relation is the group, which is nobody we can name, and the
relation was lost. What the group did (or had done to it), each listed member did. This is one
treatment of lists for every rule, used by the argument resolver whenever an argument resolves
to no entity, or to a plural party or group ("Republicans such as McCain": the party and
McCain). A member is only
a token the parser hangs in the listing phrase of the group noun itself. Word lists:
``patterns/listed_members.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_WORDS = word_sets("listed_members")


def listed_members(group: Token) -> list[Token]:
    """The tokens naming the listed members of the group ``group``; empty when it is no
    plural (or "everyone") or lists nobody."""
    if not (group.tag_ in {"NNS", "NNPS"} or group.lower_ in _WORDS["group_pronouns"]):
        return []
    found: list[Token] = []
    for child in group.children:
        if child.dep_ == "prep":
            found += _listing(child)
        elif child.dep_ == "acl" and child.lemma_.lower() in _WORDS["range_verbs"]:
            found += [m for p in child.children if p.dep_ == "prep" for m in _range(p)]
    return found


def _listing(prep: Token) -> list[Token]:
    low = prep.lower_
    if low in _WORDS["range_starts"]:
        return _range(prep)
    listing = (
        low in _WORDS["listing_preps"]
        or (low in _WORDS["such_preps"] and any(c.lower_ == "such" for c in prep.children))
        or (low == "of" and prep.head.lower_ in _WORDS["likes_heads"])
    )
    return _objects(prep) if listing else []


def _range(prep: Token) -> list[Token]:
    """ "from X to Y to Z": X, Y and Z, when at least one "to" follows the "from"."""
    if prep.lower_ not in _WORDS["range_starts"]:
        return []
    found = _objects(prep)
    ends = 0
    frontier = [prep, prep.head, *found]  # the parser hangs "to" on any of them
    while frontier:
        node = frontier.pop()
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in _WORDS["range_ends"] and c.i > prep.i:
                objects = _objects(c)
                ends += bool(objects)
                found += objects
                frontier += [c, *objects]
    return found if ends else []


def _objects(prep: Token) -> list[Token]:
    """The prepositional object, and a name apposed to it ("President Barack Obama" parsed
    as "President" with "Obama" apposed)."""
    found = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        found.append(obj)
        found += [a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return found
