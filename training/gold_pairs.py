"""In-article training pairs for the stance model, labelled from polkg's gold files.

The directed-sentiment data has annotator-picked pairs, two thirds neutral; in an article the
model scores every pair of actors of a sentence (``candidate_pairs``), far more of them neutral.
This script runs the extractor's own entity layer over the gold documents (gold/dev.jsonl and
the *tune* part of ../shared/gold/train.jsonl; the *measure* part's texts are never used) and
labels each candidate pair of a sentence:

- ``endorses``/``criticizes`` in the gold (either direction) and the sentence is the one the
  gold's ``why`` quotes (a run of >= 4 words of ``why`` in the sentence): that stance;
- no gold relation of any kind between the two: neutral;
- anything else (a gold relation, but not stated in this sentence; ``opposes`` etc.): skipped.

Output: a JSON list of {"doc", "views", "label", "text", "e1", "e2"} (views as in
``polkg.extract.stance.features``, computed on the article's own parse, exactly as at inference;
``text`` is the sentence and ``e1``/``e2`` the entities' character spans in it, what the
contextual encoder of ``polkg.extract.stance.encoder`` reads). Deterministic.

Usage: python training/gold_pairs.py OUT.json [--shared ../shared] [--parse-cache DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from polkg.evaluate import Gold, assign_splits, corpus_of, load_gold, normalize_name  # noqa: E402
from polkg.extract import Extractor  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.parse_cache import ParseCache  # noqa: E402
from polkg.extract.stance.features import pair_views  # noqa: E402
from polkg.extract.stance.inputs import LABELS  # noqa: E402
from polkg.extract.stance.pairs import candidate_pairs  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import Document  # noqa: E402

CORPORA = ("allsides", "bbc_politics", "senate_press", "wikinews")
STANCES = {"endorses": "pos", "criticizes": "neg"}
MIN_RUN = 4  # words of the gold's "why" that must appear in a row in the sentence
_WORD = re.compile(r"\w+")


def gold_documents(shared: Path) -> tuple[dict[str, Gold], list[Document]]:
    """The gold of dev.jsonl and of train.jsonl's tune part, and their documents."""
    golds = load_gold(ROOT / "gold" / "dev.jsonl")
    train = load_gold(shared / "gold" / "train.jsonl")
    paths = [str(shared / "corpus" / c / "articles.jsonl") for c in CORPORA]
    wanted = set(golds) | set(train)
    documents = [d for d in read_documents(paths, on_error=lambda e: None) if d.id in wanted]
    parts = assign_splits({d.id: corpus_of(d) for d in documents if d.id in train})
    for doc, gold in train.items():
        if parts.get(doc) == "tune" and doc not in golds:
            golds[doc] = gold
    return golds, [d for d in documents if d.id in golds]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _quoted(why: str, sentence: str) -> bool:
    """Whether ``sentence`` contains a run of MIN_RUN words of ``why``."""
    said, words = _words(why), _words(sentence)
    runs = {tuple(said[i : i + MIN_RUN]) for i in range(len(said) - MIN_RUN + 1)}
    return any(tuple(words[i : i + MIN_RUN]) in runs for i in range(len(words) - MIN_RUN + 1))


def label_of(gold: Gold, first: str, second: str, sentence: str) -> int | None:
    """The 0-4 label of a pair (``first`` comes first in the sentence), or None to skip it."""
    key1 = normalize_name(gold.resolve(first) or first)
    key2 = normalize_name(gold.resolve(second) or second)
    linked = []
    for relation in gold.relations:
        s, o = normalize_name(relation.subject), normalize_name(relation.object)
        if {s, o} == {key1, key2}:
            linked.append((relation, s == key1))
    if not linked:
        return 0
    stated = {
        (STANCES[r.relation], forward)
        for r, forward in linked
        if r.relation in STANCES and _quoted(r.why, sentence)
    }
    if len(stated) != 1:
        return None
    ((polarity, forward),) = stated
    return LABELS.index(f"{'e1' if forward else 'e2'}_{polarity}_{'e2' if forward else 'e1'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--parse-cache", type=Path, help="polkg's parse cache folder")
    args = parser.parse_args()
    started = time.perf_counter()
    golds, documents = gold_documents(args.shared)
    extractor = Extractor(stance_model=False)
    if args.parse_cache is not None:
        cache = ParseCache(args.parse_cache, extractor.nlp)
        parsed = cache.pipe((d.text, d) for d in documents)
    else:
        parsed = extractor.nlp.pipe(((d.text, d) for d in documents), as_tuples=True)
    rows = []
    for doc, document in parsed:
        entities = find_entities(doc, document)
        for c in candidate_pairs(doc, entities.mentions):
            first, second = (c.a, c.b) if c.a_first else (c.b, c.a)
            label = label_of(golds[document.id], first.name, second.name, c.pair[0].text)
            if label is not None:
                sent, a, b = c.pair
                base = sent.start_char
                rows.append(
                    {
                        "doc": document.id,
                        "views": pair_views(sent, a, b),
                        "label": label,
                        "text": sent.text,
                        "e1": [a.start_char - base, a.end_char - base],
                        "e2": [b.start_char - base, b.end_char - base],
                    }
                )
    counts = [sum(1 for r in rows if r["label"] == k) for k in range(len(LABELS))]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{len(documents)} gold documents, {len(rows)} labelled pairs "
        f"({dict(zip(LABELS, counts, strict=True))}) in {time.perf_counter() - started:.0f}s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
