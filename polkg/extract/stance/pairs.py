"""Score the entity pairs of parsed sentences: the hook the Extractor calls.

The dataset always names the entity that comes first in the sentence "entity 1", so each pair is
presented in text order; the predicted direction then says which of the two holds the stance.

:func:`model_assertions` is what the pipeline uses: for every sentence with two or more political
actors (pronouns and names used as noun modifiers excluded), the pairs no rule has decided are
scored in one batch per document, and a pair becomes an ``endorses``/``criticizes`` assertion
(rule ``model:stance``, confidence = probability) only when the probability clears the model's
threshold. The negation and hedging cues of the rules
(:func:`polkg.extract.cues.modality`) are applied to the word that governs both entities, plus a
stricter check of the clauses above each entity (any negation or modal verb there flags the
statement), so a negated or hypothetical sentence never becomes a positive edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span

from polkg.extract.cues import CueLexicon, default_cues, modality
from polkg.extract.inverted_conditions import is_question
from polkg.extract.relations import trimmed_span
from polkg.extract.stance.features import head_chain, lowest_common_ancestor
from polkg.extract.stance.model import PairSpans, StanceModel, to_relation
from polkg.model import ACTOR_TYPES, Assertion, Document, EntityRecord

RULE = "model:stance"
# the model was chosen before countries became actors: its pairs leave them out
_PAIR_TYPES = frozenset(ACTOR_TYPES) - {"Country"}
"""Entity types the model links: the dataset's entities are people and organisations."""

_HEDGE_MARKS = frozenset({"if", "unless", "whether"})


class PairStance(NamedTuple):
    """An accepted stance between ``mentions[i]`` and ``mentions[j]`` (i < j in input order).

    ``direction`` is ``"i->j"`` when mention i holds the stance toward mention j, else ``"j->i"``.
    """

    i: int
    j: int
    relation: str  # "endorses" | "criticizes"
    direction: str  # "i->j" | "j->i"
    prob: float

    @property
    def subject(self) -> int:
        """Index of the mention that holds the stance."""
        return self.i if self.direction == "i->j" else self.j

    @property
    def object(self) -> int:
        """Index of the mention the stance is about."""
        return self.j if self.direction == "i->j" else self.i


def _jobs(sent: Span, mentions: Sequence[Span]) -> list[tuple[int, int, bool, PairSpans]]:
    """Every pair of non-overlapping mentions inside ``sent``, presented in text order."""
    jobs = []
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            a, b = mentions[i], mentions[j]
            if not all(sent.start <= m.start and m.end <= sent.end for m in (a, b)):
                continue
            if a.start < b.end and b.start < a.end:
                continue
            i_first = a.start <= b.start
            first, second = (a, b) if i_first else (b, a)
            jobs.append((i, j, i_first, (sent, first, second)))
    return jobs


def _accepted(
    i: int, j: int, i_first: bool, label: str, prob: float, cut: float
) -> PairStance | None:
    mapped = to_relation(label)
    if mapped is None or prob < cut:
        return None
    relation, direction = mapped
    e1_holds = direction == "e1->e2"
    return PairStance(i, j, relation, "i->j" if e1_holds == i_first else "j->i", prob)


def score_pairs(
    sent: Span,
    mentions: Sequence[Span],
    model: StanceModel | None = None,
    threshold: float | None = None,
) -> list[PairStance]:
    """Return the accepted stances among all pairs of ``mentions`` (spans inside ``sent``).

    Pairs whose spans overlap or lie outside the sentence are skipped; so are neutral
    predictions and those below ``threshold`` (default: the one in the model's metadata).
    """
    model = model or StanceModel.load()
    cut = model.threshold if threshold is None else threshold
    jobs = _jobs(sent, mentions)
    predictions = model.predict_spans([pair for *_, pair in jobs])
    results = []
    for (i, j, i_first, _), (label, probs) in zip(jobs, predictions, strict=True):
        found = _accepted(i, j, i_first, label, probs[label], cut)
        if found is not None:
            results.append(found)
    return results


def flags(a: Span, b: Span, relation: str, cues: CueLexicon) -> tuple[bool, bool]:
    """(negated, hedged) for a model stance between mentions ``a`` and ``b``."""
    lca = lowest_common_ancestor(a.root, b.root)
    anchor = lca if lca is not None else a.root.sent.root
    mod = modality(anchor, relation, lexicon=cues)
    negated, hedged = mod.negated, mod.hedged or mod.demand
    for tok in {*head_chain(a.root), *head_chain(b.root)}:
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in {"never", "no"} and child.dep_ == "det":
                negated = True
            elif child.tag_ == "MD" or (child.dep_ == "mark" and child.lower_ in _HEDGE_MARKS):
                hedged = True
    if is_question(anchor):
        hedged = True
    return negated, hedged


def _modifier(span: Span) -> bool:
    """A name used as a modifier of another noun ("U.S. Senate candidate Roy Moore", "a close
    Obama confidante") names what is being talked about, not a party to a stance."""
    root = span.root
    return root.dep_ == "compound" and not (span.start <= root.head.i < span.end)


def _decided(rule_assertions: Sequence[Assertion]) -> set[tuple[str, str, int, int]]:
    return {
        key
        for a in rule_assertions
        for key in ((a.subject, a.object, a.start, a.end), (a.object, a.subject, a.start, a.end))
    }


class Candidate(NamedTuple):
    """One pair of actors of a sentence the model scores: entities, spans, and the pair in text
    order (``a_first``: whether ``a`` comes first)."""

    a: EntityRecord
    b: EntityRecord
    span_a: Span
    span_b: Span
    a_first: bool
    pair: PairSpans


def candidate_pairs(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    rule_assertions: Sequence[Assertion] = (),
) -> list[Candidate]:
    """The actor pairs the model scores in one parsed document (see :func:`model_assertions`);
    training builds its in-article examples from the same function."""
    decided = _decided(rule_assertions)
    jobs: list[Candidate] = []
    by_sentence: dict[int, list[tuple[Span, EntityRecord]]] = {}
    for start, end, entity in mentions:
        if entity.type not in _PAIR_TYPES or end <= start:
            continue
        span = doc[start:end]
        if span.root.pos_ == "PRON" or _modifier(span):
            continue
        sent = span.sent
        if span.end > sent.end:
            continue
        seen = by_sentence.setdefault(sent.start, [])
        if all(other is not entity and other.name != entity.name for _, other in seen):
            seen.append((span, entity))
    for items in by_sentence.values():
        if len(items) < 2:
            continue
        sent = items[0][0].sent
        spans = [span for span, _ in items]
        for i, j, i_first, pair in _jobs(sent, spans):
            ea, eb = items[i][1], items[j][1]
            if any(
                key[:2] == (ea.name, eb.name)
                and key[2] < sent.end_char
                and sent.start_char < key[3]
                for key in decided
            ):
                continue
            jobs.append(Candidate(ea, eb, spans[i], spans[j], i_first, pair))
    return jobs


def model_assertions(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    rule_assertions: Sequence[Assertion],
    document: Document,
    model: StanceModel,
    cues: CueLexicon | None = None,
) -> list[Assertion]:
    """The model's assertions for one parsed document (see the module docstring).

    ``mentions`` are (start token, end token, entity) as the entity layer gives them; the first
    mention of each actor in a sentence represents it. A pair is skipped when a rule assertion of
    the same sentence links the two entities, in either direction and with any relation or flag.
    """
    cues = cues or default_cues()
    jobs = candidate_pairs(doc, mentions, rule_assertions)
    if not jobs:
        return []
    predictions = model.predict_spans([job[-1] for job in jobs])
    out = []
    for (ea, eb, sa, sb, i_first, pair), (label, probs) in zip(jobs, predictions, strict=True):
        found = _accepted(0, 1, i_first, label, probs[label], model.threshold)
        if found is None:
            continue
        subject, obj = (ea, eb) if found.subject == 0 else (eb, ea)
        negated, hedged = flags(sa, sb, found.relation, cues)
        sent = pair[0]
        start, end = trimmed_span(document.text, sent.start_char, sent.end_char)
        out.append(
            Assertion(
                doc=document.id,
                subject=subject.name,
                subject_type=subject.type,
                relation=found.relation,
                object=obj.name,
                object_type=obj.type,
                evidence=document.text[start:end],
                start=start,
                end=end,
                confidence=round(found.prob, 4),
                negated=negated,
                hedged=hedged,
                rule=RULE,
                date=document.date,
            )
        )
    return out
