"""Count the stance and sponsorship matches whose object is a bill the text describes, not names.

A dependency rule matched with a positive modality (neither negated nor hedged), its subject
resolved to an actor and its object to nothing, and the object token is a bill noun ("bill",
"legislation", "amendment", "resolution", "measure", ...). The object is classified by how the
text gives the bill: described by a clause or phrase after the head ("legislation reauthorizing
the Children's Health Insurance Program", "a bill to repeal ..."), possessed ("his bill"),
possessed and described ("his bill to pay for ..."), a bare definite or demonstrative noun ("the
bill", "this legislation"), or otherwise; and by whether the document names a law (then a bare
noun is left to ``generic_references``), and whether a described bill of the same head came
before a bare noun (the one a back reference would resolve to). Rule families are counted apart:
sponsorship (``endorse.sponsor.*``, which never takes a described object) and the others.
Readable documents only (``mine_unread_predicates.readable_ids(samples=True)``: audit batches
1-20, dev, tune-a, the readable samples; never tune-b, measure or a hidden sample); parse cache
only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_described_bills.py \
        --gold-train ../shared/gold/train.jsonl [--examples 6] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import (  # noqa: E402
    ROOT,
    readable_ids,
    readable_parses,
    readable_part,
    watch_matches,
)

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402

BILL_NOUNS = {"bill", "legislation", "amendment", "resolution", "measure", "act", "proposal"}
DEFINITE = {"the", "this", "that"}
DESCRIPTION_DEPS = {"acl", "relcl"}


def described(tok: Token) -> bool:
    """A clause right after the head says what the bill is ("a bill to ...", "legislation
    reauthorizing ...", "an amendment that would ..."), or a purpose/topic phrase."""
    for c in tok.children:
        if c.i <= tok.i:
            continue
        if c.dep_ in DESCRIPTION_DEPS and c.pos_ in {"VERB", "AUX"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"to", "on", "for"} and c.i == tok.i + 1:
            return True
    return False


def shape(tok: Token) -> str:
    """How the text gives the bill at the object token ``tok``."""
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    poss = [c for c in tok.children if c.dep_ == "poss"]
    desc = described(tok)
    if poss:
        return "possessed+described" if desc else "possessed"
    if desc:
        return "described"
    if dets & DEFINITE:
        return "definite/demonstrative"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=6)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--heads", help="comma-separated object lemmas to count instead of the bill nouns"
    )
    args = parser.parse_args()
    if args.heads:
        BILL_NOUNS.clear()
        BILL_NOUNS.update(args.heads.split(","))

    blocked: list[dict] = []
    seen: set[tuple] = set()
    cur: dict = {}

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        tok = obj
        if not negated and not hedged and subs and not objs and tok is not None:
            while (
                tok.dep_ == "conj" and tok.head.i != tok.i and tok.lemma_.lower() not in BILL_NOUNS
            ):
                tok = tok.head
            key = (cur["doc"], tok.i, rule.relation)
            if tok.lemma_.lower() in BILL_NOUNS and tok.pos_ == "NOUN" and key not in seen:
                seen.add(key)
                kind = shape(tok)
                if kind == "definite/demonstrative":
                    earlier = [
                        t
                        for t in tok.doc[: tok.i]
                        if t.lemma_.lower() == tok.lemma_.lower() and described(t)
                    ]
                    if earlier:
                        kind += " after a described one"
                blocked.append(
                    {
                        "doc": cur["doc"],
                        "part": cur["part"],
                        "corpus": cur["corpus"],
                        "rule": rule.id,
                        "family": "sponsor" if rule.id.startswith("endorse.sponsor") else "stance",
                        "shape": kind,
                        "names_law": cur["names_law"],
                        "subject": subs[0].entity.name,
                        "object": tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text[:160],
                        "sentence": trigger.sent.text.strip().replace("\n", " ")[:300],
                    }
                )

    watch_matches(record)

    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    ndocs = 0
    for path, doc, document in readable_parses(ids, extractor):
        ndocs += 1
        entities = find_entities(doc, document)
        cur.update(
            doc=document.id,
            part=readable_part(ids, path, document.id),
            corpus=path.parent.name,
            names_law=any(
                e.type == "Legislation" and e.name not in entities.described
                for e in entities.entities
            ),
        )
        extractor.relations(doc, entities, document)
    print(
        f"{ndocs} readable documents; {len(blocked)} positive matches"
        " with a bill noun no entity holds for object"
    )
    table: Counter = Counter((b["family"], b["shape"], b["names_law"]) for b in blocked)
    by_corpus: dict[tuple, Counter] = defaultdict(Counter)
    for b in blocked:
        by_corpus[(b["family"], b["shape"], b["names_law"])][b["corpus"]] += 1
    ex: dict[tuple, list[dict]] = defaultdict(list)
    for b in blocked:
        ex[(b["family"], b["shape"], b["names_law"])].append(b)
    for key, n in table.most_common():
        family, kind, names = key
        law = "text names a law" if names else "no named law"
        print(f"{n:5d}  {family:8s} {kind:40s} {law:18s} {dict(by_corpus[key])}")
        for b in ex[key][: args.examples]:
            print(
                f"        [{b['part']}] {b['subject']} -{b['rule']}-> '{b['object'][:90]}' | "
                f"{b['sentence'][:180]}"
            )
    if args.json:
        args.json.write_text(json.dumps(blocked, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
