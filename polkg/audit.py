"""A precision audit on articles no gold file covers: judged edges as data, re-scored by command.

Gold files measure recall and precision on the few articles someone annotated in full; rules tuned
on them can still invent edges elsewhere. An audit file (gold/audit.jsonl, gold/README.md) names a
fixed random sample of other articles (``sample`` rows, drawn by `audit_sample`) and holds a
verdict for every edge polkg ever extracted from them (``judgement`` rows: correct, acceptable,
wrong, with the mechanism of a wrong edge). Re-scoring extracts the sample again: precision is
over the judged edges, and edges nobody has judged yet are listed for judging, so the audit keeps
up with rules that add edges.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from polkg.errors import InputError
from polkg.evaluate import corpus_of, json_records, load_gold, normalize_name
from polkg.model import RELATIONS, DocumentResult

__all__ = [
    "AUDIT_SALT",
    "VERDICTS",
    "MECHANISMS",
    "Judgement",
    "Audit",
    "AuditEdge",
    "AuditScore",
    "AuditReport",
    "audit_sample",
    "event_batches",
    "hidden_documents",
    "load_audit",
    "merge_audits",
    "score_audit",
    "wilson_interval",
]

AUDIT_SALT = "polkg-audit-v1:"
# BASIL's events (gold/README.md, "Batch 13"): ranked by sha256(salt + event), cut in three runs.
EVENT_SALT = "polkg-audit-basil:"
EVENT_BATCHES = (13, 14, 15)
VERDICTS = ("correct", "acceptable", "wrong")
# Why a wrong edge is wrong (gold/README.md, "The precision audit").
MECHANISMS = (
    "hypothetical",  # future, intention, conditional, prediction, possibility
    "hedged",  # alleged, reported, rumoured: the text does not vouch for it
    "demand",  # urged/called on/asked to
    "negation",
    "question",
    "wrong-speaker",  # the stance belongs to someone else (quote, letter, report)
    "wrong-subject",  # the parse picked another clause's subject or a coordinated one
    "wrong-antecedent",  # a pronoun, surname or description resolved to the wrong actor
    "wrong-actor",  # the name stands for another entity ("Florida's Scott" read as Florida)
    "junk-actor",  # a side is no actor ("People", "Chairmen", "a super PAC", "Witch Hunt")
    "non-political",  # sport, entertainment, business sense ("beat me at golf")
    "wrong-sense",  # the trigger word in a sense that states no stance ("fell behind Warren")
    "wrong-direction",
    "wrong-relation",
    "election-result",  # results, polls or voter blocs read as a stance
    "unrelated-pair",  # both actors in the sentence, no relation between them
    "other",
)

Key = tuple[str, str, str, str]  # doc, subject, relation, object (names normalised)


def _key(doc: str, subject: str, relation: str, obj: str) -> Key:
    return (doc, normalize_name(subject), relation, normalize_name(obj))


def audit_sample(
    corpora: dict[str, str], excluded: set[str], sizes: dict[str, int], salt: str = AUDIT_SALT
) -> dict[str, str]:
    """``{doc: corpus}``: per corpus, the first ``sizes[corpus]`` documents not in ``excluded``,
    ordered by sha256(salt + doc id). A larger size keeps the smaller sample; a new batch takes a
    new salt and excludes the earlier batches' documents (gold/README.md)."""
    by_corpus: dict[str, list[str]] = defaultdict(list)
    for doc, corpus in corpora.items():
        if doc not in excluded:
            by_corpus[corpus].append(doc)
    chosen: dict[str, str] = {}
    for corpus, docs in sorted(by_corpus.items()):
        ranked = sorted(docs, key=lambda d: hashlib.sha256((salt + d).encode("utf-8")).hexdigest())
        for doc in ranked[: sizes.get(corpus, 0)]:
            chosen[doc] = corpus
    return chosen


def event_batches(
    events: Iterable[str], batches: tuple[int, ...] = EVENT_BATCHES, salt: str = EVENT_SALT
) -> dict[str, int]:
    """``{event: batch}``: the events ranked by sha256(salt + event) and cut, in that order, into
    ``len(batches)`` runs of near-equal size (100 BASIL events: 34, 33, 33). A batch takes every
    article of its events, so one story, told by several outlets, never straddles two batches
    (gold/README.md, "Batch 13")."""
    ranked = sorted(
        set(events), key=lambda e: hashlib.sha256((salt + e).encode("utf-8")).hexdigest()
    )
    return {e: batches[i * len(batches) // len(ranked)] for i, e in enumerate(ranked)}


@dataclass(frozen=True)
class Judgement:
    doc: str
    subject: str
    relation: str
    object: str
    verdict: str
    mechanism: str = ""
    evidence: str = ""
    note: str = ""


@dataclass
class Audit:
    sample: dict[str, str]  # doc -> corpus
    judgements: dict[Key, Judgement]


def _field(record: dict[str, object], name: str, where: str) -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value:
        raise InputError(where, f"{name!r} must be a non-empty string")
    return value


def _judgement(record: dict[str, object], where: str) -> Judgement:
    relation = _field(record, "relation", where)
    if relation not in RELATIONS:
        raise InputError(where, f"unknown relation {relation!r}")
    verdict = _field(record, "verdict", where)
    if verdict not in VERDICTS:
        raise InputError(where, f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    mechanism = str(record.get("mechanism") or "")
    if verdict == "wrong" and mechanism not in MECHANISMS:
        raise InputError(where, f"a wrong edge needs a mechanism ({', '.join(MECHANISMS)})")
    return Judgement(
        _field(record, "doc", where),
        _field(record, "subject", where),
        relation,
        _field(record, "object", where),
        verdict,
        mechanism,
        str(record.get("evidence") or ""),
        str(record.get("note") or ""),
    )


def load_audit(path: str | Path) -> Audit:
    """Read an audit file: ``sample`` rows (doc, corpus) and ``judgement`` rows."""
    audit = Audit({}, {})
    for where, record in json_records(path, "audit"):
        kind = record.get("kind")
        if kind == "sample":
            audit.sample[_field(record, "doc", where)] = _field(record, "corpus", where)
        elif kind == "judgement":
            j = _judgement(record, where)
            audit.judgements[_key(j.doc, j.subject, j.relation, j.object)] = j
        else:
            raise InputError(where, f"kind must be 'sample' or 'judgement', not {kind!r}")
    return audit


def merge_audits(audits: Iterable[Audit]) -> Audit:
    """One audit of several batches (their samples are disjoint by the sample rule)."""
    merged = Audit({}, {})
    for audit in audits:
        merged.sample.update(audit.sample)
        merged.judgements.update(audit.judgements)
    return merged


def wilson_interval(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% for z=1.96); (0, 1) when total is 0."""
    if not total:
        return 0.0, 1.0
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class AuditEdge:
    """One distinct positive (subject, relation, object) of a sample document, with its verdict."""

    doc: str
    corpus: str
    subject: str
    relation: str
    object: str
    evidence: str
    rule: str
    judgement: Judgement | None

    def as_judgement_row(self) -> str:
        """A judgement line to fill in (verdict left as "?")."""
        return json.dumps(
            {
                "kind": "judgement",
                "doc": self.doc,
                "subject": self.subject,
                "relation": self.relation,
                "object": self.object,
                "verdict": "?",
                "mechanism": "",
                "rule": self.rule,
                "evidence": " ".join(self.evidence.split()),
            },
            ensure_ascii=False,
        )


@dataclass
class AuditScore:
    docs: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # verdict or "unjudged" -> edges

    @property
    def judged(self) -> int:
        return sum(self.counts[v] for v in VERDICTS)

    @property
    def precision(self) -> float:
        """Correct over correct + wrong: acceptable edges count neither way, as in gold scoring."""
        decided = self.counts["correct"] + self.counts["wrong"]
        return self.counts["correct"] / decided if decided else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(
            self.counts["correct"], self.counts["correct"] + self.counts["wrong"]
        )


@dataclass
class AuditReport:
    edges: list[AuditEdge]
    scores: dict[str, AuditScore]  # corpus -> score, plus "overall"

    def table(self) -> str:
        header = (
            f"{'corpus':<14}{'docs':>6}{'edges':>7}{'right':>7}{'ok':>5}{'wrong':>7}"
            f"{'new':>5}{'P':>8}  95% interval"
        )
        lines = [header, "-" * len(header)]
        for corpus, s in self.scores.items():
            if corpus == "overall":
                lines.append("-" * len(header))
            low, high = s.interval
            lines.append(
                f"{corpus:<14}{s.docs:>6}{s.judged + s.counts['unjudged']:>7}"
                f"{s.counts['correct']:>7}{s.counts['acceptable']:>5}{s.counts['wrong']:>7}"
                f"{s.counts['unjudged']:>5}{s.precision:>8.3f}  {low:.2f}-{high:.2f}"
            )
        lines.append(
            "(P = right / (right + wrong); ok = acceptable, not counted; new = not judged yet)"
        )
        return "\n".join(lines)

    def details(self, hidden: Collection[str] = ()) -> str:
        """The wrong edges by mechanism, then the edges to judge as judgement rows; the edges of
        ``hidden`` documents (samples scored as tables only) are counted, never listed."""
        shown = [e for e in self.edges if e.doc not in hidden]
        wrong = [e for e in shown if e.judgement and e.judgement.verdict == "wrong"]
        by_mechanism: dict[str, list[AuditEdge]] = defaultdict(list)
        for edge in wrong:
            assert edge.judgement is not None
            by_mechanism[edge.judgement.mechanism].append(edge)
        lines = [f"\nWrong edges ({len(wrong)}), by mechanism:"]
        for mechanism, edges in sorted(by_mechanism.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"  {mechanism} ({len(edges)})")
            for e in edges:
                lines.append(f"    {e.doc}  {e.subject} -{e.relation}-> {e.object}  ({e.rule})")
        new = [e for e in shown if e.judgement is None]
        lines.append(f"\nNot judged yet ({len(new)}): add these rows with a verdict")
        lines += [e.as_judgement_row() for e in new]
        if len(shown) < len(self.edges):
            lines.append(f"({len(self.edges) - len(shown)} edge(s) of hidden documents not listed)")
        return "\n".join(lines)


def hidden_documents(paths: Iterable[str | Path]) -> set[str]:
    """The document ids of gold JSONL files, or of plain lists (an id as each line's last
    field): documents whose edges a listing must not show, as a sample scored as tables only."""
    docs: set[str] = set()
    for path in paths:
        if str(path).endswith(".jsonl"):
            docs |= set(load_gold(path))  # the gold reader, its errors naming file and line
            continue
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(str(path), f"cannot read list of hidden documents ({error})") from None
        docs |= {line.split()[-1] for line in text.splitlines() if line.strip()}
    return docs


def score_audit(audit: Audit, results: Iterable[DocumentResult]) -> AuditReport:
    """Judge the positive triples of the sample documents by the audit's verdicts."""
    edges: list[AuditEdge] = []
    scores: dict[str, AuditScore] = defaultdict(AuditScore)
    for result in results:
        doc = result.document.id
        if doc not in audit.sample:
            continue
        corpus = audit.sample[doc] or corpus_of(result.document)
        scores[corpus].docs += 1
        seen: set[Key] = set()
        for a in result.assertions:
            key = _key(doc, a.subject, a.relation, a.object)
            if not a.positive or key in seen:
                continue
            seen.add(key)
            judgement = audit.judgements.get(key)
            edges.append(
                AuditEdge(
                    doc, corpus, a.subject, a.relation, a.object, a.evidence, a.rule, judgement
                )
            )
            scores[corpus].counts[judgement.verdict if judgement else "unjudged"] += 1
    ordered = dict(sorted(scores.items()))
    overall = AuditScore()
    for s in ordered.values():
        overall.docs += s.docs
        overall.counts.update(s.counts)
    ordered["overall"] = overall
    return AuditReport(sorted(edges, key=lambda e: (e.corpus, e.doc)), ordered)
