"""Experiment (not shipped): sentiment of a news sentence toward one target mention in it.

Negative, neutral or positive. The quote layer needs to know whether what a speaker says about
a named actor is a judgement against them or for them. Word lists answer that for the phrasings
they hold; this model answers it from NewsMTSC (Hamborg and Donnay 2021: thousands of news
sentences labelled with their sentiment toward a target, mostly politicians),
trained by ``training/train_target_sentiment.py``.

Training and inference share :func:`target_terms`, which reads three views of the target:

- ``m:``: the sentence with the target replaced by a marker word, word 1-3-grams, and the words
  on each side of the target, tagged with side and distance (``lnear:``, ``rfar:``, ``r2:``);
- ``vad:``: VADER's polar words (valence at least 1; MIT, credited in NOTICE) by polarity, side
  and distance band, flipped after a negation: broad polarity the training sentences lack;
- ``d:``: the target's dependency role and governing word, and the complements of the verb
  that governs it ("d:vc:acomp:wrong", "d:vp:beyond:pale"), from spaCy's parse.

A sublinear TF-IDF logistic regression, stored as plain arrays (``weights.npz``,
``vocab.txt.gz``, ``metadata.json`` with the labels and the acceptance thresholds chosen on
NewsMTSC devtest; default folder ``out/target-sentiment``); inference is numpy arithmetic. The
figures and why it is not shipped: training/TARGET_SENTIMENT.md.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span

from polkg.errors import PolkgError
from polkg.extract.lexicon import vader_valences, word_sets

MODEL_DIR = Path(__file__).resolve().parents[1] / "out" / "target-sentiment"
LABELS = ("negative", "neutral", "positive")
TARGET = "xtgt"
_WORD = re.compile(r"(?u)\b\w+(?:n['’]t)?|[!?]")
_WINDOW = 6  # words on each side of the target
_MIN_VALENCE = 1.0
_STRONG_VALENCE = 2.0
_VERB_COMPLEMENTS = frozenset({"acomp", "attr", "dobj", "oprd", "neg", "xcomp", "ccomp", "advmod"})
_COMPLEMENT_PARTS = frozenset({"amod", "pobj", "dobj", "acomp"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def target_terms(sentence: str, start: int, end: int, target: Span | None = None) -> list[str]:
    """The features of the target at characters ``start:end`` of ``sentence``; ``target`` is
    its span in the parsed sentence (no ``d:`` terms without it)."""
    left, right = _words(sentence[:start]), _words(sentence[end:])
    tokens = [*left, TARGET, *right]
    terms: list[str] = []
    for n in (1, 2, 3):
        terms.extend("m:" + " ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    for side, seq in (("l", left[::-1]), ("r", right)):
        for k, w in enumerate(seq[:_WINDOW]):
            terms.append(f"{side}{'near' if k < 2 else 'far'}:{w}")
        if len(seq) >= 2:
            terms.append(f"{side}2:{seq[0]} {seq[1]}")
        terms.extend(_polar_terms(side, seq))
    if target is not None and len(target) > 0:
        terms.extend(_dependency_terms(target))
    return terms


def _polar_terms(side: str, seq: list[str]) -> list[str]:
    """VADER's polar words on one side of the target, nearest first."""
    valences, negations = vader_valences(), _negations()
    out: list[str] = []
    for k, w in enumerate(seq):
        v = valences.get(w)
        if v is None or abs(v) < _MIN_VALENCE:
            continue
        # a negation reads before the word: further from the target on the right, nearer on the left
        before = seq[max(0, k - 3) : k] if side == "r" else seq[k + 1 : k + 4]
        polarity = "neg" if v < 0 else "pos"
        if any(x in negations or x.endswith(("n't", "n’t")) for x in before):
            polarity = "flip" + polarity
        band = "near" if k < 3 else "mid" if k < 8 else "far"
        out += [f"vad:{polarity}", f"vad:{polarity}:{band}", f"vad:{polarity}:{side}{band}"]
        if abs(v) >= _STRONG_VALENCE:
            out.append(f"vad:{polarity}:strong")
    return out


def _dependency_terms(target: Span) -> list[str]:
    """The target's role, its modifiers, and what the verb that governs it says."""
    t = target.root
    out = [f"d:{t.dep_}", f"d:{t.dep_}:{t.head.lemma_.lower()}"]
    out += [
        f"d:mod:{c.lemma_.lower()}"
        for c in t.children
        if c.dep_ in {"amod", "appos"} and not target.start <= c.i < target.end
    ]
    node = t
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        out.append(f"d:v:{node.lemma_.lower()}")
        for c in node.children:
            if c.dep_ in _VERB_COMPLEMENTS:
                out.append(f"d:vc:{c.dep_}:{c.lemma_.lower()}")
                out += [
                    f"d:vcc:{m.lemma_.lower()}" for m in c.children if m.dep_ in _COMPLEMENT_PARTS
                ]
            elif c.dep_ == "prep":
                out += [
                    f"d:vp:{c.lower_}:{p.lemma_.lower()}" for p in c.children if p.dep_ == "pobj"
                ]
        break
    return out


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return word_sets("cues_modality")["negation_particles"]


class TargetSentiment:
    """The trained model: probabilities of ``LABELS`` for a target in a sentence."""

    def __init__(
        self,
        vocabulary: dict[str, int],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        metadata: dict[str, Any],
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.metadata = metadata
        self.labels: tuple[str, ...] = tuple(metadata["labels"])
        if self.coef.shape != (len(self.labels), len(vocabulary)):
            raise PolkgError(
                f"target sentiment model: weights {self.coef.shape} do not fit the vocabulary"
            )

    @classmethod
    def load(cls, path: str | Path | None = None) -> TargetSentiment:
        """The packaged model (loaded once per path)."""
        return _load(str(path if path is not None else MODEL_DIR))

    def threshold(self, label: str) -> float:
        """The probability at which ``label`` (negative or positive) is accepted."""
        return float(self.metadata["thresholds"][label])

    def probabilities(
        self, sentence: str, start: int, end: int, target: Span | None = None
    ) -> dict[str, float]:
        """P(label) for the target at ``sentence[start:end]`` (``target``: its parsed span)."""
        counts: dict[int, int] = {}
        for term in target_terms(sentence, start, end, target):
            column = self.vocabulary.get(term)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        columns = list(counts)
        values = np.array(
            [(1.0 + math.log(counts[c])) * self.idf[c] for c in columns], dtype=np.float64
        )
        norm = float(np.sqrt((values * values).sum()))
        if norm > 0:
            values /= norm
        scores = self.intercept + self.coef[:, columns] @ values
        scores -= scores.max()
        exp = np.exp(scores)
        probs = exp / exp.sum()
        return {label: float(p) for label, p in zip(self.labels, probs, strict=True)}

    def judgement(self, target: Span) -> tuple[str, float] | None:
        """("negative" | "positive", probability) toward the mention ``target`` in its sentence
        when the model is confident, else None."""
        sent = target.sent
        start, end = target.start_char - sent.start_char, target.end_char - sent.start_char
        probs = self.probabilities(sent.text, start, end, target)
        for label in ("negative", "positive"):
            if probs[label] >= self.threshold(label):
                return label, probs[label]
        return None


@lru_cache(maxsize=2)
def _load(path: str) -> TargetSentiment:
    folder = Path(path)
    meta = folder / "metadata.json"
    if not meta.is_file():
        raise PolkgError(f"target sentiment model not found at {folder}")
    metadata = json.loads(meta.read_text(encoding="utf-8"))
    with gzip.open(folder / "vocab.txt.gz", "rt", encoding="utf-8") as handle:
        vocabulary = {line.rstrip("\n"): i for i, line in enumerate(handle)}
    with np.load(folder / "weights.npz") as arrays:
        return TargetSentiment(
            vocabulary, arrays["idf"], arrays["coef"], arrays["intercept"], metadata
        )
