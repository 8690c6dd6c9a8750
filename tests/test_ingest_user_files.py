"""What a user's own files meet: text saved on Windows (cp1252), a page declaring its charset,
and hard-wrapped text (a PDF or an e-mail), through the readers and the command line."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import main
from polkg.errors import InputError, PolkgError
from polkg.ingest import read_documents
from polkg.ingest.readers import Reading
from polkg.ingest.wrapping import joined_lines

SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "hill-sessions-recusal.txt"
)
WINDOWS = "Sen. Elizabeth Warren endorsed Joe Biden on Monday. \u201cHe will win,\u201d she said."
FIX = "save the file as UTF-8, or read it with --encoding cp1252"


def collect(paths: list[Path], **options: str) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_documents(paths, on_error=errors.append, **options)), errors


def test_a_windows_text_file_is_one_line_naming_the_byte_and_the_fix(tmp_path: Path) -> None:
    """A .txt saved on Windows (curly quotes as 0x93/0x94) was 'not UTF-8 text (byte 52)'."""
    path = tmp_path / "windows.txt"
    path.write_bytes(WINDOWS.encode("cp1252"))
    docs, errors = collect([path])
    at = WINDOWS.encode("cp1252").index(0x93)
    assert docs == [] and [str(e) for e in errors] == [
        f"{path}: not UTF-8 text (byte {at}: 0x93, \u201c in Windows-1252): {FIX}"
    ]
    (doc,), errors = collect([path], encoding="cp1252")
    assert errors == [] and doc.text == WINDOWS


def test_a_windows_csv_names_each_row_and_the_fix_and_reads_with_the_encoding(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sheet.csv"
    rows = ["id,text", "a1,Warren endorsed Biden.", f'a2,"{WINDOWS}"', "a3,Sanders spoke."]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["a1", "a3"]
    assert [str(e) for e in errors] == [
        f"{path}:3: not UTF-8 text in column 'text' (byte 0x93, \u201c in Windows-1252): {FIX}"
    ]
    docs, errors = collect([path], encoding="cp1252")
    assert errors == [] and [d.text for d in docs][1] == WINDOWS


def test_a_windows_jsonl_line_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    line = json.dumps({"id": "w", "text": WINDOWS}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(line + b"\n")
    _, errors = collect([path])
    assert [str(e) for e in errors] == [
        f"{path}:1: not UTF-8 text (byte {line.index(0x93)}: 0x93, \u201c in Windows-1252): {FIX}"
    ]
    (doc,), _ = collect([path], encoding="cp1252")
    assert doc.text == WINDOWS


def test_a_byte_the_given_encoding_lacks_is_still_one_line(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Warren \x81 endorsed Biden.")  # 0x81: undefined in Windows-1252
    _, errors = collect([path], encoding="cp1252")
    assert [str(e) for e in errors] == [
        f"{path}: not cp1252 text (byte 7: 0x81): it is not cp1252 text either; save the file "
        "as UTF-8"
    ]


@pytest.mark.parametrize("declared", ["windows-1252", "ISO-8859-1"])
def test_a_web_page_is_read_in_the_charset_it_declares(tmp_path: Path, declared: str) -> None:
    """A page labelled latin-1 is read as browsers read it, Windows-1252 (0x93 a curly quote)."""
    path = tmp_path / "page.html"
    body = " ".join([WINDOWS] * 8)  # long enough for trafilatura to keep it as the article
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        f"<title>Endorsement</title></head><body><article><p>{body}</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1252"))
    (doc,), errors = collect([path])
    assert errors == [] and "\u201cHe will win,\u201d" in doc.text


def test_an_encoding_python_does_not_read_as_bytes_is_refused() -> None:
    with pytest.raises(PolkgError, match="unknown encoding 'klingon'"):
        Reading(encoding="klingon")
    with pytest.raises(PolkgError, match="save the files as UTF-8"):
        Reading(encoding="utf-16")
    with pytest.raises(PolkgError, match="'rot13' is not a text encoding"):
        Reading(encoding="rot13")
    assert Reading(encoding="Windows-1252").encoding == "cp1252"


def test_cli_reads_windows_files_with_encoding_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(WINDOWS.encode("cp1252"))
    runner = CliRunner()
    failed = runner.invoke(main, ["extract", str(path)])
    assert failed.exit_code == 1 and failed.stdout == ""
    assert failed.stderr.splitlines() == [
        f"Error: {path}: not UTF-8 text (byte 52: 0x93, \u201c in Windows-1252): {FIX}"
    ]
    read = runner.invoke(main, ["extract", "--encoding", "cp1252", str(path)])
    assert read.exit_code == 0 and read.stderr == ""
    rows = [json.loads(line) for line in read.stdout.splitlines()]
    assert ("Elizabeth Warren", "endorses", "Joe Biden") in [
        (r["subject"], r["relation"], r["object"]) for r in rows
    ]
    store = tmp_path / "store"
    wrong = runner.invoke(main, ["ingest", "--encoding", "klingon", str(path), "--store", store])
    assert wrong.exit_code == 2 and "Traceback" not in wrong.output
    assert "Invalid value for '--encoding': unknown encoding 'klingon'" in wrong.stderr
    assert not store.exists()


def test_joined_lines_keeps_the_length_and_the_paragraphs() -> None:
    text = "Warren endorsed\nJoe Biden on\nMonday.\n\nSanders\nspoke."
    assert joined_lines(text) == "Warren endorsed Joe Biden on Monday.\n\nSanders spoke."
    # no blank line: no paragraph marks, so only a line that does not end its sentence is joined
    assert joined_lines("A said\nso. B said\nso.\nC left.") == "A said so. B said so.\nC left."
    for sample in (text, "", "x", "\n\n", "a\n"):
        assert len(joined_lines(sample)) == len(sample)


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
@pytest.mark.parametrize("line_breaks", ["auto", "join", "keep"])
def test_the_seed_wrapped_at_72_columns_gives_its_13_assertions(
    tmp_path: Path, line_breaks: str
) -> None:
    """The seed article wrapped at 72 columns gave 1 assertion instead of 13 (a warning said
    so); its lines are now joined before cleaning, which reads a paragraph at a time (the hover
    cards it removes span several wrapped lines), and offsets point into the wrapped file."""
    text = SEED.read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in text.splitlines() if p.strip())
    path = tmp_path / "seed.txt"
    path.write_text(wrapped, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--line-breaks", line_breaks, str(path)])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    seed = [
        json.loads(line)
        for line in CliRunner().invoke(main, ["extract", str(SEED)]).stdout.splitlines()
    ]
    expected = [{k: v for k, v in r.items() if k not in ("doc", "start", "end")} for r in seed]
    assert len(expected) == 13
    warned = [line for line in result.stderr.splitlines() if "looks hard-wrapped" in line]
    if line_breaks == "keep":
        assert len(rows) < 13 and len(warned) == 1 and "--line-breaks join" in warned[0]
        return
    assert [{k: v for k, v in r.items() if k not in ("doc", "start", "end")} for r in rows] == (
        expected
    )
    assert len(warned) == (1 if line_breaks == "auto" else 0)
    for row, first in zip(rows, seed, strict=True):  # the same span, up to whitespace
        assert words(wrapped[row["start"] : row["end"]]) == words(
            text[first["start"] : first["end"]]
        )


def words(text: str) -> str:
    """``text`` up to whitespace ("Clinton-\\nLynch", broken at its hyphen, is joined with a
    space)."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text)).strip()


def test_a_utf16_file_from_notepad_is_read_or_named(tmp_path: Path) -> None:
    """Notepad's and Excel's "Unicode" save (UTF-16 with a byte-order mark) was 'not a text
    file (binary content)'; a text file is read, a corpus file is named with the fix."""
    text = tmp_path / "notepad.txt"
    text.write_bytes(WINDOWS.encode("utf-16"))
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes(f'id,text\n1,"{WINDOWS}"\n'.encode("utf-16"))
    lines = tmp_path / "lines.jsonl"
    lines.write_bytes(json.dumps({"id": "j", "text": WINDOWS}).encode("utf-16"))
    docs, errors = collect([text, sheet, lines])
    assert [d.text for d in docs] == [WINDOWS]
    said = 'UTF-16 text (Windows\' "Unicode"): save the file as UTF-8'
    assert [str(e) for e in errors] == [f"{sheet}: {said}", f"{lines}: {said}"]
