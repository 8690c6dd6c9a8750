"""Hard-wrapped text: line breaks inside sentences (text taken from a PDF, a mail, a terminal).

polkg reads a line break as the end of a sentence, as the corpora and most exports have it (one
paragraph per line), so a file wrapped at 72 columns loses every relation a break cuts ("Warren
endorsed\\nJoe Biden" yields nothing). Unwrapping it would change the text polkg reads; a warning
naming the file lets the user join the lines. On the four shared corpora no document looks
wrapped: those whose lines often end without punctuation (lists, headers of press releases) have
long lines (90th percentile 169 characters or more), wrapped text has short, even ones.
"""

from __future__ import annotations

import re

__all__ = ["wrapped_lines"]

_LINE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")  # a line that may end its sentence
_MIN_BREAKS = 10  # line breaks inside paragraphs, fewer say nothing
_MAX_WIDTH = 120  # 90th percentile length of those lines: wrapped text is narrow
_MIN_WIDTH = 30  # and their median length: wrapped prose fills its lines (a list does not)
_MIN_SHARE = 0.5  # share of those lines that end inside a sentence


def wrapped_lines(text: str) -> tuple[int, int] | None:
    """(lines ending inside a sentence, lines followed by another line of the same paragraph)
    when ``text`` looks hard-wrapped, else None."""
    lines = text.split("\n")
    inner = [a for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    if len(inner) < _MIN_BREAKS:
        return None
    lengths = sorted(len(line) for line in inner)
    if (
        lengths[int(0.9 * (len(lengths) - 1))] > _MAX_WIDTH
        or lengths[len(lengths) // 2] < _MIN_WIDTH
    ):
        return None
    open_lines = sum(1 for line in inner if not _LINE_END.search(line))
    return (open_lines, len(inner)) if open_lines >= _MIN_SHARE * len(inner) else None
