"""Names of a list that the parser hung on another name's party-state tag or home state.

A list of legislators each tagged with a party and state ("Sens. Susan Collins, R-Maine, Lisa
Murkowski, R-Alaska, and Joe Manchin, D-W.Va., voted against Kavanaugh") or with "of <state>"
("Democratic Sens. Kirsten Gillibrand of New York, Ed Markey of Massachusetts, Jeff Merkley of
Oregon, Elizabeth Warren of Massachusetts, and Ron Wyden of Oregon voted against Wray") is one
list, but the small parser often makes the next name a conjunct or an apposition of the tag's
state ("Maine", "Oregon"), not of the name before it. Every name of the list is then still a
member the relation holds for: this module finds the names hung on a member's tag, so the
argument resolver (``arguments.ArgumentResolver.resolve``) reads the whole list, as it reads
names the parser hung on a name as appositions. Only a person's tag is read, and only a name of
the same entity type hung on it ("Collins, R-Maine, a moderate" lists nobody). Words:
``patterns/tagged_lists.json``.

The same holds for a word inside a name of several words: "endorsements from the Council for
Excellence in Government, the Sierra Club and the American Society of Criminology" makes "Club"
and "Society" conjuncts of "Government", the last word of the first name, not of its head
"Council" (``inner_list_names``; session 37). A conjunct counts only when it names another
entity of the first name's type.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import EntityRecord

_WORDS = word_sets("tagged_lists")


def tagged_list_names(
    members: list[Token], entity: Callable[[Token], EntityRecord | None]
) -> list[Token]:
    """Names hung on the party-state tag or "of <state>" of a name in ``members`` (and on
    theirs, down the list), with their conjuncts; ``entity`` gives the entity a token names."""
    found: list[Token] = []
    queue = list(members)
    while queue:
        name = queue.pop(0)
        rec = entity(name) if name.pos_ == "PROPN" else None
        if rec is None or rec.type.lower() not in _WORDS["tagged_types"]:
            continue
        for place in _tags(name):
            for hung in place.children:
                if hung.dep_ not in _WORDS["hung_deps"] or hung.pos_ != "PROPN":
                    continue
                other = entity(hung)
                if other is None or other is rec or other.type != rec.type:
                    continue
                for t in (hung, *hung.conjuncts):
                    if t.pos_ == "PROPN" and t not in members and t not in found:
                        found.append(t)
                        queue.append(t)
    return found


def inner_list_names(
    members: list[Token], entity: Callable[[Token], EntityRecord | None]
) -> list[Token]:
    """Names of a list hung on a word inside the name a member of ``members`` heads (a word of
    its subtree the same entity covers, every word between them too), with their conjuncts;
    only names of another entity of that name's type."""
    found: list[Token] = []
    for name in members:
        rec = entity(name) if name.pos_ == "PROPN" else None
        if rec is None:
            continue
        doc = name.doc
        for inner in name.subtree:
            if inner == name or not inner.conjuncts:
                continue
            low, high = sorted((name.i, inner.i))
            if any(_other(entity(doc[k]), rec) for k in range(low, high + 1)):
                continue  # not inside the one name
            for t in inner.conjuncts:
                other = entity(t)
                if t.pos_ != "PROPN" or other is None or not _other(other, rec):
                    continue
                if other.type == rec.type and t not in members and t not in found:
                    found.append(t)
    return found


def _other(found: EntityRecord | None, rec: EntityRecord) -> bool:
    """Whether ``found`` (a token's entity) is not ``rec``."""
    return found is None or found.name != rec.name


def _tags(name: Token) -> list[Token]:
    """The state tokens of ``name``'s tags: a party-state tag ("R-Maine", "D-W.Va.") hung on
    it, or the object of its "of" when that is a place ("of Oregon")."""
    out: list[Token] = []
    for c in name.children:
        if c.dep_ in _WORDS["tag_deps"] and c.i > name.i and party_state_tag(c):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _WORDS["home_preps"]:
            places = _WORDS["place_labels"]
            out += [p for p in c.children if p.dep_ == "pobj" and p.ent_type_.lower() in places]
    return out


def party_state_tag(tok: Token) -> bool:
    """Whether ``tok`` is the state of a party-state tag: its phrase opens with a party letter
    and a hyphen ("R-Maine", "D-W.Va.", "I-Vt.")."""
    doc = tok.doc
    start = tok.left_edge.i
    return (
        start < tok.i
        and doc[start].lower_ in _WORDS["party_letters"]
        and doc[start + 1].text in _WORDS["tag_hyphens"]
    )
