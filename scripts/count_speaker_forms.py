"""Count who-is-speaking forms in readable text: speakerless quotations and release statements.

Session 30's brief (docs/quote-experiments.md "Session 30") asked, before anything is built,
how many judgements the quote layer would make if polkg knew who speaks, by the form in which
the text leaves the speaker open:

- **a quotation without a speaker** (``quotes.attribute_quotes`` and ``authors.claim_quotes``
  leave it open): it gets a stand-in speaker named after its form, and each positive assertion
  the extractor then makes with a stand-in subject is counted under that form:

  - ``fragment``: the quotation does not open its sentence (words quoted inside the narrator's
    sentence, "likened the two men to 'self-obsessed schoolboys'");
  - ``said by a pronoun`` / ``said by a description``: its speech verb's subject is a pronoun
    or a role nobody resolves ("..., he said in a statement", "..., the president said");
  - ``speaker in the next sentence``: it opens its sentence, and the sentence after it (same or
    next paragraph) has a speech verb whose subject resolves to one person;
  - ``continued paragraph``: it opens a paragraph, and one of the three quotations before it,
    at most three paragraphs back, has a speaker;
  - ``release, not claimed``: a release whose author is known (``authors.py``);
  - ``other``;

- **a release's statement outside quotation marks**: in a document whose author is known, a
  paragraph with no quotation mark that a "the following remarks" sentence hands to a person
  (``statement``), or a release's paragraph saying "I"/"my"/"me" (``first-person paragraph``),
  or a reproduced letter's paragraph (``letter``), is judged as a quotation of that person
  (``authors.Authors.claim_statements``, built in session 30); the document is extracted with
  and without those paragraphs, and the positive assertions gained (and lost) are counted
  under the form.

Readable documents only (``mine_unread_predicates.readable_ids(samples=True)``); parse cache
only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_speaker_forms.py \
        --gold-train ../shared/gold/train.jsonl [--examples 10] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, readable_part  # noqa: E402

import polkg.extract.relations as rel  # noqa: E402
from polkg.extract.authors import find_authors  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.quotes import Quote, QuoteIndex, quote_lexicon  # noqa: E402
from polkg.model import EntityRecord  # noqa: E402

SPEECH_VERBS = quote_lexicon()["speech_verbs"]
PREFIX = "__SPEAKER__:"


def _own(doc: Doc, q: Quote) -> bool:
    first = doc[q.start]
    return all(t.is_punct or t.is_space for t in doc[first.sent.start : q.start])


def _speech_subject_after(doc: Doc, q: Quote):  # type: ignore[no-untyped-def]
    """The subject token of the first speech verb after the quotation in its sentence."""
    end = min(q.end, len(doc) - 1)
    sent = doc[end].sent
    for tok in doc[q.end : sent.end]:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def _next_sentence_speaker(doc: Doc, q: Quote, text: str, resolve) -> bool:  # type: ignore[no-untyped-def]
    last = doc[max(q.end - 1, q.start)].sent
    if last.end >= len(doc):
        return False
    nxt = doc[last.end].sent
    if text[last.end_char : nxt.start_char].count("\n") > 2:
        return False
    for tok in nxt:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and resolve(subj) is not None:
                return True
    return False


def quote_form(doc: Doc, index: QuoteIndex, k: int, author: bool, resolve) -> str:  # type: ignore[no-untyped-def]
    q = index.quotes[k]
    if not _own(doc, q):
        return "fragment"
    if q.said_by_other:
        subj = _speech_subject_after(doc, q)
        return (
            "said by a pronoun"
            if subj is not None and subj.pos_ == "PRON"
            else ("said by a description")
        )
    if author:
        return "release, not claimed"
    if _next_sentence_speaker(doc, q, index.text, resolve):
        return "speaker in the next sentence"
    opens_paragraph = index.text[: q.start_char - 1].rstrip(" ").endswith("\n")
    if opens_paragraph:
        for prev in index.quotes[max(0, k - 3) : k]:
            gap = index.text[prev.end_char : q.start_char]
            if (prev.speaker is not None or prev.speakers) and gap.count("\n") <= 6:
                return "continued paragraph"
    return "other"


def statement_form(q: Quote, authors) -> str:  # type: ignore[no-untyped-def]
    """Which of the forms a paragraph ``authors.claim_statements`` gave its author is."""
    if any(s <= q.start < e for s, e, _p in authors.letters):
        return "letter"
    if any(s <= q.start < e for s, e, _p in authors.statements):
        return "statement"
    return "first-person paragraph"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    train = ROOT.parent / "shared" / "gold" / "train.jsonl"
    parser.add_argument("--gold-train", type=Path, default=train)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=10)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    counts: Counter = Counter()
    quoted: list[dict] = []
    stated: list[dict] = []
    mode = {"m": "stand-in"}
    spans: list[tuple[int, int, str]] = []
    real = rel._speakers_and_resolver

    def speakers_and_resolver(doc, entities, document):  # type: ignore[no-untyped-def]
        quotes, resolver = real(doc, entities, document)
        if mode["m"] == "base":
            quotes.stated.clear()  # the extraction without ``authors.claim_statements``
            return quotes, resolver
        speaker = lambda t: rel._single_entity(resolver, t)  # noqa: E731
        authors = find_authors(doc, getattr(entities, "mentions", ()), document, speaker)
        if mode["m"] == "statements":
            for q in quotes.stated:
                form = statement_form(q, authors)
                counts[f"statement paragraphs: {form}"] += 1
                spans.append((q.start_char, q.end_char, form))
            return quotes, resolver
        counts["quotations"] += len(quotes.quotes)
        for k, q in enumerate(quotes.quotes):
            if q.speaker is None and not q.speakers:
                form = quote_form(doc, quotes, k, authors.default is not None, speaker)
                counts[f"without a speaker: {form}"] += 1
                q.speaker = EntityRecord(PREFIX + form, "Person")
        return quotes, resolver

    rel._speakers_and_resolver = speakers_and_resolver  # type: ignore[assignment]
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    for path, doc, document in readable_parses(ids, extractor):
        counts["documents"] += 1
        part = readable_part(ids, path, document.id)
        entities = find_entities(doc, document)
        mode["m"] = "stand-in"
        for a in extractor.relations(doc, entities, document):
            if a.subject.startswith(PREFIX) and not a.negated and not a.hedged:
                form = a.subject[len(PREFIX) :]
                quoted.append(
                    {"doc": document.id, "part": part, "form": form, "relation": a.relation,
                     "object": a.object, "rule": a.rule, "sentence": a.evidence}
                )  # fmt: skip
        if not (document.outlet or "").lower().startswith("office of") and "dear" not in (
            document.text.lower()
        ):
            continue
        mode["m"] = "base"
        base = {
            (a.subject, a.relation, a.object, a.start)
            for a in extractor.relations(doc, entities, document)
            if not a.negated and not a.hedged
        }
        mode["m"] = "statements"
        spans.clear()
        after = {
            (a.subject, a.relation, a.object, a.start): a
            for a in extractor.relations(doc, entities, document)
            if not a.negated and not a.hedged
        }
        for key in set(after) - base:
            a = after[key]
            form = next((f for s, e, f in spans if s <= a.start < e or s < a.end <= e), "?")
            stated.append(
                {"doc": document.id, "part": part, "change": "+", "form": form,
                 "subject": a.subject,
                 "relation": a.relation, "object": a.object, "rule": a.rule,
                 "sentence": a.evidence}
            )  # fmt: skip
        for key in base - set(after):
            stated.append(
                {"doc": document.id, "part": part, "change": "-", "form": "",
                 "subject": key[0],
                 "relation": key[1], "object": key[2], "rule": "", "sentence": ""}
            )  # fmt: skip

    print(", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    print(f"\njudgements in quotations without a speaker: {len(quoted)} positive assertions")
    for form, n in Counter(r["form"] for r in quoted).most_common():
        print(f"  {form}: {n}")
    for form in sorted({r["form"] for r in quoted}):
        rows = [r for r in quoted if r["form"] == form]
        print(f"\n  -- {form} ({len(rows)}; by part: {dict(Counter(r['part'] for r in rows))})")
        for r in rows[: args.examples]:
            print(f"  [{r['part']}] {r['relation']} {r['object']} ({r['rule']}): "
                  f"{r['sentence'][:200]}")  # fmt: skip
    gained = [r for r in stated if r["change"] == "+"]
    print(f"\nrelease statements as quotations: +{len(gained)} -{len(stated) - len(gained)}")
    for form, n in Counter(r["form"] for r in gained).most_common():
        print(f"  {form}: {n}")
    for r in stated:
        where = f"{r['part']} {r['doc']} {r['form']}"
        print(f"  {r['change']} [{where}] {r['subject']} -{r['relation']}-> "
              f"{r['object']} ({r['rule']}): {r['sentence'][:200]}")  # fmt: skip
    if args.json is not None:
        args.json.write_text(json.dumps({"quoted": quoted, "stated": stated}, indent=1))


if __name__ == "__main__":
    main()
