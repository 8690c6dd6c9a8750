"""Score the entity pairs of one parsed sentence: the hook the Extractor calls.

The dataset always names the entity that comes first in the sentence "entity 1", so each pair is
presented in text order; the predicted direction then says which of the two holds the stance.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span

from polkg.stance.model import StanceModel, to_relation


class PairStance(NamedTuple):
    """An accepted stance between ``mentions[i]`` and ``mentions[j]`` (i < j in input order).

    ``direction`` is ``"i->j"`` when mention i holds the stance toward mention j, else ``"j->i"``.
    """

    i: int
    j: int
    relation: str  # "endorses" | "criticizes"
    direction: str  # "i->j" | "j->i"
    prob: float

    @property
    def subject(self) -> int:
        """Index of the mention that holds the stance."""
        return self.i if self.direction == "i->j" else self.j

    @property
    def object(self) -> int:
        """Index of the mention the stance is about."""
        return self.j if self.direction == "i->j" else self.i


def score_pairs(
    sent: Span,
    mentions: Sequence[Span],
    model: StanceModel | None = None,
    threshold: float | None = None,
) -> list[PairStance]:
    """Return the accepted stances among all pairs of ``mentions`` (spans inside ``sent``).

    Pairs whose spans overlap or lie outside the sentence are skipped; so are neutral
    predictions and those below ``threshold`` (default: the one in the model's metadata).
    The caller passes one mention per distinct entity and drops pairs a rule already decided.
    """
    model = model or StanceModel.load()
    cut = model.threshold if threshold is None else threshold
    base = sent.start_char
    text = sent.text
    offsets = [(m.start_char - base, m.end_char - base) for m in mentions]
    jobs: list[tuple[int, int, bool]] = []
    items = []
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            a, b = offsets[i], offsets[j]
            if a[0] < 0 or b[0] < 0 or a[1] > len(text) or b[1] > len(text):
                continue
            if a[0] < b[1] and b[0] < a[1]:
                continue
            i_first = a[0] <= b[0]
            first, second = (a, b) if i_first else (b, a)
            jobs.append((i, j, i_first))
            items.append((text, first, second))
    results = []
    for (i, j, i_first), (label, probs) in zip(jobs, model.predict_batch(items), strict=True):
        mapped = to_relation(label)
        if mapped is None or probs[label] < cut:
            continue
        relation, direction = mapped
        e1_holds = direction == "e1->e2"
        forward = "i->j" if e1_holds == i_first else "j->i"
        results.append(PairStance(i, j, relation, forward, probs[label]))
    return results
