"""Print the articles of a recall sample (gold/README.md, "Recall samples").

A recall sample is a few readable articles of one corpus that no gold file names, annotated
densely by polkg's developers to see which constructions unread text uses and polkg misses, at
their real frequency. It is a tuning set like gold/dev.jsonl, never a measure of generality.
The articles are `polkg.audit.audit_sample` with the salt "polkg-recall25:": the first N of
the corpus by sha256(salt + id). A larger N keeps the smaller sample.

    .venv/bin/python scripts/recall_sample.py --corpus senate_press --n 15 \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/senate_press/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from polkg.audit import audit_sample
from polkg.evaluate import corpus_of
from polkg.ingest import read_documents

RECALL_SALT = "polkg-recall25:"


def gold_documents(paths: list[Path]) -> set[str]:
    """The documents a gold file names: none of them may be in a recall sample."""
    docs: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.add(json.loads(line)["doc"])
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="corpus files (articles.jsonl)")
    parser.add_argument("--corpus", required=True, help="the corpus folder name, e.g. wikinews")
    parser.add_argument("--n", type=int, required=True, help="articles in the sample")
    parser.add_argument("--gold", type=Path, action="append", default=[])
    parser.add_argument("--salt", default=RECALL_SALT)
    args = parser.parse_args()
    corpora = {d.id: corpus_of(d) for d in read_documents(args.paths, on_error=print)}
    sample = audit_sample(corpora, gold_documents(args.gold), {args.corpus: args.n}, args.salt)
    for doc in sample:
        print(doc)


if __name__ == "__main__":
    main()
