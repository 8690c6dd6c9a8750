"""Judgements in reported speech: "Mary Multrie said Roy Moore is dishonest" -> criticizes.

The quote layer finds disparaging predicates about a named actor inside quotation marks
("'Moore is dishonest,' Multrie said"). News reports the same judgements indirectly, as the
complement clause of a speech verb; this module treats that clause as the quote of the verb's
named subject, with the same word lists (``cues_quotes.json``) and the same predicate test.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.quotes import Disparagement, Quote, _disparaging_predicate, quote_lexicon
from polkg.model import EntityRecord


def reported_disparagements(
    doc: Doc, entity_at: Callable[[int], EntityRecord | None], quoted: Callable[[int], bool]
) -> list[Disparagement]:
    """Named actors a named speaker disparages in a reported clause ("X said Y was wrong").

    ``quoted`` tells whether a token is inside quotation marks (those the quote layer handles).
    """
    lex = quote_lexicon()
    found: list[Disparagement] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["speech_verbs"]:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speaker = entity_at(subject.i) if subject is not None else None
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if speaker is None or subject is None or clause is None or quoted(clause.i):
            continue
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        if start <= subject.i < end:
            continue
        reported = Quote(
            doc[start].idx,
            doc[end - 1].idx + len(doc[end - 1]),
            start,
            end,
            speaker=speaker,
            speaker_token=subject,
            attribution=verb,
        )
        for i in range(start, end):
            target = entity_at(i)
            if target is None or target.name == speaker.name:
                continue
            predicate = _target_predicate(doc[i], lex, reported)
            if predicate is not None:
                found.append(Disparagement(doc[i], predicate, reported))
    return found


def _target_predicate(tok: Token, lex: dict[str, frozenset[str]], q: Quote) -> Token | None:
    """The disparaging word of the reported clause about ``tok``; only a clause subject counts
    here (an adjective on a name, "Crooked Hillary", is the quote layer's)."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "poss"}:
        return None
    return _disparaging_predicate(tok, lex, q)  # type: ignore[no-any-return]
