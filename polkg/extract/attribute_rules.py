"""The model's attribute ruler, its rules matched over token columns instead of by spaCy's Matcher.

The small English model's ``attribute_ruler`` maps each tag to a coarse POS and morphology and
corrects some words (179 rules, each a pattern of one or two tokens, each token a conjunction of
exact or ``IN``/``NOT_IN`` tests of TAG, DEP, LOWER and IS_SPACE). spaCy's token ``Matcher``
tries every rule at every token: 1.0-1.4 s of CPU on the bench's 40 articles, about 8% of the
whole pipeline and more than all of polkg's own matching. ``ColumnMatcher`` makes the same tests
as comparisons over the document's token columns (``Doc.to_array``) and returns the same
matches: same rule, same start and end, one per rule and span as the Matcher gives. The ruler
still sorts them and sets every attribute itself, so the annotations are spaCy's.

A pattern of any other form (operators, other attributes or value types) leaves the ruler with
spaCy's Matcher; the ruler's patterns, and so its ``to_bytes`` and the parse cache's key, do not
change (the Matcher stays inside ``ColumnMatcher`` and answers everything but the matching).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

RULER = "attribute_ruler"
# attributes whose pattern values are strings compared by their hash, as the Matcher does
_STRING_ATTRS = {"TAG": "TAG", "DEP": "DEP", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
# lexeme flags whose pattern values are booleans
_FLAG_ATTRS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT"}
# a rule key's pattern: key, number of tokens, (token offset, test row, negated) checks
_Pattern = tuple[int, int, list[tuple[int, int, bool]]]


class _Rules:
    """The ruler's rules as tests of token columns.

    A test (one row of ``passed``) holds for a token when its column's value is among the
    test's values or is found by the test's regex; ``_rows`` gives, per column, the tests each
    value passes (remembered per value, as the Matcher caches its predicates). ``patterns``
    holds each rule key's patterns: length and (token offset, test row, negated) triples, a
    ``NOT_IN`` test being the negation of its ``IN`` row."""

    def __init__(self, compiler: _Compiler, patterns: list[_Pattern]) -> None:
        self.attrs = [IDS[attr] for attr in compiler.attrs]
        self.values = compiler.values
        self.regexes = compiler.regexes
        self.rows = len(compiler.row_of)
        self.patterns = patterns
        self.known: list[dict[int, list[int]]] = [{} for _ in self.attrs]

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        n = len(doc)
        columns = doc.to_array(self.attrs).reshape(n, len(self.attrs))
        passed = np.zeros((self.rows, n), dtype=bool)
        for column in range(len(self.attrs)):
            values, inverse = np.unique(columns[:, column], return_inverse=True)
            hits = [
                (row, j)
                for j, value in enumerate(values.tolist())
                for row in self._rows(column, value, doc.vocab.strings)
            ]
            if hits:
                rows, places = zip(*hits, strict=True)
                by_value = np.zeros((self.rows, len(values)), dtype=bool)
                by_value[list(rows), list(places)] = True
                passed |= by_value[:, inverse.reshape(-1)]
        found: set[tuple[int, int, int]] = set()
        for key, length, checks in self.patterns:
            starts = n - length + 1
            if starts <= 0:
                continue
            mask = np.ones(starts, dtype=bool)
            for offset, row, negated in checks:
                window = passed[row, offset : offset + starts]
                mask &= ~window if negated else window
            found.update((key, s, s + length) for s in np.flatnonzero(mask).tolist())
        return list(found)

    def _rows(self, column: int, value: int, strings: StringStore) -> list[int]:
        rows = self.known[column].get(value)
        if rows is None:
            rows = list(self.values[column].get(value, ()))
            if self.regexes[column]:
                text = strings[value]
                rows += [row for row, regex in self.regexes[column] if regex.search(text)]
            self.known[column][value] = rows
        return rows


class ColumnMatcher:
    """The attribute ruler's ``matcher``: its rules' matches found over token columns."""

    def __init__(self, matcher: Matcher, vocab: Vocab) -> None:
        self.matcher: Any = matcher  # the ruler's own: its patterns, and any other matching
        self.vocab = vocab
        self._compiled_for = -1
        self._rules: _Rules | None = None

    def __getattr__(self, name: str) -> Any:
        if name == "matcher":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: Any) -> bool:
        return key in self.matcher

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> Any:
        rules = self._compiled()
        if rules is None or not allow_missing or as_spans:
            return self.matcher(doc, allow_missing=allow_missing, as_spans=as_spans)
        return rules.matches(doc)

    def _compiled(self) -> _Rules | None:
        """The rules as column tests (None if any pattern has another form), rebuilt when
        the ruler's rules change."""
        size = len(self.matcher)
        if size != self._compiled_for:
            self._compiled_for = size
            self._rules = _compile(self.matcher, self.vocab, size)
        return self._rules


class _Compiler:
    """Collects the columns and value tests of the patterns it is given, as the Matcher reads
    them: a string is compared by its hash, ``IN``/``NOT_IN`` by the hashes of its strings,
    ``REGEX`` searches the value's string, a flag is compared as 0 or 1."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.attrs: list[str] = []
        self.values: list[dict[int, list[int]]] = []
        self.regexes: list[list[tuple[int, re.Pattern[str]]]] = []
        self.row_of: dict[tuple[int, Any], int] = {}

    def pattern(self, pattern: list[dict[str, Any]]) -> list[tuple[int, int, bool]] | None:
        checks = []
        for offset, token in enumerate(pattern):
            if not token:
                return None
            for name, value in token.items():
                test = self._test(name, value)
                if test is None:
                    return None
                checks.append((offset, *test))
        return checks if pattern else None

    def _test(self, name: str, value: Any) -> tuple[int, bool] | None:
        if name in _FLAG_ATTRS and isinstance(value, bool):
            return self._row(name, frozenset({int(value)})), False
        attr = _STRING_ATTRS.get(name)
        if attr is None:
            return None
        if isinstance(value, str):
            return self._row(attr, frozenset({get_string_id(value)})), False
        if not isinstance(value, dict) or len(value) != 1:
            return None
        ((op, operand),) = value.items()
        if op == "REGEX" and isinstance(operand, str):
            return self._row(attr, re.compile(operand)), False
        if op in ("IN", "NOT_IN") and isinstance(operand, list):
            if operand and all(isinstance(word, str) for word in operand):
                return self._row(attr, frozenset(map(get_string_id, operand))), op == "NOT_IN"
        return None

    def _row(self, attr: str, test: frozenset[int] | re.Pattern[str]) -> int:
        if attr not in self.attrs:
            self.attrs.append(attr)
            self.values.append({})
            self.regexes.append([])
        column = self.attrs.index(attr)
        if (column, test) not in self.row_of:
            self.row_of[(column, test)] = row = len(self.row_of)
            if isinstance(test, frozenset):
                for value in test:
                    self.values[column].setdefault(value, []).append(row)
            else:
                self.regexes[column].append((row, test))
        return self.row_of[(column, test)]


def _compile(matcher: Any, vocab: Vocab, size: int) -> _Rules | None:
    """The attribute ruler's keys (``"0"``, ``"1"``, ...) as column tests; None when a pattern
    is of a form only the Matcher matches."""
    compiler = _Compiler(vocab)
    patterns = []
    for index in range(size):
        key = get_string_id(str(index))
        if key not in matcher:
            return None
        for pattern in matcher.get(key)[1]:
            checks = compiler.pattern(pattern)
            if checks is None:
                return None
            patterns.append((key, len(pattern), checks))
    return _Rules(compiler, patterns)


def match_attribute_rules_by_columns(nlp: Language) -> Language:
    """Give ``nlp``'s attribute ruler (if it has one) a `ColumnMatcher`."""
    if RULER in nlp.pipe_names:
        ruler: Any = nlp.get_pipe(RULER)
        if isinstance(ruler.matcher, Matcher):
            ruler.matcher = ColumnMatcher(ruler.matcher, nlp.vocab)
    return nlp
