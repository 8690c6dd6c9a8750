"""Out of fold by sample: what the stance model adds over the rules on each readable gold sample.

Each readable sample (``gold_pairs.readable_gold``: dev, tune-a, recall, fresh, fresh28 ...
fresh37) is scored by a model trained on train.txt, the audit verdicts and the in-article pairs of
every *other* sample, never on its own. The rules run once per document; every model assertion
down to ``--floor`` is kept with its probability, and each threshold of the grid is scored by
keeping those at or above it (the same as running the extractor at that threshold). Printed per
sample and in total: the rules' true and false required triples, the model's added ones and
their precision, and the whole extractor's P / R. The threshold is chosen on these figures only
(:func:`choose`) and written to ``OUT_DIR/threshold.json`` for ``train_stance.py
--threshold-from``; the in-article pairs go to ``OUT_DIR/gold_pairs.json`` (as
``gold_pairs.py`` writes them) and the model assertions to ``OUT_DIR/found.json``.

Usage: python training/pair_folds.py OUT_DIR [--shared ../shared] [--parse-cache DIR]
    [--cache DIR] [--floor 0.5] [--c 3] [--no-audit] [--unbalanced] [--no-directed]
    [--fixed-model DIR [--sample NAME]...] [--final DIR] [--rescore]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import numpy as np  # noqa: E402
from gold_pairs import (  # noqa: E402
    audit_rows,
    corpus_documents,
    document_rows,
    hidden_ids,
    parsed_documents,
    readable_gold,
)
from sklearn.linear_model import LogisticRegression  # noqa: E402
from stance_data import SEED, load_training  # noqa: E402
from train_stance import GOLD_WEIGHT, parse, tfidf_matrices, views_of, write_model  # noqa: E402

from polkg.evaluate import Gold, load_gold, score  # noqa: E402
from polkg.extract import Extractor  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.stance import StanceModel  # noqa: E402
from polkg.extract.stance.pairs import model_assertions  # noqa: E402
from polkg.extract.title_years import title_years, with_title_years  # noqa: E402
from polkg.model import Assertion, DocumentResult  # noqa: E402

GRID = (0.50, 0.60, 0.70, 0.75, 0.80, 0.85, 0.87, 0.90, 0.92, 0.94, 0.96, 0.98)
TARGET_ADDED_PRECISION = 0.85
MAX_P_LOSS = 0.01  # the whole extractor's P may fall at most this much on any sample


@dataclass
class Row:
    """One threshold's figures on a set of documents."""

    tp: int
    fp: int
    gold: int
    added_tp: int
    added_fp: int

    @property
    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.gold, 1)

    @property
    def added_precision(self) -> float:
        return self.added_tp / max(self.added_tp + self.added_fp, 1)


def fit(
    train_views: list[dict[str, str]],
    train_y: list[int],
    rows: list[dict],
    c: float,
    out: Path,
    balanced: bool = True,
):
    """Train on train.txt and ``rows`` (C=``c``, class-balanced unless not ``balanced``) and
    write the model to ``out``."""
    vectorizers, matrices = tfidf_matrices({"train": train_views + [r["views"] for r in rows]}, [])
    y = np.array(train_y + [int(r["label"]) for r in rows])
    weights = np.array([1.0] * len(train_y) + [GOLD_WEIGHT] * len(rows))
    weighting = "balanced" if balanced else None
    clf = LogisticRegression(C=c, max_iter=3000, class_weight=weighting, random_state=SEED)
    clf.fit(matrices["train"], y, sample_weight=weights)
    write_model(out, clf, vectorizers, {"classifier": f"out-of-fold model, C={c}"})


def sample_gold(name: str) -> dict[str, Gold]:
    golds: dict[str, Gold] = {}
    for path in sorted((ROOT / "gold").glob(f"{name}-*.jsonl")):
        golds.update(load_gold(path))
    return golds


def with_model(results: list[DocumentResult], found: list[dict], cut: float | None):
    """The rule results with the model's unflagged assertions at or above ``cut`` added."""
    if cut is None:
        return results
    extra: dict[str, list[Assertion]] = {}
    for a in found:
        if not a["negated"] and not a["hedged"] and a["confidence"] >= cut:
            extra.setdefault(a["doc"], []).append(Assertion(**a))
    return [
        DocumentResult(r.document, r.entities, r.assertions + extra.get(r.document.id, []))
        for r in results
    ]


def figures(gold: dict[str, Gold], results: list[DocumentResult], found: list[dict], cut):
    base = score(gold, results).overall
    now = score(gold, with_model(results, found, cut)).overall
    return Row(now.tp, now.fp, now.gold, now.tp - base.tp, now.fp - base.fp)


GROUPS = {"dev": ("dev",), "tune-a": ("tune-a",), "recall": ("recall",)}
"""Groups of samples whose P may not fall: dev, tune-a, recall, and the fresh samples together
(one fresh sample of about 60 articles holds 20-40 true triples, so one false edge alone
would move its P by more than MAX_P_LOSS)."""


def group_rows(rows: dict[str, Row]) -> dict[str, Row]:
    """The figures of each group of samples (GROUPS, then "fresh": every other sample)."""
    named = {s for members in GROUPS.values() for s in members}
    groups = {**GROUPS, "fresh": tuple(s for s in rows if s not in named and s != "total")}
    return {
        name: Row(*(sum(getattr(rows[s], k) for s in members) for k in Row.__annotations__))
        for name, members in groups.items()
        if members and all(s in rows for s in members)
    }


def choose(table: dict[float | None, dict[str, Row]]) -> float:
    """The lowest threshold from which, at every higher one, the added edges are at least
    TARGET_ADDED_PRECISION precise in total and no group of samples' P falls more than
    MAX_P_LOSS below the rules'; 1.01 (nothing added) if none."""
    rules = group_rows(table[None])
    chosen = 1.01
    for cut in sorted((c for c in table if c is not None), reverse=True):
        total = table[cut]["total"]
        added = total.added_tp + total.added_fp
        ok = not added or total.added_precision >= TARGET_ADDED_PRECISION
        groups = group_rows(table[cut])
        ok = ok and all(groups[g].precision >= rules[g].precision - MAX_P_LOSS for g in groups)
        if not ok:
            break
        chosen = cut
    return chosen


def print_table(table: dict[float | None, dict[str, Row]], samples: list[str]) -> None:
    rules = table[None]
    print(f"{'sample':<9}{'gold':>6}{'rules tp/fp':>13}{'P':>7}{'R':>7}", end="")
    cuts = [c for c in table if c is not None]
    print("".join(f"{f'@{c:.2f} +tp/+fp':>16}" for c in cuts))
    for s in [*samples, "total"]:
        r = rules[s]
        line = f"{s:<9}{r.gold:>6}{f'{r.tp}/{r.fp}':>13}{r.precision:>7.3f}{r.recall:>7.3f}"
        line += "".join(f"{f'{table[c][s].added_tp}/{table[c][s].added_fp}':>16}" for c in cuts)
        print(line)
    names = list(group_rows(rules))
    print(
        f"\n{'threshold':<10}{'added tp':>9}{'added fp':>9}{'added P':>9}{'P':>7}{'R':>7}"
        + "".join(f"{g + ' P/R':>16}" for g in names)
        + f"{'worst sample P drop':>21}"
    )
    for cut in table:
        t = table[cut]["total"]
        groups = group_rows(table[cut])
        drop = max(rules[s].precision - table[cut][s].precision for s in samples)
        name = "rules" if cut is None else f"{cut:.2f}"
        print(
            f"{name:<10}{t.added_tp:>9}{t.added_fp:>9}{t.added_precision:>9.3f}"
            f"{t.precision:>7.3f}{t.recall:>7.3f}"
            + "".join(f"{f'{groups[g].precision:.3f}/{groups[g].recall:.3f}':>16}" for g in names)
            + f"{drop:>21.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument(
        "--cache", type=Path, default=ROOT / "training" / "build" / "stance" / "parsed"
    )
    parser.add_argument("--floor", type=float, default=0.5)
    parser.add_argument("--c", type=float, default=3.0)
    parser.add_argument("--no-audit", action="store_true", help="train without the audit verdicts")
    parser.add_argument(
        "--unbalanced", action="store_true", help="no class weights (in-article class shares)"
    )
    parser.add_argument(
        "--no-directed", action="store_true", help="train on the in-article and audit pairs only"
    )
    parser.add_argument(
        "--fixed-model",
        type=Path,
        help="score this model on every sample instead of training one per sample (e.g. the "
        "shipped model, on samples it never trained on)",
    )
    parser.add_argument(
        "--sample",
        action="append",
        help="with --fixed-model: score this gold sample (gold/SAMPLE-*.jsonl) instead of the "
        "readable ones (fresh38, once, as a held-out test)",
    )
    parser.add_argument(
        "--final",
        type=Path,
        metavar="DIR",
        help="train on every pair of OUT_DIR/gold_pairs.json (same flags) and write the model, "
        "with OUT_DIR/threshold.json's threshold, to DIR (no scoring)",
    )
    parser.add_argument(
        "--rescore", action="store_true", help="score OUT_DIR/found.json again (no training)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.final:
        final(args)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    groups = readable_gold(args.shared)
    if args.sample:
        if args.fixed_model is None:
            parser.error("--sample scores a --fixed-model")
        groups = {name: sample_gold(name) for name in args.sample}
    samples = list(groups)
    group_of = {doc: name for name, golds in groups.items() for doc in golds}
    documents = [d for d in corpus_documents(args.shared) if d.id in group_of]
    extractor = Extractor(stance_model=False)
    state, results, rows = {}, {}, []
    for doc, document in parsed_documents(documents, extractor, args.parse_cache):
        group = group_of[document.id]
        entities = find_entities(doc, document)
        rules = extractor.relations(doc, entities, document)
        years = title_years(entities)
        records, named = with_title_years(list(entities.entities), rules, years)
        results[document.id] = DocumentResult(document, records, named)
        state[document.id] = (doc, entities, rules, document, years)
        if args.rescore or args.fixed_model:
            continue
        rows += document_rows(doc, document, entities.mentions, groups[group][document.id], group)
    if args.rescore:
        report(groups, results, json.loads((args.out / "found.json").read_text()), args.out)
        return
    print(
        f"{len(documents)} documents, {len(rows)} in-article pairs "
        f"({time.perf_counter() - started:.0f}s)",
        flush=True,
    )
    if not args.no_audit and not args.fixed_model:
        rows += audit_rows(set(group_of) | hidden_ids(args.shared))
    (args.out / "gold_pairs.json").write_text(json.dumps(rows, ensure_ascii=False) + "\n")
    by_label = [sum(1 for r in rows if r["label"] == k) for k in range(5)]
    print(f"{len(rows)} pairs with the audit rows, by label {by_label}", flush=True)

    train = [] if args.no_directed or args.fixed_model else load_training()[0]
    train_views = views_of(train, parse(train, args.cache, "train")) if train else []
    train_y = [int(ex.label or 0) for ex in train]
    print(f"train.txt views ({time.perf_counter() - started:.0f}s)", flush=True)
    found: list[dict] = []
    for sample in samples:
        folder = args.fixed_model or args.out / f"fold-{sample}"
        if args.fixed_model is None:
            fit(
                train_views,
                train_y,
                [r for r in rows if r["doc"] not in groups[sample]],
                args.c,
                folder,
                balanced=not args.unbalanced,
            )
        model = StanceModel.load(folder)
        model.threshold = args.floor
        for doc_id in groups[sample]:
            if doc_id not in state:
                continue
            doc, entities, rules, document, years = state[doc_id]
            made = model_assertions(
                doc, entities.mentions, rules, document, model, extractor.relations.cues
            )
            _, made = with_title_years(list(entities.entities), made, years)
            found += [asdict(a) for a in made]
        print(
            f"fold {sample}: {len(found)} model assertions so far "
            f"({time.perf_counter() - started:.0f}s)",
            flush=True,
        )
    (args.out / "found.json").write_text(json.dumps(found, ensure_ascii=False) + "\n")
    report(groups, results, found, args.out)


def final(args: argparse.Namespace) -> None:
    """The model to ship: every readable pair, the threshold chosen out of fold."""
    rows = json.loads((args.out / "gold_pairs.json").read_text(encoding="utf-8"))
    if args.no_audit:
        rows = [r for r in rows if r["group"] != "audit"]
    chosen = json.loads((args.out / "threshold.json").read_text(encoding="utf-8"))
    train = [] if args.no_directed else load_training()[0]
    train_views = views_of(train, parse(train, args.cache, "train")) if train else []
    fit(
        train_views,
        [int(ex.label or 0) for ex in train],
        rows,
        args.c,
        args.final,
        balanced=not args.unbalanced,
    )
    metadata = json.loads((args.final / "metadata.json").read_text(encoding="utf-8"))
    metadata.update(
        {
            "threshold": chosen["threshold"],
            "threshold_rule": chosen["rule"],
            "out_of_fold": chosen["grid"],
            "classifier": (
                f"LogisticRegression (multinomial, C={args.c}, "
                f"class_weight={'none' if args.unbalanced else 'balanced'}; "
                f"in-article pairs weighted {GOLD_WEIGHT})"
            ),
            "data": {
                "train.txt": 0 if args.no_directed else len(train),
                "pairs": len(rows),
                "by_label": [sum(1 for r in rows if r["label"] == k) for k in range(5)],
                "source": "training/gold_pairs.py: dev, tune-a, recall, fresh..fresh37 "
                "(in-article candidate pairs) and the audit verdicts",
            },
        }
    )
    (args.final / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n")
    print(f"model written to {args.final}, threshold {chosen['threshold']}")


def report(groups, results, found, out: Path) -> None:
    samples = list(groups)
    every = {d: g for golds in groups.values() for d, g in golds.items()}
    table: dict[float | None, dict[str, Row]] = {}
    for cut in (None, *GRID):
        table[cut] = {
            s: figures(groups[s], [results[d] for d in groups[s] if d in results], found, cut)
            for s in samples
        }
        table[cut]["total"] = figures(every, list(results.values()), found, cut)
    print_table(table, samples)
    chosen = choose(table)
    print(f"\nchosen threshold: {chosen}")
    (out / "threshold.json").write_text(
        json.dumps(
            {
                "threshold": chosen,
                "rule": "lowest grid step from which, at every higher step, the added edges "
                f"out of fold are >= {TARGET_ADDED_PRECISION} precise "
                f"and no readable sample's P falls more than {MAX_P_LOSS} below the rules'",
                "grid": {
                    ("rules" if c is None else f"{c:.2f}"): asdict(table[c]["total"]) for c in table
                },
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
