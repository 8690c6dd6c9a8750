"""Relation candidates settled into assertions: one a (subject, relation, object, sentence).

Every reading of a sentence (rules, quotes, characterisations, praise) is a ``Candidate``; the
readings of one statement merge (a negation from any rule wins, a hedge from any rule reading the
same trigger, the highest confidence is kept), then the readings that another reading or the
actor's kind rules out are settled: a sentence read both as "A criticizes B" and "B criticizes A"
keeps the reading whose arguments are both named, else neither; what a court or investigating
body "accuses" or "backs" is a charge or a ruling, hedged (``assertions``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from polkg.extract.arguments import legal_actor
from polkg.model import Assertion, Document, EntityRecord


@dataclass
class Candidate:
    rule_id: str
    relation: str
    subject: EntityRecord
    object: EntityRecord
    start: int
    end: int
    confidence: float
    negated: bool
    hedged: bool
    reasons: tuple[str, ...] = field(default_factory=tuple)
    via_pronoun: bool = False  # an argument was a pronoun ("criticized him")
    trigger: int = -1  # the trigger token's index: one statement per trigger


def assertions(found: list[Candidate], document: Document) -> list[Assertion]:
    """One assertion per (subject, relation, object, sentence) (`_merged`)."""
    best = _merged(found)
    _settle(best)
    out = []
    for c in sorted(
        best.values(), key=lambda c: (c.start, c.subject.name, c.relation, c.object.name)
    ):
        out.append(
            Assertion(
                doc=document.id,
                subject=c.subject.name,
                subject_type=c.subject.type,
                relation=c.relation,
                object=c.object.name,
                object_type=c.object.type,
                evidence=document.text[c.start : c.end],
                start=c.start,
                end=c.end,
                confidence=c.confidence,
                negated=c.negated,
                hedged=c.hedged,
                rule=c.rule_id,
                date=document.date,
            )
        )
    return out


def _drop_contradictions(best: dict[tuple[str, str, str, int, int], Candidate]) -> None:
    """One sentence read both as "A criticizes B" and "B criticizes A" is a misparse more often
    than mutual criticism: keep the reading whose arguments are both named, else neither."""
    for key in list(best):
        subj, relation, obj, start, end = key
        reverse = (obj, relation, subj, start, end)
        if relation == "opposes" or key not in best or reverse not in best or subj == obj:
            continue  # rivals in a race oppose each other: that reading is symmetric
        a, b = best[key], best[reverse]
        if a.via_pronoun != b.via_pronoun:
            del best[key if a.via_pronoun else reverse]
        else:
            del best[key], best[reverse]


# what a court or investigating body does in these relations is a ruling or a charge
LEGAL_SENSE_RELATIONS = frozenset({"criticizes", "endorses"})


def _merged(found: list[Candidate]) -> dict[tuple[str, str, str, int, int], Candidate]:
    """One candidate per (subject, relation, object, sentence): a negation from any rule wins
    (precision first), a hedge from any rule reading the same trigger, but a hedged statement
    beside an asserted one of another trigger does not hedge it ("Trump has been attacking
    him ... in the hopes that he can humiliate his attorney general"); the highest confidence
    is kept."""
    best: dict[tuple[str, str, str, int, int], Candidate] = {}
    hedges: dict[tuple[str, str, str, int, int], dict[int, bool]] = {}
    for c in found:
        key = (c.subject.name, c.relation, c.object.name, c.start, c.end)
        by_trigger = hedges.setdefault(key, {})
        by_trigger[c.trigger] = by_trigger.get(c.trigger, False) or c.hedged
        prev = best.get(key)
        if prev is None:
            best[key] = c
            continue
        prev.negated = prev.negated or c.negated
        prev.hedged = all(by_trigger.values())
        if c.confidence > prev.confidence:
            prev.confidence, prev.rule_id = c.confidence, c.rule_id
        prev.via_pronoun = prev.via_pronoun and c.via_pronoun
    return best


def _settle(best: dict[tuple[str, str, str, int, int], Candidate]) -> None:
    """The readings of a document that another reading or the actor's kind rules out."""
    _drop_contradictions(best)
    _hedge_legal_acts(best)


def _hedge_legal_acts(best: dict[tuple[str, str, str, int, int], Candidate]) -> None:
    """What a court or investigating body "accuses" or "backs" is a charge or a ruling: "the
    FBI arrested Winner and accused her of illegally leaking the memo"."""
    for c in best.values():
        if c.relation in LEGAL_SENSE_RELATIONS and legal_actor(c.subject):
            c.hedged = True
            c.reasons = (*c.reasons, "hedged:legal act")
