"""ftfy is asked about a text only when its mojibake test can flag it: the same repairs."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad

from polkg.ingest import clean_text
from polkg.ingest.mojibake import _may_hold_mojibake, _pattern_width, fix_encoding

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"

SAMPLES = [
    "Trumpâ€™s aide said â€œnoâ€\x9d.",  # UTF-8 read as Windows-1252
    "Trumpâ\x80\x99s",  # UTF-8 read as Latin-1
    "Ã  la carte",  # "à" whose no-break space became a space, at the text's start
    "voilÃ le travail",
    "He said “no” — twice… and O’Brien’s café stayed.",  # no mojibake, only typography
    "plain ASCII text",
    "",
    "×³ and ×² and Ã©",
    "Пока ГўВЂВњa",
    "line one\nÂ\xa0line two",
]


def test_the_installed_ftfy_pattern_allows_the_shortcut() -> None:
    assert 0 < _pattern_width(BADNESS_RE) <= 32


@pytest.mark.parametrize("text", SAMPLES)
def test_same_test_and_repair_as_ftfy(text: str) -> None:
    assert _may_hold_mojibake(text) == is_bad(text)
    assert fix_encoding(text) == ftfy.fix_encoding(text)


def test_same_test_on_mojibake_made_from_real_text() -> None:
    texts = [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    rng = random.Random(22)
    alphabet = "ab Z.\n\t" + "".join(MOJIBAKE_CATEGORIES.values()).replace("-", "") + "ÂÃØÙàвЂ’“”"
    flagged = 0
    for text in texts:
        for encoding in ("cp1252", "latin-1", "macroman", "cp1251"):
            garbled = text.encode("utf-8").decode(encoding, errors="replace")
            for variant in (text, garbled, garbled.replace("\xa0", " "), garbled[:40]):
                assert _may_hold_mojibake(variant) == is_bad(variant)
                flagged += is_bad(variant)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        assert _may_hold_mojibake(text) == is_bad(text)
    assert flagged > 10


@pytest.mark.parametrize(
    "pattern",
    [
        r"[é]$",  # an end anchor would see the window's edge
        r"(?<=a)é",  # so would a lookbehind
        r"[é]|ab",  # a match without a non-ASCII character
        r"é[a-z]*",  # no longest match
        r"\bé",
    ],
)
def test_no_shortcut_for_patterns_of_another_shape(pattern: str) -> None:
    assert _pattern_width(re.compile(pattern)) == 0
    assert _pattern_width(re.compile("é", re.IGNORECASE)) == 0


def test_cleaning_still_repairs_mojibake_and_keeps_typography() -> None:
    assert clean_text("Trumpâ€™s  aide\u00a0said")[0] == "Trump’s aide said"
    assert clean_text("“No,” she said — twice.")[0] == "“No,” she said — twice."
