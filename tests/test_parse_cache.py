"""The evaluation parse cache: the same results as parsing, reuse from disk, and a key that
changes when what shaped the parse changes."""

from __future__ import annotations

from pathlib import Path

import spacy

from polkg.extract import Extractor
from polkg.extract.parse_cache import ParseCache
from polkg.model import Document

TEXTS = [
    "Sen. Lindsey Graham endorsed Donald Trump on Tuesday, praising his judicial picks.",
    "Speaker Nancy Pelosi criticized the White House for the shutdown.\n"
    "Rep. Justin Amash said he opposes the bill.",
]


def _triples(extractor: Extractor) -> list[list[tuple[str, str, str, int]]]:
    documents = [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS)]
    return [
        [(a.subject, a.relation, a.object, a.start) for a in r.assertions]
        for r in extractor.pipe(documents)
    ]


def test_cached_parse_gives_the_same_assertions_and_is_reused(nlp, tmp_path: Path) -> None:
    plain = _triples(Extractor(nlp))
    assert any(plain), "the fixture texts must make assertions for the comparison to mean much"
    first = _triples(Extractor(nlp, parse_cache=tmp_path))
    stored = sorted(tmp_path.rglob("*.spacy"))
    assert len(stored) == len(TEXTS)
    mtimes = [p.stat().st_mtime_ns for p in stored]
    second = _triples(Extractor(nlp, parse_cache=tmp_path))
    assert plain == first == second
    assert [p.stat().st_mtime_ns for p in stored] == mtimes  # read, not parsed again


def test_span_ruler_runs_after_the_cache(nlp, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path, nlp)
    assert cache.tail and cache.tail[-1] == "polkg_ruler"
    assert "parser" in cache.cached and "polkg_ruler" not in cache.cached
    doc, _ = next(cache.pipe([("Sen. Mitch McConnell spoke.", None)]))
    assert "polkg" in doc.spans and len(doc.spans["polkg"]) > 0


def test_the_cache_says_which_texts_it_holds(nlp, tmp_path: Path) -> None:
    """``holds`` is what bench/digest.py asks so as never to parse: true once a text is stored."""
    cache = ParseCache(tmp_path, nlp)
    assert not cache.holds(TEXTS[0])
    list(cache.pipe([(TEXTS[0], None)]))
    assert cache.holds(TEXTS[0]) and not cache.holds(TEXTS[1])


def test_a_changed_tokenizer_changes_the_key(tmp_path: Path) -> None:
    one = spacy.blank("en")
    two = spacy.blank("en")
    two.tokenizer.add_special_case("Sen.", [{"ORTH": "Sen."}])
    assert ParseCache(tmp_path, one).folder != ParseCache(tmp_path, two).folder


def test_a_truncated_entry_is_parsed_again(nlp, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path, nlp)
    list(cache.pipe([(TEXTS[0], None)]))
    (entry,) = tmp_path.rglob("*.spacy")
    entry.write_bytes(entry.read_bytes()[:10])
    doc, _ = next(ParseCache(tmp_path, nlp).pipe([(TEXTS[0], None)]))
    assert doc.text == TEXTS[0] and doc.has_annotation("DEP")


def test_the_word_lists_a_component_before_the_parser_reads_are_in_the_key(nlp) -> None:
    from polkg.extract import paragraphs
    from polkg.extract.parse_cache import _source_and_data

    source = Path(paragraphs.__file__).read_bytes()
    assert b"sentence_abbreviations" in source
    assert len(_source_and_data(paragraphs.line_breaks)) > len(source)
