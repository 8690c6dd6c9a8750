"""Count the quotation judgements whose target is a pronoun, a description or a handle.

The quote layer (``quotes.disparagements`` and the one-construction modules that read through
``quotes.quoted_actors``, ``judgements.reported_disparagements``, the characterizing verbs)
judges only the tokens the entity layer resolved. This script gives every unresolved token of a
target's form (he/she/him/her, his/her, they/them/their, a definite or demonstrative noun, a
handle) a stand-in entity for the quote layer only, and records each positive judgement (neither
negated nor hedged) the quote layer then makes of a stand-in: what it would say if the target
were known. Each is grouped by form and by what an honest resolver could bind it to: the
reporting clause's "of X"/"about X", the one other person the preceding sentence names, the
person the article is about (the most-mentioned person, twice the next), or nothing. Readable
documents only (``mine_unread_predicates.readable_ids``); parse cache only, never parses.
With ``--all-corpora`` (session 34) every cached article of the four corpora is counted instead
(train-like reach), and a document that may not be read gives a count by corpus, never a row.

    PYTHONPATH=. .venv/bin/python scripts/count_quoted_references.py \
        --gold-train ../shared/gold/train.jsonl [--examples 8] [--json OUT] [--all-corpora]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import (  # noqa: E402
    CORPORA,
    ROOT,
    readable_ids,
    readable_parses,
    readable_part,
)

import polkg.extract.relations as rel  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import given_name_gender, words  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402
from polkg.model import EntityRecord  # noqa: E402

HUMAN = set(words("entities_words").get("human_nouns", []))
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
PLURAL = {"they", "them", "their"}
STAND_IN = "__UNRESOLVED__"


def form(tok: Token) -> str | None:
    """The target form of an unresolved token, or None when it is no reference."""
    low = tok.lower_
    if tok.text.startswith(("@", ".@")) or (tok.i > 0 and tok.nbor(-1).text in {"@", ".@"}):
        return "handle"
    if low in {"he", "him", "she"} or (low == "her" and tok.tag_ == "PRP"):
        return "he/she/him/her"
    if low in {"his", "her"} and tok.tag_ == "PRP$":
        return "his/her (possessor)"
    if low in PLURAL and tok.tag_ in {"PRP", "PRP$"}:
        return "they/them/their"
    if tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return None
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if dets & {"this", "that", "these", "those"}:
        return "this/that X"
    if "the" in dets:
        lem = tok.lemma_.lower()
        if lem in HUMAN or low in HUMAN:
            return "the + human/title noun"
        return "the + other noun"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=8)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--all-corpora", action="store_true", help="every cached corpus article")
    args = parser.parse_args()

    stand_ins: dict[int, tuple[EntityRecord, str]] = {}
    orig_judged_at = rel._judged_at

    def judged_at(resolver):  # type: ignore[no-untyped-def]
        real = orig_judged_at(resolver)
        doc = resolver.doc

        def entity_at(i: int) -> EntityRecord | None:
            found = real(i)
            if found is not None:
                return found
            if i in stand_ins:
                return stand_ins[i][0]
            f = form(doc[i])
            if f is None:
                return None
            rec = EntityRecord(f"{STAND_IN}{i}", "Person")
            stand_ins[i] = (rec, f)
            return rec

        return entity_at

    rel._judged_at = judged_at  # type: ignore[assignment]
    records: list[dict] = []
    cur: dict = {}
    orig_quote_matches = rel.RelationMatcher._quote_matches

    def quote_matches(self, doc, resolver, quotes):  # type: ignore[no-untyped-def]
        stand_ins.clear()
        for c in orig_quote_matches(self, doc, resolver, quotes):
            if c.object.name.startswith(STAND_IN):
                i = int(c.object.name[len(STAND_IN) :])
                records.append(
                    _record(cur, doc, resolver, quotes, c, i, stand_ins[i][1], c.rule_id)
                )
                continue
            yield c

    rel.RelationMatcher._quote_matches = quote_matches  # type: ignore[method-assign]
    stash: dict[int, Token] = {}
    orig_characterizations = rel.characterizations

    def characterizations(doc):  # type: ignore[no-untyped-def]
        found = orig_characterizations(doc)
        stash.clear()
        stash.update({c.verb.i: c.target for c in found})
        return found

    rel.characterizations = characterizations  # type: ignore[assignment]
    orig_characterized = rel._characterized

    def characterized(doc, resolver, cues):  # type: ignore[no-untyped-def]
        for verb, subjects, objects, flags in orig_characterized(doc, resolver, cues):
            target = stash.get(verb.i)
            if subjects and not objects and target is not None and form(target) is not None:
                records.append(_characterization(cur, doc, resolver, verb, target, subjects, flags))
            yield verb, subjects, objects, flags

    rel._characterized = characterized  # type: ignore[assignment]

    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    ndocs = 0
    parses = _all_parses(ids, extractor) if args.all_corpora else readable_parses(ids, extractor)
    for path, doc, document in parses:
        ndocs += 1
        part = readable_part(ids, path, document.id)
        if args.all_corpora and not _readable(ids, path, document.id):
            part = f"unread {path.parent.name}"
        entities = find_entities(doc, document)
        cur.update(doc=document.id, part=part, entities=entities, corpus=path.parent.name)
        extractor.relations(doc, entities, document)
    seen: set[tuple] = set()
    unique = []
    for r in records:
        key = (r["doc"], r["token_i"], r["speaker"])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    positive = [r for r in unique if not r["negated"] and not r["hedged"]]
    print(f"{ndocs} documents; {len(unique)} judgements of a stand-in, {len(positive)} positive")
    if args.all_corpora:
        by_corpus = Counter(
            (r["part"].startswith("unread"), r["corpus"], r["form"]) for r in positive
        )
        for (unread, corpus, f), n in sorted(by_corpus.items()):
            print(f"  {'unread' if unread else 'readable'} {corpus} | {f} | {n}")
    shown = [r for r in positive if not r["part"].startswith("unread")]
    table: Counter = Counter((r["form"], r["binding"]) for r in positive)
    forms = Counter(r["form"] for r in positive)
    bindings = sorted({b for _f, b in table})
    print("form | all | " + " | ".join(bindings))
    for f, n in forms.most_common():
        print(f"{f} | {n} | " + " | ".join(str(table[(f, b)]) for b in bindings))
    ex: dict[str, list[dict]] = defaultdict(list)
    for r in shown:
        ex[r["form"]].append(r)
    for f, _n in forms.most_common():
        print(f"\n== {f}")
        for r in ex[f][: args.examples]:
            print(
                f"  [{r['part']}] {r['speaker']} -> '{r['token']}' = {r['binding']}:"
                f"{r['bound']} ({r['rule']}): {r['sentence'][:220]}"
            )
    if args.json:
        rows = [r for r in unique if not r["part"].startswith("unread")]
        args.json.write_text(json.dumps(rows, indent=0), encoding="utf-8")


def _readable(ids: dict[str, set[str]], path: Path, document_id: str) -> bool:
    """Whether a corpus article may be read: a readable sample's, an audit batch's, dev's or
    tune-a's, and no hidden sample's."""
    keep = ids.get(path.parent.name, set()) | ids["dev"] | ids.get("tune-a", set())
    return document_id in keep and document_id not in ids.get("unread", set())


def _all_parses(ids: dict[str, set[str]], extractor: Extractor):  # type: ignore[no-untyped-def]
    """Every cached article of the four corpora, parsed (``--all-corpora``)."""
    assert extractor.cache is not None
    for path in CORPORA:
        docs = [d for d in read_documents([str(path)]) if extractor.cache.holds(d.text)]
        print(f"{path}: {len(docs)} cached documents", file=sys.stderr)
        for doc, document in extractor.cache.pipe((d.text, d) for d in docs):
            yield path, doc, document


def _record(cur, doc, resolver, quotes, c, i, f, rule) -> dict:  # type: ignore[no-untyped-def]
    tok = doc[i]
    binding, bound = _binding(cur["entities"], doc, resolver, quotes, tok, c.subject, f)
    return {
        "doc": cur["doc"],
        "part": cur["part"],
        "corpus": cur["corpus"],
        "token_i": i,
        "token": tok.text
        if f not in {"the + human/title noun", "the + other noun", "this/that X"}
        else " ".join(t.text for t in tok.subtree if t.i <= i)[-60:],
        "form": f,
        "speaker": c.subject.name,
        "negated": c.negated,
        "hedged": c.hedged,
        "rule": rule,
        "in_quote": quotes.in_quote(i),
        "binding": binding,
        "bound": bound,
        "sentence": doc.text[c.start : c.end].replace("\n", " "),
    }


def _characterization(cur, doc, resolver, verb, target, subjects, flags) -> dict:  # type: ignore[no-untyped-def]
    f = form(target)
    speaker = subjects[0].entity
    binding, bound = _binding(cur["entities"], doc, resolver, None, target, speaker, f)
    sent = verb.sent
    return {
        "doc": cur["doc"],
        "part": cur["part"],
        "corpus": cur["corpus"],
        "token_i": target.i,
        "token": target.text,
        "form": f,
        "speaker": speaker.name,
        "negated": flags["negated"],
        "hedged": flags["hedged"],
        "rule": "characterize",
        "in_quote": False,
        "binding": binding,
        "bound": bound,
        "sentence": sent.text.replace("\n", " "),
    }


def _fits(rec: EntityRecord, f: str, tok: Token) -> bool:
    """Whether ``rec`` can be what a token of form ``f`` names."""
    if f == "he/she/him/her" or f == "his/her (possessor)":
        if rec.type != "Person":
            return False
        g = given_name_gender(rec.name.split()[0])
        return g is None or g == GENDER.get(tok.lower_)
    if f == "they/them/their":
        return rec.type != "Person"
    return True


def _binding(entities, doc, resolver, quotes, tok, speaker, f):  # type: ignore[no-untyped-def]
    """What an honest resolver could bind ``tok`` to: (kind, entity name)."""
    q = quotes.quote_at(tok.i) if quotes is not None else None
    verb = q.attribution if q is not None else None
    if verb is not None:
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in {"of", "about"}:
                for o in p.children:
                    rec = entities.entity_at(o.i)
                    if rec is not None and rec is not speaker and _fits(rec, f, tok):
                        return "of/about X", rec.name
    first = doc[q.start] if q is not None else tok
    sent = first.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    names = []
    spans = [range(prev.start, prev.end)] if prev is not None else []
    spans.append(range(sent.start, tok.i))
    for span in spans:
        for j in span:
            rec = entities.entity_at(j)
            if rec is not None and rec is not speaker and _fits(rec, f, tok):
                if rec not in names:
                    names.append(rec)
    if len(names) == 1:
        return "one before", names[0].name
    if len(names) > 1:
        return "several before", "/".join(r.name for r in names[:3])
    people = sorted(
        (r for r in entities.entities if r is not speaker and _fits(r, f, tok)),
        key=lambda r: -r.mentions,
    )
    if people and (len(people) == 1 or people[0].mentions >= 2 * people[1].mentions):
        return "article's", people[0].name
    return "nothing", ""


if __name__ == "__main__":
    main()
