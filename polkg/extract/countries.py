"""Countries as actors: a place the model tags GPE that is a state ("Saudi Arabia", "Britain").

A country that criticises, backs or opposes is one actor (DESIGN.md: ``pol:Country``), not a
Place. The names come from PETRARCH2's Phoenix country dictionary, converted by
``scripts/convert_petrarch.py`` into ``patterns/countries.json``; cities and demonyms are not in it.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

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


@functools.cache
def _capitals() -> dict[str, str]:
    return {k.casefold(): v for k, v in words("capitals")["capitals"].items()}


def capital_country(name: str) -> str | None:
    """The country a capital may stand for ("Moscow" -> "Russia"; ``patterns/capitals.json``)."""
    return _capitals().get(name.casefold().strip())


def parties_out_of_context(spans: list[Span]) -> set[Span]:
    """The party spans of a word that names a party only in an article about its country
    ("Conservative", `governments.json` 'country_bound_parties') when the article names no
    other party of that country, or when the word starts a longer name the model found
    ("Conservative Political Action Conference"): an adjective there, no party."""
    data = words("governments")
    bound, countries = data["country_bound_parties"], data["party_countries"]
    homes = {countries.get(sp.id_) for sp in spans if sp.label_ == "PARTY" and sp.text not in bound}
    out = set()
    for sp in spans:
        if sp.label_ != "PARTY" or sp.text not in bound:
            continue
        doc = sp.doc
        inside_name = sp.end < len(doc) and doc[sp.end].ent_iob_ == "I"
        if inside_name or countries.get(sp.id_) not in homes - {None}:
            out.add(sp)
    return out
