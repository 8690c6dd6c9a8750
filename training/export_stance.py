"""Score the trained stance model, choose its acceptance threshold on valid.txt, install it.

Writes the spaCy pipeline and ``metadata.json`` (labels, threshold, figures) into polkg's
package data. The threshold is the lowest probability at which the non-neutral predictions on
valid.txt reach the target precision (exact class: polarity and direction both right); the
held-out split, never trained or selected on, shows what that precision is worth.

Usage: python training/export_stance.py MODEL_DIR OUT_DIR [--baseline FILE.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from stance_data import HELDOUT_FRACTION, SEED, load_splits, scores  # noqa: E402

from polkg.stance.inputs import LABELS, PairExample  # noqa: E402
from polkg.stance.model import METADATA_FILE, Prediction, StanceModel  # noqa: E402

TARGET_PRECISION = 0.85
MIN_ACCEPTED = 20  # a precision over fewer accepted pairs says too little to pick a threshold on


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
    """Lowest threshold (0.01 steps) whose accepted predictions reach TARGET_PRECISION.

    If no threshold reaches it, the most precise one; if none accepts enough pairs, 1.01 (off).
    """
    best = (0.0, 1.01)  # (precision, threshold): fallback when the target is never reached
    for step in range(20, 100):
        threshold = step / 100
        point = accepted_at(examples, predictions, threshold)
        if point["accepted"] < MIN_ACCEPTED:
            break
        if point["precision"] >= TARGET_PRECISION:
            return threshold
        best = max(best, (point["precision"], threshold))
    return best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, help="spaCy output, e.g. training/build/model-best")
    parser.add_argument("out", type=Path, help="package data directory of the model")
    parser.add_argument("--baseline", type=Path, help="figures of training/baseline_stance.py")
    parser.add_argument("--config", type=Path, default=Path("training/stance.cfg"))
    args = parser.parse_args()

    nlp = spacy.load(args.model_dir)
    model = StanceModel(nlp, {"labels": list(LABELS), "threshold": 1.0})
    train, heldout, valid = load_splits()
    figures: dict[str, dict[str, float]] = {}
    predictions: dict[str, list[Prediction]] = {}
    for name, examples in (("valid", valid), ("heldout", heldout)):
        started = time.perf_counter()
        predictions[name] = model.predict_batch((ex.text, ex.e1, ex.e2) for ex in examples)
        elapsed = time.perf_counter() - started
        gold = [int(ex.label or 0) for ex in examples]
        pred = [LABELS.index(label) for label, _ in predictions[name]]
        figures[name] = {**scores(gold, pred), "n": len(examples)}
        figures[name]["pairs_per_second"] = round(len(examples) / elapsed, 1)
    threshold = choose_threshold(valid, predictions["valid"])
    edges = {
        name: accepted_at(examples, predictions[name], threshold)
        for name, examples in (("valid", valid), ("heldout", heldout))
    }

    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.meta["name"] = "polkg_stance"
    nlp.meta["description"] = "polkg directed-stance classifier (see polkg/stance/MODEL_CARD.md)"
    nlp.to_disk(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    metadata = {
        "labels": list(LABELS),
        "threshold": threshold,
        "threshold_rule": (
            f"lowest 0.01 step whose non-neutral predictions on valid.txt reach precision "
            f">= {TARGET_PRECISION} (at least {MIN_ACCEPTED} accepted)"
        ),
        "figures": figures,
        "edges_at_threshold": edges,
        "baseline_tfidf_logreg": (
            json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline else None
        ),
        "data": {
            "train": f"train.txt minus a seeded {HELDOUT_FRACTION:.0%} held-out split",
            "heldout": f"stratified {HELDOUT_FRACTION:.0%} of train.txt, seed {SEED}",
            "valid": "valid.txt (model selection and threshold)",
            "n_train": len(train),
        },
        "spacy_version": spacy.__version__,
        "size_bytes": size,
    }
    (args.out / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: metadata[k] for k in ("threshold", "figures", "edges_at_threshold")}))
    print(f"model written to {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
