"""Counterfactual blame: "Obama 'should have kept his mouth shut,' McConnell said" -> criticizes.

A speaker who says what an actor should (never) have done blames the actor for what it did,
although no disparaging word is there: "Sessions should never have recused himself", "the
House should have pursued those witnesses in court". The actor must be the active subject of
the "should have done" clause, and that clause the speaker's own statement (the quotation's
main clause, the speech verb's complement, or under the speaker's "I think"); the words
``should``, ``have`` and a negation between them are the judgement itself, so modality skips
them but still reads every other cue ("if he was going to recuse", "Did he ...?"). Word lists:
``patterns/counterfactuals.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets
from polkg.extract.quotes import Disparagement, Quote, QuoteIndex, listed_head, quoted_judgements
from polkg.model import EntityRecord


def counterfactual_lexicon() -> dict[str, frozenset[str]]:
    """The packaged word lists of ``counterfactuals.json``."""
    return word_sets("counterfactuals")


def quoted_blames(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Disparagement]:
    """Named actors an attributed quotation blames ("Sessions should have never recused"),
    said by one speaker (co-signed quotations are not read here)."""
    return quoted_judgements(
        doc, index, entity_at, lambda tok, q: blame(tok, q) if q.speaker is not None else []
    )


def blame(tok: Token, q: Quote) -> list[Disparagement]:
    """The blame ``q`` puts on ``tok`` when it is the subject of a counterfactual "should have
    done" (a listed subject, "Trump and Kushner should have reported", is blamed as one)."""
    subject = listed_head(tok, q)
    if subject.dep_ != "nsubj" or not q.contains(subject.head.i):
        return []
    verb = subject.head
    cues = _counterfactual_cues(verb)
    if not cues or not speakers_statement(verb, q):
        return []
    cues |= opinion_cues(verb, q)
    return [Disparagement(tok, verb, q, cues, "counterfactual")]


def _counterfactual_cues(verb: Token) -> frozenset[int]:
    """The "should (never) have" of an active "X should have done"; empty when the clause is
    no such statement (passive "should have been consulted", "should have won")."""
    lex = counterfactual_lexicon()
    if verb.tag_ != "VBN" or verb.lemma_.lower() in lex["not_blame_verbs"]:
        return frozenset()
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return frozenset()
    modal = next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in lex["counterfactual_modals"]),
        None,
    )
    have = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
    if modal is None or have is None or not modal.i < have.i < verb.i:
        return frozenset()
    cues = {modal.i, have.i}
    cues.update(c.i for c in verb.children if c.dep_ == "neg" and modal.i < c.i < verb.i)
    return frozenset(cues)


def speakers_statement(verb: Token, q: Quote) -> bool:
    """The quotation's main clause (or one coordinated with it), the speech verb's complement
    or the clause under the speaker's "I think"; never a subordinate clause ("because he
    should have ...", "wants people to say that ...") whose claim is not the speaker's."""
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return False
    while verb.dep_ == "conj" and q.contains(verb.head.i):
        verb = verb.head
    if verb.dep_ in {"ROOT", "parataxis"}:
        return True
    if verb.dep_ != "ccomp":
        return False
    said = q.attribution is not None and verb.head.i == q.attribution.i
    return said or bool(opinion_cues(verb, q))


def governing_opinion(word: Token, q: Quote) -> frozenset[int]:
    """ "I think Donald Trump is an idiot": the speaker's own opinion verb over the clause that
    holds a judging ``word`` (its first complement clause up the tree inside ``q``), which states
    the judgement as the speaker's rather than hedging it (``opinion_cues``)."""
    tok = word
    while tok.dep_ != "ccomp" and tok.head.i != tok.i and q.contains(tok.head.i):
        tok = tok.head
    return opinion_cues(tok, q)


def opinion_cues(verb: Token, q: Quote) -> frozenset[int]:
    """ "I think X should have ...": the speaker's own opinion verb over the judging clause,
    which modality would otherwise read as a hedge."""
    lex = counterfactual_lexicon()
    head = verb.head
    if verb.dep_ != "ccomp" or not q.contains(head.i):
        return frozenset()
    if head.lemma_.lower() not in lex["opinion_verbs"]:
        return frozenset()
    if not any(c.dep_ == "nsubj" and c.lower_ in lex["first_person"] for c in head.children):
        return frozenset()
    return frozenset({head.i})
