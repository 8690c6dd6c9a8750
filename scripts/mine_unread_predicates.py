"""List the predicates that link two actors in readable text and that no relation rule reads.

mine_predicates.py learns stance predicates from labelled sentences; this miner asks the other
question, the one breadth needs: which predicates join two actors in running news text, how
often, and is any rule written for them? It runs the extractor (parse cache only: documents
whose parse is not stored are skipped, so it never parses) over **readable** documents only:

- the documents sampled by the audit batches 1-20 (``gold/audit*.jsonl``: corpus articles,
  BASIL articles, and the NewsMTSC sentences, all of ``out/newsmtsc`` being readable);
- the documents of ``gold/dev.jsonl``;
- the **tune-a** documents of ``../shared/gold/train.jsonl`` (``assign_splits(halves=True)``);
  tune-b and measure documents are never read.

For every sentence and every ordered pair of actor mentions of two different entities
(``DocEntities.mentions``; pronouns the entity layer resolved included), it finds the frame
that links the first as subject to the second (mine_predicates.frame: object, passive agent,
verb + preposition, "X's <noun> of/for Y", light verb + noun + preposition, adjective + "of"),
with a verb's particle kept ("lash out at", "come out against") and a light verb's noun named
("give+backing:to"). Per (frame, lemma) it counts the pairs, the pairs the extractor linked by
any assertion in that sentence (asserted, negated or hedged), and whether any rule of
``patterns/relations*.jsonl`` names the lemma; each candidate gets its CAMEO class
(``cameo_verbs.json``; CAMEO.2.0's verb blocks 05x support/praise, 11x disapprove, 12x reject)
and VADER valence. Ranked by unlinked pairs; rows read by a rule are marked.

    PYTHONPATH=. .venv/bin/python scripts/mine_unread_predicates.py \
        --gold-train ../shared/gold/train.jsonl [--min 3] [--examples 2] [--json OUT]

Prints evidence sentences of readable documents only (audit, dev, tune-a, NewsMTSC), never of a
hidden sample's article: a sample drawn but not yet annotated is hidden by listing its ids in
files named by ``POLKG_HIDDEN_IDS`` (colon-separated).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_predicates import cameo_classes, frame  # noqa: E402

import polkg.extract.relations as rel  # noqa: E402
from polkg.audit import hidden_documents  # noqa: E402
from polkg.evaluate import assign_splits, corpus_of, load_gold  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import vader_valences  # noqa: E402
from polkg.extract.rules import load_rules  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import ACTOR_TYPES, Document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = sorted((SHARED / "corpus").glob("*/articles.jsonl"))
# verbs whose stance comes from their object noun ("gave her backing to Y", "voiced support")
LIGHT = {"give", "voice", "express", "offer", "lend", "throw", "pledge", "extend", "have"}
LIGHT |= {"show", "declare", "announce", "register", "signal", "make", "level", "launch"}


# our own samples (gold/README.md): recall samples and earlier sessions' fresh samples may be read;
# blind samples never, and fresh samples not in the session that drew them (fresh42: session 42)
READABLE_SAMPLES = (
    "recall-*.jsonl",
    "fresh-*.jsonl",
    "fresh28-*.jsonl",
    "fresh29-*.jsonl",
    "fresh30-*.jsonl",
    "fresh31-*.jsonl",
    "fresh32-*.jsonl",
    "fresh33-*.jsonl",
    "fresh34-*.jsonl",
    "fresh35-*.jsonl",
    "fresh36-*.jsonl",
    "fresh37-*.jsonl",
    "fresh38-*.jsonl",
    "fresh39-*.jsonl",
    "fresh40-*.jsonl",
    "fresh41-*.jsonl",
)
HIDDEN_SAMPLES = ("blind-*.jsonl", "fresh42-*.jsonl")
# a sample drawn but not annotated yet is hidden before its gold file exists: lists of its ids
# (the last field of each line), colon-separated, in this environment variable
HIDDEN_IDS = "POLKG_HIDDEN_IDS"


def readable_ids(train: Path | None, samples: bool = False) -> dict[str, set[str]]:
    """Document ids by corpus folder name that may be read: audit samples, dev, tune-a; with
    ``samples``, also the readable samples, and never a hidden sample's article (many are audit
    articles too)."""
    ids: dict[str, set[str]] = defaultdict(set)
    for path in sorted((ROOT / "gold").glob("audit*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind") == "sample":
                ids[row["corpus"]].add(row["doc"])
    dev = load_gold(ROOT / "gold" / "dev.jsonl")
    ids["dev"] = set(dev)
    if train is not None:
        gold = load_gold(train)
        docs = [d for d in read_documents([str(p) for p in CORPORA]) if d.id in gold]
        parts = assign_splits({d.id: corpus_of(d) for d in docs}, halves=True)
        ids["tune-a"] = {doc for doc, part in parts.items() if part == "tune-a"}
        # tune-b and measure documents are never read, even when a batch sampled one
        ids["unread"] = set(gold) - ids["tune-a"]
    if samples:
        for path in sorted(p for g in READABLE_SAMPLES for p in (ROOT / "gold").glob(g)):
            ids[path.stem.split("-", 1)[1]] |= set(load_gold(path))
        for path in sorted(p for g in HIDDEN_SAMPLES for p in (ROOT / "gold").glob(g)):
            ids["unread"] |= set(load_gold(path))
    ids["unread"] |= hidden_documents(p for p in os.environ.get(HIDDEN_IDS, "").split(":") if p)
    return ids


def rule_lemmas() -> set[str]:
    """Every lemma or lower form any relation rule's pattern names (its word lists expanded)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in {"LEMMA", "LOWER"}:
                    if isinstance(inner, str):
                        found.add(inner.lower())
                    elif isinstance(inner, dict):
                        found.update(str(v).lower() for v in inner.get("IN", []))
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for rule in load_rules():
        walk(rule.pattern)
    return found


def refine(key: tuple[str, str], obj: Token) -> tuple[str, str]:
    """Name a verb's particle and a light verb's noun in the frame mine_predicates found."""
    fr, lemma = key
    if fr.startswith("noun_") or fr.startswith("adj_"):
        return key
    while obj.dep_ in {"conj", "appos", "compound", "flat"} and obj.head.i != obj.i:
        obj = obj.head
    pred = obj.head.head if fr.startswith("prep_") else obj.head
    prt = [c.lower_ for c in pred.children if c.dep_ == "prt"]
    if prt:
        lemma = f"{lemma} {prt[0]}"
    if fr.startswith("prep_") and pred.lemma_.lower() in LIGHT:
        nouns = [c for c in pred.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"]
        if nouns:
            lemma = f"{lemma}+{nouns[0].lemma_.lower()}"
    return fr, lemma


def readable_part(ids: dict[str, set[str]], path: Path, document_id: str) -> str:
    """Which readable set a document of ``readable_parses`` belongs to, for the censuses'
    examples: "dev", "tune-a", else its input's folder (a corpus, basil, newsmtsc)."""
    if document_id in ids["dev"]:
        return "dev"
    return "tune-a" if document_id in ids.get("tune-a", set()) else path.parent.name


def watch_matches(record: Callable[..., None]) -> None:
    """Have every rule match report to ``record`` before the relation layer pairs its arguments,
    for the censuses of what blocks an edge: ``record(rule, subs, objs, trigger, negated=,
    hedged=, quoted=, subject=, obj=)``, where ``subs``/``objs`` are the resolved arguments and
    ``subject``/``obj`` the tokens the rule's dependency match gave (None for a surface rule),
    which may have resolved to nothing."""
    last: dict[str, Token | None] = {"subject": None, "object": None}
    subjects, objects, pairs = rel._subjects, rel._objects, rel.RelationMatcher._pairs

    def watched_subjects(resolver, rule, trigger, subject, obj, clause):  # type: ignore[no-untyped-def]
        last["subject"] = subject
        return subjects(resolver, rule, trigger, subject, obj, clause)

    def watched_objects(rule, obj, subj, resolver):  # type: ignore[no-untyped-def]
        last["object"] = obj
        return objects(rule, obj, subj, resolver)

    def watched_pairs(self, rule, subs, objs, trigger, *, negated, hedged, quoted, reasons):  # type: ignore[no-untyped-def]
        record(
            rule, subs, objs, trigger, negated=negated, hedged=hedged, quoted=quoted,
            subject=last["subject"], obj=last["object"],
        )  # fmt: skip
        last["subject"] = last["object"] = None  # only a dependency match sets them
        return pairs(
            self, rule, subs, objs, trigger,
            negated=negated, hedged=hedged, quoted=quoted, reasons=reasons,
        )  # fmt: skip

    rel._subjects, rel._objects = watched_subjects, watched_objects  # type: ignore[assignment]
    rel.RelationMatcher._pairs = watched_pairs  # type: ignore[method-assign]


def readable_parses(
    ids: dict[str, set[str]],
    extractor: Extractor,
    holds: Callable[[str], object] | None = None,
) -> Iterator[tuple[Path, Doc, Document]]:
    """The readable documents (``readable_ids``) the parse cache holds, parsed, with the file
    each came from: the corpora's unread-by-gold articles with dev and tune-a, BASIL's, and
    every NewsMTSC sentence. Never parses: a document not in the cache is left out. ``holds``,
    a text prefilter, spares a census the documents that cannot hold its form."""
    assert extractor.cache is not None
    extra = ids["dev"] | ids.get("tune-a", set())
    inputs = [(p, ids.get(p.parent.name, set()) | extra) for p in CORPORA]
    inputs.append((ROOT / "out" / "basil" / "articles.jsonl", ids.get("basil", set())))
    inputs.append((ROOT / "out" / "newsmtsc" / "articles.jsonl", None))
    for path, keep in inputs:
        docs = [
            d
            for d in read_documents([str(path)])
            if (keep is None or d.id in keep)
            and d.id not in ids.get("unread", set())
            and (holds is None or holds(d.text))
            and extractor.cache.holds(d.text)
        ]
        print(f"{path}: {len(docs)} readable cached documents", file=sys.stderr)
        for doc, document in extractor.cache.pipe((d.text, d) for d in docs):
            yield path, doc, document


def mine(args: argparse.Namespace) -> tuple[dict, dict]:
    extractor = Extractor(parse_cache=args.parse_cache)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    ids = readable_ids(args.gold_train, samples=True)
    for _path, doc, document in readable_parses(ids, extractor):
        entities = find_entities(doc, document)
        assertions = extractor.relations(doc, entities, document)
        for sent in doc.sents:
            heads = [
                (doc[s:e].root, ent)
                for s, e, ent in entities.mentions
                if sent.start <= s < sent.end and ent.type in ACTOR_TYPES
            ]
            if len(heads) < 2:
                continue
            text = sent.text.strip()
            linked = {
                frozenset((a.subject, a.object))
                for a in assertions
                if text[:60] in a.evidence or a.evidence[:60] in text
            }
            for hs, es in heads:
                for ho, eo in heads:
                    if es.name == eo.name or hs.i == ho.i:
                        continue
                    key = frame(hs, ho)
                    if key is None:
                        continue
                    key = refine(key, ho)
                    c = counts[key]
                    c["pairs"] += 1
                    if frozenset((es.name, eo.name)) in linked:
                        c["linked"] += 1
                    elif len(examples[key]) < args.examples:
                        examples[key].append(f"{es.name} -> {eo.name}: {text[:220]}")
    return counts, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path, help="train.jsonl: adds its tune-a documents")
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--min", type=int, default=3, help="unlinked pairs to list a predicate")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--all", action="store_true", help="also list predicates a rule reads")
    parser.add_argument("--json", type=Path, help="write the counts and examples here")
    args = parser.parse_args()
    counts, examples = mine(args)
    known = rule_lemmas()
    cameo = cameo_classes()
    valence = vader_valences()
    rows = []
    for (fr, lemma), c in counts.items():
        unlinked = c["pairs"] - c["linked"]
        head = lemma.split("+")[-1].split(" ")[0]
        verb = lemma.split("+")[0].split(" ")[0]
        read = head in known or (verb in known and "+" not in lemma)
        if unlinked < args.min or (read and not args.all):
            continue
        classes = ",".join(sorted(cameo.get(head, set()) | cameo.get(verb, set()))) or "-"
        rows.append((unlinked, c["pairs"], fr, lemma, classes, valence.get(head, 0.0), read))
    rows.sort(key=lambda r: (-r[0], r[2], r[3]))
    print(
        f"{'unlinked':>8} {'pairs':>6}  {'frame':<12} {'predicate':<24} {'cameo':<18} vader  rule"
    )
    for unlinked, pairs, fr, lemma, classes, val, read in rows:
        print(
            f"{unlinked:>8} {pairs:>6}  {fr:<12} {lemma:<24} {classes:<18} {val:+.1f}  "
            f"{'read' if read else '-'}"
        )
        for ex in examples[(fr, lemma)]:
            print(f"{'':>18}{ex}")
    if args.json:
        out = [[fr, lemma, dict(c), examples[(fr, lemma)]] for (fr, lemma), c in counts.items()]
        args.json.write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    main()
