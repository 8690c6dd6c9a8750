"""Stage each quote miss of readable gold files: the first link of the quote chain that fails.

``error_categories.py --only quote`` lists the misses whose gold evidence lies in a quotation;
sessions 26-34 staged them by reading every row. This script gives each one the first failing
link automatically, from what the extractor itself built for the document:

1. ``speaker not found``: no quotation overlapping the evidence has a speaker (nor co-signers),
   and the gold subject is not named in the quotation's sentences either (a quoted fragment's
   speaker is a narration verb's subject: "Scalise called the investigation 'Soviet-style'");
2. ``speaker other``: the quotation's speaker is not the gold subject, nor named around it;
3. ``target not named``: no token of the quotation's sentences is a mention (entity layer) of
   the gold object, nor does the relation layer's argument resolver read one as it (a quoted
   "he" through its context, "the two men", "they" of a reporting group: ``PronounResolver``);
   what is left: a description, a plural, a name the entity layer missed;
4. ``judgement not recognised``: no word of the quotation is in any list the quote layer rates
   (disparaging words and verbs, the BASIL-derived judgements, virtues, harms, praise, the
   quote-judgement phrases) nor in the evaluative words the narration rules read
   (``lexicon.judgement_words``);
5. ``guard``: the extractor made the speaker -> target assertion, negated or hedged;
6. ``no construction``: all links there, and no rule relates them (or another relation).

Readable gold only (the script refuses ``train.jsonl`` outside its tune part,
the hidden samples of ``mine_unread_predicates.HIDDEN_SAMPLES`` (``blind-`` and this session's
fresh files), and any file holding a document of the ``POLKG_HIDDEN_IDS`` lists, as a
sample not checked yet: pass only files you may read).

    PYTHONPATH=. .venv/bin/python scripts/quote_miss_stages.py --gold gold/dev.jsonl \
        [--gold ...] [--split tune-a] [--examples 3] ../shared/corpus/*/articles.jsonl
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from fnmatch import fnmatch
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from error_categories import (  # noqa: E402
    _in_quotation,
    _names,
    _sentence,
    categorize_miss,
    predicted_triples,
)
from mine_unread_predicates import HIDDEN_SAMPLES  # noqa: E402

import polkg.extract.relations as rel  # noqa: E402
from polkg.audit import hidden_documents  # noqa: E402
from polkg.evaluate import assign_splits, corpus_of, load_gold, normalize_name, score  # noqa: E402
from polkg.extract.lexicon import judgement_words  # noqa: E402
from polkg.extract.quote_judgements import judging_phrase  # noqa: E402
from polkg.extract.quotes import _is_disparaging, quote_lexicon  # noqa: E402
from polkg.extract.testimonials import praise_adjectives  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.pipeline import extract_documents  # noqa: E402

STAGES = (
    "speaker not found",
    "speaker other",
    "target not named",
    "judgement not recognised",
    "guard (negated/hedged)",
    "no construction",
)
# the tokens whose reading by the argument resolver may name the target
ARGUMENT_POS = frozenset({"NOUN", "PROPN", "PRON"})
RATED_LISTS = ("disparaging_verbs", "virtues", "duty_virtues", "harm_verbs", "judged_deeds")


def _rated(tokens) -> bool:  # type: ignore[no-untyped-def]
    """Whether any token is in a list the quote layer or the reported-clause and naming rules
    read as a judgement (``lexicon.judgement_words``: "called it 'inappropriate'")."""
    lex = quote_lexicon()
    negative, positive = judgement_words()
    rated = praise_adjectives() | negative | positive
    for tok in tokens:
        lem = tok.lemma_.lower()
        if _is_disparaging(tok, lex) or lem in rated or tok.lower_ in rated:
            return True
        if any(lem in lex[name] for name in RATED_LISTS):
            return True
    return judging_phrase(list(tokens)) is not None


def stage(miss, result, captured, gold) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The first failing link of ``miss`` and the quotation's text."""
    quotes, entities, resolver = captured
    doc = quotes.doc
    text = quotes.text
    why = " ".join(miss.note.split())
    # the evidence's first words in the raw text, whatever whitespace the gold flattened
    probe = r"\s+".join(re.escape(w) for w in why.split()[:6])
    found = re.search(probe, text) if probe else None
    if found is None:
        return "evidence not located", ""
    raw_at = found.start()
    end_char = raw_at + len(why)
    overlapping = [
        q
        for q in (*quotes.quotes, *quotes.stated)
        if q.start_char < end_char and raw_at < q.end_char
    ]
    if not overlapping:
        return "evidence not located", ""
    subject_names = _names(gold, miss.subject)
    object_names = _names(gold, miss.object)
    speakers = [p for q in overlapping for p in q.said_by()]
    shown = " | ".join(text[q.start_char : q.end_char][:160] for q in overlapping)
    tokens = [doc[i] for q in overlapping for i in range(q.start, q.end)]
    # the quotation's sentences: a quoted fragment's speaker and target are often named there
    # ("Scalise called the investigation 'Soviet-style'": a narration verb's subject and object)
    around = {t.i for tok in tokens for t in tok.sent}
    named = {e.name for i in around if (e := entities.entity_at(i)) is not None}
    subject_near = any(_name_in(n, subject_names) for n in named)
    if not speakers and not subject_near:
        return STAGES[0], shown
    if speakers and not subject_near and not any(_entity_named(p, subject_names) for p in speakers):
        return STAGES[1], shown
    if not any(_name_in(n, object_names) for n in named):
        # what the relation layer reads these tokens as: a quoted "he" the entity layer left
        # to its context, a pair, a reporting group's "they"
        argued = {
            a.entity.name
            for i in around
            if doc[i].pos_ in ARGUMENT_POS
            for a in resolver.resolve(doc[i])
        }
        if not any(_name_in(n, object_names) for n in argued):
            return STAGES[2], shown
    if not _rated(tokens):
        return STAGES[3], shown
    pair = (normalize_name(miss.subject), normalize_name(miss.object))
    for a in result.assertions:
        subject = normalize_name(gold.resolve(a.subject) or a.subject)
        target = normalize_name(gold.resolve(a.object) or a.object)
        if a.relation == miss.relation and not a.positive and (subject, target) == pair:
            return STAGES[4], shown
    return STAGES[5], shown


def _entity_named(entity, names: set[str]) -> bool:  # type: ignore[no-untyped-def]
    keys = {normalize_name(entity.name), *(normalize_name(a) for a in entity.aliases)}
    return bool(keys & names)


def _name_in(name: str, names: set[str]) -> bool:
    return normalize_name(name) in names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="append", required=True)
    parser.add_argument("--split", choices=["tune", "tune-a", "all"], default="all")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--parse-cache", default="out/parse-cache")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    hidden = hidden_documents(p for p in os.environ.get("POLKG_HIDDEN_IDS", "").split(":") if p)
    for path in args.gold:
        hidden_sample = any(fnmatch(Path(path).name, glob) for glob in HIDDEN_SAMPLES)
        unreadable = hidden_sample or bool(hidden & set(load_gold(path)))
        if ("train" in path and args.split == "all") or unreadable:
            sys.exit(f"{path}: not readable for errors")

    captured: dict[str, tuple] = {}
    real = rel._speakers_and_resolver

    def capturing(doc, entities, document):  # type: ignore[no-untyped-def]
        quotes, resolver = real(doc, entities, document)
        captured[document.id] = (quotes, entities, resolver)
        return quotes, resolver

    rel._speakers_and_resolver = capturing  # type: ignore[assignment]
    all_documents = list(read_documents(args.paths))
    table: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for path in args.gold:
        gold = load_gold(path)
        documents = [d for d in all_documents if d.id in gold]
        if "train" in path:
            parts = assign_splits({d.id: corpus_of(d) for d in documents}, halves=True)
            documents = [d for d in documents if parts[d.id].startswith(args.split)]
        cache = Path(args.parse_cache) if args.parse_cache else None
        results = {r.document.id: r for r in extract_documents(documents, parse_cache=cache)}
        chosen = {doc: gold[doc] for doc in results}
        report = score(chosen, results.values())
        name = Path(path).stem
        for doc, result in results.items():
            g = chosen[doc]
            predicted = predicted_triples(g, result)
            for miss in (m for m in report.misses if m.doc == doc):
                if categorize_miss(g, result, miss, predicted) != "quote":
                    continue
                why = _sentence(result.document.text, miss.note)
                assert _in_quotation(why, miss.note)
                where, shown = stage(miss, result, captured[doc], g)
                table[name][where] += 1
                examples[where].append(
                    f"[{name}] {miss.line()}  | {shown[:160]}  || {' '.join(why.split())[:300]}"
                )
    columns = [*STAGES, "evidence not located"]
    print("| file | " + " | ".join(columns) + " | all |")
    print("|---" * (len(columns) + 2) + "|")
    totals: Counter = Counter()
    for name, counts in table.items():
        totals.update(counts)
        cells = " | ".join(str(counts[c]) for c in columns)
        print(f"| {name} | {cells} | {sum(counts.values())} |")
    cells = " | ".join(str(totals[c]) for c in columns)
    print(f"| all | {cells} | {sum(totals.values())} |")
    for where in columns:
        for line in examples[where][: args.examples]:
            print(f"  {where}: {line}")


if __name__ == "__main__":
    main()
