"""Necessary conditions for a dependency rule to match in a sentence, cheap to test in Python.

``matching.TriggeredMatcher`` runs a rule's ``DependencyMatcher`` on a sentence only when its
prefilter passes. On 40 news articles the word test alone let 994 rule runs through, 584 of
which matched nothing; most of those fail at the trigger's own dependents ("attack" with no
direct object). ``RulePrefilter.tree`` reads the pattern's tree of ``>`` (child) and ``<``
(head) links from the trigger and asks whether some trigger candidate has children and heads
meeting each linked node's plain tests, recursively: 540 of the 584 idle runs are skipped, and
182 of 506 sentence Docs need not be made.

Every test is one the matcher makes too, on the token fields it reads (``_FIELDS``); a test the
prefilter cannot read (other attributes, other operators, other links) is left out, which only
weakens it, so a rule it rejects could not have matched and the matches are unchanged.

Most rules a sentence's words let through fail at a word another node needs ("attack" with no
"on" in the sentence: 20,672 of 24,209 prefilter runs on the 40 articles), so each prefilter
also names those words lower-cased (``gate``), which ``matching`` asks of the sentence's words
for every rule at once, before any prefilter runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

Pattern = list[dict[str, Any]]

# Token attributes a pattern node is tested on before a rule is run.
_FIELDS = {"LEMMA": 0, "LOWER": 1, "ORTH": 2, "TEXT": 2, "POS": 3, "TAG": 4, "DEP": 5}
_N_FIELDS = len(set(_FIELDS.values()))  # ORTH and TEXT are one field
_DEP = _FIELDS["DEP"]
# The fields holding a word, whose values' lower-case forms are among a sentence's words.
_WORD_FIELDS = frozenset({_FIELDS["LEMMA"], _FIELDS["LOWER"], _FIELDS["ORTH"]})
# One node's plain tests: (field, allowed values) pairs.
Tests = tuple[tuple[int, frozenset[str]], ...]


@dataclass(frozen=True)
class _Node:
    """A pattern node's plain tests and the nodes linked to it as its children (``>``) or its
    head (``<``), each a ``_Node`` of its own."""

    tests: Tests
    children: tuple[_Node, ...]
    heads: tuple[_Node, ...]


class SentenceView:
    """What the prefilters read of one sentence: its words (lower-case lemmas and forms), its
    tokens' fields, each field's values, the tokens holding each word, and (when first asked
    for) its dependency tree as the sentence's own Doc has it.

    ``heads`` are the tokens' head indices in the document; a token whose head is itself or
    outside the sentence is a root of the sentence's Doc, where ``Span.as_doc`` labels the
    latter ``dep`` (its document label is not what the matcher sees, so no ``DEP`` test is
    made on it)."""

    def __init__(
        self,
        present: set[str],
        tokens: list[tuple[str, ...]],
        lemmas: list[str],
        heads: list[int],
        start: int,
    ) -> None:
        self.present = present
        self.tokens = tokens
        self._lemmas = lemmas
        self._heads = heads
        self._start = start
        self._values: list[set[str] | None] = [None] * _N_FIELDS

    def values(self, field: int) -> set[str]:
        """The values of one field in the sentence, read when first asked for (most
        sentences are asked about one or two fields)."""
        found = self._values[field]
        if found is None:
            found = self._values[field] = {fields[field] for fields in self.tokens}
        return found

    @cached_property
    def holders(self) -> dict[str, list[int]]:
        """The tokens (sentence indices) of each word, lower-case lemma or form."""
        holders: dict[str, list[int]] = {}
        for i, (lemma, fields) in enumerate(zip(self._lemmas, self.tokens, strict=True)):
            holders.setdefault(lemma, []).append(i)
            if fields[1] != lemma:
                holders.setdefault(fields[1], []).append(i)
        return holders

    @cached_property
    def tree(self) -> tuple[list[int], list[list[int]], frozenset[int]]:
        """Each token's head (-1 for a root), each token's children, and the tokens whose
        head lies outside the sentence, in sentence indices."""
        n, start = len(self.tokens), self._start
        heads = [-1] * n
        children: list[list[int]] = [[] for _ in range(n)]
        loose: set[int] = set()
        for i in range(n):
            head = self._heads[start + i] - start
            if head == i:
                continue
            if 0 <= head < n:
                heads[i] = head
                children[head].append(i)
            else:
                loose.add(i)
        return heads, children, frozenset(loose)

    def meets(self, node: _Node, i: int) -> bool:
        """Whether token ``i`` meets ``node``'s tests and has children and a head meeting
        those of the nodes linked to it."""
        fields = self.tokens[i]
        for column, allowed in node.tests:
            if fields[column] not in allowed:
                if column == _DEP and i in self.tree[2]:
                    continue
                return False
        if not node.children and not node.heads:
            return True
        heads, children, _loose = self.tree
        for child in node.children:
            if not any(self.meets(child, c) for c in children[i]):
                return False
        for head in node.heads:
            if heads[i] < 0 or not self.meets(head, heads[i]):
                return False
        return True


@dataclass(frozen=True)
class RulePrefilter:
    """Necessary conditions for one dependency rule to match in a sentence.

    ``words``: one of the trigger's words (lemma or lower-case form) is in the sentence.
    ``trigger``: some token meets every plain (string or ``IN``) test of the trigger node on
    ``_FIELDS``; ``others``: every such test of the other nodes is met by some token;
    ``tree``: some such trigger heads the tree the pattern's ``>`` and ``<`` links ask for;
    ``gate``: for each such test of the other nodes on a word field (lemma, lower-case form,
    form), its values lower-cased, one of which the sentence's words must hold (a weaker form
    of that test, asked of many rules at once by ``matching``).
    """

    words: frozenset[str] | None
    trigger: Tests
    others: Tests
    tree: _Node
    gate: tuple[frozenset[str], ...] = ()

    @classmethod
    def of(cls, pattern: Pattern) -> RulePrefilter:
        trigger: list[tuple[int, frozenset[str]]] = []
        others: list[tuple[int, frozenset[str]]] = []
        for node in pattern:
            tests = trigger if node.get("RIGHT_ID") == "trigger" else others
            tests.extend(_plain_tests(node))
        gate = tuple(
            dict.fromkeys(
                frozenset(v.lower() for v in allowed)
                for column, allowed in others
                if column in _WORD_FIELDS
            )
        )
        return cls(_rule_words(pattern), tuple(trigger), tuple(others), _tree(pattern), gate)

    def possible(self, sentence: SentenceView) -> bool:
        """Whether the rule may match in ``sentence``. A trigger is sought only among the
        tokens holding one of the trigger's words: a token the trigger node matches has one
        of them as its lemma or form (``_rule_words``), so no trigger is missed."""
        if self.words is not None and sentence.present.isdisjoint(self.words):
            return False
        for column, allowed in self.others:
            if sentence.values(column).isdisjoint(allowed):
                return False
        tokens = sentence.tokens
        if self.words is None:
            candidates: list[int] | range = range(len(tokens))
        else:
            holders = sentence.holders
            found = self.words.intersection(sentence.present)
            candidates = [i for word in found for i in holders.get(word, ())]
        triggers = [
            i for i in candidates if all(tokens[i][f] in allowed for f, allowed in self.trigger)
        ]
        return any(sentence.meets(self.tree, i) for i in triggers)


def _plain_tests(node: dict[str, Any]) -> list[tuple[int, frozenset[str]]]:
    """A node's string and ``IN`` tests on ``_FIELDS``."""
    tests: list[tuple[int, frozenset[str]]] = []
    for key, value in node.get("RIGHT_ATTRS", {}).items():
        column = _FIELDS.get(key.upper())
        if column is None:
            continue
        if isinstance(value, str):
            tests.append((column, frozenset([value])))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            if isinstance(value["IN"], list) and all(isinstance(v, str) for v in value["IN"]):
                tests.append((column, frozenset(value["IN"])))
    return tests


def _tree(pattern: Pattern) -> _Node:
    """The trigger's node with the nodes linked to it by ``>`` and ``<``, recursively (nodes
    linked by any other operator, and the nodes below them, are left out)."""
    by_id = {node["RIGHT_ID"]: node for node in pattern}
    links: dict[str, list[tuple[str, str]]] = {name: [] for name in by_id}
    for node in pattern:
        if node.get("REL_OP") in (">", "<"):
            links[node["LEFT_ID"]].append((node["REL_OP"], node["RIGHT_ID"]))

    def build(name: str) -> _Node:
        linked = links[name]
        return _Node(
            tuple(_plain_tests(by_id[name])),
            tuple(build(right) for op, right in linked if op == ">"),
            tuple(build(right) for op, right in linked if op == "<"),
        )

    return build("trigger")


def trigger_words(pattern: Pattern) -> frozenset[str] | None:
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


def _rule_words(pattern: Pattern) -> frozenset[str] | None:
    """The words one of which a sentence must hold (as lemma or lower-case form) for the
    pattern to match there; None when that cannot be told (a ``NORM`` trigger)."""
    node = next(n for n in pattern if n.get("RIGHT_ID") == "trigger")
    if "NORM" in node.get("RIGHT_ATTRS", {}):
        return None
    return trigger_words(pattern)
