"""The entity each occurrence of a word refers to: what the reference tests (antecedents,
descriptions, "the party") compare."""

from __future__ import annotations

from spacy.language import Language

from polkg.extract.entities import find_entities
from polkg.model import Document


def named(nlp: Language, text: str, word: str, date: str | None = None) -> list[str | None]:
    """The canonical name of the entity each token ``word`` of ``text`` refers to (None: none)."""
    doc = nlp(text)
    ents = find_entities(doc, Document(id="t", text=text, date=date))
    found = [ents.entity_at(t.i) for t in doc if t.text == word]
    return [e.name if e is not None else None for e in found]
