"""ftfy's encoding repair, asked only of texts its mojibake test can flag (speed).

``ftfy.fix_encoding`` leaves a text as it is unless ftfy's badness pattern
(``ftfy.badness.BADNESS_RE``) finds something in it (its first step returns an ASCII text, or a
text the pattern finds nothing in, unchanged). That one search over the whole text was most of
the cost of cleaning a news article, and cleaning runs it at least twice an article (to a fixed
point). Every match of the pattern is at most ``_WIDTH`` characters long and holds a character
outside ASCII, so the pattern is searched only around a text's non-ASCII characters (the same
number of characters on either side, read in place, no copy): it finds a match there exactly
when it finds one in the whole text, and only then is ftfy asked.

Both facts are read from the installed ftfy's pattern when this module is imported
(``_pattern_width``); if that pattern is of another shape, every text goes to ftfy as before.
"""

from __future__ import annotations

import re
from typing import Any

import ftfy
from ftfy.badness import BADNESS_RE

# A non-ASCII character: every match of the badness pattern holds one.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Longest width read from a pattern that the windows are made for (ftfy 6.3's is 7).
_MOST = 32


def fix_encoding(text: str) -> str:
    """``ftfy.fix_encoding(text)``, without asking ftfy when its test finds no mojibake."""
    if text.isascii() or (_WIDTH and not _may_hold_mojibake(text)):
        return text
    return ftfy.fix_encoding(text)


def _may_hold_mojibake(text: str) -> bool:
    """Whether ftfy's badness pattern finds something in ``text`` (``ftfy.badness.is_bad``):
    searched in the windows of ``_WIDTH - 1`` characters before and ``_WIDTH`` after each
    non-ASCII character, overlapping windows joined. A match starting at ``p`` and holding the
    non-ASCII character at ``q`` lies in ``[q - _WIDTH + 1, q + _WIDTH)``; ``pos`` and
    ``endpos`` limit the search without cutting the text (``^`` still matches only at its real
    start)."""
    start = end = -1
    for match in _NON_ASCII.finditer(text):
        q = match.start()
        if q - _WIDTH + 1 > end:
            if end >= 0 and BADNESS_RE.search(text, start, end):
                return True
            start = max(0, q - _WIDTH + 1)
        end = q + _WIDTH
    return end >= 0 and BADNESS_RE.search(text, start, end) is not None


def _pattern_width(pattern: re.Pattern[str]) -> int:
    """The longest match of ``pattern`` if every match holds a non-ASCII character and the
    pattern has no assertion other than ``^`` (an end anchor or a word boundary would see the
    window's edge); 0 when that cannot be shown (the shortcut is then off)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        if pattern.flags & (re.IGNORECASE | re.LOCALE):
            return 0  # a literal might then match an ASCII letter
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        most = parsed.getwidth()[1]
        if most > _MOST or not _requires_non_ascii(parsed, sre):
            return 0
        if not _anchors_allowed(parsed, sre):
            return 0
    except Exception:  # noqa: BLE001 - another Python or ftfy: no shortcut, same results
        return 0
    return int(most)


def _requires_non_ascii(items: Any, sre: Any) -> bool:
    """Whether every match of the parsed sequence ``items`` holds a non-ASCII character: one
    of its items always matches one."""
    for op, av in items:
        if op is sre.LITERAL and av > 0x7F:
            return True
        if op is sre.IN and _all_non_ascii(av, sre):
            return True
        if op is sre.BRANCH and all(_requires_non_ascii(branch, sre) for branch in av[1]):
            return True
        if op is sre.SUBPATTERN and _requires_non_ascii(av[-1], sre):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            if _requires_non_ascii(av[2], sre):
                return True
    return False


def _all_non_ascii(members: Any, sre: Any) -> bool:
    """Whether a character set holds only non-ASCII characters."""
    for op, av in members:
        if op is sre.LITERAL and av > 0x7F:
            continue
        if op is sre.RANGE and av[0] > 0x7F:
            continue
        return False  # a negation, a category (\s, \w), an ASCII member
    return True


def _anchors_allowed(items: Any, sre: Any) -> bool:
    """Whether the only assertion in the parsed pattern is the string start (``^``), with no
    group reference and no group with flags of its own."""
    for op, av in items:
        if op is sre.AT and av is not sre.AT_BEGINNING:
            return False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS):
            return False
        if op is sre.BRANCH and not all(_anchors_allowed(b, sre) for b in av[1]):
            return False
        if op is sre.SUBPATTERN and (av[1] or not _anchors_allowed(av[-1], sre)):
            return False  # (a group's own flags, such as ``(?i:...)``, are not read here)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and not _anchors_allowed(av[2], sre):
            return False
    return True


_WIDTH = _pattern_width(BADNESS_RE)
