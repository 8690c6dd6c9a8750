"""Property-based tests: ingest never crashes on hostile text; failures are one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polkg.errors import InputError
from polkg.ingest import clean_text, read_documents

HOSTILE_PIECES = st.sampled_from(
    [
        "",
        " ",
        "\n\n\n",
        "\x00",
        "\x1b[31m",
        "\ufeff",
        "\u202e",
        "“unbalanced",
        "'",
        '"',
        "((([[[",
        ")]}",
        "MORE",
        " MORE ",
        "Jeff SessionsJefferson (Jeff) Beauregard SessionsThe ",
        "Sessions",
        "é",
        "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "x" * 5000,
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=40)), max_size=30).map("".join)
settings.register_profile("polkg", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("polkg")


@given(HOSTILE_TEXT)
def test_cleaning_never_crashes_and_is_idempotent(text):
    cleaned, aliases = clean_text(text)
    assert cleaned == cleaned.strip()
    assert "\x00" not in cleaned
    assert clean_text(cleaned)[0] == cleaned or aliases  # a second pass changes nothing more
    for visible, full in aliases:
        assert visible and full


def test_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    errors: list[InputError] = []
    assert list(read_documents([path], on_error=errors.append)) == []
    assert [str(e) for e in errors] == [f"{path}: not a text file (binary content)"]


def test_cleaning_a_megabyte_line_is_linear():
    text = ("Smith said MORE things " * 50_000) + "Jeff SessionsJefferson Sessions" * 1000
    cleaned, _ = clean_text(text)
    assert len(cleaned) > 1_000_000


@given(st.binary(max_size=300))
def test_reading_arbitrary_bytes_gives_a_document_or_one_line_error(tmp_path_factory, data):
    path = Path(tmp_path_factory.mktemp("hostile")) / "doc.txt"
    path.write_bytes(data)
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    assert len(docs) + len(errors) == 1
    for error in errors:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
    for doc in docs:
        assert doc.text and doc.id == "doc"


NUL_FREE_TEXT = HOSTILE_TEXT.map(lambda t: t.replace("\x00", ""))


@given(st.lists(st.one_of(NUL_FREE_TEXT, st.just("{}"), st.just("[1, 2]")), max_size=6))
def test_jsonl_lines_are_each_a_document_or_an_error_naming_the_line(tmp_path_factory, lines):
    """A NUL byte at the start of a file makes it binary; otherwise errors are per line."""
    path = Path(tmp_path_factory.mktemp("hostile")) / "corpus.jsonl"
    records = [json.dumps({"id": f"r{i}", "text": t}) if i % 2 else t for i, t in enumerate(lines)]
    content = "\n".join(r.replace("\n", " ") for r in records)
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    # a byte-order mark opening the file is an encoding mark, not a line's content
    non_blank = sum(1 for line in content.removeprefix("\ufeff").split("\n") if line.strip())
    assert len(docs) + len(errors) == non_blank
    for error in errors:
        assert str(error).startswith(f"{path}:") and "\n" not in str(error)
