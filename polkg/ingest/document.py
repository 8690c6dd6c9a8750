"""The `Document`: one cleaned article, the unit every later stage works on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A cleaned article.

    ``id`` follows DESIGN.md: the record's ``id`` for JSONL/CSV, the file stem for .txt/.html.
    ``text`` is the cleaned body (page artefacts removed); assertion offsets point into it.
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
