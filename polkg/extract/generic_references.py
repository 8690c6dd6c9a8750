"""Which named entity a generic noun or an implied object is: "the bill", "the probe",
"recused himself" -> the one bill or investigation the document names.

A rule's argument may be no name at all: "the probe", "the measure", "this legislation" refer
back to the one entity of their type the text names (``generic_referent``), and a rule with
an implied object ("recused himself") means the one the text names near it
(``implied_referent``). Both hold only when the document names exactly one such entity that
the noun can mean: another bill or probe the text brings up (``bill_references``), a named
modifier ("the Cohen investigation"), a plural ("these measures") or a bill of another kind
(``bill_kinds``) says the noun is something else. Word lists: ``patterns/arguments_words.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.bill_kinds import BILL_NOUNS, bill_candidates
from polkg.extract.bill_references import another_bill, named_inside, nearer_rival
from polkg.extract.described_references import plain_definite
from polkg.extract.introduced_bills import introduced_by
from polkg.extract.laws_in_force import tells_passage
from polkg.extract.lexicon import word_sets
from polkg.extract.nearest_sentences import window_start
from polkg.model import EntityRecord

_WORDS = word_sets("arguments_words")
# an implied object ("recused himself") must be mentioned in the sentence, this many before it
# or the next one
IMPLIED_WINDOW = 2
# generic nouns that, in a document naming one entity of the type, refer to it
GENERIC_NOUNS = {
    "Investigation": _WORDS["generic_investigation_nouns"],
    "Legislation": _WORDS["generic_legislation_nouns"],
}
# what makes a generic noun another one than the document's named bill ("a similar measure")
UNSPECIFIC_MODIFIERS = _WORDS["unspecific_modifiers"]
# "the scheme", "the plan": a named scheme or plan ("Green New Deal"), never a named Act
POLICY_NOUNS = _WORDS["policy_nouns"]
# "the bill" is a whole bill, never the amendment a text names
WHOLE_BILL_NOUNS = _WORDS["whole_bill_nouns"]
# "his legislation" is never the Constitution, even as the one law the text names
CHARTER_NAMES = _WORDS["charter_names"]
LAW_HEADS = word_sets("entities_words")["legislation_heads"]
AUTHOR_COMPOUNDS = _WORDS["author_compounds"]


def named_of_type(entities: object, etype: str) -> list[EntityRecord]:
    """The document's entities of ``etype`` that have a name: "the bill" refers back to the
    bill the text names, never to "a bill that would ..." it described (a described bill is
    seldom the one a later "the bill" means: "then-President Clinton vetoed the bill"). With
    no named investigation at all, "the case" can only be the one the text described."""
    described: frozenset[str] = getattr(entities, "described", frozenset())
    found = [e for e in getattr(entities, "entities", []) if e.type == etype]
    named = [e for e in found if e.name not in described]
    return found if etype == "Investigation" and not named else named


def implied_referent(entities: object, tok: Token, etype: str) -> EntityRecord | None:
    """The document's one entity of ``etype``, standing at ``tok`` ("recused himself" in
    an article that names one investigation); None when it names none or several, or
    when neither ``tok``'s sentence, the two before it nor the one after mention it: an
    unnamed recusal far from the investigation is from something else ("O'Connor recused
    himself, leaving the case in Durham's hands" in an article that names the Russia probe
    elsewhere)."""
    found = named_of_type(entities, etype)
    if len(found) != 1:
        return None
    entity_at = getattr(entities, "entity_at", None)
    if entity_at is not None:
        start = window_start(tok, IMPLIED_WINDOW).start
        end = tok.sent.end
        if end < len(tok.doc):
            end = tok.doc[end].sent.end
        if not any(entity_at(i) is found[0] for i in range(start, end)):
            return None
    return found[0]


def generic_referent(entities: object, tok: Token, etype: str) -> EntityRecord | None:
    """ "the probe" -> the document's investigation, when it names exactly one; ``entities``
    is the entity layer (its ``entity_at``, ``entities``, ``described`` and ``mentions``)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GENERIC_NOUNS.get(etype, ()):
        return None
    if _named_modifier(tok):
        return None  # "the Cohen investigation", "Russia-related matters": another one
    topical = etype == "Legislation" and _another_bill_by_modifier(tok)
    if topical and not _possessed_topic(tok):
        return None
    if any(c.lower_ == "such" for c in tok.children) or tok.lower_ == "cases":
        return None  # "any such cases", "cases involving investigations": a court's cases
    entity_at = getattr(entities, "entity_at", None)
    found = named_of_type(entities, etype)
    owned = False
    if etype == "Legislation" and entity_at is not None:
        found = bill_candidates(tok, found, lambda t: entity_at(t.i))
        tied = _owners_bills(tok, found, entity_at)
        if len(tied) == 1:  # "Isakson's border security amendment": the Isakson amendment
            found, owned = tied, True
    if len(found) != 1:
        return _described_referent(entities, tok) if etype == "Legislation" else None
    if etype == "Legislation" and _in_force(entities, tok, found[0]):
        return _described_referent(entities, tok)  # "A bill introduced Thursday": not FOIA
    if topical and not owned and not _topic_named(tok, found[0]):
        return None  # "Wisconsin's voter identification law" in a text naming the VRA
    if etype == "Legislation" and _other_bill(tok, found[0], entities, owned=owned):
        return None
    if etype == "Investigation" and _rival_probe(tok, found[0], entities):
        return None  # "Democrats decried the probe" after "a private investigation"
    last = found[0].name.split()[-1].lower()
    if tok.lemma_.lower() == "amendment" and last in GENERIC_NOUNS[etype] - {"amendment"}:
        return None  # "introduced an amendment to the SCHIP bill" is not the Act named
    if last in CHARTER_NAMES:
        return None  # "what his legislation would look like" in a text naming the Constitution
    if last == "amendment" and tok.lemma_.lower() in WHOLE_BILL_NOUNS:
        return None  # "co-sponsored the bill" in a text naming only the Coburn amendment
    if tok.lemma_.lower() in POLICY_NOUNS and last in LAW_HEADS:
        return None  # "we oppose the scheme" in a text citing the 1989 Children Act
    if entity_at is not None and any(entity_at(t.i) is found[0] for t in tok.sent if t.i != tok.i):
        return None  # "opposed the spending bill because it lacked DACA": named apart
    return found[0]


def _in_force(entities: object, tok: Token, law: EntityRecord) -> bool:
    """Whether the bill noun ``tok`` would mean ``law``, a law in force before the document's
    year (``laws_in_force``), in a sentence that does not tell the law's own passage: "A bill
    introduced Thursday by Rep. Katherine Clark" in a text citing the Freedom of Information
    Act. Only the law is left out; of several candidates, none is chosen for it."""
    in_force: dict[str, int] = getattr(entities, "in_force", {})
    if tok.lemma_.lower() not in BILL_NOUNS or law.name not in in_force:
        return False
    return not tells_passage(tok, in_force[law.name])


def _described_referent(entities: object, tok: Token) -> EntityRecord | None:
    """ "the bill" where no one named law is meant: the bill or plan the text told without a
    name (a label: "the tax bill"; a description: "the Senate resolution that opposed using
    religion ..."; an owner's: "Trump's tax bill") when its own noun is the nearest bill
    mention before the generic noun, the same word in the same number ("The tax bill was
    expected to add $1 trillion to the debt. For months, Trump has touted the bill as a
    middle-class tax cut"). Only a plain definite or possessed noun ("the bill", "this
    measure", "our bill"; not "the bipartisan bill favored by ..."), and only the nouns a
    described bill is told by (``descriptive_actors.json`` ``bill_heads``,
    ``legislation_heads``), not "the law", which may be any law in force; and only when the
    text told one such bill with that noun before it (two: either may be meant) (bills32)."""
    entity_at = getattr(entities, "entity_at", None)
    described: frozenset[str] = getattr(entities, "described", frozenset())
    heads = word_sets("descriptive_actors")
    if (
        entity_at is None
        or tok.lemma_.lower() not in heads["bill_heads"] | heads["legislation_heads"]
    ):
        return None
    if not (
        plain_definite(tok, word_sets("described_references")["determiners"])
        or _plain_possessed(tok)
    ):
        return None
    told = {
        rec.name
        for t in tok.doc[: tok.i]
        if (rec := entity_at(t.i)) is not None
        and rec.name in described
        and (t.lower_, t.tag_) == (tok.lower_, tok.tag_)
    }
    if len(told) != 1:
        return None  # "plans for ID cards ... plans for a border police ... the plans": either
    issues: frozenset[str] = getattr(entities, "issues", frozenset())
    for t in reversed(tok.doc[: tok.i]):
        rec = entity_at(t.i)
        if rec is None or rec.type != "Legislation" or rec.name in issues:
            continue  # a policy phrase ("stimulative tax cuts") is no bill in between
        return rec if rec.name in told else None  # a named law or another plan came between
    return None


def _plain_possessed(tok: Token) -> bool:
    """ "our bill", "his legislation": a possessive pronoun and nothing else before or after
    the noun ("his original, more sweeping legislation" may be another one)."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    return (
        len(poss) == 1
        and poss[0].tag_ == "PRP$"
        and all(c.dep_ in {"poss", "punct", "prep", "cc", "conj"} for c in tok.children)
        and not any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)
    )


def _another_bill_by_modifier(tok: Token) -> bool:
    """ "the port security bill", "a similar measure", "introduced legislation to repeal it":
    a modifier or a purpose clause makes the bill noun another bill than the one named."""
    return any(
        (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in AUTHOR_COMPOUNDS)
        or (c.dep_ in {"det", "amod"} and c.lower_ in UNSPECIFIC_MODIFIERS)
        or (
            c.dep_ in {"acl", "relcl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        )
        for c in tok.children
    )


def _owners_bills(
    tok: Token, found: list[EntityRecord], entity_at: Callable[[int], EntityRecord | None]
) -> list[EntityRecord]:
    """The named bills of ``found`` the possessor of the bill noun ``tok`` owns by the text:
    its name is in the bill's name ("Isakson's amendment", the Isakson amendment; "Louisiana's
    law", the Louisiana Unsafe Abortion Protection Act) or the text has it bring the bill in
    (``introduced_bills.introduced_by``: "Cantwell's measure" after "Cantwell introduced the
    Fuel Economy Truth in Labeling Act"). Empty when ``tok`` has no named possessor."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    owner = entity_at(poss[0].i) if len(poss) == 1 else None
    if owner is None or owner.type == "Legislation" or not _possessed_topic(tok):
        return []
    words = owner.name.split()
    mark = words[-1] if owner.type == "Person" else owner.name
    if len(mark) < 3:
        return []
    return [
        rec
        for rec in found
        if re.search(rf"\b{re.escape(mark)}\b", rec.name)
        or introduced_by(tok, rec, owner, lambda t: entity_at(t.i))
    ]


def _possessed_topic(tok: Token) -> bool:
    """Whether the only modifiers making ``tok`` another bill are topic nouns of a possessed
    bill noun ("Obama's health care law", "Isakson's border security amendment"): such a
    noun may still be the named bill whose name carries its topic or owner (``_topic_named``)."""
    if not any(c.dep_ == "poss" for c in tok.children):
        return False
    return not any(
        (c.dep_ in {"det", "amod"} and c.lower_ in UNSPECIFIC_MODIFIERS)
        or (
            c.dep_ in {"acl", "relcl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        )
        for c in tok.children
    )


def _topic_named(tok: Token, named: EntityRecord) -> bool:
    """Whether the one named bill ``named`` carries a topic noun or the possessor of the
    possessed ``tok`` in its name or aliases: "Obama's jobs bill" is the American Jobs Act,
    "Isakson's border security amendment" the Isakson amendment, "Indiana's religious freedom
    law" the Religious Freedom Restoration Act; "Trump's tax-cut bill" is not Obamacare."""
    words = {
        w.lower().rstrip("s")
        for alias in (named.name, *named.aliases)
        for w in re.findall(r"[A-Za-z]+", alias)
        if w.lower() not in GENERIC_NOUNS["Legislation"] | LAW_HEADS
    }
    keys = [
        c
        for c in tok.children
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"})
    ]
    return any(
        w.lower_.rstrip("s") in words or w.lemma_.lower() in words
        for c in keys
        for w in c.subtree
        if w.is_alpha and len(w) > 2 and not w.is_stop and w.pos_ != "PRON"
    )


def _named_modifier(tok: Token) -> bool:
    """A modifier that names something ("the Cohen investigation", "Russia-related matters"):
    the generic noun is then another one than the document's named bill or probe."""
    return any(
        c.dep_ in {"compound", "nmod", "amod"} and any(t.pos_ == "PROPN" for t in c.subtree)
        for c in tok.children
    )


def _rival_probe(tok: Token, found: EntityRecord, entities: object) -> bool:
    """Whether "the probe" or "the case" is another investigation than the document's one:
    a nearer rival (``nearer_rival``), or one the described investigation speaks of
    (``named_inside``: "the case" after "a probe into the handling of the case")."""
    heads = GENERIC_NOUNS["Investigation"]
    return nearer_rival(tok, found, entities) or named_inside(tok, found, heads)


def _other_bill(tok: Token, named: EntityRecord, entities: object, *, owned: bool = False) -> bool:
    """Whether a generic bill noun is not the one bill the document named: another bill
    (``bill_references.another_bill``), or a plural speaking of several things ("Trump's
    obstructive acts", "these measures"; not "the plans", one scheme, nor "the measures" for
    the "anti-terror laws" named)."""
    if another_bill(tok, named, entities, owned=owned):
        return True
    last = named.name.split()[-1].lower()
    return (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() not in POLICY_NOUNS
        and not (last.endswith("s") and last[:-1] in GENERIC_NOUNS["Legislation"] | LAW_HEADS)
    )
