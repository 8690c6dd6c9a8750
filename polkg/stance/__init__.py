"""polkg's learned directed-stance classifier (who endorses or criticizes whom in a sentence).

Trained by `make train-stance` on Park, Pan and Joo (2021); see MODEL_CARD.md in this folder.
"""

from __future__ import annotations

import os

from polkg.stance.inputs import LABELS, mark_pair
from polkg.stance.model import StanceModel, to_relation
from polkg.stance.pairs import PairStance, model_assertions, score_pairs

ENV_VAR = "POLKG_STANCE_MODEL"
DEFAULT_ON = False
"""Whether the Extractor uses the model when neither its argument nor ``POLKG_STANCE_MODEL``
says otherwise (see MODEL_CARD.md, "Use in the pipeline", for the measurement behind it)."""


def stance_model_enabled(flag: bool | None = None) -> bool:
    """``flag`` if given, else ``POLKG_STANCE_MODEL`` (0/off/false/no turn it off), else the
    default. The CLI's ``--no-stance-model`` sets the variable, so worker processes see it too."""
    if flag is not None:
        return flag
    value = os.environ.get(ENV_VAR, "").strip().lower()
    if value in {"0", "off", "false", "no"}:
        return False
    if value in {"1", "on", "true", "yes"}:
        return True
    return DEFAULT_ON


__all__ = [
    "DEFAULT_ON",
    "ENV_VAR",
    "LABELS",
    "PairStance",
    "StanceModel",
    "mark_pair",
    "model_assertions",
    "score_pairs",
    "stance_model_enabled",
    "to_relation",
]
