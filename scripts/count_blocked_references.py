"""Count the relation matches a reference blocks, in readable text, by the reference's form.

A dependency rule matched, its modality is positive (neither negated nor hedged), one side
resolved to an actor and the other to nothing. The unresolved side's token is classified by
form (a personal pronoun, a title or description "the president", a bare proper noun, a
relative pronoun, ...), so a reference mechanism is chosen by how often unread text needs
it, not by one example. A blocked he/she/him/his/her is also told by where the pronoun resolver
(``references.PronounReferences``) gave up: the object-pronoun guard, a governing clause's
unidentified subject, an unnamed human subject in the sentence before, no fitting earlier
person; or it did not give up: the entity layer resolved the pronoun and the relation layer
dropped it (one of its own clause's subjects, ``pronoun_binding.unbound``), or nothing asked
(another mention claimed the token). Readable documents only
(``mine_unread_predicates.readable_ids``: audit batches 1-20, dev, tune-a, the readable samples;
never tune-b, measure or a hidden sample); parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/count_blocked_references.py \
        --gold-train ../shared/gold/train.jsonl [--examples 6] [--json OUT]
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
    ROOT,
    readable_ids,
    readable_parses,
    readable_part,
    watch_matches,
)

import polkg.extract.references as refs  # noqa: E402
from polkg.extract.entities import DocEntities, find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import words  # noqa: E402

HUMAN = set(words("entities_words").get("human_nouns", []))
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "we", "us", "our"}


def form(tok: Token, in_quote: bool) -> str:
    """The reference form of an unresolved argument token."""
    low = tok.lower_
    q = "quoted " if in_quote else ""
    if low in PERSON_PRONOUNS:
        return q + "pronoun he/she"
    if low in PLURAL_PRONOUNS:
        return q + "pronoun plural"
    if low in {"i", "me", "my", "you", "your", "it", "its"}:
        return q + f"pronoun {low}"
    if tok.tag_ in {"WP", "WDT", "WP$"}:
        return "relative pronoun"
    if tok.pos_ == "PROPN":
        return "proper noun (unresolved name)"
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
    if tok.pos_ == "NOUN":
        human = low in HUMAN or tok.lemma_.lower() in HUMAN
        if tok.tag_ in {"NNS", "NNPS"}:
            return "plural noun" + (" (human)" if human else "")
        if dets & {"the", "this", "that"}:
            return "definite noun" + (" (human/title)" if human else "")
        if dets & {"his", "her", "their", "its"} or any(c.dep_ == "poss" for c in tok.children):
            return "possessed noun" + (" (human/title)" if human else "")
        return "other noun" + (" (human)" if human else "")
    return f"other {tok.pos_}"


def record_pronoun_exits(exits: dict[int, str]) -> None:
    """Wrap the pronoun resolver's steps so that ``exits`` gets, per he/she token it leaves
    open, where it gave up (the census's own instrumentation; nothing else changes)."""
    current: dict[str, int] = {}
    guard, unnamed = refs.object_pronoun_context, refs._unnamed_human_subject
    pronoun = refs.PronounReferences.pronoun

    def context(tok, person_of):  # type: ignore[no-untyped-def]
        found = guard(tok, person_of)
        if found is None:
            exits[tok.i] = "object-pronoun guard"
        return found

    def unnamed_subject(state, sent, gender):  # type: ignore[no-untyped-def]
        found = unnamed(state, sent, gender)
        if found:
            exits[current["tok"]] = "unnamed human subject before"
        return found

    def resolve(self, tok, gender, recent, subjects):  # type: ignore[no-untyped-def]
        current["tok"] = tok.i
        walk = self.governing.subject

        def governing(*args, **kwargs):  # type: ignore[no-untyped-def]
            decided, k = walk(*args, **kwargs)
            if decided and k is None:
                exits[tok.i] = "governing clause: unidentified subject"
            return decided, k

        self.governing.subject = governing
        try:
            k = pronoun(self, tok, gender, recent, subjects)
        finally:
            del self.governing.subject  # the bound method again
        if k is None:
            exits.setdefault(tok.i, "no fitting earlier person (or quoted, passed over)")
        return k

    refs.object_pronoun_context = context  # type: ignore[assignment]
    refs._unnamed_human_subject = unnamed_subject  # type: ignore[assignment]
    refs.PronounReferences.pronoun = resolve  # type: ignore[method-assign]


def pronoun_exit(tok: Token, exits: dict[int, str], entities: DocEntities) -> str:
    """Where the pronoun resolver gave up on ``tok``, or that it did not."""
    if tok.i in exits:
        return exits[tok.i]
    if entities.entity_at(tok.i) is not None:
        return "resolved, dropped by the relation layer"
    return "nothing asked"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=6)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    exits: dict[int, str] = {}
    record_pronoun_exits(exits)
    blocked: list[dict] = []
    seen: set[tuple] = set()
    cur: dict = {}

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        if not negated and not hedged and bool(subs) != bool(objs) and subject is not None:
            side = "object" if subs else "subject"
            tok = obj if subs else subject
            key = (cur["doc"], trigger.i, rule.relation, side)
            if tok is not None and key not in seen:
                seen.add(key)
                he_she = tok.lower_ in PERSON_PRONOUNS
                other = (subs or objs)[0].entity.name
                blocked.append(
                    {
                        "doc": cur["doc"],
                        "part": cur["part"],
                        "rule": rule.id,
                        "side": side,
                        "token": tok.text,
                        "form": form(tok, quoted),
                        "exit": pronoun_exit(tok, exits, cur["entities"]) if he_she else "",
                        "other": other,
                        "sentence": trigger.sent.text.strip().replace("\n", " ")[:300],
                    }
                )

    watch_matches(record)

    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    ndocs = 0
    unresolved_he: Counter = Counter()
    for path, doc, document in readable_parses(ids, extractor):
        ndocs += 1
        part = readable_part(ids, path, document.id)
        exits.clear()
        entities = find_entities(doc, document)
        cur.update(doc=document.id, part=part, entities=entities)
        covered = {i for s, e, _ in entities.mentions for i in range(s, e)}
        for t in doc:
            if t.lower_ in PERSON_PRONOUNS:
                unresolved_he["resolved" if t.i in covered else "unresolved"] += 1
        extractor.relations(doc, entities, document)
    by_form = Counter(b["form"] for b in blocked)
    print(f"{ndocs} readable documents; he/she tokens: {dict(unresolved_he)}")
    print(f"{len(blocked)} positive rule matches with one side unresolved")
    ex: dict[str, list[dict]] = defaultdict(list)
    for b in blocked:
        ex[b["form"]].append(b)
    for f, n in by_form.most_common():
        print(f"{n:5d}  {f}")
        for b in ex[f][: args.examples]:
            print(
                f"        [{b['part']}] {b['side']} '{b['token']}' other={b['other']} "
                f"{b['rule']}: {b['sentence'][:200]}"
            )
    he = [b for b in blocked if b["exit"]]
    print(f"{len(he)} of them a he/she/him/his/her, by where the pronoun resolver gave up:")
    for where, n in Counter(b["exit"] for b in he).most_common():
        print(f"{n:5d}  {where}")
    if args.json:
        args.json.write_text(json.dumps(blocked, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
