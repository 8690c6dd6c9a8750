"""Evidence offsets point into the text as the user gave it, not into polkg's cleaned copy."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polkg.ingest import clean_text, make_document
from polkg.ingest.cleaning import clean_tracked
from polkg.ingest.offsets import original_span

CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
SAMPLE = 12  # records per corpus, spread over the file


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def test_offsets_whitespace_and_cards_map_back_exactly():
    original = (
        "  Former Attorney General Jeff SessionsJefferson (Jeff) Beauregard SessionsThe 'pitcher "
        "of warm spit' — MORE shot back\r\nat President   Trump.\n\n\n\nIt was\u00a0loud. "
    )
    tracked, aliases = clean_tracked(original)
    assert tracked.text == (
        "Former Attorney General Jeff Sessions shot back\nat President Trump.\n\nIt was loud."
    )
    assert aliases[0][1] == "Jefferson (Jeff) Beauregard Sessions"
    runs = tracked.runs()
    for sentence in ("President Trump.", "It was loud.", "Former Attorney General Jeff Sessions"):
        start = tracked.text.index(sentence)
        a, b = original_span(runs, start, start + len(sentence))
        assert _squeeze(original[a:b]) == sentence
    start = tracked.text.index("Sessions shot")
    a, b = original_span(runs, start, start + len("Sessions shot back"))
    assert original[a:b].startswith("SessionsJefferson") and original[a:b].endswith("shot back")


def test_offsets_mojibake_and_combining_marks_cover_what_was_repaired():
    original = "Donald Trump’s team".encode().decode("latin-1") + " said cafe\u0301 talk."
    tracked, _ = clean_tracked(original)
    assert tracked.text == "Donald Trump’s team said café talk."
    runs = tracked.runs()
    start = tracked.text.index("’s team")
    a, b = original_span(runs, start, start + len("’s team"))
    assert original[a:b] == "’s team".encode().decode("latin-1")
    start = tracked.text.index("café")
    a, b = original_span(runs, start, start + 4)
    assert original[a:b] == "cafe\u0301"


@given(st.text(alphabet=st.sampled_from("ab é\u0301\r\n\t\u00a0\x00\u2028"), max_size=60))
def test_offsets_every_cleaned_character_maps_into_the_original(text):
    tracked, _ = clean_tracked(text)
    assert tracked.text == clean_text(text)[0]
    runs = tracked.runs()
    previous_end = 0
    for i, char in enumerate(tracked.text):
        a, b = original_span(runs, i, i + 1)
        assert previous_end <= b and 0 <= a <= b <= len(text)
        previous_end = b
        piece = unicodedata.normalize("NFC", text[a:b])
        # a copied character is itself; a replacement stands for what it replaced
        assert char in piece or (char in " \n" and (not piece.strip() or "\x00" in piece))


def _sample(path, size):
    """``size`` records spread over the file, among those that name a relation."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if re.search(r"endors|criticiz|oppos|recus", r["text"])]
    step = max(1, len(records) // size)
    return records[::step][:size]


@pytest.mark.slow  # a whole corpus or many parses
@pytest.mark.parametrize("corpus", CORPORA)
def test_offsets_of_every_assertion_point_into_the_records_text(shared_dir, corpus):
    """text[start:end] of the record is the evidence sentence (modulo whitespace and the
    link-card text that cleaning removed), on a sample of each corpus."""
    from polkg.pipeline import extract_documents

    path = shared_dir / "corpus" / corpus / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    records = {r["id"]: r for r in _sample(path, SAMPLE)}
    documents = [make_document(r["text"], where=corpus, doc_id=i) for i, r in records.items()]
    checked = exact = 0
    for result in extract_documents(documents):
        text = records[result.document.id]["text"]
        for a in result.assertions:
            given_text = text[a.start : a.end]
            assert 0 <= a.start < a.end <= len(text)
            checked += 1
            if _squeeze(given_text) == _squeeze(a.evidence):
                exact += 1
            else:  # only what cleaning repairs or removes may differ
                assert _squeeze(clean_text(given_text)[0]) == _squeeze(a.evidence), (
                    result.document.id,
                    given_text,
                    a.evidence,
                )
    assert checked, f"no assertion in the {corpus} sample"
    assert exact >= 0.9 * checked, (exact, checked)
