"""Which bill or probe a generic noun ("the measure", "their legislation", "the probe") is: the
document's named one, or another one the text describes.

``generic_references.generic_referent`` takes "the bill" for the one bill a document names; this
module says when the noun is plainly another one: a bill a restrictive relative clause describes
after the text has named its bill (or after it brought up another bill, when the name comes only
paragraphs later), "the measure" right after an unnamed bill was described, a
rival the text brought up between the named one and the noun ("the Arizona immigration law ...
touted the law" in a text about the DREAM Act), or a possessed noun whose text names its bill
only paragraphs later ("to pass their bill" in an article about a tax bill that mentions
Obamacare in an aside). Word lists: ``patterns/bill_references.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.captions import doc_text
from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import time_word
from polkg.model import EntityRecord

_WORDS = word_sets("arguments_words")
_REFS = word_sets("bill_references")
# the nouns that bring up an unnamed rival, by the generic noun's entity type
MENTION_NOUNS = {
    "Legislation": _REFS["bill_mention_nouns"],
    "Investigation": _REFS["probe_mention_nouns"],
}
AUTHOR_MODIFIERS = _REFS["author_modifiers"]
DESCRIPTION_DEPS = _REFS["description_deps"]
PROBE_TOPIC_PREPS = _REFS["probe_topic_preps"]
# a law in force is no rival of a bill before a legislature: "California's law" / "this legislation"
ENACTED_LAW_NOUNS = _REFS["enacted_law_nouns"]
PENDING_BILL_NOUNS = _REFS["pending_bill_nouns"]
# parser entity types of a modifier that says whose bill it is, not which
AUTHOR_ENT_TYPES = frozenset({"PERSON", "ORG", "NORP"})
# a possessed "their bill" is another bill when the named one first comes more paragraphs after
LATER_PARAGRAPHS = 2
# nouns of an unnamed bill the text describes ("passed a continuing resolution")
DESCRIBED_BILL_NOUNS = _WORDS["described_bill_nouns"]
CONTAINER_PARTICIPLES = _REFS["container_participles"]
CONTAINER_PREPOSITIONS = _REFS["container_prepositions"]


def another_bill(tok: Token, named: EntityRecord, entities: object, *, owned: bool = False) -> bool:
    """Whether the generic bill noun ``tok`` is another bill than ``named``, the one the text
    named before it: one a restrictive relative clause describes ("Wyden cosponsored
    legislation that would fund ..." in a release that named a tax bill), or a definite "the
    measure" right after an unnamed bill ("the Senate passed a continuing resolution ..., when
    Trump came out against the measure"). A bill described before the text names it
    ("introduced legislation that will create a wilderness area. The Ojito Wilderness Act
    ...", "block a GOP police reform bill") is as a rule the named one, unless a restrictive
    clause describes it after the text brought up another bill and the name comes paragraphs
    later (``_described_after_another``). ``entities`` is the entity layer (its ``mentions``
    and ``entity_at``)."""
    if part_of_bill(tok):
        return True  # "legislation originally included in a defense spending bill": a part
    if not owned and (nearer_rival(tok, named, entities) or _possessed_later(tok, named, entities)):
        return True  # an owned bill ("Cantwell's measure", hers by the text) has no rival
    mentions = getattr(entities, "mentions", [])
    first = min((m[0] for m in mentions if m[2] is named), default=tok.i)
    if first >= tok.i:
        described = _restricted(tok) or _introduced_with_clause(tok)
        return not owned and described and _described_after_another(tok, named, entities)
    if _restricted(tok):
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return _described_just_before(tok, first, entities)


def part_of_bill(tok: Token) -> bool:
    """Whether the bill noun ``tok`` is told as a part of another bill, by a participle that
    puts it inside one ("legislation originally included in a defense spending bill",
    "language attached to the appropriations bill"): a provision, neither the containing bill
    nor the bill the text names, whichever that is."""
    return any(
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in CONTAINER_PARTICIPLES
        and any(
            prep.dep_ == "prep"
            and prep.lower_ in CONTAINER_PREPOSITIONS
            and any(
                o.dep_ == "pobj"
                and (o.pos_ == "PROPN" or o.lemma_.lower() in MENTION_NOUNS["Legislation"])
                for o in prep.children
            )
            for prep in verb.children
        )
        for verb in tok.children
    )


def _described_after_another(tok: Token, named: EntityRecord, entities: object) -> bool:
    """Whether a bill noun a restrictive clause describes (or one brought up with "a" and a
    clause: ``_introduced_with_clause``) before the text names ``named`` is another bill all
    the same: the text brought up a bill before it (another entity of the
    type, or a bill noun no entity holds) and names ``named`` only paragraphs later. "A major
    tax bill ... will vote against the tax bill ... In March, Wyden cosponsored legislation
    that would fully fund ..." is the county payments bill, not the tax bill HR 4297 of the
    last paragraph; a lead that describes its bill first ("endorsed a proposed law on Monday
    that would ...") or names it soon after ("I introduced legislation that ... The Cellulosic
    Ethanol Incentive Act ...") keeps it."""
    entity_at = getattr(entities, "entity_at", None)
    if entity_at is None:
        return False
    doc = tok.doc
    if not any(_another_mention(t, named, entity_at) for t in doc[: tok.i]):
        return False
    later = next((t for t in doc[tok.i + 1 :] if entity_at(t.i) is named), None)
    return later is not None and _paragraphs_between(tok, later) > LATER_PARAGRAPHS


def _introduced_with_clause(tok: Token) -> bool:
    """Whether the bill noun ``tok`` comes with "a"/"an" and a clause after it that says which
    bill it is: "A bill introduced Thursday by Rep. Katherine Clark, for example, would ..."."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) and any(
        c.dep_ in {"acl", "relcl"} and c.i > tok.i for c in tok.children
    )


def _another_mention(t: Token, named: EntityRecord, entity_at: Callable[[int], object]) -> bool:
    """Whether ``t`` brings up a bill (or probe) other than ``named``: a mention of another
    entity of its type, or a mention noun no entity holds that is no modifier of another noun
    ("a constitutional law professor")."""
    rec = entity_at(t.i)
    if rec is not None:
        return rec is not named and getattr(rec, "type", None) == named.type
    return t.dep_ != "compound" and _unnamed_mention(t, named, entity_at)


def _paragraphs_between(tok: Token, later: Token) -> int:
    """How many paragraph breaks the text has between ``tok`` and a later token."""
    return len(re.findall(r"\n+", doc_text(tok.doc)[tok.idx : later.idx]))


def _described_just_before(tok: Token, first: int, entities: object) -> bool:
    """Whether an unnamed bill ("a continuing resolution") came up in ``tok``'s sentence or the
    one before, after the named bill's first mention and with no mention of it in between."""
    doc = tok.doc
    start = tok.sent.start - 1
    begin = doc[start].sent.start if start >= 0 else tok.sent.start
    entity_at = getattr(entities, "entity_at", None)
    described = False
    for t in doc[begin : tok.i]:
        rec = entity_at(t.i) if entity_at is not None else None
        if rec is not None and rec.type == "Legislation":
            described = False  # the named bill came up after it: nearer
        elif t.i > first and t.pos_ == "NOUN" and t.lemma_.lower() in DESCRIBED_BILL_NOUNS:
            described = described or any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children
            )
    return described


def _restricted(tok: Token) -> bool:
    """Whether a restrictive relative clause (no comma before it) describes a generic bill
    noun, on it or on a date after it: "their own measure that would fund the government",
    "sponsored legislation in April that would set up a commission"."""
    heads = [tok] + [
        g
        for p in tok.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj" and time_word(g)
    ]
    for head in heads:
        for c in head.children:
            if c.dep_ == "relcl" and c.i > head.i and c.left_edge.i > 0:
                if tok.doc[c.left_edge.i - 1].text != ",":
                    return True
    return False


def nearer_rival(tok: Token, named: EntityRecord, entities: object) -> bool:
    """Whether, reading back from the generic noun ``tok``, the text brings up another bill (or
    probe) before it reaches a mention of ``named``. Rivals are mention nouns no entity holds,
    not describing a name (apposition, predicate), whose modifiers share no word with the named
    one's names ("the GOP health care bill" may be the American Health Care Act): a state's
    ("striking down the Arizona immigration law ... touted the law" in a text about the DREAM
    Act), or one introduced with "a" and a modifier after the named one came up ("passed the
    Foo Act ... introduced a port security bill ... the bill"), or one a proper noun no entity
    holds names ("sign on to Dream bill ... opposed the measure in 2010" in a text about
    DACA); a bill described before the
    text names any ("block a GOP police reform bill ... the Republican bill ... the JUSTICE
    Act") is as a rule the named one. When ``named`` is itself only described ("any
    investigation into why ..."), any modified mention is an equal rival ("buried the murder in
    a private investigation ... decried the probe")."""
    entity_at = getattr(entities, "entity_at", None)
    nouns = MENTION_NOUNS.get(named.type)
    if entity_at is None or not nouns:
        return False
    described_names: frozenset[str] = getattr(entities, "described", frozenset())
    described = named.name in described_names
    known = {_bare(w) for n in [named.name, *named.aliases] for w in n.lower().split()}
    if named.type == "Investigation" and rival_probe_between(
        tok,
        known,
        lambda i: entity_at(i) is named,
        # "an inquiry into the deadly 1993 fire": a described probe, or one no entity holds
        lambda i: (rec := entity_at(i)) is None or rec.name in described_names,
    ):
        return True
    introduced = False  # an "a" rival seen; it counts once a named mention comes before it
    for t in reversed(tok.doc[: tok.i]):
        rec = entity_at(t.i)
        if rec is named:
            return introduced
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or t.dep_ in DESCRIPTION_DEPS:
            continue
        if (rec is not None and not _proper_label_rival(t, rec, named, described_names)) or (
            _law_beside_bill(t, tok)
        ):
            continue
        kind = _rival_kind(t, known)
        if kind == "place" or kind == "named" or (described and kind):
            return True
        introduced = introduced or kind == "introduced"
    return False


def _proper_label_rival(
    t: Token, rec: object, named: EntityRecord, described: frozenset[str]
) -> bool:
    """Whether ``t`` is the head of another measure named by a label of capitalised words ("the
    AgJOBS bill", ``descriptive_actors.labelled``): described, so an entity, but a bill of its
    own name all the same, a rival as when no entity held it."""
    return (
        rec is not named
        and getattr(rec, "name", None) in described
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
    )


def _law_beside_bill(rival: Token, tok: Token) -> bool:
    """Whether ``rival`` is a law in force ("than California's law permits") and ``tok`` a bill
    before a legislature ("this legislation"): the bill noun never means the law, so it is no
    rival ("the Arizona immigration law ... touted the law" still is)."""
    return rival.lemma_.lower() in ENACTED_LAW_NOUNS and tok.lemma_.lower() in PENDING_BILL_NOUNS


def _rival_kind(t: Token, known: set[str]) -> str:
    """How the mention noun ``t`` is specified as a bill or probe of its own: "place" (a
    state's: "the Arizona immigration law", "California's law"), "introduced" ("a tax-cut
    bill"), "modified" (a noun or name modifier without "a"), "adjective" (only adjectives: "a
    private investigation", "a sensible, middle-of-the-road proposal", which say what it is
    like, not which it is), "named" (a proper noun no entity holds: "Dream bill"), or "" (none,
    or a modifier the named one's names share). Author
    words ("the Senate bill", "the Republican bill") and persons' names say whose, not which."""
    mods = [
        c
        for c in t.children
        if c.dep_ in {"compound", "nmod", "amod", "poss"}
        and _bare(c.lower_) not in AUTHOR_MODIFIERS
        and c.ent_type_ not in AUTHOR_ENT_TYPES
    ]
    if any(_bare(c.lower_) in known for c in mods):
        return ""
    if any(c.ent_type_ == "GPE" and c.pos_ == "PROPN" for c in mods):
        return "place"
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ for c in mods):
        return "named"  # "sign on to Dream bill": a bill of its own name
    mods = [c for c in mods if c.dep_ != "poss"]
    if not mods:
        return ""
    if all(c.pos_ not in {"NOUN", "PROPN"} for c in mods):
        return "adjective"
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return "introduced"
    return "modified"


def rival_probe_between(
    tok: Token, known: set[str], named_at: Callable[[int], bool], unnamed_at: Callable[[int], bool]
) -> bool:
    """Whether, reading back from the generic probe noun ``tok`` ("the investigation") to the
    last mention of the probe the text named (``named_at``, a token index), the text introduces
    a probe of its own in between: a probe noun that no named entity holds (``unnamed_at``),
    describes no name (apposition, predicate) and has a topic the named one's names (``known``)
    do not share (``_probe_of_its_own``). Then the noun is that probe: Ashcroft's 2003 recusal
    is not from the Russia investigation the article named before. The one owner of the
    question for the entity layer ("the investigation" as a name reference) and for rule
    arguments (``nearer_rival``)."""
    introduced = False
    for t in reversed(tok.doc[: tok.i]):
        if named_at(t.i):
            return introduced
        introduced = introduced or (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in MENTION_NOUNS["Investigation"]
            and t.dep_ not in DESCRIPTION_DEPS
            and unnamed_at(t.i)
            and _probe_of_its_own(t, known)
        )
    return False


def _probe_of_its_own(t: Token, known: set[str]) -> bool:
    """Whether the probe noun ``t`` is introduced ("a", "an") with a topic of its own that shares
    no word with the named probe's names: "an inquiry into the deadly 1993 fire" is another
    probe than the Russia investigation, so a later "the investigation" is not that one."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return False
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ in PROBE_TOPIC_PREPS and len(list(prep.children)):
            words = {_bare(w.lower_) for w in prep.subtree if w.i != prep.i and not w.is_stop}
            if not words & {_bare(k) for k in known}:
                return True
    return False


def _possessed_later(tok: Token, named: EntityRecord, entities: object) -> bool:
    """Whether ``tok`` is possessed ("their bill") and the text names ``named`` only several
    paragraphs after it: "the GOP would need ... Pence breaking the tie, to pass their bill" is
    the tax bill the article is about, not the Obamacare of a later aside. A lead that names
    the bill soon after keeps it ("the Senate passed his legislation to renew sanctions ...")."""
    if not any(c.dep_ == "poss" for c in tok.children):
        return False
    entity_at = getattr(entities, "entity_at", None)
    if entity_at is None:
        return False
    doc = tok.doc
    if any(entity_at(t.i) is named for t in doc[: tok.i]):
        return False
    if any(_unnamed_mention(t, named, entity_at) for t in doc[: tok.i]):
        return True  # "his bill to pay for ... water settlements ... his bill": that one
    later = next((t for t in doc[tok.i + 1 :] if entity_at(t.i) is named), None)
    if later is None:
        return False
    return _paragraphs_between(tok, later) > LATER_PARAGRAPHS


def _unnamed_mention(t: Token, named: EntityRecord, entity_at: Callable[[int], object]) -> bool:
    """Whether ``t`` brings up a bill (or probe) of ``named``'s kind that no entity holds and
    that describes nothing named (no apposition or predicate)."""
    nouns = MENTION_NOUNS.get(named.type) or ()
    return (
        t.pos_ == "NOUN"
        and t.lemma_.lower() in nouns
        and t.dep_ not in DESCRIPTION_DEPS
        and entity_at(t.i) is None
    )


def _bare(word: str) -> str:
    """A word without its possessive ending: "Arizona's" -> "arizona"."""
    for end in ("'s", "’s"):
        if word.endswith(end):
            return word[: -len(end)]
    return word


def named_inside(tok: Token, rec: EntityRecord, heads: frozenset[str]) -> bool:
    """Whether a described entity's own description speaks of ``tok``'s noun as something
    else: "the case" after "a probe into the panel's handling of the case against Rep. Maxine
    Waters" is the case, not the probe into its handling. Only a described name (it starts
    with its determiner: "a formal inquiry into ..."), and only a word after its head (the
    first of ``heads``, the type's generic nouns)."""
    if not rec.name[:1].islower():
        return False
    words = [w.strip(".,'’").lower() for w in rec.name.split()]
    head = next((i for i, w in enumerate(words) if w in heads), len(words))
    return bool({tok.lemma_.lower(), tok.lower_} & set(words[head + 1 :]))
