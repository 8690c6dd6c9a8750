"""Name normalisation shared by resolution and the gazetteer: titles off, keys on, stable slugs.

Resolution compares people by a *name key* ``first|last`` (plus ``jr``/``sr``), so "Donald John
Trump" and "Donald Trump" meet while "Donald Trump Jr." stays apart. Titles are data
(``data/titles.json``); the rest of the parsing (parenthesised nicknames, suffixes, middle names)
is nameparser's job.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from nameparser import HumanName

__all__ = [
    "PersonName",
    "fold",
    "slugify",
    "parse_person",
    "strip_titles",
    "title_hints",
    "normalize_party",
    "entity_key",
    "looks_like_name",
    "initials",
]

_FAMILY_SUFFIXES = {"jr", "sr"}  # namesakes in the news (Donald Trump Jr.); roman numerals are not
_FUNCTION_WORDS = {
    "of",
    "the",
    "and",
    "for",
    "on",
    "to",
    "in",
    "at",
    "de",
    "la",
    "du",
    "van",
    "von",
}


@cache
def _data(name: str) -> Any:
    return json.loads(resources.files("polkg.graph").joinpath("data", name).read_text("utf-8"))


def _title_words() -> frozenset[str]:
    return frozenset(_data("titles.json")["title_words"])


def office_titles() -> dict[str, str]:
    """Spelling of an office title -> normalised title ("Sen." -> "senator")."""
    return dict(_data("titles.json")["office_titles"])


def gazetteer_term_titles() -> dict[str, str]:
    """congress-legislators term type -> office title ("sen" -> "Senator")."""
    return dict(_data("titles.json")["gazetteer_term_titles"])


_DROP = re.compile(r"['\u2019.]")
_NON_WORD = re.compile(r"[^a-z0-9\- ]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lowercase ASCII with punctuation dropped: the comparison form of a name."""
    text = _DROP.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _NON_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


def slugify(text: str, default: str = "entity") -> str:
    """The IRI local name of a label: lowercase ASCII words joined by hyphens, apostrophes and
    dots dropped ("People's Party" -> "peoples-party"); ``default`` when nothing is left."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019.]", "", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or default


def _tokens(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    text = re.sub(r"'s$", "", text)  # possessive: "Trump's"
    return text.split(" ") if text else []


def _tok_fold(token: str) -> str:
    return fold(token).replace(" ", "")


@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """Drop leading titles: "Former Attorney General Jeff Sessions" -> "Jeff Sessions".

    Cuts after the last title word that still leaves at least one token, so "Alabama Sen. Doug
    Jones" loses "Alabama Sen." while "Jim Justice" keeps its surname.
    """
    tokens = _tokens(name)
    trailing = frozenset(_data("titles.json")["trailing_words"])
    while len(tokens) > 1 and _tok_fold(tokens[-1]) in trailing:
        tokens.pop()  # "President Trump Thursday"
    words = _title_words()
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if "(" in token:  # a parenthesised nickname belongs to the name
            break
        low = _tok_fold(token)
        if (
            low in words
            or all(part in words | {"ex", "then"} for part in low.split("-"))
            or (token[:1].islower() and low not in _FUNCTION_WORDS - {"the", "of"})
        ):
            cut = i + 1
    return " ".join(tokens[cut:])


@lru_cache(maxsize=65536)
def title_hints(name: str) -> frozenset[str]:
    """Normalised office titles written before a name: "President Trump" -> {"president"}."""
    tokens = _tokens(name)
    stripped = _tokens(strip_titles(name))
    start = next((i for i in range(len(tokens)) if tokens[i : i + len(stripped)] == stripped), 0)
    prefix = [
        part
        for t in tokens[:start]
        for part in _tok_fold(t).split("-")  # "Then-Sen.", "Vice-President"
        if part not in ("ex", "then")
    ]
    titles = office_titles()
    hints: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(prefix) - n + 1):
            phrase = " ".join(prefix[i : i + n])
            if phrase in titles:
                hints.add(titles[phrase])
    if "vice president" in hints:
        hints.discard("president")
    return frozenset(hints)


@dataclass(frozen=True)
class PersonName:
    """A personal name split for matching; ``first`` is empty for a bare surname."""

    first: str
    last: str
    middle: str = ""  # initials of the middle names, upper case ("HW" for "H.W.")
    suffix: str = ""  # folded family suffix ("jr", "sr") or ""
    nickname: str = ""
    display: str = ""  # the name as written, titles stripped

    @property
    def bare(self) -> bool:
        return not self.first

    def keys(self) -> set[str]:
        """Name keys ``first|last[|jr]`` (with the nickname as a second first name)."""
        if self.bare:
            return set()
        tail = f"|{self.suffix}" if self.suffix else ""
        firsts = {self.first} | ({self.nickname} if self.nickname else set())
        return {f"{f}|{self.last}{tail}" for f in firsts if f}


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName | None:
    """Parse a surface form into a PersonName, or None when nothing name-like is left."""
    return _parse_untitled(strip_titles(name))


@lru_cache(maxsize=65536)
def _parse_untitled(display: str) -> PersonName | None:
    """``parse_person`` of a name without its titles, kept per name: the forms of one person
    differ by their titles ("Sen. Ted Cruz", "Ted Cruz"), and nameparser's parse is most of
    the first graph build of a run (552 parses of 346 names for 40 articles)."""
    if not display or not any(c.isalpha() for c in display):
        return None
    tokens = display.split(" ")
    if len(tokens) == 1:
        if not tokens[0][:1].isupper():
            return None
        return PersonName(first="", last=_tok_fold(tokens[0]), display=display)
    human = HumanName(display)
    suffix_words = {_tok_fold(s) for s in re.split(r"[ ,]+", human.suffix) if s}
    suffix = next((s for s in sorted(suffix_words) if s in _FAMILY_SUFFIXES), "")
    first, last = _tok_fold(human.first), _tok_fold(human.last)
    if not last:  # e.g. "Sacha Baron" parsed oddly: fall back to the tokens
        first, last = _tok_fold(tokens[0]), _tok_fold(tokens[-1])
    if not first:  # "Trump Jr." and the like
        return PersonName(first="", last=last, suffix=suffix, display=display)
    if not display[:1].isupper():
        return None
    return PersonName(
        first=first,
        last=last,
        middle=initials(human.middle),
        suffix=suffix,
        nickname=_tok_fold(human.nickname),
        display=display,
    )


def initials(middle: str | None) -> str:
    """Initials of middle names as written: "H. W." and "H.W." -> "HW", "John" -> "J"."""
    if not middle:
        return ""
    words = [w for w in re.split(r"[\s.]+", middle) if w and not w.startswith("(")]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def normalize_party(party: str | None) -> str | None:
    """Canonical party name ("GOP" -> "Republican Party"); unknown spellings pass through."""
    if not party or not party.strip():
        return None
    table: dict[str, str] = _data("parties.json")
    key = fold(party)
    return table.get(key, party.strip())


def entity_key(name: str) -> str:
    """Comparison key of a non-person name: folded, without a leading article or possessive."""
    key = fold(re.sub(r"['\u2019]s\b", "", name))
    key = re.sub(r"^(the|a|an) ", "", key)
    return key


def looks_like_name(text: str) -> bool:
    """A proper name ("Department of Justice", "DOJ"), not a description ("the investigation")."""
    tokens = _tokens(text)
    if not tokens:
        return False
    if len(tokens) == 1:
        word = tokens[0]
        return len(word) >= 2 and word.isupper() and word.isalpha()
    content = [t for t in tokens if t.lower() not in _FUNCTION_WORDS]
    return bool(content) and all(t[:1].isupper() or t[:1].isdigit() for t in content)
