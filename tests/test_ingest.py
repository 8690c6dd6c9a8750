"""Ingest: readers, cleaning of page artefacts, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest

from polkg.errors import InputError, InputWarning
from polkg.ingest import clean_text, read_documents
from polkg.ingest.cleaning import clean_tracked
from polkg.ingest.offsets import original_span

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
SEED = SHARED / "corpus" / "seed" / "hill-sessions-recusal.txt"
ALLSIDES = SHARED / "corpus" / "allsides" / "articles.jsonl"
NOISE_ONLY = ["Toobin", "McCabe", "Sacha Baron Cohen", "Pence", "Karma", "National Guard", "MORE"]


def needs(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not available")


def collect(paths: list[str | Path]) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_documents(paths, on_error=errors.append)), errors


def test_cleaning_seed_hover_cards_leave_the_visible_name():
    needs(SEED)
    text, aliases = clean_text(SEED.read_text(encoding="utf-8"))
    assert "Former Attorney General Jeff Sessions shot back at President Trump over" in text
    assert "former special counsel Robert Mueller." in text
    assert "his 2017 opponent, Roy Moore, faced" in text
    for noise in NOISE_ONLY:
        assert noise not in text
    card = ("Former Attorney General Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions")
    assert card in aliases
    assert ("President Trump", "Donald John Trump") in aliases
    assert ("Roy Moore", "Roy Stewart Moore") in aliases


@pytest.mark.parametrize(
    "raw, cleaned, alias",
    [
        # The Hill, as newspaper3k extracted it: a space between visible and full name.
        (
            "said President Trump Donald John TrumpGOP senators balk at lengthy trial Warren goes "
            "local MORE on Friday.",
            "said President Trump on Friday.",
            ("President Trump", "Donald John Trump"),
        ),
        # Full name followed by a space, a lowercase particle in the name.
        (
            "Mayor Bill de Blasio Bill de BlasioThe Hill's 12:30 Report: Sights MORE (D), who",
            "Mayor Bill de Blasio (D), who",
            ("Mayor Bill de Blasio", "Bill de Blasio"),
        ),
        (
            "Sen. Mitch McConnell Addison (Mitch) Mitchell McConnell2020 Democrats push for gun "
            "control MORE (R-Ky.) said",
            "Sen. Mitch McConnell (R-Ky.) said",
            ("Sen. Mitch McConnell", "Addison (Mitch) Mitchell McConnell"),
        ),
        # A spaced card whose first token is the visible surname's given name, not the surname.
        (
            "into Hillary Clinton Hillary Diane Rodham Clinton2020 Democrats make play for "
            "veterans' votes The Memo: NYT MORE’s private email server.",
            "into Hillary Clinton’s private email server.",
            ("Hillary Clinton", "Hillary Diane Rodham Clinton"),
        ),
        (
            "until Robert Mueller Robert (Bob) Swan MuellerSpeier says things MORE is expected",
            "until Robert Mueller is expected",
            ("Robert Mueller", "Robert (Bob) Swan Mueller"),
        ),
        # A card with no headline left.
        (
            "chief of staff John Kelly John Francis KellyMORE said",
            "chief of staff John Kelly said",
            ("John Kelly", "John Francis Kelly"),
        ),
    ],
)
def test_cleaning_hover_card_variants(raw, cleaned, alias):
    text, aliases = clean_text(raw)
    assert text == cleaned
    assert aliases == [alias]


def test_cleaning_keeps_ordinary_capitals_and_read_more():
    raw = "Smith met Smith Jones there.\n\nREAD MORE:\n\nPresident Obama spoke."
    text, aliases = clean_text(raw)
    assert text == raw and aliases == []


@pytest.mark.slow  # a whole corpus or many parses
def test_cleaning_allsides_leaves_no_hover_card():
    needs(ALLSIDES)
    docs, errors = collect([ALLSIDES])
    assert not errors and len(docs) > 1000
    # A card ends in "<lowercase headline word> MORE"; all-caps headlines ("FAR MORE") are text.
    leftovers = [d.id for d in docs if re.search(r"[a-z.]\w* MORE\b", d.text)]
    # Only cards whose full name is misspelled by the site itself may remain.
    assert len(leftovers) <= 3, leftovers


def test_ingest_txt_id_is_file_stem_and_title_first_line():
    needs(SEED)
    (doc,), errors = collect([SEED])
    assert not errors
    assert doc.id == "hill-sessions-recusal"
    assert doc.title.startswith("Sessions fires back at Trump over recusal")
    assert doc.aliases and doc.source == str(SEED)


def test_ingest_jsonl_fields_and_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    good = {"id": "a1", "title": "T", "date": "2020-07-11", "url": "http://x", "text": "Hi there."}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "a2", "text": "   "}), ""]
    lines.append(json.dumps({"id": "a3", "text": "Still read."}))
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["a1", "a3"]
    assert docs[0].date == "2020-07-11" and docs[0].url == "http://x" and docs[0].title == "T"
    assert [str(e) for e in errors] == [
        f"{path}:2: malformed JSON (Expecting property name enclosed in double quotes)",
        f"{path}:3: empty text",
    ]


def test_ingest_csv_records_with_line_numbers(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        'id,title,date,text\nc1,First,2019-01-02,"Line one,\nline two."\nc2,Second,,\nc3,x,,ok\n',
        encoding="utf-8",
    )
    docs, errors = collect([path])
    assert [d.id for d in docs] == ["c1", "c3"]
    assert docs[0].text == "Line one,\nline two." and docs[0].date == "2019-01-02"
    assert [str(e) for e in errors] == [f"{path}:4: empty text"]


@pytest.mark.slow  # a whole corpus or many parses
def test_ingest_html_keeps_main_text_only():
    docs, errors = collect([HERE / "fixtures" / "wn2020_050.html"])
    assert not errors
    (doc,) = docs
    assert doc.id == "wn2020_050"
    assert "proud to endorse Joe Biden" in doc.text
    assert "Subscribe to our newsletter" not in doc.text
    assert doc.title.startswith("Elizabeth Warren endorses Joe Biden")


def test_ingest_bad_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 politics".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Warren endorsed Biden.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    docs, errors = collect([tmp_path, missing])
    assert [d.id for d in docs] == ["good"]
    assert sorted(str(e) for e in errors) == sorted(
        [
            f"{tmp_path / 'binary.txt'}: not a text file (binary content)",
            f"{tmp_path / 'empty.txt'}: empty text",
            f"{tmp_path / 'latin1.txt'}: not UTF-8 text (byte 3: 0xe9): save the file as UTF-8, "
            "or read it with --encoding cp1252",
            f"{missing}: no such file",
        ]
    )


def test_ingest_folder_prefers_records_and_reads_each_id_once(tmp_path):
    (tmp_path / "a1.txt").write_text("Plain copy.", encoding="utf-8")
    record = {"id": "a1", "date": "2020-01-01", "text": "Record copy."}
    (tmp_path / "articles.jsonl").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "SOURCE.md").write_text("# not an article", encoding="utf-8")
    docs, errors = collect([tmp_path])
    assert not errors
    assert [(d.id, d.text, d.date) for d in docs] == [("a1", "Record copy.", "2020-01-01")]


def test_ingest_stdin_text_and_jsonl(monkeypatch):
    class FakeStdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", FakeStdin(b"Sanders endorsed Biden on Monday."))
    (doc,), _ = collect(["-"])
    assert doc.text == "Sanders endorsed Biden on Monday." and len(doc.id) == 16
    monkeypatch.setattr("sys.stdin", FakeStdin(b'{"id": "s1", "text": "Hello."}\n'))
    (doc,), _ = collect(["-"])
    assert doc.id == "s1"


def test_ingest_unsupported_suffix(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    docs, errors = collect([path])
    assert docs == [] and [str(e) for e in errors] == [
        f"{path}: unsupported file type '.pdf' (polkg reads .txt, .html, .jsonl and .csv; "
        "JSON as .jsonl, one article object per line)"
    ]


def test_ingest_csv_without_a_text_column_says_the_usual_slip(tmp_path):
    """A spreadsheet saved with ';' or tabs, or a 'Text' column, was only 'no text column'."""
    said = "CSV header has no 'text' column"
    cases = {
        "semicolon.csv": ("id;title;text", f"{said} (the header looks ';'-separated: "),
        "tabs.csv": ("id\ttext", f"{said} (the header looks tab-separated: "),
        "capital.csv": ("id,Text", f"{said} (a column is named 'Text': name it 'text')"),
        "body.csv": ("id,body", said),
    }
    for name, (header, reason) in cases.items():
        path = tmp_path / name
        path.write_text(f"{header}\nd1,Sanders endorsed Biden.\n", encoding="utf-8")
        docs, errors = collect([path])
        if reason.endswith(": "):
            reason += "polkg reads comma-separated CSV)"
        assert docs == [] and [str(e) for e in errors] == [f"{path}:1: {reason}"]


def test_ingest_joins_the_lines_of_a_hard_wrapped_text_file_and_says_so(tmp_path):
    """A line break ends a sentence, so a file wrapped at 72 columns lost its relations silently
    (the seed article wrapped: 1 assertion instead of 13); then it was only warned about."""
    import textwrap

    record = json.loads(
        (HERE.parent / "examples/wikinews/articles.jsonl").read_text().splitlines()[0]
    )
    text = record["text"]  # one paragraph per line, as the corpora have it
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in text.splitlines() if line.strip())
    (tmp_path / "wrapped.txt").write_text(wrapped, encoding="utf-8")
    (tmp_path / "lines.txt").write_text(text, encoding="utf-8")
    (tmp_path / "unwrapped.txt").write_text(text.replace("\n", "\n\n"), encoding="utf-8")
    docs, errors = collect([tmp_path])
    assert [d.id for d in docs] == ["lines", "unwrapped", "wrapped"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'wrapped.txt'}: looks hard-wrapped (29 of 31 lines end inside a sentence): "
        "its lines are joined into paragraphs (--line-breaks keep reads them as written)"
    ]
    assert isinstance(errors[0], InputWarning)
    _, unwrapped, joined = docs
    assert joined.text == unwrapped.text  # each paragraph one line again
    kept = list(read_documents([tmp_path / "wrapped.txt"], lambda e: None, line_breaks="keep"))
    assert kept[0].text.count("\n") == wrapped.count("\n")


def test_ingest_repairs_mojibake():
    """UTF-8 read as Latin-1 in scraped corpora ("Trumpâ\\x80\\x99s") would make "Donald Trumpâs"
    a person of its own; ftfy's encoding fix restores the apostrophe, nothing else changes."""
    from polkg.ingest.cleaning import clean_text

    broken = "Donald Trump’s first 100 days".encode().decode("latin-1")
    assert broken != "Donald Trump’s first 100 days"
    assert clean_text(broken)[0] == "Donald Trump’s first 100 days"
    assert clean_text('He said "no" -- twice.')[0] == 'He said "no" -- twice.'


# --- dates, duplicates, folders, symlinks, deep HTML ----------------------------------------


@pytest.mark.parametrize(
    ("column", "written", "iso"),
    [
        ("date", "March 3, 2020", "2020-03-03"),
        ("published", "2020-03-03T23:30:00-05:00", "2020-03-03"),
        ("pubdate", "Tue, 03 Mar 2020 14:05:00 GMT", "2020-03-03"),
        ("datetime", "3/4/2020", "2020-03-04"),
    ],
)
def test_ingest_dates_are_iso_days_from_any_date_column(tmp_path, column, written, iso):
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", column, "text"], ["d1", written, "Some text."]])
    docs, errors = collect([path])
    assert not errors and docs[0].date == iso


@pytest.mark.parametrize("written", ["March 2020", "3 days ago", "2020-02-30", "soon"])
def test_ingest_a_date_that_is_not_a_day_is_a_warning_and_left_empty(tmp_path, written):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "d1", "date": written, "text": "Text."}), encoding="utf-8")
    docs, errors = collect([path])
    assert docs[0].date is None  # never truncated ("March 3, 2")
    assert [(type(e).__name__, str(e)) for e in errors] == [
        ("InputWarning", f"{path}:1: date {written!r} is not a day; left empty")
    ]


def test_ingest_duplicate_ids_are_a_warning(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "x", "text": "First."}), encoding="utf-8")
    b.write_text(json.dumps({"id": "x", "text": "Second."}), encoding="utf-8")
    docs, errors = collect([a, b])
    assert [d.text for d in docs] == ["First."]
    assert [(type(e).__name__, str(e)) for e in errors] == [
        ("InputWarning", f"{b}:1: duplicate id 'x' (first read from {a}:1): skipped")
    ]


def test_ingest_unreadable_folder_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("Readable.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Cannot be listed.", encoding="utf-8")
    scandir = os.scandir

    def denied(path="."):  # chmod 000 does not stop root, so deny the listing itself
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    docs, errors = collect([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert [str(e) for e in errors] == [f"{locked}: Permission denied"]


def test_ingest_symlinks_out_of_the_folder_need_follow_links(tmp_path):
    outside, corpus = tmp_path / "outside", tmp_path / "corpus"
    outside.mkdir()
    corpus.mkdir()
    (outside / "secret.txt").write_text("Outside text.", encoding="utf-8")
    (corpus / "own.txt").write_text("Own text.", encoding="utf-8")
    (corpus / "secret.txt").symlink_to(outside / "secret.txt")
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    (corpus / "inside.txt").symlink_to(corpus / "own.txt")  # stays in the folder: read
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    docs, errors = collect([corpus])
    assert sorted(d.id for d in docs) == ["inside", "own"]
    assert sorted((type(e).__name__, e.where) for e in errors) == [
        ("InputWarning", str(corpus / "elsewhere")),
        ("InputWarning", str(corpus / "secret.txt")),
    ]
    followed = list(read_documents([corpus], on_error=errors.append, follow_links=True))
    assert sorted(d.id for d in followed) == ["inside", "own", "secret"]  # loop read once


def _nested_html(levels: int) -> str:
    body = "<p>" + "Elizabeth Warren endorsed Joe Biden on Wednesday in a statement. " * 8
    return (
        "<html><head><title>Deep page</title></head><body><article><h1>Deep page</h1>"
        + "<div>" * levels
        + body
        + "</p>"
        + "</div>" * levels
        + "</article></body></html>"
    )


def test_ingest_html_nested_deeper_than_255_levels_keeps_its_text(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text(_nested_html(300), encoding="utf-8")
    (doc,), errors = collect([page])
    assert not errors and "Elizabeth Warren endorsed Joe Biden" in doc.text
    page.write_text(_nested_html(2100), encoding="utf-8")
    docs, errors = collect([page])
    assert docs == [] and [str(e) for e in errors] == [
        f"{page}: HTML nested deeper than 2,048 levels"
    ]


def test_ingest_unreadable_file_is_an_error(tmp_path, monkeypatch):
    from polkg.ingest import readers

    (tmp_path / "ok.txt").write_text("Readable.", encoding="utf-8")
    locked = tmp_path / "locked.jsonl"
    locked.write_text('{"id": "x", "text": "Cannot be opened."}', encoding="utf-8")

    def denied(path, mode="r", *args, **kwargs):  # chmod 000 does not stop root
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(readers, "open", denied, raising=False)
    docs, errors = collect([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert [str(e) for e in errors] == [f"{locked}: Permission denied"]


@pytest.mark.parametrize(
    "noise",
    [
        # a photo gallery: captions end in "Hide Caption n of m"
        "Photos: Donald Trump's rise In 2012, Trump announces his endorsement of Republican "
        "presidential candidate Mitt Romney. Hide Caption 25 of 37",
        "Hide Caption 13 of 13",
        # a video teaser, a video's description, links to other stories, advertising slots
        "JUST WATCHED 2014: The Obama drag Replay More Videos ... MUST WATCH 2014: The Obama "
        "drag 02:48",
        "CLOSE Democrat Doug Jones won a narrow but stunning victory in Alabama's Senate race, "
        "defeating Republican Roy Moore. (Dec. 13) AP",
        "SEE ALSO: Marco Rubio reportedly wins Sen. Tim Scott’s endorsement",
        "More:'It is not a witch hunt': Top moments from Robert Mueller's testimony",
        "ADVERTISEMENT",
        "Story Continued Below",
        "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.",
        # a digest's link to another outlet's story
        "The Hill: The Washington Post hits back at Trump's \u201crepugnant\u201d tweet.",
        "CNN: A lawyer representing the whistleblower admonished the president in a letter.",
    ],
)
def test_cleaning_removes_page_furniture(noise: str) -> None:
    body = "Donald Trump spoke in Ohio.\n\n{}\n\nJohn Kasich criticized him."
    text, _ = clean_text(body.format(noise))
    assert text == "Donald Trump spoke in Ohio.\n\nJohn Kasich criticized him."


def test_cleaning_removes_inline_links_and_keeps_offsets() -> None:
    raw = "Trump spoke. (RELATED: Trump Proclaims Sanctity Of Human Life Day)\n\nPence agreed."
    tracked, _ = clean_tracked(raw)
    assert tracked.text == "Trump spoke.\n\nPence agreed."
    start = tracked.text.index("Pence")
    original = raw.index("Pence")
    assert original_span(tracked.runs(), start, start + 5) == (original, original + 5)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "(CNN) - Rep. Lynn Jenkins, R-Kansas, faulted Senate Democrats on Saturday.",
            "Rep. Lynn Jenkins, R-Kansas, faulted Senate Democrats on Saturday.",
        ),
        ("BIRMINGHAM, Ala. (Reuters) - Dogged by accusations", "Dogged by accusations"),
        ("Davenport, Iowa (CNN) \u2013 New details of", "New details of"),
        ("WASHINGTON (AP) \u2014 Setting the stage", "Setting the stage"),
        # a quoted excerpt under an outlet's name, and a tweet's signature, stay
        (
            "WaPo: \u201cWith all but one precinct reporting, the margin settled.\u201d",
            "WaPo: \u201cWith all but one precinct reporting, the margin settled.\u201d",
        ),
        (
            "Ms. Romney (Ronna) \u2014 YS (@NYinLA2121)",
            "Ms. Romney (Ronna) \u2014 YS (@NYinLA2121)",
        ),
    ],
)
def test_cleaning_removes_wire_datelines(raw: str, clean: str) -> None:
    """A dateline's outlet is no subject: "(CNN) - Rep. Lynn Jenkins ... faulted" (batch 4)."""
    text, _ = clean_text(f"Intro.\n\n{raw}")
    assert text == f"Intro.\n\n{clean}"


def test_cleaning_keeps_body_lines_that_mention_photos_and_ads() -> None:
    raw = (
        "The photos of Trump were published. Advertisement spending rose.\n\n"
        "More than 20 senators signed the letter: Watch them vote."
    )
    assert clean_text(raw)[0] == raw
