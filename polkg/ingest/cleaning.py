"""Text cleaning: remove page artefacts before any NLP, keeping what they tell about names.

The worst artefact is the hover-card link text of some news sites (The Hill): a linked name is
followed, without a space, by the person's full name and the headlines of related stories, ending
in ``MORE``::

    Jeff SessionsJefferson (Jeff) Beauregard SessionsThe 'pitcher of warm spit' — ... MORE shot back

becomes ``Jeff Sessions shot back``; the pair ("Jeff Sessions", "Jefferson (Jeff) Beauregard
Sessions") is kept as an alias, and no headline of the card reaches extraction.
"""

from __future__ import annotations

import re
import unicodedata

# A name token in a card's full name: "Jefferson", "(Jeff)", "O'Rourke", "Jr.", "de".
_NAME_TOKEN = r"(?:\(?[A-Z][\w'’.-]*\)?|de|da|del|der|di|du|la|le|van|von|bin|al)"
_HOVER_CARD = re.compile(
    r"(?P<surname>\b[A-Z](?=[\w'’.-]*[a-z])[\w'’.-]*\w)"  # last word of the visible name
    r" ?"  # glued, or one space in some extractions
    rf"(?P<full>(?:{_NAME_TOKEN} ){{0,5}}?(?P=surname))"  # the card's full name, same surname
    r" ?(?=[A-Z0-9'\"‘“(])"  # the first headline follows, glued or after a space
    r"(?P<card>[^\n]{0,800}?)(?<!READ)(?<!LEARN)(?<!AND) ?\bMORE\b"
)
_VISIBLE_NAME = re.compile(rf"(?:\b{_NAME_TOKEN} ){{0,4}}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def remove_hover_cards(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Drop link-card text; return the text and (visible name, full name) pairs."""
    aliases: list[tuple[str, str]] = []
    parts: list[str] = []
    last = 0
    for match in _HOVER_CARD.finditer(text):
        prefix = _VISIBLE_NAME.search(text, max(0, match.start() - 80), match.start())
        visible = ((prefix.group(0) if prefix else "") + match["surname"]).strip()
        aliases.append((visible, match["full"]))
        parts.append(text[last : match.end("surname")])
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), aliases


def clean_text(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Normalise Unicode and whitespace and strip page artefacts; offsets refer to the result."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text, aliases = remove_hover_cards(text) if "MORE" in text else (text, [])
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, aliases
