"""Shared by the stance training scripts: the seeded splits and the figures they report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from polkg.extract.stance.inputs import LABELS, PairExample, read_dataset

SEED = 20210801
DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "labeled" / "directed_sentiment"


def load_training(
    data_dir: Path = DATA_DIR,
) -> tuple[list[PairExample], list[PairExample], list[PairExample]]:
    """Return (train, valid_unseen, valid): all of train.txt; the 1,069 rows of valid.txt whose
    sentence is not in train.txt (model selection and threshold); valid.txt for reference only
    (392 of its rows repeat training sentences)."""
    return (
        read_dataset(str(data_dir / "train.txt")),
        read_dataset(str(data_dir / "valid_unseen.txt")),
        read_dataset(str(data_dir / "valid.txt")),
    )


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
