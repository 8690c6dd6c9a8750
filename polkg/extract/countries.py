"""Countries as actors: a place the model tags GPE that is a state ("Saudi Arabia", "Britain").

A country that criticises, backs or opposes is one actor (DESIGN.md: ``pol:Country``), not a
Place. The names come from PETRARCH2's Phoenix country dictionary, converted by
``scripts/convert_petrarch.py`` into ``patterns/countries.json``; cities and demonyms are not in it.
"""

from __future__ import annotations

import functools

from polkg.extract.lexicon import words


@functools.cache
def _countries() -> dict[str, str]:
    names: dict[str, str] = words("countries")["countries"]
    return {name.casefold(): code for name, code in names.items()}


def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country name ("the United States" -> "USA"), else None."""
    key = name.casefold().strip()
    if key.startswith("the "):
        key = key[4:]
    return _countries().get(key)


@functools.cache
def _physical_verbs() -> frozenset[str]:
    return frozenset(words("cameo_verbs")["physical"])


def physical_between_states(lemma: str, subject_type: str, object_type: str) -> bool:
    """Whether a verb of force (CAMEO 18x-20x: attack, strike, hammer, pound) links a country:
    "Russia attacked Ukraine" is a military act, not criticism; "Trump hammered Sessions" stays."""
    return "Country" in (subject_type, object_type) and lemma.lower() in _physical_verbs()


@functools.cache
def _demonyms() -> dict[str, str]:
    names: dict[str, str] = words("countries")["demonyms"]
    return {name.casefold(): code for name, code in names.items()}


def demonym_code(word: str) -> str | None:
    """The country code of a demonym ("Afghan" -> "AFG", "British" -> "GBR"), else None."""
    return _demonyms().get(word.casefold().strip())


def government_name(code: str) -> str:
    """The name polkg gives a country's government ("GBR" -> "UK government")."""
    names: dict[str, str] = words("countries")["governments"]
    return names.get(code, f"{code} government")
