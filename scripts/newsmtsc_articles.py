"""Write NewsMTSC's distinct sentences as one corpus JSONL file (gold/README.md, "Batch 16").

NewsMTSC (Hamborg and Donnay, EACL 2021) holds 9,546 rated sentences of US political news (AllSides-
listed outlets and POLUSA), 1 to 8 an article, never whole articles. With BASIL and the four corpora
used up, its sentences are the one unseen text left for an untuned precision figure: a
sentence-level one (no earlier sentence to resolve a pronoun in, no page furniture). polkg reads
corpus JSONL, so this writes one record per distinct sentence of train.jsonl, devtest_mt.jsonl and
devtest_rw.jsonl (read in that order): id = the first ``primary_gid`` that carries the sentence,
outlet = the id's source ("allsides" or "polusa"), text = the sentence; the rows carry no date, so
the records have none. A sentence that also occurs in a corpus or BASIL article given (its first
80 characters, lower-cased with punctuation dropped, found at a word start of an article's text
normalised the same way) is left out, so no audit edge repeats an article's, and so is a sentence
polkg's reader cleans away whole (page furniture: "SEE ALSO: ...", "Read more: ..."), which no
batch could draw. Deterministic: records are written in the order of their first row.

    .venv/bin/python scripts/newsmtsc_articles.py ../shared/labeled/newsmtsc \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl \\
        ../shared/corpus/seed out/basil/articles.jsonl -o out/newsmtsc/articles.jsonl

NewsMTSC's files are MIT (Copyright 2020 Felix Hamborg); its sentences are copyrighted news, for
research use: never copied into the repository beyond the short evidence sentences of the audit
file, as for BASIL.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from polkg.ingest import clean_text, read_documents
from polkg.ingest.converters import converter_main

FILES = ("train.jsonl", "devtest_mt.jsonl", "devtest_rw.jsonl")
KEY_CHARS = 80  # how much of a sentence must recur in an article for it to count as the article's
PREFIX_CHARS = 8  # the index's bucket key: a key's first characters
NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower case, every run of punctuation and space one space: quotes and dashes differ
    between NewsMTSC's normalised sentences and the articles' text."""
    return NON_WORD.sub(" ", text.lower()).strip()


def distinct_sentences(folder: Path) -> list[dict[str, str]]:
    """One record per distinct sentence, in the order of its first row."""
    first: dict[str, str] = {}
    for name in FILES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                first.setdefault(row["sentence_normalized"], row["primary_gid"])
    return [
        {"id": gid, "outlet": gid.split("_", 1)[0], "text": text} for text, gid in first.items()
    ]


def found_in(keys: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The keys that start at a word start of one of the (normalised) texts."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in set(keys):
        buckets[key[:PREFIX_CHARS]].append(key)
    found: set[str] = set()
    for text in texts:
        for start in (0, *(m.end() for m in re.finditer(" ", text))):
            for key in buckets.get(text[start : start + PREFIX_CHARS], ()):
                if text.startswith(key, start):
                    found.add(key)
    return found


def _warn(error: Exception) -> None:
    print(error, file=sys.stderr)


def convert(folder: Path, corpora: list[str]) -> tuple[list[dict[str, str]], list[str]]:
    """(records kept, ids left out as sentences of a corpus or BASIL article); sentences that
    are all page furniture are dropped first."""
    records = [r for r in distinct_sentences(folder) if clean_text(r["text"])[0]]
    key = {r["id"]: normalise(r["text"])[:KEY_CHARS] for r in records}
    articles = (normalise(d.text) for d in read_documents(corpora, on_error=_warn))
    found = found_in(key.values(), articles)
    kept = [r for r in records if key[r["id"]] not in found]
    return kept, [r["id"] for r in records if key[r["id"]] in found]


def main() -> None:
    converter_main(
        __doc__,
        ("folder", "NewsMTSC's dataset folder (train.jsonl, ...)"),
        convert,
        ("NewsMTSC sentences", "sentences of a corpus or BASIL article"),
    )


if __name__ == "__main__":
    main()
