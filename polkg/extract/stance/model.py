"""The trained directed-stance classifier, loaded offline from polkg's package data.

The model is a linear classifier (multinomial logistic regression) over TF-IDF features of three
views of an entity pair (:mod:`polkg.extract.stance.features`), trained by `make train-stance`.
It is stored as plain arrays, not as a pickle: ``vocab-<view>.txt.gz`` (one term per line, in
column order), ``weights.npz`` (``coef``, ``intercept``, one ``idf_<view>`` per view) and
``metadata.json`` (labels, view weights, and the acceptance threshold chosen on valid.txt, so no
threshold is written by hand in code). Inference needs numpy and spaCy only.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from polkg.errors import PolkgError
from polkg.extract.nlp import MODEL
from polkg.extract.stance.features import VIEWS, analyze, pair_views, tfidf_row
from polkg.extract.stance.inputs import LABELS
from polkg.extract.stance.inputs import Span as CharSpan

MODEL_DIR = Path(__file__).resolve().parent / "trained"
METADATA_FILE = "metadata.json"
WEIGHTS_FILE = "weights.npz"

# label -> (polkg relation, direction); the direction says who holds the stance toward whom.
RELATION_OF_LABEL: dict[str, tuple[str, str]] = {
    "e1_pos_e2": ("endorses", "e1->e2"),
    "e2_pos_e1": ("endorses", "e2->e1"),
    "e1_neg_e2": ("criticizes", "e1->e2"),
    "e2_neg_e1": ("criticizes", "e2->e1"),
}

Prediction = tuple[str, dict[str, float]]
PairSpans = tuple[Span, Span, Span]  # (sentence, entity 1, entity 2), entity 1 first in text


def to_relation(label: str) -> tuple[str, str] | None:
    """Map a class label to (polkg relation, direction), or None for neutral.

    Positive stance becomes ``endorses`` and negative ``criticizes``; the direction is
    ``"e1->e2"`` (entity 1 holds the stance toward entity 2) or ``"e2->e1"``.
    """
    if label not in LABELS:
        raise ValueError(f"unknown stance label: {label!r}")
    return RELATION_OF_LABEL.get(label)


def vocab_file(view: str) -> str:
    return f"vocab-{view}.txt.gz"


class StanceModel:
    """Directed stance between two entities of one sentence (5 classes, see ``LABELS``)."""

    def __init__(
        self,
        vocabularies: dict[str, dict[str, int]],
        idf: dict[str, np.ndarray],
        coef: np.ndarray,
        intercept: np.ndarray,
        metadata: dict[str, Any],
    ) -> None:
        self.metadata = metadata
        self.labels: tuple[str, ...] = tuple(metadata.get("labels", LABELS))
        self.threshold: float = float(metadata["threshold"])
        self.view_weights: dict[str, float] = {
            view: float(w) for view, w in metadata["view_weights"].items()
        }
        self.vocabularies = vocabularies
        self.idf = idf
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self._offsets: dict[str, int] = {}
        offset = 0
        for view in VIEWS:
            self._offsets[view] = offset
            offset += len(vocabularies[view])
        if self.coef.shape != (len(self.labels), offset):
            raise PolkgError(f"stance model: weights {self.coef.shape} do not fit the vocabulary")
        self._parser: Language | None = None

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        """Load (once per path, then cached) the model from package data or ``path``."""
        return _load(str(Path(path) if path is not None else MODEL_DIR))

    # -- scoring ------------------------------------------------------------------------------

    def probabilities(self, views: Sequence[dict[str, str]]) -> np.ndarray:
        """Class probabilities (rows in input order, columns in ``labels`` order)."""
        out = np.empty((len(views), len(self.labels)))
        for n, texts in enumerate(views):
            columns: list[int] = []
            values: list[float] = []
            for view in VIEWS:
                row = tfidf_row(analyze(view, texts[view]), self.vocabularies[view], self.idf[view])
                weight, offset = self.view_weights[view], self._offsets[view]
                for column, value in row.items():
                    columns.append(offset + column)
                    values.append(weight * value)
            scores = self.intercept + self.coef[:, columns] @ np.asarray(values, dtype=np.float64)
            scores -= scores.max()
            exp = np.exp(scores)
            out[n] = exp / exp.sum()
        return out

    def predict_spans(self, pairs: Sequence[PairSpans]) -> list[Prediction]:
        """Classify pairs of a parsed document: (sentence, entity 1, entity 2) spans."""
        probs = self.probabilities([pair_views(sent, a, b) for sent, a, b in pairs])
        return [self._prediction(row) for row in probs]

    def predict(self, sentence: str, e1: CharSpan, e2: CharSpan) -> Prediction:
        """Classify one pair; ``e1``/``e2`` are (start, end) character offsets in ``sentence``."""
        return self.predict_batch([(sentence, e1, e2)])[0]

    def predict_batch(
        self, items: Iterable[tuple[str, CharSpan, CharSpan]], batch_size: int = 64
    ) -> list[Prediction]:
        """Classify raw sentences (parsed here); entity 1 must come first in the sentence."""
        items = list(items)
        parser = self.parser()
        pairs: list[PairSpans] = []
        for doc, (_, e1, e2) in zip(
            parser.pipe((text for text, _, _ in items), batch_size=batch_size), items, strict=True
        ):
            pairs.append((doc[:], _char_span(doc, e1), _char_span(doc, e2)))
        return self.predict_spans(pairs)

    def parser(self) -> Language:
        """spaCy's English pipeline without NER: the parse the ``dep`` view was trained on."""
        if self._parser is None:
            self._parser = load_parser()
        return self._parser

    def accepts(self, prediction: Prediction) -> tuple[str, str, float] | None:
        """Return (relation, direction, probability) when the prediction clears the threshold."""
        label, probs = prediction
        mapped = to_relation(label)
        if mapped is None or probs[label] < self.threshold:
            return None
        return mapped[0], mapped[1], probs[label]

    def _prediction(self, row: np.ndarray) -> Prediction:
        probs = {label: float(p) for label, p in zip(self.labels, row, strict=True)}
        best = max(self.labels, key=lambda label: (probs[label], -self.labels.index(label)))
        return best, probs


def _char_span(doc: Doc, span: CharSpan) -> Span:
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or len(found) == 0:
        raise ValueError(f"entity span {span} does not cover a token")
    return found


@lru_cache(maxsize=1)
def load_parser() -> Language:
    """The English pipeline polkg extracts with, without its NER (only the parse is read)."""
    try:
        return spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:
        raise PolkgError(f"spaCy model {MODEL!r} is not installed") from exc


def read_vocabulary(path: Path) -> dict[str, int]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {line.rstrip("\n"): i for i, line in enumerate(handle)}


@lru_cache(maxsize=4)
def _load(path: str) -> StanceModel:
    model_dir = Path(path)
    meta_path = model_dir / METADATA_FILE
    if not meta_path.is_file() or not (model_dir / WEIGHTS_FILE).is_file():
        raise PolkgError(f"stance model not found at {model_dir} (run `make train-stance`)")
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(model_dir / WEIGHTS_FILE) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
        idf = {view: arrays[f"idf_{view}"] for view in VIEWS}
    vocabularies = {view: read_vocabulary(model_dir / vocab_file(view)) for view in VIEWS}
    return StanceModel(vocabularies, idf, coef, intercept, metadata)
