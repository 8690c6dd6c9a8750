"""In-article training pairs for the stance model, labelled from polkg's readable gold.

The directed-sentiment data has annotator-picked pairs, two thirds neutral; in an article the
model scores every pair of actors of a sentence (``candidate_pairs``), far more of them neutral.
This script runs the extractor's own entity layer over the documents of every *readable* gold
sample (:func:`readable_gold`: dev, tune-a, the recall samples, the fresh samples up to
fresh37; never tune-b, measure, blind, fresh38 or fresh39) and labels each candidate pair of a
sentence:

- a *required* ``endorses``/``criticizes`` in the gold (either direction) and the sentence is
  the one the gold's ``why`` quotes (a run of >= 4 words of ``why`` in the sentence): that stance;
- no gold relation of any kind between the two: neutral;
- anything else (an acceptable relation, a relation not stated in this sentence, ``opposes``
  etc.): skipped, neither positive nor negative.

The audit batches' verdicts on the rules' edges add pairs too (:func:`audit_rows`): a stance
judged correct is that stance, one judged wrong is neutral, an acceptable one is skipped.

Output: a JSON list of {"doc", "group", "views", "label", "text", "e1", "e2"} (views as in
``polkg.extract.stance.features``, computed on the article's own parse, exactly as at inference;
``group`` is the readable sample the document belongs to, "audit" for verdict rows; ``text`` is
the sentence and ``e1``/``e2`` the entities' character spans in it). Deterministic.

Usage: python training/gold_pairs.py OUT.json [--shared ../shared] [--parse-cache DIR] [--no-audit]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from mine_unread_predicates import HIDDEN_IDS, HIDDEN_SAMPLES, READABLE_SAMPLES  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from polkg.audit import hidden_documents  # noqa: E402
from polkg.evaluate import Gold, assign_splits, corpus_of, load_gold, normalize_name  # noqa: E402
from polkg.extract import Extractor  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.stance.features import pair_views  # noqa: E402
from polkg.extract.stance.inputs import LABELS, PairExample  # noqa: E402
from polkg.extract.stance.pairs import candidate_pairs  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import Document, EntityRecord  # noqa: E402

Mention = tuple[int, int, EntityRecord]

CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
STANCES = {"endorses": "pos", "criticizes": "neg"}
MIN_RUN = 4  # words of the gold's "why" that must appear in a row in the sentence
_WORD = re.compile(r"\w+")
GOLD = ROOT / "gold"
# the pair model's own held-out test (session 39, pairs39): readable, never trained on
HELD_OUT = ("fresh38-*.jsonl",)
READABLE = tuple(p.removesuffix("-*.jsonl") for p in READABLE_SAMPLES if p not in HELD_OUT)
"""The readable samples (gold/<name>-<corpus>.jsonl) besides dev and tune-a: the project's
one list (``mine_unread_predicates.READABLE_SAMPLES``, moved on by each session's discipline
commit) without the model's held-out ones."""
SCORES_ONLY = (*HIDDEN_SAMPLES, *HELD_OUT)


def hidden_ids(shared: Path) -> set[str]:
    """Documents never to train on or look at: scores-only samples, tune-b and measure,
    and the ids of the POLKG_HIDDEN_IDS files."""
    hidden = hidden_documents(p for p in os.environ.get(HIDDEN_IDS, "").split(":") if p)
    for pattern in SCORES_ONLY:
        for path in sorted(GOLD.glob(pattern)):
            hidden |= set(load_gold(path))
    train = load_gold(shared / "gold" / "train.jsonl")
    halves = assign_splits(_corpora(shared, set(train)), halves=True)
    return hidden | {doc for doc in train if halves.get(doc) != "tune-a"}


def _corpora(shared: Path, ids: set[str]) -> dict[str, str]:
    return {d.id: corpus_of(d) for d in corpus_documents(shared) if d.id in ids}


def corpus_documents(shared: Path) -> Iterator[Document]:
    paths = [str(shared / "corpus" / c / "articles.jsonl") for c in CORPORA]
    return read_documents(paths, on_error=lambda e: None)


def readable_gold(shared: Path) -> dict[str, dict[str, Gold]]:
    """{sample: {doc: gold}} for dev, tune-a and every readable sample; hidden documents and a
    document already in an earlier sample are left out (each document in one sample)."""
    hidden = hidden_ids(shared)
    train = load_gold(shared / "gold" / "train.jsonl")
    halves = assign_splits(_corpora(shared, set(train)), halves=True)
    groups: dict[str, dict[str, Gold]] = {
        "dev": load_gold(GOLD / "dev.jsonl"),
        "tune-a": {d: g for d, g in train.items() if halves.get(d) == "tune-a"},
    }
    for name in READABLE:
        groups[name] = {}
        for path in sorted(GOLD.glob(f"{name}-*.jsonl")):
            groups[name].update(load_gold(path))
    seen: set[str] = set()
    for name, golds in groups.items():
        groups[name] = {d: g for d, g in golds.items() if d not in hidden and d not in seen}
        seen |= set(groups[name])
    return groups


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _quoted(why: str, sentence: str) -> bool:
    """Whether ``sentence`` contains a run of MIN_RUN words of ``why``."""
    said, words = _words(why), _words(sentence)
    runs = {tuple(said[i : i + MIN_RUN]) for i in range(len(said) - MIN_RUN + 1)}
    return any(tuple(words[i : i + MIN_RUN]) in runs for i in range(len(words) - MIN_RUN + 1))


def label_of(gold: Gold, first: str, second: str, sentence: str) -> int | None:
    """The 0-4 label of a pair (``first`` comes first in the sentence), or None to skip it."""
    key1 = normalize_name(gold.resolve(first) or first)
    key2 = normalize_name(gold.resolve(second) or second)
    linked = []
    for relation in gold.relations:
        s, o = normalize_name(relation.subject), normalize_name(relation.object)
        if {s, o} == {key1, key2}:
            linked.append((relation, s == key1))
    if not linked:
        return 0
    stated = {
        (STANCES[r.relation], forward)
        for r, forward in linked
        if r.relation in STANCES and r.required and _quoted(r.why, sentence)
    }
    if len(stated) != 1:
        return None
    ((polarity, forward),) = stated
    return _label(polarity, forward)


def _label(polarity: str, forward: bool) -> int:
    return LABELS.index(f"{'e1' if forward else 'e2'}_{polarity}_{'e2' if forward else 'e1'}")


def document_rows(
    doc: Doc, document: Document, mentions: Sequence[Mention], gold: Gold, group: str
) -> list[dict]:
    """The labelled candidate pairs of one parsed gold document (``mentions`` as the entity
    layer gives them)."""
    rows = []
    for c in candidate_pairs(doc, mentions):
        first, second = (c.a, c.b) if c.a_first else (c.b, c.a)
        label = label_of(gold, first.name, second.name, c.pair[0].text)
        if label is None:
            continue
        sent, a, b = c.pair
        base = sent.start_char
        rows.append(
            {
                "doc": document.id,
                "group": group,
                "views": pair_views(sent, a, b),
                "label": label,
                "text": sent.text,
                "e1": [a.start_char - base, a.end_char - base],
                "e2": [b.start_char - base, b.end_char - base],
            }
        )
    return rows


def _name_span(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` (or, failing that, its last word) is written in ``text``."""
    for form in (name, name.split()[-1] if name.split() else name):
        found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)
        if found:
            return found.span()
    return None


def audit_examples(skip: set[str]) -> list[tuple[str, PairExample]]:
    """(doc, example) for the audit verdicts on stance edges: correct -> that stance, wrong ->
    neutral; acceptable ones, other relations and documents in ``skip`` are left out, and so is
    a verdict whose two names cannot both be found apart in its evidence."""
    out = []
    for path in sorted(GOLD.glob("audit*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind") != "judgement" or row.get("relation") not in STANCES:
                continue
            if row.get("verdict") not in ("correct", "wrong") or row["doc"] in skip:
                continue
            text = row.get("evidence") or ""
            s, o = _name_span(text, row["subject"]), _name_span(text, row["object"])
            if s is None or o is None or (s[0] < o[1] and o[0] < s[1]):
                continue
            forward = s[0] < o[0]
            label = _label(STANCES[row["relation"]], forward) if row["verdict"] == "correct" else 0
            e1, e2 = (s, o) if forward else (o, s)
            out.append((row["doc"], PairExample(text, e1, e2, label)))
    return out


def audit_rows(skip: set[str]) -> list[dict]:
    """The audit verdicts as training rows (each evidence parsed alone, as train.txt is)."""
    from polkg.extract.stance.model import _char_span, load_parser

    examples = audit_examples(skip)
    nlp = load_parser()
    rows = []
    for (doc_id, ex), doc in zip(
        examples, nlp.pipe((ex.text for _, ex in examples), batch_size=256), strict=True
    ):
        a, b = _char_span(doc, ex.e1), _char_span(doc, ex.e2)
        rows.append(
            {
                "doc": doc_id,
                "group": "audit",
                "views": pair_views(doc[:], a, b),
                "label": ex.label,
                "text": ex.text,
                "e1": list(ex.e1),
                "e2": list(ex.e2),
            }
        )
    return rows


def parsed_documents(
    documents: Iterable[Document], extractor: Extractor, parse_cache: Path | None
) -> Iterator[tuple[Doc, Document]]:
    stream = ((d.text, d) for d in documents)
    if parse_cache is not None:
        from polkg.extract.parse_cache import ParseCache

        return ParseCache(parse_cache, extractor.nlp).pipe(stream)
    return extractor.nlp.pipe(stream, as_tuples=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--parse-cache", type=Path, help="polkg's parse cache folder")
    parser.add_argument("--no-audit", action="store_true", help="leave the audit verdicts out")
    args = parser.parse_args()
    started = time.perf_counter()
    groups = readable_gold(args.shared)
    group_of = {doc: name for name, golds in groups.items() for doc in golds}
    documents = [d for d in corpus_documents(args.shared) if d.id in group_of]
    extractor = Extractor(stance_model=False)
    rows = []
    for doc, document in parsed_documents(documents, extractor, args.parse_cache):
        group = group_of[document.id]
        mentions = find_entities(doc, document).mentions
        rows += document_rows(doc, document, mentions, groups[group][document.id], group)
    if not args.no_audit:
        rows += audit_rows(set(group_of) | hidden_ids(args.shared))
    counts = [sum(1 for r in rows if r["label"] == k) for k in range(len(LABELS))]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{len(documents)} gold documents, {len(rows)} labelled pairs "
        f"({dict(zip(LABELS, counts, strict=True))}) in {time.perf_counter() - started:.0f}s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
