"""Hard-wrapped text: line breaks inside sentences (text taken from a PDF, a mail, a terminal).

polkg reads a line break as the end of a sentence, as the corpora and most exports have it (one
paragraph per line), so a file wrapped at 72 columns loses every relation a break cuts ("Warren
endorsed\\nJoe Biden" yields nothing). So by default a text that looks wrapped has the lines of
each paragraph joined (``joined_lines``), said in a warning naming the file; ``--line-breaks
keep`` reads it as written, ``join`` joins the lines of every text. On the four shared corpora no
document looks wrapped, so their extraction is unchanged: those whose lines often end without
punctuation (lists, headers of press releases) have long lines (90th percentile 169 characters
or more), wrapped text has short, even ones.
"""

from __future__ import annotations

import re

__all__ = ["joined_lines", "wrapped_lines"]

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


def joined_lines(text: str) -> str:
    """``text`` with the line breaks inside its paragraphs made spaces, so each paragraph is one
    line. Paragraphs are the blocks between blank lines; a text with no blank line has no mark of
    them, so there only a line that does not end its sentence is joined to the next. The text
    keeps its length (a space for a break), so offsets into it still hold; a word broken at its
    hyphen ("Clinton-\\nLynch") keeps a space after it."""
    lines = text.split("\n")
    blocks = any(not line.strip() for line in lines[1:-1])
    out = []
    for line, after in zip(lines, lines[1:], strict=False):
        inside = bool(line.strip() and after.strip())
        out.append(" " if inside and (blocks or not _LINE_END.search(line)) else "\n")
    return "".join(line + sep for line, sep in zip(lines, [*out, ""], strict=True))
