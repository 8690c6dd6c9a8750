"""The model's view of a sentence: the two entities wrapped in marker tokens.

Training and inference both go through :func:`mark_pair`, so what the classifier saw while it
learned is exactly what it sees in the pipeline. Entity 1 and entity 2 get different markers,
which is what makes the direction (who is positive or negative toward whom) learnable.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

Span = tuple[int, int]

# Plain alphanumeric words, so spaCy's tokenizer keeps each marker as one token.
E1_OPEN, E1_CLOSE = "xe1start", "xe1end"
E2_OPEN, E2_CLOSE = "xe2start", "xe2end"

LABELS = ("neutral", "e1_pos_e2", "e2_pos_e1", "e1_neg_e2", "e2_neg_e1")
"""The five classes of Park, Pan and Joo (2021), in the dataset's label order 0..4."""

_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PairExample:
    """One sentence with two entity spans (character offsets) and, for training data, a label."""

    text: str
    e1: Span
    e2: Span
    label: int | None = None


def mark_pair(text: str, e1: Span, e2: Span) -> str:
    """Return ``text`` with marker words around the two entity spans (which must not overlap)."""
    (s1, t1), (s2, t2) = e1, e2
    if not (0 <= s1 < t1 <= len(text) and 0 <= s2 < t2 <= len(text)):
        raise ValueError(f"entity span out of range: {e1}, {e2} for text of length {len(text)}")
    if s1 < t2 and s2 < t1:
        raise ValueError(f"entity spans overlap: {e1}, {e2}")
    inserts = sorted(
        [(s1, E1_OPEN), (t1, E1_CLOSE), (s2, E2_OPEN), (t2, E2_CLOSE)],
        key=lambda item: (item[0], item[1] in (E1_OPEN, E2_OPEN)),
    )
    parts: list[str] = []
    last = 0
    for offset, marker in inserts:
        parts.append(text[last:offset])
        parts.append(f" {marker} ")
        last = offset
    parts.append(text[last:])
    return _SPACES.sub(" ", "".join(parts)).strip()


def _extend_to_word(text: str, end: int) -> int:
    """Bracket ends in the dataset sometimes cut a word ("[Los Angele]s"); finish the word."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def parse_line(line: str) -> PairExample:
    """Parse one dataset line: bracketed sentence, entity 1, entity 2, label (tab-separated).

    The first bracketed span is entity 1 and the second entity 2 (true for all but a handful of
    lines, whose columns differ only in spacing). Brackets are removed and spans widened to whole
    words so that training spans look like the token-aligned spans the pipeline produces.
    """
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 4:
        raise ValueError(f"expected 4 tab-separated fields, got {len(fields)}")
    bracketed, _, _, label = fields
    matches = list(_BRACKETED.finditer(bracketed))
    if len(matches) != 2:
        raise ValueError(f"expected 2 bracketed entities, got {len(matches)}")
    text_parts: list[str] = []
    spans: list[Span] = []
    last = 0
    length = 0
    for match in matches:
        before = bracketed[last : match.start()]
        text_parts.append(before)
        length += len(before)
        inner = match.group(1)
        spans.append((length, length + len(inner)))
        text_parts.append(inner)
        length += len(inner)
        last = match.end()
    text_parts.append(bracketed[last:])
    text = "".join(text_parts)
    (s1, t1), (s2, t2) = spans
    e1 = _trim(text, (s1, _extend_to_word(text, t1)))
    e2 = _trim(text, (s2, _extend_to_word(text, t2)))
    return PairExample(text=text, e1=e1, e2=e2, label=int(label))


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def held_out(text: str, folds: int) -> bool:
    """Whether a dataset sentence falls in fold 0 of ``folds`` (by a CRC of its text, so every
    pair of one sentence falls on the same side): the train.txt rows that
    ``training/train_stance.py --hold-out-train K`` leaves out and ``scripts/directed_errors.py
    --fold K`` scores, to measure the model on the training split out of fold."""
    return zlib.crc32(text.encode("utf-8")) % folds == 0


def read_dataset(path: str) -> list[PairExample]:
    """Read a directed-sentiment TSV file; malformed lines raise ``ValueError`` naming the line."""
    examples = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                examples.append(parse_line(line))
            except ValueError as err:
                raise ValueError(f"{path}:{number}: {err}") from err
    return examples
