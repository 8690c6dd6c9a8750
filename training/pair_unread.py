"""The stance model's new edges on unread text, for judging by hand (bar 2 of a recall change).

Draws ``--docs`` documents (seeded) of the four corpora, NewsMTSC and EndorsementDB that are in
no gold file, have no judged audit edge (the model trains on those verdicts) and are in no hidden
list (``gold_pairs.hidden_ids``: scores-only samples, tune-b, measure, the
POLKG_HIDDEN_IDS files), among those the parse cache already holds, runs the rules and the model
(``--model``, at its threshold or ``--threshold``), and writes the model's edges (unflagged
``model:stance`` assertions: by construction no rule links the pair in that sentence) to
OUT.json; prints a seeded random ``--show`` of them with their sentences.

Usage: python training/pair_unread.py OUT.json --model DIR [--threshold T] [--docs 1200] [--show 40]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from gold_pairs import GOLD, corpus_documents, hidden_ids  # noqa: E402

from polkg.evaluate import load_gold  # noqa: E402
from polkg.extract import Extractor  # noqa: E402
from polkg.extract.stance import StanceModel  # noqa: E402
from polkg.extract.stance.pairs import RULE  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402

SEED = 39
EXTRA = ("newsmtsc", "endorsementdb")
"""Labelled collections polkg's digest covers besides the corpora (out/<name>/articles.jsonl)."""


def read_ids() -> set[str]:
    """Every document of a gold file, and every audit document with a judged edge (the model
    trains on those verdicts); an audit document only sampled is unread text for the model."""
    ids: set[str] = set()
    for path in sorted(GOLD.glob("*.jsonl")):
        if path.name.startswith("audit"):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("kind") == "judgement":
                    ids.add(row["doc"])
        else:
            ids |= set(load_gold(path))
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    skip = read_ids() | hidden_ids(args.shared) | set(load_gold(args.shared / "gold/train.jsonl"))
    extractor = Extractor(stance_model=False, parse_cache=args.parse_cache)
    assert extractor.cache is not None
    others = [str(ROOT / "out" / name / "articles.jsonl") for name in EXTRA]
    pool = [
        d
        for d in (*corpus_documents(args.shared), *read_documents(others, on_error=lambda e: None))
        if d.id not in skip and d.text.strip() and extractor.cache.holds(d.text)
    ]
    documents = random.Random(SEED).sample(pool, min(args.docs, len(pool)))
    extractor.stance = StanceModel.load(args.model)
    if args.threshold is not None:
        extractor.stance.threshold = args.threshold
    edges = [
        asdict(a)
        for result in extractor.pipe(documents)
        for a in result.assertions
        if a.rule == RULE and a.positive
    ]
    args.out.write_text(json.dumps(edges, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(documents)} unread documents (of {len(pool)}), {len(edges)} model edges")
    shown = random.Random(SEED).sample(edges, min(args.show, len(edges)))
    for n, a in enumerate(shown, 1):
        triple = f"{a['subject']} {a['relation']} {a['object']}"
        print(f"\n{n}. {triple} ({a['confidence']:.2f}, {a['doc']})")
        print(f"   {a['evidence']}")


if __name__ == "__main__":
    main()
