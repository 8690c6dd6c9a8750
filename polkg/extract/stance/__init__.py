"""polkg's learned directed-stance classifier (who endorses or criticizes whom in a sentence).

Part of extraction: the Extractor calls :func:`model_assertions` after the rules. This package
imports the rule layer's modules (cues, records, relations), never the Extractor itself.
Trained by `make train-stance` on Park, Pan and Joo (2021); see MODEL_CARD.md in this folder.
"""

from __future__ import annotations

from polkg.extract.stance.inputs import LABELS, mark_pair
from polkg.extract.stance.model import StanceModel, to_relation
from polkg.extract.stance.pairs import PairStance, model_assertions, score_pairs

DEFAULT_ON = False
"""Whether the Extractor uses the model when its ``stance_model`` argument is None (see
MODEL_CARD.md, "Use in the pipeline", for the measurement behind it)."""


def stance_model_enabled(flag: bool | None = None) -> bool:
    """``flag`` if given, else the package default."""
    return DEFAULT_ON if flag is None else flag


__all__ = [
    "DEFAULT_ON",
    "LABELS",
    "PairStance",
    "StanceModel",
    "mark_pair",
    "model_assertions",
    "score_pairs",
    "stance_model_enabled",
    "to_relation",
]
