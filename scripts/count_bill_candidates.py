"""List the definite and possessed bill nouns a positive match is blocked on, with their candidates.

Session 32 (docs/senate-recall.md "Session 32"): ``count_bill_nouns.py`` counts the positive
stance and sponsorship matches whose object is a bill noun that resolved to nothing; this census
lists the definite ("the bill", "this legislation") and possessed ("our bill", "Booker's
legislation") ones with what the text offers: the named bills (``generic_references.
named_of_type``), those ``bill_kinds.bill_candidates`` leaves the noun, and the bills the text
told without a name (labels, descriptions, owners' plans) before it, so each blocked noun can be
read by the resolution it needs. Readable documents only
(``mine_unread_predicates.readable_ids(samples=True)``); the four corpora and BASIL (NewsMTSC
sentences name no bill before their noun); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_bill_candidates.py \
        --gold-train ../shared/gold/train.jsonl [--corpus senate_press]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mine_unread_predicates as mup  # noqa: E402
from count_bill_nouns import BILL_NOUNS, form  # noqa: E402
from mine_unread_predicates import ROOT, readable_ids, readable_parses, watch_matches  # noqa: E402

from polkg.extract.bill_kinds import bill_candidates  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.generic_references import named_of_type  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--corpus", default="", help="one corpus folder name (or 'basil')")
    args = parser.parse_args()
    rows: list[str] = []
    table: Counter = Counter()
    seen: set[tuple] = set()
    cur: dict = {}

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        if negated or hedged or not subs or objs or obj is None:
            return
        if obj.lemma_.lower() not in BILL_NOUNS or form(obj) not in {"definite", "possessed"}:
            return
        if (cur["doc"], obj.i) in seen:
            return
        seen.add((cur["doc"], obj.i))
        ents = cur["entities"]
        named = named_of_type(ents, "Legislation")
        cands = bill_candidates(obj, named, lambda t: ents.entity_at(t.i))
        told = sorted(
            {
                rec.name
                for start, _end, rec in ents.mentions
                if rec.type == "Legislation" and rec.name in ents.described and start < obj.i
            }
        )
        table[(cur["corpus"], form(obj), min(len(cands), 2))] += 1
        rows.append(
            f"[{cur['corpus']} {cur['doc']}] {form(obj)} {obj.text!r} subj={subs[0].entity.name!r}"
            f"\n    candidates: {[r.name for r in cands]}\n    told before: {told}"
            f"\n    {trigger.sent.text.strip()[:200]!r}"
        )

    watch_matches(record)
    ids = readable_ids(args.gold_train, samples=True)
    if args.corpus:
        mup.CORPORA = [p for p in mup.CORPORA if p.parent.name == args.corpus]
        if args.corpus != "basil":
            ids["basil"] = set()
    extractor = Extractor(parse_cache=args.parse_cache)
    for path, doc, document in readable_parses(ids, extractor):
        if path.parent.name == "newsmtsc":
            break  # one sentence each: no bill named before the noun
        entities = find_entities(doc, document)
        cur.update(doc=document.id, corpus=path.parent.name, entities=entities)
        extractor.relations(doc, entities, document)
    print(f"{len(rows)} definite or possessed bill nouns blocked (by corpus, form, candidates)")
    for (corpus, f, n), count in sorted(table.items()):
        print(f"{count:5d}  {corpus:14s} {f:10s} candidates: {'2+' if n == 2 else n}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
