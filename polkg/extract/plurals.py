"""Plural pronouns of people who speak together: who "we" and "they" are when several persons
sign or say the same words ("Schumer, Booker and Harris sent a letter ... '...,' they wrote";
"'We support Tom,' Kendall wrote"). The reference layer (``references.PronounResolver.plural``)
asks this module; it answers only where the text says who, and otherwise nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.model import EntityRecord

FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})


def one_person(subject: Token) -> bool:
    """Whether a clause subject names one person alone: no listed conjuncts, no plural noun
    ("Mr. Deutsch", "he"; not "Collins and Murkowski", "the senators"), so a "their" it binds
    is someone else's."""
    return not subject.conjuncts and subject.tag_ not in {"NNS", "NNPS"}


def plural_referents(
    tok: Token,
    in_quote: Callable[[int], bool],
    speakers_at: Callable[[int], tuple[EntityRecord, ...]],
    resolve_all: Callable[[Token], list[EntityRecord]],
) -> list[EntityRecord]:
    """The several entities a plural pronoun stands for, where the text says who:

    - "we"/"us"/"our" inside a quotation: whoever says it, one speaker (who counts himself
      in) or co-signers (``speakers_at``);
    - "they" as a subject right after a sentence whose subject names two or more persons
      (``resolve_all``: a subject and its listed conjuncts).

    Empty when the text does not say (a "we" of nobody known, a "they" of anyone)."""
    low = tok.lower_
    if low in FIRST_PLURAL and in_quote(tok.i):
        if any(c.dep_ == "appos" for c in tok.children):
            return []  # "We Democrats": the apposition says who
        return list(speakers_at(tok.i))
    if low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
        return _cosigners(tok, in_quote, resolve_all)
    return []


def _cosigners(
    tok: Token,
    in_quote: Callable[[int], bool],
    resolve_all: Callable[[Token], list[EntityRecord]],
) -> list[EntityRecord]:
    """The persons of the coordinated subject of the narration sentence right before the
    clause of "they" (quotations in between are skipped: they are what was said)."""
    doc = tok.doc
    if any(
        not (in_quote(j) or doc[j].is_punct or doc[j].is_space)
        for j in range(tok.sent.start, tok.i)
    ):
        return []  # narration before "they" in its own sentence: someone else may be meant
    j = tok.sent.start - 1
    while j >= 0 and (in_quote(j) or doc[j].is_punct or doc[j].is_space):
        j -= 1
    if j < 0:
        return []
    sent = doc[j].sent
    first = sent.start
    while first < sent.end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    # the subject the sentence opens with (its root may be misparsed: "... said would not
    # happen" made "happen" the root of "Schumer, Booker and Harris sent a letter ...")
    subj = next(
        (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == first),
        None,
    )
    if subj is None or in_quote(subj.i) or subj.pos_ == "PRON":
        return []  # (a "they" before: no chains of guesses)
    found = resolve_all(subj)
    if any(rec.type != "Person" for rec in found):
        return []  # "Schumer and the Democrats": not only persons, so not sure who
    return found if len(found) > 1 else []
