"""Text cleaning: remove page artefacts before any NLP, keeping what they tell about names.

The worst artefact is the hover-card link text of some news sites (The Hill): a linked name is
followed, without a space, by the person's full name and the headlines of related stories, ending
in ``MORE``::

    Jeff SessionsJefferson (Jeff) Beauregard SessionsThe 'pitcher of warm spit' — ... MORE shot back

becomes ``Jeff Sessions shot back``; the pair ("Jeff Sessions", "Jefferson (Jeff) Beauregard
Sessions") is kept as an alias, and no headline of the card reaches extraction.

Page furniture (photo-gallery captions, video teasers, "SEE ALSO:" links, "READ MORE:" blocks of
linked headlines, share buttons, list labels, advertising slots) is deleted too, by the patterns of
``page_noise.json``: a caption or a linked headline is not the article's own reporting, yet read
as body text it makes edges the article never states.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from polkg.ingest.mojibake import fix_encoding
from polkg.ingest.offsets import TrackedText, nfc

# A name token in a card's full name: "Jefferson", "(Jeff)", "O'Rourke", "Jr.", "de".
_NAME_TOKEN = r"(?:\(?[A-Z][\w'’.-]*\)?|de|da|del|der|di|du|la|le|van|von|bin|al)"
_CARD_HEAD = (
    r"(?P<surname>\b[A-Z](?=[\w'’.-]*[a-z])[\w'’.-]*\w)"  # last word of the visible name
    r" ?"  # glued, or one space in some extractions
    rf"(?P<full>(?:{_NAME_TOKEN} ){{0,5}}?(?P=surname))"  # the card's full name, same surname
)
_CARD_TAIL = r"(?=[A-Z0-9'\"‘“(])(?P<card>[^\n]{0,800}?)(?<!READ)(?<!LEARN)(?<!AND) ?MORE\b"
# Most cards glue the first headline to the full name ("...Rodham Clinton2020 Democrats ...").
_GLUED_CARD = re.compile(_CARD_HEAD + _CARD_TAIL)
# Some extractions put a space there ("Joe Biden Joe Biden Parnas: ..."); then the full name must
# share the visible given name, or "Hillary Clinton Hillary ..." would read as surname "Hillary".
_SPACED_CARD = re.compile(_CARD_HEAD + " " + _CARD_TAIL)
_VISIBLE_NAME = re.compile(rf"(?:\b{_NAME_TOKEN} ){{0,4}}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the whitespace characters made a plain space even alone (all but the plain space itself)
_ODD_SPACE_CHARS = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"
# runs of spaces to make one plain space: a lone plain space already is one, so it is not
# matched at all (matching every space of a text, to leave it, was most of this step's time)
_SPACES = re.compile(rf"[ {_ODD_SPACE_CHARS}]{{2,}}|[{_ODD_SPACE_CHARS}]")
_CRLF = re.compile(r"\r\n")
_CR = re.compile(r"\r")
_LINE_EDGES = re.compile(r"^[^\S\n]+|[^\S\n]+$", re.MULTILINE)  # str.strip() of each line
_BLANK_LINES = re.compile(r"\n{3,}")
_TEXT_EDGES = re.compile(r"\A\s+|\s+\Z")
_LINE = re.compile(r"^([^\n]*)(?:\n|\Z)", re.MULTILINE)
# A whitespace character ``_SPACES`` replaces even alone.
_ODD_SPACE = re.compile(rf"[{_ODD_SPACE_CHARS}]")


_PAGE_NOISE = Path(__file__).with_name("page_noise.json")


@cache
def _page_noise() -> dict[str, Any]:
    return json.loads(_PAGE_NOISE.read_text(encoding="utf-8"))


@cache
def _inline_noise_pattern() -> re.Pattern[str] | None:
    """The spans to delete inside a line, from ``page_noise.json``'s ``inline`` patterns (its
    ``lines`` patterns delete whole lines: ``_noise_lines``)."""
    inline = "|".join(f"(?:{item['pattern']})" for item in _page_noise().get("inline", []))
    return re.compile(inline) if inline else None


@cache
def _line_noise_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The line patterns of ``page_noise.json`` as (those that begin with ``^``, matched at
    line starts only; the others, searched anywhere), both multi-line."""
    items = [item["pattern"] for item in _page_noise().get("lines", [])]
    at_start = [p for p in items if _begins_at_line_start(p)]
    anywhere = [p for p in items if not _begins_at_line_start(p)]

    def joined(patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.MULTILINE)

    return joined(at_start), joined(anywhere)


def _begins_at_line_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` (multi-line) begins at a line start: its first item
    is ``^`` (a pattern the parser cannot read counts as matching anywhere)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = sre_parse.parse(pattern, re.MULTILINE).data
        return bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING)
    except Exception:  # noqa: BLE001 - another Python: the slower search, the same lines
        return False


def _noise_lines(text: str) -> list[tuple[int, int]]:
    """The spans (with their line breaks) of the lines to delete: a line where some line
    pattern matches, starting at the line's start (the patterns that begin with ``^`` can match
    nowhere else) or anywhere up to its end. The same lines as one pattern of them all tried at
    every line start finds (``tests/test_cleaning_paths.py``), without trying every pattern at
    every character (speed)."""
    at_start, anywhere = _line_noise_patterns()
    spans: list[tuple[int, int]] = []
    found = -1  # where ``anywhere`` first matches at or after the line asked about last
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end(1)  # end: the line's break, or the text's end
        hit = at_start is not None and at_start.match(text, start) is not None
        if not hit and anywhere is not None:
            if found < start:
                match = anywhere.search(text, start)
                found = match.start() if match else len(text) + 1
            hit = found <= end
        if hit:
            spans.append((start, line.end()))
    return spans


def remove_page_noise(tracked: TrackedText) -> TrackedText:
    """Delete the lines and spans ``page_noise.json`` describes (captions, links, adverts)."""
    tracked = tracked.delete(_noise_lines(tracked.text))
    inline = _inline_noise_pattern()
    if inline is not None:
        tracked = tracked.sub(inline, "")
    tracked = tracked.delete(_link_block_lines(tracked.text))
    return tracked.delete(_gallery_lines(tracked.text))


@cache
def _link_block_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """(header line, a line that ends the block, a line skipped inside it, most words of a
    linked headline)."""
    data = _page_noise()["link_blocks"]
    return (
        re.compile(data["header"]),
        re.compile(f"(?:{data['sentence_end']})|(?:{data['end']})"),
        re.compile(data["skip"]),
        int(data["max_words"]),
    )


def _link_block_lines(text: str) -> list[tuple[int, int]]:
    """The spans (with their line breaks) of a "READ MORE:" header and the headlines it links,
    up to the first line that ends as a sentence does (``page_noise.json`` "link_blocks"); a
    header with no headline after it is left alone."""
    header, block_end, skip, most_words = _link_block_patterns()
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    headlines = 0
    for match in _LINE.finditer(text):
        line = match.group(1).strip()
        if header.match(line):
            spans += block if headlines else []
            block, headlines = [], 0
        elif block and line and not skip.match(line):
            if len(line.split()) > most_words or block_end.search(line):
                spans += block if headlines else []
                block, headlines = [], 0
                continue
            headlines += 1
        elif not block:
            continue
        if match.end() > match.start():
            block.append((match.start(), match.end()))
    return spans + (block if headlines else [])


@cache
def _gallery_limits() -> tuple[int, int, int]:
    data = _page_noise()["gallery"]
    return int(data["window"]), int(data["min_duplicates"]), int(data["min_words"])


def _gallery_lines(text: str) -> list[tuple[int, int]]:
    """The character spans (with their line breaks) of a photo gallery's captions: lines in a
    stretch where several different sentences each occur twice or more in the text
    (``page_noise.json`` "gallery")."""
    lines = [(m.start(), m.end(), m.group(1).strip()) for m in _LINE.finditer(text)]
    lines = [line for line in lines if line[2]]
    counts = Counter(line[2] for line in lines)
    if not counts or max(counts.values()) < 2:
        return []
    window, least, words = _gallery_limits()
    # a caption is a sentence: a repeated short line ("Advertisement", a table row) is no slide
    repeated = [
        line[2] if counts[line[2]] > 1 and len(line[2].split()) >= words else None for line in lines
    ]
    captions = {
        line[2]
        for i, line in enumerate(lines)
        if len(set(repeated[max(0, i - window) : i + window + 1]) - {None}) >= least
    }
    # a caption's other copy goes too, even at the gallery's edge
    return [(start, end) for start, end, line_text in lines if line_text in captions]


def _card_spans(
    text: str, pattern: re.Pattern[str], spaced: bool
) -> list[tuple[int, int, str, str]]:
    """``(start, end, visible name, full name)`` of each card; the span is what to delete."""
    cards = []
    pos = 0
    while match := pattern.search(text, pos):
        prefix = _VISIBLE_NAME.search(text, max(0, match.start() - 80), match.start())
        visible = ((prefix.group(0) if prefix else "") + match["surname"]).strip()
        given = visible.split()[-2] if len(visible.split()) > 1 else ""
        if spaced and not (given and given.strip("()") in match["full"].replace("(", " ").split()):
            pos = match.start() + 1
            continue
        cards.append((match.end("surname"), match.end(), visible, match["full"]))
        pos = match.end()
    return cards


def _remove_cards(tracked: TrackedText) -> tuple[TrackedText, list[tuple[str, str]]]:
    aliases: list[tuple[str, str]] = []
    for pattern, spaced in ((_GLUED_CARD, False), (_SPACED_CARD, True)):
        cards = _card_spans(tracked.text, pattern, spaced)
        aliases.extend((visible, full) for _, _, visible, full in cards)
        tracked = tracked.delete((start, end) for start, end, _, _ in cards)
    return tracked, aliases


def clean_text(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Normalise Unicode and whitespace and strip page artefacts; offsets refer to the result.

    Mojibake (UTF-8 read as Latin-1: "Trumpâ\x80\x99s") is repaired by ftfy, encoding fixes only
    (`polkg.ingest.mojibake`: ftfy is asked only about texts its own test can flag).
    Repair and whitespace normalisation can each uncover work for the other in odd byte soups, so
    they run to a fixed point (cleaning twice changes nothing)."""
    tracked, aliases = clean_tracked(text)
    return tracked.text, aliases


def clean_tracked(text: str) -> tuple[TrackedText, list[tuple[str, str]]]:
    """`clean_text`, keeping for each character of the result where it was in ``text``."""
    aliases: list[tuple[str, str]] = []
    tracked = _normalise(TrackedText(text))
    if "MORE" in tracked.text:
        tracked, aliases = _remove_cards(tracked)
        tracked = _normalise(tracked)
    cleaned = remove_page_noise(tracked)
    if cleaned.text != tracked.text:
        tracked = _normalise(cleaned)
    return tracked, aliases


def _normalise(tracked: TrackedText) -> TrackedText:
    """Unicode, encoding and whitespace repairs to a fixed point. A whitespace pattern runs only
    when a plain string test finds what it would match (speed: each tries its alternatives at
    every space of a text, though it rarely matches; the edits are the same)."""
    for _ in range(8):
        before = tracked.text
        tracked = nfc(tracked).sub(_CRLF, "\n").sub(_CR, "\n").sub(_CONTROL, " ")
        tracked = tracked.apply(fix_encoding).sub(_CONTROL, " ")
        tracked = nfc(tracked).sub(_CR, "\n")
        if "  " in tracked.text or _ODD_SPACE.search(tracked.text):
            tracked = tracked.sub(_SPACES, " ")
        if _has_line_edges(tracked.text):
            tracked = tracked.sub(_LINE_EDGES, "")
        if "\n\n\n" in tracked.text:
            tracked = tracked.sub(_BLANK_LINES, "\n\n")
        if tracked.text != tracked.text.strip():
            tracked = tracked.sub(_TEXT_EDGES, "")
        if tracked.text == before:
            break
    return tracked


def _has_line_edges(text: str) -> bool:
    """Whether some line of ``text`` begins or ends with whitespace, where ``_LINE_EDGES`` finds
    its spans (``str.strip`` and the regex's ``\\s`` are the same characters)."""
    return any(line != line.strip() for line in text.split("\n"))
