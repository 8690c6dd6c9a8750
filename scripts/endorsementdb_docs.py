"""Write EndorsementDB 2016's quotes as one corpus JSONL file (gold/README.md, "EndorsementDB").

EndorsementDB 2016 (``../shared/labeled/endorsementdb_2016``, SOURCE.md there) holds 1,073
endorsements of the 2016 US presidential race, each with an endorser, a position label
("Endorses Clinton", "Opposes Trump", "Endorses Pence over Trump", ...) and a short quote in the
endorser's own words (1-3 sentences). It is the one labelled set of quoted endorsement and
opposition: ``scripts/endorsementdb_eval.py`` scores polkg's edges from each endorser to the
candidates of its label.

One record per endorsement with a quote (id ``endorsementdb-<endorsement_id>``, date the quote's,
outlet ``endorsementdb``), its text the quote given to its speaker in one fixed, plain frame::

    {endorser} said: "{quote}"

Fixed, so the test measures the reading of the endorser's own words and not of a varied narration;
plain, so no word of the frame carries a judgement. The upstream context ("In an interview with
MSNBC's Rachel Maddow", "At the Democratic National Convention, speaking about Hillary Clinton") is
left out: it is free text, and a fifth of it (214 of 1,009) names a candidate the quote is about,
which would hand the test its answer. Double quotes inside a quote become single ones, runs of
white space one space, so the frame's quotation is the only one. The record also keeps ``endorser``
and ``position`` (the label) for the scorer; polkg's reader ignores them. Quotes that are empty are
left out (64). Deterministic: records in the order of the CSV.

    .venv/bin/python scripts/endorsementdb_docs.py ../shared/labeled/endorsementdb_2016 \\
        -o out/endorsementdb/articles.jsonl

The quotes are third-party text: never copied into the repository (``make endorsementdb`` builds
the file under ``out/``, as ``make newsmtsc`` does).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from polkg.ingest.converters import converter_main

FLAT = "endorsements_flat.csv"
FRAME = '{endorser} said: "{quote}"'
SPACE = re.compile(r"\s+")
INNER_QUOTES = str.maketrans({'"': "'", "\u201c": "\u2018", "\u201d": "\u2019"})


def framed(endorser: str, quote: str) -> str:
    """The quote in the fixed frame, its own double quotes made single, white space one space."""
    text = SPACE.sub(" ", quote.translate(INNER_QUOTES)).strip()
    return FRAME.format(endorser=SPACE.sub(" ", endorser).strip(), quote=text)


def convert(folder: Path, corpora: list[str]) -> tuple[list[dict[str, str]], list[str]]:
    """(one record per endorsement with a quote, ids of the endorsements without one);
    ``corpora`` is unused: no quote is in a corpus article."""
    del corpora
    kept: list[dict[str, str]] = []
    empty: list[str] = []
    with (folder / FLAT).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            doc_id = f"endorsementdb-{row['endorsement_id']}"
            if not row["quote_text"].strip():
                empty.append(doc_id)
                continue
            kept.append(
                {
                    "id": doc_id,
                    "date": row["quote_date"],
                    "outlet": "endorsementdb",
                    "text": framed(row["endorser"], row["quote_text"]),
                    "endorser": row["endorser"],
                    "position": row["position_label"],
                }
            )
    return kept, empty


def main() -> None:
    converter_main(
        __doc__,
        ("folder", "EndorsementDB's folder (endorsements_flat.csv)"),
        convert,
        ("quotes", "endorsements without a quote"),
    )


if __name__ == "__main__":
    main()
