"""A speaker wronged by an actor: "'Bill Clinton raped me,' Broaddrick said" -> criticizes.

A speaker who says what an actor did to him or her accuses that actor, although no judging word
is there: "Bill Clinton raped me and Hillary Clinton threatened me" (Juanita Broaddrick), "Not
only did Steve Bannon cost us a critical Senate seat" (Steven Law of the Senate Leadership Fund),
"Hillary put me through something that you should never put a 12-year-old through" (Kathy
Shelton). Inside an attributed quotation "me" and "us" are the speaker, so a named actor that is
the active subject of a verb of wronging ("threaten", "betray", "cost", "put ... through") with
the speaker as its object, or the agent of its passive ("I was threatened by X"), is the
speaker's target. The verbs are of wrongs done to a person, never of a contest ("beat") or an
office's act ("fire", "veto"): those a speaker reports without accusing. Negation, hedges and
questions are the modality layer's, as for every quoted judgement. Word lists:
``patterns/wrongs.json`` (the verbs, ``wrongs.wronging``), ``patterns/wronged_speakers.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets
from polkg.extract.quotes import Disparagement, Quote, QuoteIndex, listed_head, quoted_judgements
from polkg.extract.wrongs import wronging
from polkg.model import EntityRecord

WORDS = word_sets("wronged_speakers")


def wronged_speakers(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Disparagement]:
    """Named actors an attributed quotation says wronged its speaker ("X threatened me")."""
    return quoted_judgements(
        doc, index, entity_at, lambda tok, q: wrong_to_speaker(tok, q, _first_person)
    )


def wrong_to_speaker(
    tok: Token, q: Quote, is_speaker: Callable[[Token], bool]
) -> list[Disparagement]:
    """The accusation ``q`` makes against ``tok`` when its clause says ``tok`` wronged the
    one ``is_speaker`` accepts: "me"/"us" in a quotation, "her" resolved to the speaker in
    a reported clause ("Ford said Kavanaugh attacked her")."""
    verb = _wrong_done(listed_head(tok, q), q, is_speaker)
    return [Disparagement(tok, verb, q, kind="wronged")] if verb is not None else []


def _first_person(victim: Token) -> bool:
    """ "me"/"us" as the object, "I"/"we" as the passive's subject: inside a quotation, the
    speaker."""
    words = WORDS["first_person_subjects" if victim.dep_ == "nsubjpass" else "first_person_objects"]
    return victim.lower_ in words


def _wrong_done(actor: Token, q: Quote, is_speaker: Callable[[Token], bool]) -> Token | None:
    """The verb of wronging whose doer is ``actor`` and whose victim is the speaker: the active
    subject with the speaker as object, or the agent of a passive with the speaker as subject."""
    if actor.dep_ == "nsubj":
        verb = actor.head
        victims = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        victims += [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
        ]
    elif actor.dep_ == "pobj" and actor.head.dep_ == "agent":
        verb = actor.head.head
        victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return None
    if not q.contains(verb.i) or verb.pos_ != "VERB" or not wronging(verb):
        return None
    if any(v.pos_ == "PRON" and q.contains(v.i) and is_speaker(v) for v in victims):
        return verb
    return None
