"""A co-sponsorship told without its bill backs the measure the text has just told of.

A release thanks or lists co-sponsors after it has told its bill: "I am pleased to join ...
Senator Snowe, in submitting a resolution regarding the policy of the United States ... I wish
to also thank my Senate colleagues Mr. Kerry, Ms. Dole, ... and Ms. Landrieu for co-sponsoring
as well", "This legislation will help provide information ..., Bingaman said. Senator Pete
Domenici was a cosponsor.", "said Merkley, who is a co-sponsor". Co-sponsoring a bill is
endorsing it (GUIDELINES.md), and the "co-" says whose: the bill the text is about. A
co-sponsor verb with no object, clause or passive of its own, or a co-sponsor noun said of
someone ("was a cosponsor", "signed on as co-sponsors", "Merkley, a co-sponsor,") with no
"of" phrase, backs the measure the text mentions nearest before it, in its sentence or the
``window`` before: a bill by name, or a generic "this legislation" the reference layer takes
for one. The nearest mention decides (a bill noun that is no entity gives nothing); with no
measure in the window, the one bill a document names, as for a generic "the bill". The
subject is the verb's or the role's (a "for" gerund's after "thank" is the one thanked), with
its listed members. Words: ``patterns/implied_sponsorship.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Token

from polkg.extract.arguments import Argument, ArgumentResolver
from polkg.extract.companions import companion_arguments
from polkg.extract.cues import CueLexicon, modality
from polkg.extract.generic_references import GENERIC_NOUNS, named_of_type
from polkg.extract.lexicon import word_sets, words
from polkg.extract.nearest_sentences import window_start
from polkg.extract.rules import IMPLIED_COSPONSOR_RULE, Rule
from polkg.extract.syntax import clause_subject
from polkg.extract.token_columns import token_columns

_WORDS = word_sets("implied_sponsorship")
_WINDOW = int(words("implied_sponsorship")["window"])
_MEASURE_NOUNS = GENERIC_NOUNS["Legislation"]


def cosponsorships(doc: Doc) -> Iterator[Token]:
    """Every co-sponsor verb or noun of ``doc`` that names no bill of its own (read from the
    token columns: a ``Token`` only for the co-sponsor words)."""
    columns = token_columns(doc)
    verbs, nouns = _WORDS["cosponsor_verbs"], _WORDS["cosponsor_nouns"]
    for i, (pos, lemma, lower) in enumerate(
        zip(columns.pos, columns.lemma, columns.lower, strict=True)
    ):
        if pos == "VERB" and lemma.lower() in verbs:
            if _objectless_verb(tok := doc[i]):
                yield tok
        elif pos == "NOUN" and (lemma.lower() in nouns or lower in nouns):
            if _role_noun(tok := doc[i]):
                yield tok


def _objectless_verb(verb: Token) -> bool:
    """A co-sponsor verb with no object of its own nor of a conjunct it shares one with
    ("introduced and cosponsored the bill"), and not inside the phrase of its object."""
    if verb.dep_ in _WORDS["phrase_deps"]:
        return False
    own = _WORDS["own_object_deps"]
    return not any(c.dep_ in own for v in (verb, *verb.conjuncts) for c in v.children)


def _role_noun(noun: Token) -> bool:
    """A co-sponsor noun said of someone, with no bill of its own: no "of" phrase, possessor
    ("the bill's cosponsors") or name before it ("a DREAM Act cosponsor")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _WORDS["noun_object_preps"]:
            return False
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"):
            return False
    if noun.dep_ in _WORDS["noun_role_deps"]:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _WORDS["role_prepositions"]


def holder(tok: Token) -> tuple[Token | None, bool]:
    """Who co-sponsors: the verb's clause subject, the subject of the copula or verb a role
    noun completes, or the name a noun is apposed to; and whether that subject is only asked
    to (``clause_subject``'s demand flag)."""
    if tok.pos_ == "VERB":
        return clause_subject(tok)
    if tok.dep_ == "appos":
        return tok.head, False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return clause_subject(head) if head.pos_ in {"VERB", "AUX"} else (None, False)


def measure_before(tok: Token, resolver: ArgumentResolver) -> list[Argument]:
    """The measure the text mentions nearest before ``tok`` (its sentence or the ``window``
    before): a bill entity, or a generic bill noun the resolver takes for one; none when that
    nearest mention is no bill entity; the document's one named bill when the window holds
    none."""
    doc = tok.doc
    start = window_start(tok, _WINDOW).start
    for i in range(tok.i - 1, start - 1, -1):
        cand = doc[i]
        rec = resolver.entity(cand)
        if rec is not None and rec.type == "Legislation":
            return [Argument(rec, cand)]
        if cand.pos_ == "NOUN" and cand.lemma_.lower() in _MEASURE_NOUNS:
            found = resolver.resolve(cand, generic_types=("Legislation",), conjuncts=False)
            return [a for a in found if a.entity.type == "Legislation"][:1]
    named = named_of_type(resolver.entities, "Legislation")
    return [Argument(named[0], tok)] if len(named) == 1 else []


def implied_cosponsorships(
    doc: Doc, resolver: ArgumentResolver, cues: CueLexicon
) -> Iterator[tuple[Rule, list[Argument], list[Argument], Token, dict[str, Any]]]:
    """Each co-sponsorship without a bill of its own, as (rule, co-sponsors, the measure,
    trigger, cue flags); the co-sponsorship's own cues govern, as for any verb or noun."""
    for tok in cosponsorships(doc):
        subj_tok, demand = holder(tok)
        if subj_tok is None:
            continue
        objects = measure_before(tok, resolver)
        if not objects:
            continue
        skip = [o.token.i for o in objects]
        subjects = resolver.resolve(subj_tok, exclude=skip, listed=True)
        subjects += companion_arguments(resolver, subj_tok, tok, exclude=skip)
        mod = modality(tok, "endorses", lexicon=cues)
        flags = {
            "negated": mod.negated,
            "hedged": mod.hedged or mod.demand or demand,
            "reasons": mod.reasons,
        }
        yield IMPLIED_COSPONSOR_RULE, subjects, objects, tok, flags
