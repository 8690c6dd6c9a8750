"""A reason given after a parenthetical speech verb explains what was said, not the saying.

In "Sessions would not be a target of any contempt action, Nunes has said, because he recused
himself", the parser hangs the "because" clause on "said", so the pronoun walk reads Nunes as
the one who recused; the reason is the reported clause's ("he" is Sessions). Only causal
clauses ("because", "since"): a temporal one may time the saying ("..., Smith said, after he met
Trump"). Speech verbs: ``cues_quotes.json``; causal marks: ``implicit_causality.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.implicit_causality import SUBJECT_PRONOUNS
from polkg.extract.lexicon import word_sets

SPEECH_VERBS = word_sets("cues_quotes")["speech_verbs"]
CAUSAL_MARKS = word_sets("implicit_causality")["causal_marks"]


def reported_subject(pronoun: Token, person_of: Callable[[Token], int | None]) -> int | None:
    """The person subject of the reported clause whose reason ``pronoun``'s clause gives, when
    that clause hangs on a speech verb set off after the report; else None."""
    clause = pronoun.head
    if pronoun.lower_ not in SUBJECT_PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in CAUSAL_MARKS for c in clause.children
    ):
        return None
    speech = clause.head
    if speech.lemma_.lower() not in SPEECH_VERBS or clause.i < speech.i:
        return None
    report = next((c for c in speech.children if c.dep_ == "ccomp" and c.i < speech.i), None)
    if report is None:
        return None
    subject = next((c for c in report.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return person_of(subject) if subject is not None else None
