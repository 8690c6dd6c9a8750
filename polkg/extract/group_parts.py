"""Group words for some members: whether a plural party or group name is the group as actor.

"the four Democrats", "two-thirds of Latinos", "some Republicans", "Democrats who had supported
her" (``denotes_part``), "big-name Republicans", "Iowa Democrats" (``restricted_group``), "the
Democrats complaining about Sanders" (``reduced_relative``) are some of the group's members, not
the group; "Justice Democrats" is another organisation (``other_organization``); "Florida
Democrats" a state's party (``state_modifier``). The argument layer (``arguments.py``) and the
relation layer read these; the words are data (``patterns/arguments_words.json``, ``groups.json``).
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import us_state, word_sets
from polkg.extract.nlp import SPANS_KEY

_LISTS = word_sets("arguments_words")
# heads of an "of" phrase naming part of a group: "two-thirds of Latinos", "a handful of MPs"
PART_WORDS = _LISTS["part_words"]
# quantifiers that make a plural group name some of its members: "some Republicans"
SUBGROUP_QUANTIFIERS = _LISTS["subgroup_quantifiers"]
# modifiers of a plural group name that still speak for the whole group ("most Republicans");
# any other adjective makes a subgroup ("moderate Democrats", "congressional Republicans",
# "other Republicans")
WHOLE_GROUP_MODIFIERS = _LISTS["subgroup_whole_modifiers"]
# a party's wing, whatever the parser tags its word: "far-left Democrats"
WING_MODIFIERS = _LISTS["subgroup_wing_modifiers"]
# proper nouns that keep a plural party name the party or its caucus ("House Democrats");
# any other makes it another organisation's name ("Justice Democrats", "Log Cabin Republicans")
GROUP_BODY_MODIFIERS = _LISTS["group_body_modifiers"]
# adjectives that make a plural party name a caucus of its own ("congressional Republicans")
CAUCUS_MODIFIERS = word_sets("groups")["caucus_modifiers"]
# nouns that name an organisation, never a person ("an LGBTQ political organization")
ORGANIZATION_NOUNS = _LISTS["organization_nouns"]
_RESTRICTIVE = frozenset({"who", "that"})


def denotes_part(tok: Token) -> bool:
    """A group name used for some of its members, not for the group as an actor: "the four
    Democrats", "his 17 Angry Democrats", "two-thirds of Latinos", "Democrats who had supported
    her" (a restrictive relative clause on a plural name), "some Republicans", "many other
    Democrats" (a quantifier: `SUBGROUP_QUANTIFIERS`)."""
    plural = tok.tag_ in {"NNS", "NNPS"}
    if plural and any(c.dep_ == "nummod" for c in tok.children):
        return True
    if plural and any(
        c.dep_ in {"det", "amod", "quantmod", "advmod"} and c.lower_ in SUBGROUP_QUANTIFIERS
        for c in tok.children
    ):
        return True
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head != prep:
        quantity = prep.head
        if quantity.lemma_.lower() in PART_WORDS or quantity.lower_ in PART_WORDS:
            return True
        if quantity.pos_ == "NUM":
            return True
    following = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        plural
        and following is not None
        and following.lower_ in _RESTRICTIVE
        # the relative pronoun heads a clause on the name, or is its subject when the parser
        # loses the clause ("Democrats who’ve won": "’ve" read as a verb of its own)
        and (
            any(c.dep_ == "relcl" for c in tok.children)
            or (following.lower_ == "who" and following.dep_ in {"nsubj", "nsubjpass"})
        )
    )


def restricted_group(tok: Token, name: str = "") -> bool:
    """A plural group name narrowed to some members by a modifier: "big-name Republicans",
    "conservative House Republicans of the Freedom Caucus", "other 'disloyal' Republicans",
    "Iowa Democrats", "far-left Democrats", "other Republicans", "congressional Republicans" as
    the party. Not "most Democrats" (``WHOLE_GROUP_MODIFIERS``), nor the body of a caucus
    ("House Republicans"), nor a caucus whose ``name`` holds the modifier ("congressional
    Republicans" as the Organization "Congressional Republicans": `CAUCUS_MODIFIERS`), nor a
    government's officials ("senior Russian officials": a common noun, `actors.py`)."""
    if tok.tag_ != "NNPS":
        return False
    in_name = name.lower().split()
    own = {c.i for c in tok.children if c.lower_ in CAUCUS_MODIFIERS and c.lower_ in in_name}
    for c in tok.children:
        if c.i in own:
            continue
        if state_modifier(c):
            return True  # "Florida Democrats"
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in WHOLE_GROUP_MODIFIERS:
            return True
        if c.dep_ == "amod" and c.lower_ in WING_MODIFIERS:
            return True  # "far-left Democrats": the small parser makes "left" a participle
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in WHOLE_GROUP_MODIFIERS:
            return True
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
            return True  # "Republicans of the Freedom Caucus", "Democrats from swing districts"
    return False


def reduced_relative(tok: Token) -> bool:
    """A plural name narrowed by a participle right after it, a reduced relative clause:
    "The Democrats complaining about Sanders, some of whom ..." are some Democrats."""
    return tok.tag_ == "NNPS" and any(
        c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and c.left_edge.i == tok.i + 1
        for c in tok.children
    )


def other_organization(tok: Token) -> bool:
    """A plural party word that is part of another organisation's name or a faction's:
    "Justice Democrats" (a proper noun before it that is no chamber, `GROUP_BODY_MODIFIERS`,
    and not part of the party's own name: "Lib Dems"), or a party word apposed to an
    organisation noun ("Justice Democrats, an advocacy group that backed ...")."""
    if tok.tag_ != "NNPS":
        return False
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1:
            if c.lower_ not in GROUP_BODY_MODIFIERS and not _one_name(c, tok):
                return True
        if c.dep_ == "appos" and c.lemma_.lower() in ORGANIZATION_NOUNS:
            return True
    return False


def _one_name(modifier: Token, tok: Token) -> bool:
    """Whether ``modifier`` belongs to the name ``tok`` ends ("Lib Dems"), by polkg's spans, or
    is a US state's ("Iowa Democrats", a subgroup of its own rule)."""
    if us_state(modifier.text) is not None:
        return True
    spans = tok.doc.spans[SPANS_KEY] if SPANS_KEY in tok.doc.spans else []
    return any(sp.start <= modifier.i and tok.i < sp.end for sp in spans)


def state_modifier(tok: Token) -> bool:
    """A US state's name (or "state") modifying a party or group name: "Florida Democrats",
    "the Florida state Democratic Party" (a state party, not the national one)."""
    return tok.dep_ in {"compound", "amod", "nmod"} and (
        us_state(tok.text) is not None or tok.lower_ == "state"
    )
