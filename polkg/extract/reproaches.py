"""Modal reproaches: "Biden said Mr Northam should resign immediately" -> criticizes.

A speaker who says an actor should, must or ought to, or needs or has to, resign, step down,
withdraw, apologise, be fired, impeached, replaced or prosecuted, be held accountable, or be
ashamed of himself rebukes that actor, although no disparaging word is there (the audit batches
judge a call to resign or apologise acceptable and shame a rebuke, gold/README.md). This is the
modal sibling of "called on X to resign" (`criticize.demand.resign`) and of counterfactual blame
("should have kept his mouth shut", counterfactuals.py), with the same limits: the actor is the
subject of the clause, the clause is the speaker's own statement (the quotation's main clause,
the speech verb's complement, or under the speaker's "I think"), and the modal, or "need",
"have" or "ought" and its "to", is the judgement itself, so modality skips it but still reads
every other cue ("If Governor Northam appeared in blackface, he should resign", "whether
Sessions must step aside", "should not resign"). Word lists: ``patterns/reproaches.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from polkg.extract.counterfactuals import opinion_cues, speakers_statement
from polkg.extract.lexicon import word_sets
from polkg.extract.quotes import Disparagement, Quote, QuoteIndex, listed_head, quoted_judgements
from polkg.model import EntityRecord

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
REPROACH_KIND = "reproach"  # the rule id's last part: criticize.quote.reproach


def reproach_lexicon() -> dict[str, frozenset[str]]:
    """The packaged word lists of ``reproaches.json``."""
    return word_sets("reproaches")


def quoted_reproaches(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Disparagement]:
    """Named actors an attributed quotation reproaches ("He must resign immediately"), said
    by one speaker (co-signed quotations are not read here)."""
    return quoted_judgements(
        doc, index, entity_at, lambda tok, q: reproach(tok, q) if q.speaker is not None else []
    )


def reproach(tok: Token, q: Quote) -> list[Disparagement]:
    """The reproach ``q`` makes to ``tok`` when it is the subject of "should resign", "needs
    to apologize", "must be fired", "should be ashamed", or of such a verb coordinated with
    its own ("has lost all moral authority and should resign")."""
    subject = listed_head(tok, q)
    if subject.dep_ not in SUBJECT_DEPS or not q.contains(subject.head.i):
        return []
    verb = subject.head
    if not speakers_statement(verb, q) or _unsaid(q.attribution):
        return []
    for act in _own_conjuncts(verb):
        cues = _reproach_cues(act)
        if cues:
            return [Disparagement(tok, act, q, cues | opinion_cues(verb, q), REPROACH_KIND)]
    return []


def _unsaid(attribution: Token | None) -> bool:
    """A speech verb in its bare form reports no statement made: "directed him to call the
    acting attorney general and say that the special counsel ... must be removed" is an order
    to say it (the parser hangs that "say" on "directed"); "did say" is one."""
    if attribution is None or attribution.tag_ != "VB":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "do" for c in attribution.children)


def _own_conjuncts(verb: Token) -> Iterator[Token]:
    """The verb and the verbs coordinated with it that share its subject (none of their own)."""
    yield verb
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
            if not any(d.dep_ in SUBJECT_DEPS for d in c.children):
                yield from _own_conjuncts(c)


def _reproach_cues(verb: Token) -> frozenset[int]:
    """The modal words of a reproach headed by ``verb`` ("should", "needs ... to"), empty when
    ``verb`` states none."""
    lex = reproach_lexicon()
    if verb.lemma_.lower() in lex["obligation_verbs"] and verb.tag_ != "VB":
        # "needs to resign", "has to go": the obligation verb and the infinitive's "to"
        for c in verb.children:
            if c.dep_ == "xcomp" and c.i > verb.i and _departure(c, lex):
                to = [d.i for d in c.children if d.dep_ == "aux" and d.lower_ == "to"]
                if to:
                    return frozenset({verb.i, *to})
        return frozenset()
    modal_words = lex["reproach_modals"]
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in modal_words]
    if not modals or not _departure(verb, lex):
        return frozenset()
    cues = {m.i for m in modals}
    cues.update(c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")  # ought to
    return frozenset(cues)


def _departure(verb: Token, lex: dict[str, frozenset[str]]) -> bool:
    """Whether ``verb`` (a bare infinitive or a passive participle) says the actor is to leave,
    take back what it did, apologise, be removed, answer to the law or be ashamed."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if verb.tag_ == "VBN":  # "must be fired", "should be impeached"
        if not any(c.dep_ == "auxpass" for c in children):
            return False
        if lemma in lex["accountable_participles"]:  # "should be held accountable"
            return any(c.lower_ in lex["accountable_words"] for c in children)
        return lemma in lex["removal_participles"]
    if verb.tag_ != "VB":
        return False
    if lemma == "be":  # "should be ashamed of himself"
        return any(c.dep_ == "acomp" and c.lower_ in lex["shame_adjectives"] for c in children)
    if lemma in lex["phrasal_departure_verbs"]:  # "step down", "step aside"
        return any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in lex["departure_particles"] for c in children
        )
    if lemma not in lex["departure_verbs"]:
        return False
    if lemma in lex["bare_departure_verbs"]:  # "Trump must go", not "should go ahead"
        return all(
            c.dep_ in {"aux", "neg", "punct"}
            or c.dep_ == "advmod"
            and c.lower_ in lex["departure_adverbs"]
            for c in children
        )
    return True
