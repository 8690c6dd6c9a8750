"""Census of the organisations of readable gold that hold a relation, by what the entity layer
made of each (session 36, freshcheck36): the same name (an entity whose name or alias is one of
the gold's), a cut name (an Organization, GovernmentBody or PoliticalParty entity whose name is
a word-bounded part of a gold alias: "Defense Fund" for "Children's Defense Fund"), or nothing;
and, for the cut and missing ones, whether the model had an ORG span over the whole name and
which of polkg's pattern spans lie inside it ("Democratic" in "the Democratic Leadership
Council"). The ``actor:Organization`` misses of ``error_categories.py`` are the required side
of the last two classes. Readable gold only (``train.jsonl`` as its tune-a half, documents of
``POLKG_HIDDEN_IDS`` skipped); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/census_organizations.py --gold gold/dev.jsonl \
        --gold ../shared/gold/train.jsonl [--gold gold/fresh35-allsides.jsonl ...] \
        [--json OUT] CORPUS.jsonl ...
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

from polkg.evaluate import Gold, assign_splits, corpus_of, load_gold, normalize_name
from polkg.extract.entities import find_entities
from polkg.extract.extractor import Extractor
from polkg.extract.nlp import SPANS_KEY
from polkg.ingest import read_documents

ACTOR_TYPES = ("Organization", "GovernmentBody", "PoliticalParty")


def hidden() -> set[str]:
    ids: set[str] = set()
    for path in filter(None, os.environ.get("POLKG_HIDDEN_IDS", "").split(":")):
        ids |= set(Path(path).read_text().split())
    return ids


def outcome(
    gold_names: set[str], entities: list[tuple[str, str, set[str]]]
) -> tuple[str, list[str]]:
    """The outcome ("same", "cut" or "none") and the entity names behind it."""
    same = [name for name, _, forms in entities if forms & gold_names]
    if same:
        return "same", same
    cut = [
        name
        for name, etype, _ in entities
        if etype in ACTOR_TYPES
        and any(
            normalize_name(name) != g
            and re.search(r"(^|\W)" + re.escape(normalize_name(name)) + r"($|\W)", g)
            for g in gold_names
        )
    ]
    return ("cut", cut) if cut else ("none", [])


def spans_over(doc, names: list[str]) -> tuple[bool, list[str]]:  # type: ignore[no-untyped-def]
    """Whether a model ORG span covers the first of ``names`` found in the text, and the
    polkg pattern spans inside that stretch ("PARTY 'Democratic'")."""
    for name in sorted(names, key=len, reverse=True):
        m = re.search(re.escape(name), doc.text, re.I)
        if m:
            start, end = m.start(), m.end()
            break
    else:
        return False, []
    whole = any(
        e.label_ == "ORG" and e.start_char <= start + 4 and e.end_char >= end - 1 for e in doc.ents
    )
    inside = [
        f"{sp.label_} '{sp.text}'"
        for sp in doc.spans.get(SPANS_KEY, [])
        if sp.start_char < end and sp.end_char > start
    ]
    return whole, inside


def census(golds: list[str], paths: list[str], cache: Path) -> list[dict[str, object]]:
    hide = hidden()
    extractor = Extractor(parse_cache=cache)
    docs = {d.id: d for d in read_documents(paths) if d.id not in hide}
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for gpath in golds:
        gold: dict[str, Gold] = load_gold(gpath)
        chosen = [docs[i] for i in gold if i in docs]
        if "train" in gpath:
            parts = assign_splits({d.id: corpus_of(d) for d in chosen}, halves=True)
            chosen = [d for d in chosen if parts[d.id] == "tune-a"]
        chosen = [d for d in chosen if d.id not in seen and extractor.cache.holds(d.text)]
        for doc, document in extractor.cache.pipe((d.text, d) for d in chosen):
            seen.add(document.id)
            g = gold[document.id]
            entities = [
                (e.name, e.type, {normalize_name(x) for x in [e.name, *e.aliases]})
                for e in find_entities(doc, document).entities
            ]
            for ge in g.entities:
                relations = [r for r in g.relations if ge.name in (r.subject, r.object)]
                if ge.type != "Organization" or not relations:
                    continue
                names = {normalize_name(x) for x in [ge.name, *ge.aliases]}
                kind, found = outcome(names, entities)
                row: dict[str, object] = {
                    "gold": gpath,
                    "doc": document.id,
                    "organization": ge.name,
                    "kind": kind,
                    "polkg": found[:3],
                    "required": sum(r.required for r in relations),
                    "relations": len(relations),
                }
                if kind != "same":
                    row["model_org_whole"], row["patterns_inside"] = spans_over(
                        doc, [ge.name, *ge.aliases]
                    )
                rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--parse-cache", default="out/parse-cache")
    ap.add_argument("--json", type=Path)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    rows = census(args.gold, args.paths, Path(args.parse_cache))
    kinds: Counter[str] = Counter()
    required: Counter[str] = Counter()
    blocked: Counter[str] = Counter()
    for row in rows:
        kinds[str(row["kind"])] += 1
        required[str(row["kind"])] += int(str(row["required"]))
        if row["kind"] != "same":
            model = "model ORG over the whole name" if row["model_org_whole"] else "no model ORG"
            inside = " + a polkg pattern inside" if row["patterns_inside"] else ""
            blocked[f"{row['kind']}: {model}{inside}"] += 1
    documents = len({row["doc"] for row in rows})
    print(f"organisations holding a relation: {sum(kinds.values())} in {documents} documents")
    for kind in ("same", "cut", "none"):
        print(f"  {kind:5} {kinds[kind]:4} entities, {required[kind]:4} required relations")
    for key, n in sorted(blocked.items()):
        print(f"  {key}: {n}")
    for row in rows:
        if row["kind"] != "same" and row["required"]:
            print(
                f"    {row['kind']:4} {row['required']} {str(row['doc'])[:24]:24}"
                f" {row['organization']}  <- {row['polkg']} {row['patterns_inside']}"
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
