"""Count named bills whose entity holds only part of the title the text writes.

Session 30 (docs/senate-recall.md "Session 30"): a bill's title is cut where the span patterns
of ``entities.jsonl`` stop ("the Section 8 Voucher Reform Act of 2008" is "Voucher Reform Act":
a number breaks the run of capitalised words; "the Firefighter Investment and Response
Enhancement (FIRE) Act" is "Response Enhancement (FIRE) Act": a connector before a bracketed
acronym; "the Reproductive Health Care Reform Bill 2019" has no entity). The scorer matches
names, so an edge on a cut name is a false edge and a miss. For every mention of a Legislation
entity in readable text, the census says whether the text goes on past it: a number or a
connector before it with a capitalised word before that, "of <year>" or a year after it; and
counts the entities (and their edges) so cut. Also counts bills the text defines with a
bracketed acronym that polkg keeps as two entities. Readable documents only
(``mine_unread_predicates.readable_ids(samples=True)``); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_bill_titles.py \
        --gold-train ../shared/gold/train.jsonl [--examples 40]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402

CONNECTORS = {"and", "of", "for", "to", "the", "&", "on", "in"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def cut(doc, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    """How the text goes on past the mention doc[start:end] of a bill, or ''."""
    before = doc[start - 1] if start > 0 else None
    before2 = doc[start - 2] if start > 1 else None
    if (
        before is not None
        and before2 is not None
        and before2.is_title
        and not before2.is_sent_start
    ):
        if before.like_num or re.match(r"^\d", before.text):
            return "number before"
        if before.lower_ in CONNECTORS and before.is_lower:
            return "connector before"
    if end + 1 < len(doc) and doc[end].lower_ == "of" and YEAR.match(doc[end + 1].text):
        return "of <year> after"
    if end < len(doc) and YEAR.match(doc[end].text):
        return "<year> after"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    kinds: Counter = Counter()
    edges: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    acronym_pairs = 0
    acronym_edges = 0
    for path, doc, document in readable_parses(
        ids, extractor, holds=lambda t: "Act" in t or "Bill" in t
    ):
        entities = find_entities(doc, document)
        found: dict[int, str] = {}
        for start, end, rec in entities.mentions:
            if rec.type != "Legislation" or id(rec) in found:
                continue
            how = cut(doc, start, end)
            if how:
                found[id(rec)] = how
                text = doc[max(0, start - 4) : min(len(doc), end + 3)].text.replace("\n", " ")
                examples[how].append(f"[{document.id}] {rec.name!r} <- {text!r}")
        legis = [e for e in entities.entities if e.type == "Legislation"]
        acr = {
            m
            for e in legis
            for name in (e.name, *e.aliases)
            for m in re.findall(r"\(([A-Z][A-Z-]+)\)", name)
        }
        short = [e for e in legis if e.name.split()[0] in acr and len(e.name.split()) <= 2]
        acronym_pairs += len(short)
        if not found and not short:
            continue
        assertions = extractor.relations(doc, entities, document)
        cutnames = {e.name: how for e in legis if id(e) in found for how in [found[id(e)]]}
        for how in found.values():
            kinds[(path.parent.name, how)] += 1
        for a in assertions:
            if a.object in cutnames:
                edges[(path.parent.name, cutnames[a.object])] += 1
            if a.object in {e.name for e in short}:
                acronym_edges += 1
    print("entities whose title the text goes on past (corpus, how): entities / edges on them")
    for key in sorted(kinds):
        print(f"{kinds[key]:5d} {edges[key]:5d}  {key[0]:14s} {key[1]}")
    print(
        f"acronym short forms kept apart from a bracket-defining title: {acronym_pairs}"
        f" entities, {acronym_edges} edges"
    )
    if args.examples:
        for how, rows in sorted(examples.items()):
            print("==", how, len(rows))
            for r in rows[: args.examples]:
                print("    ", r)


if __name__ == "__main__":
    main()
