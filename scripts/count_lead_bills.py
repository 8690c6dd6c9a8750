"""Count bills a text introduces by description and names only in the sentence after.

Session 30 (docs/senate-recall.md "Session 30"): a Senate release opens "Sens. Trent Lott and
Mark Pryor today introduced legislation to give the Department of Transportation the authority
to set CAFE standards." and names the bill in the next sentence: "The bill Lott and Pryor
introduced today - The Corporate Average Fuel Economy (CAFE) Program Reform Act of 2006 - ...".
The lead's "legislation" resolves to nothing (a purpose clause makes it another bill than a
named one, `generic_references`), so its sponsors lose their edge. This census finds every bill
noun ("bill", "legislation", "measure", "resolution", "amendment") that is the object of a
sponsor verb (`constructions.json` `sponsor_verbs`) with no determiner or "a"/"an", before any
bill the text names, and says what the next sentence names: a bill whose mention is its
sentence's subject or stands beside that subject (apposition), another bill's mention, or
none. Readable documents only (``mine_unread_predicates.readable_ids(samples=True)``); parse
cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_lead_bills.py \
        --gold-train ../shared/gold/train.jsonl [--examples 40]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import word_sets  # noqa: E402

NOUNS = {"bill", "legislation", "measure", "resolution", "amendment"}
SPONSOR_VERBS = word_sets("constructions")["sponsor_verbs"]
SUBJECTS = {"nsubj", "nsubjpass"}


def next_sentence(sent):  # type: ignore[no-untyped-def]
    """The sentence after ``sent``, skipping newline-only sentences."""
    doc = sent.doc
    i = sent.end
    while i < len(doc):
        nxt = doc[i].sent
        if nxt.text.strip():
            return nxt
        i = nxt.end
    return None


def subject_side(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is its clause's subject, or apposed to (or inside the apposition of) it."""
    t = tok
    for _ in range(4):
        if t.dep_ in SUBJECTS:
            return True
        if t.dep_ not in {"appos", "compound", "flat", "nmod", "punct", "prep", "pobj"}:
            return False
        t = t.head
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    table: Counter = Counter()
    rows: list[str] = []
    for path, doc, document in readable_parses(
        ids, extractor, holds=lambda t: "introduc" in t or "sponsor" in t or "author" in t
    ):
        entities = find_entities(doc, document)
        firsts = [s for s, _e, rec in entities.mentions if rec.type == "Legislation"]
        first = min(firsts, default=len(doc))
        for tok in doc[:first]:
            if tok.lemma_.lower() not in NOUNS or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
                continue
            if entities.entity_at(tok.i) is not None or tok.dep_ not in {"dobj", "obj"}:
                continue
            if tok.head.lemma_.lower() not in SPONSOR_VERBS:
                continue
            if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in tok.children):
                continue
            nxt = next_sentence(tok.sent)
            found = "none"
            name = ""
            if nxt is not None:
                for t in nxt:
                    rec = entities.entity_at(t.i)
                    if rec is not None and rec.type == "Legislation":
                        found = "subject side" if subject_side(t) else "elsewhere"
                        name = rec.name
                        break
            table[(path.parent.name, found)] += 1
            rows.append(
                f"[{path.parent.name} {document.id}] {found}: {name!r} <- "
                + tok.sent.text.strip().replace("\n", " ")[:160]
                + " || "
                + (nxt.text.strip().replace("\n", " ")[:160] if nxt is not None else "")
            )
    print("sponsored indefinite bill nouns before any named bill, by what the next sentence names")
    for key, n in sorted(table.items()):
        print(f"{n:5d}  {key[0]:14s} {key[1]}")
    for r in rows[: args.examples]:
        print("   ", r)


if __name__ == "__main__":
    main()
