"""Who speaks in the first person outside quotation marks: a letter's signer, a release's author.

Press releases, statements and open letters say "I" and "my" without quotation marks ("I object
strongly to ... my legislation, S. 3661", "S.2156, ... of which I am a sponsor"). Quotations have
their speakers (``quotes``); for the rest of the text this module names the author:

- a letter reproduced in the document, from its salutation ("Dear Governor Schwarzenegger:") to
  its sign-off ("Sincerely," and the name on the next line), is the signer's when exactly one
  person of the document signs it;
- elsewhere, the office holder whose office published the document, when the record's ``outlet``
  says so ("Office of Sen. Feinstein (press release)") and exactly one person of the document
  has that surname.

Precision first: no author when the signature or the outlet names nobody in the document, or
more than one; "we" stays unresolved. The words are data (``patterns/authors.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from polkg.extract.lexicon import word_sets
from polkg.extract.mentions import strip_suffix
from polkg.model import Document, EntityRecord

SIGNATURE_TOKENS = 12  # the longest signature line read ("Kay Bailey Hutchison")


class Authors:
    """The first-person author of each token outside quotations, if any."""

    def __init__(
        self,
        default: EntityRecord | None,
        letters: Sequence[tuple[int, int, EntityRecord | None]] = (),
    ) -> None:
        self.default = default
        self.letters = list(letters)

    def at(self, token_i: int) -> EntityRecord | None:
        """The author of token ``token_i``: its letter's signer, else the document's author."""
        for start, end, signer in self.letters:
            if start <= token_i < end:
                return signer
        return self.default


def find_authors(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    document: Document | None,
) -> Authors:
    """The letters of ``doc`` with their signers, and the document's author (module docstring)."""
    words = word_sets("authors")
    persons = {e.name: e for _s, _e, e in mentions if e.type == "Person"}
    return Authors(
        _outlet_author(document, persons.values(), words), _letters(doc, mentions, words)
    )


def _line_starts(doc: Doc) -> list[int]:
    """Indices of the first word token of each line."""
    starts: list[int] = []
    new_line = True
    for tok in doc:
        if tok.is_space or not tok.text.strip():
            new_line = new_line or "\n" in tok.text
            continue
        if new_line:
            starts.append(tok.i)
        new_line = "\n" in tok.whitespace_
    return starts


def _letters(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    words: dict[str, frozenset[str]],
) -> list[tuple[int, int, EntityRecord | None]]:
    letters: list[tuple[int, int, EntityRecord | None]] = []
    opened: int | None = None
    starts = _line_starts(doc)
    for k, i in enumerate(starts):
        low = doc[i].lower_
        if low in words["salutations"]:
            opened = i
        elif low in words["sign_offs"] and opened is not None:
            # the signature is the line after the sign-off ("Sincerely," / "Ken Salazar")
            first = starts[k + 1] if k + 1 < len(starts) else len(doc)
            end = starts[k + 2] if k + 2 < len(starts) else len(doc)
            end = min(end, first + SIGNATURE_TOKENS)
            signers = {
                e.name: e for s, _e, e in mentions if first <= s < end and e.type == "Person"
            }
            signer = next(iter(signers.values())) if len(signers) == 1 else None
            letters.append((opened, end, signer))
            opened = None
    return letters


def _outlet_author(
    document: Document | None,
    persons: Iterable[EntityRecord],
    words: dict[str, frozenset[str]],
) -> EntityRecord | None:
    """The person the outlet names by office ("Office of Sen. Feinstein"), if the text has
    exactly one person of that surname."""
    outlet = (document.outlet or "") if document is not None else ""
    parts = outlet.replace("(", " ").split()
    names = {
        parts[k + 1].strip(",.").lower()
        for k, w in enumerate(parts[:-1])
        if w.lower() in words["outlet_offices"]
    }
    if len(names) != 1:
        return None
    (surname,) = names
    found = [p for p in persons if _surname(p) == surname]
    return found[0] if len(found) == 1 else None


def _surname(person: EntityRecord) -> str:
    parts = strip_suffix(person.name.split())
    return parts[-1].lower() if parts else ""
