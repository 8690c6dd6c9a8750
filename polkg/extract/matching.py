"""Dependency rules matched only where they can match: on sentences holding a trigger word.

Matching a whole long article node by node is the slow part of extraction; ``TriggeredMatcher``
gives the matches (and their order) of one ``DependencyMatcher`` holding every rule, running it
only on the sentences that hold a possible trigger word, rule by rule where that is safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, HEAD, SPACY
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from polkg.errors import PolkgError
from polkg.extract.rule_prefilters import RulePrefilter, SentenceView, trigger_words
from polkg.extract.token_columns import token_columns

Pattern = list[dict[str, Any]]


class TriggeredMatcher:
    """A ``DependencyMatcher`` over ``(key, pattern, source)`` rules, run per sentence."""

    def __init__(
        self, vocab: Vocab, rules: list[tuple[str, Pattern, str]], validate: bool = True
    ) -> None:
        """``validate``: check each pattern against spaCy's schema as it is added (a user's rule
        file's errors are then reported with its line); polkg's packaged rules are checked so by
        the tests, not at every start-up (a third of the matchers' build time)."""
        self._vocab = vocab
        self._rules = rules
        self._combined: DependencyMatcher | None = None
        self._trigger_words, self._any_trigger = _trigger_vocabulary([p for _, p, _ in rules])
        # One small matcher per rule, with the words its trigger may have, so that a sentence
        # is matched only against the rules whose trigger word it holds (see ``__call__``).
        self._rule_matchers: list[tuple[RulePrefilter, DependencyMatcher]] = []
        for key, pattern, source in rules:
            single = DependencyMatcher(vocab, validate=validate)
            try:
                single.add(key, [pattern])
            except (ValueError, KeyError) as exc:
                raise PolkgError(f"{source}: bad pattern ({exc})") from None
            self._rule_matchers.append((RulePrefilter.of(pattern), single))
        if self._any_trigger:
            self._rule_matchers = []
        self._gates = _WordGates([prefilter for prefilter, _single in self._rule_matchers])

    @property
    def matcher(self) -> DependencyMatcher:
        """One DependencyMatcher of every rule, in rule order; built when first needed (a
        sentence of several roots is rare, and building it costs start-up time)."""
        if self._combined is None:
            combined = DependencyMatcher(self._vocab)
            for key, pattern, _source in self._rules:
                combined.add(key, [pattern])
            self._combined = combined
        return self._combined

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
        table: _TokenTable | None = None
        for sent in doc.sents:
            if table is None:  # one walk over the tokens per document, not several per sentence
                table = _TokenTable(doc)
            start, end = sent.start, sent.end
            present = table.present(start, end)
            if present.isdisjoint(words):
                continue
            if table.single_root(start, end):
                possible = self._possible(present, start, end, table)
                if not possible:
                    continue
                sent_doc = table.sentence_doc(sent)
                for single in possible:
                    for match_id, token_ids in single(sent_doc):
                        yield match_id, [start + i for i in token_ids]
                continue
            # what ``self.matcher(sent)`` matches: the same Doc ``Span.as_doc`` would make
            for match_id, token_ids in self.matcher(table.sentence_doc(sent)):
                yield match_id, [start + i for i in token_ids]

    def _possible(
        self, present: set[str], start: int, end: int, table: _TokenTable
    ) -> list[DependencyMatcher]:
        """The rule matchers that may match the sentence ``start:end`` of these words, in rule
        order: the rules of its trigger words whose gate words it holds, picked from an index
        (``_WordGates``), then tested (:mod:`polkg.extract.rule_prefilters`)."""
        sentence: SentenceView | None = None
        found = []
        for k in self._gates.rules(present):
            prefilter, single = self._rule_matchers[k]
            if sentence is None:
                sentence = SentenceView(
                    present, table.fields[start:end], table.lemmas[start:end], table.heads, start
                )
            if prefilter.possible(sentence):
                found.append(single)
        return found


class _WordGates:
    """The rules a sentence's words let through, all rules at once: those with one of their
    trigger's words (or none named) whose every ``gate`` word set the sentence meets. Each word
    maps to two bit sets, the rules it triggers and the gates it meets, so a sentence costs a
    dictionary look-up per word and a bit test per rule its words trigger."""

    def __init__(self, prefilters: list[RulePrefilter]) -> None:
        triggers: dict[str, int] = {}
        meets: dict[str, int] = {}
        gate_bits: dict[frozenset[str], int] = {}
        self._needs: list[int] = []
        self._wordless = 0
        for k, prefilter in enumerate(prefilters):
            if prefilter.words is None:
                self._wordless |= 1 << k
            for word in prefilter.words or ():
                triggers[word] = triggers.get(word, 0) | 1 << k
            needs = 0
            for gate in prefilter.gate:
                if gate not in gate_bits:
                    gate_bits[gate] = 1 << len(gate_bits)
                    for word in gate:
                        meets[word] = meets.get(word, 0) | gate_bits[gate]
                needs |= gate_bits[gate]
            self._needs.append(needs)
        self._bits = {w: (triggers.get(w, 0), meets.get(w, 0)) for w in triggers.keys() | meets}

    def rules(self, present: set[str]) -> Iterator[int]:
        """The indices of the rules ``present`` (a sentence's words) lets through, in order."""
        chosen, met = self._wordless, 0
        bits = self._bits
        for word in present:
            found = bits.get(word)
            if found is not None:
                chosen |= found[0]
                met |= found[1]
        unmet = ~met
        needs = self._needs
        while chosen:
            lowest = chosen & -chosen
            chosen ^= lowest
            k = lowest.bit_length() - 1
            if not needs[k] & unmet:
                yield k


class _TokenTable:
    """What the matcher reads of a document's tokens, read once: the fields prefilters test,
    lower-case lemmas, head indices, and the array ``Span.as_doc`` copies sentences from."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.array_head: Any = doc._get_array_attrs()
        self.array: Any = doc.to_array(list(self.array_head))
        self.fields = _token_fields(doc)
        self.lemmas = [f[0].lower() for f in self.fields]
        column = self.array[:, self.array_head.index(HEAD)]  # offsets to the head, two's complement
        self.heads = (column.astype(numpy.int64) + numpy.arange(len(doc))).tolist()
        self.ents = {(e.start, e.end) for e in token_columns(doc).ents}
        self.spaces = (self.array[:, self.array_head.index(SPACY)] != 0).tolist()

    def present(self, start: int, end: int) -> set[str]:
        """Every lower-case lemma and lower-case form of the tokens ``start:end``."""
        words = set(self.lemmas[start:end])
        words.update(f[1] for f in self.fields[start:end])
        return words

    def single_root(self, start: int, end: int) -> bool:
        """True when the tokens ``start:end``, as a Doc of their own, have one root (heads
        outside the span become roots there)."""
        roots = 0
        for i in range(start, end):
            head = self.heads[i]
            if head == i or not start <= head < end:
                roots += 1
                if roots > 1:
                    return False
        return roots == 1

    def sentence_doc(self, sent: Span) -> Doc:
        """The Doc ``sent.as_doc(copy_user_data=True)`` makes, as far as a matcher reads it
        (tokens, their attributes, heads and entities; not the vectors, the tensor or the
        categories, which cost a walk over the tokens and no rule tests), from the rows of
        the document's array (``as_doc`` writes only the rows of its own span, and
        sentences are disjoint)."""
        if self.doc.user_data:
            as_doc: Any = sent.as_doc  # (spaCy's stub lacks array_head and array)
            made: Doc = as_doc(copy_user_data=True, array_head=self.array_head, array=self.array)
            return made
        start, end = sent.start, sent.end
        words = [f[2] for f in self.fields[start:end]]
        doc = Doc(self.doc.vocab, words=words, spaces=self.spaces[start:end])
        array = self.array[start:end]
        if any(not start <= self.heads[i] < end for i in range(start, end)):
            sent._fix_dep_copy(self.array_head, array)  # type: ignore[attr-defined]
        if len(array) > 0 and ENT_IOB in self.array_head:
            column = self.array_head.index(ENT_IOB)
            if array[0][column] == 1:
                array[0][column] = 3
        doc.from_array(self.array_head, array)
        inside = {(s, e) for s, e in self.ents if start <= s and e <= end}
        ents = doc.ents
        if len(ents) > 0:  # partial entities at either end lose their annotation
            if (ents[0].start + start, ents[0].end + start) not in inside:
                doc.set_ents([], missing=[ents[0]], default="unmodified")
            if (ents[-1].start + start, ents[-1].end + start) not in inside:
                doc.set_ents([], missing=[ents[-1]], default="unmodified")
        return doc


def _trigger_vocabulary(patterns: list[Pattern]) -> tuple[frozenset[str], bool]:
    """Words (lemmas or lower-case forms) a trigger node may have; True when some rule's
    trigger is not restricted to words, so every sentence must be matched."""
    words: set[str] = set()
    for pattern in patterns:
        found = trigger_words(pattern)
        if found is None:
            return frozenset(), True
        words.update(found)
    return frozenset(words), False


def _token_fields(doc: Doc) -> list[tuple[str, ...]]:
    """Each token's ``(lemma_, lower_, orth_, pos_, tag_, dep_)``, from the document's token
    columns (shared with the entity layer) rather than a ``Token`` object and six string
    lookups per token."""
    c = token_columns(doc)
    return list(zip(c.lemma, c.lower, c.text, c.pos, c.tag, c.dep, strict=True))
