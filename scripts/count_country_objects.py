"""Count the edges whose object (or subject) is a country, a capital, a US state, a country's
government or a nationality group, by the parse form of that argument.

Session 30's precision question (docs/precision.md "Session 30: countries as objects"): a
country is where a wrong edge is most quotable ("Trump criticizes Somalia"), and the audit's
judgements of country objects are wrong more often than the rest. For every positive assertion
of the readable documents (``mine_unread_predicates.readable_ids``; parse cache only, never
parses) with such a side, it records the argument token the rule resolved (a dependency rule's
object or subject, through ``RelationExtractor._pairs``; a quotation's target by its mention in
the sentence) and files it under its form: a second direct object of its verb, inside a dash or
bracket parenthesis, an apposition, a place ("in", "at" ...), a modifier of another noun
("the Iraq war"), a nationality group, or the plain argument. Each edge is matched against the
audit judgements (gold/audit*.jsonl) so each form's right / acceptable / wrong count shows.

    PYTHONPATH=. .venv/bin/python scripts/count_country_objects.py \
        --gold-train ../shared/gold/train.jsonl [--examples 3] [--jsonl OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses  # noqa: E402

import polkg.extract.relations as rel  # noqa: E402
from polkg.extract.countries import capital_country, country_code, demonym_code  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import words  # noqa: E402

STATES = {s.casefold() for s in words("us_states")["states"]}
GOVERNMENTS = {g.casefold() for g in words("countries")["governments"].values()}
PLACE_PREPS = {"in", "at", "from", "to", "into", "across", "throughout", "within", "inside", "near"}


def country_kind(name: str) -> str | None:
    """What sort of country actor a name is, if any."""
    key = name.casefold().strip().removeprefix("the ")
    if country_code(key) or capital_country(name):
        return "country"
    if key in GOVERNMENTS:
        return "government"
    if key in STATES:
        return "state"
    if demonym_code(key) or (key.endswith("s") and demonym_code(key[:-1])):
        return "nationality"
    first = key.split()[0] if key.split() else ""
    if demonym_code(first) and len(key.split()) == 2:
        return "government"
    return None


def parenthetical(tok: Token) -> bool:
    """The token sits between two dashes or inside brackets of its sentence."""
    sent = tok.sent
    left = [t for t in sent if t.i < tok.i and t.text in {"--", "—", "–", "(", ")"}]
    right = [t for t in sent if t.i > tok.i and t.text in {"--", "—", "–", ")", "("}]
    if left and left[-1].text == "(" and right and right[0].text == ")":
        return True
    return bool(
        left and right and left[-1].text in {"--", "—", "–"} and right[0].text in {"--", "—", "–"}
    )


def enclosing(tok: Token) -> tuple[int, int]:
    """The nearest parenthesis marks either side of the token in its sentence."""
    marks = [t.i for t in tok.sent if t.text in {"--", "—", "–", "(", ")"}]
    left = max((i for i in marks if i < tok.i), default=-1)
    right = min((i for i in marks if i > tok.i), default=-1)
    return left, right


def form(tok: Token) -> str:
    """The form of a country argument token (first that applies)."""
    head = tok.head
    if tok.dep_ in {"dobj", "obj"} and any(
        c.dep_ in {"dobj", "obj"} and c.i != tok.i for c in head.children
    ):
        return (
            "second direct object"
            if any(c.dep_ in {"dobj", "obj"} and c.i < tok.i for c in head.children)
            else "first of two direct objects"
        )
    if parenthetical(tok):
        return "parenthesis"
    if tok.dep_ == "appos":
        return "apposition"
    if tok.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
        return f"place ({head.lower_})"
    if tok.dep_ in {"compound", "poss", "amod", "nmod"}:
        return f"modifier ({tok.dep_} of {head.lemma_.lower()})"
    if tok.dep_ in {"dobj", "obj", "nsubjpass", "pobj"}:
        return f"argument ({tok.dep_})"
    if tok.dep_ in {"nsubj"}:
        return "subject (nsubj)"
    return f"other ({tok.dep_})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-train", type=Path, default=ROOT.parent / "shared/gold/train.jsonl")
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--jsonl", type=Path)
    parser.add_argument(
        "--all", action="store_true", help="every edge's object, not only a country's"
    )
    args = parser.parse_args()

    verdicts: dict[tuple[str, str, str, str], str] = {}
    for path in sorted((ROOT / "gold").glob("audit*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind") == "judgement":
                key = (row["doc"], row["subject"], row["relation"], row["object"])
                verdicts[key] = row["verdict"]

    seen: dict[tuple[str, str, str, int], tuple[Token, Token, Token]] = {}
    original = rel.RelationMatcher._pairs

    def spy(self, rule, subjects, objects, trigger, **kw):  # type: ignore[no-untyped-def]
        for cand in original(self, rule, subjects, objects, trigger, **kw):
            for s in subjects:
                for o in objects:
                    if s.entity is cand.subject and o.entity is cand.object:
                        seen[(cand.rule_id, cand.subject.name, cand.object.name, trigger.i)] = (
                            s.token,
                            o.token,
                            trigger,
                        )
            yield cand

    rel.RelationMatcher._pairs = spy  # type: ignore[method-assign]
    extractor = Extractor(parse_cache=args.parse_cache)
    ids = readable_ids(args.gold_train, samples=True)
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    for path, doc, document in readable_parses(ids, extractor):
        seen.clear()
        entities = find_entities(doc, document)
        for a in extractor.relations(doc, entities, document):
            if not a.positive:
                continue
            sides = [("object", a.object), ("subject", a.subject)]
            for side, name in sides:
                kind = country_kind(name)
                if args.all and side == "object":
                    kind = kind or "any"
                if kind is None:
                    continue
                tok = trig = None
                for (rule, sname, oname, _ti), (st, ot, tt) in seen.items():
                    if rule == a.rule and sname == a.subject and oname == a.object:
                        tok, trig = (ot if side == "object" else st), tt
                        break
                if tok is None:  # a quotation's target: its mention in the evidence
                    for s, e, ent in entities.mentions:
                        span = doc[s:e]
                        if ent.name == name and a.start <= span.start_char < a.end:
                            tok = span.root
                            break
                shape = form(tok) if tok is not None else "no token"
                if tok is not None and trig is not None and parenthetical(tok):
                    if not parenthetical(trig) or enclosing(trig) != enclosing(tok):
                        shape = f"{shape}; trigger outside its parenthesis"
                verdict = verdicts.get((a.doc, a.subject, a.relation, a.object), "unjudged")
                table[(side, shape)][verdict] += 1
                table[(side, shape)]["edges"] += 1
                line = (
                    f"{path.parent.name}/{a.doc} | {a.subject} -{a.relation}-> {a.object} | "
                    f"{a.rule} | {verdict} | {doc.text[a.start : a.end][:220]}"
                )
                if len(examples[(side, shape)]) < args.examples:
                    examples[(side, shape)].append(line)
                if out:
                    out.write(
                        json.dumps(
                            {
                                "corpus": path.parent.name,
                                "doc": a.doc,
                                "subject": a.subject,
                                "relation": a.relation,
                                "object": a.object,
                                "rule": a.rule,
                                "side": side,
                                "kind": kind,
                                "form": shape,
                                "verdict": verdict,
                                "token": tok.text if tok is not None else None,
                                "dep": tok.dep_ if tok is not None else None,
                                "head": tok.head.text if tok is not None else None,
                                "evidence": doc.text[a.start : a.end],
                            }
                        )
                        + "\n"
                    )
    print(
        f"{'side':8} {'form':44} {'edges':>5} {'right':>5} {'acc':>4} {'wrong':>5} {'unjudged':>8}"
    )
    for (side, shape), c in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1]["edges"])):
        print(
            f"{side:8} {shape:44} {c['edges']:5} {c['correct']:5} {c['acceptable']:4} "
            f"{c['wrong']:5} {c['unjudged']:8}"
        )
        for ex in examples[(side, shape)]:
            print(f"    {ex}")


if __name__ == "__main__":
    main()
