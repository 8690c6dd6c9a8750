"""Write BASIL's 300 articles as one corpus JSONL file (gold/README.md, "Batch 13").

BASIL (Fan et al., EMNLP 2019) holds 100 US political events of 2010-2019, each reported by Fox
News, the New York Times and HuffPost: full articles no polkg rule was written against, so they
serve as untuned precision audit batches 13-15 now that the four corpora are used up. polkg reads
corpus JSONL, so this turns BASIL's per-article JSON (paragraphs as lists of sentences) into it:
id = BASIL uuid (the file name where it is "empty"), outlet = the source's name, event = the
triplet-uuid (all outlets' reports of one event share it; the audit batches are drawn by event),
text = the paragraphs joined with blank lines, a paragraph's sentences with a space. An article
that duplicates one of the corpora given (the same URL, or the same title and date) is left out,
so no article is in two audit batches or in an audit batch and a gold file (gold files name
corpus articles). Deterministic: records are written in (date, id) order.

    .venv/bin/python scripts/basil_articles.py ../shared/labeled/basil/articles \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl \\
        ../shared/corpus/seed -o out/basil/articles.jsonl

BASIL states no license: research use only; its texts are never copied into the repository
(the audit files hold only the short evidence sentences, as for the other corpora).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from polkg.ingest import read_documents
from polkg.ingest.converters import converter_main

OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


def url_key(url: str | None) -> str:
    """A URL without scheme, "www.", query, fragment and trailing slash (the same article
    is often linked with tracking parameters)."""
    if not url:
        return ""
    url = url.strip().lower().split("#")[0].split("?")[0]
    url = url.split("://", 1)[-1].removeprefix("www.")
    return url.rstrip("/")


def title_key(title: str | None, date: str | None) -> str:
    words = " ".join((title or "").lower().split())
    return f"{words}|{date}" if words and date else ""


def basil_record(article: dict[str, object], stem: str) -> dict[str, str]:
    """One corpus JSONL record of a BASIL article; ``stem`` (the file name, <triplet>_<n>) is the
    id of the four articles whose uuid BASIL gives as "empty"."""
    paragraphs = article["body-paragraphs"]
    assert isinstance(paragraphs, list)
    text = "\n\n".join(
        joined
        for paragraph in paragraphs
        if (joined := " ".join(" ".join(s.split()) for s in paragraph if s.strip()))
    )
    source = str(article["source"]).lower()
    return {
        "id": uuid if (uuid := str(article.get("uuid") or "")) not in ("", "empty") else stem,
        "title": " ".join(str(article["title"]).split()),
        "date": str(article["date"]),
        "url": str(article["url"]),
        "outlet": OUTLETS.get(source, source),
        "event": str(article["triplet-uuid"]),
        "text": text,
    }


def known_keys(paths: Iterable[str]) -> set[str]:
    """URL and title+date keys of the corpora's articles."""
    keys: set[str] = set()
    for doc in read_documents(list(paths), on_error=lambda e: print(e, file=sys.stderr)):
        keys |= {url_key(doc.url), title_key(doc.title, doc.date)}
    keys.discard("")
    return keys


def convert(folder: Path, corpora: Iterable[str]) -> tuple[list[dict[str, str]], list[str]]:
    """(records kept in (date, id) order, ids dropped as duplicates of a corpus article)."""
    known = known_keys(corpora)
    records = [
        basil_record(json.loads(path.read_text(encoding="utf-8")), path.stem)
        for path in sorted(folder.glob("*/*.json"))
    ]
    kept, dropped = [], []
    for record in sorted(records, key=lambda r: (r["date"], r["id"])):
        keys = {url_key(record["url"]), title_key(record["title"], record["date"])} - {""}
        (dropped if keys & known else kept).append(record)
    return kept, [r["id"] for r in dropped]


def main() -> None:
    converter_main(
        __doc__,
        ("articles", "BASIL's articles/ folder (<year>/*.json)"),
        convert,
        ("BASIL articles", "duplicates of a corpus article"),
        name_left_out=True,
    )


if __name__ == "__main__":
    main()
