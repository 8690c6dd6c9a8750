"""Hostile input through extraction and the CLI: nothing crashes, each failure is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polkg.cli import main
from polkg.errors import InputError
from polkg.ingest.readers import make_document
from polkg.model import ENTITY_TYPES, RELATIONS
from polkg.pipeline import extract_documents
from polkg.store import Store

PIECES = st.sampled_from(
    [
        "",
        " ",
        "\t",
        "\n\n\n",
        "\r\n",
        "\x1b[31m",
        "\x07\x08\x0b\x0c",
        "\ufeff",
        "\u202e",
        "\u200b",
        "“unbalanced",
        "”",
        "'",
        '"',
        "((([[[{{",
        ")]}}",
        "Sen. Doug Jones (D-Ala.",
        "Trump criticized Jeff Sessions on Friday.",
        '"He is a disaster," Trump said of',
        "Sessions did not endorse",
        "Pelosi slammed McConnell, who",
        "é",
        "Ã©",
        "\ufffd",
        "🇺🇸",
        "word " * 200,
        "x" * 800,
        ".",
        "...",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=14).map("".join)
SLOW = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _extract(text: str) -> tuple[list, list[InputError]]:
    """Ingest-clean then extract one text; (results, errors), never an exception."""
    errors: list[InputError] = []
    try:
        document = make_document(text, where="hostile.txt", doc_id="hostile")
    except InputError as error:
        return [], [error]
    return list(extract_documents([document], on_error=errors.append)), errors


@pytest.mark.slow  # a whole corpus or many parses
@SLOW
@given(HOSTILE_TEXT)
def test_robustness_extract_hostile_text_gives_a_result_or_one_line_error(nlp, text):
    results, errors = _extract(text)
    assert len(results) + len(errors) == 1
    for error in errors:
        assert str(error).startswith("hostile.txt: ") and "\n" not in str(error)
    for result in results:
        assert {e.type for e in result.entities} <= set(ENTITY_TYPES)
        for a in result.assertions:
            assert a.relation in RELATIONS
            # offsets point into the text as the user gave it, not the cleaned one
            assert 0 <= a.start <= a.end <= len(text)
            assert a.subject and a.object and a.doc == "hostile"


@pytest.mark.slow  # a whole corpus or many parses
def test_robustness_extract_a_long_line_without_breaks(nlp):
    line = "Trump criticized Sessions and the Senate and " * 400 + "the House."
    results, errors = _extract(line)
    assert errors == [] and len(results) == 1
    for a in results[0].assertions:
        assert 0 <= a.start <= a.end <= len(line)


def test_robustness_extract_a_megabyte_line_is_one_error_naming_it(tmp_path):
    """Checked on the text as given, before cleaning (which would spend time on it first)."""
    path = tmp_path / "huge.txt"
    path.write_text("Trump criticized Sessions. " * 40_000, encoding="utf-8")  # ~1.1 MB
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}: text too long to parse (1,080,000 ")
    assert result.stderr.count("\n") == 1


@settings(max_examples=20, deadline=None)
@given(st.binary(max_size=200))
def test_robustness_cli_extract_arbitrary_bytes_never_tracebacks(tmp_path_factory, data):
    path = Path(tmp_path_factory.mktemp("bytes")) / "doc.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1)
    lines = result.stderr.splitlines()
    if result.exit_code == 1:
        assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: ")
    else:
        assert lines == []
        for line in result.stdout.splitlines():
            assert json.loads(line)["doc"] == "doc"


def test_robustness_cli_mixed_encodings_cost_the_bad_line_only(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "a", "text": "Elizabeth Warren endorsed Joe Biden."})
    data = good.encode() + b'\n{"id": "b", "text": "caf\xe9 owner"}\n'
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}:2: not UTF-8 text (byte {data.index(0xE9)}: 0xe9): save the file as UTF-8, "
        "or read it with --encoding cp1252\n"
    )
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a"]


GOOD = "Elizabeth Warren endorsed Joe Biden on Wednesday."


def test_robustness_cli_ingest_malformed_jsonl_reports_lines_and_keeps_the_rest(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "one", "text": GOOD}),
        '{"id": "two", "text": }',
        "[1, 2, 3]",
        json.dumps({"id": "four", "title": "no text"}),
        "",
        json.dumps({"id": "six", "text": "   \n\t "}),
        json.dumps({"id": "seven", "text": GOOD.replace("Joe Biden", "Bernie Sanders")}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {path}:2: malformed JSON (Expecting value)",
        f"Error: {path}:3: record is not a JSON object",
        f"Error: {path}:4: record has no 'text' field",
        f"Error: {path}:6: empty text",
    ]
    assert "2 documents added" in result.stderr
    assert Store(store).documents() == {"one", "seven"}


def test_robustness_cli_ingest_malformed_csv_reports_lines_and_keeps_the_rest(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,title,text\n"
        f'one,First,"{GOOD}"\n'
        "two,Second,too,many,fields\n"
        "three,Third,\n"
        f'four,Fourth,"{GOOD}"\n',
        encoding="utf-8",
    )
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {path}:3: row has more fields than the header",
        f"Error: {path}:4: empty text",
    ]
    assert Store(store).documents() == {"one", "four"}


@pytest.mark.parametrize("batch", ["0", "x"])
def test_robustness_cli_bad_batch_size_is_a_usage_error(tmp_path, batch):
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path), "--store", str(tmp_path / "s"), "--batch-size", batch]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--batch-size'" in result.stderr


def test_robustness_cli_ingest_missing_path_creates_no_store(tmp_path):
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope"), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {tmp_path / 'nope'}: no such file or folder"
    assert not store.exists()


def test_robustness_cli_ingest_warnings_keep_exit_0_and_logs_get_no_progress_bar(tmp_path):
    """A duplicate id and an unreadable date are warnings; stderr, not a terminal here, gets
    one line per message and no carriage-return progress bar."""
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "one", "published": "March 3, 2020", "text": GOOD}),
        json.dumps({"id": "two", "date": "last week", "text": GOOD}),
        json.dumps({"id": "one", "text": GOOD}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store)])
    assert result.exit_code == 0, result.stderr
    assert "\r" not in result.stderr
    assert result.stderr.splitlines()[:2] == [
        f"Warning: {path}:2: date 'last week' is not a day; left empty",
        f"Warning: {path}:3: duplicate id 'one' (first read from {path}:1): skipped",
    ]
    documents = Store(store).load_graph().graph["documents"]
    assert {k: v["date"] for k, v in documents.items()} == {"one": "2020-03-03", "two": None}
