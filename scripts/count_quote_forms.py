"""Count three quote-layer forms in readable text before anything is built for them (session 29).

Session 29's census of both sessions' fresh samples' quote misses (docs/quote-experiments.md,
"Session 29") left three groups whose reach no earlier census counted:

- **a quoted judgement on a name outside the quotation** ("no matter what he says about the
  'failing' New York Times", "slammed him for being 'very weak' on Clinton's 'crimes'"): a
  quotation of at most ``MAX_WORDS`` words holding a listed disparaging word
  (``quotes._is_disparaging``: the hand list and the BASIL-derived words) that modifies a name
  outside the marks (amod, compound, nmod) or is the noun a name outside the marks possesses;
  listed with its speaker (the quotation's, else the subject of the verb that governs it) and
  whether the extractor already relates that speaker to that actor in the sentence. Words
  outside the lists in the same position are counted too, with their VADER valence, as what a
  broader lexicon would reach;
- **a lead's summary with the speaker after it** ("A 'taxpayer subsidised propaganda exercise'
  ... is being used to lull the British public ..., say the Tories"): a sentence-final
  inverted "say"/"says" whose subject follows it, with a quotation the layer leaves without a
  speaker in the clause before; listed with the named actors of that clause other than the
  speaker, and whether the extractor relates the speaker to any of them;
- **officials standing for their body** ("among high-level FBI and Justice Department
  officials"): a plural group noun (``governments.json`` group_heads: officials, leaders, ...)
  that the entity layer leaves unresolved while one modifier of it names a government body,
  organisation or party; counted by position (inside an attributed quotation, subject of a
  speech verb, other). With ``--officials-edges`` the experiment behind the count runs instead:
  "officials" (plural, not counted, not "former") whose one compound or nmod modifier names a
  government body or organisation stand for it as an argument (``arguments.group_actor``
  patched), and every assertion that adds or removes in the readable documents holding the
  word is listed.

Readable documents only (``mine_unread_predicates.readable_ids(samples=True)``); parse cache
only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_quote_forms.py \
        --gold-train ../shared/gold/train.jsonl [--examples 15] [--officials-edges]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, readable_part  # noqa: E402

import polkg.extract.arguments as arguments  # noqa: E402
import polkg.extract.party_groups as party_groups  # noqa: E402
import polkg.extract.relations as rel  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import vader_valences, words  # noqa: E402
from polkg.extract.quotes import Quote, QuoteIndex, _is_disparaging, quote_lexicon  # noqa: E402
from polkg.model import ACTOR_TYPES  # noqa: E402

MAX_WORDS = 4
SPEECH_VERBS = quote_lexicon()["speech_verbs"]
GROUP_HEADS = frozenset(words("governments")["group_heads"])
BODY_TYPES = frozenset({"GovernmentBody", "Organization", "PoliticalParty"})


def _one_actor(resolver, tok: Token):  # type: ignore[no-untyped-def]
    found = resolver.resolve(tok, conjuncts=False)
    if len(found) == 1 and found[0].entity.type in ACTOR_TYPES:
        return found[0].entity
    return None


def _narration_subject(q: Quote, doc: Doc, resolver):  # type: ignore[no-untyped-def]
    """The one actor that is the subject of the nearest verb outside the quotation that
    governs its first word."""
    node = doc[q.start]
    while node.head.i != node.i:
        node = node.head
        if not q.contains(node.i) and node.pos_ in {"VERB", "AUX"}:
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            return _one_actor(resolver, subj[0]) if subj else None
    return None


def scare_quotes(doc: Doc, quotes: QuoteIndex, resolver, lex) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = []
    for q in quotes.quotes:
        inside = [t for t in doc[q.start : q.end] if not (t.is_punct or t.is_space)]
        if not inside or len(inside) > MAX_WORDS:
            continue
        for t in inside:
            target = None
            if t.dep_ in {"amod", "compound", "nmod"} and not q.contains(t.head.i):
                target = _one_actor(resolver, t.head)
            if target is None and t.pos_ == "NOUN":
                owners = [c for c in t.children if c.dep_ == "poss" and not q.contains(c.i)]
                target = _one_actor(resolver, owners[0]) if owners else None
            if target is None:
                continue
            speakers = list(q.said_by())
            source = "quotation"
            if not speakers:
                subj = _narration_subject(q, doc, resolver)
                speakers, source = ([subj] if subj else []), "narration verb"
            speakers = [s for s in speakers if s.name != target.name]
            rows.append(
                {
                    "word": t.lower_,
                    "listed": _is_disparaging(t, lex),
                    "valence": vader_valences().get(t.lower_, 0.0),
                    "target": target.name,
                    "speaker": speakers[0].name if speakers else None,
                    "source": source if speakers else "none",
                    "sent": t.sent,
                }
            )
    return rows


def lead_summaries(doc: Doc, quotes: QuoteIndex, resolver) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = []
    for sent in doc.sents:
        root = sent.root
        if root.lemma_ != "say":
            continue
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i > root.i]
        clause = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if not subj or not clause:
            continue
        speaker = _one_actor(resolver, subj[0])
        open_quotes = [
            q
            for q in quotes.quotes
            if sent.start <= q.start < root.i
            and not q.said_by()
            and q.start >= clause[0].left_edge.i
        ]
        actors = {
            e.name
            for t in clause[0].subtree
            if (e := _one_actor(resolver, t)) is not None
            and (speaker is None or e.name != speaker.name)
        }
        rows.append(
            {
                "speaker": speaker.name if speaker else None,
                "quoted": bool(open_quotes),
                "actors": sorted(actors),
                "sent": sent,
            }
        )
    return rows


def body_officials(doc: Doc, quotes: QuoteIndex, resolver) -> list[dict]:  # type: ignore[no-untyped-def]
    rows = []
    for t in doc:
        if t.lower_ not in GROUP_HEADS or resolver.resolve(t, conjuncts=False):
            continue
        bodies = {
            e.entity.name
            for c in t.children
            if c.dep_ in {"compound", "nmod", "amod"}
            for e in resolver.resolve(c, conjuncts=False)
            if e.entity.type in BODY_TYPES
        }
        if len(bodies) != 1:
            continue
        if quotes.in_quote(t.i) and quotes.speaker_at(t.i) is not None:
            where = "attributed quotation"
        elif t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS:
            where = "speaker"
        else:
            where = "other"
        rows.append({"body": bodies.pop(), "where": where, "sent": t.sent})
    return rows


def officials_edges(ids: dict[str, set[str]], extractor: Extractor) -> None:
    """Extract each readable document that holds "officials" with and without the body's
    officials standing for the body, and list what changes."""
    plain = party_groups.group_actor
    counted = party_groups.GROUPS["counted"]
    on = [False]

    def group_actor(tok, entity, entity_at):  # type: ignore[no-untyped-def]
        found = plain(tok, entity, entity_at)
        if found is not None or not on[0] or tok.lower_ != "officials" or tok.tag_ != "NNS":
            return found
        if any(
            c.lower_ in counted or c.dep_ == "nummod" or c.lower_ == "former" for c in tok.children
        ):
            return None
        bodies = [
            (rec, c)
            for c in tok.children
            if c.dep_ in {"compound", "nmod"}
            and (rec := entity(c)) is not None
            and rec.type in {"GovernmentBody", "Organization"}
        ]
        return bodies[0] if len(bodies) == 1 else None

    arguments.group_actor = group_actor  # type: ignore[assignment]
    changed: list[tuple[str, str, tuple, str]] = []
    for path, doc, document in readable_parses(ids, extractor, holds=lambda t: "officials" in t):
        entities = find_entities(doc, document)
        runs = []
        for flag in (False, True):
            on[0] = flag
            runs.append(
                {
                    (a.subject, a.relation, a.object, a.negated, a.hedged): a.evidence
                    for a in extractor.relations(doc, entities, document)
                }
            )
        part = readable_part(ids, path, document.id)
        changed += [("added", part, k, runs[1][k]) for k in runs[1].keys() - runs[0].keys()]
        changed += [("lost", part, k, runs[0][k]) for k in runs[0].keys() - runs[1].keys()]
    print(f"officials standing for their body: {Counter(c[0] for c in changed)}")
    for what, part, key, evidence in changed:
        print(f"  {what} [{part}] {key}: {evidence.strip()[:180]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    train = ROOT.parent / "shared" / "gold" / "train.jsonl"
    parser.add_argument("--gold-train", type=Path, default=train)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=15)
    parser.add_argument("--officials-edges", action="store_true")
    args = parser.parse_args()

    lex = quote_lexicon()
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    if args.officials_edges:
        officials_edges(ids, extractor)
        return
    scare, leads, officials = [], [], []
    n = 0
    for path, doc, document in readable_parses(ids, extractor):
        n += 1
        if n % 1000 == 0:
            print(f"{n} documents", file=sys.stderr)
        part = readable_part(ids, path, document.id)
        entities = find_entities(doc, document)
        quotes, resolver = rel._speakers_and_resolver(doc, entities, document)
        found_scare = scare_quotes(doc, quotes, resolver, lex)
        found_leads = lead_summaries(doc, quotes, resolver)
        related = (
            {
                (a.subject, a.object, a.evidence)
                for a in extractor.relations(doc, entities, document)
                if not a.negated and not a.hedged
            }
            if found_scare or found_leads
            else set()
        )

        def linked(speaker: str | None, target: str, sent, related=related) -> bool:  # type: ignore[no-untyped-def]
            return any(
                s == speaker and o == target and (ev in sent.text or sent.text in ev)
                for s, o, ev in related
            )

        for r in found_scare:
            r.update(part=part, linked=linked(r["speaker"], r["target"], r["sent"]))
            scare.append(r)
        for r in found_leads:
            r.update(part=part, linked=any(linked(r["speaker"], a, r["sent"]) for a in r["actors"]))
            leads.append(r)
        officials += [{**r, "part": part} for r in body_officials(doc, quotes, resolver)]

    print(f"{n} readable documents")
    listed = [r for r in scare if r["listed"]]
    print(
        f"\nquoted judgement on a name outside the quotation: {len(scare)} quoted modifiers or"
        f" possessed nouns of an actor; {len(listed)} listed words"
    )
    for key in ("source", "linked", "part"):
        print(f"  listed, by {key}: {dict(Counter(r[key] for r in listed))}")
    for r in listed[: args.examples]:
        print(
            f"  [{r['part']}] {r['speaker']} -> {r['target']} '{r['word']}'"
            f" ({r['source']}, linked {r['linked']}): {r['sent'].text.strip()[:180]}"
        )
    unlisted = Counter(
        r["word"] for r in scare if not r["listed"] and r["speaker"] and r["valence"] < 0
    )
    print(f"  unlisted VADER-negative words with a speaker: {sum(unlisted.values())}")
    print(f"    {unlisted.most_common(30)}")

    quoted = [r for r in leads if r["quoted"]]
    print(
        f"\nlead summaries (sentence-final inverted 'say'): {len(leads)}; with a quotation"
        f" left without a speaker: {len(quoted)}; of those with a named actor in the clause:"
        f" {sum(1 for r in quoted if r['actors'])}, already related:"
        f" {sum(1 for r in quoted if r['linked'])}"
    )
    print(f"  by part: {dict(Counter(r['part'] for r in quoted))}")
    named = [r for r in quoted if r["actors"] and r["speaker"]]
    print(f"  with a named speaker and a named actor in the clause: {len(named)}")
    for r in named:
        print(f"    [{r['part']}] {r['speaker']} -> {r['actors']}: {r['sent'].text.strip()[:160]}")
    for r in [r for r in quoted if r["actors"]][: args.examples]:
        print(
            f"  [{r['part']}] {r['speaker']} -> {r['actors']} (linked {r['linked']}):"
            f" {r['sent'].text.strip()[:180]}"
        )

    print(f"\nofficials of a named body, unresolved: {len(officials)}")
    print(f"  by position: {dict(Counter(r['where'] for r in officials))}")
    print(f"  by body: {Counter(r['body'] for r in officials).most_common(12)}")
    for r in [r for r in officials if r["where"] == "attributed quotation"][: args.examples]:
        print(f"  [{r['part']}] {r['body']}: {r['sent'].text.strip()[:180]}")


if __name__ == "__main__":
    main()
