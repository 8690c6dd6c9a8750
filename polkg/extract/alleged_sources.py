"""A claim whose source the text calls alleged is no statement of the text's.

"Cheney sought to clarify her position after an alleged poll in Wyoming said she 'supports
abortion and aggressively promotes gay marriage'" (BASIL, audit batch 15): a poll, memo or e-mail
the text calls "alleged", "purported" or "supposed" may not exist, so what it says stays
unasserted, whoever it says it of. Only documents and polls count: "the alleged victim said"
names someone who did speak. The parser may leave the claim verb without a subject ("after an
alleged poll in Wyoming said she ..." hangs "said" on "sought"): the noun phrase ending right
before the verb is then its source. Words: ``patterns/alleged_sources.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_DOUBT = word_sets("alleged_sources")["doubt_modifiers"]
_SOURCES = word_sets("arguments_words")["document_nouns"] | word_sets("senses")["poll_nouns"]
_MAX_CLIMB = 4


def alleged_source(verb: Token) -> bool:
    """Whether the claim verb ``verb`` ("said") has a document or poll for its source that the
    text calls alleged: its subject, or without one the phrase that ends right before it."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        return _doubted(subject)
    if verb.i == 0:
        return False
    tok = verb.doc[verb.i - 1]
    for _ in range(_MAX_CLIMB):  # "poll in Wyoming": from "Wyoming" up to "poll"
        if _doubted(tok):
            return True
        if tok.head.i == tok.i or tok.head.i > verb.i:
            return False
        tok = tok.head
    return False


def _doubted(noun: Token) -> bool:
    return noun.lower_ in _SOURCES and any(
        c.dep_ in {"amod", "advmod"} and c.lower_ in _DOUBT for c in noun.children
    )
