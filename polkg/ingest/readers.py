"""Readers: files, folders and stdin in, `Document`s out.

Every reader streams, so memory does not grow with the corpus. A bad file or record never stops
the run: it is handed to ``on_error`` as an `InputError` naming the file (and line) and skipped;
the other records are read. JSON Lines are decoded line by line and CSV row by row, so invalid
UTF-8, a NUL or a lone surrogate anywhere costs its own record only, never silently becomes
U+FFFD. What is left out on purpose (a duplicate id, a date that names no day, a symlink out of
the input folder) is an `InputWarning` through the same handler.
"""

from __future__ import annotations

import codecs
import copy
import csv
import dataclasses
import hashlib
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from polkg.errors import InputError, InputWarning, PolkgError
from polkg.ingest.cleaning import clean_tracked
from polkg.ingest.dates import iso_date
from polkg.ingest.wrapping import joined_lines, wrapped_lines
from polkg.model import Document

ErrorHandler = Callable[[InputError], None]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".csv"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
_WRAPPED = "looks hard-wrapped ({} of {} lines end inside a sentence): "
_WRAPPED_KEPT = (
    "polkg reads a line break as the end of a sentence, so join the lines of each paragraph "
    "first (or give --line-breaks join)"
)
_WRAPPED_JOINED = "its lines are joined into paragraphs (--line-breaks keep reads them as written)"
# What ``--line-breaks`` may say: join the lines of a paragraph when the text looks hard-wrapped
# (the default), always, or never (a line break then ends a sentence, as in the corpora).
LINE_BREAKS = ("auto", "join", "keep")
DEFAULT_ENCODING = "utf-8"
# The bytes Windows-1252 (the encoding of a text saved on Windows) does not define.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# What an unsupported file's error tells the user to give instead (a JSON array is the usual slip).
_READS = "polkg reads .txt, .html, .jsonl and .csv; JSON as .jsonl, one article object per line"
# Folder files that describe a corpus rather than hold articles.
_NOT_ARTICLES = {"readme", "source", "license", "notice"}
# Longest article text, checked before cleaning (spaCy's default limit: parsing needs ~1 GB per
# 100,000 characters of that size; longer texts are several documents in one).
MAX_TEXT_CHARS = 1_000_000
# Longest JSON line or CSV field read into memory (a record past it is an error, skipped).
MAX_RECORD_BYTES = 64 * 1024 * 1024
# A .jsonl whose first block holds NUL bytes and no JSON object is a binary file, one error.
_SNIFF_BYTES = 8192
# Columns / keys that may hold the publication date, the first non-empty one wins.
DATE_FIELDS = ("date", "published", "pubdate", "datetime")
# The most nested HTML the parser can read (libxml2's limit with huge_tree); deeper is an error.
_HTML_DEPTH = 256
_HTML_HUGE_DEPTH = 2048


@dataclasses.dataclass(frozen=True)
class Reading:
    """How input is read: ``encoding`` of its bytes (checked by `check_encoding`), and
    ``line_breaks``, one of `LINE_BREAKS`: a hard-wrapped text has the lines of each paragraph
    joined before cleaning (``auto``, said in a warning), every text has (``join``), or none
    (``keep``; the warning then says the text looks wrapped)."""

    encoding: str = DEFAULT_ENCODING
    line_breaks: str = "auto"

    def __post_init__(self) -> None:
        object.__setattr__(self, "encoding", check_encoding(self.encoding))
        if self.line_breaks not in LINE_BREAKS:
            raise PolkgError(f"line_breaks must be one of {', '.join(LINE_BREAKS)}")


def _raise(error: InputError) -> None:
    if not isinstance(error, InputWarning):
        raise error
    warnings.warn(str(error), stacklevel=2)


def make_document(
    text: str,
    *,
    where: str,
    doc_id: str | None = None,
    title: str = "",
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    line_breaks: str = "keep",
    on_error: ErrorHandler | None = None,
) -> Document:
    """Clean ``text`` and wrap it; an empty or oversized text is an `InputError` for ``where``.

    ``date`` must already be ISO (see `polkg.ingest.dates`). ``line_breaks`` is `Reading`'s;
    a text that looks hard-wrapped is a warning to ``on_error``. Lines are joined before
    cleaning (which reads a paragraph at a time), a break for a space, so offsets hold."""
    if len(text) > MAX_TEXT_CHARS:  # before cleaning, which costs time on huge texts
        raise InputError(
            where,
            f"text too long to parse ({len(text):,} characters; limit {MAX_TEXT_CHARS:,}): "
            "split it into several documents",
        )
    text = _with_line_breaks(text, where, line_breaks, on_error or _raise)
    tracked, aliases = clean_tracked(text)
    cleaned = tracked.text
    if not cleaned:
        raise InputError(where, "empty text")
    if not doc_id:
        doc_id = hashlib.sha1(cleaned.encode("utf-8")).hexdigest()[:16]
    if not title:
        first, _, rest = cleaned.partition("\n")
        title = first if rest.startswith("\n") and len(first) < 250 else ""
    return Document(
        id=str(doc_id),
        text=cleaned,
        title=title,
        date=(date or None),
        url=(url or None),
        outlet=(outlet or None),
        source=where,
        aliases=tuple(aliases),
        offsets=tracked.runs(),
    )


def check_encoding(encoding: str) -> str:
    """Python's name of ``encoding`` if it is a text encoding polkg can read line by line (any
    but UTF-16 and UTF-32, whose line breaks are not the byte 0x0A), else a `PolkgError`."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise PolkgError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1252)") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64: bytes <-> bytes codecs
        raise PolkgError(f"{encoding!r} is not a text encoding (e.g. utf-8, cp1252)")
    if info.name.startswith(("utf-16", "utf-32")):
        raise PolkgError(f"encoding {encoding!r} is not read: save the files as UTF-8")
    return info.name


def _is_utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name == "utf-8"


def not_decoded(byte: int, encoding: str, where: str = "", at: int | None = None) -> str:
    """The message for ``byte``, which is not text in ``encoding`` (found in ``where``, at byte
    offset ``at``), with the fix: a file saved on Windows holds Windows-1252 bytes (curly quotes
    as 0x93/0x94), which UTF-8 does not read."""
    utf8 = _is_utf8(encoding)
    shown = f"0x{byte:02x}" if at is None else f"{at}: 0x{byte:02x}"
    if not utf8:
        fix = f"it is not {encoding} text either; save the file as UTF-8"
    else:
        if 0x80 <= byte <= 0x9F and byte not in _CP1252_UNDEFINED:
            shown += f", {bytes([byte]).decode('cp1252')} in Windows-1252"
        fix = "save the file as UTF-8, or read it with --encoding cp1252"
    text = "not UTF-8 text" if utf8 else f"not {encoding} text"
    return f"{text}{where} (byte {shown}): {fix}"


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# What a UTF-16 file read line by line gets (Notepad's and Excel's "Unicode" save as).
_UTF16 = 'UTF-16 text (Windows\' "Unicode"): save the file as UTF-8'


def _decode(data: bytes, where: str, encoding: str = DEFAULT_ENCODING) -> str:
    """The text of a whole file, or an `InputError` for binary or foreign-encoded content. A
    UTF-16 file that starts with its byte-order mark (Notepad's "Unicode") is read as such."""
    if data.startswith(_UTF16_BOMS) and _is_utf8(encoding):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(where, "not a text file (broken UTF-16)") from None
        if "\x00" in text:
            raise InputError(where, "not a text file (binary content)")
        return text
    if b"\x00" in data:
        raise InputError(where, "not a text file (binary content)")
    try:
        return data.decode("utf-8-sig" if _is_utf8(encoding) else encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, not_decoded(data[exc.start], encoding, at=exc.start)) from None


def _with_line_breaks(text: str, where: str, line_breaks: str, on_error: ErrorHandler) -> str:
    """``text`` with the lines of its paragraphs joined as ``line_breaks`` says."""
    if line_breaks == "join":
        return joined_lines(text)
    wrapped = wrapped_lines(text)
    if not wrapped:
        return text
    said = _WRAPPED_KEPT if line_breaks == "keep" else _WRAPPED_JOINED
    on_error(InputWarning(where, _WRAPPED.format(*wrapped) + said))
    return joined_lines(text) if line_breaks == "auto" else text


def _check(value: str, name: str, where: str) -> str:
    """``value`` if it can be stored: no NUL, no lone surrogate (JSON's "\\ud800" escape)."""
    if "\x00" in value:
        raise InputError(where, f"NUL character in '{name}'")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            where, f"lone surrogate \\u{ord(value[exc.start]):04x} in '{name}'"
        ) from None
    return value


def _record_document(record: Any, where: str, on_error: ErrorHandler, reading: Reading) -> Document:
    if not isinstance(record, dict):
        raise InputError(where, "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "record has no 'text' field")
    _check(text, "text", where)

    def field(name: str) -> str | None:
        value = record.get(name)
        return _check(str(value), name, where) if value not in (None, "") else None

    values = {name: field(name) for name in ("id", "title", "url", "outlet")}
    date = None
    for name in DATE_FIELDS:
        if (written := field(name)) is not None:
            date = iso_date(written)
            if date is None:
                shown = written if len(written) <= 40 else written[:37] + "..."
                on_error(InputWarning(where, f"date {shown!r} is not a day; left empty"))
            break
    return make_document(
        text,
        where=where,
        doc_id=values["id"],
        title=values["title"] or "",
        date=date,
        url=values["url"],
        outlet=values["outlet"],
        line_breaks=reading.line_breaks,
        on_error=on_error,
    )


def _numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, int, bytes | None]]:
    """``(line number, byte offset, line)``; None for a line longer than MAX_RECORD_BYTES."""
    number = offset = 0
    while line := stream.readline(MAX_RECORD_BYTES + 1):
        number += 1
        start = offset
        offset += len(line)
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while rest := stream.readline(1 << 20):  # skip to the end of the line
                offset += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield number, start, None
        else:
            yield number, start, line


def parse_jsonl(
    lines: Iterable[tuple[int, int, bytes | None]],
    name: str,
    on_error: ErrorHandler,
    reading: Reading,
) -> Iterator[Document]:
    """One article per JSON line; a bad line is reported as ``name:line`` and skipped."""
    for number, offset, line in lines:
        where = f"{name}:{number}"
        try:
            if line is None:
                raise InputError(where, f"record longer than {MAX_RECORD_BYTES:,} bytes")
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line, offset = line[3:], offset + 3
            if not line.strip():
                continue
            if b"\x00" in line:
                raise InputError(where, f"NUL byte (byte {offset + line.index(0)})")
            try:
                decoded = line.decode(reading.encoding)
            except UnicodeDecodeError as exc:
                at = offset + exc.start
                why = not_decoded(line[exc.start], reading.encoding, at=at)
                raise InputError(where, why) from None
            try:
                record = json.loads(decoded)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"malformed JSON ({exc.msg})") from None
            except RecursionError:
                raise InputError(where, "malformed JSON (nested too deeply)") from None
            yield _record_document(record, where, on_error, reading)
        except InputError as error:
            on_error(error)


def _looks_binary(head: bytes) -> bool:
    """NUL bytes and no line opening a JSON object: an image, archive or UTF-16 file."""
    if b"\x00" not in head:
        return False
    return not any(line.lstrip(b"\xef\xbb\xbf \t\r").startswith(b"{") for line in head.split(b"\n"))


def parse_csv(
    handle: IO[bytes], name: str, on_error: ErrorHandler, reading: Reading
) -> Iterator[Document]:
    """One article per CSV row with a header naming at least ``text``; rows decoded one by one.

    Bytes that are not UTF-8 (or not ``reading.encoding``) reach the csv module as lone surrogates
    (surrogateescape), so a row holding one is reported and the next row is read as usual."""
    csv.field_size_limit(MAX_RECORD_BYTES)
    encoding = reading.encoding
    lines = (line.decode(encoding, "surrogateescape") for line in handle)
    first = next(lines, "").removeprefix("\ufeff")
    if "\x00" in first or first.startswith("PK\x03\x04"):  # a binary file, a spreadsheet
        utf16 = first.encode(encoding, "surrogateescape").startswith(_UTF16_BOMS)
        on_error(InputError(name, _UTF16 if utf16 else "not a CSV text file (binary content)"))
        return
    try:
        _check_decoded(first, "header", encoding)
    except ValueError as problem:
        on_error(InputError(f"{name}:1", str(problem)))
        return
    reader = csv.DictReader(_chain(first, lines))
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        on_error(InputError(f"{name}:1", f"malformed CSV ({exc})"))
        return
    if not fields or "text" not in fields:
        hint = _header_hint(fields or [])
        on_error(InputError(f"{name}:1", f"CSV header has no 'text' column{hint}"))
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            on_error(InputError(f"{name}:{reader.line_num}", f"malformed CSV ({exc})"))
            continue
        where = f"{name}:{reader.line_num}"
        try:
            if None in row:
                raise InputError(where, "row has more fields than the header")
            for column, value in row.items():
                try:
                    _check_decoded(value or "", f"column '{column}'", encoding)
                except ValueError as problem:
                    raise InputError(where, str(problem)) from None
            yield _record_document(row, where, on_error, reading)
        except InputError as error:
            on_error(error)


def _check_decoded(value: str, what: str, encoding: str = DEFAULT_ENCODING) -> None:
    """A ValueError naming ``what`` if surrogateescape decoding met a byte ``encoding`` does not
    read (the message says how to read the file)."""
    for char in value:
        if "\udc80" <= char <= "\udcff":
            raise ValueError(not_decoded(ord(char) - 0xDC00, encoding, f" in {what}"))


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _open_binary(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise InputError(str(path), exc.strerror or "cannot be read") from None


def _html_depth(tree: Any) -> int:
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _html_tree(html: str, where: str) -> Any:
    """The page parsed as trafilatura parses it; past 255 levels of nesting, again without
    libxml2's default depth limit (which would silently drop the deeper text)."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or _html_depth(tree) < _HTML_DEPTH:
        return tree
    parser = HTMLParser(
        huge_tree=True, collect_ids=False, default_doctype=False, remove_comments=True,
        remove_pis=True,
    )  # fmt: skip
    tree = fromstring(html.encode("utf-8"), parser=parser)
    if _html_depth(tree) >= _HTML_HUGE_DEPTH:
        raise InputError(where, f"HTML nested deeper than {_HTML_HUGE_DEPTH:,} levels")
    return tree


def html_to_text(html: str, where: str) -> tuple[str, dict[str, str | None]]:
    """Main article text and metadata of a web page, via trafilatura."""
    import trafilatura

    tree = _html_tree(html, where)
    meta = trafilatura.extract_metadata(copy.deepcopy(tree)) if tree is not None else None
    text = trafilatura.extract(tree, include_comments=False, include_tables=False)
    if not text:
        raise InputError(where, "no article text found in HTML")
    info: dict[str, str | None] = {"title": None, "date": None, "url": None, "outlet": None}
    if meta is not None:
        info = {"title": meta.title, "date": meta.date, "url": meta.url, "outlet": meta.sitename}
    return text, info


def read_file(
    path: Path, on_error: ErrorHandler = _raise, reading: Reading | None = None
) -> Iterator[Document]:
    """Documents in one file, chosen by its suffix, read as ``reading`` says (a web page that
    declares its own charset is read in it when it is not UTF-8)."""
    reading = reading or Reading()
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED:
            raise InputError(where, f"unsupported file type '{suffix or path.name}' ({_READS})")
        if suffix == ".jsonl":
            with _open_binary(path) as handle:
                head = handle.read(_SNIFF_BYTES)
                if head.startswith(_UTF16_BOMS):
                    raise InputError(where, _UTF16)
                if _looks_binary(head):
                    raise InputError(where, "not a text file (binary content)")
                handle.seek(0)
                yield from parse_jsonl(_numbered_lines(handle), where, on_error, reading)
        elif suffix == ".csv":
            with _open_binary(path) as handle:
                yield from parse_csv(handle, where, on_error, reading)
        else:
            data = _read_bytes(path)
            encoding = reading.encoding
            if suffix in HTML_SUFFIXES:
                encoding = _page_encoding(data, encoding)
            text = _decode(data, where, encoding)
            if suffix in HTML_SUFFIXES:
                body, info = html_to_text(text, where)
                date = _page_date(info["date"], where, on_error)
                yield make_document(
                    body,
                    where=where,
                    doc_id=path.stem,
                    title=info["title"] or "",
                    date=date,
                    url=info["url"],
                    outlet=info["outlet"],
                    line_breaks=reading.line_breaks,
                    on_error=on_error,
                )
            else:
                yield make_document(
                    text,
                    where=where,
                    doc_id=path.stem,
                    line_breaks=reading.line_breaks,
                    on_error=on_error,
                )
    except OSError as exc:  # a read failing after the open (an I/O error, a vanished file)
        on_error(InputError(where, exc.strerror or "cannot be read"))
    except InputError as error:
        on_error(error)


_META_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _page_encoding(data: bytes, encoding: str) -> str:
    """The charset a page declares in a ``<meta>`` near its top, when its bytes are not UTF-8
    and the user asked for none (a page saved from an old site: windows-1252, iso-8859-1).
    A page labelled latin-1 or ASCII is read as Windows-1252, as browsers read it (the WHATWG
    encoding standard): its curly quotes 0x93/0x94 are not the C1 controls of latin-1."""
    if not _is_utf8(encoding):
        return encoding
    try:
        data.decode("utf-8")
        return encoding
    except UnicodeDecodeError:
        pass
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return encoding
    try:
        declared = check_encoding(found.group(1).decode("ascii"))
    except PolkgError:
        return encoding
    return "cp1252" if declared in ("iso8859-1", "ascii") else declared


def _page_date(written: str | None, where: str, on_error: ErrorHandler) -> str | None:
    if not written:
        return None
    date = iso_date(written)
    if date is None:
        on_error(InputWarning(where, f"date {written!r} is not a day; left empty"))
    return date


def read_stdin(
    on_error: ErrorHandler = _raise, reading: Reading | None = None
) -> Iterator[Document]:
    """stdin holds JSON Lines when it starts with ``{`` (read line by line, as it arrives),
    else one plain-text article."""
    reading = reading or Reading()
    stream = sys.stdin.buffer
    lines = _numbered_lines(stream)
    head: list[tuple[int, int, bytes | None]] = []
    for item in lines:  # blank lines before the first content decide nothing
        head.append(item)
        if item[2] is None or item[2].strip(b"\xef\xbb\xbf \t\r\n"):
            break
    first = head[-1][2] if head else b""
    if first is None or first.lstrip(b"\xef\xbb\xbf \t\r").startswith(b"{"):
        yield from parse_jsonl(_chain_lines(head, lines), "<stdin>", on_error, reading)
        return
    try:
        data = b"".join(line or b"" for _, _, line in head) + stream.read()
        text = _decode(data, "<stdin>", reading.encoding)
        yield make_document(
            text, where="<stdin>", line_breaks=reading.line_breaks, on_error=on_error
        )
    except InputError as error:
        on_error(error)


def _chain_lines(
    head: list[tuple[int, int, bytes | None]], rest: Iterator[tuple[int, int, bytes | None]]
) -> Iterator[tuple[int, int, bytes | None]]:
    yield from head
    yield from rest


def _folder_files(folder: Path, on_error: ErrorHandler, follow_links: bool) -> list[Path]:
    """Article files under ``folder``; unreadable folders are errors, symlinks that leave
    ``folder`` are warnings (followed only with ``follow_links``)."""
    root = folder.resolve()
    files: list[Path] = []
    seen_dirs: set[Path] = set()

    def unreadable(error: OSError) -> None:
        on_error(InputError(str(error.filename), error.strerror or "cannot be read"))

    def leaves(path: Path) -> bool:
        if not path.is_symlink():
            return False
        target = path.resolve()
        if target == root or root in target.parents:
            return False
        if not follow_links:
            on_error(
                InputWarning(
                    str(path),
                    f"symlink to {target} outside {folder}: not followed (--follow-links)",
                )
            )
        return not follow_links

    for current, dirs, names in os.walk(folder, onerror=unreadable, followlinks=follow_links):
        here = Path(current)
        real = here.resolve()
        if real in seen_dirs:  # a symlink loop, or a folder reached twice
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not leaves(here / d))
        for name in names:
            path = here / name
            if (
                name.startswith(".")
                or path.suffix.lower() not in SUPPORTED
                or path.stem.lower() in _NOT_ARTICLES
                or leaves(path)
            ):
                continue
            files.append(path)
    # Records (with their dates and titles) first, so they win over same-id text copies.
    return sorted(files, key=lambda p: (p.suffix.lower() not in RECORD_SUFFIXES, str(p)))


def read_documents(
    paths: Iterable[str | Path],
    on_error: ErrorHandler = _raise,
    *,
    follow_links: bool = False,
    encoding: str = DEFAULT_ENCODING,
    line_breaks: str = "auto",
) -> Iterator[Document]:
    """Stream documents from files, folders (recursively) and ``-`` (stdin).

    A document id read before in the same run is skipped with a warning, except the ``<id>.txt``
    (or .html) copies that a corpus folder keeps beside its ``articles.jsonl``: those are the
    same articles, and the record (with its date and title) is the one read. ``encoding`` and
    ``line_breaks`` say how to read every input (`Reading`).
    """
    reading = Reading(encoding, line_breaks)
    first_source: dict[str, str] = {}
    for raw in paths:
        if str(raw) == "-":
            documents: Iterable[Document] = read_stdin(on_error, reading)
        else:
            path = Path(raw)
            if path.is_dir():
                files = _folder_files(path, on_error, follow_links)
                if not files:
                    on_error(InputWarning(str(path), f"no article files in it ({_READS})"))
                documents = (d for f in files for d in read_file(f, on_error, reading))
            else:
                documents = _said_if_empty(path, on_error, reading)
        for document in documents:
            first = first_source.get(document.id)
            if first is None:
                first_source[document.id] = document.source
                yield document
            elif not _record_and_its_copy(first, document.source):
                message = f"duplicate id {document.id!r} (first read from {first}): skipped"
                on_error(InputWarning(document.source, message))


def _header_hint(fields: Sequence[str]) -> str:
    """Why a CSV header has no ``text`` column, when the usual slips show: a spreadsheet saved
    with ';' or tabs (one column holding the whole header), or 'Text' / ' text' for 'text'."""
    if len(fields) == 1 and (sep := next((c for c in ";\t|" if c in fields[0]), None)):
        shown = "tab" if sep == "\t" else f"'{sep}'"
        return f" (the header looks {shown}-separated: polkg reads comma-separated CSV)"
    near = [f for f in fields if f.strip().lower() == "text"]
    return f" (a column is named {near[0]!r}: name it 'text')" if near else ""


def _said_if_empty(path: Path, on_error: ErrorHandler, reading: Reading) -> Iterator[Document]:
    """The documents of ``path``, with a warning when it held none and no error said why (an
    empty or blank .jsonl/.csv): a run that adds nothing should say which input was empty."""
    errors = 0

    def counting(error: InputError) -> None:
        nonlocal errors
        errors += 1
        on_error(error)

    read = 0
    for document in read_file(path, counting, reading):
        read += 1
        yield document
    if not read and not errors:
        on_error(InputWarning(str(path), "no articles in it"))


def _record_and_its_copy(first: str, source: str) -> bool:
    """True when ``first`` is a record of a .jsonl/.csv and ``source`` a text file beside it."""
    file, _, line = first.rpartition(":")
    return (
        line.isdigit()
        and Path(source).suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
        and (Path(file).parent == Path(source).parent)
    )
