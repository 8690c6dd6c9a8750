"""A bill's number apposed to its name is one bill: "H.R. 4167, the National Uniformity for Food
Act" and "the Ojito Wilderness Act (S. 156)" make one Legislation, named by the form the text
gives first (as the annotators name it), with the other as an alias.

Press releases cite a bill by number and name side by side. Kept apart, the document seems to
name two bills, so "the bill" or "this legislation" after them resolves to neither (a generic
bill noun stands for the document's one named bill), and a stance taken on the number is not
one on the named bill. Only a number and a name next to each other in one sentence, with
nothing but punctuation or "the" between them, are merged. Word lists:
``patterns/bill_numbers.json``.
"""

from __future__ import annotations

import re

from polkg.extract.lexicon import words
from polkg.extract.mentions import DocState, Owner

_DATA = words("bill_numbers")
NUMBER = re.compile(_DATA["number_pattern"])
JOINERS = frozenset(_DATA["joiners"])


def merge_numbered_bills(state: DocState) -> None:
    """Fold every bill number apposed to a named bill into that bill's entity."""
    doc = state.doc
    bills = sorted(
        (m for m in state.mentions if m[2].is_other and m[2].other[0] == "Legislation"),
        key=lambda m: m[0],
    )
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for (s1, e1, o1), (s2, _e2, o2) in zip(bills, bills[1:], strict=False):
        if o1 == o2 or s2 < e1 or doc[s1].sent.start != doc[s2].sent.start:
            continue
        if not all(t.text in JOINERS or t.lower_ in JOINERS for t in doc[e1:s2]):
            continue
        if _numbered(state, o1) == _numbered(state, o2):
            continue  # two numbers, or two names: not one bill's number and name
        a, b = _root(merged, o1.other), _root(merged, o2.other)
        if a != b:  # the form the text names it by first stays its name
            first = state.others[a].first_token <= state.others[b].first_token
            merged[b if first else a] = a if first else b
    for later in merged:
        fold(state, later, _root(merged, later))


def _root(merged: dict[tuple[str, str], tuple[str, str]], key: tuple[str, str]) -> tuple[str, str]:
    while key in merged:
        key = merged[key]
    return key


def _numbered(state: DocState, owner: Owner) -> bool:
    return bool(NUMBER.match(state.others[owner.other].name))


def fold(state: DocState, later: tuple[str, str], kept: tuple[str, str]) -> None:
    """Every mention and token of the ``later`` entity now belongs to ``kept``."""
    gone = state.others.pop(later, None)
    if gone is None or kept not in state.others:
        return
    target = state.others[kept]
    target.first_token = min(target.first_token, gone.first_token)
    target.aliases.extend(a for a in gone.aliases if a not in target.aliases)
    old, new = Owner.of_other(later), Owner.of_other(kept)
    state.mentions[:] = [(s, e, new if o == old else o) for s, e, o in state.mentions]
    state.owner[:] = [new if o == old else o for o in state.owner]
