"""Count named plans, programs, resolutions and agreements as stance targets, and whether polkg
makes an entity of them (session 28, docs/senate-recall.md "Session 28: named plans").

polkg takes a bill by a capitalised "Act"/"Bill" head, a number, or a sponsor's surname before
"amendment"/"bill". This census asks how often a name with another head is the subject or object
of a stance, sponsorship or vote word in readable text (``mine_unread_predicates.readable_ids``
with the readable samples: audit batches 1-20, dev, tune-a, recall and session-27 fresh samples;
never tune-b, measure, or a blind or fresh28 sample's article; parse cache only), and whether
polkg's entity layer owns it. Two forms:

- ``Title``: a capitalised head after capitalised words ("the Economic Stimulus Package", "the
  Volunteer for Safe Skies Program", "the Marshall Plan"), not at a sentence's start;
- ``lower``: a lower-case head after a name-like modifier ("the 25x'25 resolution", "the Ryan
  plan", "the Iran deal"): a proper noun, a token with a digit, a capitalised word;
- ``back``: a bare "the <head>" / "this <head>" in a text where a name with that head has no
  entity ("the resolution" after "the Warner resolution"), counted only as a trigger argument.

Each mention is counted once: by its head word, its form, whether an entity owns the head (and
of which type), and whether the head is an argument of a trigger (a stance word of
``count_foreign_stance.STANCE``, a sponsor verb, "vote", "sign", "veto"), with its other side a
mention. ``--examples N`` prints N sentences per cell.

    PYTHONPATH=. .venv/bin/python scripts/count_named_plans.py \
        --gold-train ../shared/gold/train.jsonl [--examples 3] [--corpora senate_press]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from count_foreign_stance import STANCE, arguments, is_mention  # noqa: E402
from mine_unread_predicates import CORPORA, ROOT, readable_ids  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import words  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import Document  # noqa: E402

HEADS = {
    "resolution", "program", "programme", "package", "plan", "initiative", "agreement",
    "amendment", "rule", "treaty", "accord", "deal", "directive", "proposition", "order",
    "pact", "compact", "protocol", "reform", "reforms", "budget", "doctrine", "scheme",
    "strategy", "proposal", "framework", "law", "measure", "legislation",
}  # fmt: skip
TRIGGERS = STANCE | set(words("constructions")["sponsor_verbs"]) | {"vote", "sign", "veto"}
PREFILTER = re.compile(r"[A-Z0-9][\w'’.-]*\s+(?i:" + "|".join(sorted(HEADS)) + r")\b")
DETS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your"}


def readable_docs(
    ids: dict[str, set[str]], extractor: Extractor
) -> Iterator[tuple[str, Doc, Document]]:
    """``readable_parses`` with a text prefilter: only documents that hold a candidate form."""
    assert extractor.cache is not None
    extra = ids["dev"] | ids.get("tune-a", set())
    inputs = [(p, ids.get(p.parent.name, set()) | extra) for p in CORPORA]
    inputs.append((ROOT / "out" / "basil" / "articles.jsonl", ids.get("basil", set())))
    inputs.append((ROOT / "out" / "newsmtsc" / "articles.jsonl", None))
    for path, keep in inputs:
        docs = [
            d
            for d in read_documents([str(path)])
            if (keep is None or d.id in keep)
            and d.id not in ids.get("unread", set())
            and PREFILTER.search(d.text)  # a candidate form somewhere
            and extractor.cache.holds(d.text)
        ]
        print(f"{path}: {len(docs)} readable cached documents with a candidate", file=sys.stderr)
        for doc, document in extractor.cache.pipe((d.text, d) for d in docs):
            yield path.parent.name, doc, document


def named_span(doc: Doc, h: Token) -> tuple[int, str] | None:
    """The start of the name before head ``h`` and its form (``Title`` / ``lower``), if any."""
    if h.lower_ not in HEADS or h.pos_ not in {"NOUN", "PROPN"}:
        return None
    i = h.i
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.like_num) and not nxt.is_sent_start:
        return None  # "the Section 8 Voucher Reform Act", "the Congressional Budget Office"
    if h.is_title:
        j = i
        while (
            j > 0
            and (
                doc[j - 1].is_title
                or doc[j - 1].like_num
                or (
                    doc[j - 1].lower_ in {"of", "for", "and", "on", "to", "-"}
                    and j > 1
                    and doc[j - 2].is_title
                )
            )
            and doc[j - 1].lower_ not in DETS
        ):
            j -= 1
        while j < i and not doc[j].is_title and not doc[j].like_num:
            j += 1
        if j == i or doc[j].is_sent_start:
            return None
        if all(t.is_upper or t.lower_ in DETS for t in doc[j - 1 : i] if t.is_alpha):
            return None
        return j, "Title"
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.is_sent_start:
        return None
    if prev.pos_ == "PROPN" or any(c.isdigit() for c in prev.text) or prev.is_title:
        j = i - 1
        while j > 0 and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text in {"-", "–"}):
            j -= 1
        return j, "lower"
    return None


def trigger_of(h: Token) -> tuple[Token, Token | None] | None:
    """The trigger whose argument the head is, and the trigger's other side, if any."""
    for t in [h.head, h.head.head, h.head.head.head]:
        if t.lemma_.lower() not in TRIGGERS or t.pos_ not in {"VERB", "NOUN", "ADJ"}:
            continue
        subs, objs = arguments(t)
        if h in objs or any(h in c.subtree for c in objs):
            return t, subs[0] if subs else None
        if h in subs:
            return t, objs[0] if objs else None
    for c in h.children:  # "the X Plan, endorsed by Y"
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in TRIGGERS:
            agents = [g for a in c.children if a.dep_ == "agent" for g in a.children]
            return c, agents[0] if agents else None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--corpora", nargs="*", help="only these inputs (folder names)")
    args = parser.parse_args()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    table: dict[str, Counter] = defaultdict(Counter)
    heads: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    ndocs: Counter = Counter()
    for corpus, doc, document in readable_docs(ids, extractor):
        if args.corpora and corpus not in args.corpora:
            continue
        ndocs[corpus] += 1
        entities = None
        unowned: set[str] = set()
        for h in doc:
            found = named_span(doc, h)
            if found is None:
                continue
            if entities is None:
                entities = find_entities(doc, document)
            start, form = found
            owner = entities.entity_at(h.i)
            etype = owner.type if owner is not None else "none"
            trig = trigger_of(h)
            if trig is None:
                role = "no trigger"
            elif trig[1] is not None and is_mention(trig[1], entities):
                role = "argument, other side a mention"
            else:
                role = "argument, other side none"
            if etype == "none":
                unowned.add(h.lower_)
            key = f"{form} | {etype} | {role}"
            table[corpus][key] += 1
            if role.startswith("argument, other side a mention") and etype == "none":
                heads[form][h.lower_] += 1
            name = doc[start : h.i + 1].text
            text = h.sent.text.strip().replace("\n", " ")[:200]
            trig_word = trig[0].lemma_ if trig else "-"
            if len(examples[key]) < args.examples:
                examples[key].append(f"[{corpus} {document.id}] {name!r} ({trig_word}): {text}")
        for h in doc:  # "the resolution" after a named one no entity holds
            if h.lower_ not in unowned or named_span(doc, h) is not None or entities is None:
                continue
            if [c.lower_ for c in h.lefts] not in (["the"], ["this"]):
                continue
            trig = trigger_of(h)
            if trig is None or trig[1] is None or not is_mention(trig[1], entities):
                continue
            etype = "none" if entities.entity_at(h.i) is None else entities.entity_at(h.i).type
            key = f"back | {etype} | argument, other side a mention"
            table[corpus][key] += 1
            text = h.sent.text.strip().replace("\n", " ")[:200]
            if len(examples[key]) < args.examples:
                line = f"[{corpus} {document.id}] the {h.text} ({trig[0].lemma_}): {text}"
                examples[key].append(line)
    corpora = sorted(table)
    print("documents with a candidate:", dict(ndocs))
    keys = sorted({k for c in table.values() for k in c})
    print("| form | entity | role | " + " | ".join(corpora) + " | all |")
    for k in keys:
        cells = [table[c][k] for c in corpora]
        print(f"| {k} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    for form, counter in heads.items():
        by_head = dict(counter.most_common())
        print(f"\nno entity, argument with a mention, by head ({form}):", by_head)
    for key, lines in sorted(examples.items()):
        print(f"\n{key}")
        for line in lines:
            print("   ", line)


if __name__ == "__main__":
    main()
