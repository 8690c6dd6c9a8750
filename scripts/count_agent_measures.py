"""Count measures the text describes by a head noun and its agent, as stance arguments (session
35, docs/bbc-recall.md "Session 35"), in readable text; counts and examples.

Fresh samples make "the Tories' asylum plans", "a Tory attempt to change the law", "a tax
package from the Republican leadership", "the government's plans" Legislation, with stances on
them required. This census asks, over every readable cached document
(``mine_unread_predicates.readable_ids`` with the samples; never a hidden one), how often a
measure head (``HEADS``) with an actor agent (a possessor an entity owns, a party or government
word before it, a "by"/"from" phrase naming an entity) is a stance trigger's argument whose
other side is a mention, what entity polkg gives the head today, and whether polkg has an
assertion from that sentence with the trigger's other side. ``--examples N`` prints N sentences
per cell.

    PYTHONPATH=. .venv/bin/python scripts/count_agent_measures.py \
        --gold-train ../shared/gold/train.jsonl [--examples 3]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from count_foreign_stance import is_mention  # noqa: E402
from count_named_plans import trigger_of  # noqa: E402
from mine_unread_predicates import ROOT, readable_ids, readable_parses  # noqa: E402

from polkg.extract.entities import DocEntities, find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402

HEADS = {
    "plan", "proposal", "measure", "rule", "package", "increase", "recommendation", "reform",
    "cut", "ban", "deal", "policy", "scheme", "move", "idea", "attempt", "effort", "restriction",
    "action", "budget", "programme", "program", "initiative", "strategy", "regulation",
    "change", "target", "system", "promise", "commitment", "pledge", "quota", "limit", "cap",
}  # fmt: skip
AGENT_WORDS = {"government", "tory", "labour", "conservative", "republican", "democratic", "gop"}
PREFILTER = re.compile(r"(?i)\b(" + "|".join(sorted(h + "s?" for h in HEADS)) + r")\b")


def agent_of(head: Token, ents: DocEntities) -> tuple[str, Token] | None:
    """How the measure ``head`` names its agent, and the agent token, or None."""
    for c in head.children:
        if c.dep_ == "poss" and c.tag_ != "PRP$" and ents.entity_at(c.i) is not None:
            return "possessive", c
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            return None
    for c in head.lefts:
        if c.dep_ in {"compound", "amod", "nmod"}:
            rec = ents.entity_at(c.i)
            if rec is not None and rec.type in {"PoliticalParty", "GovernmentBody"}:
                return "modifier " + rec.type, c
            if c.lower_ in AGENT_WORDS:
                return "modifier word", c
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            for g in c.children:
                if g.dep_ == "pobj" and ents.entity_at(g.i) is not None:
                    return f"'{c.lower_}' agent", g
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    for g in a.children:
                        if g.dep_ == "pobj" and ents.entity_at(g.i) is not None:
                            return "participle agent", g
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    table: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path, doc, document in readable_parses(ids, extractor, PREFILTER.search):
        corpus = path.parent.name
        ents = None
        assertions = None
        for h in doc:
            if h.pos_ != "NOUN" or h.lemma_.lower() not in HEADS:
                continue
            trig = trigger_of(h)
            if trig is None or trig[1] is None:
                continue
            if ents is None:
                ents = find_entities(doc, document)
            if not is_mention(trig[1], ents):
                continue
            agent = agent_of(h, ents)
            if agent is None:
                continue
            if assertions is None:
                assertions = extractor.relations(doc, ents, document)
            owner = ents.entity_at(h.i)
            etype = f"{owner.type} entity" if owner is not None else "no entity"
            sent = h.sent
            other = ents.entity_at(trig[1].i)
            edge = any(
                a.start <= sent.start_char < a.end or sent.start_char <= a.start < sent.end_char
                for a in assertions
                if other is not None and other.name in (a.subject, a.object)
            )
            key = f"{corpus} | {agent[0]} | {etype} | {'edge' if edge else 'no edge'}"
            table[key] += 1
            table[f"head {h.lemma_.lower()} | {'edge' if edge else 'no edge'}"] += 1
            if len(examples[key]) < args.examples:
                name = owner.name if owner is not None else "-"
                text = sent.text.strip().replace("\n", " ")[:220]
                examples[key].append(
                    f"[{document.id}] {trig[0].lemma_} / {h.text} ({name}): {text}"
                )
    for key in sorted(table):
        print(f"{key} | {table[key]}")
    for key, lines in sorted(examples.items()):
        print(f"\n{key}")
        for line in lines:
            print("   ", line)


if __name__ == "__main__":
    main()
