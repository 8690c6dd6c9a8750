"""Dependency rules matched only where they can match: on sentences holding a trigger word.

Matching a whole long article node by node is the slow part of extraction; ``TriggeredMatcher``
gives the matches (and their order) of one ``DependencyMatcher`` holding every rule, running it
only on the sentences that hold a possible trigger word, rule by rule where that is safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from polkg.errors import PolkgError

Pattern = list[dict[str, Any]]


class TriggeredMatcher:
    """A ``DependencyMatcher`` over ``(key, pattern, source)`` rules, run per sentence."""

    def __init__(self, vocab: Vocab, rules: list[tuple[str, Pattern, str]]) -> None:
        self.matcher = DependencyMatcher(vocab, validate=True)
        for key, pattern, source in rules:
            try:
                self.matcher.add(key, [pattern])
            except (ValueError, KeyError) as exc:
                raise PolkgError(f"{source}: bad pattern ({exc})") from None
        self._trigger_words, self._any_trigger = _trigger_vocabulary([p for _, p, _ in rules])
        # One small matcher per rule, with the words its trigger may have, so that a sentence
        # is matched only against the rules whose trigger word it holds (see ``__call__``).
        self._rule_matchers: list[tuple[_Prefilter, DependencyMatcher]] = []
        if not self._any_trigger:
            for key, pattern, _source in rules:
                single = DependencyMatcher(vocab)
                single.add(key, [pattern])
                self._rule_matchers.append((_Prefilter.of(pattern), single))

    def __call__(self, doc: Doc) -> Iterator[tuple[int, list[int]]]:
        """DependencyMatcher matches, run only on sentences holding a possible trigger word
        (matching a whole long article node by node is the slow part of extraction).

        A sentence whose parse has a single root is matched rule by rule, against only the
        rules whose trigger word it holds; the matches and their order are those of the
        combined matcher (it yields rule by rule, in the order the rules were added, and a
        rule's matches do not depend on the other rules). With several roots the combined
        matcher's order also depends on the other rules, so such sentences use it.
        """
        if self._any_trigger:
            yield from self.matcher(doc)
            return
        words = self._trigger_words
        array_head: Any = None
        array: Any = None
        for sent in doc.sents:
            present = {t.lemma_.lower() for t in sent}
            present.update(t.lower_ for t in sent)
            if present.isdisjoint(words):
                continue
            if _single_root(sent):
                tokens = [_token_fields(t) for t in sent]
                columns = [{tok[f] for tok in tokens} for f in range(_N_FIELDS)]
                possible = [
                    single
                    for prefilter, single in self._rule_matchers
                    if prefilter.possible(present, tokens, columns)
                ]
                if not possible:
                    continue
                if array_head is None:  # what Span.as_doc computes, once per document
                    array_head = doc._get_array_attrs()
                    array = doc.to_array(array_head)
                # as_doc writes only the rows of its own span, and sentences are disjoint
                as_doc: Any = sent.as_doc  # (spaCy's stub lacks array_head and array)
                sent_doc = as_doc(copy_user_data=True, array_head=array_head, array=array)
                for single in possible:
                    for match_id, token_ids in single(sent_doc):
                        yield match_id, [sent.start + i for i in token_ids]
                continue
            for match_id, token_ids in self.matcher(sent):
                yield match_id, [sent.start + i for i in token_ids]


def _trigger_vocabulary(patterns: list[Pattern]) -> tuple[frozenset[str], bool]:
    """Words (lemmas or lower-case forms) a trigger node may have; True when some rule's
    trigger is not restricted to words, so every sentence must be matched."""
    words: set[str] = set()
    for pattern in patterns:
        found = _trigger_words(pattern)
        if found is None:
            return frozenset(), True
        words.update(found)
    return frozenset(words), False


def _trigger_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The words (lower-cased) a pattern's trigger node may have; None when not restricted."""
    node = next(n for n in pattern if n.get("RIGHT_ID") == "trigger")
    attrs = node.get("RIGHT_ATTRS", {})
    words: set[str] = set()
    found = False
    for key in ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM"):
        value = attrs.get(key)
        if isinstance(value, str):
            words.add(value.lower())
            found = True
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words.update(str(v).lower() for v in value["IN"])
            found = True
    return frozenset(words) if found else None


# Token attributes a pattern node is tested on before a rule is run (see ``_Prefilter``).
_FIELDS = {"LEMMA": 0, "LOWER": 1, "ORTH": 2, "TEXT": 2, "POS": 3, "TAG": 4, "DEP": 5}
_N_FIELDS = 6


def _token_fields(tok: Token) -> tuple[str, ...]:
    return (tok.lemma_, tok.lower_, tok.orth_, tok.pos_, tok.tag_, tok.dep_)


@dataclass(frozen=True)
class _Prefilter:
    """Necessary conditions for a dependency rule to match in a sentence, cheap to test.

    ``words``: one of the trigger's words (lemma or lower-case form) is in the sentence.
    ``trigger``: some token meets every plain (string or ``IN``) test of the trigger node on
    ``_FIELDS``; ``others``: every such test of the other nodes is met by some token. Tests
    it cannot read (other attributes or operators) are left out, which only weakens the
    filter, so a rule it rejects could not have matched.
    """

    words: frozenset[str] | None
    trigger: tuple[tuple[int, frozenset[str]], ...]
    others: tuple[tuple[int, frozenset[str]], ...]

    @classmethod
    def of(cls, pattern: list[dict[str, Any]]) -> _Prefilter:
        trigger: list[tuple[int, frozenset[str]]] = []
        others: list[tuple[int, frozenset[str]]] = []
        for node in pattern:
            tests = trigger if node.get("RIGHT_ID") == "trigger" else others
            for key, value in node.get("RIGHT_ATTRS", {}).items():
                column = _FIELDS.get(key.upper())
                if column is None:
                    continue
                if isinstance(value, str):
                    tests.append((column, frozenset([value])))
                elif isinstance(value, dict) and set(value) == {"IN"}:
                    if isinstance(value["IN"], list) and all(
                        isinstance(v, str) for v in value["IN"]
                    ):
                        tests.append((column, frozenset(value["IN"])))
        return cls(_rule_words(pattern), tuple(trigger), tuple(others))

    def possible(
        self,
        present: set[str],
        tokens: list[tuple[str, ...]],
        columns: list[set[str]],
    ) -> bool:
        if self.words is not None and present.isdisjoint(self.words):
            return False
        for column, allowed in self.others:
            if columns[column].isdisjoint(allowed):
                return False
        if not self.trigger:
            return True
        return any(all(tok[f] in allowed for f, allowed in self.trigger) for tok in tokens)


def _rule_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The words one of which a sentence must hold (as lemma or lower-case form) for the
    pattern to match there; None when that cannot be told (a ``NORM`` trigger)."""
    node = next(n for n in pattern if n.get("RIGHT_ID") == "trigger")
    if "NORM" in node.get("RIGHT_ATTRS", {}):
        return None
    return _trigger_words(pattern)


def _single_root(sent: Span) -> bool:
    """True when the sentence, as a Doc of its own, has one root (heads outside the span
    become roots there)."""
    start, end = sent.start, sent.end
    roots = 0
    for tok in sent:
        head = tok.head.i
        if head == tok.i or not start <= head < end:
            roots += 1
            if roots > 1:
                return False
    return roots == 1
