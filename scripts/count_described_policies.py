"""Count policies told once by their matter and then by their bare head, as stance arguments
(session 34, docs/senate-recall.md "Session 34"), counts only.

BBC politics reports a government's rules, bans and targets by what they are on ("New rules on
marriage for foreign nationals", "The EU embargo on arms exports to China", "the ban on hunting
with dogs") and then by the bare head ("the new rules", "the embargo", "the ban"). This census
counts, in every cached document of the four corpora (ids never printed: counts per corpus and
per part of train.jsonl), the first mentions (a head of ``HEADS`` with an "on"/"for" phrase right
after it, in a text whose entity layer names no law) and the later definite heads of the same
word and number, and how many of either are an argument of a stance word (``count_named_plans``
``trigger_of``) whose other side is a mention.

    PYTHONPATH=. .venv/bin/python scripts/count_described_policies.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from count_foreign_stance import is_mention  # noqa: E402
from count_named_plans import trigger_of  # noqa: E402
from mine_unread_predicates import CORPORA, ROOT, readable_ids  # noqa: E402

from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402

HEADS = {
    "ban", "embargo", "rule", "regulation", "target", "moratorium", "restriction", "limit",
    "cap", "quota", "curb", "plan", "proposal", "scheme",
}  # fmt: skip
PREPS = {"on", "for"}
BACK_MODS = {"det", "amod", "punct", "prep", "cc", "conj"}


def main() -> None:
    ids = readable_ids(ROOT.parent / "shared" / "gold" / "train.jsonl", samples=True)
    train = ids.get("tune-a", set()) | ids.get("unread", set())
    extractor = Extractor(parse_cache=ROOT / "out" / "parse-cache")
    assert extractor.cache is not None
    table: Counter = Counter()
    for path in CORPORA:
        corpus = path.parent.name
        docs = [d for d in read_documents([str(path)]) if extractor.cache.holds(d.text)]
        for doc, document in extractor.cache.pipe((d.text, d) for d in docs):
            part = "train" if document.id in train else "other"
            first: dict[tuple[str, str], int] = {}
            ents = None
            for tok in doc:
                lemma = tok.lemma_.lower()
                if tok.pos_ != "NOUN" or lemma not in HEADS:
                    continue
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                described = (
                    nxt is not None
                    and nxt.lower_ in PREPS
                    and nxt.head.i == tok.i
                    and not any(c.dep_ == "poss" for c in tok.children)
                )
                if described and (lemma, tok.tag_) not in first:
                    if ents is None:
                        ents = find_entities(doc, document)
                    if any(e.type == "Legislation" for e in ents.entities):
                        break
                    first[(lemma, tok.tag_)] = tok.i
                    table[(corpus, part, lemma, "first")] += 1
                    trig = trigger_of(tok)
                    if trig is not None and trig[1] is not None and is_mention(trig[1], ents):
                        table[(corpus, part, lemma, "first, stance argument")] += 1
                    continue
                if (lemma, tok.tag_) not in first or described:
                    continue
                dets = [c for c in tok.children if c.dep_ == "det"]
                if len(dets) != 1 or dets[0].lower_ not in {"the", "this", "these"}:
                    continue
                if any(c.dep_ not in BACK_MODS for c in tok.children):
                    continue
                table[(corpus, part, lemma, "back")] += 1
                assert ents is not None
                trig = trigger_of(tok)
                if trig is not None and trig[1] is not None and is_mention(trig[1], ents):
                    table[(corpus, part, lemma, "back, stance argument")] += 1
    for key in sorted(table):
        print(" | ".join(key), "|", table[key])
    totals: Counter = Counter()
    for (corpus, part, _lemma, what), n in table.items():
        totals[(corpus, part, what)] += n
    print()
    for key in sorted(totals):
        print(" | ".join(key), "|", totals[key])


if __name__ == "__main__":
    main()
