"""What a recusal is from when its object is a scope around the investigation, not its name.

News writes a recusal's object as the part of the investigation the official steps out of:
"recused himself from oversight of the Russia investigation", "from any involvement in the
Russia investigation", "from all matters related to the Russia investigation", or as matters
the investigation is about: "from Russia-related matters", "from the Russia matter", "from
questions about Russia". The rule's object token ("oversight", "matters") names nothing, so the
recusal was lost though the text names the investigation. ``scope_investigation`` reads such a
scope noun (data: ``patterns/recusal_scopes.json``) for the investigation inside it, through its
prepositions ("of", "in", "related to", "surrounding") a few steps down, or, when the scope is
told only by its topic ("Russia-related", "about Russia"), for the one named investigation whose
name holds that topic word. Anything else stays open: "recused himself from the decision to
name that special counsel", "from matters related to the 2016 campaign" (no investigation
named by that topic), "from a Senate agriculture subcommittee".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.model import EntityRecord

_WORDS = word_sets("recusal_scopes")
SCOPE_NOUNS = _WORDS["scope_nouns"]
SCOPE_PREPOSITIONS = _WORDS["scope_prepositions"]
# how far down the scope's phrase the investigation may stand ("all matters related to the
# Russia investigation": matters > related > to > investigation)
DEPTH = 4
# the modifiers that tell a scope's topic ("the Russia matter", "Russia-related matters")
TOPIC_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# entity types that are a topic of an investigation, not an owner of the matters
TOPIC_TYPES = frozenset({"Country", "Place", "Other"})


def scope_investigation(
    obj: Token,
    resolve: Callable[[Token], EntityRecord | None],
    investigations: list[EntityRecord],
) -> tuple[EntityRecord, Token] | None:
    """The investigation (and the token naming it) that the recusal object ``obj`` scopes, or
    None: ``obj`` must be a scope noun; ``resolve`` gives a token's entity (generic nouns
    included, "the probe"), ``investigations`` the document's named investigations, for a
    scope told by its topic only."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in SCOPE_NOUNS:
        return None
    topics: list[Token] = []
    frontier = [obj]
    for _ in range(DEPTH):
        step: list[Token] = []
        for head in frontier:
            for child in head.children:
                if child.dep_ in TOPIC_DEPS and child.i < head.i:
                    topics.append(child)  # "Russia-related matters", "the Russia matter"
                word = child.lemma_.lower()
                linking = child.lower_ in SCOPE_PREPOSITIONS or word in SCOPE_PREPOSITIONS
                if child.dep_ == "pobj" or (
                    child.dep_ in {"prep", "acl", "amod", "agent"} and linking
                ):
                    step.append(child)
        for tok in step:
            if tok.dep_ == "pobj" or tok.pos_ in {"NOUN", "PROPN"}:
                rec = resolve(tok)
                if rec is not None and rec.type == "Investigation":
                    return rec, tok
                if rec is not None and rec.type not in TOPIC_TYPES:
                    return None  # "matters involving Mr. Trump": a person's, not a probe
                topics.append(tok)  # "questions about Russia": a topic
                topics.extend(c for c in tok.children if c.dep_ in TOPIC_DEPS)
        frontier = step
    return _topic_investigation(topics, investigations)


def _topic_investigation(
    topics: list[Token], investigations: list[EntityRecord]
) -> tuple[EntityRecord, Token] | None:
    """The one named investigation whose name holds a topic word of the scope ("Russia-related
    matters", "questions about Russia" -> the Russia investigation)."""
    for tok in topics:
        word = _topic_word(tok)
        if not word:
            continue
        found = [e for e in investigations if word in _name_words(e.name)]
        if len(found) == 1:
            return found[0], tok
    return None


def _topic_word(tok: Token) -> str:
    """The topic a modifier or object tells: "Russia" and "Russian" -> "russia",
    "Russia-related" -> "russia"; proper names and their adjectives only."""
    if tok.pos_ not in {"PROPN", "ADJ"} or not tok.text[:1].isupper():
        return ""
    word = tok.lower_.split("-")[0]
    if word.endswith("ian"):
        return word[:-1]  # "Russian" -> "russia"
    return word


def _name_words(name: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in name.replace("-", " ").split()}
