"""The command line every converter of an outside data set into corpus JSONL shares.

polkg reads corpus JSONL (one record a line: id, title, date, url, outlet, text), so a data set
kept in its own shape (BASIL's per-article JSON, NewsMTSC's rated sentences) is converted once
into that file by a script (``scripts/basil_articles.py``, ``scripts/newsmtsc_articles.py``).
Each script knows its data set; what they share is here: the data set's folder, the corpora to
leave out what they already hold (so no audit edge is drawn twice), ``-o`` the file to write,
and a one-line count of what was written and what was left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

# (the data set's folder, the corpora given) -> (records kept, ids left out as the corpora's)
Convert = Callable[[Path, list[str]], tuple[list[dict[str, str]], list[str]]]


def write_corpus(path: Path, records: list[dict[str, str]]) -> None:
    """``records`` as a corpus JSONL file, one a line in the order given (folders made)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def converter_main(
    doc: str,
    source: tuple[str, str],
    convert: Convert,
    counted: tuple[str, str],
    *,
    name_left_out: bool = False,
) -> None:
    """Run a converter from the command line: ``doc``'s first line is its description,
    ``source`` the data set's argument (name, help), ``counted`` what a record is and why
    one is left out ("BASIL articles", "duplicates of a corpus article"); with
    ``name_left_out`` the ids left out are listed too."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument(source[0], type=Path, help=source[1])
    parser.add_argument("corpora", nargs="*", help="corpus files or folders to deduplicate against")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    kept, dropped = convert(getattr(args, source[0]), args.corpora)
    write_corpus(args.output, kept)
    listed = f": {', '.join(dropped)}" if name_left_out and dropped else ""
    print(
        f"{args.output}: {len(kept)} {counted[0]}, {len(dropped)} left out as {counted[1]}{listed}",
        file=sys.stderr,
    )
