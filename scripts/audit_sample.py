"""Write the sample rows of a precision audit batch (gold/README.md, "The precision audit").

The sample is `polkg.audit.audit_sample` over the corpora's articles that no gold file names and
no earlier batch (``--exclude``) holds: per corpus, the first N by sha256(salt + id). Existing
judgement rows of the audit file are kept; the sample rows are rewritten first.

Batch 1 (gold/audit.jsonl), salt "polkg-audit-v1:", 45/35/35/35 articles:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 2 (gold/audit-2.jsonl), salt "polkg-audit-v2:", 150/80/80/80 articles, none of batch 1:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-2.jsonl --batch 2 \\
        --exclude gold/audit.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 3 (gold/audit-3.jsonl), salt "polkg-audit-v3:", 120/60/60/60 articles, none of batches 1-2:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-3.jsonl --batch 3 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 4 (gold/audit-4.jsonl), salt "polkg-audit-v4:", 120/60/60/60 articles, none of batches 1-3:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-4.jsonl --batch 4 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 5 (gold/audit-5.jsonl), salt "polkg-audit-v5:", 120/60/60/60 articles, none of batches 1-4:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-5.jsonl --batch 5 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 6 (gold/audit-6.jsonl), salt "polkg-audit-v6:", 150 allsides and 80 BBC articles, none of
batches 1-5 (batches 1-5 used every Senate and Wikinews article outside the gold files):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-6.jsonl --batch 6 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 7 (gold/audit-7.jsonl), salt "polkg-audit-v7:", 180 allsides and the 17 BBC articles left,
none of batches 1-6 (batches 1-5 used every Senate and Wikinews article outside the gold files):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-7.jsonl --batch 7 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 8 (gold/audit-8.jsonl), salt "polkg-audit-v8:", 100 allsides articles, none of batches 1-7
(batches 1-7 used every BBC, Senate and Wikinews article outside the gold files):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-8.jsonl --batch 8 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 9 (gold/audit-9.jsonl), salt "polkg-audit-v9:", 100 allsides articles, none of batches 1-8
(only allsides articles are left outside the gold files and batches 1-8):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-9.jsonl --batch 9 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 10 (gold/audit-10.jsonl), salt "polkg-audit-v10:", 100 allsides articles, none of batches 1-9
(only allsides articles are left outside the gold files and batches 1-9):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-10.jsonl --batch 10 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 11 (gold/audit-11.jsonl), salt "polkg-audit-v11:", 100 allsides articles, none of batches
1-10 (only allsides articles are left outside the gold files and batches 1-10):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-11.jsonl --batch 11 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --exclude gold/audit-10.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batch 12 (gold/audit-12.jsonl), salt "polkg-audit-v12:", 100 allsides articles, none of batches
1-11 (only allsides articles are left outside the gold files and batches 1-11; 7 remain after it):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-12.jsonl --batch 12 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --exclude gold/audit-10.jsonl --exclude gold/audit-11.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        ../shared/corpus/{allsides,bbc_politics,senate_press,wikinews}/articles.jsonl

Batches 13-15 (gold/audit-13.jsonl; 14 and 15 follow below),
BASIL's articles (out/basil/articles.jsonl, written by scripts/basil_articles.py; `make basil`):
not per article but per event (`polkg.audit.event_batches`: the 100 events ranked by
sha256("polkg-audit-basil:" + triplet-uuid), the first 34 batch 13, the next 33 batch 14, the
last 33 batch 15), every outlet's article of an event in its batch; none of the gold files or
batches 1-12 (BASIL shares no article with the corpora: the converter drops any that would):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-13.jsonl --batch 13 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --exclude gold/audit-10.jsonl --exclude gold/audit-11.jsonl --exclude gold/audit-12.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/basil/articles.jsonl

Batch 14 (gold/audit-14.jsonl, session 17), the same rule: the next 33 events' 99 articles, none
of the gold files or batches 1-13:

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-14.jsonl --batch 14 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --exclude gold/audit-10.jsonl --exclude gold/audit-11.jsonl --exclude gold/audit-12.jsonl \\
        --exclude gold/audit-13.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/basil/articles.jsonl

Batch 15 (gold/audit-15.jsonl, session 18), the same rule: the last 33 events' 99 articles, none of
the gold files or batches 1-14 (BASIL has no event left after it):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-15.jsonl --batch 15 \\
        --exclude gold/audit.jsonl --exclude gold/audit-2.jsonl --exclude gold/audit-3.jsonl \\
        --exclude gold/audit-4.jsonl --exclude gold/audit-5.jsonl --exclude gold/audit-6.jsonl \\
        --exclude gold/audit-7.jsonl --exclude gold/audit-8.jsonl --exclude gold/audit-9.jsonl \\
        --exclude gold/audit-10.jsonl --exclude gold/audit-11.jsonl --exclude gold/audit-12.jsonl \\
        --exclude gold/audit-13.jsonl --exclude gold/audit-14.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/basil/articles.jsonl

Batch 16 (gold/audit-16.jsonl, session 19): NewsMTSC's sentences (out/newsmtsc/articles.jsonl,
one record per distinct sentence not found in a corpus or BASIL article, written by
scripts/newsmtsc_articles.py; `make newsmtsc`), salt "polkg-audit-newsmtsc:", the first 2,000 by
sha256(salt + id):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-16.jsonl --batch 16 \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/newsmtsc/articles.jsonl

Batch 17 (gold/audit-17.jsonl, session 20), the same rule and salt: the next 2,000 sentences,
none of batch 16 (batches 18 and 19 follow the same way, each excluding every earlier NewsMTSC
batch):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-17.jsonl --batch 17 \\
        --exclude gold/audit-16.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/newsmtsc/articles.jsonl

Batch 18 (gold/audit-18.jsonl, session 21), the same rule and salt: the next 2,000 sentences,
none of batches 16 and 17 (places 4,001-6,000 of the salted order):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-18.jsonl --batch 18 \\
        --exclude gold/audit-16.jsonl --exclude gold/audit-17.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/newsmtsc/articles.jsonl

Batch 19 (gold/audit-19.jsonl, session 22), the same rule and salt: the next 2,000 sentences,
none of batches 16-18 (places 6,001-8,000 of the salted order; 1,328 sentences are left after it,
too few for a full batch):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-19.jsonl --batch 19 \\
        --exclude gold/audit-16.jsonl --exclude gold/audit-17.jsonl --exclude gold/audit-18.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/newsmtsc/articles.jsonl

Batch 20 (gold/audit-20.jsonl, session 23), the same rule and salt: every sentence left after
batches 16-19 (places 8,001-9,328 of the salted order, 1,328 sentences, a partial batch; its size
of 2,000 takes them all, and NewsMTSC has none left after it):

    .venv/bin/python scripts/audit_sample.py --audit gold/audit-20.jsonl --batch 20 \\
        --exclude gold/audit-16.jsonl --exclude gold/audit-17.jsonl --exclude gold/audit-18.jsonl \\
        --exclude gold/audit-19.jsonl \\
        --gold gold/dev.jsonl --gold ../shared/gold/seed.jsonl --gold ../shared/gold/train.jsonl \\
        out/newsmtsc/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from polkg.audit import EVENT_BATCHES, audit_sample, event_batches, load_audit
from polkg.evaluate import corpus_of
from polkg.ingest import read_documents

# batch -> (salt, articles per corpus). Batch 2 draws more articles where edges are rare, so
# that every corpus yields edges enough to judge (batch 1 gave allsides 0.67 edges per article,
# the other corpora about 0.3).
BATCHES = {
    1: (
        "polkg-audit-v1:",
        {"allsides": 45, "bbc_politics": 35, "senate_press": 35, "wikinews": 35},
    ),
    2: (
        "polkg-audit-v2:",
        {"allsides": 150, "bbc_politics": 80, "senate_press": 80, "wikinews": 80},
    ),
    # Batch 3 measures unseen precision after batches 1 and 2 had been used to fix rules; nobody
    # fixes rules on it in the session that drew it.
    3: (
        "polkg-audit-v3:",
        {"allsides": 120, "bbc_politics": 60, "senate_press": 60, "wikinews": 60},
    ),
    # Batch 4: the same sizes, none of batches 1-3; the untuned precision figure of session 7.
    4: (
        "polkg-audit-v4:",
        {"allsides": 120, "bbc_politics": 60, "senate_press": 60, "wikinews": 60},
    ),
    # Batch 5: the same sizes (fewer where a corpus has not enough left), none of batches 1-4;
    # the untuned precision figure of session 8.
    5: (
        "polkg-audit-v5:",
        {"allsides": 120, "bbc_politics": 60, "senate_press": 60, "wikinews": 60},
    ),
    # Batch 6: only allsides and BBC articles are left outside the gold files and batches 1-5;
    # more of each, so the batch yields about as many edges; the untuned figure of session 9.
    6: (
        "polkg-audit-v6:",
        {"allsides": 150, "bbc_politics": 80},
    ),
    # Batch 7: 17 BBC articles are left outside the gold files and batches 1-6, and no Senate or
    # Wikinews one; more allsides, so the batch yields about 150 judged edges; the untuned figure
    # of session 10.
    7: (
        "polkg-audit-v7:",
        {"allsides": 180, "bbc_politics": 17},
    ),
    # Batch 8: only allsides articles are left outside the gold files and batches 1-7 (about
    # 500); 100 of them, the untuned figure of session 11.
    8: (
        "polkg-audit-v8:",
        {"allsides": 100},
    ),
    # Batch 9: about 400 allsides articles are left outside the gold files and batches 1-8, and
    # nothing of the other corpora; 100 of them, the untuned figure of session 12.
    9: (
        "polkg-audit-v9:",
        {"allsides": 100},
    ),
    # Batch 10: about 300 allsides articles are left outside the gold files and batches 1-9, and
    # nothing of the other corpora; 100 of them, the untuned figure of session 13.
    10: (
        "polkg-audit-v10:",
        {"allsides": 100},
    ),
    # Batch 11: 207 allsides articles are left outside the gold files and batches 1-10, and
    # nothing of the other corpora; 100 of them, the untuned figure of session 14.
    11: (
        "polkg-audit-v11:",
        {"allsides": 100},
    ),
    # Batch 12: 107 allsides articles are left outside the gold files and batches 1-11, and
    # nothing of the other corpora; 100 of them, the untuned figure of session 15. The 7 left
    # after it make no batch: it is the last untuned batch the corpus can give.
    12: (
        "polkg-audit-v12:",
        {"allsides": 100},
    ),
    # Batch 16: NewsMTSC's sentences, none in any article of the corpora or BASIL (so none in a
    # gold file or batches 1-15); 2,000 of 9,328, about 75 edges at 0.037 a sentence; the
    # untuned, sentence-level figure of session 19.
    16: (
        "polkg-audit-newsmtsc:",
        {"newsmtsc": 2000},
    ),
    # Batch 17: the next 2,000 NewsMTSC sentences by the same salt, none of batch 16 (passed as
    # --exclude); the untuned, sentence-level figure of session 20.
    17: (
        "polkg-audit-newsmtsc:",
        {"newsmtsc": 2000},
    ),
    # Batch 18: the next 2,000 by the same salt, none of batches 16 and 17 (both passed as
    # --exclude); the untuned, sentence-level figure of session 21.
    18: (
        "polkg-audit-newsmtsc:",
        {"newsmtsc": 2000},
    ),
    # Batch 19: the next 2,000 by the same salt, none of batches 16-18 (all three passed as
    # --exclude); the untuned, sentence-level figure of session 22, the last full NewsMTSC batch.
    19: (
        "polkg-audit-newsmtsc:",
        {"newsmtsc": 2000},
    ),
    # Batch 20: the same salt, none of batches 16-19 (all four passed as --exclude): the 1,328
    # sentences left, all of them (the size is a full batch's, larger than what is left); the
    # untuned, sentence-level figure of session 23, NewsMTSC's last.
    20: (
        "polkg-audit-newsmtsc:",
        {"newsmtsc": 2000},
    ),
}


def _events(paths: list[str]) -> dict[str, str]:
    """``{doc: event}`` of the JSONL records that name their event (scripts/basil_articles.py)."""
    events = {}
    for path in paths:
        if path.endswith(".jsonl"):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else {}
                if record.get("event"):
                    events[record["id"]] = record["event"]
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--audit", type=Path, required=True)
    batches = sorted(BATCHES) + list(EVENT_BATCHES)
    parser.add_argument("--batch", type=int, choices=batches, default=1)
    parser.add_argument("--gold", type=Path, action="append", default=[])
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="an earlier batch's audit file"
    )
    args = parser.parse_args()
    excluded: set[str] = set()
    for gold in args.gold:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                excluded.add(json.loads(line)["doc"])
    for earlier in args.exclude:
        excluded |= set(load_audit(earlier).sample)
    corpora = {d.id: corpus_of(d) for d in read_documents(args.paths, on_error=print)}
    if args.batch in EVENT_BATCHES:
        events = _events(args.paths)
        batch_of = event_batches(events.values())
        sample = {
            d: corpora[d]
            for d, event in sorted(events.items())
            if batch_of[event] == args.batch and d in corpora and d not in excluded
        }
    else:
        salt, sizes = BATCHES[args.batch]
        sample = audit_sample(corpora, excluded, sizes, salt)
    kept = []
    if args.audit.exists():
        kept = [
            line
            for line in args.audit.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line).get("kind") != "sample"
        ]
    rows = [json.dumps({"kind": "sample", "doc": d, "corpus": c}) for d, c in sample.items()]
    args.audit.write_text("\n".join([*rows, *kept]) + "\n", encoding="utf-8")
    print(f"{args.audit}: {len(rows)} sample rows, {len(kept)} judgement rows", file=sys.stderr)


if __name__ == "__main__":
    main()
