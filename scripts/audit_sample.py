"""Write the sample rows of the precision audit (gold/README.md, "The precision audit").

The sample is `polkg.audit.audit_sample` over the corpora's articles that no gold file names:
per corpus, the first N by sha256("polkg-audit-v1:" + id). Existing judgement rows of the audit
file are kept; the sample rows are rewritten first.

    .venv/bin/python scripts/audit_sample.py --audit gold/audit.jsonl \
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from polkg.audit import audit_sample
from polkg.evaluate import corpus_of
from polkg.ingest import read_documents

SIZES = {"allsides": 45, "bbc_politics": 35, "senate_press": 35, "wikinews": 35}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--audit", type=Path, required=True)
    parser.add_argument("--gold", type=Path, action="append", default=[])
    args = parser.parse_args()
    excluded: set[str] = set()
    for gold in args.gold:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                excluded.add(json.loads(line)["doc"])
    corpora = {d.id: corpus_of(d) for d in read_documents(args.paths, on_error=print)}
    sample = audit_sample(corpora, excluded, SIZES)
    kept = []
    if args.audit.exists():
        kept = [
            line
            for line in args.audit.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line).get("kind") != "sample"
        ]
    rows = [json.dumps({"kind": "sample", "doc": d, "corpus": c}) for d, c in sample.items()]
    args.audit.write_text("\n".join([*rows, *kept]) + "\n", encoding="utf-8")
    print(f"{args.audit}: {len(rows)} sample rows, {len(kept)} judgement rows", file=sys.stderr)


if __name__ == "__main__":
    main()
