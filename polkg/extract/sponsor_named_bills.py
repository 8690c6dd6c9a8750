"""A bill named by its sponsors' surnames and a generic bill noun is the text's one titled bill:
"the Feinstein/Talent legislation" in a release about S. 103, "the Landrieu-Stevens
legislation" in one about the First Response Broadcasters Act.

``actors.Actors._bill_by_name`` makes "the Stabenow-Levin legislation" a bill of its own (in a
text that names no other, it is the one the senator co-sponsors). Beside a bill the text names by
its title or number, the sponsors' form is that bill under another name: kept apart, the
document would seem to name two bills, and "this legislation" would resolve to neither. So it
is folded into the one titled bill (whose title stays its name), and where the
text names other laws but not exactly one titled bill it is no entity at all, as before polkg
read such names. Word lists: ``patterns/bill_references.json`` (`sponsor_named_bill_nouns`,
the surname forms) and ``patterns/bill_kinds.json`` (`bill_heads`, the titled bills).
"""

from __future__ import annotations

import re

from polkg.extract.bill_numbers import NUMBER, fold
from polkg.extract.lexicon import word_sets
from polkg.extract.mentions import DocState, Owner

_SPONSOR_NOUNS = word_sets("bill_references")["sponsor_named_bill_nouns"]
_TITLED_HEADS = word_sets("bill_kinds")["bill_heads"]
# "Stabenow-Levin legislation", "Feinstein/Talent legislation": capitalised surnames joined by
# hyphens or slashes (as the text writes them, ``actors._sponsors_joined``) and a sponsor noun
_SPONSOR_FORM = re.compile(r"^[A-Z][a-z]+(?:[-/][A-Z][a-zA-Z]+)* (\w+)$")


def fold_sponsor_named_bills(state: DocState) -> None:
    """Fold each sponsor-named bill into the text's one titled bill, or unmake it where the
    text names other laws but not exactly one titled bill."""
    sponsored = [key for key in state.others if _sponsor_named(state, key)]
    if not sponsored:
        return
    others = [key for key in state.others if key[0] == "Legislation" and key not in sponsored]
    titled = [key for key in others if _titled(state.others[key].name)]
    for key in sponsored:
        if len(titled) == 1:
            fold(state, key, titled[0])
        elif others:
            _unmake(state, key)


def _sponsor_named(state: DocState, key: tuple[str, str]) -> bool:
    if key[0] != "Legislation":
        return False
    found = _SPONSOR_FORM.match(state.others[key].name)
    return found is not None and found.group(1).lower() in _SPONSOR_NOUNS


def _titled(name: str) -> bool:
    """A bill named by its title ("... Act", "... Bill") or its number ("S. 103")."""
    return bool(NUMBER.match(name)) or name.split()[-1].lower() in _TITLED_HEADS


def _unmake(state: DocState, key: tuple[str, str]) -> None:
    """The entity of ``key`` is gone: its mentions and tokens belong to nobody."""
    state.others.pop(key, None)
    gone = Owner.of_other(key)
    state.mentions[:] = [m for m in state.mentions if m[2] != gone]
    state.owner[:] = [None if o == gone else o for o in state.owner]
