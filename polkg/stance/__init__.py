"""polkg's learned directed-stance classifier (who endorses or criticizes whom in a sentence).

Trained by `make train-stance` on Park, Pan and Joo (2021); see MODEL_CARD.md in this folder.
"""

from polkg.stance.inputs import LABELS, mark_pair
from polkg.stance.model import StanceModel, to_relation
from polkg.stance.pairs import PairStance, score_pairs

__all__ = ["LABELS", "PairStance", "StanceModel", "mark_pair", "score_pairs", "to_relation"]
