"""Cleaning's faster paths make exactly the edits of the patterns they stand in for: the guarded
whitespace patterns, the page-noise lines matched at line starts, ftfy asked only when its test
can flag the text (``polkg.ingest.mojibake``, tested in ``test_mojibake.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from polkg.ingest import cleaning
from polkg.ingest.offsets import TrackedText, nfc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"


def _normalise_every_pattern(tracked: TrackedText) -> TrackedText:
    """Cleaning's normalisation with every whitespace pattern run on every pass (the reference
    for the guarded one)."""
    c = cleaning
    for _ in range(8):
        before = tracked.text
        tracked = nfc(tracked).sub(c._CRLF, "\n").sub(c._CR, "\n").sub(c._CONTROL, " ")
        tracked = tracked.apply(c.fix_encoding).sub(c._CONTROL, " ")
        tracked = nfc(tracked).sub(c._CR, "\n")
        tracked = tracked.sub(c._SPACES, " ").sub(c._LINE_EDGES, "").sub(c._BLANK_LINES, "\n\n")
        tracked = tracked.sub(c._TEXT_EDGES, "")
        if tracked.text == before:
            break
    return tracked


@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u2003\u2028\x85\x0b\x1f\r"), max_size=40))
def test_guarded_whitespace_patterns_make_the_same_edits(text: str) -> None:
    guarded = cleaning._normalise(TrackedText(text))
    reference = _normalise_every_pattern(TrackedText(text))
    assert guarded.text == reference.text
    assert guarded.lo.tolist() == reference.lo.tolist()
    assert guarded.hi.tolist() == reference.hi.tolist()


LINES = [
    "Photo: AP",
    "Hide Caption 3 of 12",
    "The senator spoke. Hide Caption 1 of 2",
    "ADVERTISEMENT",
    "Story continues below",
    "Biden criticized the bill.",
    "More: the plan",
    "Trump’s aide said so Read more",
    "CNN: Trump said",
    "( PHOTOS: the rally)",
    "",
    " ",
    "Related Coverage: Senate",
]


def _whole_line_spans(text: str) -> list[tuple[int, int]]:
    """The reference: one pattern of all line patterns tried at every line start, the line and
    its break (the text's last line keeps the break before it)."""
    lines = "|".join(f"(?:{item['pattern']})" for item in cleaning._page_noise()["lines"])
    whole = re.compile(rf"^(?=[^\n]*?(?:{lines}))[^\n]*(?:\n|\Z)", re.MULTILINE)
    return [m.span() for m in whole.finditer(text) if m.group()]


@given(st.lists(st.sampled_from(LINES), max_size=12), st.booleans())
def test_noise_lines_are_those_of_the_whole_line_pattern(lines: list[str], final: bool) -> None:
    text = "\n".join(lines) + ("\n" if final else "")
    assert cleaning._noise_lines(text) == _whole_line_spans(text)


def test_noise_lines_on_real_text() -> None:
    texts = [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    text = "\n".join(LINES) + "\n" + "\n".join(texts)
    spans = cleaning._noise_lines(text)
    assert spans == _whole_line_spans(text)
    assert len(spans) >= 8
    at_start, anywhere = cleaning._line_noise_patterns()
    assert at_start is not None and anywhere is not None  # both kinds are in page_noise.json
