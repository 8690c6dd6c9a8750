"""Party groups: group nouns that stand for a party or a side as an actor.

"Tory MPs", "Republican lawmakers", "the GOP committee members", "Republican members of
Congress" are the party, as subject and object (gold/README.md "Party groups in Congress"),
unless counted or quantified ("some 32 Labour MPs", "Several GOP lawmakers") or placed outside
Congress ("senators from Ohio", "the GOP delegation members"); "the party" is the party of its
clause's subject when the text states it; "the government of Abdrabbuh Mansur Hadi" is Hadi's
side (``group_actor``). A party word for one member ("the Alabama Republican", "any other
Democrat") is no party, but a party word before the party's own stance or effort is
("Republican opposition": ``party_members``). Words: ``patterns/groups.json``,
``arguments_words.json``, ``constructions.json``. The argument layer (``arguments.py``) asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.group_parts import SUBGROUP_QUANTIFIERS, state_modifier
from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import clause_subject
from polkg.model import EntityRecord

# the entity a token names, if any (``ArgumentResolver.entity``)
Entity = Callable[[Token], EntityRecord | None]
ARGUMENT_WORDS = word_sets("arguments_words")
# a party name used for one member ("the embattled Alabama Republican", "any other Democrat")
PARTY_MEMBER_WORDS = ARGUMENT_WORDS["party_member_words"]
# "Republican opposition to the bill", "the Republican effort to repeal Obamacare": a party word
# before the party's own stance or effort is the party, not one member (constructions.json)
_CONSTRUCTIONS = word_sets("constructions")
PARTY_ACT_NOUNS = frozenset().union(
    *(
        _CONSTRUCTIONS[name]
        for name in (
            "party_criticism_nouns",
            "party_support_nouns",
            "party_opposition_nouns",
            "effort_nouns",
        )
    )
)
# group nouns that stand for an actor ("Tory MPs", "the government of X"): patterns/groups.json
GROUPS = word_sets("groups")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def party_members(tok: Token) -> bool:
    """A party word that denotes some members, not the party: "the Alabama Republican",
    "any other Democrat", "the four Democrats", "one of the Democrats who voted"; never the
    modifier of the party's own act ("Republican opposition", "Tory attacks on Blair")."""
    if tok.dep_ in {"amod", "compound", "nmod"} and tok.head.lemma_.lower() in PARTY_ACT_NOUNS:
        return False
    if tok.lower_ in PARTY_MEMBER_WORDS:
        return True
    return any(c.dep_ == "nummod" for c in tok.children)


def group_actor(
    tok: Token, entity: Entity, entity_at: Callable[[int], EntityRecord | None]
) -> tuple[EntityRecord, Token] | None:
    """A group that stands for an actor: "Tory MPs", "Republican lawmakers", "the GOP
    committee members", "Republican members of Congress" (the party, as subject and object:
    gold/README.md "Party groups in Congress"; unless counted: "some 32 Labour MPs", or some of
    them by a quantifier the parser calls an adjective: "Several GOP lawmakers", "Multiple
    Republican lawmakers", `SUBGROUP_QUANTIFIERS`; nor placed outside Congress: "senators from
    Ohio", "the GOP delegation members"); "the government of Abdrabbuh Mansur Hadi"."""
    lemma = tok.lemma_.lower()
    forms = {lemma, tok.lower_, tok.lower_.removesuffix("s")}
    # "the Democratic candidate" is one person; an acronym's plural ("MPs") the model may tag NNP
    plural = tok.tag_ in {"NNS", "NNPS"} or _ACRONYM_PLURAL.fullmatch(tok.text) is not None
    if plural and forms & GROUPS["party_groups"]:
        if any(
            c.dep_ in {"nummod", "det", "quantmod"}
            and c.lower_ in GROUPS["counted"]
            or c.dep_ in {"amod", "advmod"}
            and c.lower_ in SUBGROUP_QUANTIFIERS
            or c.dep_ in {"nummod", "relcl", "acl"}  # "who", "those elected"
            or c.dep_ == "prep"
            and not _placed_in_congress(c)  # "senators from Ohio"
            or c.dep_ == "compound"
            and c.lemma_.lower() in GROUPS["body_member_nouns"]  # "the GOP delegation members"
            for c in tok.children
        ):
            return None
        for child in tok.children:
            rec = entity(child) if child.dep_ in {"compound", "amod"} else None
            if rec is not None and rec.type == "PoliticalParty":
                return rec, child
    elif tok.pos_ == "NOUN" and lemma in GROUPS["party_nouns"]:
        return _party_of_subject(tok, entity, entity_at)
    elif tok.pos_ == "NOUN" and lemma in GROUPS["regime_nouns"]:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    rec = entity(obj) if obj.dep_ == "pobj" else None
                    if rec is not None and rec.type == "Person":
                        return rec, obj
    return None


def _placed_in_congress(prep: Token) -> bool:
    """ "Republican members of Congress", "Democratic senators on the committee": a members'
    noun placed in Congress or one of its bodies is still the party (`congress_places`), not
    "lawmakers in Texas" nor "members of the Virginia House of Delegates"."""
    if prep.lower_ not in GROUPS["congress_prepositions"]:
        return False
    places = [p for p in prep.children if p.dep_ == "pobj"]
    return len(places) == 1 and (
        places[0].lower_ in GROUPS["congress_places"]
        and not any(c.dep_ == "prep" or state_modifier(c) for c in places[0].children)
    )


def _party_of_subject(
    tok: Token, entity: Entity, entity_at: Callable[[int], EntityRecord | None]
) -> tuple[EntityRecord, Token] | None:
    """ "the party" -> the party of its clause's subject, when the text states it ("Tory
    leader Michael Howard ... lead the party's opposition"); not "the third party", "a
    party", "the party of Lincoln"."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    if tok.tag_ != "NN" or not dets or dets[0].lower_ != "the":
        return None
    if any(c.dep_ in {"amod", "compound", "nmod", "prep", "nummod"} for c in tok.children):
        return None
    verb = tok
    while verb.dep_ not in {"ROOT", "ccomp", "advcl", "xcomp"} and verb.head != verb:
        verb = verb.head
    subject, _ = clause_subject(verb)
    person = entity(subject) if subject is not None else None
    if person is None or person.party is None:
        return None
    for i in range(tok.i - 1, -1, -1):
        rec = entity_at(i)
        if rec is not None and rec.type == "PoliticalParty" and rec.name == person.party:
            return rec, tok
    return None
