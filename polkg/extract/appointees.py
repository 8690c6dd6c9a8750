"""The holder of an appointed federal office on the document's date as a reference's referent.

News text names an official once ("Jeff Sessions") and then calls him by the office alone ("the
attorney general", "Trump called his attorney general 'very weak'"), often without ever writing
the title before his name, so nothing in the text ties the two. The dated terms of
``patterns/office_terms.json`` and ``office_holders.json`` (``legislators.appointee_at``) say who
held the office that day; the reference is that person when the text has named him before it,
given name and surname, and is left open otherwise: never a new person (unlike "the president",
whom every US politics story may mean), never in an acting holder's days. An undated text (the
BBC's) may mean anyone who ever held the office: the reference is the one such person it named;
of two, the one whose term fits the time the other dated offices it speaks of set it in ("the
chancellor" in a text naming Tony Blair and Gordon Brown: Brown's chancellorship, Blair's
premiership, so "the prime minister" is Blair).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc

from polkg.extract.legislators import (
    appointee_at,
    dated_offices,
    every_holder,
    fold_name,
    terms_of,
)
from polkg.extract.lexicon import given_forms, words
from polkg.extract.mentions import PersonCluster


def appointee(
    title: str,
    form: str,
    day: str | None,
    persons: Sequence[PersonCluster],
    recent: Mapping[int, int],
    doc: Doc,
) -> int | None:
    """The person ``title`` (written ``form``) stands for on ``day``: the one person of the
    text named in full before it who held the office then (either chamber's, for a title both
    have: "the majority leader"), or ever, in an undated text; None otherwise. A lone
    lower-case word with other senses ("the speaker" of a rally) names no office, nor a
    country's office in a text without a word of that country's politics (``context_words``:
    "the prime minister" is the British one where the text speaks of Labour or MPs)."""
    data = words("office_terms")
    if form in data["generic_forms"]:
        return None
    context = data["context_words"].get(title)
    if context is not None and not any(t.text in context for t in doc):
        return None
    offices = data["generic_titles"].get(title, [title])  # "the majority leader": either one
    if day:
        holders = [h for office in offices if (h := appointee_at(office, day)) is not None]
    else:
        holders = [h for office in offices for h in every_holder(office)]
        held = [(surname, givens) for _, surname, givens in holders]
        other = _other_office(offices, held, persons, recent, doc)
        return named_holder(held, persons, {k: v for k, v in recent.items() if k not in other})
    return named_holder([(surname, givens) for _, surname, givens in holders], persons, recent)


def _other_office(
    offices: Sequence[str],
    held: Sequence[tuple[str, frozenset[str]]],
    persons: Sequence[PersonCluster],
    recent: Mapping[int, int],
    doc: Doc,
) -> set[int]:
    """Among two or more persons of an undated text who each held one of ``offices`` at some
    time, those the text shows in another dated office held at other times: the text speaks of
    "the chancellor", whom of its persons only Gordon Brown ever was, so it is set in his
    chancellorship, and "the prime minister" there is Tony Blair, not Brown (prime minister only
    after it)."""
    fitting = [k for k in recent if named_holder(held, persons, {k: 0}) is not None]
    if len(fitting) < 2:
        return set()
    text = doc.text.lower()
    out: set[int] = set()
    for other in dated_offices() - set(offices):
        if not _definite_office(other).search(text):
            continue
        others = [(s, g) for _, s, g in every_holder(other)]
        holders = [k for k in recent if named_holder(others, persons, {k: 0}) is not None]
        if len(holders) != 1 or holders[0] not in fitting:
            continue  # "the chancellor" may be more than one person of the text
        surname = fold_name(persons[holders[0]].surname)
        mine = [t for office in offices for t in terms_of(office, surname)]
        theirs = terms_of(other, surname)
        if not any(a < d and c < b for a, b in mine for c, d in theirs):
            out.add(holders[0])
    return out


@functools.cache
def _definite_office(office: str) -> re.Pattern[str]:
    """ "the <office>" in a lower-cased text ("the chancellor"), compiled once per office."""
    return re.compile(rf"\bthe {re.escape(office.lower())}\b")


def named_holder(
    held: Iterable[tuple[str, frozenset[str]]],
    persons: Sequence[PersonCluster],
    recent: Mapping[int, int],
) -> int | None:
    """The one person of ``recent`` named in full whose folded surname and a given name are
    those of one of ``held`` (an office's holders, as ``legislators`` gives them); None when
    nobody or two fit."""
    held = list(held)
    found = {
        k
        for k in recent
        for surname, givens in held
        if persons[k].names
        and fold_name(persons[k].surname) == surname
        and any(given_forms(g) & givens for g in persons[k].givens)
    }
    return found.pop() if len(found) == 1 else None
