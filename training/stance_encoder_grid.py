"""Experiment: the stance classifier with and without the frozen MiniLM block, over a grid.

Builds the TF-IDF views exactly as ``training/train_stance.py`` does (same vectorizers, same
gold pairs) once, then fits one logistic regression per (encoder weight, C) and prints, for
valid_unseen.txt: accuracy, macro-F1, and the precision/recall of the non-neutral predictions
accepted at a grid of thresholds (what polkg would turn into edges). Nothing is installed.

Usage: python training/stance_encoder_grid.py --gold-pairs FILE.json --encoder-cache DIR
    [--cache DIR] [--grid 0:3,0.5:1,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from stance_data import SEED, load_training, scores  # noqa: E402
from train_stance import (  # noqa: E402
    accepted_at,
    choose_threshold,
    encoder_vectors,
    parse,
    tfidf_matrices,
    views_of,
    with_dense,
)

from polkg.extract.stance.inputs import LABELS  # noqa: E402

CUTS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-pairs", type=Path, required=True)
    parser.add_argument("--encoder-cache", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=Path("training/build/stance/parsed"))
    parser.add_argument("--grid", default="0:3,0.25:3,0.5:1,0.25:1")
    parser.add_argument(
        "--save", type=Path, help="folder for each point's valid_unseen probabilities"
    )
    args = parser.parse_args()
    train, valid_unseen, valid = load_training()
    splits = {"train": train, "valid_unseen": valid_unseen, "valid": valid}
    views = {name: views_of(exs, parse(exs, args.cache, name)) for name, exs in splits.items()}
    gold_rows = json.loads(args.gold_pairs.read_text(encoding="utf-8"))
    dense = encoder_vectors(args.encoder_cache, splits, gold_rows)
    dense["train"] = np.concatenate([dense["train"], dense.pop("gold_pairs")])
    views["train"] = views["train"] + [row["views"] for row in gold_rows]
    _, matrices = tfidf_matrices(views, ["train", "valid_unseen"])
    y = np.array([int(ex.label or 0) for ex in train] + [int(r["label"]) for r in gold_rows])
    sample = np.array([1.0] * len(train) + [2.0] * len(gold_rows))
    gold = [int(ex.label or 0) for ex in valid_unseen]
    for point in args.grid.split(","):
        weight, c = (float(x) for x in point.split(":"))
        started = time.perf_counter()
        if weight < 0:  # the encoder block alone
            train_x, valid_x = dense["train"], dense["valid_unseen"]
        else:
            train_x = with_dense(matrices["train"], dense["train"], weight)
            valid_x = with_dense(matrices["valid_unseen"], dense["valid_unseen"], weight)
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)
        clf.fit(train_x, y, sample_weight=sample)
        probs = clf.predict_proba(valid_x)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            np.save(args.save / f"probs-{weight}-{c}.npy", probs)
        pred = [int(p) for p in np.argmax(probs, axis=1)]
        predictions = [
            (LABELS[p], dict(zip(LABELS, map(float, row), strict=True)))
            for p, row in zip(pred, probs, strict=True)
        ]
        cut = choose_threshold(valid_unseen, predictions)
        curve = " ".join(
            "{threshold}:{accepted}/{precision}".format(**accepted_at(valid_unseen, predictions, t))
            for t in CUTS
        )
        print(
            f"encoder={weight} C={c}: {scores(gold, pred)} chosen={cut} "
            f"at chosen {accepted_at(valid_unseen, predictions, min(cut, 1.0))} | {curve} "
            f"({time.perf_counter() - started:.0f}s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
