"""polkg's word lists: the JSON files in ``polkg/extract/patterns/``, each read once per process.

Word lists are data, not code: a user extends them by editing the files. ``words(name)`` is the
one loader; the helpers below are the tables several layers share (given names by gender,
nicknames, famous office holders), so mentions, persons and references read the same data.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span

PATTERN_DIR = Path(__file__).with_name("patterns")


@functools.cache
def words(name: str) -> Any:
    """The parsed ``patterns/<name>.json``."""
    with open(PATTERN_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """Every list of ``patterns/<name>.json`` as a frozenset of lower-case words."""
    return {
        key: frozenset(w.lower() for w in value)
        for key, value in words(name).items()
        if isinstance(value, list) and not key.startswith("_")
    }


@functools.cache
def given_genders() -> dict[str, str]:
    """Lower-case given name -> "male" / "female" (``entities_given_names.json``)."""
    data = words("entities_given_names")
    return {n: g for g in ("female", "male") for n in data[g]}


def given_name_gender(name: str) -> str | None:
    """The gender a given name tells, if it tells one: the one gender rule of extraction."""
    return given_genders().get(name.lower())


@functools.cache
def nicknames() -> dict[str, frozenset[str]]:
    """Given name (lowercase) -> the set of its equivalent forms (itself included)."""
    table: dict[str, set[str]] = {}
    for group in words("entities_nicknames")["groups"]:
        members = {g.lower() for g in group}
        for name in members:
            table.setdefault(name, set()).update(members)
    return {name: frozenset(forms) for name, forms in table.items()}


def given_forms(given: str) -> frozenset[str]:
    """A given name and its nicknames ("bob" -> {"bob", "robert", ...})."""
    g = given.lower()
    return nicknames().get(g, frozenset({g}))


@functools.cache
def famous_holders() -> dict[str, dict[str, str]]:
    """Office title -> surname -> full name ("President" -> "obama" -> "Barack Obama")."""
    return {k: v for k, v in words("entities_famous").items() if not k.startswith("_")}


@functools.cache
def famous_full_names() -> frozenset[tuple[str, ...]]:
    """("jeff", "sessions"), ("donald", "trump"), ...: two-word names of famous office holders."""
    return frozenset(
        tuple(full.lower().split())
        for table in famous_holders().values()
        if isinstance(table, dict)
        for full in table.values()
        if isinstance(full, str) and len(full.split()) == 2
    )


def named_policy(name: str) -> bool:
    """A named policy or slogan, no bill before a legislature ("the War on Drugs", "a public
    option": ``bill_kinds.json`` ``policy_names``): no bill noun means it, and a text naming
    only such policies names no law."""
    key = name.lower().replace("-", " ").removeprefix("the ").removeprefix("a ")
    return key.startswith(_policy_names())


@functools.cache
def _policy_names() -> tuple[str, ...]:
    return tuple(words("bill_kinds")["policy_names"])


@functools.cache
def vader_valences() -> dict[str, float]:
    """VADER's word -> mean valence (-4..4), read from the ``vaderSentiment`` package (MIT,
    credited in NOTICE): broad, human-rated polarity instead of one more hand list."""
    from importlib import resources

    text = (
        resources.files("vaderSentiment")
        .joinpath("vader_lexicon.txt")
        .read_bytes()
        .decode("utf-8", errors="replace")
    )
    valences: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha() and len(parts[0]) > 2:
            try:
                valences[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return valences


@functools.cache
def derived_judgement_words() -> frozenset[str]:
    """The one-word judgements derived from BASIL ("henchmen", "demagogue";
    ``quote_judgements.json``, scripts/build_quote_judgements.py)."""
    return frozenset(w.lower() for w in words("quote_judgements")["negative"] if " " not in w)


@functools.cache
def judgement_words() -> tuple[frozenset[str], frozenset[str]]:
    """(negative, positive) evaluative words: VADER's clearly rated words, less the states and
    events ``judgement_polarity.json`` says judge nobody, plus its own additions and the
    disparaging words of ``cues_quotes.json`` and the one-word judgements derived from BASIL
    (``quote_judgements.json``, quote_judgements.py)."""
    data = words("judgement_polarity")
    floor = float(data["vader_min_valence"])
    valences = vader_valences()
    not_negative = frozenset(w.lower() for w in data["not_judgements"])
    not_positive = frozenset(w.lower() for w in data["not_praise"])
    negative = {w for w, v in valences.items() if v <= -floor} - not_negative
    positive = {w for w, v in valences.items() if v >= floor} - not_positive
    negative |= {w.lower() for w in data["negative"]} | word_sets("cues_quotes")["disparaging"]
    negative |= derived_judgement_words()
    return frozenset(negative), frozenset(positive - negative)


@functools.cache
def _us_states() -> dict[str, str]:
    """Lower-case state name or abbreviation -> state name (``us_states.json``)."""
    table: dict[str, str] = {}
    for state, forms in words("us_states")["states"].items():
        for form in (state, *forms):
            table[form.lower()] = state
            table[form.lower().rstrip(".")] = state
    return table


def us_state(text: str) -> str | None:
    """The US state a name or abbreviation stands for ("Calif." -> "California"), if any."""
    return _us_states().get(text.strip().lower())


def span_holds(span: Span, entries: frozenset[str]) -> bool:
    """Whether a span holds one of a word list's entries: a word by its lower form or lemma, an
    entry of several words as lower-case text (the rules' ``requires_any`` and the result rules'
    election words read their lists the same way)."""
    text = span.text.lower()
    for tok in span:
        if tok.lower_ in entries or tok.lemma_.lower() in entries:
            return True
    return any(" " in entry and entry in text for entry in entries)
