"""Social-media handles as references to the persons the text names.

"'.@realDonaldTrump saying that he might not accept election results is beyond the pale,'
tweeted Sen. Jeff Flake" judges Donald Trump, whom the article names, by his handle. A handle
("@realDonaldTrump", ".@SenRandPaul") refers to the one person of the document whose surname its
letters spell (at least ``min_surname_letters`` long, ``patterns/handles.json``); when several
persons share that surname, the one whose given name is spelled too. A handle that spells nobody
the text names (a reporter's, an outlet's, "@POTUS") stays unresolved: the text must name the
person, so no handle brings in anyone new.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from polkg.extract.lexicon import words
from polkg.extract.mentions import DocState

_LIMITS: dict[str, int] = {
    k: v for k, v in words("handles").items() if not k.startswith("_") and isinstance(v, int)
}
_HANDLE = re.compile(r"^\.?@(\w{3,})$")
_LETTERS = re.compile(r"[^a-z]")


def handle_letters(text: str) -> str | None:
    """The lowercase letters of a handle token ("@realDonaldTrump" -> "realdonaldtrump"), or
    None when ``text`` is no handle."""
    m = _HANDLE.match(text)
    return _LETTERS.sub("", m.group(1).lower()) if m else None


class Handles:
    """Who a handle token names, among the persons of one document (``handle``)."""

    def __init__(self, state: DocState) -> None:
        self.state = state

    def handle(self, tok: Token) -> int | None:
        """The one person the handle ``tok`` spells (see the module), or None."""
        letters = handle_letters(tok.text)
        if not letters:
            return None
        persons = self.state.persons
        found = [
            k
            for k, p in enumerate(persons)
            if len(surname := _LETTERS.sub("", p.surname.lower())) >= _LIMITS["min_surname_letters"]
            and surname in letters
        ]
        if len(found) > 1:  # "@realDonaldTrump" beside Ivanka Trump
            found = [
                k
                for k in found
                if any(
                    len(g) >= _LIMITS["min_given_letters"] and _LETTERS.sub("", g) in letters
                    for g in persons[k].givens
                )
            ]
        return found[0] if len(found) == 1 else None
