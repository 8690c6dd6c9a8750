"""Count, for "the bill" among several named bills, which bill a salience choice would pick.

Session 30 (docs/senate-recall.md "Session 30"): ``count_bill_nouns.py`` finds the positive
stance and sponsorship matches blocked on a bill noun that resolves to nothing; most are in
texts that name several bills. For each such match whose noun is definite ("the bill", "this
legislation") or possessed ("his bill"), this census lists the bills the text names
(``generic_references.named_of_type``, narrowed by ``bill_kinds.bill_candidates``) and what
each salience choice picks: the bill the text names first (its headline or lead), the bill
named last before the noun, the one bill named in the noun's paragraph before it, the one bill
named in the noun's sentence or the sentence before. Readable documents only
(``mine_unread_predicates.readable_ids(samples=True)``); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_bill_salience.py \
        --gold-train ../shared/gold/train.jsonl [--examples 40] [--corpus senate_press]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from count_bill_nouns import BILL_NOUNS, form  # noqa: E402
from mine_unread_predicates import ROOT, readable_ids, readable_parses, watch_matches  # noqa: E402

from polkg.extract.bill_kinds import bill_candidates  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.generic_references import named_of_type  # noqa: E402


def paragraph_start(tok) -> int:  # type: ignore[no-untyped-def]
    """The first token of ``tok``'s paragraph (after the last newline token before it)."""
    i = tok.i - 1
    while i >= 0 and not (tok.doc[i].is_space and "\n" in tok.doc[i].text):
        i -= 1
    return i + 1


def choices(tok, entities) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What each salience choice picks for the bill noun ``tok`` ('' for none)."""
    named = named_of_type(entities, "Legislation")
    cands = bill_candidates(tok, named, lambda t: entities.entity_at(t.i))
    ids = {id(r) for r in cands}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for start, _end, rec in entities.mentions:
        if id(rec) in ids and start < tok.i and rec.type == "Legislation":
            first[id(rec)] = min(first.get(id(rec), start), start)
            last[id(rec)] = max(last.get(id(rec), -1), start)
    by_id = {id(r): r for r in cands}
    out = {"cands": " / ".join(r.name for r in cands)}
    out["first"] = by_id[min(first, key=first.get)].name if first else ""
    out["last"] = by_id[max(last, key=last.get)].name if last else ""
    para = paragraph_start(tok)
    inpara = {k for k, v in last.items() if v >= para}
    out["para"] = by_id[next(iter(inpara))].name if len(inpara) == 1 else ""
    sent = tok.sent.start
    if sent > 0 and not (tok.doc[sent - 1].is_space and "\n" in tok.doc[sent - 1].text):
        sent = tok.doc[sent - 1].sent.start
    near = {k for k, v in last.items() if v >= sent}
    out["near"] = by_id[next(iter(near))].name if len(near) == 1 else ""
    out["ncands"] = str(len(cands))
    after = sorted(
        (start, rec.name)
        for start, _end, rec in entities.mentions
        if rec.type == "Legislation" and start > tok.i and rec.name not in entities.described
    )
    nxt = after[0] if after else None
    out["next"] = nxt[1] if nxt else ""
    out["next_gap"] = str(len(list(tok.doc[tok.i : nxt[0]].sents))) if nxt else ""
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--corpus", default="")
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument(
        "--indefinite",
        action="store_true",
        help="indefinite or bare bill nouns ('introduced a bill to ...') in texts naming a bill",
    )
    args = parser.parse_args()
    rows: list[dict] = []
    seen: set[tuple] = set()
    cur: dict = {}

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        if negated or hedged or not subs or objs or obj is None:
            return
        forms = {"indefinite or bare"} if args.indefinite else {"definite", "possessed"}
        if obj.lemma_.lower() not in BILL_NOUNS or form(obj) not in forms:
            return
        key = (cur["doc"], trigger.i, rule.relation)
        if key in seen or cur["named"] < (1 if args.indefinite else 2):
            return
        seen.add(key)
        row = choices(obj, cur["entities"])
        row.update(
            corpus=cur["corpus"],
            form=form(obj),
            rule=rule.id,
            subject=subs[0].entity.name,
            sentence=f"[{cur['doc']}] " + trigger.sent.text.strip().replace("\n", " ")[:240],
        )
        rows.append(row)

    watch_matches(record)
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    for path, doc, document in readable_parses(ids, extractor):
        corpus = path.parent.name
        if args.corpus and corpus != args.corpus:
            continue
        entities = find_entities(doc, document)
        named = sum(1 for rec in entities.entities if rec.type == "Legislation")
        cur.update(doc=document.id, corpus=corpus, named=named, entities=entities)
        extractor.relations(doc, entities, document)
    print(f"{len(rows)} definite or possessed bill nouns blocked among several named bills")
    table: Counter = Counter()
    for r in rows:
        table[(r["corpus"], "any")] += 1
        for k in ("first", "last", "para", "near", "next"):
            table[(r["corpus"], k)] += bool(r[k])
        table[(r["corpus"], "no candidate")] += r["ncands"] == "0"
        table[(r["corpus"], "one candidate")] += r["ncands"] == "1"
    for key, n in sorted(table.items()):
        print(f"{n:5d}  {key[0]:14s} {key[1]}")
    if args.examples:
        random.Random(args.seed).shuffle(rows)
        for r in rows[: args.examples]:
            print(f"-- {r['form']} {r['rule']} subj={r['subject']!r} {r['sentence']}")
            print(f"   cands[{r['ncands']}]: {r['cands']}")
            print(
                f"   first={r['first']!r} last={r['last']!r} para={r['para']!r} near={r['near']!r}"
                f" next={r['next']!r} (sentences to it: {r['next_gap']})"
            )


if __name__ == "__main__":
    main()
