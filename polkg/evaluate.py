"""Score extraction against hand-made gold files, and against labeled directed-sentiment sentences.

Gold files follow DESIGN.md ("Gold files"). A predicted triple is matched to gold through the gold
entities: its subject and object names are looked up among each entity's canonical name and
aliases, so "Sessions" and "Former Attorney General Jeff Sessions" both count as "Jeff Sessions".
Precision is over the distinct positive (not negated, not hedged) triples predicted for the gold
documents; recall over the `required` gold relations. A triple matching a `required: false`
relation is acceptable: neither a hit nor a false positive.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from polkg.errors import InputError
from polkg.model import RELATIONS, Assertion, Document, DocumentResult

__all__ = [
    "GoldEntity",
    "GoldRelation",
    "Gold",
    "Triple",
    "RelationScore",
    "Report",
    "load_gold",
    "score",
    "DirectedReport",
    "DirectedModelReport",
    "evaluate_directed",
    "evaluate_directed_model",
    "read_directed",
    "normalize_name",
    "SPLITS",
    "SPLIT_SALT",
    "assign_splits",
    "corpus_of",
    "score_by_corpus",
    "format_tables",
]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")


def normalize_name(name: str) -> str:
    """The comparison key of a name: case-folded, straight quotes, no leading "the", no "'s"."""
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    text = " ".join(text.split()).strip(" .,;:")
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


# --------------------------------------------------------------------------- gold files


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    relation: str
    object: str
    required: bool = True
    why: str = ""

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.subject, self.relation, self.object)


@dataclass
class Gold:
    """The annotations of one document."""

    doc: str
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    empty: bool = False  # read and found to hold no relation: every prediction is false

    def __post_init__(self) -> None:
        self._index: dict[str, str] | None = None

    def _lookup(self) -> dict[str, str]:
        if self._index is None:
            index: dict[str, str] = {}
            # Canonical names first, so an alias never shadows another entity's own name.
            for entity in self.entities:
                index.setdefault(normalize_name(entity.name), entity.name)
            for entity in self.entities:
                for alias in entity.aliases:
                    index.setdefault(normalize_name(alias), entity.name)
            self._index = index
        return self._index

    def resolve(self, name: str) -> str | None:
        """The canonical gold name that ``name`` denotes in this document, or None."""
        return self._lookup().get(normalize_name(name))

    def forbidden_match(self, name: str) -> str | None:
        """The forbidden name that ``name`` contains as whole words (unless it is a gold entity)."""
        if self.resolve(name) is not None:
            return None
        words = f" {normalize_name(name)} "
        for banned in self.forbidden:
            if f" {normalize_name(banned)} " in words:
                return banned
        return None


def _require(record: dict[str, object], key: str, kind: type, where: str) -> object:
    value = record.get(key)
    if not isinstance(value, kind):
        line = f"gold {record['kind']} line" if record.get("kind") else "gold line"
        raise InputError(where, f"{line} needs {key!r} ({kind.__name__})")
    return value


def json_records(path: str | Path, what: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``file:line``, object) for each non-blank line of a JSONL file of ours (gold, audit).

    Raises `InputError` naming the file for an unreadable file, and the line for a line that
    is not a JSON object.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), f"no such {what} file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read {what} file ({error})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(where, f"not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise InputError(where, f"a {what} line must be a JSON object")
        yield where, record


def load_gold(path: str | Path) -> dict[str, Gold]:
    """Read a gold JSONL file into ``{doc id: Gold}``; every document with any line is included.

    Raises `InputError` naming the file and line for unreadable files and malformed lines.
    """
    golds: dict[str, Gold] = {}
    for where, record in json_records(path, "gold"):
        doc = str(_require(record, "doc", str, where))
        gold = golds.setdefault(doc, Gold(doc))
        kind = record.get("kind")
        if kind == "entity":
            aliases = record.get("aliases") or []
            if not isinstance(aliases, list):
                raise InputError(where, "entity 'aliases' must be a list")
            gold.entities.append(
                GoldEntity(
                    name=str(_require(record, "name", str, where)),
                    type=str(record.get("type", "")),
                    aliases=tuple(str(alias) for alias in aliases),
                )
            )
        elif kind == "relation":
            relation = str(_require(record, "relation", str, where))
            if relation not in RELATIONS:
                raise InputError(where, f"unknown relation {relation!r}")
            gold.relations.append(
                GoldRelation(
                    subject=str(_require(record, "subject", str, where)),
                    relation=relation,
                    object=str(_require(record, "object", str, where)),
                    required=bool(record.get("required", True)),
                    why=str(record.get("why", "")),
                )
            )
        elif kind == "forbidden":
            names = _require(record, "names", list, where)
            gold.forbidden.extend(str(name) for name in names)  # type: ignore[attr-defined]
        elif kind == "empty":
            gold.empty = True
        else:
            raise InputError(
                where, f"unknown gold kind {kind!r} (entity, relation, forbidden, empty)"
            )
    for doc, gold in golds.items():
        if gold.empty and gold.relations:
            raise InputError(str(path), f"document {doc!r} is marked empty but has relations")
    return golds


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Triple:
    """A predicted or gold (subject, relation, object) in one document, with what backs it."""

    doc: str
    subject: str
    relation: str
    object: str
    evidence: str = ""
    rule: str = ""
    note: str = ""  # the gold "why" for misses, the forbidden name for forbidden hits

    def line(self) -> str:
        return f"{self.doc}  {self.subject} -{self.relation}-> {self.object}"


@dataclass
class RelationScore:
    relation: str
    gold: int = 0  # required gold relations
    tp: int = 0
    fp: int = 0
    acceptable: int = 0  # predictions matching required:false gold

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: RelationScore) -> None:
        self.gold += other.gold
        self.tp += other.tp
        self.fp += other.fp
        self.acceptable += other.acceptable


@dataclass
class Report:
    """Per-relation scores plus the lists a rule writer needs: misses and false triples."""

    relations: dict[str, RelationScore]
    documents: list[str]  # gold documents that were scored
    unscored: list[str]  # gold documents with no extraction result
    misses: list[Triple]
    false_triples: list[Triple]
    forbidden: list[Triple]
    acceptable: list[Triple]

    @property
    def overall(self) -> RelationScore:
        total = RelationScore("overall")
        for relation_score in self.relations.values():
            total.add(relation_score)
        return total

    def format(self, details: bool = True) -> str:
        """A plain-text table followed (with ``details``) by the misses, false triples and
        forbidden-name triples."""
        header = _row_header("relation")
        lines = [f"Scored {len(self.documents)} gold document(s).", header, "-" * len(header)]
        for relation_score in [*self.relations.values(), self.overall]:
            if relation_score is not self.relations.get(relation_score.relation):
                lines.append("-" * len(header))
            lines.append(_row(relation_score.relation, relation_score))
        lines.append("(ok = predictions matching a required:false gold relation, not counted)")
        if details:
            lines.append(self.details())
        return "\n".join(lines)

    def details(self) -> str:
        """The misses, false triples, forbidden-name triples and unscored documents."""
        lines = [f"\nMisses ({len(self.misses)}):"]
        lines += [f"  {t.line()}   [{t.note}]" for t in self.misses]
        lines.append(f"\nFalse triples ({len(self.false_triples)}):")
        for t in self.false_triples:
            lines.append(f"  {t.line()}   ({t.rule})" if t.rule else f"  {t.line()}")
            if t.evidence:
                lines.append(f"      {_shorten(t.evidence)}")
        if self.forbidden:
            lines.append(
                f"\nTriples involving forbidden (page-noise) names ({len(self.forbidden)}):"
            )
            lines += [f"  {t.line()}   [forbidden: {t.note}]" for t in self.forbidden]
        if self.unscored:
            lines.append(
                f"\nNot scored, no result for {len(self.unscored)} gold document(s): "
                + ", ".join(self.unscored)
            )
        return "\n".join(lines)


def _row_header(first: str) -> str:
    return (
        f"{first:<14}{'gold':>6}{'pred':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'ok':>5}"
        f"{'P':>8}{'R':>8}{'F1':>8}"
    )


def _row(name: str, s: RelationScore) -> str:
    return (
        f"{name:<14}{s.gold:>6}{s.predicted:>6}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        f"{s.acceptable:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
    )


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _positive_triples(gold: Gold, assertions: Iterable[Assertion]) -> dict[tuple, Triple]:
    """Distinct positive predicted triples, keyed by their gold-resolved names."""
    triples: dict[tuple, Triple] = {}
    for a in assertions:
        if not a.positive:
            continue
        subject = gold.resolve(a.subject) or a.subject
        obj = gold.resolve(a.object) or a.object
        key = (normalize_name(subject), a.relation, normalize_name(obj))
        if key not in triples:
            triples[key] = Triple(gold.doc, subject, a.relation, obj, a.evidence, a.rule)
    return triples


def score(gold: dict[str, Gold], results: Iterable[DocumentResult]) -> Report:
    """Score the results of the gold documents; results for other documents are ignored."""
    assertions: dict[str, list[Assertion]] = defaultdict(list)
    seen: set[str] = set()
    for result in results:
        doc = result.document.id
        if doc in gold:
            seen.add(doc)
            assertions[doc].extend(result.assertions)
    scores = {relation: RelationScore(relation) for relation in RELATIONS}
    report = Report(scores, sorted(seen), sorted(set(gold) - seen), [], [], [], [])
    for doc in report.documents:
        doc_gold = gold[doc]
        expected = {
            (normalize_name(r.subject), r.relation, normalize_name(r.object)): r
            for r in doc_gold.relations
        }
        predicted = _positive_triples(doc_gold, assertions[doc])
        for key, triple in predicted.items():
            relation_score = scores.setdefault(triple.relation, RelationScore(triple.relation))
            match = expected.get(key)
            if match is not None and match.required:
                relation_score.tp += 1
            elif match is not None:
                relation_score.acceptable += 1
                report.acceptable.append(triple)
            else:
                relation_score.fp += 1
                report.false_triples.append(triple)
                banned = doc_gold.forbidden_match(triple.subject) or doc_gold.forbidden_match(
                    triple.object
                )
                if banned:
                    report.forbidden.append(_with_note(triple, banned))
        for key, relation in expected.items():
            if not relation.required:
                continue
            scores.setdefault(relation.relation, RelationScore(relation.relation)).gold += 1
            if key not in predicted:
                report.misses.append(
                    Triple(
                        doc, relation.subject, relation.relation, relation.object, note=relation.why
                    )
                )
    return report


# --------------------------------------------------------------------------- corpora and splits

SPLITS = ("tune", "measure", "all")
TUNE_HALVES = ("tune-a", "tune-b")
"""The tune part cut in two by the same rule: find a mechanism on tune-a's errors, then see
whether it also gains on tune-b, whose examples were not read for it (a check of transfer
before the measure part)."""
SPLIT_SALT = "polkg-split-v1:"
_LINE_SUFFIX = re.compile(r":\d+$")


def corpus_of(document: Document) -> str:
    """The corpus a document came from: the folder of its input file ("allsides" for
    ``.../allsides/articles.jsonl:12``), "stdin" when it was read from standard input."""
    where = _LINE_SUFFIX.sub("", document.source)
    if not where or where in {"-", "<stdin>"}:
        return "stdin"
    return Path(where).parent.name or "."


def _split_key(doc: str) -> str:
    return hashlib.sha256((SPLIT_SALT + doc).encode("utf-8")).hexdigest()


def assign_splits(corpora: dict[str, str], halves: bool = False) -> dict[str, str]:
    """``{doc: "tune" | "measure"}`` for ``{doc: corpus}``: the fixed rule of gold/README.md.

    Within each corpus the documents are ordered by sha256("polkg-split-v1:" + doc id); every
    third one from the first (ranks 0, 3, 6, ...) is "measure", the others "tune". Stratified by
    corpus, so each corpus gives a third of its documents to the measure part. With ``halves``
    the tune documents are "tune-a" (ranks 1, 4, 7, ...) and "tune-b" (ranks 2, 5, 8, ...).
    """
    by_corpus: dict[str, list[str]] = defaultdict(list)
    for doc, corpus in corpora.items():
        by_corpus[corpus].append(doc)
    parts: dict[str, str] = {}
    for docs in by_corpus.values():
        for rank, doc in enumerate(sorted(docs, key=_split_key)):
            if rank % 3 == 0:
                parts[doc] = "measure"
            else:
                parts[doc] = TUNE_HALVES[rank % 3 - 1] if halves else "tune"
    return parts


def score_by_corpus(gold: dict[str, Gold], results: Iterable[DocumentResult]) -> dict[str, Report]:
    """One `Report` per corpus (see `corpus_of`), in name order."""
    grouped: dict[str, list[DocumentResult]] = defaultdict(list)
    for result in results:
        if result.document.id in gold:
            grouped[corpus_of(result.document)].append(result)
    return {
        corpus: score({r.document.id: gold[r.document.id] for r in group}, group)
        for corpus, group in sorted(grouped.items())
    }


def format_tables(overall: Report, by_corpus: dict[str, Report]) -> str:
    """The per-relation table of ``overall``, then one row per corpus and relation."""
    lines = [overall.format(details=False), ""]
    header = _row_header("corpus") + f"{'docs':>6}"
    lines += [header, "-" * len(header)]
    for corpus, report in by_corpus.items():
        lines.append(_row(corpus, report.overall) + f"{len(report.documents):>6}")
        for relation, relation_score in report.relations.items():
            if relation_score.gold or relation_score.predicted or relation_score.acceptable:
                lines.append(_row(f"  {relation}", relation_score))
    lines.append("-" * len(header))
    lines.append(_row("overall", overall.overall) + f"{len(overall.documents):>6}")
    return "\n".join(lines)


def _with_note(triple: Triple, note: str) -> Triple:
    return Triple(
        triple.doc,
        triple.subject,
        triple.relation,
        triple.object,
        triple.evidence,
        triple.rule,
        note,
    )


# --------------------------------------------------------------------------- directed sentiment

# Label -> (direction, polarity): direction 1 means E1 -> E2, 2 means E2 -> E1.
_DIRECTED_LABELS = {1: (1, "positive"), 2: (2, "positive"), 3: (1, "negative"), 4: (2, "negative")}
_POLARITY = {"endorses": "positive", "criticizes": "negative", "opposes": "negative"}


class SupportsPipe(Protocol):
    def pipe(self, documents: Iterable[Document]) -> Iterable[DocumentResult]: ...


@dataclass(frozen=True)
class DirectedSentence:
    line: int
    text: str  # brackets removed
    e1: str
    e2: str
    label: int


def read_directed(path: str | Path) -> list[DirectedSentence]:
    """Read the directed-sentiment TSV (sentence with [brackets], e1, e2, label 0-4)."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror or error})") from None
    sentences = []
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=1):
            if not row or not "".join(row).strip():
                continue
            if len(row) != 4 or row[3].strip() not in {"0", "1", "2", "3", "4"}:
                raise InputError(f"{path}:{number}", "expected sentence, e1, e2, label 0-4")
            text = row[0].replace("[", "").replace("]", "")
            sentences.append(DirectedSentence(number, text, row[1], row[2], int(row[3])))
    return sentences


def _name_key(name: str) -> str:
    return normalize_name(name).strip("'\"-")


def same_entity(predicted: str, labeled: str) -> bool:
    """Containment either way: labeled spans are sometimes cut ("Kratz'") or partial ("Trump")."""
    a, b = _name_key(predicted), _name_key(labeled)
    return bool(a and b) and (a in b or b in a)


def directed_label(
    assertion: Assertion, e1: str, e2: str, forms: Mapping[str, Sequence[str]] | None = None
) -> int | None:
    """The 1-4 label an assertion stands for between e1 and e2, or None if it links other things.

    ``forms`` gives the surface forms of each entity of the sentence (its name and aliases): a
    labeled span names the entity by any of them ("Moscow" for the entity Russia)."""
    polarity = _POLARITY.get(assertion.relation)
    if polarity is None or not assertion.positive:
        return None
    forms = forms or {}

    def same(name: str, labeled: str) -> bool:
        return any(same_entity(form, labeled) for form in (name, *forms.get(name, ())))

    forward = same(assertion.subject, e1) and same(assertion.object, e2)
    backward = same(assertion.subject, e2) and same(assertion.object, e1)
    if forward == backward:  # neither, or ambiguous (both names match both sides)
        return None
    direction = 1 if forward else 2
    return next(k for k, v in _DIRECTED_LABELS.items() if v == (direction, polarity))


def directed_labels(result: DocumentResult, e1: str, e2: str) -> set[int]:
    """The 1-4 labels the positive assertions of ``result`` stand for between e1 and e2, each
    entity named by its name or an alias (``directed_label``)."""
    forms = {e.name: e.aliases for e in result.entities}
    return {
        label for a in result.assertions if (label := directed_label(a, e1, e2, forms)) is not None
    }


def directed_class(labels: set[int]) -> int:
    """The class a sentence's labels make: the one label, -1 for several, 0 for none."""
    return next(iter(labels)) if len(labels) == 1 else -1 if labels else 0


@dataclass
class DirectedReport:
    """How often an edge links the two labeled entities, and how often it has the labeled sense."""

    sentences: int = 0
    labeled: int = 0  # non-neutral sentences
    with_edge: int = 0  # sentences with >= 1 positive endorses/criticizes/opposes edge between them
    correct: int = 0  # ... whose edges all have the labeled direction and polarity
    edge_on_neutral: int = 0
    wrong_direction: int = 0
    wrong_polarity: int = 0
    by_label: dict[int, list[int]] = field(default_factory=dict)  # label -> [sentences, edges, ok]
    errors: list[str] = field(default_factory=list)
    # per sentence: (labeled class, the class its edges stand for: 0 without an edge, -1 when
    # its edges disagree among themselves)
    classes: list[tuple[int, int]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.with_edge if self.with_edge else 0.0

    def f1(self, label: int) -> float:
        tp = sum(1 for g, p in self.classes if g == p == label)
        fp = sum(1 for g, p in self.classes if p == label != g)
        fn = sum(1 for g, p in self.classes if g == label != p)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def macro_f1(self) -> float:
        """5-class macro-F1 of the sentences' classes, a sentence without an edge being neutral
        (the figure the classifier alone reports, now for the whole extractor)."""
        return sum(self.f1(k) for k in range(5)) / 5

    @property
    def recall(self) -> float:
        return self.correct / self.labeled if self.labeled else 0.0

    def format(self, details: bool = True) -> str:
        """The table; with ``details`` also the first wrong edges (their sentences)."""
        names = {0: "neutral", 1: "E1 +-> E2", 2: "E2 +-> E1", 3: "E1 --> E2", 4: "E2 --> E1"}
        lines = [
            f"Directed sentiment: {self.sentences} sentences, {self.labeled} non-neutral.",
            f"Sentences with an edge between the two entities: {self.with_edge}",
            f"  with the labeled direction and polarity:         {self.correct}",
            f"  on neutral sentences:                            {self.edge_on_neutral}",
            f"  wrong direction:                                 {self.wrong_direction}",
            f"  wrong polarity:                                  {self.wrong_polarity}",
            f"Precision (correct / edges): {self.precision:.3f}   "
            f"Recall (correct / non-neutral): {self.recall:.3f}",
            f"5-class macro-F1 (no edge = neutral): {self.macro_f1:.3f}",
            f"{'label':<12}{'sentences':>10}{'edges':>8}{'correct':>9}{'F1':>7}",
        ]
        for label in sorted(self.by_label):
            n, edges, ok = self.by_label[label]
            lines.append(f"{names[label]:<12}{n:>10}{edges:>8}{ok:>9}{self.f1(label):>7.3f}")
        if details and self.errors:
            lines.append(f"\nWrong edges (first {len(self.errors)}):")
            lines += [f"  {error}" for error in self.errors]
        return "\n".join(lines)


def _progress(items: Iterable[Document], total: int) -> Iterator[Document]:
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc="directed", unit="sent", file=sys.stderr)


def evaluate_directed(
    path: str | Path, extractor: SupportsPipe, limit: int | None = None, max_errors: int = 30
) -> DirectedReport:
    """Run ``extractor`` over each labeled sentence and compare its edges with the label."""
    sentences = read_directed(path)[:limit]
    by_id = {f"directed-{s.line}": s for s in sentences}
    documents = (
        Document(id=doc_id, text=s.text, source=f"{path}:{s.line}") for doc_id, s in by_id.items()
    )
    report = DirectedReport(sentences=len(sentences))
    report.labeled = sum(1 for s in sentences if s.label)
    for s in sentences:
        report.by_label.setdefault(s.label, [0, 0, 0])[0] += 1
    for result in extractor.pipe(_progress(documents, len(sentences))):
        sentence = by_id.get(result.document.id)
        if sentence is None:
            continue
        labels = directed_labels(result, sentence.e1, sentence.e2)
        report.classes.append((sentence.label, directed_class(labels)))
        if not labels:
            continue
        report.with_edge += 1
        report.by_label[sentence.label][1] += 1
        if labels == {sentence.label}:
            report.correct += 1
            report.by_label[sentence.label][2] += 1
            continue
        if sentence.label == 0:
            report.edge_on_neutral += 1
        elif any(_DIRECTED_LABELS[x][1] != _DIRECTED_LABELS[sentence.label][1] for x in labels):
            report.wrong_polarity += 1
        else:
            report.wrong_direction += 1
        if len(report.errors) < max_errors:
            report.errors.append(
                f"line {sentence.line}: label {sentence.label}, predicted {sorted(labels)}: "
                f"{_shorten(sentence.text, 140)}"
            )
    return report


# --------------------------------------------------------------------------- stance classifier


class SupportsStance(Protocol):
    threshold: float

    def predict_batch(
        self, items: Iterable[tuple[str, tuple[int, int], tuple[int, int]]]
    ) -> list[tuple[str, dict[str, float]]]: ...


@dataclass
class DirectedModelReport:
    """The stance classifier alone on labeled pairs: 5-class figures and its accepted edges."""

    labels: tuple[str, ...]
    gold: list[int]
    predicted: list[int]
    probs: list[float]  # probability of the predicted class
    threshold: float

    @property
    def accuracy(self) -> float:
        pairs = zip(self.gold, self.predicted, strict=True)
        return sum(1 for g, p in pairs if g == p) / len(self.gold) if self.gold else 0.0

    def f1(self, label: int) -> float:
        pairs = list(zip(self.gold, self.predicted, strict=True))
        tp = sum(1 for g, p in pairs if g == p == label)
        fp = sum(1 for g, p in pairs if p == label != g)
        fn = sum(1 for g, p in pairs if g == label != p)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(k) for k in range(len(self.labels))) / len(self.labels)

    @property
    def edges(self) -> int:
        """Pairs polkg would turn into an edge: non-neutral, probability >= threshold."""
        return sum(
            1 for p, q in zip(self.predicted, self.probs, strict=True) if p and q >= self.threshold
        )

    @property
    def correct_edges(self) -> int:
        return sum(
            1
            for g, p, q in zip(self.gold, self.predicted, self.probs, strict=True)
            if p and q >= self.threshold and g == p
        )

    @property
    def edge_precision(self) -> float:
        return self.correct_edges / self.edges if self.edges else 0.0

    def format(self) -> str:
        labeled = sum(1 for g in self.gold if g)
        lines = [
            f"Stance classifier alone: {len(self.gold)} labeled pairs, {labeled} non-neutral.",
            f"5-class accuracy: {self.accuracy:.3f}   macro-F1: {self.macro_f1:.3f}",
            f"Edges polkg would add (non-neutral, probability >= {self.threshold:.2f}): "
            f"{self.edges}, correct (polarity and direction) {self.correct_edges}, "
            f"precision {self.edge_precision:.3f}, "
            f"recall {self.correct_edges / max(labeled, 1):.3f}",
            f"{'label':<12}{'pairs':>7}{'F1':>7}",
        ]
        for k, name in enumerate(self.labels):
            lines.append(f"{name:<12}{self.gold.count(k):>7}{self.f1(k):>7.3f}")
        return "\n".join(lines)


def evaluate_directed_model(path: str | Path, model: SupportsStance) -> DirectedModelReport:
    """Score the stance classifier alone on a directed-sentiment TSV (no rules, no entity
    layer: the labeled spans are the pair)."""
    from polkg.extract.stance.inputs import LABELS, read_dataset

    try:
        examples = read_dataset(str(path))
    except ValueError as error:
        raise InputError(str(path), str(error)) from None
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror or error})") from None
    predictions = model.predict_batch((ex.text, ex.e1, ex.e2) for ex in examples)
    return DirectedModelReport(
        labels=LABELS,
        gold=[int(ex.label or 0) for ex in examples],
        predicted=[LABELS.index(label) for label, _ in predictions],
        probs=[probs[label] for label, probs in predictions],
        threshold=model.threshold,
    )
