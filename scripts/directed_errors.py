"""Why the whole extractor misses the labelled stances of a directed-sentiment TSV: by category.

For each non-neutral labelled sentence, is each labelled entity an actor of the extractor
(Person, PoliticalParty, Organization, GovernmentBody, Country)? If not, what did it become (an
entity of another type, or nothing, with spaCy's entity label for the span)? Then: how many
pairs are offered, how many get the labelled edge, how many a wrong one. Use it on the train
split (``../shared/labeled/directed_sentiment/train.txt``); on valid_unseen.txt read only the
totals (``--totals``), never the sentences.

    .venv/bin/python scripts/directed_errors.py ../shared/labeled/directed_sentiment/train.txt \
        --sample 3000 --parse-cache out/parse-cache [--examples 20] [--only e:Place]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from pathlib import Path

from polkg.evaluate import (
    DirectedSentence,
    directed_class,
    directed_labels,
    read_directed,
    same_entity,
)
from polkg.extract import Extractor
from polkg.extract.stance.inputs import held_out
from polkg.model import ACTOR_TYPES, Document


def _category(name: str, entities: list, doc) -> str:  # type: ignore[no-untyped-def]
    """'actor' when an actor entity matches the labelled name, else why not: 'e:TYPE' (an
    entity of a non-actor type), 'n:LABEL' (no entity; spaCy's label for the span, '-' for
    none), with ' cut' when the labelled span ends inside a word ("Russia" of "Russias": the
    text lost its apostrophes, so no layer reads the glued token as the name)."""
    matches = [e for e in entities if any(same_entity(n, name) for n in (e.name, *e.aliases))]
    if any(e.type in ACTOR_TYPES for e in matches):
        return "actor"
    if matches:
        return f"e:{matches[0].type}"
    labels = {ent.label_ for ent in doc.ents if same_entity(ent.text, name)}
    start = doc.text.find(name)
    cut = start >= 0 and doc.text[start + len(name) : start + len(name) + 1].isalpha()
    return f"n:{'/'.join(sorted(labels)) or '-'}{' cut' if cut else ''}"


def _group(category: str) -> str:
    """The diagnosis groups of MODEL_CARD.md ("Why the whole extractor misses ...")."""
    if category == "actor":
        return "actor"
    if category.endswith(" cut"):
        return "name cut inside a word"
    if "NORP" in category:
        return "nationality/religious/ideological word"
    if category in ("e:Place", "n:GPE"):
        return "place typed Place"
    if category == "n:PERSON":
        return "person name polkg drops"
    if category in ("n:ORG", "n:-"):
        return "name no layer recognises"
    return "name of a non-actor type"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="random sentences (seed 12)")
    parser.add_argument(
        "--fold",
        type=int,
        metavar="K",
        help="only the sentences of fold 0 of K, which a model trained with "
        "training/train_stance.py --hold-out-train K never saw (use with --model-dir)",
    )
    parser.add_argument("--labeled-only", action="store_true", help="only non-neutral rows")
    parser.add_argument("--parse-cache", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--only", help="show examples of this entity category only")
    parser.add_argument("--totals", action="store_true", help="no examples at all")
    parser.add_argument("--stance-model", action="store_true", help="the model on, too")
    parser.add_argument("--threshold", type=float, help="the model's acceptance threshold")
    parser.add_argument("--model-dir", type=Path, help="a model other than the shipped one")
    args = parser.parse_args()

    rows = read_directed(args.tsv)
    seen: set[tuple[str, str, str]] = set()
    rows = [r for r in rows if (k := (r.text, r.e1, r.e2)) not in seen and not seen.add(k)]  # type: ignore[func-returns-value]
    if args.fold:
        rows = [r for r in rows if held_out(r.text, args.fold)]
    if args.labeled_only:
        rows = [r for r in rows if r.label]
    if args.sample and args.sample < len(rows):
        rows = sorted(random.Random(12).sample(rows, args.sample), key=lambda r: r.line)
    extractor = Extractor(parse_cache=args.parse_cache, stance_model=args.stance_model)
    if args.stance_model and (args.model_dir or args.threshold):
        from polkg.extract.stance import StanceModel

        model = StanceModel.load(args.model_dir) if args.model_dir else extractor.stance
        if args.threshold and model is not None:
            model.threshold = args.threshold
        extractor.stance = model
    stream = ((r.text, r) for r in rows)
    parsed = (
        extractor.cache.pipe(stream)
        if extractor.cache
        else extractor.nlp.pipe(stream, as_tuples=True)
    )
    cats: Counter[str] = Counter()
    pair_groups: Counter[str] = Counter()
    outcome: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    classes: list[tuple[int, int]] = []
    for doc, row in parsed:
        row: DirectedSentence  # type: ignore[no-redef]
        document = Document(id=f"directed-{row.line}", text=row.text)
        result = extractor.result(doc, document)
        entities = result.entities
        labels = directed_labels(result, row.e1, row.e2)
        classes.append((row.label, directed_class(labels)))
        if labels:
            outcome["edge-right" if labels == {row.label} else "edge-wrong"] += 1
            if labels != {row.label} and not args.totals and args.only == "wrong":
                examples["wrong"].append(f"{row.label}->{sorted(labels)} {row.text}")
        if not row.label:
            continue
        c1 = _category(row.e1, entities, doc)
        c2 = _category(row.e2, entities, doc)
        outcome["offered" if c1 == c2 == "actor" else "not-offered"] += 1
        missing = sorted({_group(c) for c in (c1, c2)} - {"actor"})
        if missing:
            pair_groups[" + ".join(missing)] += 1
        for name, c in ((row.e1, c1), (row.e2, c2)):
            cats[c] += 1
            if c != "actor" and (args.only in (None, c)):
                examples[c].append(f"[{name}] {row.text}")
    f1s = []
    for k in range(5):
        tp = sum(1 for g, p in classes if g == p == k)
        fp = sum(1 for g, p in classes if p == k != g)
        fn = sum(1 for g, p in classes if g == k != p)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    labeled = sum(1 for g, _ in classes if g)
    print(f"{len(classes)} sentences, {labeled} non-neutral")
    edges = outcome["edge-right"] + outcome["edge-wrong"]
    print(
        f"edges {edges}, right {outcome['edge-right']}, "
        f"precision {outcome['edge-right'] / max(edges, 1):.3f}, "
        f"recall {outcome['edge-right'] / max(labeled, 1):.3f}, macro-F1 {sum(f1s) / 5:.3f} "
        f"(per class {' '.join(f'{f:.2f}' for f in f1s)})"
    )
    print(f"labelled pairs offered (both actors): {outcome['offered']} of {labeled}")
    print("labelled entities by category:")
    for c, n in cats.most_common():
        print(f"  {c:<24}{n:>6}")
    print("labelled pairs not offered, by group (both entities' groups when they differ):")
    for c, n in pair_groups.most_common():
        print(f"  {c:<60}{n:>6}")
    if args.totals:
        return
    for c, items in examples.items():
        print(f"\n== {c} ({len(items)})")
        for line in items[: args.examples]:
            print(f"  {line[:220]}")


if __name__ == "__main__":
    main()
