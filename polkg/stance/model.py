"""The trained directed-stance classifier, loaded offline from polkg's package data.

The model is a spaCy pipeline (tok2vec + exclusive textcat) trained by `make train-stance`; its
``metadata.json`` holds the acceptance threshold that was chosen on valid.txt, so no threshold
is written by hand in code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from polkg.errors import PolkgError
from polkg.stance.inputs import LABELS, Span, mark_pair

MODEL_DIR = Path(__file__).resolve().parent / "trained"
METADATA_FILE = "metadata.json"

# label -> (polkg relation, direction); the direction says who holds the stance toward whom.
RELATION_OF_LABEL: dict[str, tuple[str, str]] = {
    "e1_pos_e2": ("endorses", "e1->e2"),
    "e2_pos_e1": ("endorses", "e2->e1"),
    "e1_neg_e2": ("criticizes", "e1->e2"),
    "e2_neg_e1": ("criticizes", "e2->e1"),
}

Prediction = tuple[str, dict[str, float]]


def to_relation(label: str) -> tuple[str, str] | None:
    """Map a class label to (polkg relation, direction), or None for neutral.

    Positive stance becomes ``endorses`` and negative ``criticizes``; the direction is
    ``"e1->e2"`` (entity 1 holds the stance toward entity 2) or ``"e2->e1"``.
    """
    if label not in LABELS:
        raise ValueError(f"unknown stance label: {label!r}")
    return RELATION_OF_LABEL.get(label)


class StanceModel:
    """Directed stance between two entities of one sentence (5 classes, see ``LABELS``)."""

    def __init__(self, nlp: Language, metadata: dict[str, Any]) -> None:
        self.nlp = nlp
        self.metadata = metadata
        self.labels: tuple[str, ...] = tuple(metadata.get("labels", LABELS))
        self.threshold: float = float(metadata["threshold"])

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        """Load (once per path, then cached) the model from package data or ``path``."""
        return _load(str(Path(path) if path is not None else MODEL_DIR))

    def predict(self, sentence: str, e1: Span, e2: Span) -> Prediction:
        """Classify one pair; ``e1``/``e2`` are (start, end) character offsets in ``sentence``."""
        return self.predict_batch([(sentence, e1, e2)])[0]

    def predict_batch(
        self, items: Iterable[tuple[str, Span, Span]], batch_size: int = 64
    ) -> list[Prediction]:
        """Classify many pairs at once; returns (label, probabilities) in input order."""
        texts = [mark_pair(sentence, e1, e2) for sentence, e1, e2 in items]
        results: list[Prediction] = []
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            probs = {label: float(doc.cats.get(label, 0.0)) for label in self.labels}
            best = max(self.labels, key=lambda label: (probs[label], -self.labels.index(label)))
            results.append((best, probs))
        return results

    def accepts(self, prediction: Prediction) -> tuple[str, str, float] | None:
        """Return (relation, direction, probability) when the prediction clears the threshold."""
        label, probs = prediction
        mapped = to_relation(label)
        if mapped is None or probs[label] < self.threshold:
            return None
        return mapped[0], mapped[1], probs[label]


@lru_cache(maxsize=4)
def _load(path: str) -> StanceModel:
    model_dir = Path(path)
    meta_path = model_dir / METADATA_FILE
    if not meta_path.is_file():
        raise PolkgError(f"stance model not found at {model_dir} (run `make train-stance`)")
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    nlp = spacy.load(model_dir)
    return StanceModel(nlp, metadata)
