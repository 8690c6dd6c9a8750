"""Count stance sentences where polkg gives an edge to one member of a list and not the others.

Issue 12, session 28 (docs/group-members.md "Session 28"): a stance the sentence gives a whole
list ("Corzine and Lautenberg are cosponsors of ...", "Governors Jeb Bush (R-Fla), Mitch Daniels
(R-Ind.) ... endorsed", "an amendment supported by Chambliss and Isakson") should reach every
member. In readable text (``mine_unread_predicates.readable_ids(samples=True)``, parse cache
only) every edge of a sentence is taken; a *list* is a run of entity mentions in that sentence
joined only by commas, "and" or "&" (a party-state tag in parentheses or ", R-Ga.," and a
title word between them allowed). For each edge whose subject (object) sits in a list without
the other side, each other actor of the list that has no edge of the same relation with the
other side in the document is a lost member. It is counted by form, the parse link from the
member that has the edge to the one that lost it: ``conj`` (a conjunct of it, or both conjuncts
of one head), ``appos``, ``tag`` (a parenthesised or comma tag sits between them), ``other``
(the parser hung the name elsewhere). "or" lists are counted apart and never spread.

    PYTHONPATH=. .venv/bin/python scripts/count_list_members.py \
        --gold-train ../shared/gold/train.jsonl [--examples 6]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402

ACTORS = {"Person", "PoliticalParty", "GovernmentBody", "Organization", "Country", "Office"}
TAG = re.compile(r"\s*(\([^()]{1,30}\)|,\s*[RDI]-[A-Z][A-Za-z.]{1,12},?)")
TITLE = r"(?:(?:[A-Z][a-z]{0,9}\.?|former|then-\w+|the)\s+){0,3}"
JOIN = re.compile(r"^\s*(,|,?\s*and|,?\s*&|,?\s*as well as)\s*(?:both\s+)?" + TITLE + r"$")
OR = re.compile(r"^\s*(,?\s*or|,?\s*nor)\s*" + TITLE + r"$")


def joiner(between: str) -> tuple[str, bool] | None:
    """How two adjacent mentions are joined: ("and", tagged) / ("or", tagged), else None."""
    tagged = bool(TAG.match(between))
    rest = TAG.sub("", between, count=1) if tagged else between
    if JOIN.match(rest):
        return "and", tagged
    if OR.match(rest):
        return "or", tagged
    return None


def runs(doc: Doc, mentions: list, start: int, end: int) -> list[list[tuple]]:
    """Lists of mentions in doc[start:end]: runs joined by ``joiner``, each mention with its
    join kind to the previous one."""
    inside = [(s, e, ent) for s, e, ent in mentions if start <= s and e <= end]
    out: list[list[tuple]] = []
    current: list[tuple] = []
    for s, e, ent in inside:
        if current:
            _ps, pe, _pent, _k = current[-1]
            how = joiner(doc[pe:s].text) if s >= pe else None
            if how is not None:
                current.append((s, e, ent, how))
                continue
            if len(current) > 1:
                out.append(current)
        current = [(s, e, ent, None)]
    if len(current) > 1:
        out.append(current)
    return out


def link(a: Token, b: Token, tagged: bool) -> str:
    if b in a.conjuncts:
        return "conj"
    if b.head == a and b.dep_ == "appos" or a.head == b and a.dep_ == "appos":
        return "appos"
    if b.dep_ == "conj" and b.head.dep_ == "appos" and b.head.head == a:
        return "appos"
    return "tag" if tagged else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=6)
    parser.add_argument("--corpora", nargs="*", default=[])
    args = parser.parse_args()
    extractor = Extractor(parse_cache=args.parse_cache)
    ids = readable_ids(args.gold_train, samples=True)
    counts: Counter = Counter()
    edges_in_lists: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    seen: set = set()
    for path, doc, document in readable_parses(ids, extractor):
        if args.corpora and path.parent.name not in args.corpora:
            continue
        entities = find_entities(doc, document)
        assertions = [a for a in extractor.relations(doc, entities, document) if a.positive]
        have = {(a.subject, a.relation, a.object) for a in assertions}
        for a in assertions:
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None:
                continue
            for run in runs(doc, entities.mentions, span.start, span.end):
                names = {ent.name for _s, _e, ent, _k in run}
                for side in ("subject", "object"):
                    subject_side = side == "subject"
                    own, other = (a.subject, a.object) if subject_side else (a.object, a.subject)
                    if own not in names or other in names:
                        continue
                    edges_in_lists[side] += 1
                    anchor = next(doc[s:e].root for s, e, ent, _k in run if ent.name == own)
                    kinds = {k[0] for _s, _e, _ent, k in run if k}
                    for s, e, ent, _how in run:
                        if ent.name == own or ent.type not in ACTORS:
                            continue
                        key = (
                            (ent.name, a.relation, a.object)
                            if side == "subject"
                            else (a.subject, a.relation, ent.name)
                        )
                        if key in have:
                            counts[f"{side}: shared"] += 1
                            continue
                        token = doc[s:e].root
                        tagged = any(k[1] for _s, _e, _ent, k in run if k)
                        form = "or" if "or" in kinds else link(anchor, token, tagged)
                        sent_key = (document.id, a.start, side, ent.name, a.relation)
                        if sent_key in seen:
                            continue
                        seen.add(sent_key)
                        label = f"{side}: lost ({form})"
                        counts[label] += 1
                        if len(examples[label]) < args.examples:
                            examples[label].append(
                                f"[{path.parent.name} {document.id}] {a.subject} -{a.relation}-> "
                                f"{a.object} ({a.rule}); lost {ent.name} ({ent.type}) | "
                                f"{' '.join(a.evidence.split())[:260]}"
                            )
    print("edges with one side in a list:", dict(edges_in_lists))
    for label, n in sorted(counts.items()):
        print(f"{n:6d}  {label}")
        for ex in examples.get(label, []):
            print("        ", ex)


if __name__ == "__main__":
    main()
