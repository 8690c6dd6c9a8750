"""Digest of everything extraction outputs, so a speed change can be shown behaviour-neutral.

usage: python bench/digest.py OUT.json [ARTICLES.jsonl ...] [--parse-cache DIR] [--compare OLD.json]

For every document of the inputs whose parse is in the parse cache (default ``out/parse-cache``;
documents not cached are skipped, so the check never parses and never grows the cache), one
SHA-256 of its span ruler's spans (``doc.spans["polkg"]``: start, end, label, id), its sentence
starts, its entities (every field of each ``EntityRecord``) and its assertions (every field of
each ``Assertion``). ``OUT.json`` maps document ids to digests; ``--compare`` prints how many
documents differ from an earlier run's file and which (ids only: no text is printed, so the
check may run over any batch). Inputs default to the four corpora under ``../shared/corpus``
and the NewsMTSC sentences of ``out/newsmtsc``. Run it before and after a change, with
``PYTHONPATH=.`` from the worktree of the code to check.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

from polkg.extract.extractor import Extractor
from polkg.extract.nlp import SPANS_KEY
from polkg.ingest import read_documents

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [
    *sorted((ROOT.parent / "shared" / "corpus").glob("*/articles.jsonl")),
    ROOT / "out" / "newsmtsc" / "articles.jsonl",
]


def digests(paths: list[Path], cache: Path) -> dict[str, str]:
    """Document id -> digest of its ruler spans, sentences, entities and assertions."""
    extractor = Extractor(parse_cache=cache)
    assert extractor.cache is not None
    out: dict[str, str] = {}
    for path in paths:
        documents = [d for d in read_documents([str(path)]) if extractor.cache.holds(d.text)]
        for doc, document in extractor.cache.pipe((d.text, d) for d in documents):
            spans = [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(SPANS_KEY, [])]
            sentences = [s.start for s in doc.sents]
            result = extractor.result(doc, document)
            record = {
                "spans": spans,
                "sentences": sentences,
                "entities": [dataclasses.asdict(e) for e in result.entities],
                "assertions": [dataclasses.asdict(a) for a in result.assertions],
            }
            text = json.dumps(record, sort_keys=True, default=str)
            out[f"{path.parent.name}/{document.id}"] = hashlib.sha256(text.encode()).hexdigest()
        print(f"{path}: {len(documents)} cached documents", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    found = digests(args.inputs or DEFAULT_INPUTS, args.parse_cache)
    args.out.write_text(json.dumps(found, indent=0, sort_keys=True))
    print(f"{len(found)} documents digested -> {args.out}")
    if args.compare:
        old = json.loads(args.compare.read_text())
        differ = sorted(k for k in found.keys() & old.keys() if found[k] != old[k])
        only = sorted(found.keys() ^ old.keys())
        print(f"compared with {args.compare}: {len(differ)} differ, {len(only)} in one run only")
        for key in differ + only:
            print(f"  {key}")
        if differ or only:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
