"""Readers: files, folders and stdin in, `Document`s out.

Every reader streams, so memory does not grow with the corpus. A bad file or record never stops
the run: it is handed to ``on_error`` as an `InputError` naming the file (and line) and skipped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from polkg.errors import InputError
from polkg.ingest.cleaning import clean_text
from polkg.model import Document

ErrorHandler = Callable[[InputError], None]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".csv"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
# Folder files that describe a corpus rather than hold articles.
_NOT_ARTICLES = {"readme", "source", "license", "notice"}


def _raise(error: InputError) -> None:
    raise error


def make_document(
    text: str,
    *,
    where: str,
    doc_id: str | None = None,
    title: str = "",
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Document:
    """Clean ``text`` and wrap it; an empty result is an `InputError` for ``where``."""
    cleaned, aliases = clean_text(text)
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
    )


def _decode(data: bytes, where: str, *, partial: bool = False) -> str:
    """UTF-8 text of ``data``, or an `InputError` for binary or foreign-encoded content.

    With ``partial`` (the first block of a larger file) a character cut at the end is fine.
    """
    if b"\x00" in data:
        raise InputError(where, "not a text file (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if partial and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8-sig")
        raise InputError(where, f"not UTF-8 text (byte {exc.start})") from None


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise InputError(str(path), exc.strerror or "cannot be read") from None


def _record_document(record: Any, where: str) -> Document:
    if not isinstance(record, dict):
        raise InputError(where, "record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "record has no 'text' field")

    def field(name: str) -> str | None:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    return make_document(
        text,
        where=where,
        doc_id=field("id"),
        title=field("title") or "",
        date=field("date"),
        url=field("url"),
        outlet=field("outlet"),
    )


def parse_jsonl(lines: Iterable[str], name: str, on_error: ErrorHandler) -> Iterator[Document]:
    """One article per JSON line; a bad line is reported as ``name:line`` and skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"malformed JSON ({exc.msg})") from None
            yield _record_document(record, where)
        except InputError as error:
            on_error(error)


def parse_csv(handle: Iterable[str], name: str, on_error: ErrorHandler) -> Iterator[Document]:
    """One article per CSV row with a header naming at least ``text``."""
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(handle)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        on_error(InputError(f"{name}:1", "CSV header has no 'text' column"))
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
            yield _record_document(row, where)
        except InputError as error:
            on_error(error)


def _open_text(path: Path, newline: str) -> io.TextIOWrapper:
    """A text stream over the file; binary or non-UTF-8 content fails early, as one error."""
    handle = _open_binary(path)
    try:
        _decode(handle.peek(65536)[:65536], str(path), partial=True)
    except InputError:
        handle.close()
        raise
    return io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline=newline)


def _open_binary(path: Path) -> io.BufferedReader:
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the TextIOWrapper around it
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from None


def html_to_text(html: str, where: str) -> tuple[str, dict[str, str | None]]:
    """Main article text and metadata of a web page, via trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError(where, "no article text found in HTML")
    meta = trafilatura.extract_metadata(html)
    info: dict[str, str | None] = {"title": None, "date": None, "url": None, "outlet": None}
    if meta is not None:
        info = {"title": meta.title, "date": meta.date, "url": meta.url, "outlet": meta.sitename}
    return text, info


def read_file(path: Path, on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """Documents in one file, chosen by its suffix."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED:
            raise InputError(where, f"unsupported file type '{suffix or path.name}'")
        if suffix == ".jsonl":
            with _open_text(path, newline="\n") as lines:  # JSON Lines end in \n only
                yield from parse_jsonl(lines, where, on_error)
        elif suffix == ".csv":
            with _open_text(path, newline="") as handle:
                yield from parse_csv(handle, where, on_error)
        else:
            text = _decode(_read_bytes(path), where)
            if suffix in HTML_SUFFIXES:
                body, info = html_to_text(text, where)
                yield make_document(
                    body,
                    where=where,
                    doc_id=path.stem,
                    title=info["title"] or "",
                    date=info["date"],
                    url=info["url"],
                    outlet=info["outlet"],
                )
            else:
                yield make_document(text, where=where, doc_id=path.stem)
    except InputError as error:
        on_error(error)


def read_stdin(on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """stdin holds JSON Lines when it starts with ``{``, else one plain-text article."""
    data = sys.stdin.buffer.read()
    try:
        text = _decode(data, "<stdin>")
        if text.lstrip().startswith("{"):
            yield from parse_jsonl(text.split("\n"), "<stdin>", on_error)
        else:
            yield make_document(text, where="<stdin>")
    except InputError as error:
        on_error(error)


def _folder_files(folder: Path) -> list[Path]:
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.stem.lower() not in _NOT_ARTICLES
    ]
    # Records (with their dates and titles) first, so they win over same-id text copies.
    return sorted(files, key=lambda p: (p.suffix.lower() not in RECORD_SUFFIXES, str(p)))


def read_documents(
    paths: Iterable[str | Path], on_error: ErrorHandler = _raise
) -> Iterator[Document]:
    """Stream documents from files, folders (recursively) and ``-`` (stdin).

    A document id seen before in the same run is skipped, so a corpus folder holding both
    ``articles.jsonl`` and one ``<id>.txt`` per article is read once.
    """
    seen: set[str] = set()
    for raw in paths:
        if str(raw) == "-":
            documents = read_stdin(on_error)
        else:
            path = Path(raw)
            if path.is_dir():
                documents = (d for f in _folder_files(path) for d in read_file(f, on_error))
            else:
                documents = read_file(path, on_error)
        for document in documents:
            if document.id not in seen:
                seen.add(document.id)
                yield document
