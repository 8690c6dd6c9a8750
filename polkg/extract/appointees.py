"""The holder of an appointed federal office on the document's date as a reference's referent.

News text names an official once ("Jeff Sessions") and then calls him by the office alone ("the
attorney general", "Trump called his attorney general 'very weak'"), often without ever writing
the title before his name, so nothing in the text ties the two. The dated terms of
``patterns/office_terms.json`` and ``office_holders.json`` (``legislators.appointee_at``) say who
held the office that day; the reference is that person when the text has named him before it,
given name and surname, and is left open otherwise: never a new person (unlike "the president",
whom every US politics story may mean), never in an undated text or an acting holder's days.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from polkg.extract.legislators import appointee_at, fold_name
from polkg.extract.lexicon import given_forms, words
from polkg.extract.mentions import PersonCluster


def appointee(
    title: str,
    form: str,
    day: str | None,
    persons: Sequence[PersonCluster],
    recent: Mapping[int, int],
) -> int | None:
    """The person ``title`` (written ``form``) stands for on ``day``: the one person of the
    text named in full before it who held the office then; None otherwise. A lone lower-case
    word with other senses ("the speaker" of a rally) names no office."""
    if form in words("office_terms")["generic_forms"]:
        return None
    holder = appointee_at(title, day)
    if holder is None:
        return None
    _, surname, givens = holder
    found = [
        k
        for k in recent
        if persons[k].names
        and fold_name(persons[k].surname) == surname
        and any(given_forms(g) & givens for g in persons[k].givens)
    ]
    return found[0] if len(found) == 1 else None
