"""Count the stance and sponsorship matches a bill noun blocks, in readable text, by why.

Session 29 (docs/senate-recall.md "Session 29"): Senate releases lose most of their edges on a
generic bill noun ("the bill", "this legislation", "the amendment") that resolves to no bill.
A dependency rule matched, its modality is positive, the subject resolved and the object is a
bill noun that resolved to nothing. Each such match is counted by corpus, by the noun's form
(definite, possessed, indefinite or bare, plural) and by how many bills the text names
(Legislation entities): none (the bill is unnamed: only a description could hold it), one (a
rival or a rule kept it apart), several (the choice between them failed). Readable documents
only (``mine_unread_predicates.readable_ids(samples=True)``); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_bill_nouns.py \
        --gold-train ../shared/gold/train.jsonl [--examples 10] [--corpus senate_press]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, watch_matches  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402

BILL_NOUNS = {"bill", "legislation", "measure", "amendment", "resolution"}
POSSESSIVES = {"my", "our", "his", "her", "their", "its"}


def form(tok) -> str:  # type: ignore[no-untyped-def]
    """The bill noun's form: possessed, definite, indefinite or bare; plural apart."""
    dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}]
    if tok.tag_ in {"NNS", "NNPS"}:
        return "plural"
    if any(d in POSSESSIVES for d in dets) or any(c.dep_ == "poss" for c in tok.children):
        return "possessed"
    if any(d in {"the", "this", "that", "these", "those"} for d in dets):
        return "definite"
    return "indefinite or bare"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--corpus", default="")
    args = parser.parse_args()
    blocked: list[dict] = []
    seen: set[tuple] = set()
    cur: dict = {}

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        if negated or hedged or not subs or objs or obj is None:
            return
        if obj.lemma_.lower() not in BILL_NOUNS:
            return
        key = (cur["doc"], trigger.i, rule.relation)
        if key in seen:
            return
        seen.add(key)
        named = cur["named"]
        blocked.append(
            {
                "corpus": cur["corpus"],
                "form": form(obj),
                "named": "none" if named == 0 else "one" if named == 1 else "several",
                "family": "sponsor" if ".sponsor." in rule.id else "stance",
                "rule": rule.id,
                "sentence": f"[{cur['doc']}] " + trigger.sent.text.strip().replace("\n", " ")[:220],
            }
        )

    watch_matches(record)
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    for path, doc, document in readable_parses(ids, extractor):
        corpus = path.parent.name
        if args.corpus and corpus != args.corpus:
            continue
        entities = find_entities(doc, document)
        named = sum(1 for rec in entities.entities if rec.type == "Legislation")
        cur.update(doc=document.id, corpus=corpus, named=named)
        extractor.relations(doc, entities, document)
    table: Counter = Counter((b["corpus"], b["form"], b["named"]) for b in blocked)
    print(f"{len(blocked)} positive matches blocked on a bill noun")
    for (corpus, f, named), n in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{n:5d}  {corpus:14s} {f:20s} bills named: {named}")
    if args.examples:
        ex: dict[tuple, list[dict]] = defaultdict(list)
        for b in blocked:
            ex[(b["corpus"], b["form"], b["named"])].append(b)
        for key, rows in sorted(ex.items()):
            print("==", *key)
            for b in rows[: args.examples]:
                print(f"     {b['family']:8s} {b['rule']}: {b['sentence']}")


if __name__ == "__main__":
    main()
