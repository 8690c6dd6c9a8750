"""Offsets into the text as the user gave it, through every cleaning step.

Extraction works on the cleaned text (whitespace normalised, mojibake repaired, link cards
removed), which the user never sees; the ``start``/``end`` of an assertion must point into the
``text`` they gave. So cleaning runs on a `TrackedText`: the text plus, for each character, the
span of the original it stands for. A copied character stands for itself; a replacement ("\\r\\n"
-> "\\n", three spaces -> one, "â€™" -> "’") stands for the whole span it replaced, so a span that
touches it covers all of it. The `Document` keeps the compact result: runs of
``(clean_start, original_start, original_end)``, turned back into offsets by `original_span`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable

import numpy as np

Runs = tuple[tuple[int, int, int], ...]
# Above this many characters a changed middle is aligned word by word first (difflib on
# characters is quadratic in the worst case).
_CHARACTER_ALIGNMENT_LIMIT = 2000
_NEAR = 2
_WORDS = re.compile(r"\S+|\s+")


class TrackedText:
    """A text and, per character, the original span ``[lo, hi)`` it came from."""

    __slots__ = ("text", "lo", "hi", "length")

    def __init__(
        self,
        text: str,
        lo: np.ndarray | None = None,
        hi: np.ndarray | None = None,
        length: int | None = None,
    ) -> None:
        self.text = text
        self.length = len(text) if length is None else length  # of the original
        self.lo = np.arange(len(text), dtype=np.int64) if lo is None else lo
        self.hi = self.lo + 1 if hi is None else hi

    def _at(self, index: int) -> int:
        """Original offset where character ``index`` begins (the end for ``len(text)``)."""
        return int(self.lo[index]) if index < len(self.text) else self.length

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> TrackedText:
        """Replace each ``(start, end, new)`` span; spans sorted and not overlapping."""
        text, lo, hi = [], [], []
        last = 0
        for start, end, new in edits:
            text.append(self.text[last:start])
            lo.append(self.lo[last:start])
            hi.append(self.hi[last:start])
            if len(new) == end - start:  # same length: character for character
                lo.append(self.lo[start:end])
                hi.append(self.hi[start:end])
            elif new:
                first = self._at(start)
                after = int(self.hi[end - 1]) if end > start else first
                lo.append(np.full(len(new), first, dtype=np.int64))
                hi.append(np.full(len(new), after, dtype=np.int64))
            text.append(new)
            last = end
        if last == 0 and not text:
            return self
        text.append(self.text[last:])
        lo.append(self.lo[last:])
        hi.append(self.hi[last:])
        return TrackedText("".join(text), np.concatenate(lo), np.concatenate(hi), self.length)

    def sub(self, pattern: re.Pattern[str], replacement: str) -> TrackedText:
        """Like ``pattern.sub(replacement, text)`` for a literal replacement."""
        return self.edit(
            (m.start(), m.end(), replacement)
            for m in pattern.finditer(self.text)
            if m.group() != replacement
        )

    def delete(self, spans: Iterable[tuple[int, int]]) -> TrackedText:
        return self.edit((start, end, "") for start, end in spans if end > start)

    def apply(self, function: Callable[[str], str]) -> TrackedText:
        """Run a whole-text function (Unicode normalisation, ftfy) and align its result."""
        new = function(self.text)
        if new == self.text:
            return self
        return self.edit(_edits(self.text, new))

    def runs(self) -> Runs:
        """The compact map: ``(clean_start, original_start, original_end)`` per run."""
        n = len(self.text)
        if n == 0:
            return ()
        lo, hi = self.lo, self.hi
        width = hi - lo
        joins = np.zeros(n, dtype=bool)
        if n > 1:
            linear = (lo[1:] == hi[:-1]) & (width[1:] == 1) & (width[:-1] == 1)
            same = (lo[1:] == lo[:-1]) & (hi[1:] == hi[:-1])
            joins[1:] = linear | same
        starts = np.flatnonzero(~joins)
        ends = np.append(starts[1:], n) - 1
        runs = [(int(c), int(lo[c]), int(hi[e])) for c, e in zip(starts, ends, strict=True)]
        return (*runs, (n, self.length, self.length))  # the end, so every run has a length


def nfc(tracked: TrackedText) -> TrackedText:
    """Unicode NFC, each composed character standing for the sequence it was made of."""
    text = tracked.text
    if unicodedata.is_normalized("NFC", text):
        return tracked
    # A sequence is a character and the combining marks after it; NFC works within sequences
    # (the rare compositions across them, Hangul jamo, go through the general alignment).
    edits: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        part = text[start:i]
        normal = unicodedata.normalize("NFC", part)
        if normal != part:
            edits.append((start, i, normal))
        start = i
    result = tracked.edit(edits)
    if result.text != unicodedata.normalize("NFC", text):
        return tracked.apply(lambda t: unicodedata.normalize("NFC", t))
    return result


def _edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """Spans of ``old`` to replace to get ``new``, as small as a diff finds them."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    if len(old_lines) > 1 and len(old_lines) == len(new_lines):  # repairs within lines
        edits: list[tuple[int, int, str]] = []
        offset = 0
        for before, after in zip(old_lines, new_lines, strict=True):
            if before != after:
                edits.extend((offset + i, offset + j, t) for i, j, t in _edits(before, after))
            offset += len(before) + 1
        return edits
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    a, b = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    return [(prefix + i, prefix + j, text) for i, j, text in _diff(a, b)]


def _diff(a: str, b: str) -> list[tuple[int, int, str]]:
    if max(len(a), len(b)) <= _CHARACTER_ALIGNMENT_LIMIT:
        # A matcher may align a repaired character with an equal neighbour ("Ã©é" -> "éé" as
        # delete "Ã©", keep "é", replace "é" by "é"); changes only 1-2 characters apart are
        # therefore one block.
        edits: list[tuple[int, int, int, int]] = []
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if edits and i1 - edits[-1][1] <= _NEAR:
                i1, _, j1, _ = edits.pop()
            edits.append((i1, i2, j1, j2))
        return [(i1, i2, b[j1:j2]) for i1, i2, j1, j2 in edits]
    # Word by word, then characters inside each changed stretch (or the stretch as one block).
    words_a, words_b = _WORDS.findall(a), _WORDS.findall(b)
    starts_a = np.cumsum([0] + [len(w) for w in words_a])
    starts_b = np.cumsum([0] + [len(w) for w in words_b])
    out: list[tuple[int, int, str]] = []
    matcher = difflib.SequenceMatcher(None, words_a, words_b)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        start, end = int(starts_a[i1]), int(starts_a[i2])
        part_a, part_b = a[start:end], b[int(starts_b[j1]) : int(starts_b[j2])]
        if max(len(part_a), len(part_b)) <= _CHARACTER_ALIGNMENT_LIMIT:
            out.extend((start + i, start + j, text) for i, j, text in _diff(part_a, part_b))
        else:
            out.append((start, end, part_b))
    return out


def original_span(runs: Runs, start: int, end: int) -> tuple[int, int]:
    """The original ``[start, end)`` of cleaned ``[start, end)``; no runs means unchanged text."""
    if not runs:
        return start, end
    clean_starts = [run[0] for run in runs]

    def locate(offset: int) -> tuple[int, int, int, int]:
        k = min(max(0, bisect_right(clean_starts, offset) - 1), len(runs) - 1)
        c, lo, hi = runs[k]
        return c, lo, hi, (runs[k + 1][0] if k + 1 < len(runs) else c + hi - lo)

    c, lo, hi, c_end = locate(start)
    linear = hi - lo == c_end - c
    original_start = lo + (start - c) if linear else lo
    if end <= start:
        return original_start, original_start
    c, lo, hi, c_end = locate(end - 1)
    linear = hi - lo == c_end - c
    original_end = lo + (end - c) if linear else hi
    return original_start, original_end
