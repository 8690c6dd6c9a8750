"""Property-based tests: ingest never crashes on hostile text; failures are one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
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


@pytest.mark.slow  # a whole corpus or many parses
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
    errors = [e for e in errors if "looks hard-wrapped" not in str(e)]  # a warning beside it
    assert len(docs) + len(errors) == 1
    for error in errors:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
    for doc in docs:
        assert doc.text and doc.id == "doc"


NUL_FREE_TEXT = HOSTILE_TEXT.map(lambda t: t.replace("\x00", ""))


@given(st.lists(st.one_of(NUL_FREE_TEXT, st.just("{}"), st.just("[1, 2]")), max_size=6))
@example(lines=["\x1c"])  # whitespace to str.strip, not to JSON: an error, not a blank line
def test_jsonl_lines_are_each_a_document_or_an_error_naming_the_line(tmp_path_factory, lines):
    """A NUL byte at the start of a file makes it binary; otherwise errors are per line."""
    path = Path(tmp_path_factory.mktemp("hostile")) / "corpus.jsonl"
    records = [json.dumps({"id": f"r{i}", "text": t}) if i % 2 else t for i, t in enumerate(lines)]
    content = "\n".join(r.replace("\n", " ") for r in records)
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    errors = _without_empty_file_warning(errors, path, docs)
    # a byte-order mark opening the file is an encoding mark, not a line's content; a line is
    # blank when it holds ASCII whitespace only (JSON's own), so "\x1c" or U+00A0 alone is an error
    lines_given = content.removeprefix("\ufeff").split("\n")
    non_blank = sum(1 for line in lines_given if line.encode("utf-8", "surrogatepass").strip())
    assert len(docs) + len(errors) == non_blank
    for error in errors:
        assert str(error).startswith(f"{path}:") and "\n" not in str(error)


def _without_empty_file_warning(errors: list[InputError], path: Path, docs: list) -> list:
    """``errors`` less the one file-level warning of a file with no article and no error (a file
    of blank lines): the per-line invariants count lines, not files."""
    if not docs and [str(e) for e in errors] == [f"{path}: no articles in it"]:
        return []
    assert not any(str(e).endswith(": no articles in it") for e in errors)
    return errors


# --- one bad record costs that record only (issue 13) ---------------------------------------

GOOD_TEXT = "Elizabeth Warren endorsed Joe Biden on Wednesday."
BAD_BYTES = st.sampled_from([b"\xff", b"\xe9", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\x00"])


def _good(i: int) -> bytes:
    return json.dumps({"id": f"r{i}", "title": f"T{i}", "text": f"{GOOD_TEXT} {i}"}).encode()


@given(
    bad=BAD_BYTES,
    where=st.sampled_from(["start", "middle", "end"]),
    at=st.integers(0, 40),
    padding=st.sampled_from([0, 70_000]),
)
def test_jsonl_bad_byte_anywhere_costs_that_line_only(tmp_path_factory, bad, where, at, padding):
    """A bad byte or NUL in line ``at`` (of 41), before or after the first 64 KB: that line is
    one error naming it, the 40 others are read, and no U+FFFD appears anywhere."""
    lines = [_good(i) for i in range(41)]
    if padding:  # a long first record pushes the bad line past 64 KB
        lines[0] = json.dumps({"id": "r0", "text": GOOD_TEXT + " x" * (padding // 2)}).encode()
    record = lines[at]
    cut = {"start": 2, "middle": len(record) // 2, "end": len(record) - 2}[where]
    lines[at] = record[:cut] + bad + record[cut:]
    path = Path(tmp_path_factory.mktemp("bad")) / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    assert [d.id for d in docs] == [f"r{i}" for i in range(41) if i != at]
    assert [e.where for e in errors] == [f"{path}:{at + 1}"]
    assert "\n" not in str(errors[0])
    assert not any("\ufffd" in d.text + d.title for d in docs)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "bad\\ud800", "lone surrogate \\ud800 in 'id'"),
        ("title", "Title \\udfff", "lone surrogate \\udfff in 'title'"),
        ("text", "Warren \\ud83d endorsed", "lone surrogate \\ud83d in 'text'"),
        ("outlet", "The \\u0000 Hill", "NUL character in 'outlet'"),
    ],
)
def test_jsonl_lone_surrogate_or_nul_escape_costs_that_record_only(tmp_path, field, value, message):
    record = {"id": "bad", "title": "T", "outlet": "X", "text": GOOD_TEXT}
    line = json.dumps(record).replace(json.dumps(record[field]), f'"{value}"')
    lines = (
        [_good(i).decode() for i in range(20)] + [line] + [_good(i).decode() for i in range(20, 40)]
    )
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    assert len(docs) == 40
    assert [str(e) for e in errors] == [f"{path}:21: {message}"]


@pytest.mark.parametrize("field", ["id", "title"])
def test_cli_ingest_surrogate_record_stores_the_40_good_ones(tmp_path, field):
    """The issue's reproduction: 41 lines, a lone surrogate in line 21's id or title."""
    from click.testing import CliRunner

    from polkg.cli import main
    from polkg.store import Store

    bad = {"id": "bad", "title": "Bad", "text": GOOD_TEXT}
    line = json.dumps(bad).replace(f'"{bad[field]}"', '"x\\ud800"')
    lines = (
        [_good(i).decode() for i in range(20)] + [line] + [_good(i).decode() for i in range(20, 40)]
    )
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert errors == [f"Error: {path}:21: lone surrogate \\ud800 in '{field}'"]
    assert "Traceback" not in result.stderr
    assert Store(store).documents() == {f"r{i}" for i in range(40)}


@given(bad=BAD_BYTES, at=st.integers(0, 9), column=st.sampled_from(["id", "title", "text"]))
def test_csv_bad_byte_costs_that_row_only(tmp_path_factory, bad, at, column):
    rows = [[f"c{i}", f"Title {i}", f"{GOOD_TEXT} {i}"] for i in range(10)]
    index = ["id", "title", "text"].index(column)
    cells = [cell.encode() for cell in rows[at]]
    cells[index] = cells[index][:1] + bad + cells[index][1:]
    lines = [b"id,title,text"] + [b",".join(c.encode() for c in row) for row in rows]
    lines[at + 1] = b",".join(cells)
    path = Path(tmp_path_factory.mktemp("bad")) / "corpus.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    assert [d.id for d in docs] == [f"c{i}" for i in range(10) if i != at]
    assert [e.where for e in errors] == [f"{path}:{at + 2}"]
    assert not any("\ufffd" in d.text + d.title for d in docs)


class _Stdin:
    """stdin whose lines are handed out one by one, counting how many were asked for."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = list(lines)
        self.served = 0
        self.buffer = self

    def readline(self, limit: int = -1) -> bytes:
        if not self.lines:
            return b""
        self.served += 1
        return self.lines.pop(0)

    def read(self, size: int = -1) -> bytes:
        rest, self.lines = b"".join(self.lines), []
        return rest


def test_stdin_jsonl_is_streamed_and_bad_lines_cost_themselves(monkeypatch):
    lines = [_good(i) + b"\n" for i in range(5)]
    lines[2] = b'{"id": "r2", "text": "caf\xe9"}\n'
    lines.insert(4, b'{"id": "\\udc00", "text": "x"}\n')
    stdin = _Stdin(lines)
    monkeypatch.setattr("sys.stdin", stdin)
    errors: list[InputError] = []
    documents = read_documents(["-"], on_error=errors.append)
    assert next(documents).id == "r0"
    assert stdin.served == 1  # the first document came before the rest was read
    assert [d.id for d in documents] == ["r1", "r3", "r4"]
    assert [e.where for e in errors] == ["<stdin>:3", "<stdin>:5"]


def test_text_too_long_is_refused_before_cleaning(monkeypatch):
    """A 50 MB text of link-card patterns would spend a minute in cleaning first."""
    from polkg.ingest import readers

    def no_cleaning(text):
        raise AssertionError("cleaned before the length check")

    monkeypatch.setattr(readers, "clean_tracked", no_cleaning)
    text = "Jeff SessionsJefferson Sessions The MORE " * 30_000
    with pytest.raises(InputError, match=r"text too long to parse \(1,230,000 characters"):
        readers.make_document(text, where="big.txt")


@given(
    st.lists(st.one_of(st.binary(max_size=40), st.builds(_good, st.integers(0, 99))), max_size=8)
)
@example(lines=[b"\xfe\xff"])  # found by hypothesis in session 35: a UTF-16 byte-order mark
def test_jsonl_of_arbitrary_bytes_is_read_line_by_line(tmp_path_factory, lines):
    """Any bytes: each non-blank line is a document or one error naming it, unless the file
    opens like a binary one (NUL bytes and no JSON object) or with a UTF-16 byte-order mark:
    one error for the file."""
    path = Path(tmp_path_factory.mktemp("bytes")) / "corpus.jsonl"
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    path.write_bytes(data)
    errors: list[InputError] = []
    docs = list(read_documents([path], on_error=errors.append))
    errors = _without_empty_file_warning(errors, path, docs)
    if errors and errors[0].where == str(path):  # binary, or UTF-16 by its byte-order mark
        assert docs == [] and len(errors) == 1
        assert "binary" in str(errors[0]) or "UTF-16" in str(errors[0])
        return
    ids = [json.loads(line)["id"] for line in lines if line.startswith(b'{"id": "r')]
    assert [d.id for d in docs] == list(dict.fromkeys(ids))  # a repeated id is read once
    lines_read = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    content = sum(1 for line in lines_read if line.strip())
    # one outcome per line: a document, an error, or a duplicate-id warning
    assert len(docs) + len([e for e in errors if "is not a day" not in e.message]) == content
    for error in errors:
        assert error.where.startswith(f"{path}:") and "\n" not in str(error)
    assert not any("\ufffd" in d.text for d in docs)


def test_jsonl_nested_too_deeply_is_one_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + _good(1).decode() + "\n", encoding="utf-8")
    docs, errors = [], []
    docs = list(read_documents([path], on_error=errors.append))
    assert [d.id for d in docs] == ["r1"]
    assert [str(e) for e in errors] == [f"{path}:1: malformed JSON (nested too deeply)"]
