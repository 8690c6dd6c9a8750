"""The span ruler's token patterns, matched only in documents that hold the words they need.

spaCy's ``Matcher`` starts every pattern at every token, so its cost grows with patterns times
tokens (about 1 s of CPU on 40 news articles for polkg's 72 token patterns, the largest part
of polkg's own work beside the spaCy model). Nearly every pattern needs some exact word: a
token that must be there (no operator, or ``+``) and whose ``TEXT``/``ORTH`` or ``LOWER`` is a
string, an ``IN`` list or a ``REGEX``. A pattern can only match in a document that holds such a
word for each of those tokens, so ``WordGatedMatcher`` matches a document with a ``Matcher`` of
only those patterns (about a third of them in a political news article).

The span ruler pools, deduplicates and sorts the matches of its matchers, and the matches of one
pattern never depend on the other patterns (the ruler uses no greedy filter and no callbacks),
so its spans are exactly those of one ``Matcher`` of every pattern.

Within those matchers a word test the Matcher would make by calling Python (a ``REGEX`` or
``NOT_IN`` on ``TEXT``/``ORTH``/``LOWER``) is a lexeme flag instead (``_LexemeFlags``), set once
per word of the vocabulary and tested in C. The Matcher calls such a predicate at every token
where its pattern may start: on 40 news articles the ruler's matching went 0.99 -> 0.62 s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, cast

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# token attributes whose words a document is tested for, by the attribute spaCy compares
_WORD_ATTRS = {"TEXT": ORTH, "ORTH": ORTH, "LOWER": LOWER}
# operators after which the token must be in every match
_REQUIRED_OPS = {None, "+"}
# distinct possible-pattern sets whose Matcher is kept (a Matcher takes ~3 ms to build)
_CACHED_MATCHERS = 64
# the lexeme flags spaCy leaves free (``FLAG19``-``FLAG63``; 1-18 are ``IS_ALPHA`` and the like)
_FREE_FLAGS = range(19, 64)
# word tests made lexeme flags: ``REGEX`` and ``NOT_IN``; an ``IN`` list that starts a pattern is
# split into words the Matcher tests in C (``_first_words_apart``), elsewhere it is rarely reached
_FLAGGED_OPS = ("REGEX", "NOT_IN")


@dataclass(frozen=True)
class _Needed:
    """One word a pattern needs: a token with attribute ``attr`` (ORTH or LOWER) that is one of
    ``words`` (string hashes) or, when ``regex`` is set, whose text it finds. ``flag``: the
    lexeme flag that is true exactly on the words ``regex`` finds (``_LexemeFlags``), when the
    regex has one: then the document's tokens are asked for the flag, in C, instead of the
    regex searching each distinct word of the document in Python."""

    attr: int
    words: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None
    flag: int | None = None

    def held(self, doc_words: _DocWords) -> bool:
        if self.regex is None:
            return not doc_words.hashes(self.attr).isdisjoint(self.words)
        if self.flag is not None:
            return doc_words.flagged(self.flag)
        return any(self.regex.search(text) for text in doc_words.texts(self.attr))


class _DocWords:
    """The distinct ORTH and LOWER values of a document and whether any of its tokens has a
    lexeme flag, each read from the document's arrays when first asked for."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._hashes: dict[int, set[int]] = {}
        self._texts: dict[int, list[str]] = {}
        self._flags: dict[int, bool] = {}

    def hashes(self, attr: int) -> set[int]:
        if attr not in self._hashes:
            self._hashes[attr] = set(self._doc.to_array(attr).tolist())
        return self._hashes[attr]

    def texts(self, attr: int) -> list[str]:
        if attr not in self._texts:
            strings = self._doc.vocab.strings
            self._texts[attr] = [strings[h] for h in self.hashes(attr)]
        return self._texts[attr]

    def flagged(self, flag: int) -> bool:
        if flag not in self._flags:
            self._flags[flag] = bool(self._doc.to_array(flag).any())
        return self._flags[flag]


class WordGatedMatcher:
    """A stand-in for the span ruler's token ``Matcher`` (``ruler.matcher``): the same patterns,
    each run only on documents holding the words it needs (see the module docstring)."""

    def __init__(self, vocab: Vocab, fuzzy_compare: Callable[..., bool]) -> None:
        self.vocab = vocab
        self._fuzzy_compare = fuzzy_compare
        self._patterns: list[tuple[str, list[dict[str, Any]], tuple[_Needed, ...]]] = []
        self._flags = _LexemeFlags(vocab)
        # each pattern as the per-document matchers take it: flagged, first words apart
        self._prepared: list[list[list[dict[str, Any]]]] = []
        # every pattern in one Matcher: validates each pattern as it is added
        self._all = self._new_matcher()
        self._matcher_of = lru_cache(maxsize=_CACHED_MATCHERS)(self._build)

    def _new_matcher(self, validate: bool = True) -> Matcher:
        return Matcher(self.vocab, validate=validate, fuzzy_compare=self._fuzzy_compare)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self._all.add(key, patterns)
        for pattern in patterns:
            needed = tuple(self._flags.with_flag(n) for n in _needed_words(pattern, self.vocab))
            self._patterns.append((key, pattern, needed))
            self._prepared.append(_first_words_apart(self._flags.flagged(pattern)))
        self._matcher_of.cache_clear()

    def __len__(self) -> int:
        return len(self._all)

    def __contains__(self, key: str) -> bool:
        return key in self._all

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` of every pattern in ``doc``, as one Matcher of all gives
        them (the order may differ; the span ruler sorts)."""
        doc_words = _DocWords(doc)
        possible = tuple(
            k
            for k, (_key, _pattern, needed) in enumerate(self._patterns)
            if all(need.held(doc_words) for need in needed)
        )
        if not possible:
            return []
        matcher = self._all if len(possible) == len(self._patterns) else self._matcher_of(possible)
        return list(matcher(doc))

    def _build(self, indices: tuple[int, ...]) -> Matcher:
        """A Matcher of the patterns ``indices`` (validated already, as the matcher of all took
        them: validating again was a third of the build), as ``add`` prepared them."""
        matcher = self._new_matcher(validate=False)
        for k in indices:
            matcher.add(self._patterns[k][0], self._prepared[k])
        return matcher


def _first_words_apart(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``pattern`` as one pattern per word when its first token is one of several exact words
    (an ``IN`` list of ``TEXT``/``ORTH``/``LOWER``, no operator), else as it is. The Matcher
    tries every pattern's first token at every token of a document; an ``IN`` list is a Python
    predicate called there, a single word a test in C (about a tenth of the ruler's matching).
    A token has one value of each attribute, so at most one of the patterns matches where the
    list did, with the same match: the matches are the same. A first token's ``IN`` list of tags
    (``TAG``) is split the same way when it has no word list."""
    first, rest = pattern[0], pattern[1:]
    if first.get("OP") is not None:
        return [pattern]
    keys = [k for k in first if _WORD_ATTRS.get(k.upper()) is not None]
    for key in [*keys, *(k for k in first if k.upper() == "TAG")]:
        value = first[key]
        if not isinstance(value, dict):
            continue
        if set(value) != {"IN"} or not isinstance(value["IN"], list):
            continue
        if not value["IN"] or not all(isinstance(word, str) for word in value["IN"]):
            continue
        return [[{**first, key: word}, *rest] for word in dict.fromkeys(value["IN"])]
    return [pattern]


# each word test's flag getter, made once per process, so that a vocabulary's flag is found again
# by its getter (``vocab.lex_attr_getters``) and shared by every matcher on that vocabulary
_GETTERS: dict[tuple[str, Any, Any], Callable[[str], bool]] = {}


def _getter(op: str, value: Any, lower: Callable[[str], str] | None) -> Callable[[str], bool]:
    """The flag getter of a word test, true for the few words it singles out: those ``REGEX``
    finds, those of a ``NOT_IN`` list (the pattern then asks for the flag to be false). With
    ``lower``, on the word's lower-case form, as the vocabulary computes a lexeme's ``LOWER``."""
    key = (op, value, lower)
    if key not in _GETTERS:
        if op == "REGEX":
            search = re.compile(value).search
            if lower is None:
                _GETTERS[key] = lambda text: search(text) is not None
            else:
                _GETTERS[key] = lambda text: search(lower(text)) is not None
        elif lower is None:
            _GETTERS[key] = value.__contains__  # a set's test in C
        else:
            _GETTERS[key] = lambda text: lower(text) in value
    return _GETTERS[key]


class _LexemeFlags:
    """A vocabulary's word tests as lexeme flags (module docstring). A token's ``ORTH`` and
    ``LOWER`` are its lexeme's, so a flag is true exactly where the predicate is (``REGEX``)
    or is not (``NOT_IN``); spaCy sets it on every word of the vocabulary, old and new. A test
    that finds no free flag stays a predicate."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab: Any = cast(Any, vocab)  # (spaCy's stub lacks lex_attr_getters, add_flag)
        getters: dict[int, Any] = self.vocab.lex_attr_getters
        self.lower = getters.get(LOWER)

    def flagged(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``pattern`` with each word test that gets a flag replaced by ``FLAGn: true/false``."""
        return [self._token(token) for token in pattern]

    def _token(self, token: dict[str, Any]) -> dict[str, Any]:
        out = dict(token)
        for key, value in token.items():
            attr = _WORD_ATTRS.get(key.upper())
            if attr is None or not isinstance(value, dict):
                continue
            left = dict(value)
            for op in _FLAGGED_OPS:
                flag = self._flag(attr, op, value[op]) if op in value else None
                if flag is not None:
                    del left[op]
                    out[f"FLAG{flag}"] = op == "REGEX"
            if left:
                out[key] = left
            else:
                del out[key]
        return out

    def with_flag(self, needed: _Needed) -> _Needed:
        """``needed`` with the flag of its regex (the one a pattern's ``REGEX`` test on the
        same attribute gets), when it is a regex and a flag is free."""
        if needed.regex is None:
            return needed
        flag = self._flag(needed.attr, "REGEX", needed.regex.pattern)
        return needed if flag is None else replace(needed, flag=flag)

    def _flag(self, attr: int, op: str, value: Any) -> int | None:
        if attr == LOWER and self.lower is None:
            return None
        lower = self.lower if attr == LOWER else None
        if op == "REGEX" and isinstance(value, str):
            getter = _getter(op, value, lower)
        elif op == "NOT_IN" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            getter = _getter(op, frozenset(value), lower)
        else:
            return None
        getters: dict[int, Any] = self.vocab.lex_attr_getters
        for flag, known in getters.items():
            if known is getter:
                return int(flag)
        free = [flag for flag in _FREE_FLAGS if flag not in getters]
        if not free:
            return None
        return int(self.vocab.add_flag(getter, flag_id=free[0]))


def _needed_words(pattern: list[dict[str, Any]], vocab: Vocab) -> tuple[_Needed, ...]:
    """The words ``pattern`` needs, one ``_Needed`` per tested attribute of a required token;
    tests it cannot read (other attributes, other operators) are left out, which only lets
    more documents through."""
    needed: list[_Needed] = []
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for key, value in token.items():
            attr = _WORD_ATTRS.get(key.upper())
            if attr is None:
                continue
            if isinstance(value, str):
                needed.append(_Needed(attr, frozenset([vocab.strings.add(value)])))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                if all(isinstance(v, str) for v in value["IN"]):
                    words = frozenset(vocab.strings.add(v) for v in value["IN"])
                    needed.append(_Needed(attr, words))
            if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                needed.append(_Needed(attr, regex=re.compile(value["REGEX"])))
    return tuple(needed)
