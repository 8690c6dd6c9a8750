"""A document's token attributes as lists of strings, read once from the document's arrays.

Many passes of the entity and relation layers walk every token of a document to keep a few (a
noun of a word list, a speech verb, a capitalised given name). Walking ``doc`` makes a ``Token``
object per token and looks up each attribute's string, which for one document costs as much as
the pass's own work; with these columns a pass picks its few tokens by list lookups and makes
``Token`` objects for those only. A column holds what spaCy's attribute returns (``tok.text``,
``tok.lower_``, ``tok.lemma_``, ``tok.pos_``, ``tok.tag_``, ``tok.dep_``, ``tok.ent_type_``,
``tok.whitespace_`` and the flags ``is_alpha``, ``is_punct``, ``is_space``): the column's ids
from ``Doc.to_array``, then each distinct id's string once. Each column is
read when first asked for, after the pipeline; only the document last asked about is kept.
The model's entities (``doc.ents``, which spaCy builds anew as spans on every read) are kept
the same way: nothing after the pipeline sets them.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cached_property

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

# id -> string of every id a column has held: a string's id is its hash, the same in every
# document, so each word's string is looked up once per process
_NAMES: dict[int, str] = {}


class TokenColumns:
    """Each token's attribute strings by token index, one list per attribute."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def _column(self, attr: int) -> list[str]:
        ids = self.doc.to_array(attr).tolist()
        names = _NAMES
        new = set(ids).difference(names)
        if new:
            strings = self.doc.vocab.strings
            names.update((i, strings[i]) for i in new)
        return list(map(names.__getitem__, ids))

    def verbs(self, lemmas: Container[str]) -> list[Token]:
        """The tokens tagged ``VERB`` whose lower-case lemma is in ``lemmas``, in order."""
        doc = self.doc
        return [doc[i] for i, lemma in self._verb_lemmas if lemma in lemmas]

    @cached_property
    def _verb_lemmas(self) -> list[tuple[int, str]]:
        """Each ``VERB`` token's index and lower-case lemma, found once for every ``verbs``."""
        return [
            (i, lemma.lower())
            for i, (pos, lemma) in enumerate(zip(self.pos, self.lemma, strict=True))
            if pos == "VERB"
        ]

    @cached_property
    def text(self) -> list[str]:
        return self._column(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        return self._column(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        return self._column(LEMMA)

    @cached_property
    def pos(self) -> list[str]:
        return self._column(POS)

    @cached_property
    def tag(self) -> list[str]:
        return self._column(TAG)

    @cached_property
    def dep(self) -> list[str]:
        return self._column(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._column(ENT_TYPE)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, read once."""
        return tuple(self.doc.ents)

    def _flags(self, attr: int) -> list[bool]:
        return [bool(value) for value in self.doc.to_array(attr).tolist()]

    @cached_property
    def whitespace(self) -> list[str]:
        """``tok.whitespace_``: a space or nothing."""
        return [" " if space else "" for space in self._flags(SPACY)]

    @cached_property
    def is_alpha(self) -> list[bool]:
        return self._flags(IS_ALPHA)

    @cached_property
    def is_punct(self) -> list[bool]:
        return self._flags(IS_PUNCT)

    @cached_property
    def is_space(self) -> list[bool]:
        return self._flags(IS_SPACE)


_last: TokenColumns | None = None


def token_columns(doc: Doc) -> TokenColumns:
    """The columns of ``doc``, kept for the document last asked about (the entity layer and the
    relation rules of one document share them)."""
    global _last
    if _last is None or _last.doc is not doc:
        _last = TokenColumns(doc)
    return _last
