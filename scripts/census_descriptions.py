"""Census of definite and possessed person descriptions in readable text, by form and outcome.

Every "the|this|that|his|her|<name>'s [words] <title or role noun>" whose head is no modifier of
another noun, in the readable documents (``mine_unread_predicates.readable_ids``: audit batches,
dev, tune-a, the readable samples; never tune-b, measure or a hidden sample), classed by the
words between the determiner and the head (``former``, a US state, a party, an adjective,
another word) and by what the entity layer made of it: a person, nothing. Parse cache only.

    PYTHONPATH=. .venv/bin/python scripts/census_descriptions.py \
        --gold-train ../shared/gold/train.jsonl [--examples 4] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, readable_part  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import us_state, words  # noqa: E402

HEADS = {
    "senator", "congressman", "congresswoman", "representative", "lawmaker", "governor",
    "president", "leader", "chairman", "chairwoman", "nominee", "candidate", "secretary",
    "minister", "mayor", "speaker", "judge", "director", "general", "chancellor", "spokesman",
    "republican", "democrat", "politician", "incumbent", "challenger", "frontrunner",
    "front-runner", "official", "ambassador", "attorney", "mp",
}  # fmt: skip
HOLDS = re.compile(r"\b(" + "|".join(sorted(HEADS)) + r")\b", re.I)
PARTIES = {"republican", "democratic", "gop", "democrat", "tory", "labour", "conservative"}
FORMER = set(words("entities_words")["former_markers"])


def shape(tok) -> str | None:  # type: ignore[no-untyped-def]
    """The form of a description headed by ``tok``, or None when it is none."""
    if tok.lower_ not in HEADS or tok.dep_ in ("compound", "amod", "poss", "appos", "attr"):
        return None
    left = [c for c in tok.children if c.i < tok.i and c.dep_ in ("det", "poss")]
    if not left:
        return None
    det = left[0]
    if det.dep_ == "det" and det.lower_ not in ("the", "this", "that"):
        return None
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "NNP":
        return None  # "the senator Bernie Sanders"
    start = det.right_edge.i + 1 if det.dep_ == "poss" else det.i + 1
    parts = []
    between = tok.doc[start : tok.i]
    text = " ".join(t.text for t in between)
    state = us_state(" ".join(t.text for t in between if t.pos_ == "PROPN")) if between else None
    for t in between:
        low = t.lower_
        if low in FORMER:
            parts.append("FORMER")
        elif low in PARTIES:
            parts.append("PARTY")
        elif t.pos_ == "PROPN" and state:
            if "STATE" not in parts:
                parts.append("STATE")
        elif t.pos_ == "ADJ":
            parts.append("ADJ")
        elif t.is_punct:
            continue
        else:
            parts.append("OTHER")
    del text
    restricted = any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children)
    owner = "POSS " if det.dep_ == "poss" else ""
    return f"{owner}{' '.join(parts) or '-'} {tok.lower_}" + (" +restr" if restricted else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold-train", type=Path)
    ap.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    ap.add_argument("--examples", type=int, default=4)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    rows = []
    for path, doc, document in readable_parses(ids, extractor, holds=HOLDS.search):
        if path.parent.name == "newsmtsc":
            continue
        part = readable_part(ids, path, document.id)
        ents = None
        for tok in doc:
            form = shape(tok)
            if form is None:
                continue
            if ents is None:
                ents = find_entities(doc, document)
            e = ents.entity_at(tok.i)
            rows.append({
                "doc": document.id, "part": part, "form": form, "i": tok.i,
                "entity": e.name if e is not None and e.type == "Person" else None,
                "other": e.name if e is not None and e.type != "Person" else None,
                "text": tok.sent.text.strip().replace("\n", " ")[:260],
                "phrase": doc[tok.left_edge.i : tok.i + 1].text,
            })  # fmt: skip
    table: dict[str, Counter] = defaultdict(Counter)
    ex: dict[str, list] = defaultdict(list)
    for r in rows:
        out = "person" if r["entity"] else ("other" if r["other"] else "open")
        table[r["form"]][out] += 1
        ex[r["form"]].append(r)
    print(f"{len(rows)} descriptions")
    for form, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:80]:
        print(f"{sum(c.values()):5d}  {form:<40} {dict(c)}")
        for r in [x for x in ex[form] if not x["entity"]][: args.examples]:
            print(f"         open [{r['part']}] {r['phrase']!r}: {r['text'][:160]}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
