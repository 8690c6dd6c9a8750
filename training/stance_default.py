"""Whether the stance model may be on by default: its out-of-fold gain on the gold, per threshold.

The issue's rule: on by default only if it raises recall at precision >= 0.85 on the gold
(gold/dev.jsonl + the tune part of ../shared/gold/train.jsonl). The shipped model is trained on
pairs from exactly those documents, so the figures that decide come from models that never saw
them: ``--dev-model`` trained with ``train_stance.py --leave-out gold/dev.jsonl`` scores dev,
``--tune-model`` trained with ``--leave-out ../shared/gold/train.jsonl`` scores tune. The rules run
once; every model assertion is kept with its probability down to ``--floor``, and each
acceptance threshold of the grid is then scored by keeping the assertions at or above it (the
same as running the extractor with that threshold). The measure part is never read.

Usage: python training/stance_default.py --dev-model DIR --tune-model DIR
    [--shared ../shared] [--parse-cache out/parse-cache] [--countries]
    [--directed FILE.tsv [--directed-model DIR]]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from stance_encoder import load_model  # noqa: E402

from polkg.evaluate import (  # noqa: E402
    TUNE_HALVES,
    Gold,
    assign_splits,
    corpus_of,
    evaluate_directed,
    load_gold,
    read_directed,
    score,
)
from polkg.extract import Extractor  # noqa: E402
from polkg.extract.stance import StanceModel, pairs  # noqa: E402
from polkg.extract.stance.pairs import RULE  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import ACTOR_TYPES, Assertion, Document, DocumentResult  # noqa: E402

CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
GRID = (0.80, 0.85, 0.87, 0.90, 0.92, 0.94, 0.96, 0.98)


def gold_parts(shared: Path) -> dict[str, dict[str, Gold]]:
    """The dev gold, and the tune part of train.jsonl with its halves tune-a and tune-b (the
    measure part is dropped unread)."""
    dev = load_gold(ROOT / "gold" / "dev.jsonl")
    train = load_gold(shared / "gold" / "train.jsonl")
    corpora = {doc: corpus for doc, corpus in _corpora(shared, set(train)).items()}
    parts = assign_splits(corpora)
    halves = assign_splits(corpora, halves=True)
    tune = {doc: g for doc, g in train.items() if parts.get(doc) == "tune" and doc not in dev}
    out = {"dev": dev, "tune": tune}
    for half in TUNE_HALVES:
        out[half] = {doc: g for doc, g in tune.items() if halves.get(doc) == half}
    return out


def _corpora(shared: Path, ids: set[str]) -> dict[str, str]:
    paths = [str(shared / "corpus" / c / "articles.jsonl") for c in CORPORA]
    return {
        d.id: corpus_of(d) for d in read_documents(paths, on_error=lambda e: None) if d.id in ids
    }


def extract(
    shared: Path, gold: dict[str, Gold], model_dir: Path, floor: float, parse_cache: Path | None
) -> tuple[list[DocumentResult], list[Assertion]]:
    """Rule results of the gold's documents, and the model's assertions down to ``floor``."""
    paths = [str(shared / "corpus" / c / "articles.jsonl") for c in CORPORA]
    documents = [d for d in read_documents(paths, on_error=lambda e: None) if d.id in gold]
    extractor = Extractor(stance_model=False, parse_cache=parse_cache)
    extractor.stance = load_model(model_dir)
    extractor.stance.threshold = floor
    results, found = [], []
    for result in extractor.pipe(documents):
        rules = [a for a in result.assertions if a.rule != RULE]
        found += [a for a in result.assertions if a.rule == RULE]
        results.append(DocumentResult(result.document, result.entities, rules))
    return results, found


def at(results: Sequence[DocumentResult], found: Sequence[Assertion], cut: float | None):
    """The results with the model's positive assertions at or above ``cut`` added."""
    if cut is None:
        return list(results)
    extra: dict[str, list[Assertion]] = {}
    for a in found:
        if a.positive and a.confidence >= cut:
            extra.setdefault(a.doc, []).append(a)
    return [
        DocumentResult(r.document, r.entities, r.assertions + extra.get(r.document.id, []))
        for r in results
    ]


class _Replay:
    """Stands for an Extractor in ``evaluate_directed``: replays results made once."""

    def __init__(self, results: Sequence[DocumentResult]) -> None:
        self.results = {r.document.id: r for r in results}

    def pipe(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for document in documents:
            yield self.results[document.id]


def directed(path: Path, floor: float, countries: bool, model_dir: Path | None = None) -> None:
    """The whole extractor on a directed-sentiment file with the shipped model (or the one in
    ``model_dir``), per threshold."""
    sentences = read_directed(path)
    documents = [Document(id=f"directed-{s.line}", text=s.text) for s in sentences]
    extractor = Extractor(stance_model=False)
    extractor.stance = load_model(model_dir) if model_dir else StanceModel.load()
    shipped = extractor.stance.threshold
    extractor.stance.threshold = floor
    results, found = [], []
    for result in extractor.pipe(documents):
        found += [a for a in result.assertions if a.rule == RULE]
        rules = [a for a in result.assertions if a.rule != RULE]
        results.append(DocumentResult(result.document, result.entities, rules))
    extractor.stance.threshold = shipped
    name = model_dir or "shipped model"
    print(f"\n{path.name} ({name}{', countries' if countries else ''}):")
    print(f"{'threshold':<10}{'edges':>7}{'correct':>9}{'P':>8}{'macro-F1':>10}")
    for cut in (None, *GRID):
        report = evaluate_directed(path, _Replay(at(results, found, cut)))
        name = "rules" if cut is None else f"{cut:.2f}"
        print(
            f"{name:<10}{report.with_edge:>7}{report.correct:>9}{report.precision:>8.3f}"
            f"{report.macro_f1:>10.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-model", type=Path)
    parser.add_argument("--tune-model", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--floor", type=float, default=0.5)
    parser.add_argument("--countries", action="store_true", help="let the model link countries too")
    parser.add_argument("--directed", type=Path, help="also a directed-sentiment TSV")
    parser.add_argument(
        "--directed-model", type=Path, help="the model for --directed (default: the shipped one)"
    )
    args = parser.parse_args()
    if args.countries:
        pairs._PAIR_TYPES = frozenset(ACTOR_TYPES)
    if args.directed:
        directed(args.directed, args.floor, args.countries, args.directed_model)
    if args.dev_model is None or args.tune_model is None:
        return
    golds = gold_parts(args.shared)
    runs = {
        "dev": extract(args.shared, golds["dev"], args.dev_model, args.floor, args.parse_cache),
        "tune": extract(args.shared, golds["tune"], args.tune_model, args.floor, args.parse_cache),
    }
    print(
        f"{'threshold':<10}{'dev P':>8}{'dev R':>8}{'tune P':>8}{'tune R':>8}"
        f"{'tune-a P':>9}{'tune-a R':>9}{'tune-b P':>9}{'tune-b R':>9}"
        f"{'both P':>8}{'both R':>8}{'tp':>6}{'fp':>5}"
    )
    for cut in (None, *GRID):
        scored = {p: at(*runs[p], cut) for p in ("dev", "tune")}
        overall = [score(golds[p], scored[p]).overall for p in ("dev", "tune")]
        halves = []
        for half in TUNE_HALVES:
            part = [r for r in scored["tune"] if r.document.id in golds[half]]
            halves.append(score(golds[half], part).overall)
        tp, fp, gold = (sum(getattr(o, k) for o in overall) for k in ("tp", "fp", "gold"))
        cells = [f"{o.precision:>8.3f}{o.recall:>8.3f}" for o in overall]
        cells += [f"{o.precision:>9.3f}{o.recall:>9.3f}" for o in halves]
        name = "rules" if cut is None else f"{cut:.2f}"
        both = f"{tp / max(tp + fp, 1):>8.3f}{tp / gold:>8.3f}{tp:>6}{fp:>5}"
        print(f"{name:<10}{''.join(cells)}{both}", flush=True)


if __name__ == "__main__":
    main()
