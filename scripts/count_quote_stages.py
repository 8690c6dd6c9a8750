"""Count quote-layer reaches in readable text: failed duties, judged deeds, speakerless quotes.

Session 28's census of the fresh samples' quote misses (docs/quote-experiments.md) asked how far
two of its groups reach before anything is built for them:

- **a failed duty** ("Congress failed to act", "said the chancellor had failed to deal with the
  looming problems"): a "fail" verb with a "to" clause (xcomp) whose subject resolves to one
  named actor, inside a quotation with a speaker or in the complement clause of a speech verb
  whose subject resolves to one actor, the speaker not the actor; listed with the clause's verb;
- **a deed object judged** ("Nadler had 'opened up a disgraceful and abusive investigation'"):
  a verb whose subject resolves to one named actor and whose direct object noun carries a
  disparaging adjective (``quotes._is_disparaging``), said as above;
- **judgements in quotations with no speaker**: every quotation ``quotes.attribute_quotes`` and
  the author layer leave without a speaker gets a stand-in one, and each positive assertion (not
  negated, not hedged) the extractor then makes with the stand-in as its subject is listed: what
  a better attribution could add at most.

Readable documents only (``mine_unread_predicates.readable_ids(samples=True)``); parse cache
only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_quote_stages.py \
        --gold-train ../shared/gold/train.jsonl [--examples 10]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, readable_part  # noqa: E402

import polkg.extract.relations as rel  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.quotes import QuoteIndex, _is_disparaging, quote_lexicon  # noqa: E402
from polkg.model import ACTOR_TYPES, EntityRecord  # noqa: E402

STAND_IN = EntityRecord("__NO_SPEAKER__", "Person")
SPEECH_VERBS = quote_lexicon()["speech_verbs"]


def said_of(
    verb: Token, quotes: QuoteIndex, resolver
) -> tuple[EntityRecord, EntityRecord, str] | None:  # type: ignore[no-untyped-def]
    """(speaker, actor, where) when ``verb``'s subject resolves to one named actor and a named
    other speaker says the clause: in a quotation, or in a speech verb's complement clause."""
    subject = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    args = resolver.resolve(subject[0]) if subject else []
    if len(args) != 1 or args[0].entity.type not in ACTOR_TYPES:
        return None
    speaker, where = None, ""
    if quotes.in_quote(verb.i):
        speaker, where = quotes.speaker_at(verb.i), "quotation"
    else:
        node = verb
        while node.dep_ in {"ccomp", "conj"} and node.head is not node:
            node = node.head
            if node.lemma_.lower() in SPEECH_VERBS:
                said = [c for c in node.children if c.dep_ == "nsubj"]
                found = resolver.resolve(said[0]) if said else []
                if len(found) == 1:
                    speaker, where = found[0].entity, "reported clause"
                break
    if speaker is None or speaker.name == args[0].entity.name:
        return None
    return speaker, args[0].entity, where


def failed_duties(doc: Doc, quotes: QuoteIndex, resolver) -> list[dict]:  # type: ignore[no-untyped-def]
    """Each "X failed to V" with a named speaker other than X, as a row."""
    rows = []
    for fail in doc:
        if fail.lemma_ != "fail" or fail.pos_ not in {"VERB", "AUX"}:
            continue
        clause = [c for c in fail.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
        said = said_of(fail, quotes, resolver) if clause else None
        if said is None:
            continue
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in fail.children)
        rows.append(_row(said, clause[0].lemma_.lower(), negated, fail))
    return rows


def judged_deeds(doc: Doc, quotes: QuoteIndex, resolver) -> list[dict]:  # type: ignore[no-untyped-def]
    """Each "X <verb> a <disparaging adjective> <noun>" with a named speaker other than X."""
    lex = quote_lexicon()
    rows = []
    for obj in doc:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        words = [c for c in obj.children if c.dep_ == "amod" and _is_disparaging(c, lex)]
        said = said_of(obj.head, quotes, resolver) if words else None
        if said is None:
            continue
        negated = any(c.dep_ == "neg" for c in obj.head.children)
        rows.append(_row(said, f"{words[0].lower_} {obj.lemma_}", negated, obj))
    return rows


def _row(
    said: tuple[EntityRecord, EntityRecord, str], form: str, negated: bool, tok: Token
) -> dict:
    speaker, actor, where = said
    return {
        "speaker": speaker.name,
        "target": actor.name,
        "form": form,
        "where": where,
        "negated": negated,
        "sentence": tok.sent.text.strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    train = ROOT.parent / "shared" / "gold" / "train.jsonl"
    parser.add_argument("--gold-train", type=Path, default=train)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()

    found: dict[str, list[dict]] = {"failed duties": [], "judged deeds": []}
    quoted: list[dict] = []
    counts: Counter = Counter()
    cur: dict = {}
    real = rel._speakers_and_resolver

    def speakers_and_resolver(doc, entities, document):  # type: ignore[no-untyped-def]
        quotes, resolver = real(doc, entities, document)
        found["failed duties"] += [{**cur, **r} for r in failed_duties(doc, quotes, resolver)]
        found["judged deeds"] += [{**cur, **r} for r in judged_deeds(doc, quotes, resolver)]
        counts["quotations"] += len(quotes.quotes)
        for q in quotes.quotes:
            if q.speaker is None and not q.speakers:
                counts["without a speaker"] += 1
                q.speaker = STAND_IN
        return quotes, resolver

    rel._speakers_and_resolver = speakers_and_resolver  # type: ignore[assignment]
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    for path, doc, document in readable_parses(ids, extractor):
        counts["documents"] += 1
        cur.update(doc=document.id, part=readable_part(ids, path, document.id))
        entities = find_entities(doc, document)
        for a in extractor.relations(doc, entities, document):
            if a.subject == STAND_IN.name and not a.negated and not a.hedged:
                quoted.append(
                    {
                        **cur,
                        "relation": a.relation,
                        "object": a.object,
                        "rule": a.rule,
                        "sentence": a.evidence,
                    }
                )

    print(", ".join(f"{n} {k}" for k, n in counts.items()))
    for name, rows in found.items():
        positive = [r for r in rows if not r["negated"]]
        print(f"\n{name}: {len(positive)} positive ({len(rows) - len(positive)} negated)")
        for form, n in Counter(r["form"] for r in positive).most_common():
            print(f"  {form}: {n}")
        for r in positive[: args.examples]:
            pair = f"{r['speaker']} -> {r['target']}"
            print(f"  [{r['part']}, {r['where']}] {pair}: {r['sentence'][:200]}")
    print(f"\njudgements in quotations without a speaker: {len(quoted)} positive assertions")
    for part, n in Counter(r["part"] for r in quoted).most_common():
        print(f"  {part}: {n}")
    for rule, n in Counter(r["rule"] for r in quoted).most_common():
        print(f"  {rule}: {n}")
    for r in quoted[: args.examples]:
        print(f"  [{r['part']}] {r['relation']} {r['object']} ({r['rule']}): {r['sentence'][:200]}")


if __name__ == "__main__":
    main()
