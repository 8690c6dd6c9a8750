"""Organisation names whose extent the text itself fixes, where the model's span does not.

The small model cuts organisation names at an "and", an ampersand or a possessive, and leaves
some untagged ("the [Public and] Commercial Services Union", "the [Software &] Information
Industry Association (SIIA)", "[Chilren's] Defense Fund", "United States Conference of Mayors"
in a list); the cut name was an entity of its own or none. Four signs in the text fix the
extent, each with an organisation's head word (``patterns/headed_names.json``: "Union",
"Association", "Foundation", ...):

- an acronym in brackets right after the name whose capitals are the initials of its words
  ("National Association for the Advancement of Colored People (NAACP)"): the name starts at
  the first initial, and the acronym is its alias, here and wherever the text uses it alone;
- "the" + one or two capitalised words + "and"/"&" before the model's (or a pattern's) name:
  one name ("the Public and Commercial Services Union"), where "Russia and the Clinton
  Foundation" is two actors;
- capitalised words ending in a head, with an "of/for" tail, that the model left untagged,
  after a list's comma, "the" or "and" ("..., United States Conference of Mayors, ...");
- a possessive inside the model's name whose possessor is its first word and no known
  person, place or other entity of the text ("Chilren's Defense Fund"; "Obama's Justice
  Department" stays Obama's).

``mentions.DocState`` finds the names and unbinds the polkg pattern spans inside them
("Information Industry Association"); ``headed_entities.headed_entities`` adds them after the
pattern spans' actors and before the model's own organisations (``Actors.ner_entities``),
which then skip their tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from polkg.extract.group_parts import ORGANIZATION_NOUNS
from polkg.extract.inner_names import POSSESSIVE, name_extent
from polkg.extract.known_names import is_known_surname
from polkg.extract.lexicon import words
from polkg.extract.token_columns import token_columns

_DATA = words("headed_names")
_HEADS = frozenset(_DATA["heads"])
_JOINERS = frozenset(_DATA["joiners"])
_JOINED_DETERMINERS = frozenset(_DATA["joined_determiners"])
_MAX_JOINED = int(_DATA["max_joined_words"])
_SKIPS = frozenset(_DATA["acronym_skips"])
_TAILS = frozenset(_DATA["run_tails"])
_RUN_STARTS = frozenset(_DATA["run_starts"])
_INNER = words("inner_names")
_YIELDING_LABELS = frozenset(_INNER["yielding_labels"])
_BODY_HEADS = frozenset(_INNER["body_name_heads"])
_ENTITY_WORDS = words("entities_words")
_PARTY_HEADS = frozenset(_ENTITY_WORDS["party_heads"])
_BODY_TYPE_HEADS = frozenset(_ENTITY_WORDS["government_body_heads"])
# an acronym's own heads: any organisation noun but a body's or a party's ("Federal Energy
# Regulatory Commission (FERC)" is the body patterns' and the model's)
_ACRONYM_HEADS = frozenset(ORGANIZATION_NOUNS) - _BODY_HEADS - {"party"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,7}$")
_NOT_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"})
_POSSESSORS = frozenset(words("program_names")["possessors"])


@dataclass(frozen=True)
class HeadedName:
    """An organisation's name ``doc[start:end]`` (no article), with its bracketed acronym."""

    start: int
    end: int
    acronym: str | None = None


def headed_names(doc: Doc, spans: Sequence[Span]) -> list[HeadedName]:
    """The organisation names of ``doc`` whose extent an acronym, a joiner, a head or a
    possessive fixes, where the model's span is shorter or missing; ``spans``: polkg's
    pattern spans."""
    found: dict[tuple[int, int], str | None] = {}
    acronym_ends: set[int] = set()
    texts = token_columns(doc).text  # (read without a Token per token)
    for i in range(len(doc) - 2):
        if texts[i] == "(" and texts[i + 2] == ")" and _ACRONYM.match(texts[i + 1]):
            start = _initials_start(doc, i, texts[i + 1])
            if start is not None and _head(doc, start, i, _ACRONYM_HEADS, lowered=True) is not None:
                found[(start, i)] = texts[i + 1]
                acronym_ends.add(i)
    stretches = [(e.start, e.end) for e in token_columns(doc).ents if e.label_ == "ORG"]
    stretches += [(sp.start, sp.end) for sp in spans if sp.label_ == "ORGANIZATION"]
    for s, e in stretches:
        s, e = name_extent(doc, s, e)
        if e in acronym_ends or s >= e:
            continue
        start = _joined_start(doc, s, e)
        if start is not None:
            found.setdefault((start, e), None)
        if _possessive_name(doc, s, e):
            found.setdefault((s, e), None)
    for run in _untagged_runs(doc):
        if run[1] not in acronym_ends:
            found.setdefault(run, None)
    return [HeadedName(s, e, acr) for (s, e), acr in sorted(found.items())]


def spans_inside_headed_names(spans: Sequence[Span], names: Sequence[HeadedName]) -> set[Span]:
    """The pattern spans strictly inside a headed name ("Information Industry Association" in
    "Software & Information Industry Association"): parts of it, no names of their own."""
    out = set()
    for sp in spans:
        if sp.label_ not in _YIELDING_LABELS:
            continue
        for name in names:
            inside = name.start <= sp.start and sp.end <= name.end
            if inside and sp.end - sp.start < name.end - name.start:
                out.add(sp)
    return out


def entity_type(doc: Doc, name: HeadedName) -> str:
    """Organization, or a party or body by its words (as ``Actors.ner_entities`` types)."""
    words_ = [t.text for t in doc[name.start : name.end]]
    if _PARTY_HEADS & set(words_):
        return "PoliticalParty"
    if words_[-1] in _BODY_TYPE_HEADS:
        return "GovernmentBody"
    return "Organization"


def _initials_start(doc: Doc, paren: int, acronym: str) -> int | None:
    """Where the name before ``(ACRONYM)`` starts when the acronym's capitals are the initials
    of its capitalised words, read backwards (the skipped words aside); None otherwise."""
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 2:
        return None
    j, k = paren - 1, len(letters) - 1
    while k >= 0 and j >= 0:
        tok = doc[j]
        if tok.lower_ in _SKIPS:
            j -= 1
            continue
        if not tok.text[:1].isupper() or tok.text[0] != letters[k] or tok.is_sent_start:
            if tok.is_sent_start and k == 0 and tok.text[0] == letters[k]:
                return j
            return None
        k -= 1
        j -= 1
    if k >= 0:
        return None
    start = j + 1
    while start < paren and doc[start].lower_ in _SKIPS:
        start += 1
    return start if paren - start >= 2 else None


def _head(doc: Doc, s: int, e: int, heads: frozenset[str], lowered: bool = False) -> int | None:
    """The index of the name ``doc[s:e]``'s head (the word before its first tail preposition,
    else its last word) when it is one of ``heads`` (as written, or lower-cased if
    ``lowered``: the organisation nouns an acronym's name may end in)."""
    i = next((i - 1 for i in range(s + 1, e) if doc[i].lower_ in _TAILS), e - 1)
    if i < s or not doc[i].text[:1].isupper():
        return None
    word = doc[i].lower_ if lowered else doc[i].text
    return i if word in heads else None


def _joined_start(doc: Doc, s: int, e: int) -> int | None:
    """ "the [Public and] Commercial Services Union": the start of the whole name when "the",
    one or two capitalised words and a joiner stand right before the name ``doc[s:e]``."""
    if s < 3 or doc[s - 1].lower_ not in _JOINERS or _head(doc, s, e, _HEADS) is None:
        return None
    first = s - 1
    while first > 0 and s - 1 - first < _MAX_JOINED and _plain_capitalised(doc, first - 1):
        first -= 1
    if first == s - 1 or doc[first - 1].lower_ not in _JOINED_DETERMINERS:
        return None
    return first


def _plain_capitalised(doc: Doc, i: int) -> bool:
    """A capitalised word no model entity but an organisation's holds ("Public" the model may
    call ORG; "Russia", "Melinda" are a place's and a person's)."""
    tok = doc[i]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    return tok.ent_type_ in ("", "ORG") and not is_known_surname(tok.text)


def _possessive_name(doc: Doc, s: int, e: int) -> bool:
    """ "Chilren's Defense Fund", "the National Association of Children's Hospitals": a model
    name with a possessive inside it that is part of it: its possessor a plural noun of people
    (``program_names.json`` possessors), or its first word and no person, place or other
    entity the model finds in the text ("Obama's Justice Department" stays Obama's)."""
    cuts = [i for i in range(s + 1, e - 1) if doc[i].text in POSSESSIVE]
    if len(cuts) != 1 or e - s < 4 or _head(doc, s, e, _HEADS) is None:
        return False
    if any(t.text[:1].islower() and t.lower_ not in _SKIPS for t in doc[s:e]):
        return False
    possessor = doc[cuts[0] - 1]
    if possessor.lower_ in _POSSESSORS:
        return True
    if possessor.i != s or not possessor.is_alpha or is_known_surname(possessor.text):
        return False
    return not any(
        possessor.text in ent.text.split() and not (ent.start <= s < ent.end)
        for ent in token_columns(doc).ents
        if ent.label_ in _NOT_NAME_LABELS
    )


def _untagged_runs(doc: Doc) -> list[tuple[int, int]]:
    """ "..., United States Conference of Mayors, ...": capitalised words ending in a head,
    with an "of/for" tail of capitalised words, none of them in any model entity, right after
    a list's comma, "the" or "and" (not a sentence's first words)."""
    runs = []
    columns = token_columns(doc)  # (read without a Token per token)
    for i, (text, ent_type) in enumerate(zip(columns.text, columns.ent_type, strict=True)):
        if text not in _HEADS or ent_type or i == 0:
            continue
        tok = doc[i]
        s = tok.i
        while (
            s > 0 and doc[s - 1].is_title and doc[s - 1].is_alpha and not doc[s - 1].is_sent_start
        ):
            s -= 1
        if s == tok.i or s == 0 or doc[s - 1].lower_ not in _RUN_STARTS:
            continue
        e = tok.i + 1
        if e < len(doc) and doc[e].lower_ in _TAILS:
            t = e + 1
            if t < len(doc) and doc[t].lower_ == "the":
                t += 1
            end = t
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end > t:
                e = end
        if any(t.ent_type_ for t in doc[s:e]):
            continue  # the model's call: "the Soviet Union" is a place, "Trump Campaign" his
        runs.append((s, e))
    return runs
