"""The holder of an appointed federal office on the document's date as a reference's referent.

News text names an official once ("Jeff Sessions") and then calls him by the office alone ("the
attorney general", "Trump called his attorney general 'very weak'"), often without ever writing
the title before his name, so nothing in the text ties the two. The dated terms of
``patterns/office_terms.json`` and ``office_holders.json`` (``legislators.appointee_at``) say who
held the office that day; the reference is that person when the text has named him before it,
given name and surname, and is left open otherwise: never a new person (unlike "the president",
whom every US politics story may mean), never in an acting holder's days. An undated text (the
BBC's) may mean anyone who ever held the office: the reference is the one such person it named.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc

from polkg.extract.legislators import appointee_at, every_holder, fold_name
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
    return named_holder([(surname, givens) for _, surname, givens in holders], persons, recent)


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
