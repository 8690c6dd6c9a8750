"""Group the labelled stances the extractor offers both actors for but makes no edge of, by the
word that carries the stance.

Reads a directed-sentiment TSV (use the training split only:
``../shared/labeled/directed_sentiment/train.txt``; never valid.txt or valid_unseen.txt) and runs
the whole extractor over each sentence. For every row it writes one JSON line: the label, whether
both labelled entities are actors, the labels of the extractor's edges between them, whether a
negated or hedged assertion links them, and the dependency path between the two entities'
heads (from the labelled subject up to the lowest common ancestor and down to the labelled
object; for a neutral row, from the first entity). The path's governing word (the ancestor's
lemma, or the noun the object hangs on) is what a lexicon entry would name. ``--groups`` then
counts the offered, edgeless positive and negative rows by governing word and path, with how
often the same word and path come with the other labels (a word that comes as often with
neutral rows states no stance).

Session 20 on train.txt (4,555 labelled rows): 576 right edges; 2,334 offered without an edge,
1,640 not offered. The offered misses are mostly no lexical gap: reported speech ("X said Y ...",
291, a judgement inside the claim), copulas (92), and known triggers whose argument is a subgroup
or a proxy ("Other Democrats accused ...", "criticized Trump's comments"). The one large verb no
rule reads is "thank" (CAMEO 051: 24 positive, no negative, 1 neutral), which the gold files mark
as acceptable praise, never required.

    .venv/bin/python scripts/directed_lexical_misses.py \
        ../shared/labeled/directed_sentiment/train.txt --parse-cache /tmp/x --out /tmp/rows.jsonl
    .venv/bin/python scripts/directed_lexical_misses.py --groups /tmp/rows.jsonl [--min 3]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Token

from polkg.evaluate import directed_label, directed_labels, read_directed, same_entity
from polkg.extract import Extractor
from polkg.model import ACTOR_TYPES, Document, DocumentResult

BRACKET = re.compile(r"\[([^\[\]]+)\]")


def spans(bracketed: str) -> list[tuple[int, int]]:
    """Character spans of the bracketed entities in the sentence with its brackets removed."""
    out, removed = [], 0
    for m in BRACKET.finditer(bracketed):
        start = m.start() - removed
        out.append((start, start + len(m.group(1))))
        removed += 2
    return out


def head(doc: Doc, span: tuple[int, int]) -> Token | None:
    """The syntactic head of a labelled entity's span (None when no token span fits)."""
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return s.root if s is not None and len(s) else None


def path(a: Token, b: Token) -> tuple[str, str, str]:
    """(governing lemma, its POS, the path a -> b as deps) through their lowest common ancestor."""
    up_a = [a, *a.ancestors]
    ids_b = {t.i: k for k, t in enumerate([b, *b.ancestors])}
    chain_b = [b, *b.ancestors]
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            lca, left, right = t, up_a[:k], chain_b[: ids_b[t.i]]
            break
    else:
        return "-", "-", "-"

    def label(tok: Token) -> str:
        return f"{tok.dep_}:{tok.lower_}" if tok.dep_ in {"prep", "agent"} else tok.dep_

    up = " ".join(label(t) for t in left)
    down = " ".join(label(t) for t in reversed(right))
    gov = lca
    # the object hangs by a preposition on a noun or adjective under the ancestor: that word
    # carries the stance ("voiced support for Y", "is critical of Y")
    first = right[-1] if right else None
    by_preposition = any(t.dep_ in {"prep", "agent"} for t in right[:-1])
    if first is not None and by_preposition and first.pos_ in {"NOUN", "ADJ"}:
        gov = first
    return gov.lemma_.lower(), gov.pos_, f"{up} ^{lca.lemma_.lower()} {down}".strip()


def actor(result: DocumentResult, name: str) -> bool:
    """Whether an actor entity of the result is the labelled name."""
    return any(
        e.type in ACTOR_TYPES and any(same_entity(n, name) for n in (e.name, *e.aliases))
        for e in result.entities
    )


def run(args: argparse.Namespace) -> None:
    """One JSON line per labelled row: its label, the edges and flagged assertions between its
    two entities, and the path between their heads (what ``groups`` counts)."""
    rows = read_directed(args.tsv)
    raw = args.tsv.read_text(encoding="utf-8").splitlines()
    extractor = Extractor(parse_cache=args.parse_cache, stance_model=False)
    stream = ((r.text, r) for r in rows)
    assert extractor.cache is not None
    with args.out.open("w", encoding="utf-8") as out:
        for doc, row in extractor.cache.pipe(stream, batch_size=64):
            result = extractor.result(doc, Document(id=f"directed-{row.line}", text=row.text))
            forms = {e.name: e.aliases for e in result.entities}
            labels = sorted(directed_labels(result, row.e1, row.e2))
            flagged = []
            for a in result.assertions:
                if a.positive:
                    continue
                probe = replace(a, negated=False, hedged=False)
                x = directed_label(probe, row.e1, row.e2, forms)
                if x is not None:
                    flagged.append([x, "negated" if a.negated else "hedged", a.rule])

            sp = spans(raw[row.line - 1].split("\t")[0])
            h = [head(doc, s) for s in sp] if len(sp) == 2 else [None, None]
            gov = pos = p = "-"
            if h[0] is not None and h[1] is not None and h[0].i != h[1].i:
                one, other = (h[1], h[0]) if row.label in (2, 4) else (h[0], h[1])
                gov, pos, p = path(one, other)
            record = {
                "line": row.line,
                "label": row.label,
                "offered": actor(result, row.e1) and actor(result, row.e2),
                "edges": labels,
                "flagged": flagged,
                "rules": sorted({a.rule for a in result.assertions}),
                "gov": gov,
                "pos": pos,
                "path": p,
                "text": row.text,
            }
            out.write(json.dumps(record) + "\n")


def groups(args: argparse.Namespace) -> None:
    """Count the offered, edgeless stances of a rows file by governing word and by path, with
    how often each comes with every label: a word as common with neutral rows carries none."""
    rows = [json.loads(line) for line in args.groups.read_text(encoding="utf-8").splitlines()]
    by_gov: dict[tuple[str, str], Counter] = defaultdict(Counter)
    by_path: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in rows:
        pol = {1: "pos", 2: "pos", 3: "neg", 4: "neg"}.get(r["label"], "neu")
        kind = "miss" if pol != "neu" and r["offered"] and not r["edges"] else "other"
        by_gov[(r["gov"], r["pos"])][f"{pol}-{kind}"] += 1
        by_path[(r["gov"], r["path"])][f"{pol}-{kind}"] += 1
    for title, table in (("governing word", by_gov), ("governing word and path", by_path)):
        print(f"== {title}: misses (offered, no edge) by polarity; all rows by polarity")
        ranked = sorted(table.items(), key=lambda kv: -(kv[1]["pos-miss"] + kv[1]["neg-miss"]))
        for key, c in ranked:
            miss = c["pos-miss"] + c["neg-miss"]
            if miss < args.min:
                break
            pos = c["pos-miss"] + c["pos-other"]
            neg = c["neg-miss"] + c["neg-other"]
            print(
                f"{miss:>4} miss (+{c['pos-miss']} -{c['neg-miss']})  all +{pos} -{neg} "
                f"0:{c['neu-other']}  {key[0]:<14} {key[1]}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv", type=Path, nargs="?")
    parser.add_argument("--parse-cache", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--groups", type=Path, help="count a rows file written before")
    parser.add_argument("--min", type=int, default=3)
    args = parser.parse_args()
    if args.groups:
        groups(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
