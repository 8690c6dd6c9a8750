"""Shared by the stance training scripts: the seeded splits and the figures they report."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from polkg.extract.stance.inputs import LABELS, PairExample, read_dataset

SEED = 20210801
HELDOUT_FRACTION = 0.10
DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "labeled" / "directed_sentiment"


def load_splits(
    data_dir: Path = DATA_DIR,
) -> tuple[list[PairExample], list[PairExample], list[PairExample]]:
    """Return (train, heldout, valid): heldout is a seeded, stratified 10% of train.txt.

    The heldout part is never trained on nor selected on; it is only scored at the end.
    """
    full = read_dataset(str(data_dir / "train.txt"))
    valid = read_dataset(str(data_dir / "valid.txt"))
    by_label: dict[int, list[int]] = defaultdict(list)
    for index, example in enumerate(full):
        by_label[int(example.label or 0)].append(index)
    rng = random.Random(SEED)
    held: set[int] = set()
    for label in sorted(by_label):
        indices = by_label[label]
        rng.shuffle(indices)
        held.update(indices[: round(len(indices) * HELDOUT_FRACTION)])
    train = [ex for i, ex in enumerate(full) if i not in held]
    heldout = [ex for i, ex in enumerate(full) if i in held]
    return train, heldout, valid


def scores(gold: Sequence[int], pred: Sequence[int]) -> dict[str, float]:
    """Accuracy and 5-class macro-F1 (unweighted mean of per-class F1), as the paper reports."""
    f1s = []
    for label in range(len(LABELS)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    accuracy = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    return {"accuracy": round(accuracy, 4), "macro_f1": round(sum(f1s) / len(f1s), 4)}
