"""Which of several named bills "the bill" means: the one the text introduces.

``generic_references.generic_referent`` reads "this legislation" as the one bill a document
names. A press release about a senator's bill also names what it changes: the law in force
("legislation to correct the disparity in sentencing under the Anti-Drug Abuse Act"), an
amendment it repeals ("my legislation, S. 3661, to repeal the Wright Amendment"), a related
act. Then "the bill" found two candidates and stood for none, and every stance on the
release's own bill was lost ("the Commerce Committee ... voted 21-1 to approve my
legislation"). The bill the text introduces, sponsors or calls its author's own ("introduced
the Fairness in Drug Sentencing Act", "a cosponsor of the Foo Act", "the Foo Act, sponsored
by", "my legislation, S. 3661") is the one it is about: a bill noun stands for it when it is the
only candidate so introduced. "The law" and "the act" may be the law in force, so only bill
nouns are read this way. Word lists: ``patterns/introduced_bills.json`` (the verbs are
``constructions.json`` ``sponsor_verbs``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets, words
from polkg.model import EntityRecord

_WORDS = word_sets("introduced_bills")
BILL_NOUNS = _WORDS["bill_nouns"]
SPONSOR_NOUNS = _WORDS["sponsor_nouns"]
OWNER_POSSESSIVES = _WORDS["owner_possessives"]
EARLIER_MODIFIERS = _WORDS["earlier_modifiers"]
CHAIN_DEPS = _WORDS["chain_deps"]
OF_PREPOSITIONS = _WORDS["of_prepositions"]
MAX_HOPS = int(words("introduced_bills")["max_hops"])
MAX_CANDIDATES = int(words("introduced_bills")["max_candidates"])
SPONSOR_VERBS = word_sets("constructions")["sponsor_verbs"]


def introduced_bill(
    tok: Token, candidates: list[EntityRecord], entity_of: Callable[[Token], EntityRecord | None]
) -> EntityRecord | None:
    """The one of ``candidates`` the text introduces, when the generic noun ``tok`` is a bill
    noun, the text names at most ``MAX_CANDIDATES`` bills and exactly one of them is
    introduced; else None."""
    if tok.lemma_.lower() not in BILL_NOUNS or len(candidates) > MAX_CANDIDATES:
        return None  # "the law" may be the law in force; a roundup of many bills is no release
    introduced = [rec for rec in candidates if _introduced(rec, tok, entity_of)]
    return introduced[0] if len(introduced) == 1 else None


def introduced_by(
    tok: Token,
    rec: EntityRecord,
    holder: EntityRecord,
    entity_of: Callable[[Token], EntityRecord | None],
) -> bool:
    """Whether the text of ``tok`` has ``holder`` bring in ``rec``: a sponsor verb whose subject
    is ``holder``, reached from a mention of ``rec`` ("Cantwell introduced the Foo Act", "the
    Foo Act, introduced by Cantwell"), or ``holder``'s possessive on it ("Cantwell's Foo Act").
    Then "Cantwell's measure" is the Foo Act (``generic_references``)."""
    for t in _mention_roots(rec, tok, entity_of):
        node = t
        for _ in range(MAX_HOPS):
            if any(c.dep_ == "poss" and entity_of(c) is holder for c in node.children):
                return True
            if node.pos_ == "VERB" and node.lemma_.lower() in SPONSOR_VERBS:
                if any(entity_of(a) is holder for a in _agents(node)):
                    return True
                break
            if node.dep_ not in CHAIN_DEPS or node.head.i == node.i:
                break
            node = node.head
    return False


def _agents(verb: Token) -> list[Token]:
    """Who does ``verb``: its subject, or the object of its passive "by"."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "agent":
            found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _introduced(
    rec: EntityRecord, tok: Token, entity_of: Callable[[Token], EntityRecord | None]
) -> bool:
    """Whether a mention of ``rec`` in the text of ``tok`` is introduced: not a mention of the
    earlier law ("the lead sponsor of the original Combat Meth Act", `earlier_modifiers`)."""
    return any(
        _sponsored(t)
        and not any(c.dep_ == "amod" and c.lower_ in EARLIER_MODIFIERS for c in t.children)
        for t in _mention_roots(rec, tok, entity_of)
    )


def _mention_roots(
    rec: EntityRecord, tok: Token, entity_of: Callable[[Token], EntityRecord | None]
) -> Iterator[Token]:
    """The root of each mention of ``rec`` in the text of ``tok``: its token whose head lies
    outside it, where a sponsor verb or an owner's possessive is reached from."""
    for t in tok.doc:
        if entity_of(t) is rec and (t.head.i == t.i or entity_of(t.head) is not rec):
            yield t


def _sponsored(t: Token) -> bool:
    """Whether a sponsor verb or noun, or an owner's possessive, is reached from the mention
    root ``t`` through appositions, objects, conjuncts and "of" phrases."""
    node = t
    for _ in range(MAX_HOPS):
        lemma = node.lemma_.lower()
        if (node.pos_ == "VERB" and lemma in SPONSOR_VERBS) or (
            node.pos_ == "NOUN" and lemma in SPONSOR_NOUNS
        ):
            return True
        if any(_introducing_child(c) for c in node.children):
            return True
        if node.dep_ == "prep" and node.lower_ not in OF_PREPOSITIONS:
            return False
        if (node.dep_ not in CHAIN_DEPS and node.dep_ != "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _introducing_child(c: Token) -> bool:
    """ "the Foo Act, introduced by", "the bill I introduced", "my legislation", "Reid's bill"."""
    if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in SPONSOR_VERBS:
        return True
    return c.dep_ == "poss" and (c.lower_ in OWNER_POSSESSIVES or c.ent_type_ == "PERSON")
