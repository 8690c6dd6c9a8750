"""A name's bare-apostrophe possessive read as the possessor it is ("Sessions’ opposition to").

spaCy parses "Trump's support for Y" with "Trump" as the noun's ``poss``, but a name ending in
"s" written with a bare apostrophe ("Sessions’ opposition to the Voting Rights Act", "Congress’
support for major agenda items", "jumped to Sessions’ defense") often comes out as the noun's
``nmod`` or ``compound``, the apostrophe a loose ``punct``. Every possessive rule (patterns
``"DEP": "poss"``, ``ArgumentResolver.nominal_subject``) then sees no possessor, and the stance
noun, read everywhere else, links nothing: a parse miss that error_categories files as lexical
(fresh31 allsides, session 33). The relation layer relabels such a name ``poss`` before its rules
match, only when the apostrophe stands right after the name and the name's head is the common
noun that follows it, every word between them a modifier of that noun ("Stevens’ repeated
calls").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polkg.extract.token_columns import token_columns

APOSTROPHES = frozenset({"'", "’"})
# the labels the parser gives a bare-apostrophe possessor instead of "poss"
_MISREAD = frozenset({"nmod", "compound"})


def _possessor(apostrophe: Token) -> Token | None:
    """The name an apostrophe makes possessive, when the parser read it as a modifier."""
    doc = apostrophe.doc
    if apostrophe.i == 0 or apostrophe.i + 1 >= len(doc):
        return None
    name = doc[apostrophe.i - 1]
    head = name.head
    if not (
        name.pos_ == "PROPN"
        and name.lower_.endswith("s")
        and not name.whitespace_  # "Sessions’ opposition", not "the Sessions 'hearing'"
        and apostrophe.whitespace_
        and name.dep_ in _MISREAD
        and head.pos_ == "NOUN"
        and head.i > apostrophe.i
    ):
        return None
    between = doc[apostrophe.i + 1 : head.i]
    if any(t.head.i > head.i or t.head.i <= apostrophe.i for t in between):
        return None  # "Adams' and Jones' plans": not one noun phrase
    return name


def mark_bare_possessives(doc: Doc) -> int:
    """Relabel as ``poss`` every name a bare apostrophe makes possessive; how many."""
    marked = 0
    for i, text in enumerate(token_columns(doc).text):  # a Token only for apostrophes
        if text in APOSTROPHES:
            name = _possessor(doc[i])
            if name is not None:
                name.dep_ = "poss"
                marked += 1
    return marked
