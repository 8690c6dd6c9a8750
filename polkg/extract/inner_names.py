"""A polkg pattern span inside a longer organisation name the model found is part of that name.

The generic organisation patterns stop at a lower-case word, an ampersand or a possessive, and
the party, body and literal organisation patterns match words wherever they stand; inside a
longer name the model tags ORG ("the United States Hispanic Chamber of Commerce", "Children's
Defense Fund", "the Democratic Leadership Council") such a span made a cut name its own entity,
sometimes another real organisation ("Chamber of Commerce", "Defense Fund"). When the model's
span, without its leading article and trailing possessive, strictly holds the pattern span, is
written as a proper name and its head is an organisation noun ("Council", "Fund", "Society" in
"International Society for Technology in Education"), the pattern span yields and the model's
whole name stands (``mentions.DocState``). A pattern with a canonical name that the model's
span merely spells out ("the U.S. Chamber of Commerce") keeps its name. Where the model has
no span over the name, a pattern for the end of a canonical name ("Chamber of Commerce" of the
"U.S. Chamber of Commerce") after other capitalised words starts at the first of them
(``qualified_start``, used by ``actors.Actors.span_entities``): "the United States Hispanic
Chamber of Commerce", "the Michigan Chamber of Commerce" are other chambers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from polkg.extract.group_parts import ORGANIZATION_NOUNS
from polkg.extract.lexicon import words
from polkg.extract.program_names import keeps_possessive
from polkg.extract.token_columns import token_columns

_DATA = words("inner_names")
_YIELDING_LABELS = frozenset(_DATA["yielding_labels"])
_TAIL_PREPOSITIONS = frozenset(_DATA["name_tail_prepositions"])
_BODY_HEADS = frozenset(_DATA["body_name_heads"])
_PARTY_HEADS = frozenset(w.lower() for w in words("entities_words")["party_heads"])
_CONNECTORS = frozenset(words("entities_words")["organization_connectors"])
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "–"})
# a capitalised first word of these parts of speech is a sentence's, not a name's ("Hopefully
# the Republican Party ...")
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "PRON", "SCONJ"})


def spans_inside_longer_names(doc: Doc, spans: Sequence[Span]) -> set[Span]:
    """The pattern spans that lie strictly inside a longer organisation name of the model."""
    names = []
    for ent in token_columns(doc).ents:
        if ent.label_ == "ORG":
            # "the Department of Homeland Security and": a connector ends no name
            s, e = name_extent(doc, ent.start, ent.end, _CONNECTORS)
            head = _head(doc, s, e)
            if head is not None:
                names.append((s, e, head))
    if not names:
        return set()
    out = set()
    for sp in spans:
        if sp.label_ not in _YIELDING_LABELS:
            continue
        for s, e, head in names:
            if s <= sp.start and sp.end <= e and (s, e) != (sp.start, sp.end):
                if _yields(doc, sp, s, e, head):
                    out.add(sp)
                break
    return out


def _yields(doc: Doc, sp: Span, s: int, e: int, head: int) -> bool:
    """Whether pattern span ``sp`` inside the model's name ``doc[s:e]`` (head ``head``)
    yields to it: not a canonical name the model's span spells out ("the U.S. Chamber of
    Commerce") or a known organisation's that starts it ("the [Washington Post] Writers
    Group"), not inside a party's name ("the [Democrat] Party"), not joined to another
    name by a hyphen, not a body inside one of its own parts ("the [Senate] Finance
    Committee", "the [U.S. Department of Justice]")."""
    if sp.id_ and (_spells_out(doc[s:e].text, sp.id_) or _written_out(doc, s, sp)):
        return False
    if sp.label_ == "ORGANIZATION" and sp.id_ and sp.start == s:
        return False  # a known organisation's own part or product: "[ACLU] Washington ... Office"
    if sp.start > head and not _starts_tail(doc, sp.start):
        return False  # "the Center for Reproductive Rights [Supreme Court]": the model overran
    if doc[head].lower_ in _PARTY_HEADS:
        return False  # "the [Democrat] Party", "US [Green Party]", "Boston [Tea Party]"
    if _HYPHENS & {doc[max(sp.start - 1, 0)].text, doc[min(sp.end, len(doc) - 1)].text}:
        return False  # two names joined: "[New York Times]-Siena College" (a poll's sponsors)
    return sp.label_ != "BODY" or doc[head].lower_ not in _BODY_HEADS


def name_extent(
    doc: Doc, s: int, e: int, trailing: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The name ``doc[s:e]`` without a leading article and a trailing possessive, punctuation
    or word of ``trailing`` (the one trim of a name's span: ``actors``, ``headed_names``)."""
    while s < e and doc[s].lower_ in ("the", "a", "an"):
        s += 1
    while e > s and (
        doc[e - 1].text in POSSESSIVE or doc[e - 1].is_punct or doc[e - 1].lower_ in trailing
    ):
        e -= 1
    return s, e


def _starts_tail(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts the noun phrase of a name's tail ("Institute on the
    [Supreme Court]")."""
    before = doc[i - 1].lower_
    if before == "the" and i >= 2:
        before = doc[i - 2].lower_
    return before in _TAIL_PREPOSITIONS


def _head(doc: Doc, s: int, e: int) -> int | None:
    """The head's index of ``doc[s:e]`` when it is an organisation's proper name:
    capitalised words and connectors, two words or more, not cut at a possessive by
    ``actors.Actors.ner_entities``, its head (the word before the first preposition of a
    tail, "Society" in "Society for Technology in Education", else the last word) an
    organisation noun. None otherwise."""
    if e - s < 2:
        return None
    cut = next((i for i in range(s + 1, e - 1) if doc[i].text in POSSESSIVE), None)
    if cut is not None and not keeps_possessive(doc, s, cut, e):
        return None  # the model's name is cut there ("Obama's Justice Department")
    for tok in doc[s:e]:
        if tok.lower_ in _CONNECTORS:
            continue
        if not tok.text[:1].isupper() or tok.pos_ in _NOT_NAME_POS:
            return None
    i = next((i - 1 for i in range(s + 1, e) if doc[i].lower_ in _TAIL_PREPOSITIONS), e - 1)
    return i if doc[i].text[:1].isupper() and doc[i].lower_ in ORGANIZATION_NOUNS else None


def _spells_out(text: str, canonical: str) -> bool:
    """Whether the model's name is the pattern's canonical name as written ("US Chamber of
    Commerce" for "U.S. Chamber of Commerce"): letters and spaces alike, dots aside."""

    def key(x: str) -> str:
        return re.sub(r"[^a-z ]", "", x.lower()).strip()

    return key(text) == key(canonical)


def qualified_start(doc: Doc, sp: Span) -> int:
    """Where an organisation pattern for the end of a canonical name really starts: "Chamber
    of Commerce" (named "U.S. Chamber of Commerce") after other capitalised words is another
    organisation's name ("the [United States Hispanic] Chamber of Commerce", "the [Michigan]
    Chamber of Commerce"), the first of those words its start; ``sp.start`` when no such
    words stand before it or they spell the canonical name's own ("the U.S. Chamber")."""
    if not sp.id_ or sp.id_.lower() == sp.text.lower() or not sp.id_.endswith(sp.text):
        return sp.start
    i = sp.start
    while i > 0 and _qualifier(doc[i - 1]):
        i -= 1
    if any(_written_out(doc, j, sp) for j in range(i, sp.start)):
        return sp.start  # "the Republican US Chamber of Commerce" is the U.S. Chamber
    return i


def _written_out(doc: Doc, i: int, sp: Span) -> bool:
    """Whether the words from ``i`` to pattern span ``sp`` are the first words of its
    canonical name, as written or spelled out ("U.S.", "US", "United States" before "Chamber
    of Commerce")."""
    if not sp.id_.endswith(sp.text) or i >= sp.start:
        return False
    own = sp.id_[: -len(sp.text)]
    return _spells_out(doc[i : sp.start].text, own) or _initials(doc[i : sp.start], own)


def _qualifier(tok: Token) -> bool:
    """A capitalised proper noun or adjective before a name ("Hispanic", "Greater Seattle")."""
    return tok.text[:1].isupper() and tok.tag_ in ("NNP", "NNPS", "JJ")


def _initials(words: Span, own: str) -> bool:
    """Whether ``words`` are the canonical name's abbreviated words spelled out ("United
    States" for "U.S.")."""
    letters = re.sub(r"[^a-z]", "", own.lower())
    return bool(letters) and "".join(t.lower_[0] for t in words) == letters
