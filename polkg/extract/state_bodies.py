"""A court or legislature named with its state is the state's body, not the federal one.

The span patterns (``bodies.jsonl``) give "Supreme Court", "Senate" and "House" the ids of the
US Supreme Court, the US Senate and the House of Representatives, so "Jon Kyl criticized the
Massachusetts Supreme Court" was an edge to the US Supreme Court (recall-senate_press Kyl475,
whose gold names "Massachusetts Supreme Court") and "Governor Evers criticized the Wisconsin
Senate" one to the US Senate: two referents merged under one name, in the document and across
the graph. Here a BODY span with one of those ids (``patterns/state_bodies.json``) right after
a US state's full name ("Massachusetts", "West Virginia", "Wisconsin's") or a lower-case
"state" is the state's body, named by the text's words without the possessive ("Wisconsin
Supreme Court", "Virginia House of Delegates", "state Senate"). A chamber only as the head of
its phrase: "the Alabama Senate race" and "Alabama Senate candidate Roy Moore" are about
Alabama's seat in the US Senate and stay as before; a court also as a modifier ("Alabama
Supreme Court Chief Justice Roy Moore"). Never a span that names the federal body itself ("the
Alabama U.S. Senate race").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import APOSTROPHE_S

_WORDS = word_sets("state_bodies")
_STATES = frozenset(words("us_states")["states"])
_MODIFIER_DEPS = ("compound", "amod", "nmod")


def state_body(doc: Doc, sp: Span) -> tuple[int, int, str] | None:
    """The start, end and name of the state's body a BODY span ``sp`` names with the state
    before it ("the Massachusetts Supreme Court" -> "Massachusetts Supreme Court"), or None."""
    body = sp.id_.lower()
    if body not in _WORDS["federal_ids"] or doc[sp.start].lower_ in _WORDS["federal_words"]:
        return None
    if body not in _WORDS["modifier_ids"] and sp.root.dep_ in _MODIFIER_DEPS:
        return None  # "the Alabama Senate race": the state's seat in the US Senate
    qualifier = _state_before(doc, sp.start)
    if qualifier is None:
        return None
    start, state = qualifier
    end = sp.end
    if len(sp) == 1 and end + 1 < len(doc) and doc[end].lower_ in _WORDS["name_continuations"]:
        stop = end + 1
        while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
            stop += 1
        if stop > end + 1:
            end = stop  # "the Virginia House of Delegates"
    return start, end, f"{state} {doc[sp.start : end].text}"


def _state_before(doc: Doc, i: int) -> tuple[int, str] | None:
    """The first token and the words of a state's name (or "state") ending before token ``i``,
    past a possessive ("Wisconsin's Supreme Court")."""
    j = i - 1 if i > 0 and doc[i - 1].text in APOSTROPHE_S else i
    for n in (2, 1):  # "West Virginia", "Wisconsin"
        if j - n >= 0 and doc[j - n : j].text in _STATES:
            return j - n, doc[j - n : j].text
    if j == i and j > 0 and doc[j - 1].text.islower() and doc[j - 1].text in _WORDS["state_words"]:
        return j - 1, doc[j - 1].text  # "the state Senate"
    return None
