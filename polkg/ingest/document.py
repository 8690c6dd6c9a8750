"""The `Document`: one cleaned article, the unit every later stage works on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A cleaned article.

    ``id`` follows DESIGN.md: the record's ``id`` for JSONL/CSV, the file stem for .txt/.html.
    ``text`` is the cleaned body (page artefacts removed); extraction works on it.
    ``offsets`` maps it back to the text as the user gave it (runs of ``(clean_start,
    original_start, original_end)``, see `polkg.ingest.offsets`): the ``start``/``end`` of an
    assertion point into the user's text, not into ``text``. Empty: ``text`` is the original.
    ``aliases`` keeps what cleaning learned from link cards: pairs of (name as shown in the
    text, full name from the card), e.g. ("Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions").
    ``source`` names where it came from (path, and ``:line`` for JSONL/CSV) for error messages.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str = ""
    aliases: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    offsets: tuple[tuple[int, int, int], ...] = field(default_factory=tuple, repr=False)
